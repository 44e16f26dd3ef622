"""The claim's whole phrase (``claims.span_start``/``span_end``: hedge, number, unit) and exact matching
of claims by it, on invented sentences."""

from __future__ import annotations

from pathlib import Path

import polars as pl
import pytest

import toolkit
from toolkit.core.schema import DOCS, SCHEMAS, empty
from toolkit.extract.claims import extract_claims
from toolkit.io.loading import read_articles
from toolkit.text.tokenize import split_sentences
from toolkit.validate import gold_from_tables, match_extractions, score_extractions

ROOT = Path(__file__).resolve().parents[1]


def _claims(text: str) -> tuple[pl.DataFrame, str]:
    arts = read_articles([text]).articles
    return extract_claims(split_sentences(arts)), arts["text"][0]


def _phrases(text: str) -> list[tuple[str, str]]:
    """(number as written, its phrase) of every claim of ``text``."""
    c, t = _claims(text)
    return [(r["surface"], t[r["span_start"] : r["span_end"]]) for r in c.iter_rows(named=True)]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # a hedge before the number; the counted noun stays out, as in the gold sets' format
        (
            "Nearly 15,000 people fled the shelling of the border town, aid workers said.",
            ("15,000", "Nearly 15,000"),
        ),
        ("Officials said nearly 15,000 people fled the shelling.", ("15,000", "nearly 15,000")),
        ("At least 12 were killed when the convoy was hit, the army said.", ("12", "At least 12")),
        # money: the currency is part of the number already
        (
            "The ministry approved a $5.2 billion reconstruction plan on Monday.",
            ("$5.2 billion", "$5.2 billion"),
        ),
        ("Turnout reached more than 40% in the capital, officials said.", ("40%", "more than 40%")),
        # homes are counted, not a unit of measure
        ("The storm damaged up to 300 homes along the coast.", ("300", "up to 300")),
        # units of measure and time units after the number
        ("The inspectors counted about 275 kg of enriched uranium.", ("275", "about 275 kg")),
        ("Gusts of 75 miles per hour tore roofs off in the port.", ("75", "75 miles per hour")),
        ("The meeting lasted about 45 minutes, a spokesman said.", ("45", "about 45 minutes")),
        # a hedge right after the number
        ("Police said 12 or more shops were looted overnight.", ("12", "12 or more")),
    ],
)
def test_phrase_takes_in_hedge_and_unit(text: str, expected: tuple[str, str]) -> None:
    assert expected in _phrases(text)


def test_no_hedge_no_unit_is_the_number_span() -> None:
    c, _ = _claims("Police arrested 14 protesters in the main square on Friday.")
    assert c.height == 1
    r = c.row(0, named=True)
    assert (r["span_start"], r["span_end"]) == (r["char_start"], r["char_end"])
    assert r["surface"] == "14"


def test_number_columns_unchanged_by_the_phrase() -> None:
    c, t = _claims("Rescuers said at least 31 miners were trapped some 400 metres underground.")
    rows = c.select("surface", "char_start", "char_end", "qualifier", "unit").rows()
    assert rows == [("31", 23, 25, "at_least", "people"), ("400", 51, 54, "about", "m")]
    assert [t[a:b] for a, b in c.select("span_start", "span_end").rows()] == [
        "at least 31",
        "some 400 metres",
    ]


def test_schema_declares_the_span_columns() -> None:
    for col in ("span_start", "span_end"):
        assert SCHEMAS["claims"][col] == pl.Int64
        assert DOCS["claims"][col]
        assert col in empty("claims").columns
    # the columns before them are as they were
    assert list(SCHEMAS["claims"])[:5] == ["article_id", "sentence_id", "char_start", "char_end", "surface"]


