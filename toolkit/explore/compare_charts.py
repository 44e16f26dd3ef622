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
from toolkit.explore.charts import (
    COUNT_AXIS,
    WIDTH,
    AnyChart,
    date_tip,
    date_x,
    message_chart,
    more_note,
    no_match,
)
from toolkit.measure.compare import wilson

EVERY = {"day": "1d", "week": "1w", "month": "1mo"}
MAX_ARTICLES = 30
"""Most articles the dispersion plot draws as rows (those with most matches)."""
TOP_OUTLETS = 10
TOP_SOURCES = 12
"""Most speakers (or actor types) the sources chart draws (the others pooled)."""
TOP_PANELS = 8
"""Most category, unit and place panels the claims chart draws (those with most claims)."""


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
        .encode(x=date_x("period", f"published (per {period})", period=period),
                y=alt.Y("sum(n_matches):Q", title="matches", axis=COUNT_AXIS), color=alt.Color("outlet:N"),
                tooltip=[date_tip("period", f"{period} from"), "outlet:N", "n_matches:Q", "n_articles:Q"])  # fmt: skip
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
    base = alt.Chart(_plain(df)).encode(x=date_x("period", "period (first day)"), color=alt.Color("outlet:N"))
    band = base.mark_area(opacity=0.15).encode(y=alt.Y("share_low:Q", title="share of articles (95% Wilson)"), y2="share_high:Q")
    line = base.mark_line(point=True).encode(
        y="share:Q",
        tooltip=[date_tip("period"), "outlet:N", "actor_label:N", "n_mentions:Q", "n_articles:Q",
                 alt.Tooltip("n:Q", title="n (articles)"), alt.Tooltip("share:Q", format=".2f"),
                 alt.Tooltip("share_low:Q", format=".2f"), alt.Tooltip("share_high:Q", format=".2f")],
    )  # fmt: skip
    chart: Any = alt.layer(band, line).properties(width=WIDTH - 160, height=160)
    if actors.height > 1:
        chart = chart.facet(row=alt.Row("actor_label:N", title=None))
    return chart.properties(title=title + more_note(min(6, actors.height), actors.height, "actors"))


def _tone_frame(table: pl.DataFrame) -> pl.DataFrame:
    period = pl.col("period").cast(pl.String).fill_null("all dates") if "period" in table.columns else pl.lit("all dates")
    return _plain(table).with_columns(period.alias("period"))


def _tone_tip(*, dated: bool = False) -> list[Any]:
    period = date_tip("period", "period (first day)") if dated else "period:N"  # a date axis parses the column as dates
    return ["actor_label:N", "outlet:N", period, alt.Tooltip("n:Q", title="n (sentences)"),
            alt.Tooltip("mean_compound:Q", format=".3f"), alt.Tooltip("ci_low:Q", format=".3f"), alt.Tooltip("ci_high:Q", format=".3f")]  # fmt: skip


def _top_actors(df: pl.DataFrame, top: int = 6) -> tuple[pl.DataFrame, str]:
    """The rows of the ``top`` actors with most sentences, and the title's note on the others."""
    actors = df.group_by("actor_label").agg(pl.col("n").sum()).sort(["n", "actor_label"], descending=[True, False])
    keep = actors["actor_label"].head(top).to_list()
    return df.filter(pl.col("actor_label").is_in(keep)), more_note(min(top, actors.height), actors.height, "actors")


def plot_tone_by_outlet(table: pl.DataFrame) -> AnyChart:
    """A :func:`toolkit.measure.compare.tone_by_outlet` table: mean tone per outlet (and period) with its
    interval; one row per outlet, a point per period (``all dates`` when the table pools them), one
    panel per actor when there are several (up to 6)."""
    require_columns(table, ["outlet", "actor_label", "n", "mean_compound", "ci_low", "ci_high"], what="plot_tone_by_outlet")
    if table.height == 0:
        return message_chart("No rows: no sentence mentions the actor.")
    df, note = _top_actors(_tone_frame(table))
    base = alt.Chart().encode(y=alt.Y("outlet:N", title=None), yOffset=alt.YOffset("period:N"), color=alt.Color("period:N"))
    rule = base.mark_rule().encode(x=alt.X("ci_low:Q", title="mean compound (95% bootstrap interval)"), x2="ci_high:Q", tooltip=_tone_tip())
    pt = base.mark_point(filled=True).encode(x="mean_compound:Q", tooltip=_tone_tip())
    chart: Any = alt.layer(rule, pt, data=df).properties(width=WIDTH - 200)
    labels = sorted(set(df["actor_label"].drop_nulls().to_list()))
    if len(labels) > 1:
        chart = chart.facet(row=alt.Row("actor_label:N", title=None))
    return chart.properties(title=f"Tone around {', '.join(labels)[:80]} by outlet{note}")


