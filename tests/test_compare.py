"""Comparisons across outlets and periods (toolkit.measure.compare), on tables built with known counts."""

from __future__ import annotations

import datetime as dt
import math

import polars as pl
import pytest

from toolkit.measure.compare import (
    claims_by_outlet,
    mentions_by_period,
    sources_by_outlet,
    tone_by_outlet,
    wilson,
)

D = dt.date


def articles() -> pl.DataFrame:
    # AFP: 4 articles in January (two weeks), 2 in February; AP: 2 in January; one article with no outlet or date
    rows = [("f1", "AFP", D(2024, 1, 1)), ("f2", "AFP", D(2024, 1, 2)), ("f3", "AFP", D(2024, 1, 9)), ("f4", "AFP", D(2024, 1, 10)),
            ("f5", "AFP", D(2024, 2, 5)), ("f6", "AFP", D(2024, 2, 6)), ("p1", "AP", D(2024, 1, 3)), ("p2", "AP", D(2024, 1, 4)),
            ("x1", None, None)]  # fmt: skip
    return pl.DataFrame(rows, schema={"article_id": pl.String, "outlet": pl.String, "published": pl.Date}, orient="row")


def mentions() -> pl.DataFrame:
    rows = [("f1", 0, "UN", False), ("f1", 1, "UN", False), ("f2", 0, "UN", False), ("f5", 0, "UN", False),
            ("p1", 0, "UN", False), ("p1", 0, "GAZA", True), ("f3", 2, "HAM", False), ("x1", 0, "UN", False)]  # fmt: skip
    df = pl.DataFrame(rows, schema={"article_id": pl.String, "sentence_id": pl.Int32, "actor_id": pl.String, "is_place": pl.Boolean}, orient="row")
    return df.with_columns(pl.col("actor_id").alias("actor_label"), pl.lit("organization").alias("actor_type"))


def test_mentions_by_month_counts_shares_and_wilson():
    out = mentions_by_period(mentions(), articles(), actors="UN")
    got = out.select(pl.col("period").cast(pl.String), "outlet", "n_mentions", "n_articles", "n").rows()
    assert got == [("2024-01-01", "AFP", 3, 2, 4), ("2024-01-01", "AP", 1, 1, 2), ("2024-02-01", "AFP", 1, 1, 2),
                   (None, "(unknown)", 1, 1, 1)]  # fmt: skip
    row = out.row(0, named=True)
    p, n, z = 0.5, 4, 1.959963984540054
    centre, half = (p + z * z / (2 * n)) / (1 + z * z / n), z * math.sqrt(p * (1 - p) / n + z * z / (4 * n * n)) / (1 + z * z / n)
    assert row["share"] == 0.5 and row["share_low"] == pytest.approx(centre - half) and row["share_high"] == pytest.approx(centre + half)
    assert all(r["share_low"] <= r["share"] <= r["share_high"] for r in out.iter_rows(named=True))


def test_mentions_by_week_and_day_and_zero_rows():
    week = mentions_by_period(mentions(), articles(), period="week", actors=["UN", "HAM"]).drop_nulls("period")
    afp_w2 = week.filter((pl.col("outlet") == "AFP") & (pl.col("period") == D(2024, 1, 8))).sort("actor_id")
    assert afp_w2.select("actor_id", "n_articles", "n", "share").rows() == [("HAM", 1, 2, 0.5), ("UN", 0, 2, 0.0)]
    assert afp_w2.filter(pl.col("actor_id") == "UN")["share_high"][0] > 0  # a zero share still has an interval
    day = mentions_by_period(mentions(), articles(), period="day")
    assert day.filter(pl.col("period") == D(2024, 1, 1)).select("actor_id", "n_mentions", "n").rows() == [("UN", 2, 1)]
    # places are left out unless asked for
    assert "GAZA" not in mentions_by_period(mentions(), articles())["actor_id"].to_list()
    assert "GAZA" in mentions_by_period(mentions(), articles(), include_places=True)["actor_id"].to_list()
    empty = mentions_by_period(mentions().clear(), articles())
    assert empty.height == 0 and "share_low" in empty.columns
    with pytest.raises(ValueError, match="period"):
        mentions_by_period(mentions(), articles(), period="year")  # type: ignore[arg-type]


