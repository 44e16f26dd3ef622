"""Charts of the toolkit's tables: ``plot_*`` functions return an altair chart and never display it.

Tables in: ``articles``, ``sentences``, ``mentions``, ``cooc_edges``, ``sentiment``, ``actor_sentiment``,
``claims``, ``claim_ledger``, ``places``. Tables out: none (one helper, :func:`filter_edges`, returns ``cooc_edges``
rows with labels and a ``score`` column).

Every ``plot_*`` function accepts an empty table and then returns a chart that says so ("No rows: ...")
instead of failing, so notebooks run top to bottom on any corpus.

Charts work offline: :func:`use_offline_renderer` makes altair display each chart as inline SVG
(drawn by ``vl-convert``, no CDN) plus its Vega-Lite spec, which :mod:`toolkit.report` turns into an
interactive chart with an inlined Vega bundle.

>>> import polars as pl
>>> from toolkit.schema import empty
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

from . import cache
from .errors import check_choice
from .resources import data_path
from .schema import require_columns

COUNT_AXIS = alt.Axis(tickMinStep=1, format="d")
"""Axis of a count: whole-number ticks only (no 0.2 articles)."""
COUNT_LEGEND = alt.Legend(tickMinStep=1, format="d")
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
        .encode(text="message:N")
        .properties(width=width, height=40)
    )


def _no_rows(table: str, why: str = "") -> AnyChart:
    return message_chart(f"No rows: the {table} table is empty{' ' + why if why else ''}.")


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

    Rows and columns are the ``top_actors`` actors with the most shared windows.
    """
    sel = filter_edges(edges, mentions, window=window, measure=measure, min_count=min_count, actor_types=actor_types)
    if sel.height == 0:
        return _no_rows("cooc_edges", f"for window={window!r}, min_count={min_count}" if edges.height else "")
    both = pl.concat(
        [
            sel.select(pl.col("label_a").alias("row"), pl.col("label_b").alias("col"), "score", "n_units"),
            sel.select(pl.col("label_b").alias("row"), pl.col("label_a").alias("col"), "score", "n_units"),
        ]
    )
    keep = both.group_by("row").agg(pl.col("n_units").sum()).sort(["n_units", "row"], descending=[True, False])
    keep_labels = keep["row"].head(top_actors).to_list()
    data = both.filter(pl.col("row").is_in(keep_labels) & pl.col("col").is_in(keep_labels))
    side = max(200, min(WIDTH, 18 * len(keep_labels)))
    scale = alt.Scale(scheme="redblue", domain=[-1, 1]) if measure == "npmi" else alt.Scale(scheme="blues")
    return (
        alt.Chart(data)
        .mark_rect()
        .encode(
            x=alt.X("col:N", title=None, sort=keep_labels),
            y=alt.Y("row:N", title=None, sort=keep_labels),
            color=alt.Color("score:Q", title=measure, scale=scale),
            tooltip=[alt.Tooltip("row:N", title="actor"), alt.Tooltip("col:N", title="with"),
                     alt.Tooltip("score:Q", title=measure, format=".3f"), alt.Tooltip("n_units:Q", title="windows")],
        )  # fmt: skip
        .properties(width=side, height=side, title=f"Actor pairs by {measure} ({window} window)")
    )


