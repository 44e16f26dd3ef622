"""Search and compare explorers: a concordance of any word, phrase, pattern or actor, and outlets side by side.

Tables in: an :class:`toolkit.Analysis` (``articles``, ``sentences``, ``mentions``, ``sentiment``, ``quotes``,
``claims``). Tables out: :meth:`SearchExplorer.selection` returns the concordance rows
(:func:`toolkit.measure.search.kwic`) the controls select; the explorers display.

Built like the explorers of :mod:`toolkit.explore.widgets`: controls whose callbacks are plain methods
(``update``, ``show_line``) writing HTML into ``ipywidgets.HTML`` outputs, and a static snapshot for
reports.

>>> import toolkit
>>> ex = SearchExplorer(toolkit.analyze(["Hamas said 3 people died. Hamas met Egypt."]), query="hamas")
>>> ex.selection().height
2
"""

from __future__ import annotations

import datetime as dt
import html
from typing import Any

import ipywidgets as W
import polars as pl

from toolkit.core.errors import check_choice
from toolkit.explore import charts
from toolkit.explore import compare_charts as cc
from toolkit.explore.highlight import frame_html, highlight_article
from toolkit.explore.widgets import STYLE, ChartView, Explorer, Tables, _table
from toolkit.measure import compare
from toolkit.measure.search import kwic

MODES = ("word", "regex", "actor")
SORTS = ("position", "left", "right")
VOICES = ("all", "narrator", "quoted", "mixed")
SEARCH_CSS = (
    "<style>.tk-kwic td.tk-left { text-align: right; white-space: nowrap; max-width: 24em; overflow: hidden;"
    " direction: rtl; } .tk-kwic td.tk-right { white-space: nowrap; max-width: 24em; overflow: hidden; }"
    " .tk-kwic td.tk-match { font-weight: 700; background: #cfe8ff; white-space: nowrap; }"
    " .tk-type-search { background: #cfe8ff; border-bottom-color: #1f77b4; }</style>"
)


def sort_lines(hits: pl.DataFrame, by: str = "position") -> pl.DataFrame:
    """Concordance lines sorted by ``position`` (article, offset), ``left`` (the words before the match,
    read from the match backwards) or ``right`` context, ignoring case.

    >>> h = pl.DataFrame({"article_id": ["a", "a"], "char_start": [0, 9], "left": ["the big", "a small"],
    ...                   "match": ["x", "x"], "right": ["b", "a"]})
    >>> sort_lines(h, "left")["left"].to_list(), sort_lines(h, "right")["right"].to_list()
    (['the big', 'a small'], ['a', 'b'])
    """
    if by == "left":
        key = pl.col("left").str.to_lowercase().str.split(" ").list.reverse().list.join(" ")
    elif by == "right":
        key = pl.col("right").str.to_lowercase()
    else:
        return hits.sort("article_id", "char_start")
    return hits.with_columns(key.alias("_key")).sort("_key", "article_id", "char_start").drop("_key")


def filter_hits(
    hits: pl.DataFrame, articles: pl.DataFrame, sentiment: pl.DataFrame | None = None, *,
    outlets: tuple[str, ...] | list[str] = (), start: dt.date | None = None, end: dt.date | None = None, voice: str = "all",
) -> pl.DataFrame:  # fmt: skip
    """Concordance rows of articles of ``outlets`` (empty: all) published from ``start`` to ``end``
    (inclusive; ``None``: open), in sentences of ``voice`` (``all``: any; from the ``sentiment`` table).

    >>> h = pl.DataFrame({"article_id": ["a", "b"], "sentence_id": [0, 0], "char_start": [0, 0]})
    >>> arts = pl.DataFrame({"article_id": ["a", "b"], "outlet": ["AP", "AFP"], "published": [dt.date(2024, 1, 1)] * 2})
    >>> filter_hits(h, arts, outlets=["AP"])["article_id"].to_list()
    ['a']
    """
    keep = articles.select("article_id", *(c for c in ("outlet", "published") if c in articles.columns))
    if outlets and "outlet" in keep.columns:
        keep = keep.filter(pl.col("outlet").fill_null("(unknown)").is_in(list(outlets)))
    if "published" in keep.columns and (start or end):
        day = pl.col("published").cast(pl.Date, strict=False)
        if start:
            keep = keep.filter(day >= start)
        if end:
            keep = keep.filter(day <= end)
    out = hits.join(keep.select("article_id"), on="article_id", how="semi")
    if voice != "all" and sentiment is not None and "voice" in sentiment.columns:
        sents = sentiment.filter(pl.col("voice").fill_null("narrator") == voice).select("article_id", pl.col("sentence_id").cast(pl.Int32))
        out = out.join(sents, on=["article_id", "sentence_id"], how="semi")
    return out


