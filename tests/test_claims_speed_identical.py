"""The speed-ups of the number scanner change no result.

``numbers._attributes`` tests a cheap necessary condition (:func:`numbers_grammar._may_match_in`: the
window holds a word the pattern needs) before searching a window with a long alternation, and
``numbers._is_age`` tries its anchored ``after`` test before its search of the text before. Every
sentence here is invented, in the style of news copy.
"""

from __future__ import annotations

import re

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
