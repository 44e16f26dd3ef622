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

import datetime as dt
import html
from collections.abc import Iterable, Sequence
from typing import Any, Protocol

import ipywidgets as W
import polars as pl

from toolkit.core.errors import check_choice
from toolkit.core.schema import empty
from toolkit.explore import charts, live
from toolkit.explore.highlight import HIGHLIGHT_CSS, frame_html, highlight_article, highlight_text

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


class ChartView:
    """One chart of an explorer: ``html`` (an ``ipywidgets.HTML`` holding the static chart: SVG + spec)
    always, and in a live kernel ``live``, a ``JupyterChart`` showing the same chart with tooltips,
    zoom and selections (:mod:`toolkit.explore.live`). ``widget`` is the one to put in the layout.

    ``on_select``: ``{selection name: callback(rows)}`` called when the reader clicks marks of the live chart.
    """

    def __init__(self, *, on_select: dict[str, Any] | None = None) -> None:
        self.html = W.HTML()
        self.live: Any = live.chart_widget() if live.is_live() else None
        if self.live is not None:
            for name, callback in (on_select or {}).items():
                live.on_select(self.live, name, callback)
        self.widget: W.DOMWidget = self.live if self.live is not None else self.html

    def show(self, chart: Any) -> None:
        """Draw ``chart`` (an altair chart) in both views."""
        self.html.value = charts.chart_html(chart)
        if self.live is not None:
            live.set_chart(self.live, chart)


