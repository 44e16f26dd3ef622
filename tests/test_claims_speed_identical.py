"""The speed-ups of the number scanner change no result.

``numbers._attributes`` tests a cheap necessary condition (:func:`numbers_grammar._may_match_in`: the
window holds a word the pattern needs) before searching a window with a long alternation, and
``numbers._is_age`` tries its anchored ``after`` test before its search of the text before. Every
sentence here is invented, in the style of news copy.
"""

from __future__ import annotations

import re

import polars as pl
import pytest

from toolkit.extract import numbers, numbers_grammar
from toolkit.extract.numbers import _grammar, find_numbers
from toolkit.extract.numbers_grammar import _may_match_in, _window_needs

SENTENCES = [
    "Children under 5 made up a third of the 1,200 patients, the clinic said.",
    "Mothers of 12 missing fishermen gathered outside the ministry on Tuesday.",
    "Voters aged 18 to 24 backed the measure by 62 percent to 38 percent.",
    "The 34-year-old striker, who is 34, scored twice as 40,000 fans watched.",
    "Residents between 60 and 70 were moved first; 300 others stayed behind.",
    "Jane Holloway, 52, said two of the three bridges had been closed since March.",
    "She came second in the 400 metres and ranked 27th in the world, officials said.",
    "The world No. 3 beat the seeded 14th player in straight sets.",
    "The upper two-thirds of the valley flooded, and 5,000 homes lost power.",
    "People aged between 18 and 30 make up about 45 percent of the 2.3 million workers.",
    "Women over 40 and men aged 50 or older were invited, and 7,500 of them came.",
    "Officials said 17 of the 18 districts reported fewer than 200 cases last week.",
    "The ſeeded 14th player, aged 19, withdrew; ages of 20 to 25 were most at risk.",
    "Three of its 40 staff, two of their 12 trucks and 9 of Acme’s 31 shops were hit.",
]


def _kinds(text: str) -> list[tuple[str, str, str]]:
    return [(n.text, n.kind, n.form) for n in find_numbers(text)]


def test_prefilter_changes_no_kind(monkeypatch: pytest.MonkeyPatch) -> None:
    fast = [_kinds(t) for t in SENTENCES]
    # the reference: every window searched, the age tests in their first order
    monkeypatch.setattr(numbers, "_may_match_in", lambda window, needs: True)
    g = _grammar(None)
    monkeypatch.setattr(
        numbers,
        "_is_age",
        lambda before, after, g=g: any(b.search(before) and a.match(after) for b, a in g.attr_ages),
    )
    slow = [_kinds(t) for t in SENTENCES]
    assert fast == slow
    # and the sentences exercise the attribute rules: ages, ranks and group words make attributes
    kinds = {(t, k) for row in fast for t, k, _ in row}
    assert ("52", "attribute") in kinds
    assert ("5", "attribute") in kinds
    assert ("1,200", "claim") in kinds


def test_may_match_in_never_skips_a_match() -> None:
    g = _grammar(None)
    patterns = [
        p for p in (g.re_attr_before, g.re_attr_rank_before, g.re_attr_before_fraction) if p is not None
    ]
    assert patterns
    windows = [t[max(0, i - 40) : i] for t in SENTENCES for i in range(len(t) + 1)]
    searched = skipped = 0
    for pat in patterns:
        needs = _window_needs(pat)
        for w in windows:
            if pat.search(w):
                searched += 1
                assert _may_match_in(w, needs), (pat.pattern[:60], w)
            elif not _may_match_in(w, needs):
                skipped += 1
    assert searched > 0 and skipped > 0  # both cases were met


def test_may_match_in_case_and_folding() -> None:
    pat = re.compile(r"\b(?:ages|aged)\s+$", re.I)
    needs = _window_needs(pat)
    assert needs is not None
    assert _may_match_in("Children AGED ", needs)
    assert not _may_match_in("troops killed ", needs)
    # re.IGNORECASE matches the long s to "s": such a window is always searched
    assert pat.search("children ageſ ") is not None
    assert _may_match_in("children ageſ ", needs)
    # a pattern without a guaranteed word is always searched
    assert _window_needs(re.compile(r"\d\s+$")) is None
    assert _may_match_in("anything ", None)