def test_tone_by_outlet_and_period_with_intervals():
    sent = pl.DataFrame({"article_id": ["f1", "f1", "f2", "f5", "p1"], "sentence_id": [0, 1, 0, 0, 0],
                         "compound": [0.4, 0.2, -0.3, 0.9, -0.5], "voice": ["narrator", "quoted", "narrator", "narrator", "narrator"]})  # fmt: skip
    out = tone_by_outlet(sent, mentions(), articles(), actors="UN")
    got = out.select("outlet", pl.col("period").cast(pl.String), "n", pl.col("mean_compound").round(4)).rows()
    assert got == [("AFP", "2024-01-01", 3, 0.1), ("AFP", "2024-02-01", 1, 0.9), ("AP", "2024-01-01", 1, -0.5)]
    jan = out.row(0, named=True)
    assert -0.3 - 1e-9 <= jan["ci_low"] <= jan["mean_compound"] <= jan["ci_high"] <= 0.4 + 1e-9 and jan["ci_method"] == "bootstrap"
    assert out.equals(tone_by_outlet(sent, mentions(), articles(), actors="UN"))  # seeded: the same twice
    quoted = tone_by_outlet(sent, mentions(), articles(), actors="UN", period=None, voice="quoted")
    assert quoted.select("outlet", "n", "mean_compound", "voice").rows() == [("AFP", 1, 0.2, "quoted")]
    assert tone_by_outlet(sent.clear(), mentions(), articles()).height == 0


def test_sources_by_outlet_counts_words_and_types():
    q = pl.DataFrame({
        "article_id": ["f1", "f1", "f2", "f2", "p1", "p1"],
        "kind": ["direct", "direct", "partial", "term", "direct", "direct"],
        "speaker_actor_id": ["UN", "UN", None, None, "HAM", None],
        "speaker_label": ["UN", "UN", "a nurse", None, "HAM", None],
        "n_words": [10, 5, 3, 1, 8, 4],
    })  # fmt: skip
    out = sources_by_outlet(q, articles(), mentions=mentions())
    assert out.select("outlet", "speaker_label", "actor_type", "n_quotes", "n_words", "n_articles", "n").rows() == [
        ("AFP", "UN", "organization", 2, 15, 1, 3), ("AFP", "a nurse", "(not an actor)", 1, 3, 1, 3),
        ("AP", "HAM", "organization", 1, 8, 1, 2), ("AP", "(unattributed)", None, 1, 4, 1, 2),
    ]  # fmt: skip
    afp_un = out.row(0, named=True)
    lo, hi = wilson(pl.lit(2), pl.lit(3))
    assert afp_un["share"] == pytest.approx(2 / 3) and afp_un["share_words"] == pytest.approx(15 / 18)
    assert (afp_un["share_low"], afp_un["share_high"]) == pytest.approx(pl.select(lo.alias("lo"), hi.alias("hi")).row(0))
    types = sources_by_outlet(q, articles(), mentions=mentions(), by="actor_type", period="month")
    assert types.filter(pl.col("outlet") == "AFP").select("actor_type", "n_quotes", "n_speakers").rows() == [
        ("organization", 2, 1), ("(not an actor)", 1, 1)]  # fmt: skip
    assert sources_by_outlet(q.clear(), articles()).height == 0


def test_claims_by_outlet_same_category_and_place():
    c = pl.DataFrame({
        "article_id": ["f1", "f2", "f3", "p1", "p2", "p2"],
        "counted": ["killed", "killed", "killed", "killed", "killed", "injured"],
        "place": ["SDN", "SDN", "SDN", "SDN", None, "SDN"],
        "unit": ["people"] * 6,
        "value": [10.0, 12.0, None, 20.0, 5.0, 7.0],
        "value_low": [10.0, 12.0, 100.0, 20.0, 5.0, 7.0],
        "source_actor_id": ["UN", "UN", "WHO", None, None, None],
        "char_start": [0] * 6,
    })  # fmt: skip
    out = claims_by_outlet(c, articles(), counted="killed", place="SDN")
    assert out.select("outlet", "n", "n_articles", "n_sources", "value_min", "value_median", "value_max", "latest_value").rows() == [
        ("AFP", 3, 3, 2, 10.0, 12.0, 100.0, 100.0), ("AP", 1, 1, 0, 20.0, 20.0, 20.0, 20.0)]  # fmt: skip
    afp = out.row(0, named=True)
    assert afp["value_mean"] == pytest.approx(122 / 3) and afp["ci_low"] <= afp["value_mean"] <= afp["ci_high"]
    assert out.row(1, named=True)["ci_low"] == out.row(1, named=True)["ci_high"] == 20.0  # one claim: no spread
    monthly = claims_by_outlet(c, articles(), period="month")
    assert monthly.filter(pl.col("place").is_null())["n"].to_list() == [1]
    assert claims_by_outlet(c, articles(), counted="arrested").height == 0


# ---------------------------------------------------------------- charts and the explorer


def chart_rows(chart) -> list[dict]:
    """The rows a chart draws (its inline data set), or its message."""
    spec = chart.to_dict()
    if "datasets" in spec:
        (rows,) = spec["datasets"].values()
        return rows
    return spec["data"]["values"]