class ArticlePicker:
    """Pick an article from a corpus of any size: a find box (title, outlet, id), pages of at most
    ``page_size`` articles in the dropdown, and a line saying which ones are shown.

    ``first``: an option put at the top of every page (e.g. ``("(all articles)", "")``).
    """

    def __init__(
        self, options: Sequence[tuple[str, str]], *, page_size: int = 100, first: tuple[str, str] | None = None,
        description: str = "Article",
    ) -> None:  # fmt: skip
        self.all_options = list(options)
        self.page_size = max(1, page_size)
        self.first = first
        self.matches = self.all_options
        self.find = W.Text(placeholder="find in titles, outlets, ids", description="Find", continuous_update=False)
        self.page = W.BoundedIntText(value=1, min=1, max=1, description="Page", layout=W.Layout(width="11em"))
        self.info = W.HTML()
        self.dropdown = W.Dropdown(options=[], description=description, layout=W.Layout(width="95%"))
        self._fill()
        self.find.observe(self._on_find, names="value")
        self.page.observe(lambda _c: self._fill(), names="value")
        paged = len(self.all_options) > self.page_size
        self.widget = W.VBox([W.HBox([self.find, self.page, self.info]) if paged else W.HBox([self.find, self.info]), self.dropdown])

    def _on_find(self, change: dict[str, Any]) -> None:
        words = str(change.get("new") or "").strip().lower()
        self.matches = [o for o in self.all_options if words in o[0].lower() or words in o[1].lower()] if words else self.all_options
        if self.page.value != 1:
            self.page.value = 1  # refills
        else:
            self._fill()

    def _fill(self) -> None:
        n = len(self.matches)
        pages = max(1, -(-n // self.page_size))
        self.page.max = pages
        p = min(self.page.value, pages)
        lo = (p - 1) * self.page_size
        shown = self.matches[lo : lo + self.page_size]
        opts = ([self.first] if self.first else []) + shown
        value = self.dropdown.value
        self.dropdown.options = opts
        if opts:
            self.dropdown.value = value if value in [v for _, v in opts] else opts[0][1]
        what = f"{n:,} of {len(self.all_options):,} articles match" if self.find.value.strip() else f"{n:,} articles"
        self.info.value = (
            f'<span class="tk-meta">{what}; showing {lo + 1 if shown else 0:,}–{lo + len(shown):,} (page {p} of {pages})</span>'
            if n > self.page_size or self.find.value.strip() else f'<span class="tk-meta">{what}</span>'
        )  # fmt: skip

    def select(self, article_id: str) -> None:
        """Show the page holding ``article_id`` and pick it."""
        ids = [v for _, v in self.matches]
        if article_id not in ids and (self.first is None or article_id != self.first[1]):
            self.find.value = ""  # refills with every article
            ids = [v for _, v in self.matches]
        if article_id in ids:
            self.page.value = ids.index(article_id) // self.page_size + 1
        self.dropdown.value = article_id


class Explorer:
    """Base class: a live widget (``.widget``) plus a static HTML snapshot.

    Displayed in a kernel, an explorer is two outputs (:class:`toolkit.explore.live.LiveDisplay`): the widget,
    then its snapshot, which every change of the controls refreshes, so a notebook saved and reopened
    without a kernel shows the explorer as it was last seen, and a rendered report shows it too.
    """

    title = "Explorer"
    widget: W.Box
    _live_display: live.LiveDisplay | None = None

    def static_html(self, *, alternatives: bool = True) -> str:
        """HTML of the current state (and, with ``alternatives``, where cheap, of the choices a reader
        would click through: what a rendered report shows)."""
        raise NotImplementedError

    def snapshot(self, *, alternatives: bool = True) -> str:
        """The static snapshot: title, a note that the controls need a kernel, :meth:`static_html`."""
        note = (
            '<p class="tk-meta"><b>Static snapshot.</b> The controls of this explorer need a running Jupyter '
            "kernel; open the notebook in JupyterLab and run it to change them. Below: what they showed when "
            "the notebook last ran.</p>"
        )
        return f'{STYLE}<div class="tk-static"><h4>{html.escape(self.title)}</h4>{note}{self.static_html(alternatives=alternatives)}</div>'

    def _repr_mimebundle_(self, include: Any = None, exclude: Any = None) -> dict[str, Any]:
        data = self.widget._repr_mimebundle_(include=include, exclude=exclude) or {}
        if isinstance(data, tuple):
            data = data[0]
        return {**data, "text/html": self.snapshot()}

    def _ipython_display_(self) -> None:
        from IPython.display import display

        if not live.in_kernel():
            display(self._repr_mimebundle_(), raw=True)
            return
        self._live_display = live.LiveDisplay()
        self._live_display.show(self.widget, self.snapshot(alternatives=not live.is_live()))

    def _changed(self) -> None:
        """After a callback: refresh the displayed snapshot (the current view only)."""
        if self._live_display is not None:
            self._live_display.update(self.snapshot(alternatives=False))


# ---------------------------------------------------------------- 1. articles


class ArticleExplorer(Explorer):
    """Pick an article, read it with actors, claims and quotes highlighted, see its sentence tone.

    ``page_size``: articles per page of the picker (a find box narrows them); ``max_static``: how many
    articles the static snapshot lists (each in a collapsible block).
    """

    title = "Article explorer"

    def __init__(self, result: Tables, *, article_id: str | None = None, max_static: int = 10, page_size: int = 100) -> None:
        self.result = result
        self.max_static = max_static
        arts = _table(result, "articles")
        cols = [c for c in ("title", "outlet", "published") if c in arts.columns]
        self.options = [
            (_label(r.get("title"), r.get("outlet"), r.get("published"), r["article_id"]), r["article_id"])
            for r in arts.select("article_id", *cols).iter_rows(named=True)
        ]
        self.chooser = ArticlePicker(self.options, page_size=page_size)
        self.picker = self.chooser.dropdown
        self.article_html = W.HTML()
        self.tone = ChartView()
        self.tone_html = self.tone.html
        self.picker.observe(self._on_pick, names="value")
        self.widget = W.VBox([self.chooser.widget, self.tone.widget, self.article_html])
        if not self.options:
            self.picker.disabled = True
            self.article_html.value = STYLE + '<p class="tk-empty">No rows: the articles table is empty.</p>'
        else:
            self.show_article(article_id or self.options[0][1])

    def _on_pick(self, change: dict[str, Any]) -> None:
        if change.get("new"):
            self.show_article(change["new"])

    def _tone_chart(self, article_id: str) -> Any:
        r = self.result
        return charts.plot_sentence_tone(_table(r, "sentiment"), _table(r, "sentences"), article_id=article_id, articles=_table(r, "articles"))

    def render_article(self, article_id: str) -> tuple[str, str]:
        """(highlighted article HTML, sentence tone chart HTML) of one article."""
        r = self.result
        text = highlight_article(
            _table(r, "articles"), article_id,
            mentions=_table(r, "mentions"), claims=_table(r, "claims"), quotes=_table(r, "quotes"),
        )  # fmt: skip
        return STYLE + text, charts.chart_html(self._tone_chart(article_id))

    def show_article(self, article_id: str) -> None:
        """Callback: show ``article_id`` (also moves the picker, to the article's page if need be)."""
        if self.picker.value != article_id:
            self.chooser.select(article_id)  # triggers _on_pick -> show_article again
            return
        r = self.result
        self.article_html.value = STYLE + highlight_article(
            _table(r, "articles"), article_id,
            mentions=_table(r, "mentions"), claims=_table(r, "claims"), quotes=_table(r, "quotes"),
        )  # fmt: skip
        self.tone.show(self._tone_chart(article_id))
        self._changed()

    def static_html(self, *, alternatives: bool = True) -> str:
        if not self.options:
            return self.article_html.value
        current = self.picker.value
        label = dict((v, k) for k, v in self.options).get(current, current)
        if not alternatives:
            return f"<details open><summary>{html.escape(label)}</summary>{self.tone_html.value}{self.article_html.value}</details>"
        parts = []
        listed = [(lab, aid) for lab, aid in self.options[: self.max_static]]
        if current not in [aid for _, aid in listed]:
            listed = [(label, current), *listed[: self.max_static - 1]]
        for lab, aid in listed:
            text, tone = (self.article_html.value, self.tone_html.value) if aid == current else self.render_article(aid)
            parts.append(f'<details{" open" if aid == current else ""}><summary>{html.escape(lab)}</summary>{tone}{text}</details>')
        if len(self.options) > len(listed):
            parts.append(f'<p class="tk-meta">{len(self.options) - len(listed):,} more articles: open the notebook to browse them.</p>')
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
    a heatmap and a network drawing; picking a pair (in the list, or by clicking a heatmap cell or a
    network edge of the live charts) shows the sentences behind it."""

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
        max_pairs: int = 200,
    ) -> None:
        check_choice("window", window, charts.WINDOW_CHOICES)
        check_choice("measure", measure, charts.MEASURE_CHOICES)
        self.result = result
        self.top = top
        self.max_sentences = max_sentences
        self.static_pairs = static_pairs
        self.max_pairs = max_pairs
        edges = _table(result, "cooc_edges")
        ments = _table(result, "mentions")
        max_n = int(edges["n_units"].max() or 1) if edges.height else 1  # type: ignore[arg-type]
        types = sorted(set(charts.TYPE_COLORS) | set(ments["actor_type"].drop_nulls().unique().to_list()))
        self.window = W.ToggleButtons(options=list(charts.WINDOW_CHOICES), value=window, description="Window")
        self.measure = W.Dropdown(options=list(charts.MEASURE_CHOICES), value=measure, description="Measure")
        self.min_count = W.IntSlider(value=min(min_count, max(max_n, 1)), min=1, max=max(max_n, 2), description="Min count")
        self.actor_types = W.SelectMultiple(options=types, value=tuple(types), description="Actor types", rows=min(len(types), 7))
        self.heatmap = ChartView(on_select={"pair": self._on_chart_pick})
        self.network = ChartView(on_select={"pair": self._on_chart_pick})
        self.heatmap_html, self.network_html = self.heatmap.html, self.network.html
        self.pair = W.Dropdown(options=[], description="Pair", layout=W.Layout(width="95%"))
        self.pair_info = W.HTML()
        self.sentences_html = W.HTML()
        for w in (self.window, self.measure, self.min_count, self.actor_types):
            w.observe(lambda _change: self.update(), names="value")
        self.pair.observe(self._on_pair, names="value")
        controls = W.HBox([W.VBox([self.window, self.measure, self.min_count]), self.actor_types])
        hint = W.HTML('<p class="tk-meta">Click a heatmap cell or a network edge to read its sentences '
                      "(double-click clears; wheel and drag zoom and pan the network).</p>") if live.is_live() else W.HTML()  # fmt: skip
        row = W.HBox([self.heatmap.widget, self.network.widget], layout=W.Layout(flex_flow="row wrap", width="100%"))
        self.widget = W.VBox([controls, hint, row, self.pair, self.pair_info, self.sentences_html])
        self.update()

    def selection(self) -> pl.DataFrame:
        """The pairs the controls select (:func:`toolkit.explore.charts.filter_edges` rows)."""
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
        self.heatmap.show(charts.plot_cooc_heatmap(edges, ments, **kw))
        self.network.show(charts.plot_cooc_network(edges, ments, top=self.top, **kw))
        sel = self.selection()
        options = [
            (f"{r['label_a']} — {r['label_b']} ({self.measure.value} {r['score']:.3f}, {r['n_units']} windows)" if r["score"] is not None
             else f"{r['label_a']} — {r['label_b']} ({r['n_units']} windows)", (r["actor_a"], r["actor_b"]))
            for r in sel.head(self.max_pairs).iter_rows(named=True)
        ]  # fmt: skip
        self.pair_info.value = (
            f'<p class="tk-meta">The list holds the best {self.max_pairs} of {sel.height:,} pairs; click a heatmap cell '
            "or network edge for the others drawn.</p>" if sel.height > self.max_pairs else ""
        )  # fmt: skip
        self.pair.options = options
        if options:
            if self.pair.value != options[0][1]:
                self.pair.value = options[0][1]  # the picker shows the pair whose sentences are shown (_on_pair)
            else:
                self.show_pair(options[0][1])
        else:
            self.sentences_html.value = STYLE + (
                f'<p class="tk-empty">No actor pair matches these settings ({html.escape(charts._filters_note(kw["window"], kw["min_count"], kw["actor_types"]))}).</p>'
            )
            self._changed()

    def _on_pair(self, change: dict[str, Any]) -> None:
        if change.get("new") is not None:
            self.show_pair(change["new"])

    def _on_chart_pick(self, rows: list[dict[str, Any]]) -> None:
        """A heatmap cell or network edge was clicked: show that pair."""
        a, b = rows[0].get("actor_a"), rows[0].get("actor_b")
        if a is None or b is None:
            return
        self.select_pair((str(a), str(b)))

    def select_pair(self, pair: tuple[str, str]) -> None:
        """Pick ``pair`` (actor ids, any order): in the list when it is there, else show its sentences."""
        values = [v for _, v in self.pair.options]
        for p in (pair, (pair[1], pair[0])):
            if p in values:
                if self.pair.value == p:
                    self.show_pair(p)
                else:
                    self.pair.value = p
                return
        self.show_pair(pair)

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
        shown = min(sents.height, self.max_sentences)
        more = f'<p class="tk-meta">The first {shown} shown; {sents.height - shown:,} more sentences.</p>' if sents.height > shown else ""
        return (
            f'{STYLE}<p class="tk-meta">{sents.height} sentence(s) behind this pair ({html.escape(self.window.value)} window)</p>'
            '<div class="tk-scroll"><table class="tk-table"><thead><tr><th>article</th><th>sentence</th><th>text</th></tr></thead>'
            f"<tbody>{''.join(rows)}</tbody></table></div>{more}"
        )

    def show_pair(self, pair: tuple[str, str]) -> None:
        """Callback: show the sentences behind ``pair`` (actor ids)."""
        self.sentences_html.value = self.render_pair(pair)
        self._changed()

    def static_html(self, *, alternatives: bool = True) -> str:
        settings = (
            f"window={self.window.value}, measure={self.measure.value}, min count={self.min_count.value}, "
            f"actor types={', '.join(self.actor_types.value)}"
        )
        parts = [f'<p class="tk-meta">{html.escape(settings)}</p>', '<div class="tk-row">', self.heatmap_html.value,
                 self.network_html.value, "</div>"]  # fmt: skip
        if not alternatives or not self.pair.options:
            label = dict((v, k) for k, v in self.pair.options).get(self.pair.value, "")
            parts.append(f'<p class="tk-meta">{html.escape(label)}</p>' if label else "")
            parts.append(self.sentences_html.value)
            return "".join(parts)
        for label, pair in list(self.pair.options)[: self.static_pairs]:
            parts.append(f"<details><summary>{html.escape(label)}</summary>{self.render_pair(pair)}</details>")
        if len(self.pair.options) > self.static_pairs:
            parts.append(f'<p class="tk-meta">{len(self.pair.options) - self.static_pairs} more pairs: open the notebook to read them.</p>')
        return "".join(parts)


# ---------------------------------------------------------------- 3. sentiment


class ToneExplorer(Explorer):
    """Sentence tone of one article (or all: one labelled line per article up to
    :data:`toolkit.explore.charts.MAX_SERIES` articles, their mean with its interval beyond) and actor tone
    for one voice, with intervals."""

    title = "Tone explorer"
    ALL = "(all articles)"

    def __init__(self, result: Tables, *, voice: charts.Voice = "all", page_size: int = 100) -> None:
        check_choice("voice", voice, charts.VOICE_CHOICES)
        self.result = result
        arts = _table(result, "articles")
        self.options = [
            (_label(r.get("title"), r.get("outlet"), r.get("published"), r["article_id"]), r["article_id"])
            for r in arts.iter_rows(named=True)
        ]
        self.chooser = ArticlePicker(self.options, page_size=page_size, first=(self.ALL, ""))
        self.article = self.chooser.dropdown
        self.article.value = ""
        self.voice = W.ToggleButtons(options=list(charts.VOICE_CHOICES), value=voice, description="Voice")
        self.sentence_chart = ChartView()
        self.actor_chart = ChartView()
        self.sentence_html, self.actor_html = self.sentence_chart.html, self.actor_chart.html
        self.article.observe(lambda _c: self.update(), names="value")
        self.voice.observe(lambda _c: self.update(), names="value")
        self.widget = W.VBox([self.chooser.widget, self.sentence_chart.widget, self.voice, self.actor_chart.widget])
        self.update()

    def update(self) -> None:
        """Callback: redraw the sentence tone (for the picked article) and actor tone (for the picked voice)."""
        r = self.result
        self.sentence_chart.show(
            charts.plot_sentence_tone(_table(r, "sentiment"), _table(r, "sentences"), article_id=self.article.value or None,
                                      articles=_table(r, "articles"))  # fmt: skip
        )
        self.actor_chart.show(charts.plot_actor_tone(_table(r, "actor_sentiment"), voice=self.voice.value))
        self._changed()

    def static_html(self, *, alternatives: bool = True) -> str:
        label = dict((v, k) for k, v in self.options).get(self.article.value, self.ALL)
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
    """The claims table with filters (category, qualifier, source), in pages of ``max_rows``, and the
    claim ledger chart; clicking a point of the live ledger shows the sentences of its claims."""

    title = "Numeric claims explorer"

    def __init__(self, result: Tables, *, max_rows: int = 100, max_static_rows: int = 100, max_sentences: int = 20) -> None:
        self.result = result
        self.max_rows = max(1, max_rows)
        self.max_static_rows = max_static_rows
        self.max_sentences = max_sentences
        clms = _table(result, "claims")

        def values(col: str, fill: str | None = None) -> list[str]:
            s = clms[col] if fill is None else clms[col].fill_null(fill)
            return sorted(s.drop_nulls().unique().to_list())

        self.counted = W.SelectMultiple(options=values("counted"), description="Category", rows=6)
        self.qualifier = W.SelectMultiple(options=values("qualifier"), description="Qualifier", rows=6)
        self.source = W.SelectMultiple(options=values("source_label", "(no source)"), description="Source", rows=6)
        self.page = W.BoundedIntText(value=1, min=1, max=1, description="Page", layout=W.Layout(width="11em"))
        self.count_html = W.HTML()
        self.table_html = W.HTML()
        self.ledger = ChartView(on_select={"claim": self.show_point})
        self.ledger_html = self.ledger.html
        self.point_html = W.HTML()
        for w in (self.counted, self.qualifier, self.source):
            w.observe(lambda _c: self.update(), names="value")
        self.page.observe(lambda _c: self._show_page(), names="value")
        hint = W.HTML('<p class="tk-meta">Click a point of the ledger to read the sentences of its claims '
                      "(double-click clears).</p>") if live.is_live() else W.HTML()  # fmt: skip
        self.widget = W.VBox([
            W.HBox([self.counted, self.qualifier, self.source], layout=W.Layout(flex_flow="row wrap")),
            W.HBox([self.count_html, self.page]), self.table_html, hint, self.ledger.widget, self.point_html,
        ])  # fmt: skip
        self.update()

    def filters_note(self) -> str:
        """The filters set, in words ("category killed; source UN"), or "" when none is."""
        parts = [f"{name} {', '.join(w.value)}" for name, w in (("category", self.counted), ("qualifier", self.qualifier), ("source", self.source)) if w.value]
        return "; ".join(parts)

    def selection(self) -> pl.DataFrame:
        """The claims the filters select."""
        return filter_claims(
            _table(self.result, "claims"), counted=self.counted.value, qualifier=self.qualifier.value, source=self.source.value
        )

    def ledger_selection(self) -> pl.DataFrame:
        """The claim ledger rows of the chosen sources and qualifiers (categories are the chart's panels)."""
        ledger = _table(self.result, "claim_ledger")
        if self.source.value:
            ledger = ledger.filter(pl.col("source_label").fill_null("(no source)").is_in(list(self.source.value)))
        if self.qualifier.value and "qualifier" in ledger.columns:
            ledger = ledger.filter(pl.col("qualifier").is_in(list(self.qualifier.value)))
        return ledger

    def _table_page(self, sel: pl.DataFrame, page: int) -> str:
        clms = _table(self.result, "claims")
        if sel.height == 0:
            empty_message = "No rows: the claims table is empty." if clms.height == 0 else f"No claim matches these filters ({self.filters_note()})."
            return STYLE + frame_html(sel, empty_message=empty_message)
        lo = (page - 1) * self.max_rows
        rows = sel.slice(lo, self.max_rows)
        note = (
            f'<p class="tk-meta">Rows {lo + 1:,}–{lo + rows.height:,} of {sel.height:,} (page {page} of '
            f"{-(-sel.height // self.max_rows)}).</p>" if sel.height > self.max_rows else ""
        )  # fmt: skip
        return STYLE + f'<div class="tk-scroll">{frame_html(rows, columns=CLAIM_COLUMNS, max_rows=self.max_rows)}</div>{note}'

    def _show_page(self) -> None:
        self.table_html.value = self._table_page(self.selection(), self.page.value)
        self._changed()

    def update(self) -> None:
        """Callback: refilter the table (back to page 1) and redraw the ledger for the chosen categories."""
        clms = _table(self.result, "claims")
        sel = self.selection()
        self.count_html.value = f'<p class="tk-meta">{sel.height:,} of {clms.height:,} claims (no selection in a list = all)</p>'
        self.page.max = max(1, -(-sel.height // self.max_rows))
        self.page.value = 1
        self.table_html.value = self._table_page(sel, 1)
        ledger = self.ledger_selection()
        filters = self.filters_note() if ledger.height < _table(self.result, "claim_ledger").height or self.counted.value else None
        self.ledger.show(charts.plot_claim_ledger(ledger, counted=self.counted.value or None, filters=filters or None))
        self.point_html.value = ""
        self._changed()

    def show_point(self, rows: list[dict[str, Any]]) -> None:
        """Callback of a click on a ledger point (``panel``, ``source_label``, ``published``): the
        sentences of the claims behind it, each claim highlighted."""
        frame, _ = charts.ledger_frame(self.ledger_selection(), counted=self.counted.value or None)
        want = rows[0]
        for col in ("panel", "source_label"):
            if col in want:
                frame = frame.filter(pl.col(col) == want[col]) if want[col] is not None else frame.filter(pl.col(col).is_null())
        day = want.get("published")
        if isinstance(day, (int, float)):  # vega gives dates as epoch milliseconds
            day = dt.datetime.fromtimestamp(day / 1000, tz=dt.timezone.utc).strftime("%Y-%m-%d")
        if day is not None:
            start = dt.date.fromisoformat(str(day)[:10])
            published = pl.col("published").cast(pl.Date, strict=False)
            frame = frame.filter((published >= start) & (published < pl.lit(start).dt.offset_by(str(want.get("period") or "1d"))))
        self.point_html.value = self.render_claims(frame)
        self._changed()

    def render_claims(self, ledger_rows: pl.DataFrame) -> str:
        """HTML of the sentences behind ledger rows, each claim highlighted in its sentence."""
        if ledger_rows.height == 0:
            return STYLE + '<p class="tk-empty">No claim behind this point.</p>'
        sents = _table(self.result, "sentences")
        rows = []
        for c in ledger_rows.head(self.max_sentences).iter_rows(named=True):
            s = sents.filter((pl.col("article_id") == c["article_id"]) & (pl.col("sentence_id") == c["sentence_id"]))
            if s.height == 0:
                continue
            srow = s.row(0, named=True)
            span = pl.DataFrame({"char_start": [c["char_start"] - srow["char_start"]], "char_end": [c["char_end"] - srow["char_start"]],
                                 "value": [c["value"]], "qualifier": [c.get("qualifier")], "counted": [c.get("counted")]})  # fmt: skip
            rows.append(
                f"<tr><td>{html.escape(str(c.get('published') or ''))}</td><td>{html.escape(str(c.get('source_label') or ''))}</td>"
                f"<td>{highlight_text(srow['text'], claims=span)}</td></tr>"
            )
        more = f'<p class="tk-meta">{ledger_rows.height - self.max_sentences:,} more claims.</p>' if ledger_rows.height > self.max_sentences else ""
        return (
            f'{STYLE}<p class="tk-meta">{ledger_rows.height} claim(s) behind this point</p><div class="tk-scroll">'
            '<table class="tk-table"><thead><tr><th>published</th><th>source</th><th>sentence</th></tr></thead>'
            f"<tbody>{''.join(rows)}</tbody></table></div>{more}"
        )

    def static_html(self, *, alternatives: bool = True) -> str:
        sel = self.selection()
        filters = "; ".join(
            f"{name}: {', '.join(w.value) or 'all'}" for name, w in (("category", self.counted), ("qualifier", self.qualifier), ("source", self.source))
        )
        table = self.table_html.value if not alternatives or sel.height == 0 else STYLE + (
            f'<div class="tk-scroll">{frame_html(sel, columns=CLAIM_COLUMNS, max_rows=self.max_static_rows)}</div>'
        )
        return f'<p class="tk-meta">{html.escape(filters)}</p>' + self.count_html.value + table + self.ledger_html.value + self.point_html.value


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
    table = frame_html(df, columns=list(columns) if columns else None, max_rows=max_rows, empty_message=f"No rows: the {name} table is empty.")
    return HTMLBlock(f'{STYLE}<div class="tk-scroll">{table}</div>' if df.height else STYLE + table)