def test_window_needs_shortest_first() -> None:
    needs = _window_needs(re.compile(r"\b(?:grandmothers?|of)\s+$", re.I))
    assert needs == ("of", "grandmother")
    assert numbers_grammar._window_needs(re.compile(r"\b(?:grandmothers?|of)\s+$", re.I)) is needs


# ---------------------------------------------------------------- second round (issue 25, item 2)

DATED = [
    "On May 4, 2021, at 10:30 a.m. local time, 12 people were hurt, police said on 5 May.",
    "The 3rd of September 2019 vote, held at 0600 GMT, drew 4 million voters; talks resume Sept. 12.",
    "Dismay 5 and Mayor 7 are no dates, but March 2020 and 2020-03-15 are, as is 15/03/2020.",
    "Shops shut at 9pm on 12.03.2021, and the 2:14:04 finish came at 11:45 UTC, with 300 runners.",
    "MayJune 3 and xApril 9: a month inside a word; DecemberMarch 4, 2022 ends with one.",
    "About 1,500 troops left in January; 20 more arrived on Jan 3rd and 40 by 8 pm.",
    "Between 9 and 10 May, 3,000 people fled; a third returned by 6 a.m. on May 11.",
]


def _spans(text: str) -> list[tuple[int, int, str, str, str]]:
    return [(n.start, n.end, n.text, n.kind, n.form) for n in find_numbers(text)]


def test_date_stage_tries_only_lead_starts(monkeypatch: pytest.MonkeyPatch) -> None:
    """The date and time patterns are matched only at runs of digits and month names
    (``numbers._lead_starts``): the same spans as scanning the whole text with ``finditer``."""
    fast = [_spans(t) for t in [*DATED, *SENTENCES]]
    monkeypatch.setattr(numbers, "_matches_at", lambda pat, text, starts: pat.finditer(text))
    slow = [_spans(t) for t in [*DATED, *SENTENCES]]
    assert fast == slow
    kinds = {(t, k) for row in fast for _, _, t, k, _ in row}
    assert {("May 4, 2021", "date"), ("10:30 a.m.", "time"), ("2020-03-15", "date")} <= kinds
    assert ("15/03/2020", "date") in kinds and ("March 2020", "date") in kinds


def test_lead_starts_finds_every_month_start() -> None:
    g = _grammar(None)
    # a month name inside a word is a start too (the pattern's \b then rules it out)
    assert numbers._lead_starts("xMayJune 3", "month", 8, g) == [1, 4]
    assert numbers._lead_starts("a 12,000 and 7", "digit", 2, g) == [2, 5, 13]
    assert numbers._lead_starts("no month here", "month", 0, g) == []


def test_matches_at_steps_like_finditer() -> None:
    pat = re.compile(r"\b\d+(?:-\d+)?")
    text = "x1 2-3 4 55-6"
    starts = [m.start() for m in re.finditer(r"\d+", text)]
    assert [m.group() for m in numbers_grammar._matches_at(pat, text, starts)] == [
        m.group() for m in pat.finditer(text)
    ]
    # a start inside an earlier match is skipped, as finditer goes on from the end of a match
    assert [m.span() for m in numbers_grammar._matches_at(pat, text, starts)] == [(3, 6), (7, 8), (9, 13)]


ONE_TIME = [
    "Repairs may take a year and a half, and A week\u00a0of talks began.",
    "It earns $20m a year and was founded a year ago; an  hour later 40 left.",
    "The ban ran for a fortnight, then for a month-long review, then an\thour.",
    "The ſecond phase takes a year, officials said.",
]


def test_one_time_unit_hint_changes_nothing() -> None:
    """The ``one_time_unit`` prefilter (the starts of "a year", "an hour", ...) gives the spans that
    scanning every text gives, and rules out texts without such a phrase."""
    g = _grammar(None)
    exprs = numbers_grammar._prefilter_exprs(g)
    assert "one_time_unit" in exprs
    texts = [*ONE_TIME, *SENTENCES, *DATED]
    flags = pl.DataFrame({"text": texts}).select(**exprs)
    for i, text in enumerate(texts):
        hints = {c: flags.get_column(c)[i] for c in flags.columns}
        for k, v in hints.items():
            if isinstance(v, pl.Series):
                hints[k] = v.to_list()
        assert numbers._find(text, g, hints) == numbers._find(text, g), text
    found = {n.text for t in ONE_TIME for n in find_numbers(t) if n.compound}
    assert {"a year and a half", "an  hour", "a fortnight", "an\thour", "a year"} <= found
    assert flags.get_column("one_time_unit")[len(ONE_TIME)].to_list() == []  # no such phrase: no start


