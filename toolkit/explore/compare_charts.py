"""Charts of searches and comparisons: where matches fall, how often over time, and outlets side by side.

Tables in: the concordance of :func:`toolkit.measure.search.kwic` with ``articles``, and the tables of
:mod:`toolkit.measure.compare`. Tables out: none (altair charts, never displayed here; render them as
:mod:`toolkit.explore.charts` does: :func:`toolkit.explore.charts.chart_html`, offline).

As in :mod:`toolkit.explore.charts`, every function accepts an empty table and returns a chart that says so,
aggregates before it draws, and puts a tooltip on every mark.

>>> from toolkit.measure.search import KWIC_SCHEMA
>>> chart = plot_dispersion(pl.DataFrame(schema=KWIC_SCHEMA), pl.DataFrame({"article_id": [], "text": []}))
>>> "No matches" in str(chart.to_dict())
True
"""

from __future__ import annotations

from typing import Any

import altair as alt
import polars as pl

from toolkit.core.errors import check_choice
from toolkit.core.schema import require_columns
from toolkit.explore.charts import COUNT_AXIS, WIDTH, AnyChart, message_chart, more_note

EVERY = {"day": "1d", "week": "1w", "month": "1mo"}
MAX_ARTICLES = 30
"""Most articles the dispersion plot draws as rows (those with most matches)."""
TOP_OUTLETS = 10


def _plain(df: pl.DataFrame) -> pl.DataFrame:
    return df.with_columns(pl.col(c).dt.strftime("%Y-%m-%d") for c, d in df.schema.items() if d == pl.Date)


def _short(col: str, n: int = 80) -> pl.Expr:
    c = pl.col(col).cast(pl.String).fill_null("")
    return pl.when(c.str.len_chars() > n).then(c.str.slice(0, n) + "…").otherwise(c).alias(col)


def dispersion_frame(hits: pl.DataFrame, articles: pl.DataFrame, *, top: int = MAX_ARTICLES) -> tuple[pl.DataFrame, int]:
    """(one row per match of the ``top`` articles with most matches, with ``position``: the match's start
    as a share of the article's length, and ``article``: a label; number of articles with a match).

    >>> hits = pl.DataFrame({"article_id": ["a"], "sentence_id": [0], "char_start": [5], "char_end": [9],
    ...                      "left": [""], "match": ["Gaza"], "right": [""]})
    >>> dispersion_frame(hits, pl.DataFrame({"article_id": ["a"], "text": ["x" * 10]}))[0]["position"].to_list()
    [0.5]
    """
    require_columns(articles, ["article_id", "text"], what="plot_dispersion")
    per = hits.group_by("article_id").len("n_matches")
    total = per.height
    keep = per.sort(["n_matches", "article_id"], descending=[True, False]).head(top)
    cols = [c for c in ("title", "outlet", "published") if c in articles.columns]
    arts = articles.select("article_id", pl.col("text").str.len_chars().alias("_len"), *cols)
    title = pl.col("title").fill_null("(no title)") if "title" in cols else pl.lit("(no title)")
    frame = (
        hits.join(keep, on="article_id", how="inner").join(arts, on="article_id", how="left")
        .with_columns((pl.col("char_start") / pl.col("_len").clip(1)).round(4).alias("position"),
                      (title.str.slice(0, 40) + " [" + pl.col("article_id").str.slice(0, 8) + "]").alias("article"))
        .sort("article_id", "char_start")
    )  # fmt: skip
    return frame, total


