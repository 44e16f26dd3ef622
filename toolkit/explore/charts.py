"""Charts of the toolkit's tables: ``plot_*`` functions return an altair chart and never display it.

Tables in: ``articles``, ``sentences``, ``mentions``, ``cooc_edges``, ``sentiment``, ``actor_sentiment``,
``claims``, ``claim_ledger``, ``places``. Tables out: none (one helper, :func:`filter_edges`, returns ``cooc_edges``
rows with labels and a ``score`` column).

Every ``plot_*`` function accepts an empty table and then returns a chart that says so ("No rows: ...",
or "No rows match <the filter>" when a filter leaves nothing) instead of failing, so notebooks run top
to bottom on any corpus. Charts aggregate before they draw (counts per period, means with intervals,
the top N with "and K more" in the title, a large claim ledger as medians per day and source), so a
chart holds at most a few thousand rows whatever the corpus size. Every mark has a tooltip.

Charts work offline: :func:`use_offline_renderer` makes altair display each chart live in JupyterLab
(altair's ``JupyterChart`` with the Vega bundle of ``vl-convert``: :mod:`toolkit.explore.live`) followed by a
static snapshot, inline SVG (drawn by ``vl-convert``, no CDN) plus its Vega-Lite spec, which
:mod:`toolkit.explore.report` turns into an interactive chart with an inlined Vega bundle.

>>> import polars as pl
>>> from toolkit.core.schema import empty
>>> chart = plot_actor_tone(empty("actor_sentiment"))
>>> "No rows" in str(chart.to_dict())
True
"""

from __future__ import annotations

import html
import json
import math
from collections.abc import Iterable, Sequence
from typing import Any, Literal

import altair as alt
import polars as pl

from toolkit.core import cache
from toolkit.core.errors import check_choice
from toolkit.core.resources import data_path
from toolkit.core.schema import require_columns

_WHOLE_LABELS = "datum.value % 1 ? '' : datum.label"  # Vega may still place a tick at 0.5 on a 0-1 domain
COUNT_AXIS = alt.Axis(tickMinStep=1, format="d", labelExpr=_WHOLE_LABELS)
"""Axis of a count: whole-number ticks only (no 0.2 articles)."""
COUNT_LEGEND = alt.Legend(tickMinStep=1, format="d", labelExpr=_WHOLE_LABELS)
"""Legend of a count: whole numbers only (no 1.2 windows)."""

Measure = Literal["npmi", "pmi", "dice", "llr", "n_units"]
MEASURE_CHOICES: tuple[str, ...] = ("npmi", "pmi", "dice", "llr", "n_units")
Window = Literal["sentence", "paragraph", "article"]
WINDOW_CHOICES: tuple[str, ...] = ("sentence", "paragraph", "article")
Voice = Literal["all", "narrator", "quoted", "mixed"]
VOICE_CHOICES: tuple[str, ...] = ("all", "narrator", "quoted", "mixed")

VOICE_COLORS = {"narrator": "#4c78a8", "quoted": "#e45756", "mixed": "#9d755d", "all": "#54a24b"}
"""Colour of each voice, the same in every chart."""

TYPE_COLORS = {
    "person": "#4c78a8", "state": "#f58518", "organization": "#54a24b", "armed_group": "#e45756",
    "group": "#72b7b2", "location": "#b279a2", "other": "#9d755d",
}  # fmt: skip
"""Colour of each actor type, the same in every chart and in highlighted articles."""

WIDTH = 560
"""Width of a full-width chart: it fits, with its legend, a 1,280-pixel JupyterLab panel."""
HEATMAP_SIDE = 400
NETWORK_WIDTH = 440
"""The heatmap and the network drawing side by side fit a 1,280-pixel panel (and wrap when narrower)."""
MAX_SERIES = 8
"""Most articles the sentence tone chart draws as their own labelled lines; more are averaged."""
MAX_POINTS = 1500
"""Most rows a chart inlines before it aggregates (claim ledger: per day, source and panel)."""
TOP_SOURCES = 10
TOP_OUTLETS = 10
TOP_PANELS = 8

DEFAULT_CONFIG: dict[str, Any] = {
    "legend": {"labelLimit": 0, "titleLimit": 0},  # full labels ("armed_group", "organization")
    "axis": {"labelLimit": 260},
    "title": {"limit": 0},
}
"""Vega-Lite config merged into every chart's spec (:func:`chart_spec`), under the chart's own."""

AnyChart = alt.TopLevelMixin
"""What ``plot_*`` functions return: an altair chart (single, layered or faceted)."""
MAX_TOOLTIP_CHARS = 200


# ---------------------------------------------------------------- helpers


def message_chart(message: str, *, width: int = WIDTH) -> AnyChart:
    """A chart that shows one line of text: what the notebooks draw when a table has no rows.

    >>> message_chart("No rows: the claims table is empty").to_dict()["mark"]["type"]
    'text'
    """
    return (
        alt.Chart(alt.Data(values=[{"message": message}]))
        .mark_text(align="left", baseline="middle", fontSize=14, color="#555", x=5, y=20)
        .encode(text="message:N", tooltip=alt.Tooltip("message:N", title="note"))
        .properties(width=width, height=40)
    )


DATE_FORMATS = {"day": "%Y-%m-%d", "week": "%Y-%m-%d", "month": "%Y-%m", "quarter": "%Y-%m", "year": "%Y"}
"""How a date axis labels its ticks, by the period of its bars or points (ISO order: year first)."""


def date_x(field: str, title: str, *, period: str = "day", padding: float | None = None, **axis: Any) -> alt.X:
    """A date axis read and labelled in UTC, so a date is the same day in every reader's time zone.

    The tables hold calendar dates (``"2024-03-22"``); browsers read such a string as midnight UTC but
    label a plain time axis in local time, so west of Greenwich every bar would sit on the day before.
    A ``utc`` scale labels it as written, in ISO form (``DATE_FORMATS``: per month ``2024-03``).

    >>> x = date_x("published", "published (per month)", period="month").to_dict()
    >>> x["scale"]["type"], x["axis"]["format"], x["type"]
    ('utc', '%Y-%m', 'temporal')
    """
    scale = alt.Scale(type="utc") if padding is None else alt.Scale(type="utc", padding=padding)
    return alt.X(f"{field}:T", title=title, scale=scale, axis=alt.Axis(format=DATE_FORMATS.get(period, "%Y-%m-%d"), **axis))


def date_tip(field: str, title: str | None = None) -> alt.Tooltip:
    """A tooltip line showing a date column as written (``2024-03-22``, in UTC like :func:`date_x`).

    >>> date_tip("published").to_dict()["timeUnit"]
    'utcyearmonthdate'
    """
    return alt.Tooltip(f"{field}:T", title=title or field, timeUnit="utcyearmonthdate", format="%Y-%m-%d")


def _no_rows(table: str, why: str = "") -> AnyChart:
    return message_chart(f"No rows: the {table} table is empty{' ' + why if why else ''}.")


