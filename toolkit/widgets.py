"""Widget explorers for the notebooks, built here so that notebooks only show them.

Tables in: an :class:`toolkit.Analysis` (``articles``, ``sentences``, ``mentions``, ``cooc_pairs``,
``cooc_edges``, ``sentiment``, ``actor_sentiment``, ``claims``, ``claim_ledger``, ``quotes``).
Tables out: :func:`filter_claims` and :func:`find_pair_sentences` return rows of ``claims`` and
``sentences``; the explorers return nothing, they display.

Each explorer is an ``ipywidgets`` box (``.widget``) whose callbacks are plain methods
(``show_article``, ``update``, ``show_pair``, ...) that write HTML into ``ipywidgets.HTML`` outputs, so
tests call them and read ``.value``. Displayed in a notebook an explorer gives the live widget plus a
``text/html`` static snapshot (:meth:`Explorer.static_html`): what a rendered report shows when there is
no kernel to run the callbacks.

>>> import toolkit
>>> ex = ArticleExplorer(toolkit.analyze(["Hamas said 3 people died.\\nburs/ami"]))
>>> "tk-article" in ex.article_html.value
True
"""

from __future__ import annotations

import html
from collections.abc import Iterable, Sequence
from typing import Any, Protocol

import ipywidgets as W
import polars as pl

from . import charts
from .errors import check_choice
from .highlight import HIGHLIGHT_CSS, frame_html, highlight_article, highlight_text
from .schema import empty

STYLE = f"<style>{HIGHLIGHT_CSS}</style>"


class Tables(Protocol):
    """What the explorers read: an :class:`toolkit.Analysis` or any object with these tables."""

    articles: pl.DataFrame
    sentences: pl.DataFrame
    mentions: pl.DataFrame
    cooc_pairs: pl.DataFrame
    cooc_edges: pl.DataFrame
    sentiment: pl.DataFrame
    actor_sentiment: pl.DataFrame
    claims: pl.DataFrame
    claim_ledger: pl.DataFrame
    quotes: pl.DataFrame


def _table(result: Any, name: str) -> pl.DataFrame:
    df = getattr(result, name, None)
    return empty(name) if df is None else df


def _label(title: object, outlet: object, published: object, article_id: str, n: int = 70) -> str:
    text = f"{title or '(no title)'} — {outlet or '?'}, {published or 'no date'}"
    return (text if len(text) <= n else text[: n - 1] + "…") + f" [{article_id[:8]}]"


class Explorer:
    """Base class: a live widget (``.widget``) plus a static HTML snapshot for rendered reports."""

    title = "Explorer"
    widget: W.Box

    def static_html(self) -> str:
        """HTML of the current state (and, where cheap, of the choices a reader would click through)."""
        raise NotImplementedError

    def _repr_mimebundle_(self, include: Any = None, exclude: Any = None) -> dict[str, Any]:
        data = self.widget._repr_mimebundle_(include=include, exclude=exclude) or {}
        if isinstance(data, tuple):
            data = data[0]
        note = (
            '<p class="tk-meta"><b>Static snapshot.</b> The controls of this explorer need a running Jupyter '
            "kernel; open the notebook in JupyterLab to change them. Below: what they showed when the report "
            "was rendered.</p>"
        )
        return {
            **data,
            "text/html": f'{STYLE}<div class="tk-static"><h4>{html.escape(self.title)}</h4>{note}{self.static_html()}</div>',
        }


# ---------------------------------------------------------------- 1. articles