def concordance_html(hits: pl.DataFrame, *, max_rows: int = 100, offset: int = 0) -> str:
    """The concordance as an escaped HTML table: left context right-aligned, the match, right context.

    >>> h = pl.DataFrame({"article_id": ["a"], "sentence_id": [0], "left": ["<b>"], "match": ["x"], "right": ["y"]})
    >>> "&lt;b&gt;" in concordance_html(h)
    True
    """
    if hits.height == 0:
        return '<p class="tk-empty">No matches.</p>'
    rows = []
    for i, r in enumerate(hits.slice(offset, max_rows).iter_rows(named=True), start=offset + 1):
        rows.append(
            f"<tr><td>{i}</td><td>{html.escape(str(r['article_id'])[:8])}·{r['sentence_id']}</td>"
            f'<td class="tk-left"><bdi>{html.escape(r["left"] or "")}</bdi></td><td class="tk-match">{html.escape(r["match"] or "")}</td>'
            f'<td class="tk-right">{html.escape(r["right"] or "")}</td></tr>'
        )
    more = f'<p class="tk-meta">{hits.height - offset - max_rows:,} more lines.</p>' if hits.height > offset + max_rows else ""
    return (
        f'{SEARCH_CSS}<div class="tk-scroll"><table class="tk-table tk-kwic"><thead><tr><th>#</th><th>article·sentence</th>'
        f"<th>left</th><th>match</th><th>right</th></tr></thead><tbody>{''.join(rows)}</tbody></table></div>{more}"
    )