def test_span_invariant_over_the_seeds() -> None:
    a = toolkit.analyze(ROOT / "seeds", progress=False)
    c = a.claims
    assert c.height > 0
    assert c["span_start"].null_count() == 0 and c["span_end"].null_count() == 0
    sents = {
        (r[0], r[1]): (r[2], r[3])
        for r in a.sentences.select("article_id", "sentence_id", "char_start", "text").iter_rows()
    }
    texts = dict(a.articles.select("article_id", "text").iter_rows())
    longer = 0
    for r in c.iter_rows(named=True):
        assert r["span_start"] <= r["char_start"] < r["char_end"] <= r["span_end"]
        s0, sentence = sents[(r["article_id"], r["sentence_id"])]
        assert s0 <= r["span_start"] and r["span_end"] <= s0 + len(sentence)
        assert texts[r["article_id"]][r["span_start"] : r["span_end"]] in sentence
        longer += (r["span_start"], r["span_end"]) != (r["char_start"], r["char_end"])
    assert longer > 0  # the seeds have hedged claims


def test_span_columns_written_by_the_engine(tmp_path: Path) -> None:
    from toolkit.run.engine import analyze_to_dir

    texts = [
        "About 250 people were evacuated after the river rose nearly 2 metres overnight, officials said.",
        "Police arrested 14 protesters, and at least 3 officers were hurt.",
    ]
    mem = toolkit.analyze(texts, progress=False).claims
    analyze_to_dir(texts, tmp_path / "run", batch_size=1, workers=1, progress=False, tone_model=False)
    disk = pl.read_parquet(tmp_path / "run" / "claims.parquet")
    cols = ["char_start", "char_end", "span_start", "span_end"]
    assert sorted(disk.select(cols).rows()) == sorted(mem.select(cols).rows())
    assert disk.filter(pl.col("span_start") < pl.col("char_start")).height == 3


# ------------------------------------------------------------------------------------------------ scoring

ARTICLE = "Officials said nearly 15,000 people fled and at least 12 were killed by 5 shells."


def _gold_and_prediction() -> tuple[object, pl.DataFrame]:
    arts = pl.DataFrame({"article_id": ["a1"], "text": [ARTICLE]})
    gold_claims = pl.DataFrame(
        {
            "article_id": ["a1"] * 3,
            "sentence_id": [0] * 3,
            "char_start": [15, 45, 72],
            "char_end": [28, 56, 73],
            "surface": ["nearly 15,000", "at least 12", "5"],
            "value": [15000.0, 12.0, 5.0],
        }
    )
    gold = gold_from_tables(arts, claims=gold_claims, annotator="ann1")
    pred, _ = _claims(ARTICLE)
    return gold, pred.with_columns(pl.lit("a1").alias("article_id"))


def test_exact_matching_uses_the_phrase() -> None:
    gold, pred = _gold_and_prediction()
    m = match_extractions({"claims": pred}, gold, match="exact").filter(extractor="claims")
    assert m["status"].to_list() == ["tp", "tp", "tp"]
    assert m["pred_text"].to_list() == ["nearly 15,000", "at least 12", "5"]
    by_number = match_extractions({"claims": pred}, gold, match="exact", claim_span="number")
    assert sorted(by_number.filter(extractor="claims")["status"].to_list()) == ["fn", "fn", "fp", "fp", "tp"]
    # a frame without the phrase columns is matched by its numbers
    old = pred.drop("span_start", "span_end")
    assert (
        match_extractions({"claims": old}, gold, match="exact").filter(extractor="claims", status="tp").height
        == 1
    )


def test_overlap_matching_ignores_the_phrase() -> None:
    gold, pred = _gold_and_prediction()
    with_phrase = match_extractions({"claims": pred}, gold)
    without = match_extractions({"claims": pred.drop("span_start", "span_end")}, gold)
    assert with_phrase.equals(without)
    assert with_phrase.filter(extractor="claims")["pred_text"].to_list() == ["15,000", "12", "5"]
    s = score_extractions({"claims": pred}, gold, match="exact", n_boot=0).filter(
        extractor="claims", field="value"
    )
    assert s["f1"].to_list() == [1.0]
    with pytest.raises(ValueError, match="claim_span"):
        match_extractions({"claims": pred}, gold, claim_span="words")  # type: ignore[arg-type]
