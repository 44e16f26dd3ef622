"""The word checks that skip a regex in the place and apposition rules give what the regexes give.

Each check (place_phrases._owner, place_phrases._acts, people._may_pre_appos) runs on random texts built from
words that make the regexes match and words that nearly do (case, punctuation glued to a word, other white
space, characters that match a letter only through case folding), with the quick exits on and off.
"""

from __future__ import annotations

import random

import pytest

from toolkit.core import cache
from toolkit.extract.actors import quick_exits
from toolkit.extract.actors.people import _may_pre_appos
from toolkit.extract.actors.place_phrases import _acts, _owner
from toolkit.extract.actors.rules import _rules

_OWNER_WORDS = ["the", "The", "THE", "governor", "Governor", "senator", "of", "Of", "OF", "from", "From", "Ron",
                "Wyden", "Senator", "minister", "(of", "x.of", "ofs", "then", "said", "told", "(said", "Told",
                "according", "to", "To", "Times", "\u212aing", "ſaid", "İmam", "’s", "'s", "premier", "State"]  # fmt: skip
_GAPS = [" ", "  ", "\t", "\u00a0", "\u2003", "\n", ""]


def _text(rng: random.Random, words: list[str], n: int) -> str:
    return "".join(rng.choice(words) + rng.choice(_GAPS) for _ in range(rng.randint(0, n)))


@pytest.mark.parametrize("check", [_owner, _acts])
def test_place_owner_and_act_checks_match_the_regexes(check: object, monkeypatch: pytest.MonkeyPatch) -> None:
    rules = _rules()
    rng = random.Random(11)
    fired = 0
    for _ in range(6000):
        text = (
            _text(rng, _OWNER_WORDS, 9)
            + "Oregon"
            + rng.choice(["", " governor said", "’s premier", " became", "'s"])
        )
        start, end = text.index("Oregon"), text.index("Oregon") + 6
        fast = check(text, start, end, rules)  # type: ignore[operator]
        with monkeypatch.context() as m:
            m.setattr(quick_exits, "_FAST_PLACE", False)
            m.setattr(quick_exits, "_FAST_ROLE", False)
            full = check(text, start, end, rules)  # type: ignore[operator]
        assert fast == full, text
        fired += full
    assert 100 < fired < 5900  # both answers are exercised


def test_owner_and_acts_read_offices_and_reporting_verbs() -> None:
    rules = _rules()
    for text, name, owner, acts in [
        ("The governor of  Oregon signed the bill.", "Oregon", True, True),  # two spaces before the name
        ("Senator Ron Wyden of Oregon voted no.", "Oregon", True, True),
        ("Floods hit towns of Oregon overnight.", "Oregon", False, False),
        ("Rain fell in the Oregon hills.", "Oregon", False, False),
        (
            "The story was first reported by the Oregon paper, she said, and told The Oregonian",
            "The Oregonian",
            False,
            True,
        ),
        ("Aid was sent (according to Oregon officials).", "Oregon", False, True),
        ("Aid was sent, per Oregon officials.", "Oregon", False, False),
    ]:
        s = text.index(name)
        assert (_owner(text, s, s + len(name), rules), _acts(text, s, s + len(name), rules)) == (
            owner,
            acts,
        ), text


def test_pre_apposition_check_never_skips_a_match() -> None:
    rules = _rules()
    assert rules.pre_appos_re is not None
    words = ["The", "the", "UN", "special", "envoy", "Envoy", "ENVOY", "for", "in", "of", "to", "Syria", "Central",
             "African", "Republic", "its", "’s", "agency's", "chief", "spokes-man", "spokesman", "ſpokesman",
             "\u212aing", "adm.", "Adm.", "said", "on", "Monday", "a", "cold", "day", "(envoy", "envoy,"]  # fmt: skip
    rng = random.Random(3)
    skipped = matched = 0
    for _ in range(8000):
        pre = _text(rng, words, 12).rstrip() + rng.choice([", ", ",  ", ",\u00a0", ", \t"])
        hit = rules.pre_appos_re.search(pre) is not None
        if not _may_pre_appos(pre, rules):
            assert not hit, pre
            skipped += 1
        matched += hit
    assert skipped > 1000 and matched > 100  # the check skips many texts and the regex still matches others


def test_pre_apposition_check_keeps_the_role_phrases_of_wire_copy() -> None:
    rules = _rules()
    for pre in ("The UN special envoy for Syria, ", "the agency's chief in the Central African Republic, ",
                "Its spokesman, ", "A senior ſpokesman, "):  # fmt: skip
        assert _may_pre_appos(pre, rules), pre
    for pre in (
        "On a cold day in the capital, ",
        "After talks on Monday, ",
        "Sources close to the talks said, ",
    ):
        assert not _may_pre_appos(pre, rules), pre