def plot_dispersion(hits: pl.DataFrame, articles: pl.DataFrame, *, top: int = MAX_ARTICLES) -> AnyChart:
    """Where in each article the matches fall: one row per article (the ``top`` with most matches), a tick
    per match at its position (0 = the start of the text, 1 = its end). Click a tick to open its line."""
    if hits.height == 0:
        return message_chart("No matches to draw.")
    frame, total = dispersion_frame(hits, articles, top=top)
    data = _plain(frame.select("article_id", "sentence_id", "char_start", "article", "position", "n_matches",
                               _short("left", 60), _short("match", 40), _short("right", 60)))  # fmt: skip
    pick = alt.selection_point(name="hit", fields=["article_id", "char_start"], on="click", clear="dblclick")
    return (
        alt.Chart(data)
        .mark_tick(thickness=2, size=14)
        .encode(
            x=alt.X("position:Q", scale=alt.Scale(domain=[0, 1]), title="position in the article (0 = start, 1 = end)"),
            y=alt.Y("article:N", title=None, sort=alt.EncodingSortField("n_matches", order="descending")),
            color=alt.condition(pick, alt.value("#4c78a8"), alt.value("#bbb")),
            tooltip=["article:N", "sentence_id:Q", "left:N", "match:N", "right:N", alt.Tooltip("position:Q", format=".2f")],
        )
        .add_params(pick)
        .properties(width=WIDTH - 200, height=alt.Step(18),
                    title=f"Where the matches fall ({hits.height:,} matches{more_note(min(top, total), total, 'articles')})")
    )  # fmt: skip


def matches_over_time(hits: pl.DataFrame, articles: pl.DataFrame, *, period: str = "month", top_outlets: int = TOP_OUTLETS) -> pl.DataFrame:
    """Matches and articles with a match per period and outlet (outlets beyond the ``top_outlets`` largest pooled).

    >>> import datetime as dt
    >>> hits = pl.DataFrame({"article_id": ["a", "a", "b"], "char_start": [0, 9, 0]})
    >>> arts = pl.DataFrame({"article_id": ["a", "b"], "outlet": ["AP", "AP"], "published": [dt.date(2024, 3, 2)] * 2})
    >>> matches_over_time(hits, arts).select("outlet", "n_matches", "n_articles").rows()
    [('AP', 3, 2)]
    """
    check_choice("period", period, tuple(EVERY))
    require_columns(articles, ["article_id", "published"], what="matches_over_time")
    outlet = pl.col("outlet").fill_null("(unknown)") if "outlet" in articles.columns else pl.lit("(unknown)")
    arts = articles.select("article_id", outlet.alias("outlet"),
                           pl.col("published").cast(pl.Date, strict=False).dt.truncate(EVERY[period]).alias("period"))  # fmt: skip
    df = hits.select("article_id").join(arts, on="article_id", how="inner").drop_nulls("period")
    sizes = df.group_by("outlet").len().sort(["len", "outlet"], descending=[True, False])
    if sizes.height > top_outlets:
        keep = sizes["outlet"].head(top_outlets).to_list()
        df = df.with_columns(pl.when(pl.col("outlet").is_in(keep)).then(pl.col("outlet")).otherwise(pl.lit("(other outlets)")))
    return (
        df.group_by("period", "outlet")
        .agg(pl.len().cast(pl.Int64).alias("n_matches"), pl.col("article_id").n_unique().cast(pl.Int64).alias("n_articles"))
        .sort("period", "outlet")
    )


def plot_matches_over_time(hits: pl.DataFrame, articles: pl.DataFrame, *, period: str = "month") -> AnyChart:
    """Matches per period, stacked by outlet (tooltip: matches and articles with a match)."""
    if hits.height == 0:
        return message_chart("No matches to count.")
    if "published" not in articles.columns:
        return message_chart("No publication dates in the articles table.")
    counts = matches_over_time(hits, articles, period=period)
    if counts.height == 0:
        return message_chart("No publication dates for the articles with a match.")
    return (
        alt.Chart(_plain(counts))
        .mark_bar()
        .encode(x=alt.X("period:T", title=f"published (per {period})"),
                y=alt.Y("sum(n_matches):Q", title="matches", axis=COUNT_AXIS), color=alt.Color("outlet:N"),
                tooltip=[alt.Tooltip("period:T", title=period), "outlet:N", "n_matches:Q", "n_articles:Q"])  # fmt: skip
        .properties(width=WIDTH - 120, height=160, title=f"Matches over time (per {period})")
    )