def quotes() -> pl.DataFrame:
    # AFP: UN twice (15 words) and a nurse once in January, HAM once in February; AP: HAM once, one unattributed
    return pl.DataFrame({
        "article_id": ["f1", "f1", "f2", "f2", "f5", "p1", "p1"],
        "kind": ["direct", "direct", "partial", "term", "direct", "direct", "direct"],
        "speaker_actor_id": ["UN", "UN", None, None, "HAM", "HAM", None],
        "speaker_label": ["UN", "UN", "a nurse", None, "HAM", "HAM", None],
        "n_words": [10, 5, 3, 1, 7, 8, 4],
    })  # fmt: skip


def test_sources_chart_pools_periods_with_counts_and_intervals():
    from toolkit.explore.compare_charts import plot_sources_by_outlet, sources_frame

    monthly = sources_by_outlet(quotes(), articles(), mentions=mentions(), period="month")
    frame = sources_frame(monthly)
    assert frame.select("outlet", "source", "n_quotes", "n_words", "n").rows() == [
        ("AFP", "UN", 2, 15, 4), ("AFP", "HAM", 1, 7, 4), ("AFP", "a nurse", 1, 3, 4),
        ("AP", "(unattributed)", 1, 4, 2), ("AP", "HAM", 1, 8, 2),
    ]  # fmt: skip
    un = frame.row(0, named=True)
    lo, hi = wilson(pl.lit(2), pl.lit(4))
    assert un["share"] == 0.5 and (un["share_low"], un["share_high"]) == pytest.approx(pl.select(lo.alias("a"), hi.alias("b")).row(0))
    assert un["share_words"] == pytest.approx(15 / 25)
    # beyond the top sources, the rest are pooled and the shares recomputed on the pooled counts
    top1 = sources_frame(monthly, top=1)  # HAM and UN are quoted twice each: the tie goes by name
    assert top1.filter(pl.col("outlet") == "AFP").select("source", "n_quotes", "n", "share").rows() == [
        ("(other sources)", 3, 4, 0.75), ("HAM", 1, 4, 0.25)]  # fmt: skip
    rows = chart_rows(plot_sources_by_outlet(monthly))
    assert {(r["outlet"], r["source"], r["count"]) for r in rows} == {
        ("AFP", "UN", "2 / 4"), ("AFP", "HAM", "1 / 4"), ("AFP", "a nurse", "1 / 4"), ("AP", "(unattributed)", "1 / 2"), ("AP", "HAM", "1 / 2")}  # fmt: skip
    assert all(r["share_low"] <= r["share"] <= r["share_high"] for r in rows)
    types = sources_by_outlet(quotes(), articles(), mentions=mentions(), by="actor_type")
    assert {(r["outlet"], r["source"], r["n_quotes"], r["n_speakers"]) for r in chart_rows(plot_sources_by_outlet(types))} == {
        ("AFP", "organization", 3, 2), ("AFP", "(not an actor)", 1, 1), ("AP", "organization", 1, 1), ("AP", "(unattributed)", 1, 0)}  # fmt: skip
    empty = plot_sources_by_outlet(sources_by_outlet(quotes().clear(), articles()))
    assert "No rows" in chart_rows(empty)[0]["message"]


def claims() -> pl.DataFrame:
    return pl.DataFrame({
        "article_id": ["f1", "f2", "f5", "p1", "p2", "p2"],
        "counted": ["killed", "killed", "killed", "killed", "aid", "aid"],
        "place": ["SDN"] * 6,
        "unit": ["people", "people", "people", "people", "USD", "EUR"],
        "value": [10.0, 12.0, 30.0, 20.0, 5e6, 4e6],
        "source_actor_id": ["UN", "UN", None, None, None, None],
        "char_start": [0] * 6,
    })  # fmt: skip