def no_match(table: str, n_rows: int, filters: str) -> AnyChart:
    """The chart of a filter that matches nothing: which filter, and that the table itself has rows.

    >>> no_match("claim_ledger", 12, "source = UN").to_dict()["data"]["values"][0]["message"]
    'No rows match source = UN (the claim_ledger table has 12 rows).'
    """
    return message_chart(f"No rows match {filters} (the {table} table has {n_rows:,} rows).")


def more_note(shown: int, total: int, what: str) -> str:
    """``"top 30 of 120 actors"``-style words for a title (empty when everything is shown).

    >>> more_note(30, 120, "actors"), more_note(5, 5, "actors")
    (', top 30 and 90 more actors', '')
    """
    return f", top {shown} and {total - shown:,} more {what}" if total > shown else ""


def mean_ci(df: pl.DataFrame, by: Sequence[str], value: str = "compound") -> pl.DataFrame:
    """Per group of ``by``: ``n``, ``mean``, and a 95% interval of the mean (normal approximation,
    mean ± 1.96 standard errors; one value gives an interval of zero width). Charts draw these few
    rows instead of every sentence.

    >>> mean_ci(pl.DataFrame({"g": ["a", "a", "b"], "compound": [0.0, 1.0, 0.5]}), ["g"]).rows()
    [('a', 2, 0.5, -0.48, 1.48), ('b', 1, 0.5, 0.5, 0.5)]
    """
    se = (pl.col(value).std() / pl.len().sqrt()).fill_null(0.0).fill_nan(0.0)
    return (
        df.drop_nulls(value)
        .group_by(by)
        .agg(pl.len().alias("n"), pl.col(value).mean().alias("mean"), se.alias("_se"))
        .with_columns((pl.col("mean") - 1.96 * pl.col("_se")).round(6).alias("ci_low"),
                      (pl.col("mean") + 1.96 * pl.col("_se")).round(6).alias("ci_high"))  # fmt: skip
        .drop("_se")
        .sort(by)
    )


def _short(col: str, n: int = MAX_TOOLTIP_CHARS) -> pl.Expr:
    """Text column cut to ``n`` characters (tooltips stay readable)."""
    c = pl.col(col).cast(pl.String)
    return pl.when(c.str.len_chars() > n).then(c.str.slice(0, n) + "…").otherwise(c).alias(col)


def _plain(df: pl.DataFrame) -> pl.DataFrame:
    """Dates as ISO strings and no list columns: what Vega-Lite reads the same everywhere."""
    exprs = []
    for c, d in df.schema.items():
        if d == pl.Date or isinstance(d, pl.Datetime):
            exprs.append(pl.col(c).dt.strftime("%Y-%m-%d"))
        elif isinstance(d, pl.List):
            exprs.append(pl.col(c).cast(pl.List(pl.String)).list.join(","))
        else:
            exprs.append(pl.col(c))
    return df.select(exprs)


def _actor_labels(mentions: pl.DataFrame | None) -> pl.DataFrame:
    """actor_id -> actor_label, actor_type (most frequent label and type of each actor)."""
    schema = {"actor_id": pl.String, "actor_label": pl.String, "actor_type": pl.String}
    if mentions is None or mentions.height == 0:
        return pl.DataFrame(schema=schema)
    return (
        mentions.filter(pl.col("actor_id").is_not_null())
        .group_by("actor_id")
        .agg(pl.col("actor_label").drop_nulls().mode().first(), pl.col("actor_type").drop_nulls().mode().first())
        .sort("actor_id")
        .cast(schema)  # type: ignore[arg-type]
    )


# ---------------------------------------------------------------- co-occurrence


def filter_edges(
    edges: pl.DataFrame,
    mentions: pl.DataFrame | None = None,
    *,
    window: Window = "sentence",
    measure: Measure = "npmi",
    min_count: int = 1,
    actor_types: Iterable[str] | None = None,
    top: int | None = None,
) -> pl.DataFrame:
    """``cooc_edges`` rows of one window with at least ``min_count`` shared windows, best first.

    Adds ``label_a``/``label_b`` and ``type_a``/``type_b`` (from ``mentions``; the id when unknown)
    and ``score`` (the chosen ``measure``). ``actor_types`` keeps pairs whose two actors are both of
    these types. ``top`` keeps the best ``top`` pairs.

    >>> e = pl.DataFrame({"actor_a": ["HAM"], "actor_b": ["ISR"], "window": ["sentence"], "n_units": [3],
    ...                   "npmi": [0.4], "pmi": [1.2], "dice": [0.5], "llr": [2.0]})
    >>> filter_edges(e, min_count=2)["score"].to_list()
    [0.4]
    >>> filter_edges(e, measure="size")
    Traceback (most recent call last):
    ...
    ValueError: invalid measure='size'; valid values: 'npmi', 'pmi', 'dice', 'llr', 'n_units'
    """
    check_choice("window", window, WINDOW_CHOICES)
    check_choice("measure", measure, MEASURE_CHOICES)
    require_columns(edges, ["actor_a", "actor_b", "window", "n_units", measure], what="filter_edges")
    labels = _actor_labels(mentions)
    out = edges.filter((pl.col("window") == window) & (pl.col("n_units") >= min_count))
    for side in ("a", "b"):
        out = out.join(
            labels.rename({"actor_id": f"actor_{side}", "actor_label": f"label_{side}", "actor_type": f"type_{side}"}),
            on=f"actor_{side}",
            how="left",
        ).with_columns(
            pl.col(f"label_{side}").fill_null(pl.col(f"actor_{side}")),
            pl.col(f"type_{side}").fill_null("other"),
        )
    if actor_types is not None:
        types = list(actor_types)
        out = out.filter(pl.col("type_a").is_in(types) & pl.col("type_b").is_in(types))
    out = out.with_columns(pl.col(measure).cast(pl.Float64).alias("score")).sort(
        ["score", "n_units", "actor_a", "actor_b"], descending=[True, True, False, False], nulls_last=True
    )
    return out.head(top) if top is not None else out


def _filters_note(window: str, min_count: int, actor_types: Iterable[str] | None) -> str:
    types = f", actor types {', '.join(actor_types)}" if actor_types is not None else ""
    return f"window={window!r}, min count {min_count}{types}"


def _chosen_edges(
    edges: pl.DataFrame, mentions: pl.DataFrame | None, *, window: Window, measure: Measure, min_count: int,
    actor_types: Iterable[str] | None,
) -> tuple[pl.DataFrame, AnyChart | None]:
    """The pairs the co-occurrence charts draw (:func:`filter_edges`), or the message chart to show instead
    (no edges at all, or none that the filters keep)."""
    types = list(actor_types) if actor_types is not None else None
    sel = filter_edges(edges, mentions, window=window, measure=measure, min_count=min_count, actor_types=types)
    if sel.height:
        return sel, None
    if edges.height == 0:
        return sel, _no_rows("cooc_edges")
    return sel, no_match("cooc_edges", edges.height, _filters_note(window, min_count, types))