class ArticleExplorer(Explorer):
    """Pick an article, read it with actors, claims and quotes highlighted, see its sentence tone.

    ``max_static``: how many articles the static snapshot lists (each in a collapsible block).
    """

    title = "Article explorer"

    def __init__(self, result: Tables, *, article_id: str | None = None, max_static: int = 10) -> None:
        self.result = result
        self.max_static = max_static
        arts = _table(result, "articles")
        cols = [c for c in ("title", "outlet", "published") if c in arts.columns]
        self.options = [
            (_label(r.get("title"), r.get("outlet"), r.get("published"), r["article_id"]), r["article_id"])
            for r in arts.select("article_id", *cols).iter_rows(named=True)
        ]
        self.picker = W.Dropdown(options=self.options, description="Article", layout=W.Layout(width="95%"))
        self.article_html = W.HTML()
        self.tone_html = W.HTML()
        self.picker.observe(self._on_pick, names="value")
        self.widget = W.VBox([self.picker, self.tone_html, self.article_html])
        if not self.options:
            self.picker.disabled = True
            self.article_html.value = STYLE + '<p class="tk-empty">No rows: the articles table is empty.</p>'
            self.tone_html.value = ""
        else:
            self.show_article(article_id or self.options[0][1])

    def _on_pick(self, change: dict[str, Any]) -> None:
        if change.get("new") is not None:
            self.show_article(change["new"])

    def render_article(self, article_id: str) -> tuple[str, str]:
        """(highlighted article HTML, sentence tone chart HTML) of one article."""
        r = self.result
        text = highlight_article(
            _table(r, "articles"), article_id,
            mentions=_table(r, "mentions"), claims=_table(r, "claims"), quotes=_table(r, "quotes"),
        )  # fmt: skip
        tone = charts.chart_html(
            charts.plot_sentence_tone(_table(r, "sentiment"), _table(r, "sentences"), article_id=article_id)
        )
        return STYLE + text, tone

    def show_article(self, article_id: str) -> None:
        """Callback: show ``article_id`` (also moves the picker)."""
        if self.picker.value != article_id:
            self.picker.value = article_id  # triggers _on_pick -> show_article again
            return
        self.article_html.value, self.tone_html.value = self.render_article(article_id)

    def static_html(self) -> str:
        if not self.options:
            return self.article_html.value
        parts = []
        for label, aid in self.options[: self.max_static]:
            text, tone = (self.article_html.value, self.tone_html.value) if aid == self.picker.value else self.render_article(aid)
            parts.append(
                f'<details{" open" if aid == self.picker.value else ""}><summary>{html.escape(label)}</summary>'
                f"{tone}{text}</details>"
            )
        if len(self.options) > self.max_static:
            parts.append(f'<p class="tk-meta">{len(self.options) - self.max_static} more articles: open the notebook to browse them.</p>')
        return "".join(parts)


# ---------------------------------------------------------------- 2. actor network


def find_pair_sentences(
    cooc_pairs: pl.DataFrame,
    sentences: pl.DataFrame,
    actor_a: str,
    actor_b: str,
    *,
    window: charts.Window = "sentence",
) -> pl.DataFrame:
    """The sentences behind one actor pair: rows of ``sentences`` (plus ``unit_id``) listed in the
    ``sentence_ids`` of the pair's ``cooc_pairs`` rows in ``window``. The pair may be given in any order.

    >>> pairs = pl.DataFrame({"article_id": ["a"], "window": ["sentence"], "unit_id": [1],
    ...                       "actor_a": ["HAM"], "actor_b": ["ISR"], "sentence_ids": [[1]]})
    >>> sents = pl.DataFrame({"article_id": ["a", "a"], "sentence_id": [0, 1], "char_start": [0, 10],
    ...                       "char_end": [9, 30], "text": ["Gaza hit.", "Israel and Hamas met."]})
    >>> find_pair_sentences(pairs, sents, "ISR", "HAM")["text"].to_list()
    ['Israel and Hamas met.']
    """
    check_choice("window", window, charts.WINDOW_CHOICES)
    a, b = sorted([actor_a, actor_b])
    rows = cooc_pairs.filter((pl.col("window") == window) & (pl.col("actor_a") == a) & (pl.col("actor_b") == b))
    cols = ["article_id", "unit_id", "sentence_id", "char_start", "char_end", "text"]
    if rows.height == 0:
        return pl.DataFrame(schema={c: (pl.Int32 if c in ("unit_id", "sentence_id") else pl.Int64 if c.startswith("char") else pl.String) for c in cols})
    ids = rows.select("article_id", "unit_id", pl.col("sentence_ids").alias("sentence_id")).explode("sentence_id")
    return (
        ids.with_columns(pl.col("sentence_id").cast(pl.Int32), pl.col("unit_id").cast(pl.Int32))
        .join(sentences.with_columns(pl.col("sentence_id").cast(pl.Int32)), on=["article_id", "sentence_id"], how="inner")
        .unique(["article_id", "sentence_id"], keep="first")
        .sort(["article_id", "sentence_id"])
        .select(cols)
    )


