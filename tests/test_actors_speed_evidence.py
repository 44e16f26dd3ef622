"""Guards of this round's speed paths in the article rules (issue 25): each gives what its plain path gives, on
thousands of random texts made of the words the rules look at (invented, in the style of news copy), and the
vocabularies of :mod:`toolkit.extract.actors.compound_names` are read once per call of the finder."""

from __future__ import annotations

import random

import polars as pl
import pytest

from toolkit.core import cache
from toolkit.extract.actors import compound_names, find_mentions, quick_exits
from toolkit.extract.actors.article_evidence import _grow_place, evidence_rules
from toolkit.extract.actors.mentions import _Mention
from toolkit.io.loading import read_articles
from toolkit.text.tokenize import split_sentences

# words glued to a place name make a longer one ("American Samoa", "Papua New Guinea") or nearly do
_WORDS = ["American", "Samoa", "Papua", "New", "Guinea", "French", "Polynesia", "the", "The", "in", "of", "Islands",
          "Virgin", "British", "U.S.", "Cook", "O'Neill", "al-Sham", "-", ".", ",", "’s", "1990s", "Ölsen", "x",
          "Éire", "South", "Sudan", "Korea", "North"]  # fmt: skip
_GAPS = [" "] * 12 + ["", "  ", "\n", "\t", "\u00a0", ", ", "-"]
_PLACES = ["American Samoa", "Papua New Guinea", "French Polynesia", "British Virgin Islands", "South Sudan",
           "North Korea", "Cook Islands"]  # fmt: skip


def _random_text(rng: random.Random) -> tuple[str, int, int]:
    """A text with one word of a multi-word place name as the mention, the name's other words glued to it by one
    space or by something else: (text, start, end)."""
    words = rng.choice(_PLACES).split()
    k = rng.randrange(len(words))
    pre = "".join(rng.choice(_WORDS) + rng.choice(_GAPS) for _ in range(rng.randint(0, 2)))
    left = "".join(w + rng.choice(_GAPS) for w in words[:k])
    right = "".join(rng.choice(_GAPS) + w for w in words[k + 1 :])
    post = "".join(rng.choice(_GAPS) + rng.choice(_WORDS) for _ in range(rng.randint(0, 2)))
    start = len(pre) + len(left)
    return pre + left + words[k] + right + post, start, start + len(words[k])


def test_grow_place_glue_check_matches_the_plain_path(monkeypatch: pytest.MonkeyPatch) -> None:
    # the check that a word is glued on either side of the mention before the scans for words, against the scans
    r = evidence_rules()
    rng = random.Random(2025)
    grown = 0
    for _ in range(8000):
        text, s, e = _random_text(rng)
        m = _Mention(s, e, "X", "X", "state", "alias")
        monkeypatch.setattr(quick_exits, "_FAST_GROW", True)
        fast = _grow_place(text, m, r)
        monkeypatch.setattr(quick_exits, "_FAST_GROW", False)
        full = _grow_place(text, m, r)
        assert fast == full, text
        grown += full is not None
    assert 100 < grown < 7900  # both answers are exercised


def test_grow_place_finds_names_on_either_side() -> None:
    r = evidence_rules()
    for text, name, grown in [
        ("Tourists flew to American Samoa on Monday.", "Samoa", "American Samoa"),
        ("Papua New Guinea voted.", "Papua", "Papua New Guinea"),
        ("Officials in Samoa met.", "Samoa", None),
        ("The Samoa-based group met.", "Samoa", None),
    ]:
        s = text.index(name)
        hit = _grow_place(text, _Mention(s, s + len(name), "X", "X", "state", "alias"), r)
        assert (hit[2] if hit else None) == grown, text


def test_compound_words_read_once_per_call(monkeypatch: pytest.MonkeyPatch) -> None:
    # the party, media-branch and web-name steps get the finder's copy: the file is not looked up per article
    calls = []
    real = compound_names.compound_words

    def counted() -> object:
        calls.append(1)
        return real()

    monkeypatch.setattr(compound_names, "compound_words", counted)
    texts = [
        f"CNN Philippines reported that the ruling Norvalan Unity party won in round {i}." for i in range(6)
    ]
    arts = pl.DataFrame({"article_id": [f"a{i}" for i in range(6)], "text": texts})
    cache.clear_all(rule_sets=False)
    out = find_mentions(split_sentences(read_articles(arts).articles))
    assert len(calls) == 1
    assert out.filter(pl.col("rule") == "party_name").height == 6
    assert out.filter(pl.col("rule") == "media_branch").height == 6
