"""Guards of the actor finder's speed paths: a quick path gives what its plain path gives, on thousands of random
texts made of the words the checks look at (invented, in the style of news copy); and the behaviour they keep."""

from __future__ import annotations

import random

import pytest

from toolkit.extract.actors import quick_exits
from toolkit.extract.actors.general_people import join_partial_names
from toolkit.extract.actors.mentions import _Mention, _Sentence
from toolkit.extract.actors.place_phrases import _owner
from toolkit.extract.actors.rules import _rules

_BEFORE = ["the", "The", "of", "from", "governor", "Governor", "senator", "premier", "Senator", "Ron", "Wyden",
           "in", "met", "told", "officials", "president", "Lieutenant", "mayors", "said", "“", ",", "x"]  # fmt: skip
_AFTER = ["governor", "Governor’s", "governor's", "premier", "President", "president-elect", "Präsident", "chief",
          "executive", "Mark", "Dobson", "said", "'s", "became", "Minister", "minister", "of", "Health", "bid", "."]  # fmt: skip
_GAPS = [" ", " ", " ", "  ", "\n", "", " " * 55, " " * 58, " " * 70]


def _random_text(rng: random.Random) -> tuple[str, int, int]:
    """A text with the name "Texas" in it: (text, start, end)."""
    pre = "".join(rng.choice(_BEFORE) + rng.choice(_GAPS) for _ in range(rng.randint(0, 5)))
    post = "".join(rng.choice(_GAPS) + rng.choice(_AFTER) for _ in range(rng.randint(0, 4)))
    return pre + "Texas" + post, len(pre), len(pre) + 5


def test_owner_word_check_matches_the_plain_path(monkeypatch: pytest.MonkeyPatch) -> None:
    # _owner's word checks before its regexes (the last word before the name, the word after it) against the
    # regexes alone, with white-space runs that put the word after the name past head_re's 60 characters
    rules = _rules()
    rng = random.Random(25)
    seen = set()
    for _ in range(6000):
        text, s, e = _random_text(rng)
        monkeypatch.setattr(quick_exits, "_FAST_PLACE", True)
        fast = _owner(text, s, e, rules)
        monkeypatch.setattr(quick_exits, "_FAST_PLACE", False)
        assert fast == _owner(text, s, e, rules), repr(text)
        seen.add(fast)
    assert seen == {True, False}  # both answers were tried
    monkeypatch.setattr(quick_exits, "_FAST_PLACE", True)
    t = "The Texas governor and the Texas Governor’s bid met Texas officials."
    assert [_owner(t, k, k + 5, rules) for k in (4, 27, 52)] == [True, True, False]


def test_partial_name_takes_the_one_longer_name() -> None:
    text = "John Luk Jok arrived. Luk said John Luk would stay."
    s = _Sentence(0, text, [
        _Mention(0, 12, "new:john-luk-jok", "John Luk Jok", "person", "name_verb", name_start=0),
        _Mention(22, 25, "new:luk", "Luk", "other", "name_word", name_start=22),
        _Mention(31, 39, "new:john-luk", "John Luk", "person", "given_name", name_start=31),
    ])  # fmt: skip
    join_partial_names([s])
    assert [m.actor_id for m in s.mentions] == ["new:john-luk-jok"] * 3