_MEDIA_WORDS = ["The", "the", "Harbour", "City", "Port", "Elwood", "Times", "Herald", "Sun", "TV", "Daily",
                "KBC", "NTV", "US", "of", "Kenya", "reported", "said", "told", "according", "to", "by", "quoted",
                "interview", "with", "crowds", "gathered", "on", "Monday", "Heralds", "Sunday", "Timeshare",
                "mayor", "Ruto", "(KBC)", "Kenya's", "Broadcasting", "Corporation"]  # fmt: skip


def test_media_prefilter_exit_gives_what_the_prefilter_gives(monkeypatch: pytest.MonkeyPatch) -> None:
    """media_names asks its prefilter only where a masthead word or an untyped acronym stands: the mentions
    are those of asking it in every sentence (articles of random sentences, masthead and acronym cases)."""
    from toolkit.extract.actors import find_mentions
    from toolkit.io.loading import read_articles
    from toolkit.text.tokenize import split_sentences

    rng = random.Random(5)
    articles = []
    for _ in range(120):
        sents = [" ".join(rng.choice(_MEDIA_WORDS) for _ in range(rng.randint(2, 10))) for _ in range(4)]
        articles.append(". ".join(s[:1].upper() + s[1:] for s in sents) + ".")
    articles.append("Crowds gathered on Monday. The Port Elwood Herald reported it. KBC reported it.")
    sentences = split_sentences(read_articles(articles).articles)
    fast = find_mentions(sentences)
    with monkeypatch.context() as m:
        m.setattr(quick_exits, "_FAST_MEDIA", False)
        cache.clear_all(rule_sets=False)  # no memo carries the other run's answers over
        full = find_mentions(sentences)
    assert fast.equals(full)
    media = fast.filter(fast["rule"] == "media")["surface"].to_list()
    assert "Port Elwood Herald" in media and "KBC" in media  # both uses of the prefilter are exercised


_CHUNK_WORDS = ["Bashar", "al-Assad", "al", "Al-Awda", "bin", "Abu", "de", "Gaulle", "van", "der", "Berg", "la",
                "Paz", "de-Souza", "pro-Russian", "J.", "U.S.", "The", "the", "said", "O'Neill", "Smith-Jones",
                "Cortés", "Élise", "at", "as", "made", "x-al", "well-Known", "Minister", "’s", "'s", "Y", "y",
                "del", "Río", "(al", "de.", "ter", "Meer", "UN", "Ministry", "of", "Defence"]  # fmt: skip


def test_name_chunk_candidates_match_the_full_scan(monkeypatch: pytest.MonkeyPatch) -> None:
    """_name_chunks reads the same chunks from the capitals-first candidates (_candidates) as from cand_re's full
    scan, on random texts of names, particles (alone, hyphened, glued to other words) and common words, with and
    without covered spans."""
    from toolkit.extract.actors.name_chunks import _candidates, _name_chunks

    rules = _rules()
    assert rules.particle_firsts is not None  # the quick exit is on for the packaged particles
    rng = random.Random(5)
    particles_kept = 0
    for _ in range(4000):
        text = "".join(
            w + rng.choice([" "] * 6 + _GAPS) for w in rng.choices(_CHUNK_WORDS, k=rng.randint(0, 12))
        )
        covered = []
        if text and rng.random() < 0.5:
            a = rng.randrange(len(text))
            covered.append((a, min(len(text), a + rng.randint(1, 12))))
        fast = _name_chunks(text, rules, list(covered))
        with monkeypatch.context() as m:
            m.setattr(quick_exits, "_FAST_CANDS", False)
            full = _name_chunks(text, rules, list(covered))
        assert fast == full, (text, covered)
        particles_kept += sum(w in rules.particles for chunk in fast for _, _, w in chunk)
    assert particles_kept > 100  # particles inside names are exercised
    # the candidates are a subset of cand_re's matches that skips only lone particles
    text = "Bashar al-Assad met Abu bin Said, as did de Gaulle at the x-al-Qaeda camp."
    fast = _candidates(text, rules, 0)
    full = [(m.start(), m.end(), m.group()) for m in rules.cand_re.finditer(text)]
    assert set(fast) < set(full)
    assert {w for _, _, w in set(full) - set(fast)} == {"as", "de"}  # "at" right after "Gaulle" may join it