class SearchExplorer(Explorer):
    """Search the corpus: a word or phrase, a regular expression, or an actor's mentions; filter by outlet,
    dates and voice; read the concordance sorted by position, left or right context; see where in each
    article the matches fall and how many there are over time; pick a line (or click a tick of the live
    dispersion plot) to read its article with the match highlighted.

    ``query``: the first search (default: the most mentioned actor); ``mode``: ``word``, ``regex`` or
    ``actor``; ``window``: words of context; ``max_rows``: lines shown and listed.
    """

    title = "Search explorer"

    def __init__(
        self, result: Tables, *, query: str | None = None, mode: str = "word", window: int = 8, period: str = "month",
        max_rows: int = 200,
    ) -> None:  # fmt: skip
        self.result = result
        self.window_words = window
        self.period = period
        self.max_rows = max_rows
        arts, ments = _table(result, "articles"), _table(result, "mentions")
        top = ments.drop_nulls("actor_id").group_by("actor_id").agg(pl.col("actor_label").drop_nulls().first(), pl.len()).sort(
            ["len", "actor_id"], descending=[True, False]
        )  # fmt: skip
        actor_options = [(f"{r['actor_label'] or r['actor_id']} ({r['len']})", r["actor_id"]) for r in top.iter_rows(named=True)]
        if query is None and actor_options:
            mode = "actor"
        self.mode = W.ToggleButtons(options=list(MODES), value=mode, description="Search")
        self.query = W.Text(value=query or "", placeholder="a word, a phrase or a regular expression", description="Query",
                            continuous_update=False)  # fmt: skip
        self.actor = W.Dropdown(options=actor_options, description="Actor", layout=W.Layout(width="95%"))
        if mode == "actor" and query and query in [v for _, v in actor_options]:
            self.actor.value = query
        outlets = sorted(arts["outlet"].fill_null("(unknown)").unique().to_list()) if "outlet" in arts.columns else []
        self.outlets = W.SelectMultiple(options=outlets, description="Outlets", rows=min(max(len(outlets), 1), 5))
        self.start = W.DatePicker(description="From")
        self.end = W.DatePicker(description="To")
        self.voice = W.ToggleButtons(options=list(VOICES), value="all", description="Voice")
        self.sort = W.ToggleButtons(options=list(SORTS), value="position", description="Sort by")
        self.status = W.HTML()
        self.lines_html = W.HTML()
        self.line = W.Dropdown(options=[], description="Line", layout=W.Layout(width="95%"))
        self.article_html = W.HTML()
        self.dispersion = ChartView(on_select={"hit": self._on_tick})
        self.timeline = ChartView()
        for w in (self.mode, self.query, self.actor, self.outlets, self.start, self.end, self.voice):
            w.observe(lambda _c: self.update(), names="value")
        self.sort.observe(lambda _c: self._show_lines(), names="value")
        self.line.observe(self._on_line, names="value")
        self.hits = pl.DataFrame(schema=kwic(pl.DataFrame(schema={"article_id": pl.String, "sentence_id": pl.Int32,
                                                                  "char_start": pl.Int64, "text": pl.String}), "x").schema)  # fmt: skip
        self.error = ""
        self.widget = W.VBox([
            W.HBox([self.mode, self.voice], layout=W.Layout(flex_flow="row wrap")),
            self.query, self.actor,
            W.HBox([self.outlets, W.VBox([self.start, self.end])], layout=W.Layout(flex_flow="row wrap")),
            self.sort, self.status, self.lines_html, self.dispersion.widget, self.timeline.widget, self.line, self.article_html,
        ])  # fmt: skip
        self.update()

    def search(self) -> pl.DataFrame:
        """The concordance of the current query, before the filters."""
        r = self.result
        sents = _table(r, "sentences")
        if self.mode.value == "actor":
            if not self.actor.value:
                return self.hits.clear()
            return kwic(sents, actor=self.actor.value, mentions=_table(r, "mentions"), window=self.window_words)
        if not self.query.value.strip():
            return self.hits.clear()
        return kwic(sents, self.query.value, regex=self.mode.value == "regex", window=self.window_words)

    def selection(self) -> pl.DataFrame:
        """The concordance rows the query and filters select, in the chosen order."""
        r = self.result
        hits = filter_hits(self.search(), _table(r, "articles"), _table(r, "sentiment"), outlets=self.outlets.value,
                           start=self.start.value, end=self.end.value, voice=self.voice.value)  # fmt: skip
        return sort_lines(hits, self.sort.value)

    def _what(self) -> str:
        if self.mode.value == "actor":
            return f"actor {self.actor.value}"
        return f"{self.mode.value} {self.query.value!r}"

    def update(self) -> None:
        """Callback: search again, refilter, redraw the concordance and both charts."""
        self.error = ""
        try:
            self.hits = self.selection()
        except ValueError as e:
            self.error = str(e)
            self.hits = self.hits.clear()
        arts = _table(self.result, "articles")
        n_art = self.hits["article_id"].n_unique() if self.hits.height else 0
        msg = f"<b>{html.escape(self.error)}</b>" if self.error else (
            f"{self.hits.height:,} matches of {html.escape(self._what())} in {n_art:,} of {arts.height:,} articles"
        )  # fmt: skip
        self.status.value = f'<p class="tk-meta">{msg}</p>'
        self.dispersion.show(cc.plot_dispersion(self.hits, arts))
        self.timeline.show(cc.plot_matches_over_time(self.hits, arts, period=self.period))
        self._show_lines()

    def _show_lines(self) -> None:
        self.hits = sort_lines(self.hits, self.sort.value)
        self.lines_html.value = STYLE + concordance_html(self.hits, max_rows=self.max_rows)
        options = [
            (f"{i + 1}. …{r['left'][-40:]} [{r['match']}] {r['right'][:40]}…", i)
            for i, r in enumerate(self.hits.head(self.max_rows).select("left", "match", "right").iter_rows(named=True))
        ]
        self.line.options = options
        if options:
            if self.line.value != 0:
                self.line.value = 0
            else:
                self.show_line(0)
        else:
            self.article_html.value = ""
            self._changed()

    def _on_line(self, change: dict[str, Any]) -> None:
        if change.get("new") is not None:
            self.show_line(change["new"])

    def _on_tick(self, rows: list[dict[str, Any]]) -> None:
        if not rows:
            return
        want = rows[0]
        idx = self.hits.with_row_index("_i").filter(
            (pl.col("article_id") == want.get("article_id")) & (pl.col("char_start") == want.get("char_start"))
        )["_i"]
        if idx.len() and idx[0] < self.max_rows:
            self.line.value = int(idx[0])

    def render_line(self, i: int) -> str:
        """HTML of line ``i``: its sentence, then its article with the match highlighted."""
        r = self.result
        hit = self.hits.row(i, named=True)
        span = pl.DataFrame({
            "article_id": [hit["article_id"]], "char_start": [hit["char_start"]], "char_end": [hit["char_end"]],
            "surface": [hit["match"]], "actor_id": ["match"], "actor_label": [f"match {i + 1}"], "actor_type": ["search"],
        })  # fmt: skip
        ments = _table(r, "mentions")
        if ments.height:
            ments = pl.concat([ments.filter(pl.col("article_id") == hit["article_id"]), span], how="diagonal_relaxed")
        else:
            ments = span
        body = highlight_article(_table(r, "articles"), hit["article_id"], mentions=ments, quotes=_table(r, "quotes"), legend=False)
        where = f"line {i + 1}: article {hit['article_id'][:8]}, sentence {hit['sentence_id']}, characters {hit['char_start']}–{hit['char_end']}"
        sentence = f'<p><b>…{html.escape(hit["left"])} <span class="tk-actor tk-type-search">{html.escape(hit["match"])}</span> {html.escape(hit["right"])}…</b></p>'
        return f'{STYLE}{SEARCH_CSS}<p class="tk-meta">{html.escape(where)}</p>{sentence}<div class="tk-scroll">{body}</div>'

    def show_line(self, i: int) -> None:
        """Callback: show the article of concordance line ``i`` (0-based), the match highlighted."""
        self.article_html.value = self.render_line(i) if 0 <= i < self.hits.height else ""
        self._changed()

    def static_html(self, *, alternatives: bool = True) -> str:
        settings = (
            f"search: {self._what()}; outlets: {', '.join(self.outlets.value) or 'all'}; "
            f"dates: {self.start.value or '…'} to {self.end.value or '…'}; voice: {self.voice.value}; sorted by {self.sort.value}"
        )
        return (
            f'<p class="tk-meta">{html.escape(settings)}</p>{self.status.value}{self.lines_html.value}'
            f'<div class="tk-row">{self.dispersion.html.value}{self.timeline.html.value}</div>{self.article_html.value}'
        )