def plot_cooc_heatmap(
    edges: pl.DataFrame,
    mentions: pl.DataFrame | None = None,
    *,
    window: Window = "sentence",
    measure: Measure = "npmi",
    min_count: int = 1,
    actor_types: Iterable[str] | None = None,
    top_actors: int = 30,
) -> AnyChart:
    """Heatmap of actor pairs coloured by an association ``measure`` (both triangles filled).

    Rows and columns are the ``top_actors`` actors with the most shared windows (the title says how
    many more there are). Clicking a cell selects the pair (point selection ``pair`` on the actor ids
    ``actor_a``/``actor_b``): the network explorer then shows its sentences.
    """
    sel, message = _chosen_edges(edges, mentions, window=window, measure=measure, min_count=min_count, actor_types=actor_types)
    if message is not None:
        return message
    cols = ["actor_a", "actor_b", "score", "n_units"]
    both = pl.concat(
        [
            sel.select(pl.col("label_a").alias("row"), pl.col("label_b").alias("col"), *cols),
            sel.select(pl.col("label_b").alias("row"), pl.col("label_a").alias("col"), *cols),
        ]
    )
    keep = both.group_by("row").agg(pl.col("n_units").sum()).sort(["n_units", "row"], descending=[True, False])
    keep_labels = keep["row"].head(top_actors).to_list()
    data = both.filter(pl.col("row").is_in(keep_labels) & pl.col("col").is_in(keep_labels))
    side = max(200, min(HEATMAP_SIDE, 16 * len(keep_labels)))
    scale = alt.Scale(scheme="redblue", domain=[-1, 1]) if measure == "npmi" else alt.Scale(scheme="blues")
    pick = alt.selection_point(name="pair", fields=["actor_a", "actor_b"], on="click", clear="dblclick")
    return (
        alt.Chart(data)
        .mark_rect(cursor="pointer")
        .encode(
            x=alt.X("col:N", title=None, sort=keep_labels, axis=alt.Axis(labelAngle=-45)),
            y=alt.Y("row:N", title=None, sort=keep_labels),
            color=alt.Color("score:Q", title=measure, scale=scale),
            opacity=alt.condition(pick, alt.value(1.0), alt.value(0.35)),
            tooltip=[alt.Tooltip("row:N", title="actor"), alt.Tooltip("col:N", title="with"),
                     alt.Tooltip("score:Q", title=measure, format=".3f"), alt.Tooltip("n_units:Q", title="windows")],
        )  # fmt: skip
        .add_params(pick)
        .properties(
            width=side, height=side,
            title=f"Actor pairs by {measure} ({window} window{more_note(len(keep_labels), keep.height, 'actors')})",
        )  # fmt: skip
    )


def layout_network(sel: pl.DataFrame, *, seed: int = 0) -> tuple[pl.DataFrame, pl.DataFrame]:
    """Node and edge positions of a spring layout (networkx, fixed ``seed``) for :func:`filter_edges` rows.

    Returns ``(nodes, edges)``: nodes ``label, actor_type, degree, x, y``; edges ``label_a, label_b,
    score, n_units, x, y, x2, y2`` (and ``actor_a, actor_b`` when ``sel`` has the ids).
    """
    import networkx as nx

    g = nx.Graph()
    for row in sel.iter_rows(named=True):
        g.add_node(row["label_a"], actor_type=row["type_a"])
        g.add_node(row["label_b"], actor_type=row["type_b"])
        g.add_edge(row["label_a"], row["label_b"], weight=max(float(row["n_units"]), 1.0))
    # each connected component laid out on its own, biggest first, placed left to right in rows
    # (one spring layout of a disconnected graph pushes the small components to the edges)
    pos: dict[str, tuple[float, float]] = {}
    comps = sorted(nx.connected_components(g), key=lambda c: (-len(c), min(c)))
    x0 = y0 = row_h = 0.0
    for comp in comps:
        size = 1.0 + math.sqrt(len(comp))
        if x0 > 0 and x0 + size > 8.0:
            x0, y0, row_h = 0.0, y0 - row_h - 0.5, 0.0
        sub = nx.spring_layout(g.subgraph(comp), seed=seed, weight="weight") if len(comp) > 1 else {next(iter(comp)): (0.0, 0.0)}
        for n, (x, y) in sub.items():
            pos[n] = (x0 + size / 2 + float(x) * size / 2, y0 - size / 2 + float(y) * size / 2)
        x0 += size + 0.5
        row_h = max(row_h, size)
    nodes = pl.DataFrame(
        [
            {"label": n, "actor_type": g.nodes[n]["actor_type"], "degree": g.degree[n],
             "x": float(pos[n][0]), "y": float(pos[n][1])}
            for n in sorted(g.nodes)
        ],  # fmt: skip
        schema={"label": pl.String, "actor_type": pl.String, "degree": pl.Int64, "x": pl.Float64, "y": pl.Float64},
    )
    ids = [c for c in ("actor_a", "actor_b") if c in sel.columns]
    edge_rows = sel.select("label_a", "label_b", *ids, "score", "n_units").with_columns(
        pl.col("label_a").replace_strict({n: float(p[0]) for n, p in pos.items()}, default=0.0).alias("x"),
        pl.col("label_a").replace_strict({n: float(p[1]) for n, p in pos.items()}, default=0.0).alias("y"),
        pl.col("label_b").replace_strict({n: float(p[0]) for n, p in pos.items()}, default=0.0).alias("x2"),
        pl.col("label_b").replace_strict({n: float(p[1]) for n, p in pos.items()}, default=0.0).alias("y2"),
    )
    return nodes, edge_rows


def plot_cooc_network(
    edges: pl.DataFrame,
    mentions: pl.DataFrame | None = None,
    *,
    window: Window = "sentence",
    measure: Measure = "npmi",
    min_count: int = 1,
    actor_types: Iterable[str] | None = None,
    top: int = 60,
    seed: int = 0,
) -> AnyChart:
    """Network drawing of the ``top`` best pairs: nodes coloured by actor type, edge width by shared windows.

    Zoom with the wheel, pan by dragging; clicking an edge selects the pair (point selection ``pair``
    on ``actor_a``/``actor_b``), as a heatmap cell does.
    """
    every, message = _chosen_edges(edges, mentions, window=window, measure=measure, min_count=min_count, actor_types=actor_types)
    if message is not None:
        return message
    sel = every.head(top)
    nodes, edge_rows = layout_network(sel, seed=seed)
    axis = alt.Axis(labels=False, ticks=False, domain=False, grid=False, title=None)
    pick = alt.selection_point(name="pair", fields=["actor_a", "actor_b"], on="click", clear="dblclick")
    zoom = alt.selection_interval(name="zoom", bind="scales")
    edge_tip = [alt.Tooltip("label_a:N", title="actor"), alt.Tooltip("label_b:N", title="with"),
                alt.Tooltip("score:Q", title=measure, format=".3f"), alt.Tooltip("n_units:Q", title="windows")]  # fmt: skip
    links = (
        alt.Chart(edge_rows)
        .mark_rule(color="#999", cursor="pointer")
        .encode(
            x=alt.X("x:Q", axis=axis), y=alt.Y("y:Q", axis=axis), x2="x2:Q", y2="y2:Q",
            strokeWidth=alt.StrokeWidth("n_units:Q", title="windows", scale=alt.Scale(range=[1.5, 7]), legend=COUNT_LEGEND),
            opacity=alt.condition(pick, alt.value(0.8), alt.value(0.25)),
            tooltip=edge_tip,
        )  # fmt: skip
        .add_params(pick)
    )
    types = sorted(TYPE_COLORS)
    points = (
        alt.Chart(nodes)
        .mark_circle(opacity=0.9, stroke="white")
        .encode(
            x="x:Q", y="y:Q",
            size=alt.Size("degree:Q", scale=alt.Scale(range=[80, 600]), legend=None),
            color=alt.Color("actor_type:N", title="actor type",
                            scale=alt.Scale(domain=types, range=[TYPE_COLORS[t] for t in types])),
            tooltip=[alt.Tooltip("label:N", title="actor"), alt.Tooltip("actor_type:N", title="type"),
                     alt.Tooltip("degree:Q", title="pairs drawn")],
        )  # fmt: skip
        .add_params(zoom)
    )
    labels = alt.Chart(nodes).mark_text(dy=-12, fontSize=11).encode(
        x="x:Q", y="y:Q", text="label:N",
        tooltip=[alt.Tooltip("label:N", title="actor"), alt.Tooltip("actor_type:N", title="type")],
    )  # fmt: skip
    return alt.layer(links, points, labels).properties(
        width=NETWORK_WIDTH, height=380,
        title=f"Actor network ({window} window, edges: the {sel.height} best by {measure}"
        f"{f' of {every.height:,}' if every.height > sel.height else ''})",
    )