def test_attribute_memo_and_age_union_change_no_kind(monkeypatch: pytest.MonkeyPatch) -> None:
    g = _grammar(None)
    texts = [*SENTENCES, *DATED]
    fast = [_kinds(t) for t in texts]
    again = [_kinds(t) for t in texts]  # now read from the memo
    monkeypatch.setattr(numbers, "_searched", lambda memo, pat, window: pat.search(window) is not None)
    monkeypatch.setattr(
        numbers,
        "_is_age",
        lambda before, after, g=g: any(a.match(after) and b.search(before) for b, a in g.attr_ages),
    )
    slow = [_kinds(t) for t in texts]
    assert fast == again == slow
    assert g.re_attr_ages_after is not None
    for t in texts:
        for i in range(len(t) + 1):
            after = t[i : i + 40]
            assert bool(g.re_attr_ages_after.match(after)) == any(a.match(after) for _, a in g.attr_ages)


def test_union_refuses_group_references() -> None:
    assert numbers_grammar._union([r"(a)\1", "b"]) is None
    assert numbers_grammar._union([]) is None
    u = numbers_grammar._union([r"^\s*,", r"^(?:x)y"])
    assert u is not None and u.match(" ,") and u.match("xy") and not u.match("y")


def test_resolve_index_rows() -> None:
    from toolkit.extract.claims.resolve import _index

    df = pl.DataFrame(
        {
            "article_id": ["b", "a", "a", "b"],
            "sentence_id": [1, 2, 2, 0],
            "char_start": [5, 9, 3, 0],
            "surface": ["Kyiv", "UN", "WHO", "Lagos"],
            "other": [1, 2, 3, 4],
        }
    )
    out = _index(df, ["article_id", "sentence_id"], ("char_start", "surface", "missing"))
    assert out == {
        ("a", 2): [
            {"article_id": "a", "sentence_id": 2, "char_start": 3, "surface": "WHO"},
            {"article_id": "a", "sentence_id": 2, "char_start": 9, "surface": "UN"},
        ],
        ("b", 0): [{"article_id": "b", "sentence_id": 0, "char_start": 0, "surface": "Lagos"}],
        ("b", 1): [{"article_id": "b", "sentence_id": 1, "char_start": 5, "surface": "Kyiv"}],
    }
    within = pl.DataFrame({"article_id": ["b"], "sentence_id": [1]})
    assert list(_index(df, ["article_id", "sentence_id"], ("char_start",), within=within)) == [("b", 1)]


# ---------------------------------------------------------------- third round (issue 25, item 2)

CUED = [
    "An estimated 80 people died, the ministry estimated 90, and some estimates put it at 120.",
    "The Netflix show, which drew 3 million viewers, and the CDC report, released Monday, agree.",
    "Figures from an AFP tally and the agency's count show 40 dead; the latest count says 38.",
    "(the reported 12 cases) and co-op reported 7, while self-reported totals reached 15.",
    "Some estimates say 300;\tmany  estimates say 400, other\u00a0estimates 500, Óscar Núñez said.",
    "The ministry said 17 had been hurt, adding that 4 were in a critical condition.",
    "Police in the town of Ely say 14 were held, according to the BBC, and an Ipsos poll found 52%.",
    "A Reuters tally, the UN's figures and a WHO report showed 2,000 deaths, officials said.",
    "the first recorded cases numbered 6, and the last reported sighting was 3 days ago.",
    "In its statement, AB-InBev reported 12% growth, and L’Oréal reported sales of 4 billion.",
]


def _word_before_reference(text: str, at: int, words: frozenset[str]) -> tuple[int, int] | None:
    """The plain regex test that ``sources._word_before_in`` answers (most of the time) without it."""
    from toolkit.extract.claims.sources import _RE_LAST_WORD

    m = _RE_LAST_WORD.search(text, max(0, at - 20), at)
    if m and m.group(1).lower() in words and text[m.end(1) : at].isspace():
        return m.span(1)
    return None


