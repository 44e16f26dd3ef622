"""The expressions whose results changed between polars 2.1 and 2.2 give the same tables under both.

Polars 2.2 made ``str.find``/``str.find_many`` return character offsets (UTF-8 byte offsets before; pola-rs/polars#31026)
and evaluates a ``when/then/otherwise`` branch's ``str.slice`` on every row, so a negative length in rows the branch
does not select raises. Each test uses invented sentences with characters outside ASCII before the match, where bytes
and characters differ, and passes under both versions.
"""

from __future__ import annotations

import re

import polars as pl

from toolkit.core.compat import FIND_GIVES_CHARS, find_char_offset, find_char_offsets
from toolkit.extract.actors import find_mentions
from toolkit.extract.numbers_grammar import _matches, _starts_expr
from toolkit.extract.places import _deletions
from toolkit.io.loading import read_articles
from toolkit.measure.sentiment import score_sentiment, summarise_actor_sentiment
from toolkit.text.tokenize import split_sentences

SENTENCE = "Officials in São Tomé and Bogotá told Reuters that two hundred families had been moved."


def test_probe_matches_the_installed_polars() -> None:
    major, minor = (int(x) for x in pl.__version__.split(".")[:2])
    assert FIND_GIVES_CHARS == ((major, minor) >= (2, 2))


def test_find_many_offsets_become_character_offsets() -> None:
    patterns = ["Reuters", "two hundred", "Bogotá"]
    found = pl.Series([SENTENCE]).str.find_many(patterns, overlapping=True).item().to_list()
    assert find_char_offsets(SENTENCE, found) == sorted(SENTENCE.index(p) for p in patterns)
    one = pl.Series([SENTENCE]).str.find("Reuters", literal=True).item()
    assert find_char_offset(SENTENCE, one) == SENTENCE.index("Reuters")


def test_number_word_hints_point_at_the_words() -> None:
    expr = _starts_expr(["two hundred"])
    assert expr is not None
    hint = pl.DataFrame({"text": [SENTENCE]}).select(expr.alias("h"))["h"].item().to_list()
    pat = re.compile(r"two hundred")
    assert [m.span() for m in _matches(pat, SENTENCE, hint)] == [m.span() for m in pat.finditer(SENTENCE)]
    assert [m.group() for m in _matches(pat, SENTENCE, hint)] == ["two hundred"]


def test_dictionary_alias_after_accented_words_keeps_its_offsets() -> None:
    text = "“Nobody came,” said café owner José Núñez, 58, in Montréal, speaking to AFP on Monday."
    articles = read_articles([text]).articles
    afp = find_mentions(split_sentences(articles)).filter(pl.col("actor_id") == "AFP").row(0, named=True)
    assert articles["text"].item()[afp["char_start"] : afp["char_end"]] == afp["surface"] == "AFP"


def test_deletion_variants_of_a_one_letter_key() -> None:
    out = _deletions(pl.DataFrame({"key": ["Köln", "A"]}), "key")
    assert out.filter(pl.col("key") == "Köln")["variant"].to_list() == ["Köln", "öln", "Kln", "Kön", "Köl"]
    assert out.filter(pl.col("key") == "A")["variant"].to_list() == ["A", ""]


def test_model_tone_of_an_actor_named_often_in_a_sentence_ignores_row_order() -> None:
    s = pl.DataFrame(
        {"article_id": ["a"], "sentence_id": [0], "text": ["Police said police and police agreed."]}
    )
    scores = [0.7071, -0.3333, 0.1429, 0.0909, -0.5833, 0.4167, 0.0833]
    means = set()
    for shift in range(len(scores)):
        order = scores[shift:] + scores[:shift]
        m = pl.DataFrame({"article_id": ["a"] * 7, "sentence_id": [0] * 7, "actor_id": ["POLICE"] * 7,
                          "actor_label": ["police"] * 7, "tone_score": order})  # fmt: skip
        out = summarise_actor_sentiment(score_sentiment(s), m, n_boot=10)
        means.add(
            out.filter((pl.col("measure") == "model") & (pl.col("voice") == "all"))["mean_compound"].item()
        )
    assert means == {sum(sorted(scores)) / len(scores)}