class NetworkExplorer(Explorer):
    """Actor co-occurrence: window, association measure, minimum count and actor types as widgets;
    a heatmap and a network drawing; picking a pair shows the sentences behind it."""

    title = "Actor network explorer"

    def __init__(
        self,
        result: Tables,
        *,
        window: charts.Window = "sentence",
        measure: charts.Measure = "npmi",
        min_count: int = 1,
        top: int = 60,
        max_sentences: int = 30,
        static_pairs: int = 10,
    ) -> None:
        check_choice("window", window, charts.WINDOW_CHOICES)
        check_choice("measure", measure, charts.MEASURE_CHOICES)
        self.result = result
        self.top = top
        self.max_sentences = max_sentences
        self.static_pairs = static_pairs
        edges = _table(result, "cooc_edges")
        ments = _table(result, "mentions")
        max_n = int(edges["n_units"].max() or 1) if edges.height else 1  # type: ignore[arg-type]
        types = sorted(set(charts.TYPE_COLORS) | set(ments["actor_type"].drop_nulls().unique().to_list()))
        self.window = W.ToggleButtons(options=list(charts.WINDOW_CHOICES), value=window, description="Window")
        self.measure = W.Dropdown(options=list(charts.MEASURE_CHOICES), value=measure, description="Measure")
        self.min_count = W.IntSlider(value=min(min_count, max(max_n, 1)), min=1, max=max(max_n, 2), description="Min count")
        self.actor_types = W.SelectMultiple(options=types, value=tuple(types), description="Actor types", rows=min(len(types), 7))
        self.heatmap_html = W.HTML()
        self.network_html = W.HTML()
        self.pair = W.Dropdown(options=[], description="Pair", layout=W.Layout(width="95%"))
        self.sentences_html = W.HTML()
        for w in (self.window, self.measure, self.min_count, self.actor_types):
            w.observe(lambda _change: self.update(), names="value")
        self.pair.observe(self._on_pair, names="value")
        controls = W.HBox([W.VBox([self.window, self.measure, self.min_count]), self.actor_types])
        self.widget = W.VBox([controls, W.HBox([self.heatmap_html, self.network_html]), self.pair, self.sentences_html])
        self.update()

    def selection(self) -> pl.DataFrame:
        """The pairs the controls select (:func:`toolkit.charts.filter_edges` rows)."""
        return charts.filter_edges(
            _table(self.result, "cooc_edges"), _table(self.result, "mentions"),
            window=self.window.value, measure=self.measure.value, min_count=self.min_count.value,
            actor_types=self.actor_types.value,
        )  # fmt: skip

    def update(self) -> None:
        """Callback: redraw both charts and refill the pair picker from the current controls."""
        kw: dict[str, Any] = dict(
            window=self.window.value, measure=self.measure.value, min_count=self.min_count.value,
            actor_types=self.actor_types.value,
        )  # fmt: skip
        edges, ments = _table(self.result, "cooc_edges"), _table(self.result, "mentions")
        self.heatmap_html.value = charts.chart_html(charts.plot_cooc_heatmap(edges, ments, **kw))
        self.network_html.value = charts.chart_html(charts.plot_cooc_network(edges, ments, top=self.top, **kw))
        sel = self.selection()
        options = [
            (f"{r['label_a']} — {r['label_b']} ({self.measure.value} {r['score']:.3f}, {r['n_units']} windows)" if r["score"] is not None
             else f"{r['label_a']} — {r['label_b']} ({r['n_units']} windows)", (r["actor_a"], r["actor_b"]))
            for r in sel.head(200).iter_rows(named=True)
        ]  # fmt: skip
        self.pair.options = options
        if options:
            if self.pair.value != options[0][1]:
                self.pair.value = options[0][1]  # the picker shows the pair whose sentences are shown (_on_pair)
            else:
                self.show_pair(options[0][1])
        else:
            self.sentences_html.value = STYLE + '<p class="tk-empty">No actor pair matches these settings.</p>'

    def _on_pair(self, change: dict[str, Any]) -> None:
        if change.get("new") is not None:
            self.show_pair(change["new"])

    def render_pair(self, pair: tuple[str, str]) -> str:
        """HTML table of the sentences behind ``pair`` with both actors highlighted."""
        r = self.result
        sents = find_pair_sentences(_table(r, "cooc_pairs"), _table(r, "sentences"), *pair, window=self.window.value)
        if sents.height == 0:
            return STYLE + '<p class="tk-empty">No sentences recorded for this pair in cooc_pairs.</p>'
        ments = _table(r, "mentions").filter(pl.col("actor_id").is_in(list(pair)))
        rows = []
        for s in sents.head(self.max_sentences).iter_rows(named=True):
            m = ments.filter(
                (pl.col("article_id") == s["article_id"]) & (pl.col("sentence_id") == s["sentence_id"])
            ).with_columns(pl.col("char_start") - s["char_start"], pl.col("char_end") - s["char_start"])
            rows.append(
                f"<tr><td>{html.escape(s['article_id'][:8])}</td><td>{s['sentence_id']}</td>"
                f"<td>{highlight_text(s['text'], mentions=m)}</td></tr>"
            )
        more = f'<p class="tk-meta">{sents.height - self.max_sentences} more sentences.</p>' if sents.height > self.max_sentences else ""
        return (
            f'{STYLE}<p class="tk-meta">{sents.height} sentence(s) behind this pair ({html.escape(self.window.value)} window)</p>'
            '<table class="tk-table"><thead><tr><th>article</th><th>sentence</th><th>text</th></tr></thead>'
            f"<tbody>{''.join(rows)}</tbody></table>{more}"
        )

    def show_pair(self, pair: tuple[str, str]) -> None:
        """Callback: show the sentences behind ``pair`` (actor ids)."""
        self.sentences_html.value = self.render_pair(pair)

    def static_html(self) -> str:
        settings = (
            f"window={self.window.value}, measure={self.measure.value}, min count={self.min_count.value}, "
            f"actor types={', '.join(self.actor_types.value)}"
        )
        parts = [f'<p class="tk-meta">{html.escape(settings)}</p>', self.heatmap_html.value, self.network_html.value]
        for label, pair in list(self.pair.options)[: self.static_pairs]:
            parts.append(f"<details><summary>{html.escape(label)}</summary>{self.render_pair(pair)}</details>")
        if not self.pair.options:
            parts.append(self.sentences_html.value)
        return "".join(parts)