def layout_network(sel: pl.DataFrame, *, seed: int = 0) -> tuple[pl.DataFrame, pl.DataFrame]:
    """Node and edge positions of a spring layout (networkx, fixed ``seed``) for :func:`filter_edges` rows.

    Returns ``(nodes, edges)``: nodes ``label, actor_type, degree, x, y``; edges ``label_a, label_b,
    score, n_units, x, y, x2, y2``.
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
    edge_rows = sel.select("label_a", "label_b", "score", "n_units").with_columns(
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
    """Network drawing of the ``top`` best pairs: nodes coloured by actor type, edge width by ``measure``."""
    sel = filter_edges(
        edges, mentions, window=window, measure=measure, min_count=min_count, actor_types=actor_types, top=top
    )
    if sel.height == 0:
        return _no_rows("cooc_edges", f"for window={window!r}, min_count={min_count}" if edges.height else "")
    nodes, edge_rows = layout_network(sel, seed=seed)
    axis = alt.Axis(labels=False, ticks=False, domain=False, grid=False, title=None)
    links = (
        alt.Chart(edge_rows)
        .mark_rule(color="#999", opacity=0.7)
        .encode(
            x=alt.X("x:Q", axis=axis), y=alt.Y("y:Q", axis=axis), x2="x2:Q", y2="y2:Q",
            strokeWidth=alt.StrokeWidth("n_units:Q", title="windows", scale=alt.Scale(range=[1, 6]), legend=COUNT_LEGEND),
            tooltip=["label_a:N", "label_b:N", alt.Tooltip("score:Q", title=measure, format=".3f"), "n_units:Q"],
        )  # fmt: skip
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
            tooltip=["label:N", "actor_type:N", "degree:Q"],
        )  # fmt: skip
    )
    labels = alt.Chart(nodes).mark_text(dy=-12, fontSize=11).encode(x="x:Q", y="y:Q", text="label:N")
    return alt.layer(links, points, labels).properties(
        width=WIDTH, height=420, title=f"Actor network ({window} window, edges: top {top} by {measure})"
    )


# ---------------------------------------------------------------- sentiment


def plot_sentence_tone(
    sentiment: pl.DataFrame, sentences: pl.DataFrame | None = None, *, article_id: str | None = None
) -> AnyChart:
    """Compound tone of each sentence along the text (one line per article), points coloured by voice.

    ``article_id`` keeps one article; ``sentences`` adds the sentence text to the tooltips.
    """
    require_columns(sentiment, ["article_id", "sentence_id", "compound", "voice"], what="plot_sentence_tone")
    df = sentiment if article_id is None else sentiment.filter(pl.col("article_id") == article_id)
    if df.height == 0:
        return _no_rows("sentiment", "for this article" if article_id is not None and sentiment.height else "")
    df = df.select("article_id", "sentence_id", "compound", pl.col("voice").fill_null("narrator"))
    tooltip: list[Any] = ["sentence_id:Q", alt.Tooltip("compound:Q", format=".3f"), "voice:N"]
    if sentences is not None and sentences.height:
        df = df.join(sentences.select("article_id", "sentence_id", _short("text")), on=["article_id", "sentence_id"], how="left")
        tooltip.append("text:N")
    voices = list(VOICE_COLORS)
    line = alt.Chart(df).mark_line(color="#bbb").encode(
        x=alt.X("sentence_id:Q", title="sentence"), y=alt.Y("compound:Q", scale=alt.Scale(domain=[-1, 1])),
        detail="article_id:N",
    )  # fmt: skip
    pts = alt.Chart(df).mark_circle(size=60).encode(
        x="sentence_id:Q", y="compound:Q",
        color=alt.Color("voice:N", scale=alt.Scale(domain=voices, range=[VOICE_COLORS[v] for v in voices])),
        tooltip=tooltip,
    )  # fmt: skip
    zero = alt.Chart(df).mark_rule(strokeDash=[4, 4], color="#888").encode(y=alt.datum(0))
    return alt.layer(line, pts, zero).properties(width=WIDTH, height=220, title="Sentence tone along the text (VADER compound)")


def plot_article_tone(sentiment: pl.DataFrame, articles: pl.DataFrame | None = None, *, top: int = 40) -> AnyChart:
    """Mean sentence tone per article with a 95% bootstrap interval (Vega-Lite ``ci``), ``top`` longest articles."""
    require_columns(sentiment, ["article_id", "compound"], what="plot_article_tone")
    if sentiment.height == 0:
        return _no_rows("sentiment")
    df = sentiment.select("article_id", "compound")
    if articles is not None and articles.height:
        names = articles.select(
            "article_id",
            pl.concat_str([pl.col("title").fill_null(pl.col("article_id")), pl.col("outlet").fill_null("?")], separator=" — ")
            .pipe(lambda e: pl.when(e.str.len_chars() > 60).then(e.str.slice(0, 60) + "…").otherwise(e))
            .alias("article"),
        )
        df = df.join(names, on="article_id", how="left").with_columns(pl.col("article").fill_null(pl.col("article_id")))
    else:
        df = df.with_columns(pl.col("article_id").alias("article"))
    keep = df.group_by("article").len().sort(["len", "article"], descending=[True, False])["article"].head(top).to_list()
    df = df.filter(pl.col("article").is_in(keep))
    base = alt.Chart(df).encode(y=alt.Y("article:N", title=None, sort="-x"))
    bars = base.mark_errorbar(extent="ci").encode(x=alt.X("compound:Q", title="mean compound (95% bootstrap CI)"))
    means = base.mark_point(filled=True, color="black").encode(x="mean(compound):Q", tooltip=["article:N", alt.Tooltip("mean(compound):Q", format=".3f"), alt.Tooltip("count():Q", title="sentences")])
    return alt.layer(bars, means).properties(width=WIDTH - 160, title="Tone by article")


def plot_voice_tone(sentiment: pl.DataFrame) -> AnyChart:
    """Narrator against quoted voices: mean compound of the words outside and inside quotation marks, 95% CI."""
    require_columns(sentiment, ["narrator_compound", "quoted_compound"], what="plot_voice_tone")
    long = sentiment.select(
        pl.col("narrator_compound").alias("narrator"), pl.col("quoted_compound").alias("quoted")
    ).unpivot(variable_name="voice", value_name="compound").drop_nulls("compound")
    if long.height == 0:
        return _no_rows("sentiment", "(no narrator or quoted scores)" if sentiment.height else "")
    voices = ["narrator", "quoted"]
    base = alt.Chart(long).encode(y=alt.Y("voice:N", title=None, sort=voices))
    bars = base.mark_errorbar(extent="ci", thickness=2).encode(x=alt.X("compound:Q", title="mean compound (95% bootstrap CI)"))
    means = base.mark_point(filled=True, size=80).encode(
        x="mean(compound):Q",
        color=alt.Color("voice:N", scale=alt.Scale(domain=voices, range=[VOICE_COLORS[v] for v in voices]), legend=None),
        tooltip=["voice:N", alt.Tooltip("mean(compound):Q", format=".3f"), alt.Tooltip("count():Q", title="sentences")],
    )
    return alt.layer(bars, means).properties(width=WIDTH - 160, height=80, title="Narrator against quoted voices")


def plot_actor_tone(
    actor_sentiment: pl.DataFrame, *, voice: Voice = "all", min_sentences: int = 1, top: int = 30
) -> AnyChart:
    """Mean tone of the sentences mentioning each actor with its bootstrap interval (``ci_low``..``ci_high``).

    ``voice`` picks the rows of one voice (``all`` = every sentence); the ``top`` actors by number of
    sentences are drawn.
    """
    check_choice("voice", voice, VOICE_CHOICES)
    require_columns(actor_sentiment, ["actor_label", "voice", "n_sentences", "mean_compound", "ci_low", "ci_high"], what="plot_actor_tone")
    df = actor_sentiment.filter((pl.col("voice") == voice) & (pl.col("n_sentences") >= min_sentences))
    if df.height == 0:
        return _no_rows("actor_sentiment", f"for voice={voice!r}" if actor_sentiment.height else "")
    df = df.sort(["n_sentences", "actor_label"], descending=[True, False]).head(top).select(
        pl.col("actor_label").fill_null(pl.col("actor_id")), "n_sentences", "mean_compound", "ci_low", "ci_high"
    )
    base = alt.Chart(df).encode(y=alt.Y("actor_label:N", title=None, sort=alt.EncodingSortField("mean_compound", order="descending")))
    rule = base.mark_rule(color=VOICE_COLORS.get(voice, "#333")).encode(x=alt.X("ci_low:Q", title="mean compound (95% CI)"), x2="ci_high:Q")
    pt = base.mark_point(filled=True, color="black").encode(
        x="mean_compound:Q",
        tooltip=["actor_label:N", "n_sentences:Q", alt.Tooltip("mean_compound:Q", format=".3f"),
                 alt.Tooltip("ci_low:Q", format=".3f"), alt.Tooltip("ci_high:Q", format=".3f")],
    )  # fmt: skip
    zero = alt.Chart(df).mark_rule(strokeDash=[4, 4], color="#888").encode(x=alt.datum(0))
    return alt.layer(rule, pt, zero).properties(width=WIDTH - 160, title=f"Tone by actor (voice: {voice})")


# ---------------------------------------------------------------- claims and corpus


def plot_claim_ledger(ledger: pl.DataFrame, *, counted: Sequence[str] | None = None) -> AnyChart:
    """Values claimed over time by source: one panel per category (``counted``) and unit, ranges as vertical
    bars. Different units or currencies never share an axis ("money (GBP)" and "money (USD)" are two panels)."""
    require_columns(ledger, ["counted", "source_label", "published", "value", "value_low", "value_high"], what="plot_claim_ledger")
    df = ledger if counted is None else ledger.filter(pl.col("counted").is_in(list(counted)))
    df = df.filter(pl.col("value").is_not_null() | pl.col("value_low").is_not_null())
    if df.height == 0:
        return _no_rows("claim_ledger", "for these categories" if ledger.height else "")
    df = _plain(
        df.with_columns(
            pl.col("source_label").fill_null("(no source)"),
            pl.coalesce("value", "value_low").alias("value"),
            pl.coalesce("value_low", "value").alias("value_low"),
            pl.coalesce("value_high", "value").alias("value_high"),
            (
                pl.when(pl.col("unit").is_not_null()).then(pl.format("{} ({})", "counted", "unit")).otherwise(pl.col("counted"))
                if "unit" in ledger.columns else pl.col("counted")
            ).alias("panel"),
        ).select(
            "panel", "counted", "source_label", "published", "value", "value_low", "value_high",
            *[c for c in ("qualifier", "unit", "article_id", "sentence_id") if c in ledger.columns],
            *([_short("surface")] if "surface" in ledger.columns else []),
        )  # fmt: skip
    )
    tip = [c for c in ("published:T", "source_label:N", "value:Q", "unit:N", "qualifier:N", "surface:N", "article_id:N", "sentence_id:Q")
           if c.split(":")[0] in df.columns]  # fmt: skip
    base = alt.Chart().encode(
        x=alt.X("published:T", title="published"), color=alt.Color("source_label:N", title="source")
    )
    ranges = base.mark_rule(strokeWidth=2, opacity=0.6).encode(y=alt.Y("value_low:Q", title="value"), y2="value_high:Q")
    points = base.mark_point(filled=True, size=60).encode(
        y="value:Q", shape=alt.Shape("qualifier:N") if "qualifier" in df.columns else alt.Undefined, tooltip=tip
    )
    return (
        alt.layer(ranges, points, data=df)
        .properties(width=WIDTH - 60, height=160)
        .facet(row=alt.Row("panel:N", title=None))
        .resolve_scale(y="independent")
        .properties(title="Claim ledger: values over time by source")
    )


def plot_claim_counts(claims: pl.DataFrame) -> AnyChart:
    """Number of claims per category (``counted``) and qualifier."""
    require_columns(claims, ["counted", "qualifier"], what="plot_claim_counts")
    if claims.height == 0:
        return _no_rows("claims")
    df = claims.select(pl.col("counted").fill_null("other"), pl.col("qualifier").fill_null("exact"))
    return (
        alt.Chart(df)
        .mark_bar()
        .encode(y=alt.Y("counted:N", sort="-x", title=None), x=alt.X("count():Q", title="claims", axis=COUNT_AXIS),
                color=alt.Color("qualifier:N"), tooltip=["counted:N", "qualifier:N", "count():Q"])  # fmt: skip
        .properties(width=WIDTH - 160, title="Numeric claims by category")
    )


def plot_top_actors(mentions: pl.DataFrame, *, top: int = 20, include_places: bool = False) -> AnyChart:
    """Most mentioned actors (bars coloured by actor type); places are left out unless ``include_places``."""
    require_columns(mentions, ["actor_id", "actor_label", "actor_type", "is_place"], what="plot_top_actors")
    df = mentions if include_places else mentions.filter(~pl.col("is_place").fill_null(False))
    if df.height == 0:
        return _no_rows("mentions")
    counts = (
        df.group_by("actor_id")
        .agg(pl.col("actor_label").mode().first(), pl.col("actor_type").mode().first(), pl.len().alias("n_mentions"))
        .sort(["n_mentions", "actor_id"], descending=[True, False])
        .head(top)
    )
    types = sorted(TYPE_COLORS)
    return (
        alt.Chart(counts)
        .mark_bar()
        .encode(
            y=alt.Y("actor_label:N", sort="-x", title=None), x=alt.X("n_mentions:Q", title="mentions", axis=COUNT_AXIS),
            color=alt.Color("actor_type:N", scale=alt.Scale(domain=types, range=[TYPE_COLORS[t] for t in types])),
            tooltip=["actor_label:N", "actor_id:N", "actor_type:N", "n_mentions:Q"],
        )  # fmt: skip
        .properties(width=WIDTH - 160, title=f"Most mentioned actors (top {top})")
    )


def plot_corpus_timeline(articles: pl.DataFrame) -> AnyChart:
    """Articles per publication date and outlet."""
    require_columns(articles, ["published", "outlet"], what="plot_corpus_timeline")
    if articles.height == 0:
        return _no_rows("articles")
    df = _plain(articles.select(pl.col("published"), pl.col("outlet").fill_null("(unknown)")))
    if df["published"].null_count() == df.height:
        return message_chart("No publication dates in the articles table.")
    return (
        alt.Chart(df.drop_nulls("published"))
        .mark_bar()
        .encode(x=alt.X("published:T", title="published"), y=alt.Y("count():Q", title="articles", axis=COUNT_AXIS),
                color="outlet:N", tooltip=["published:T", "outlet:N", "count():Q"])  # fmt: skip
        .properties(width=WIDTH, height=160, title="Articles over time")
    )


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
    """The Vega-Lite spec of ``chart`` with its data inlined (no row limit)."""
    if isinstance(chart, dict):
        return chart
    with alt.data_transformers.disable_max_rows():
        return chart.to_dict()


def to_svg(chart: alt.TopLevelMixin | dict[str, Any]) -> str:
    """The chart drawn as SVG by vl-convert (no browser, no network). Text in the SVG is XML-escaped.

    >>> to_svg(message_chart("hello")).startswith("<svg")
    True
    """
    import vl_convert as vlc

    spec = chart_spec(chart)
    return vlc.vegalite_to_svg(spec, vl_version=_vl_version(spec))


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
    written by :mod:`toolkit.report` replaces it by the interactive chart drawn with an inlined Vega bundle.
    """
    spec = chart_spec(chart)
    svg = to_svg(spec) if svg is None else svg
    return (
        f'<div class="tk-chart" data-vl-version="{html.escape(_vl_version(spec) or "", quote=True)}">'
        f'<div class="tk-chart-static">{svg}</div>'
        f'<script type="application/vnd.toolkit.vegalite+json">{_script_json(spec)}</script></div>'
    )


def _render(spec: dict[str, Any], **metadata: Any) -> dict[str, Any]:
    svg = to_svg(spec)
    return {"text/html": chart_html(spec, svg=svg), "image/svg+xml": svg, "text/plain": "<altair chart>"}


def use_offline_renderer() -> str:
    """Make altair show charts as inline SVG + spec (works without network); returns the renderer name.

    Also lifts altair's 5000-row limit (data are inlined in the notebook either way).

    >>> use_offline_renderer()
    'toolkit'
    """
    if "toolkit" not in alt.renderers.names():
        alt.renderers.register("toolkit", _render)
    alt.renderers.enable("toolkit")
    alt.data_transformers.disable_max_rows()
    return "toolkit"