def plot_tone_by_period(table: pl.DataFrame) -> AnyChart:
    """A :func:`toolkit.measure.compare.tone_by_outlet` table computed with a ``period``: mean tone per
    period, a line per outlet, the bootstrap interval of each mean as a vertical rule (tooltip: the
    sentences it rests on); one panel per actor when there are several (up to 6). Rows without a date
    are left out."""
    require_columns(table, ["outlet", "actor_label", "period", "n", "mean_compound", "ci_low", "ci_high"], what="plot_tone_by_period")
    df = table.drop_nulls("period")
    if df.height == 0:
        return message_chart("No rows: no dated sentence mentions the actor." if table.height else "No rows: no sentence mentions the actor.")
    df, note = _top_actors(df)
    df = _plain(df)
    base = alt.Chart().encode(x=date_x("period", "period (first day)", padding=16, labelAngle=-30), color=alt.Color("outlet:N"))
    rule = base.mark_rule(opacity=0.5, strokeWidth=2).encode(y=alt.Y("ci_low:Q", title="mean compound (95% CI)"), y2="ci_high:Q",
                                              tooltip=_tone_tip(dated=True))  # fmt: skip
    line = base.mark_line(point=True).encode(y="mean_compound:Q", tooltip=_tone_tip(dated=True))
    chart: Any = alt.layer(rule, line, data=df).properties(width=WIDTH - 160, height=160)
    labels = sorted(set(df["actor_label"].drop_nulls().to_list()))
    if len(labels) > 1:
        chart = chart.facet(row=alt.Row("actor_label:N", title=None))
    return chart.properties(title=f"Tone around {', '.join(labels)[:80]} by outlet and period{note}")


# ---------------------------------------------------------------- sources and claims


def sources_frame(table: pl.DataFrame, *, top: int = TOP_SOURCES, top_outlets: int = TOP_OUTLETS, level: float = 0.95) -> pl.DataFrame:
    """The rows :func:`plot_sources_by_outlet` draws, from a :func:`toolkit.measure.compare.sources_by_outlet`
    table (by speaker or by actor type): periods pooled, the ``top`` sources with most quotes kept (the
    others pooled as ``(other sources)``), outlets beyond the ``top_outlets`` largest pooled as
    ``(other outlets)``; shares and Wilson intervals recomputed on the pooled counts.

    Columns: ``outlet``, ``source`` (the speaker's label, or the actor type), ``actor_type``, ``n_quotes``,
    ``n_words``, ``n_articles`` (summed over periods), ``n`` (the outlet's quotes), ``share``,
    ``share_low``, ``share_high``, ``share_words``, ``n_speakers`` (by actor type only; summed over
    periods, so a speaker quoted in two periods counts twice).

    >>> t = pl.DataFrame({"outlet": ["AP", "AP"], "period": [None] * 2, "actor_type": ["person", None], "n_speakers": [2, 0],
    ...                   "n_quotes": [3, 1], "n_words": [30, 4], "n_articles": [2, 1], "n": [4, 4]})
    >>> sources_frame(t).select("outlet", "source", "n_quotes", "n", "share").rows()
    [('AP', 'person', 3, 4, 0.75), ('AP', '(no type)', 1, 4, 0.25)]
    """
    by_speaker = "speaker_label" in table.columns
    require_columns(table, ["outlet", "n_quotes", "n_words", "n_articles", "n"], what="plot_sources_by_outlet")
    period = pl.col("period") if "period" in table.columns else pl.lit(None, dtype=pl.Date)
    df = table.with_columns(
        (pl.col("speaker_label") if by_speaker else pl.col("actor_type")).cast(pl.String).fill_null("(no type)").alias("source"),
        (pl.col("actor_type") if "actor_type" in table.columns else pl.lit(None, dtype=pl.String)).alias("actor_type"),
        period.alias("_period"),
    )  # fmt: skip
    sizes = df.unique(["outlet", "_period"]).group_by("outlet").agg(pl.col("n").sum()).sort(["n", "outlet"], descending=[True, False])
    if sizes.height > top_outlets:
        keep = sizes["outlet"].head(top_outlets).to_list()
        df = df.with_columns(pl.when(pl.col("outlet").is_in(keep)).then(pl.col("outlet")).otherwise(pl.lit("(other outlets)")))
    totals = df.unique(["outlet", "_period"]).group_by("outlet").agg(pl.col("n").sum().cast(pl.Int64))
    ranked = df.group_by("source").agg(pl.col("n_quotes").sum()).sort(["n_quotes", "source"], descending=[True, False])
    if ranked.height > top:
        keep = ranked["source"].head(top).to_list()
        df = df.with_columns(pl.when(pl.col("source").is_in(keep)).then(pl.col("source")).otherwise(pl.lit("(other sources)")),
                             pl.when(pl.col("source").is_in(keep)).then(pl.col("actor_type")))  # fmt: skip
    extra = [pl.col("n_speakers").sum().cast(pl.Int64)] if "n_speakers" in df.columns else []
    out = (
        df.group_by("outlet", "source")
        .agg(pl.col("actor_type").drop_nulls().first(), pl.col("n_quotes").sum().cast(pl.Int64),
             pl.col("n_words").sum().cast(pl.Int64), pl.col("n_articles").sum().cast(pl.Int64), *extra)
        .join(totals, on="outlet", how="left")
    )  # fmt: skip
    lo, hi = wilson("n_quotes", "n", level=level)
    words = pl.col("n_words").sum().over("outlet")
    return out.with_columns(
        pl.when(pl.col("n") > 0).then(pl.col("n_quotes") / pl.col("n")).alias("share"), lo.alias("share_low"), hi.alias("share_high"),
        pl.when(words > 0).then(pl.col("n_words") / words).alias("share_words"),
    ).sort(["outlet", "n_quotes", "source"], descending=[False, True, False])  # fmt: skip