def plot_share_by_period(table: pl.DataFrame, *, title: str = "Share of the outlet's articles mentioning the actor") -> AnyChart:
    """A :func:`toolkit.measure.compare.mentions_by_period` table: the share per period, a line per outlet
    with its Wilson interval as a band (one panel per actor when there are several, up to 6)."""
    require_columns(table, ["period", "outlet", "actor_label", "share", "share_low", "share_high", "n"], what="plot_share_by_period")
    df = table.drop_nulls("period").drop_nulls("share")
    if df.height == 0:
        return message_chart("No rows: no mention with a publication date.")
    actors = df.group_by("actor_label").agg(pl.col("n_mentions").sum()).sort(["n_mentions", "actor_label"], descending=[True, False])
    df = df.filter(pl.col("actor_label").is_in(actors["actor_label"].head(6).to_list()))
    base = alt.Chart(_plain(df)).encode(x=alt.X("period:T", title="period"), color=alt.Color("outlet:N"))
    band = base.mark_area(opacity=0.15).encode(y=alt.Y("share_low:Q", title="share of articles (95% Wilson)"), y2="share_high:Q")
    line = base.mark_line(point=True).encode(
        y="share:Q",
        tooltip=[alt.Tooltip("period:T"), "outlet:N", "actor_label:N", "n_mentions:Q", "n_articles:Q",
                 alt.Tooltip("n:Q", title="n (articles)"), alt.Tooltip("share:Q", format=".2f"),
                 alt.Tooltip("share_low:Q", format=".2f"), alt.Tooltip("share_high:Q", format=".2f")],
    )  # fmt: skip
    chart: Any = alt.layer(band, line).properties(width=WIDTH - 160, height=160)
    if actors.height > 1:
        chart = chart.facet(row=alt.Row("actor_label:N", title=None))
    return chart.properties(title=title + more_note(min(6, actors.height), actors.height, "actors"))


def plot_tone_by_outlet(table: pl.DataFrame) -> AnyChart:
    """A :func:`toolkit.measure.compare.tone_by_outlet` table: mean tone per outlet (and period) with its
    interval; one row per outlet, a point per period."""
    require_columns(table, ["outlet", "actor_label", "n", "mean_compound", "ci_low", "ci_high"], what="plot_tone_by_outlet")
    if table.height == 0:
        return message_chart("No rows: no sentence mentions the actor.")
    df = _plain(table.with_columns(pl.col("period").cast(pl.String).fill_null("all dates") if "period" in table.columns else pl.lit("all dates").alias("period")))
    df = df.with_columns(pl.col("period").cast(pl.String))
    base = alt.Chart(df).encode(y=alt.Y("outlet:N", title=None), yOffset=alt.YOffset("period:N"), color=alt.Color("period:N"))
    rule = base.mark_rule().encode(x=alt.X("ci_low:Q", title="mean compound (95% bootstrap interval)"), x2="ci_high:Q",
                                   tooltip=["outlet:N", "period:N", alt.Tooltip("ci_low:Q", format=".3f"), alt.Tooltip("ci_high:Q", format=".3f")])  # fmt: skip
    pt = base.mark_point(filled=True).encode(
        x="mean_compound:Q",
        tooltip=["actor_label:N", "outlet:N", "period:N", alt.Tooltip("n:Q", title="n (sentences)"),
                 alt.Tooltip("mean_compound:Q", format=".3f"), alt.Tooltip("ci_low:Q", format=".3f"), alt.Tooltip("ci_high:Q", format=".3f")],
    )  # fmt: skip
    labels = ", ".join(sorted(set(table["actor_label"].drop_nulls().to_list())))[:80]
    return alt.layer(rule, pt).properties(width=WIDTH - 200, title=f"Tone around {labels} by outlet")