# ---------------------------------------------------------------- 3. sentiment


class ToneExplorer(Explorer):
    """Sentence tone of one article (or all) and actor tone for one voice, with intervals."""

    title = "Tone explorer"
    ALL = "(all articles)"

    def __init__(self, result: Tables, *, voice: charts.Voice = "all") -> None:
        check_choice("voice", voice, charts.VOICE_CHOICES)
        self.result = result
        arts = _table(result, "articles")
        opts = [(self.ALL, "")] + [
            (_label(r.get("title"), r.get("outlet"), r.get("published"), r["article_id"]), r["article_id"])
            for r in arts.iter_rows(named=True)
        ]
        self.article = W.Dropdown(options=opts, value="", description="Article", layout=W.Layout(width="95%"))
        self.voice = W.ToggleButtons(options=list(charts.VOICE_CHOICES), value=voice, description="Voice")
        self.sentence_html = W.HTML()
        self.actor_html = W.HTML()
        self.article.observe(lambda _c: self.update(), names="value")
        self.voice.observe(lambda _c: self.update(), names="value")
        self.widget = W.VBox([self.article, self.sentence_html, self.voice, self.actor_html])
        self.update()

    def update(self) -> None:
        """Callback: redraw the sentence tone (for the picked article) and actor tone (for the picked voice)."""
        r = self.result
        self.sentence_html.value = charts.chart_html(
            charts.plot_sentence_tone(_table(r, "sentiment"), _table(r, "sentences"), article_id=self.article.value or None)
        )
        self.actor_html.value = charts.chart_html(charts.plot_actor_tone(_table(r, "actor_sentiment"), voice=self.voice.value))

    def static_html(self) -> str:
        label = dict((v, k) for k, v in self.article.options).get(self.article.value, self.ALL)
        return (
            f'<p class="tk-meta">article: {html.escape(label)}; voice: {html.escape(self.voice.value)}</p>'
            + self.sentence_html.value + self.actor_html.value
        )


# ---------------------------------------------------------------- 4. claims


CLAIM_COLUMNS = ["article_id", "sentence_id", "surface", "value", "value_low", "value_high", "qualifier",
                 "counted", "unit", "what", "source_label"]  # fmt: skip