def plot_sources_by_outlet(table: pl.DataFrame, *, top: int = TOP_SOURCES) -> AnyChart:
    """A :func:`toolkit.measure.compare.sources_by_outlet` table: the share of each outlet's quotes per
    speaker (or actor type), a bar per outlet with its Wilson interval as a rule and the count
    (``quotes / the outlet's quotes``) as a label; tooltip: quotes, words, articles, the interval.
    Periods are pooled (:func:`sources_frame`); the ``top`` sources with most quotes are drawn."""
    require_columns(table, ["outlet", "n_quotes", "n"], what="plot_sources_by_outlet")
    if table.height == 0:
        return message_chart("No rows: no direct or partial quote in these articles.")
    df = sources_frame(table, top=top).with_columns(pl.format("{} / {}", "n_quotes", "n").alias("count"))
    what = "speaker" if "speaker_label" in table.columns else "actor type"
    tip = ["outlet:N", alt.Tooltip("source:N", title=what), "actor_type:N", "n_quotes:Q", alt.Tooltip("n:Q", title="n (outlet's quotes)"),
           alt.Tooltip("share:Q", format=".2f"), alt.Tooltip("share_low:Q", format=".2f"), alt.Tooltip("share_high:Q", format=".2f"),
           "n_words:Q", alt.Tooltip("share_words:Q", format=".2f", title="share of quoted words"), "n_articles:Q",
           *(["n_speakers:Q"] if "n_speakers" in df.columns else [])]  # fmt: skip
    order = df.group_by("source").agg(pl.col("n_quotes").sum()).sort(["n_quotes", "source"], descending=[True, False])["source"].to_list()
    base = alt.Chart().encode(y=alt.Y("source:N", title=None, sort=order), yOffset=alt.YOffset("outlet:N"), color=alt.Color("outlet:N"))
    bars = base.mark_bar(opacity=0.7).encode(x=alt.X("share:Q", title="share of the outlet's quotes (95% Wilson)",
                                                       scale=alt.Scale(domain=[0, 1])), tooltip=tip)  # fmt: skip
    rule = base.mark_rule(color="#333").encode(x="share_low:Q", x2="share_high:Q", tooltip=tip)
    text = base.mark_text(align="left", dx=4, fontSize=9, color="#333").encode(x="share_high:Q", text="count:N", tooltip=tip)
    n_sources = table.select(pl.col("speaker_label" if what == "speaker" else "actor_type").n_unique()).item()
    return alt.layer(bars, rule, text, data=df).properties(
        width=WIDTH - 200, height=alt.Step(12),
        title=f"Who each outlet quotes: share of its quotes per {what}{more_note(min(top, n_sources), n_sources, 'sources')}",
    )  # fmt: skip