TONE_BY = ("all dates", "per period")
SOURCES_BY = ("speaker", "actor_type")


class CompareExplorer(Explorer):
    """Compare outlets: pick actors and a period; the share of each outlet's articles that mention them
    (Wilson intervals), the tone of the sentences around them pooled over all dates or per period
    (bootstrap intervals), whom each outlet quotes (share of its quotes per speaker or actor type, Wilson
    intervals), the figures each outlet gives for the same category, unit and place, and the table behind
    the mentions chart.

    ``period``: ``day``, ``week`` or ``month``; ``tone_by``: ``all dates`` or ``per period``; ``voice``:
    the voice of the sentences whose tone is averaged; ``sources_by``: ``speaker`` or ``actor_type``;
    ``counted``: the claims category shown first (default: all); ``top``: actors offered.
    """

    title = "Compare outlets"

    def __init__(
        self, result: Tables, *, period: str = "month", tone_by: str = "all dates", voice: str = "all",
        sources_by: str = "speaker", counted: str | None = None, top: int = 30, n_boot: int = 500,
    ) -> None:  # fmt: skip
        check_choice("tone_by", tone_by, TONE_BY)
        check_choice("voice", voice, VOICES)
        check_choice("sources_by", sources_by, SOURCES_BY)
        self.result = result
        self.n_boot = n_boot
        ments = _table(result, "mentions")
        top_actors = ments.drop_nulls("actor_id").filter(~pl.col("is_place").fill_null(False) if "is_place" in ments.columns else pl.lit(True))
        ranked = top_actors.group_by("actor_id").agg(pl.col("actor_label").drop_nulls().first(), pl.len()).sort(
            ["len", "actor_id"], descending=[True, False]).head(top)  # fmt: skip
        options = [(f"{r['actor_label'] or r['actor_id']} ({r['len']})", r["actor_id"]) for r in ranked.iter_rows(named=True)]
        self.actors = W.SelectMultiple(options=options, value=tuple(v for _, v in options[:1]), description="Actors", rows=min(max(len(options), 1), 6))
        self.period = W.ToggleButtons(options=list(compare.PERIOD_CHOICES), value=period, description="Period")
        self.tone_by = W.ToggleButtons(options=list(TONE_BY), value=tone_by, description="Tone")
        self.voice = W.ToggleButtons(options=list(VOICES), value=voice, description="Voice")
        self.sources_by = W.ToggleButtons(options=list(SOURCES_BY), value=sources_by, description="Sources by")
        claims = _table(result, "claims")
        cats = claims["counted"].drop_nulls().value_counts(sort=True)["counted"].to_list() if "counted" in claims.columns else []
        self.counted = W.Dropdown(options=[("(all categories)", "")] + [(c, c) for c in cats],
                                  value=counted if counted in cats else "", description="Claims")  # fmt: skip
        self.share = ChartView()
        self.tone = ChartView()
        self.sources = ChartView()
        self.claims = ChartView()
        self.table_html = W.HTML()
        for w in (self.actors, self.period):
            w.observe(lambda _c: self.update(), names="value")
        for w in (self.tone_by, self.voice):
            w.observe(lambda _c: self._show_tone(), names="value")
        self.sources_by.observe(lambda _c: self._show_sources(), names="value")
        self.counted.observe(lambda _c: self._show_claims(), names="value")
        self.widget = W.VBox([
            W.HBox([self.actors, self.period], layout=W.Layout(flex_flow="row wrap")), self.share.widget,
            W.HBox([self.tone_by, self.voice], layout=W.Layout(flex_flow="row wrap")), self.tone.widget, self.table_html,
            self.sources_by, self.sources.widget, self.counted, self.claims.widget,
        ])  # fmt: skip
        self.update()
        self._show_sources()
        self._show_claims()

    def tone_table(self) -> pl.DataFrame | None:
        """The :func:`toolkit.measure.compare.tone_by_outlet` table the controls select (``None``: no actor)."""
        r = self.result
        ids = list(self.actors.value)
        if not ids:
            return None
        period = self.period.value if self.tone_by.value == "per period" else None
        return compare.tone_by_outlet(_table(r, "sentiment"), _table(r, "mentions"), _table(r, "articles"), actors=ids,
                                      period=period, voice=self.voice.value, n_boot=self.n_boot)  # fmt: skip

    def sources_table(self) -> pl.DataFrame:
        """The :func:`toolkit.measure.compare.sources_by_outlet` table the controls select."""
        r = self.result
        return compare.sources_by_outlet(_table(r, "quotes"), _table(r, "articles"), mentions=_table(r, "mentions"), by=self.sources_by.value)

    def claims_table(self) -> pl.DataFrame:
        """The :func:`toolkit.measure.compare.claims_by_outlet` table the controls select."""
        r = self.result
        return compare.claims_by_outlet(_table(r, "claims"), _table(r, "articles"), counted=self.counted.value or None, n_boot=self.n_boot)

    def update(self) -> None:
        """Callback: recompute the mentions and tone comparisons for the chosen actors and period and redraw."""
        r = self.result
        arts, ments = _table(r, "articles"), _table(r, "mentions")
        ids = list(self.actors.value)
        if not ids:
            self.share.show(charts.message_chart("Pick one or more actors."))
            self.table_html.value = ""
        else:
            shares = compare.mentions_by_period(ments, arts, period=self.period.value, actors=ids)
            self.share.show(cc.plot_share_by_period(shares))
            self.table_html.value = STYLE + f'<div class="tk-scroll">{frame_html(shares, max_rows=60, empty_message="No rows.")}</div>'
        self._show_tone()

    def _show_tone(self) -> None:
        tone = self.tone_table()
        if tone is None:
            self.tone.show(charts.message_chart("Pick one or more actors."))
        elif self.tone_by.value == "per period":
            self.tone.show(cc.plot_tone_by_period(tone))
        else:
            self.tone.show(cc.plot_tone_by_outlet(tone))
        self._changed()

    def _show_sources(self) -> None:
        self.sources.show(cc.plot_sources_by_outlet(self.sources_table()))
        self._changed()

    def _show_claims(self) -> None:
        self.claims.show(cc.plot_claims_by_outlet(self.claims_table()))
        self._changed()

    def static_html(self, *, alternatives: bool = True) -> str:
        settings = (
            f"actors: {', '.join(self.actors.value) or 'none'}; period: {self.period.value}; tone: {self.tone_by.value}, "
            f"voice {self.voice.value}; sources by {self.sources_by.value}; claims: {self.counted.value or 'all categories'}"
        )
        return (
            f'<p class="tk-meta">{html.escape(settings)}</p>{self.share.html.value}{self.tone.html.value}{self.table_html.value}'
            f"{self.sources.html.value}{self.claims.html.value}"
        )