def filter_claims(
    claims: pl.DataFrame,
    *,
    counted: Iterable[str] | None = None,
    qualifier: Iterable[str] | None = None,
    source: Iterable[str] | None = None,
) -> pl.DataFrame:
    """Claims of the given categories, qualifiers and source labels (``None`` or empty = all).

    A claim without a source matches ``source=["(no source)"]``.

    >>> c = pl.DataFrame({"counted": ["killed", "aid"], "qualifier": ["exact", "about"], "source_label": [None, "UN"]})
    >>> filter_claims(c, source=["(no source)"])["counted"].to_list()
    ['killed']
    >>> filter_claims(c, counted=[], qualifier=["about"]).height
    1
    """
    out = claims
    for col, values in (("counted", counted), ("qualifier", qualifier)):
        if values:
            out = out.filter(pl.col(col).is_in(list(values)))
    if source:
        out = out.filter(pl.col("source_label").fill_null("(no source)").is_in(list(source)))
    return out


class ClaimsExplorer(Explorer):
    """The claims table with filters (category, qualifier, source) and the claim ledger chart."""

    title = "Numeric claims explorer"

    def __init__(self, result: Tables, *, max_rows: int = 100, max_static_rows: int = 300) -> None:
        self.result = result
        self.max_rows = max_rows
        self.max_static_rows = max_static_rows
        clms = _table(result, "claims")

        def values(col: str, fill: str | None = None) -> list[str]:
            s = clms[col] if fill is None else clms[col].fill_null(fill)
            return sorted(s.drop_nulls().unique().to_list())

        self.counted = W.SelectMultiple(options=values("counted"), description="Category", rows=6)
        self.qualifier = W.SelectMultiple(options=values("qualifier"), description="Qualifier", rows=6)
        self.source = W.SelectMultiple(options=values("source_label", "(no source)"), description="Source", rows=6)
        self.count_html = W.HTML()
        self.table_html = W.HTML()
        self.ledger_html = W.HTML()
        for w in (self.counted, self.qualifier, self.source):
            w.observe(lambda _c: self.update(), names="value")
        self.widget = W.VBox([W.HBox([self.counted, self.qualifier, self.source]), self.count_html, self.table_html, self.ledger_html])
        self.update()

    def selection(self) -> pl.DataFrame:
        """The claims the filters select."""
        return filter_claims(
            _table(self.result, "claims"), counted=self.counted.value, qualifier=self.qualifier.value, source=self.source.value
        )

    def update(self) -> None:
        """Callback: refilter the table and redraw the ledger for the chosen categories."""
        clms = _table(self.result, "claims")
        sel = self.selection()
        self.count_html.value = f'<p class="tk-meta">{sel.height} of {clms.height} claims (no selection in a list = all)</p>'
        self.table_html.value = STYLE + frame_html(
            sel, columns=CLAIM_COLUMNS, max_rows=self.max_rows,
            empty_message="No rows: the claims table is empty." if clms.height == 0 else "No claim matches these filters.",
        )  # fmt: skip
        ledger = _table(self.result, "claim_ledger")
        if self.source.value:
            ledger = ledger.filter(pl.col("source_label").fill_null("(no source)").is_in(list(self.source.value)))
        if self.qualifier.value and "qualifier" in ledger.columns:
            ledger = ledger.filter(pl.col("qualifier").is_in(list(self.qualifier.value)))
        self.ledger_html.value = charts.chart_html(charts.plot_claim_ledger(ledger, counted=self.counted.value or None))

    def static_html(self) -> str:
        sel = self.selection()
        filters = "; ".join(
            f"{name}: {', '.join(w.value) or 'all'}" for name, w in (("category", self.counted), ("qualifier", self.qualifier), ("source", self.source))
        )
        return (
            f'<p class="tk-meta">{html.escape(filters)}</p>' + self.count_html.value
            + frame_html(sel, columns=CLAIM_COLUMNS, max_rows=self.max_static_rows, empty_message="No rows: the claims table is empty.")
            + self.ledger_html.value
        )  # fmt: skip


class HTMLBlock:
    """Static HTML that notebooks display (``_repr_html_``); the same in JupyterLab and in reports."""

    def __init__(self, html_text: str) -> None:
        self.html = html_text

    def _repr_html_(self) -> str:
        return self.html


def show_table(df: pl.DataFrame, *, columns: Sequence[str] | None = None, max_rows: int = 50, name: str = "table") -> HTMLBlock:
    """An escaped HTML table to display (a clear "No rows" line when ``df`` is empty).

    >>> show_table(pl.DataFrame({"a": []}), name="quotes").html.endswith("No rows: the quotes table is empty.</p>")
    True
    """
    return HTMLBlock(STYLE + frame_html(df, columns=list(columns) if columns else None, max_rows=max_rows,
                                        empty_message=f"No rows: the {name} table is empty."))  # fmt: skip