def claims_frame(table: pl.DataFrame, *, counted: str | list[str] | None = None, unit: str | None = None,
                 top_panels: int = TOP_PANELS) -> tuple[pl.DataFrame, int]:
    """(the rows :func:`plot_claims_by_outlet` draws, the number of panels in all), from a
    :func:`toolkit.measure.compare.claims_by_outlet` table: ``panel`` = category, unit and place (one
    panel per unit, so units never share an axis), ``period`` as text (``all dates`` when pooled), only
    the ``top_panels`` panels with most claims; ``counted`` and ``unit`` keep those.

    >>> t = pl.DataFrame({"counted": ["killed", "killed"], "place": ["SDN", None], "unit": ["people", None], "outlet": ["AP", "AP"],
    ...                   "period": [None, None], "n": [2, 1], "value_min": [1.0, 2.0], "value_max": [3.0, 2.0], "value_mean": [2.0, 2.0]})
    >>> claims_frame(t)[0]["panel"].to_list()
    ['killed (people) in SDN', 'killed']
    """
    require_columns(table, ["counted", "unit", "outlet", "n", "value_min", "value_max", "value_mean"], what="plot_claims_by_outlet")
    df = table
    if counted is not None:
        df = df.filter(pl.col("counted").is_in([counted] if isinstance(counted, str) else list(counted)))
    if unit is not None:
        df = df.filter(pl.col("unit") == unit)
    place = pl.col("place") if "place" in df.columns else pl.lit(None, dtype=pl.String)
    panel = pl.concat_str(
        pl.col("counted").fill_null("(no category)"),
        pl.when(pl.col("unit").is_not_null()).then(pl.format(" ({})", "unit")).otherwise(pl.lit("")),
        pl.when(place.is_not_null()).then(pl.format(" in {}", place)).otherwise(pl.lit("")),
    )
    period = pl.col("period").cast(pl.String).fill_null("all dates") if "period" in df.columns else pl.lit("all dates")
    df = df.with_columns(panel.alias("panel"), period.alias("period"))
    panels = df.group_by("panel").agg(pl.col("n").sum()).sort(["n", "panel"], descending=[True, False])
    keep = panels["panel"].head(top_panels).to_list()
    out = df.filter(pl.col("panel").is_in(keep)).with_columns(pl.col("panel").cast(pl.Enum(keep))).sort("panel", "outlet", "period")
    return _plain(out.with_columns(pl.col("panel").cast(pl.String))), panels.height


def plot_claims_by_outlet(table: pl.DataFrame, *, counted: str | list[str] | None = None, unit: str | None = None,
                          top_panels: int = TOP_PANELS) -> AnyChart:
    """A :func:`toolkit.measure.compare.claims_by_outlet` table: the figures each outlet gave for the same
    category, unit and place; one panel each (units never share an axis: a separate panel, its own
    scale), a row per outlet: the range (min–max) as a thin rule, the bootstrap interval of the mean as a
    thick one, the mean as a point and the number of claims as a label; a point per period (color) when
    the table has periods. ``counted``/``unit`` keep those; the ``top_panels`` panels with most claims."""
    df, total = claims_frame(table, counted=counted, unit=unit, top_panels=top_panels)
    if df.height == 0:
        if table.height and (counted or unit):
            return no_match("claims_by_outlet", table.height, " and ".join(f"{k} = {v}" for k, v in (("category", counted), ("unit", unit)) if v))
        return message_chart("No rows: no claim with a value in these articles.")
    df = df.with_columns(pl.format("n={}", "n").alias("count"))
    tip = ["panel:N", "outlet:N", "period:N", alt.Tooltip("n:Q", title="n (claims)"),
           *[c for c in ("n_articles:Q", "n_sources:Q") if c.split(":")[0] in df.columns],
           "value_min:Q", *(["value_median:Q"] if "value_median" in df.columns else []), "value_max:Q",
           alt.Tooltip("value_mean:Q", format=",.4~g"),
           *[alt.Tooltip(c, format=",.4~g") for c in ("ci_low:Q", "ci_high:Q") if c.split(":")[0] in df.columns],
           *(["latest_value:Q"] if "latest_value" in df.columns else [])]  # fmt: skip
    base = alt.Chart().encode(y=alt.Y("outlet:N", title=None), yOffset=alt.YOffset("period:N"), color=alt.Color("period:N"))
    layers: list[Any] = [base.mark_rule(opacity=0.4).encode(x=alt.X("value_min:Q", title="value (range; mean with 95% bootstrap interval)"),
                                                            x2="value_max:Q", tooltip=tip)]  # fmt: skip
    if "ci_low" in df.columns and "ci_high" in df.columns:
        layers.append(base.mark_rule(strokeWidth=3).encode(x="ci_low:Q", x2="ci_high:Q", tooltip=tip))
    layers.append(base.mark_point(filled=True, size=50).encode(x="value_mean:Q", tooltip=tip))
    layers.append(base.mark_text(align="left", dx=6, fontSize=9, color="#333").encode(x="value_max:Q", text="count:N", tooltip=tip))
    return (
        alt.layer(*layers, data=df)
        .properties(width=WIDTH - 220)
        .facet(row=alt.Row("panel:N", title=None, sort=list(dict.fromkeys(df["panel"].to_list())),
                           header=alt.Header(labelAngle=0, labelAlign="left", labelLimit=0)))
        .resolve_scale(x="independent", y="independent")
        .properties(title="Figures each outlet gave for the same category, unit and place" + more_note(min(top_panels, total), total, "panels"))
    )  # fmt: skip