def test_word_before_in_matches_the_regex_test_everywhere() -> None:
    from toolkit.extract.claims import sources

    texts = [*CUED, *SENTENCES, "  the  ", "the", "x-the said", "Ñ the said", "the\u2028said"]
    found = 0
    for words in (sources._NOT_VERB_AFTER, sources._LOWER_OWNERS):
        for t in texts:
            for at in range(len(t) + 1):
                m = sources._word_before_in(t, at, words)
                assert (m.span(1) if m else None) == _word_before_reference(t, at, words), (t, at)
                found += m is not None
    assert found > 20  # the words were met, and told apart from their look-alikes


def test_capitalised_owner_matches_the_regex_everywhere() -> None:
    from toolkit.extract.claims import sources

    heads = [t[:i] for t in [*CUED, *SENTENCES, "x AFP\u2028 ", "ÉDF "] for i in range(len(t) + 1)]
    hits = 0
    for head in heads:
        m = sources._capitalised_owner(head)
        ref = sources._RE_CAPITALISED_OWNER.search(head)
        assert (m.span(1) if m else None) == (ref.span(1) if ref else None), head
        hits += m is not None
    assert hits > 50


def test_source_cue_shortcuts_change_no_cue(monkeypatch: pytest.MonkeyPatch) -> None:
    """The cues of each sentence are those of the plain regex tests that the shortcuts stand for."""
    from toolkit.extract.claims import sources
    from toolkit.extract.claims.rules import _rules

    rules = _rules(None, None, None, None)
    texts = [*CUED, *SENTENCES, *DATED]
    fast = [sources._cues(t, rules) for t in texts]

    def slow_word_before(text: str, at: int, words: frozenset[str]) -> re.Match[str] | None:
        m = sources._RE_LAST_WORD.search(text, max(0, at - 20), at)
        return m if m and m.group(1).lower() in words and text[m.end(1) : at].isspace() else None

    monkeypatch.setattr(sources, "_word_before_in", slow_word_before)
    monkeypatch.setattr(sources, "_capitalised_owner", sources._RE_CAPITALISED_OWNER.search)
    assert [sources._cues(t, rules) for t in texts] == fast
    kinds = {c[4] for cues in fast for c in cues}
    assert {"according_to", "verb", "possessive"} <= kinds
    first = CUED[0]
    # "An estimated 80" and "some estimates put it": no reporting verb; "the ministry estimated 90": one
    verbs = [first[c[0] : c[1]] for c in fast[0] if c[4] == "verb"]
    assert verbs == ["ministry"]
    assert any(first[c[0] : c[1]] == "some estimates" for c in fast[0] if c[4] == "possessive")


# ---------------------------------------------------------------- third round (issue 25, item 2)


def _random_texts(n: int, seed: int) -> list[str]:
    """Invented news-like texts: words, figures, list heads ("including", "among them"), clause breaks,
    qualifiers after a figure ("or more"), look-alike words and the odd newline or non-ASCII character."""
    import random

    rng = random.Random(seed)
    words = (
        "the ministry said 40 people were killed including among them such as of whom mostly mainly "
        "most of them many of them half of them among the dead among those among whom soldiers , ; : ( ) — – . "
        "and but while whereas or more at least about Including AMONG THEM so-called includings amongst "
        "villagers 1,200 3.5 Ministry officials reported fled homes were destroyed ſuch \n"
    ).split(" ")
    out = []
    for _ in range(n):
        k = rng.randint(0, 60)
        toks = [rng.choice(words) for _ in range(k)]
        if rng.random() < 0.3:
            toks.insert(rng.randint(0, len(toks)), "x" * rng.randint(1, 120))  # a long word: the reach
        out.append(" ".join(toks) + rng.choice(["", " ", "\n", ", "]))
    return out


def test_read_after_clauses_as_two_searches() -> None:
    """The clause after the qualifier phrase is not searched again when there is no such phrase: the
    clauses ``_read_after`` gives are those of two plain searches, on many texts after a number."""
    from toolkit.extract.claims import reading
    from toolkit.extract.claims.memos import _Memos
    from toolkit.extract.claims.rules import _rules

    rules = _rules(None, None, None, None)
    memos = _Memos(rules)
    qualified = 0
    heads = [" ", " ", " or more ", " or so, ", " people or more ", " plus "]
    for i, t in enumerate(_random_texts(800, 26)):
        after = heads[i % len(heads)] + t
        for compound in (False, True):
            got = reading._read_after(after, compound, rules, memos)
            used = got[3][2]
            assert got[4] == (reading._clause(after), reading._clause(after[used:])), after
            qualified += used > 0
    assert qualified > 20  # "or more", "at least": a qualifier phrase after the number was met