# ---------------------------------------------------------------- sentiment


def _article_names(articles: pl.DataFrame | None, n: int = 60) -> pl.DataFrame:
    """article_id -> ``article`` ("title — outlet", cut to ``n`` characters)."""
    if articles is None or articles.height == 0 or "title" not in articles.columns:
        return pl.DataFrame(schema={"article_id": pl.String, "article": pl.String})
    outlet = pl.col("outlet").fill_null("?") if "outlet" in articles.columns else pl.lit("?")
    name = pl.concat_str([pl.col("title").fill_null(pl.col("article_id")), outlet], separator=" — ")
    return articles.select(
        "article_id", pl.when(name.str.len_chars() > n).then(name.str.slice(0, n) + "…").otherwise(name).alias("article")
    )


def plot_sentence_tone(
    sentiment: pl.DataFrame,
    sentences: pl.DataFrame | None = None,
    *,
    article_id: str | None = None,
    articles: pl.DataFrame | None = None,
    max_series: int = MAX_SERIES,
) -> AnyChart:
    """Compound tone of each sentence along the text, points coloured by voice.

    ``article_id`` keeps one article. Without it, up to ``max_series`` articles are drawn as one
    labelled line each (the legend names them, from ``articles`` when given); more articles are
    averaged: the mean tone at each sentence position with its 95% interval, so the chart stays a
    few hundred points whatever the corpus. ``sentences`` adds the sentence text to the tooltips.
    Drag to zoom along the text.
    """
    require_columns(sentiment, ["article_id", "sentence_id", "compound", "voice"], what="plot_sentence_tone")
    df = sentiment if article_id is None else sentiment.filter(pl.col("article_id") == article_id)
    if df.height == 0:
        if article_id is not None and sentiment.height:
            return no_match("sentiment", sentiment.height, f"article_id={article_id!r}")
        return _no_rows("sentiment")
    df = df.select("article_id", "sentence_id", "compound", pl.col("voice").fill_null("narrator"))
    n_articles = df["article_id"].n_unique()
    zoom = alt.selection_interval(name="zoom", bind="scales", encodings=["x"])
    y = alt.Y("compound:Q", scale=alt.Scale(domain=[-1, 1]), title="compound")
    zero = alt.Chart(alt.Data(values=[{"zero": 0}])).mark_rule(strokeDash=[4, 4], color="#888").encode(
        y="zero:Q", tooltip=alt.value("neutral (0)")
    )
    if article_id is None and n_articles > max_series:
        agg = mean_ci(df, ["sentence_id"])
        agg = agg.filter(pl.col("n") >= max(2, n_articles // 20))  # positions most articles reach
        agg = agg.with_columns(pl.lit(f"mean of {n_articles:,} articles").alias("series"))
        tip = [alt.Tooltip("sentence_id:Q", title="sentence"), alt.Tooltip("mean:Q", title="mean compound", format=".3f"),
               alt.Tooltip("ci_low:Q", format=".3f"), alt.Tooltip("ci_high:Q", format=".3f"),
               alt.Tooltip("n:Q", title="articles")]  # fmt: skip
        x = alt.X("sentence_id:Q", title="sentence (position in the article)")
        color = alt.Color("series:N", title=None, scale=alt.Scale(range=[VOICE_COLORS["all"]]))
        band = alt.Chart(agg).mark_area(opacity=0.25).encode(x=x, y=alt.Y("ci_low:Q", title="compound"), y2="ci_high:Q", color=color, tooltip=tip)
        line = alt.Chart(agg).mark_line(point=True).encode(x=x, y=alt.Y("mean:Q", scale=alt.Scale(domain=[-1, 1])), color=color, tooltip=tip)
        return alt.layer(band, line.add_params(zoom), zero).properties(
            width=WIDTH, height=220, title=f"Sentence tone along the text: mean of {n_articles:,} articles, 95% interval"
        )
    names = _article_names(articles)
    df = df.join(names, on="article_id", how="left").with_columns(pl.col("article").fill_null(pl.col("article_id")))
    tooltip: list[Any] = ["article:N", alt.Tooltip("sentence_id:Q", title="sentence"), alt.Tooltip("compound:Q", format=".3f"), "voice:N"]
    if sentences is not None and sentences.height:
        df = df.join(sentences.select("article_id", "sentence_id", _short("text")), on=["article_id", "sentence_id"], how="left")
        tooltip.append("text:N")
    voices = list(VOICE_COLORS)
    x = alt.X("sentence_id:Q", title="sentence")
    if article_id is None:
        line = alt.Chart(df).mark_line(opacity=0.7).encode(
            x=x, y=y, color=alt.Color("article:N", title="article", scale=alt.Scale(scheme="tableau10")),
            tooltip=["article:N"],
        )  # fmt: skip
        title = f"Sentence tone along the text ({n_articles} article{'s' if n_articles != 1 else ''}, VADER compound)"
    else:
        line = alt.Chart(df).mark_line(color="#bbb").encode(x=x, y=y, tooltip=["article:N"])
        label = df["article"][0]
        title = f"Sentence tone along the text: {label}"
    pts = alt.Chart(df).mark_circle(size=60).encode(
        x="sentence_id:Q", y="compound:Q",
        fill=alt.Fill("voice:N", scale=alt.Scale(domain=voices, range=[VOICE_COLORS[v] for v in voices])),
        tooltip=tooltip,
    )  # fmt: skip
    return alt.layer(line, pts.add_params(zoom), zero).properties(width=WIDTH, height=220, title=title)


def plot_article_tone(sentiment: pl.DataFrame, articles: pl.DataFrame | None = None, *, top: int = 40) -> AnyChart:
    """Mean sentence tone per article with a 95% interval of the mean, for the ``top`` longest articles
    (means computed here: the chart holds one row per article, not every sentence)."""
    require_columns(sentiment, ["article_id", "compound"], what="plot_article_tone")
    if sentiment.height == 0:
        return _no_rows("sentiment")
    agg = mean_ci(sentiment.select("article_id", "compound"), ["article_id"])
    total = agg.height
    agg = agg.sort(["n", "article_id"], descending=[True, False]).head(top)
    agg = agg.join(_article_names(articles), on="article_id", how="left").with_columns(
        pl.col("article").fill_null(pl.col("article_id"))
    )
    base = alt.Chart(agg).encode(y=alt.Y("article:N", title=None, sort=alt.EncodingSortField("mean", order="descending")))
    tip = ["article:N", alt.Tooltip("mean:Q", title="mean compound", format=".3f"), alt.Tooltip("ci_low:Q", format=".3f"),
           alt.Tooltip("ci_high:Q", format=".3f"), alt.Tooltip("n:Q", title="sentences")]  # fmt: skip
    bars = base.mark_rule().encode(x=alt.X("ci_low:Q", title="mean compound (95% interval)"), x2="ci_high:Q", tooltip=tip)
    means = base.mark_point(filled=True, color="black").encode(x="mean:Q", tooltip=tip)
    return alt.layer(bars, means).properties(
        width=WIDTH - 160, title=f"Tone by article (the {agg.height} longest{more_note(agg.height, total, 'articles')})"
    )


def plot_voice_tone(sentiment: pl.DataFrame) -> AnyChart:
    """Narrator against quoted voices: mean compound of the words outside and inside quotation marks, 95% interval."""
    require_columns(sentiment, ["narrator_compound", "quoted_compound"], what="plot_voice_tone")
    long = sentiment.select(
        pl.col("narrator_compound").alias("narrator"), pl.col("quoted_compound").alias("quoted")
    ).unpivot(variable_name="voice", value_name="compound").drop_nulls("compound")
    if long.height == 0:
        return _no_rows("sentiment", "(no narrator or quoted scores)" if sentiment.height else "")
    agg = mean_ci(long, ["voice"])
    voices = ["narrator", "quoted"]
    tip = ["voice:N", alt.Tooltip("mean:Q", title="mean compound", format=".3f"), alt.Tooltip("ci_low:Q", format=".3f"),
           alt.Tooltip("ci_high:Q", format=".3f"), alt.Tooltip("n:Q", title="sentences")]  # fmt: skip
    base = alt.Chart(agg).encode(y=alt.Y("voice:N", title=None, sort=voices))
    bars = base.mark_rule(strokeWidth=2).encode(x=alt.X("ci_low:Q", title="mean compound (95% interval)"), x2="ci_high:Q", tooltip=tip)
    means = base.mark_point(filled=True, size=80).encode(
        x="mean:Q",
        color=alt.Color("voice:N", scale=alt.Scale(domain=voices, range=[VOICE_COLORS[v] for v in voices]), legend=None),
        tooltip=tip,
    )
    return alt.layer(bars, means).properties(width=WIDTH - 160, height=80, title="Narrator against quoted voices")


def plot_actor_tone(
    actor_sentiment: pl.DataFrame, *, voice: Voice = "all", min_sentences: int = 1, top: int = 30, measure: str = "vader"
) -> AnyChart:
    """Mean tone of the sentences mentioning each actor with its bootstrap interval (``ci_low``..``ci_high``).

    ``voice`` picks the rows of one voice (``all`` = every sentence); ``measure`` the rows of one measure
    (``vader``: sentence compound; ``model``: the targeted tone model's score; tables without a ``measure``
    column are drawn as they are); the ``top`` actors by number of sentences are drawn.
    """
    check_choice("voice", voice, VOICE_CHOICES)
    require_columns(actor_sentiment, ["actor_label", "voice", "n_sentences", "mean_compound", "ci_low", "ci_high"], what="plot_actor_tone")
    check_choice("measure", measure, ("vader", "model"))
    by_measure = pl.col("measure").fill_null("vader") == measure if "measure" in actor_sentiment.columns else pl.lit(True)
    df = actor_sentiment.filter((pl.col("voice") == voice) & (pl.col("n_sentences") >= min_sentences) & by_measure)
    if df.height == 0:
        if actor_sentiment.height == 0:
            return _no_rows("actor_sentiment")
        return no_match("actor_sentiment", actor_sentiment.height, f"voice={voice!r}" + (f", measure={measure!r}" if measure != "vader" else "") + (f", at least {min_sentences} sentences" if min_sentences > 1 else ""))
    total = df.height
    df = df.sort(["n_sentences", "actor_label"], descending=[True, False]).head(top).select(
        pl.col("actor_label").fill_null(pl.col("actor_id")), "n_sentences", "mean_compound", "ci_low", "ci_high"
    )
    base = alt.Chart(df).encode(y=alt.Y("actor_label:N", title=None, sort=alt.EncodingSortField("mean_compound", order="descending")))
    rule = base.mark_rule(color=VOICE_COLORS.get(voice, "#333")).encode(x=alt.X("ci_low:Q", title="mean compound (95% CI)" if measure == "vader" else "mean model tone score (95% CI)"), x2="ci_high:Q")
    pt = base.mark_point(filled=True, color="black").encode(
        x="mean_compound:Q",
        tooltip=["actor_label:N", "n_sentences:Q", alt.Tooltip("mean_compound:Q", format=".3f"),
                 alt.Tooltip("ci_low:Q", format=".3f"), alt.Tooltip("ci_high:Q", format=".3f")],
    )  # fmt: skip
    rule = rule.encode(tooltip=["actor_label:N", alt.Tooltip("ci_low:Q", format=".3f"), alt.Tooltip("ci_high:Q", format=".3f")])
    zero = alt.Chart(alt.Data(values=[{"zero": 0}])).mark_rule(strokeDash=[4, 4], color="#888").encode(
        x="zero:Q", tooltip=alt.value("neutral (0)")
    )
    return alt.layer(rule, pt, zero).properties(
        width=WIDTH - 160, title=f"Tone by actor (voice: {voice}{', tone model' if measure == 'model' else ''}{more_note(df.height, total, 'actors')})"
    )


# ---------------------------------------------------------------- claims and corpus


def ledger_frame(ledger: pl.DataFrame, *, counted: Sequence[str] | None = None, top_sources: int = TOP_SOURCES,
                 top_panels: int = TOP_PANELS) -> tuple[pl.DataFrame, list[str]]:
    """Ledger rows with a value as :func:`plot_claim_ledger` draws them, one per claim, and notes on what
    was left out: ``panel`` (category and unit), ``source_label`` ("(no source)"; beyond the
    ``top_sources`` with most claims, "(other sources)"), ``value``/``value_low``/``value_high`` filled
    from each other; only the ``top_panels`` panels with most claims. Every ledger column is kept.

    >>> led = pl.DataFrame({"counted": ["killed"], "unit": [None], "source_label": [None], "published": [None],
    ...                     "value": [3.0], "value_low": [None], "value_high": [None]})
    >>> ledger_frame(led)[0].select("panel", "source_label", "value_low").rows()
    [('killed', '(no source)', 3.0)]
    """
    df = ledger if counted is None else ledger.filter(pl.col("counted").is_in(list(counted)))
    df = df.filter(pl.col("value").is_not_null() | pl.col("value_low").is_not_null())
    unit_panel = (
        pl.when(pl.col("unit").is_not_null()).then(pl.format("{} ({})", "counted", "unit")).otherwise(pl.col("counted"))
        if "unit" in ledger.columns else pl.col("counted")
    )  # fmt: skip
    df = df.with_columns(
        pl.col("source_label").fill_null("(no source)"),
        pl.coalesce("value", "value_low").alias("value"),
        pl.coalesce("value_low", "value").alias("value_low"),
        pl.coalesce("value_high", "value").alias("value_high"),
        unit_panel.fill_null("(no category)").alias("panel"),
    )
    notes = []
    panels = df.group_by("panel").len().sort(["len", "panel"], descending=[True, False])
    if panels.height > top_panels:
        df = df.filter(pl.col("panel").is_in(panels["panel"].head(top_panels).to_list()))
        notes.append(f"the {top_panels} largest of {panels.height} panels")
    sources = df.group_by("source_label").len().sort(["len", "source_label"], descending=[True, False])
    if sources.height > top_sources:
        keep = sources["source_label"].head(top_sources).to_list()
        df = df.with_columns(
            pl.when(pl.col("source_label").is_in(keep)).then(pl.col("source_label")).otherwise(pl.lit("(other sources)"))
        )
        notes.append(f"{sources.height - top_sources:,} smaller sources as '(other sources)'")
    return df, notes


def ledger_points(ledger: pl.DataFrame, *, counted: Sequence[str] | None = None, max_points: int = MAX_POINTS,
                  top_sources: int = TOP_SOURCES, top_panels: int = TOP_PANELS) -> tuple[pl.DataFrame, str]:
    """The rows :func:`plot_claim_ledger` draws, and the words its title adds about what was left out.

    :func:`ledger_frame`'s rows, one per claim while there are at most ``max_points``; more are
    aggregated per panel, source and day, or week, month, quarter, year: the shortest period that
    gives at most ``max_points`` rows (``value`` the median, ``value_low``/``value_high`` the
    extremes, ``n_claims`` the count). Columns: ``panel, counted, source_label, published, value,
    value_low, value_high, n_claims, period`` (``1d``, ``1w``, ...: what ``published`` stands for)
    and, per claim, ``qualifier, unit, article_id, sentence_id, surface`` when the ledger has them.
    """
    df, notes = ledger_frame(ledger, counted=counted, top_sources=top_sources, top_panels=top_panels)
    if df.height > max_points:
        n = df.height
        names = {"1d": "day", "1w": "week", "1mo": "month", "1q": "quarter", "1y": "year"}
        for every in names:
            agg = (
                df.with_columns(pl.col("published").cast(pl.Date, strict=False).dt.truncate(every))
                .group_by("panel", "counted", "source_label", "published")
                .agg(pl.col("value").median(), pl.col("value_low").min(), pl.col("value_high").max(), pl.len().alias("n_claims"))
                .sort("panel", "published", "source_label")
            )
            if agg.height <= max_points:
                break
        df = agg.with_columns(pl.lit(every).alias("period"))
        notes.append(f"{n:,} claims as {df.height:,} medians per {names[every]} and source")
    else:
        extra = [c for c in ("qualifier", "unit", "article_id", "sentence_id") if c in df.columns]
        df = df.select(
            "panel", "counted", "source_label", "published", "value", "value_low", "value_high",
            pl.lit(1, pl.UInt32).alias("n_claims"), pl.lit("1d").alias("period"), *extra,
            *([_short("surface")] if "surface" in df.columns else []),
        ).sort("panel", "published", "source_label")  # fmt: skip
    return _plain(df), "; ".join(notes)


def plot_claim_ledger(ledger: pl.DataFrame, *, counted: Sequence[str] | None = None, max_points: int = MAX_POINTS,
                      filters: str | None = None) -> AnyChart:
    """Values claimed over time by source: one panel per category (``counted``) and unit, ranges as vertical
    bars. Different units or currencies never share an axis ("money (GBP)" and "money (USD)" are two panels).

    Large ledgers are aggregated first (:func:`ledger_points`), and the title says so. Clicking a point
    selects it (point selection ``claim`` on panel, source and day): the claims explorer then shows the
    sentences behind it. ``filters``: words naming the filters applied to ``ledger`` (for the message
    shown when nothing is left).
    """
    require_columns(ledger, ["counted", "source_label", "published", "value", "value_low", "value_high"], what="plot_claim_ledger")
    df, note = ledger_points(ledger, counted=counted, max_points=max_points)
    if df.height == 0:
        if filters:
            return message_chart(f"No claim in the ledger matches {filters}.")
        if ledger.height and counted:
            return no_match("claim_ledger", ledger.height, f"category {', '.join(counted)}")
        return _no_rows("claim_ledger", "(no claim with a value)" if ledger.height else "")
    tip: list[Any] = [date_tip("published")]
    tip += [c for c in ("source_label:N", "value:Q", "value_low:Q", "value_high:Q", "n_claims:Q", "unit:N",
                        "qualifier:N", "surface:N", "article_id:N", "sentence_id:Q")
            if c.split(":")[0] in df.columns]  # fmt: skip
    pick = alt.selection_point(name="claim", fields=["panel", "source_label", "published", "period"], on="click", clear="dblclick")
    base = alt.Chart().encode(
        x=date_x("published", "published"), color=alt.Color("source_label:N", title="source")
    )
    ranges = base.mark_rule(strokeWidth=2, opacity=0.6).encode(y=alt.Y("value_low:Q", title="value"), y2="value_high:Q", tooltip=tip)
    points = base.mark_point(filled=True, size=60, cursor="pointer").encode(
        y="value:Q", shape=alt.Shape("qualifier:N") if "qualifier" in df.columns else alt.Undefined, tooltip=tip,
        opacity=alt.condition(pick, alt.value(1.0), alt.value(0.3)),
    ).add_params(pick)
    return (
        alt.layer(ranges, points, data=df)
        .properties(width=WIDTH - 60, height=160)
        .facet(row=alt.Row("panel:N", title=None, header=alt.Header(labelAngle=0, labelAlign="left", labelLimit=0)))
        .resolve_scale(y="independent")
        .properties(title="Claim ledger: values over time by source" + (f" ({note})" if note else ""))
    )


def plot_claim_counts(claims: pl.DataFrame, *, top: int = 20) -> AnyChart:
    """Number of claims per category (``counted``) and qualifier (counted here: one row per bar segment)."""
    require_columns(claims, ["counted", "qualifier"], what="plot_claim_counts")
    if claims.height == 0:
        return _no_rows("claims")
    df = claims.select(pl.col("counted").fill_null("other"), pl.col("qualifier").fill_null("exact"))
    totals = df.group_by("counted").len().sort(["len", "counted"], descending=[True, False])
    keep = totals["counted"].head(top).to_list()
    counts = df.filter(pl.col("counted").is_in(keep)).group_by("counted", "qualifier").len("claims").sort("counted", "qualifier")
    return (
        alt.Chart(counts)
        .mark_bar()
        .encode(y=alt.Y("counted:N", sort=alt.EncodingSortField("claims", op="sum", order="descending"), title=None),
                x=alt.X("sum(claims):Q", title="claims", axis=COUNT_AXIS),
                color=alt.Color("qualifier:N"), tooltip=["counted:N", "qualifier:N", "claims:Q"])  # fmt: skip
        .properties(width=WIDTH - 160, title=f"Numeric claims by category{more_note(len(keep), totals.height, 'categories')}")
    )


def plot_top_actors(mentions: pl.DataFrame, *, top: int = 20, include_places: bool = False) -> AnyChart:
    """Most mentioned actors (bars coloured by actor type); places are left out unless ``include_places``."""
    require_columns(mentions, ["actor_id", "actor_label", "actor_type", "is_place"], what="plot_top_actors")
    df = mentions if include_places else mentions.filter(~pl.col("is_place").fill_null(False))
    if df.height == 0:
        return _no_rows("mentions")
    every = (
        df.group_by("actor_id")
        .agg(pl.col("actor_label").mode().first(), pl.col("actor_type").mode().first(), pl.len().alias("n_mentions"))
        .sort(["n_mentions", "actor_id"], descending=[True, False])
    )
    counts = every.head(top)
    types = sorted(TYPE_COLORS)
    return (
        alt.Chart(counts)
        .mark_bar()
        .encode(
            y=alt.Y("actor_label:N", sort="-x", title=None), x=alt.X("n_mentions:Q", title="mentions", axis=COUNT_AXIS),
            color=alt.Color("actor_type:N", scale=alt.Scale(domain=types, range=[TYPE_COLORS[t] for t in types])),
            tooltip=["actor_label:N", "actor_id:N", "actor_type:N", "n_mentions:Q"],
        )  # fmt: skip
        .properties(width=WIDTH - 160, title=f"Most mentioned actors (top {counts.height} of {every.height:,})")
    )


def plot_corpus_timeline(articles: pl.DataFrame, *, top_outlets: int = TOP_OUTLETS) -> AnyChart:
    """Articles per period and outlet: per day over up to 120 days, else per week, else per month
    (counted here, one row per bar segment); outlets beyond the ``top_outlets`` largest are
    "(other outlets)". Drag to zoom along the time axis."""
    require_columns(articles, ["published", "outlet"], what="plot_corpus_timeline")
    if articles.height == 0:
        return _no_rows("articles")
    df = articles.select(pl.col("published").cast(pl.Date, strict=False), pl.col("outlet").fill_null("(unknown)")).drop_nulls("published")
    if df.height == 0:
        return message_chart("No publication dates in the articles table.")
    span = int(df.select((pl.col("published").max() - pl.col("published").min()).dt.total_days()).item())
    every, period = ("1d", "day") if span <= 120 else ("1w", "week") if span <= 3 * 365 else ("1mo", "month")
    outlets = df.group_by("outlet").len().sort(["len", "outlet"], descending=[True, False])
    note = ""
    if outlets.height > top_outlets:
        keep = outlets["outlet"].head(top_outlets).to_list()
        df = df.with_columns(pl.when(pl.col("outlet").is_in(keep)).then(pl.col("outlet")).otherwise(pl.lit("(other outlets)")))
        note = f"; the {top_outlets} largest of {outlets.height} outlets"
    counts = _plain(
        df.with_columns(pl.col("published").dt.truncate(every)).group_by("published", "outlet").len("articles").sort("published", "outlet")
    )
    zoom = alt.selection_interval(name="zoom", bind="scales", encodings=["x"])
    return (
        alt.Chart(counts)
        .mark_bar()
        .encode(x=date_x("published", f"published (per {period})", period=period),
                y=alt.Y("sum(articles):Q", title="articles", axis=COUNT_AXIS),
                color=alt.Color("outlet:N"), tooltip=[date_tip("published", f"{period} from"), "outlet:N", "articles:Q"])  # fmt: skip
        .add_params(zoom)
        .properties(width=WIDTH, height=160, title=f"Articles over time (per {period}{note})")
    )


def plot_story_spread(articles: pl.DataFrame, *, top: int = 20) -> AnyChart:
    """Syndicated stories by how many outlets carried them: the ``top`` stories with copies (bars: outlets,
    coloured by the outlet that printed the story first), beside the count of stories of each size (copies
    per story). From :func:`toolkit.io.stories.story_table` (``story_id`` found when missing)."""
    from toolkit.io.stories import story_table

    require_columns(articles, ["article_id", "text"] if "story_id" not in articles.columns else ["article_id"], what="plot_story_spread")
    if articles.height == 0:
        return _no_rows("articles")
    table = story_table(articles)
    sizes = _plain(table.group_by("n_copies").agg(pl.len().alias("stories")).sort("n_copies"))
    size_chart = (
        alt.Chart(sizes)
        .mark_bar()
        .encode(x=alt.X("n_copies:O", title="copies per story"), y=alt.Y("stories:Q", title="stories", axis=COUNT_AXIS),
                tooltip=["n_copies:O", "stories:Q"])  # fmt: skip
        .properties(width=160, height=200, title=f"Story sizes ({table.height:,} stories)")
    )
    spread = table.filter(pl.col("n_copies") > 1)
    if spread.height == 0:
        note = message_chart("No story has a copy in this corpus: every article is its own story.", width=WIDTH - 220)
        return alt.hconcat(note, size_chart)  # type: ignore[arg-type]
    shown = _plain(
        spread.head(top).with_columns(
            pl.format("{} ({})", _short("title", 70).fill_null("(no title)"), pl.col("story_id").str.slice(0, 6)).alias("story"),
            pl.col("first_outlet").fill_null("(unknown)"),
        )
    )
    bars = (
        alt.Chart(shown)
        .mark_bar()
        .encode(
            y=alt.Y("story:N", sort=alt.EncodingSortField("n_outlets", order="descending"), title=None),
            x=alt.X("n_outlets:Q", title="outlets carrying the story", axis=COUNT_AXIS),
            color=alt.Color("first_outlet:N", title="first published by"),
            tooltip=["title:N", "story_id:N", "n_copies:Q", "n_outlets:Q", "first_outlet:N",
                     date_tip("first_published", "first published"), date_tip("last_published", "last published"), "outlets:N"],
        )  # fmt: skip
        .properties(width=WIDTH - 220, title=f"Stories carried by several outlets{more_note(shown.height, spread.height, 'stories')}")
    )
    return alt.hconcat(bars, size_chart)


# ---------------------------------------------------------------- places

WORLD_ATLAS = "world-countries-110m.json"
"""The packaged basemap: world-atlas 2.0.2's ``countries-110m.json`` (Natural Earth 1:110m, TopoJSON; ISC
licence in ``data/world-atlas.LICENSE``), drawn inline so that maps need no network."""


def _world_atlas() -> dict[str, Any]:
    path = data_path(WORLD_ATLAS)
    return cache.load("charts.world_atlas", (path,), lambda: json.loads(path.read_text(encoding="utf-8")))


def plot_places_map(places: pl.DataFrame, *, top: int = 200) -> AnyChart:
    """Places mentioned, as circles sized by mentions on a world map (Equal Earth projection).

    The basemap ships with the package and is inlined in the chart (no URL, nothing fetched). Only the
    ``top`` most mentioned places with coordinates are drawn; the title says how many more there are.

    >>> p = pl.DataFrame({"name": ["York"], "country": ["GBR"], "admin1": ["England"], "lat": [53.96],
    ...                   "lon": [-1.08], "n_mentions": [3], "n_articles": [2]})
    >>> spec = chart_spec(plot_places_map(p))
    >>> spec["layer"][0]["data"]["format"] == {"type": "topojson", "feature": "countries"}
    True
    """
    require_columns(places, ["name", "country", "admin1", "lat", "lon", "n_mentions"], what="plot_places_map")
    if places.height == 0:
        return _no_rows("places")
    df = places.filter(pl.col("lat").is_not_null() & pl.col("lon").is_not_null())
    if df.height == 0:
        return message_chart("No coordinates: none of the places has a latitude and longitude.")
    if "n_articles" not in df.columns:
        df = df.with_columns(pl.lit(None, pl.Int64).alias("n_articles"))
    df = df.sort(["n_mentions", "name"], descending=[True, False], nulls_last=True)
    more = max(0, df.height - top)
    df = df.head(top).select("name", "country", "admin1", "lat", "lon", "n_mentions", "n_articles")
    title = f"Places mentioned ({df.height} place{'s' if df.height != 1 else ''}{f', and {more} more' if more else ''})"
    base = alt.Chart(alt.Data(values=_world_atlas(), format=alt.DataFormat(type="topojson", feature="countries")))
    land = base.mark_geoshape(fill="#e8e8e8", stroke="#ffffff", strokeWidth=0.5)
    points = (
        alt.Chart(df)
        .mark_circle(color=TYPE_COLORS["location"], opacity=0.7, stroke="#ffffff", strokeWidth=0.5)
        .encode(longitude="lon:Q", latitude="lat:Q",
                size=alt.Size("n_mentions:Q", title="mentions", scale=alt.Scale(range=[15, 900]), legend=COUNT_LEGEND),
                tooltip=["name:N", "country:N", "admin1:N", "n_mentions:Q", "n_articles:Q"])  # fmt: skip
    )
    return alt.layer(land, points).project(type="equalEarth").properties(width=WIDTH, height=300, title=title)


# ---------------------------------------------------------------- offline display


def chart_spec(chart: alt.TopLevelMixin | dict[str, Any]) -> dict[str, Any]:
    """The Vega-Lite spec of ``chart`` with its data inlined (no row limit) and :data:`DEFAULT_CONFIG`
    under its own config (a dict is returned as is)."""
    if isinstance(chart, dict):
        return chart
    with alt.data_transformers.disable_max_rows():
        spec = chart.to_dict()
    config = spec.setdefault("config", {})
    for key, defaults in DEFAULT_CONFIG.items():
        config[key] = {**defaults, **config.get(key, {})}
    return spec


def to_svg(chart: alt.TopLevelMixin | dict[str, Any]) -> str:
    """The chart drawn as SVG by vl-convert (no browser, no network). Text in the SVG is XML-escaped.

    >>> to_svg(message_chart("hello")).startswith("<svg")
    True

    Its clip path ids are its own (named after its content), so snapshots can share a page.
    """
    import hashlib
    import re

    import vl_convert as vlc

    spec = chart_spec(chart)
    svg = vlc.vegalite_to_svg(spec, vl_version=_vl_version(spec))
    # vl-convert numbers every drawing's clip paths from "clip1": several snapshots in one page (a
    # notebook reopened without a kernel) would each be cut by the first one's rectangle
    prefix = "tk" + hashlib.sha1(svg.encode()).hexdigest()[:10] + "-"
    return re.sub(r'(id="|url\(#|href="#)(clip\d+)', lambda m: m.group(1) + prefix + m.group(2), svg)


def _vl_version(spec: dict[str, Any]) -> str | None:
    """``v6_4`` style version from the spec's ``$schema``, when vl-convert knows it."""
    import vl_convert as vlc

    schema = str(spec.get("$schema", ""))
    for v in vlc.get_vegalite_versions():
        if f"/v{v}." in schema or schema.endswith(f"/v{v}.json"):
            return "v" + v.replace(".", "_")
    return None


def _script_json(obj: Any) -> str:
    """JSON safe inside a ``<script>`` element: ``<``, ``>`` and ``&`` escaped as ``\\u003c`` etc."""
    return json.dumps(obj).replace("<", "\\u003c").replace(">", "\\u003e").replace("&", "\\u0026")


def chart_html(chart: alt.TopLevelMixin | dict[str, Any], *, svg: str | None = None) -> str:
    """HTML for one chart: the static SVG plus its spec as inert JSON.

    The SVG shows anywhere (JupyterLab, an ``ipywidgets.HTML``, a report opened offline); a report
    written by :mod:`toolkit.explore.report` replaces it by the interactive chart drawn with an inlined Vega bundle.
    """
    spec = chart_spec(chart)
    svg = to_svg(spec) if svg is None else svg
    return (
        f'<div class="tk-chart" data-vl-version="{html.escape(_vl_version(spec) or "", quote=True)}">'
        f'<div class="tk-chart-static">{svg}</div>'
        f'<script type="application/vnd.toolkit.vegalite+json">{_script_json(spec)}</script></div>'
    )


def _render(spec: dict[str, Any], **metadata: Any) -> dict[str, Any]:
    """The ``toolkit`` renderer: in a live kernel, display the chart as a live widget first
    (:func:`toolkit.explore.live.chart_widget`); return the static snapshot (SVG + spec) as the chart's output."""
    from toolkit.explore import live

    if live.is_live():
        from IPython.display import display

        display(live.chart_widget(spec))
    svg = to_svg(spec)
    return live.snapshot_bundle(chart_html(spec, svg=svg))


def use_offline_renderer() -> str:
    """Make altair show charts that work without network; returns the renderer name.

    In JupyterLab with a kernel each chart is live (tooltips, zoom, selections: altair's
    ``JupyterChart`` with the Vega bundle that ships with vl-convert, nothing from a CDN), followed by
    its static snapshot (inline SVG + spec) that shows when the notebook is reopened without a kernel
    and that rendered reports draw again with their inlined Vega bundle. See :mod:`toolkit.explore.live`.
    Also lifts altair's 5000-row limit (the charts aggregate before they draw).

    >>> use_offline_renderer()
    'toolkit'
    """
    if "toolkit" not in alt.renderers.names():
        alt.renderers.register("toolkit", _render)
    alt.renderers.enable("toolkit")
    alt.data_transformers.disable_max_rows()
    return "toolkit"