def test_claims_chart_one_panel_per_unit_with_counts():
    from toolkit.explore.compare_charts import claims_frame, plot_claims_by_outlet

    table = claims_by_outlet(claims(), articles())
    frame, total = claims_frame(table)
    assert total == 3 and frame.select("panel", "outlet", "n", "value_min", "value_max").rows() == [
        ("killed (people) in SDN", "AFP", 3, 10.0, 30.0), ("killed (people) in SDN", "AP", 1, 20.0, 20.0),
        ("aid (EUR) in SDN", "AP", 1, 4e6, 4e6), ("aid (USD) in SDN", "AP", 1, 5e6, 5e6),
    ]  # fmt: skip
    chart = plot_claims_by_outlet(table).to_dict()
    assert chart["facet"]["row"]["field"] == "panel" and chart["resolve"]["scale"]["x"] == "independent"  # units never share an axis
    monthly = claims_by_outlet(claims(), articles(), period="month", counted="killed")
    rows = chart_rows(plot_claims_by_outlet(monthly))
    assert sorted((r["outlet"], r["period"], r["n"], r["count"]) for r in rows) == [
        ("AFP", "2024-01-01", 2, "n=2"), ("AFP", "2024-02-01", 1, "n=1"), ("AP", "2024-01-01", 1, "n=1")]  # fmt: skip
    assert all(r["ci_low"] <= r["value_mean"] <= r["ci_high"] for r in rows)
    assert {r["panel"] for r in chart_rows(plot_claims_by_outlet(table, unit="USD"))} == {"aid (USD) in SDN"}
    assert "No rows match category = wounded" in chart_rows(plot_claims_by_outlet(table, counted="wounded"))[0]["message"]
    assert "No rows" in chart_rows(plot_claims_by_outlet(claims_by_outlet(claims().clear(), articles())))[0]["message"]


def sentiment() -> pl.DataFrame:
    return pl.DataFrame({"article_id": ["f1", "f1", "f2", "f5", "p1", "f3"], "sentence_id": [0, 1, 0, 0, 0, 2],
                         "compound": [0.4, 0.2, -0.3, 0.9, -0.5, 0.1],
                         "voice": ["narrator", "quoted", "narrator", "narrator", "narrator", "narrator"]})  # fmt: skip


def test_tone_charts_by_outlet_and_by_period():
    from toolkit.explore.compare_charts import plot_tone_by_outlet, plot_tone_by_period

    monthly = tone_by_outlet(sentiment(), mentions(), articles(), actors=["UN", "HAM"], period="month")
    rows = chart_rows(plot_tone_by_period(monthly))
    assert sorted((r["actor_label"], r["outlet"], r["period"], r["n"]) for r in rows) == [
        ("HAM", "AFP", "2024-01-01", 1), ("UN", "AFP", "2024-01-01", 3), ("UN", "AFP", "2024-02-01", 1), ("UN", "AP", "2024-01-01", 1)]  # fmt: skip
    assert all(r["ci_low"] <= r["mean_compound"] <= r["ci_high"] for r in rows)
    assert plot_tone_by_period(monthly).to_dict()["facet"]["row"]["field"] == "actor_label"  # one panel per actor
    pooled = tone_by_outlet(sentiment(), mentions(), articles(), actors="UN", period=None)
    assert {(r["outlet"], r["period"], r["n"]) for r in chart_rows(plot_tone_by_outlet(pooled))} == {("AFP", "all dates", 4), ("AP", "all dates", 1)}
    assert "No rows: no dated sentence" in chart_rows(plot_tone_by_period(pooled))[0]["message"]
    assert "No rows" in chart_rows(plot_tone_by_period(monthly.clear()))[0]["message"]
    assert "No rows" in chart_rows(plot_tone_by_outlet(monthly.clear()))[0]["message"]


def test_compare_explorer_tone_per_period_sources_and_claims():
    from toolkit.explore.search import CompareExplorer

    class R:
        pass

    r = R()
    r.articles, r.mentions, r.sentiment, r.quotes, r.claims = articles(), mentions(), sentiment(), quotes(), claims()  # type: ignore[attr-defined]
    ex = CompareExplorer(r, n_boot=50)  # type: ignore[arg-type]
    assert ex.actors.value == ("UN",)
    assert ex.tone_table()["period"].null_count() == ex.tone_table().height  # all dates pooled
    ex.tone_by.value = "per period"
    assert ex.tone_table().select("outlet", pl.col("period").cast(pl.String), "n").rows() == [
        ("AFP", "2024-01-01", 3), ("AFP", "2024-02-01", 1), ("AP", "2024-01-01", 1)]  # fmt: skip
    assert "by outlet and period" in ex.tone.html.value
    ex.voice.value = "quoted"
    assert ex.tone_table().select("outlet", "n").rows() == [("AFP", 1)]
    assert "Who each outlet quotes" in ex.sources.html.value and "per speaker" in ex.sources.html.value
    ex.sources_by.value = "actor_type"
    assert "per actor type" in ex.sources.html.value
    assert [v for _, v in ex.counted.options] == ["", "killed", "aid"]
    ex.counted.value = "aid"
    assert set(ex.claims_table()["unit"].to_list()) == {"EUR", "USD"}
    ex.actors.value = ()
    assert "Pick one or more actors" in ex.tone.html.value
    snap = ex.snapshot()
    assert "tone: per period, voice quoted" in snap and "claims: aid" in snap
    with pytest.raises(ValueError, match="tone_by"):
        CompareExplorer(r, tone_by="weekly")  # type: ignore[arg-type]