def test_window_needs_by_identity() -> None:
    """``_window_needs`` remembers a pattern by its identity: an equivalent pattern (another object) gets
    its own entry and the same needs, and a pattern whose id a forgotten pattern's entry still holds (ids are
    reused once an object is freed) gets its own needs, not that entry's."""
    first = re.compile(r"\b(?:widows?|orphans?)\s+of\s+$", re.I)
    assert _window_needs(first) == ("widow", "orphan")  # the longer words of the two alternatives
    # an equivalent source (an extra group), so not the object re's cache returns for the same source
    again = re.compile(r"\b(?:(?:widows?|orphans?))\s+of\s+$", re.I)
    assert again is not first
    assert _window_needs(again) == _window_needs(first)
    assert numbers_grammar._NEEDS_BY_ID[id(again)][0] is again
    # an entry under this pattern's id that another pattern left: its needs are not this pattern's
    other = re.compile(r"\b(?:brothers?|sisters?)\s+of\s+$", re.I)
    numbers_grammar._NEEDS_BY_ID[id(other)] = (first, ("widow", "orphan"))
    assert _window_needs(other) == ("sister", "brother")
    assert numbers_grammar._NEEDS_BY_ID[id(other)][0] is other
    for k in range(numbers_grammar._NEEDS_MAX + 5):  # more patterns than remembered: the memo starts again
        pat = re.compile(rf"\b(?:word{k}|other{k})\s+$")
        assert _window_needs(pat) == tuple(sorted({f"word{k}", f"other{k}"}, key=lambda w: (len(w), w)))
    assert len(numbers_grammar._NEEDS_BY_ID) <= numbers_grammar._NEEDS_MAX
    assert _window_needs(re.compile(r"\d+\s+$")) is None


def _random_windows(n: int, seed: int) -> list[str]:
    """Short random texts before a number: letters of both cases, digits, "+", brackets, dashes, dots,
    spaces of several kinds, a newline, an underscore, non-ASCII letters and digits."""
    import random

    rng = random.Random(seed)
    pieces = [
        "Phase", "week", "No.", "Nos", "about", "call", "+44", "0800", "(020)", "555-", "123.", "0", "7",
        "A", "b", "É", "é", "_", "٣", "F-", "x", ".", "-", "–", "#", "(", ")", ",", " ", " ", "  ", "\u00a0",
        "\u2028", "\n", "\t",
    ]  # fmt: skip
    return ["".join(rng.choice(pieces) for _ in range(rng.randint(0, 12))) for _ in range(n)]


def test_number_context_shortcuts_match_the_regexes() -> None:
    """``numbers._phone_before`` and ``numbers._last_word_search`` give what the plain regex searches
    they stand for give, on many random texts before a number."""
    from toolkit.extract.numbers import _RE_LABEL_WORD, _RE_LOWER_WORD_END, _RE_PHONE_BEFORE

    phones = words = 0
    for w in _random_windows(30_000, 27):
        ref = _RE_PHONE_BEFORE.search(w[-16:]) is not None
        assert numbers._phone_before(w) == ref, repr(w)
        phones += ref
        for pat in (_RE_LABEL_WORD, _RE_LOWER_WORD_END):
            m, r = numbers._last_word_search(pat, w), pat.search(w)
            assert (m and m.span(1)) == (r and r.span(1)), (pat.pattern, repr(w))
            words += r is not None
    assert phones > 300 and words > 1000


def test_number_kinds_with_and_without_the_context_shortcuts(monkeypatch: pytest.MonkeyPatch) -> None:
    """The kinds of the numbers of many sentences do not change when the shortcuts are replaced by the
    plain searches (labels such as "Phase 2" and phone numbers among them)."""
    texts = [
        *SENTENCES, *DATED,
        "Call 0800 123 456 or +44 20 7946 0958 before Phase 2 starts; in week 22 of the season, 3 died.",
        "The Falcon 9 rocket and Interstate 80 closed, No. 5 said; HR 6819 passed 218-214 in the House.",
    ]  # fmt: skip
    fast = [_spans(t) for t in texts]
    monkeypatch.setattr(
        numbers, "_phone_before", lambda prev: numbers._RE_PHONE_BEFORE.search(prev[-16:]) is not None
    )
    monkeypatch.setattr(numbers, "_last_word_search", lambda pat, text: pat.search(text))
    from toolkit.core import cache

    cache.clear_all(rule_sets=False)  # the context tests are remembered by their texts
    assert [_spans(t) for t in texts] == fast
    kinds = {(s[2], s[3]) for row in fast for s in row}
    assert ("2", "label") in kinds and ("3", "claim") in kinds


