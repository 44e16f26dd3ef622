"""The table contract: every table of TABLES.md exists with its minimum columns."""

from __future__ import annotations

import polars as pl
import pytest

import toolkit
from toolkit.core.schema import SCHEMAS, TABLES, SchemaError, conform, describe, empty, validate

# The minimum columns of ../shared/TABLES.md, written out here so that the contract is tested.
MINIMUM = {
    "load_report": ["path", "status", "reason", "n_articles", "encoding"],
    "articles": ["article_id", "source", "title", "outlet", "published", "url", "byline", "language", "text"],
    "sentences": ["article_id", "paragraph_id", "sentence_id", "char_start", "char_end", "text", "is_heading"],
    "tokens": ["article_id", "sentence_id", "token_id", "char_start", "char_end", "token", "norm"],
    "mentions": ["article_id", "sentence_id", "char_start", "char_end", "surface", "actor_id", "actor_label",
                 "actor_type", "is_place", "rule"],
    "cooc_pairs": ["article_id", "window", "unit_id", "actor_a", "actor_b"],
    "cooc_edges": ["actor_a", "actor_b", "window", "n_units", "n_articles", "pmi", "npmi", "dice", "llr"],
    "sentiment": ["article_id", "sentence_id", "neg", "neu", "pos", "compound", "voice"],
    "actor_sentiment": ["actor_id", "actor_label", "measure", "voice", "n_sentences", "mean_compound", "ci_low", "ci_high"],
    "claims": ["article_id", "sentence_id", "char_start", "char_end", "surface", "value", "value_low", "value_high",
               "qualifier", "counted", "unit", "what", "vague", "source_actor_id", "source_label", "source_surface"],
    "quotes": ["article_id", "sentence_id", "char_start", "char_end", "quote", "kind", "cue", "speaker_surface",
               "speaker_actor_id", "speaker_label"],
}  # fmt: skip


@pytest.mark.parametrize("table", sorted(MINIMUM))
def test_minimum_columns_present_in_order(table):
    cols = list(SCHEMAS[table])
    assert [c for c in cols if c in MINIMUM[table]] == MINIMUM[table]


def test_every_column_documented():
    d = describe()
    assert d.height == sum(len(v) for v in SCHEMAS.values())
    assert d.filter(pl.col("description").str.len_chars() < 3).height == 0


def test_empty_conform_validate():
    for t in TABLES:
        assert validate(empty(t), t).height == 0
    df = conform(pl.DataFrame({"article_id": ["a"], "sentence_id": [1], "extra": [2]}), "sentences", extra=True)
    assert df.columns[-1] == "extra" and df.schema["sentence_id"] == pl.Int32
    with pytest.raises(SchemaError, match="missing column 'text'"):
        validate(pl.DataFrame({"article_id": ["a"]}), "articles")
    with pytest.raises(ValueError, match="unknown table 'nope'; valid tables: load_report"):
        empty("nope")


def test_analyze_returns_every_table_with_schema():
    result = toolkit.analyze(["Israel rejected the allegation, Hamas said.\nDeal ‘still possible’\nTalks went on."])
    assert list(result.tables) == list(TABLES)
    for name, df in result.tables.items():
        validate(df, name)
    text = result.articles["text"][0]
    for a, b, s in result.sentences.select("char_start", "char_end", "text").rows():
        assert text[a:b] == s


def test_mentions_carry_their_tone_score():
    result = toolkit.analyze(["Police praised Mayor Lang for her courage. Critics accused Hamas of lying."])
    m = result.mentions.filter(pl.col("actor_id").is_not_null())
    assert list(SCHEMAS["mentions"])[-1] == "tone_score" and m["tone_score"].null_count() == 0
    assert m["tone_score"].is_between(-1, 1).all()
    assert describe("mentions").filter(column="tone_score")["description"][0].startswith("tone towards the mention")


def test_analyze_empty_input():
    result = toolkit.analyze([])
    assert all(df.height == 0 for df in result.tables.values())
    for name, df in result.tables.items():
        validate(df, name)


def test_write_parquet_and_csv(tmp_path):
    result = toolkit.analyze(["Kyiv was hit overnight, officials said."])
    for fmt in ("parquet", "csv"):
        paths = result.write(tmp_path / fmt, format=fmt)
        names = sorted(p.name for p in paths)
        assert f"sentences.{fmt}" in names and "columns.csv" in names and len(names) == len(TABLES) + 2
        reader = pl.read_parquet if fmt == "parquet" else pl.read_csv
        assert reader(tmp_path / fmt / f"sentences.{fmt}")["text"].to_list() == ["Kyiv was hit overnight, officials said."]
    with pytest.raises(ValueError, match="valid values: 'parquet', 'csv'"):
        result.write(tmp_path / "x", format="xlsx")  # type: ignore[arg-type]


def test_every_attribution_and_source_rule_is_in_the_documented_vocabulary() -> None:
    """The schema (core, below extract) lists the values by hand: each rule the extractors can record is there."""
    from toolkit.core.schema import DOCS
    from toolkit.extract import attribution

    quotes_doc = DOCS["quotes"]["attribution"]
    claims_doc = DOCS["claims"]["source_rule"]
    for value in attribution.QUOTE_ATTRIBUTION:
        assert value in quotes_doc, value
    for value in attribution.SOURCE_RULES:
        assert value in claims_doc, value