def test_window_needs_drop_words_holding_another() -> None:
    """A needed word that holds a shorter one is left out (a window with it holds the shorter one too):
    every word the pattern needs still holds one that is kept, and no kept word holds another."""
    from toolkit.extract.numbers_grammar import _required_literals

    pat = re.compile(r"\b(?:aged|ages|age|widowers?|widows?|grandmothers?|mothers?)\s+$", re.I)
    needs = _window_needs(pat)
    assert needs == ("age", "widow", "mother")
    g = _grammar(None)
    for p in (g.re_attr_before, g.re_attr_rank_before, g.re_attr_before_fraction):
        if p is None:
            continue
        kept, full = _window_needs(p), _required_literals(p)
        assert kept is not None and full is not None and set(kept) <= full
        assert all(any(k in w for k in kept) for w in full)
        assert not any(a != b and a in b for a in kept for b in kept)


# --- the sentence-level gate of _RE_INCLUDING (claims.reading._read_sentence) ------------------------------------

INCLUDING_SENTENCES = [
    "At least 70 people were killed, including 35 soldiers and 32 gunmen, the army said.",
    "Some 13 peacekeepers, including nine Tanzanians, have been killed since May.",
    "About 400 people fled, most of them women, and 12 were wounded, among them two medics.",
    "The storm destroyed 300 homes, mostly in the north, and 45 schools, officials said.",
    "Police detained 18 people, of whom 4 were later charged, and seized 3 trucks.",
    "INCLUDING 5 CHILDREN, 20 PEOPLE WERE HURT IN THE BLAST ON TUESDAY.",
    "The ſuch as 40 workers were laid off, and 7 of them sued, the union said.",
    "Officials said 250 families received aid and 12 clinics reopened this week.",
]


def _random_texts(n: int, seed: int = 7) -> list[str]:
    import random

    rng = random.Random(seed)
    bits = [
        "including", "Including", "INCLUDING", "among them", "among the dead", "of whom", "of them",
        "such as", "mostly", "Mainly", "half of them", "ſuch as", "among", "people", "soldiers", "were killed",
        "wounded", "the ministry said", ",", ";", "(", ")", "—", "and", "12", "3,400", "nine", "two dozen",
        "children", "homes", "about", "at least", "KİLLED", "since", "fled", "were",
    ]  # fmt: skip
    return [" ".join(rng.choice(bits) for _ in range(rng.randint(4, 22))) + "." for _ in range(n)]


def test_including_words_cover_every_match() -> None:
    from toolkit.extract.claims import reading

    texts = INCLUDING_SENTENCES + _random_texts(3000)
    hits = 0
    for t in texts:
        for cut in range(0, len(t) + 1, 3):
            before = t[:cut]
            if reading._RE_INCLUDING.search(before):
                hits += 1
                low = t.lower()
                assert any(c in t for c in numbers_grammar._FOLD_GUARD) or any(
                    w in low for w in reading._INCLUDING_WORDS
                ), before
    assert hits > 1000  # the texts exercise the pattern


def test_including_gate_changes_no_claim(monkeypatch: pytest.MonkeyPatch) -> None:
    from toolkit.extract.claims import reading
    from toolkit.extract.claims.table import _rules

    rules, g = _rules(None, None, None, None), _grammar(None)
    texts = INCLUDING_SENTENCES + _random_texts(400, seed=11)
    fast = [reading._read_sentence(t, g, rules) for t in texts]
    monkeypatch.setattr(reading, "_INCLUDING_WORDS", ("",))  # every sentence searched: the plain path
    slow = [reading._read_sentence(t, g, rules) for t in texts]
    assert fast == slow
    # the list-member rule is exercised: "including 35 soldiers" inherits the category of the 70 killed
    first = fast[0]
    assert [c[reading._COUNTED] for c in first][:3] == ["killed", "killed", "killed"]
    assert any(c[reading._CLAIM_FIELDS.index("counted_rule")] == "inherited" for row in fast for c in row)
