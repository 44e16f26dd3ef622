"""Escaped HTML of articles and tables: an article with its actors, claims and quotes highlighted.

Tables in: ``articles`` and the span tables that point into ``articles.text`` (``mentions``, ``claims``,
``quotes``). Tables out: none (HTML strings).

Article text is untrusted input: every piece of text, label and attribute written here goes through
:func:`html.escape`, so an article containing ``<script>`` shows the tag as text and runs nothing.
Overlapping spans (a quote holding an actor and a number) are cut at every span boundary, so each piece
of text sits in one flat ``<span>`` carrying the classes of every span that covers it.

>>> import polars as pl
>>> arts = pl.DataFrame({"article_id": ["a1"], "text": ["Hamas said <b>3</b> died."]})
>>> ments = pl.DataFrame({"article_id": ["a1"], "char_start": [0], "char_end": [5], "surface": ["Hamas"],
...                       "actor_id": ["HAM"], "actor_label": ["Hamas"], "actor_type": ["armed_group"]})
>>> out = highlight_text(arts["text"][0], mentions=ments)
>>> "&lt;b&gt;3&lt;/b&gt;" in out and "<b>" not in out
True
>>> 'class="tk-actor tk-type-armed_group"' in out
True
"""

from __future__ import annotations

import html
import re
from typing import Any

import polars as pl

from toolkit.core.schema import require_columns

HIGHLIGHT_CSS = """
.tk-article { white-space: pre-wrap; line-height: 1.6; font-family: Georgia, serif; font-size: 15px;
  max-width: 48em; }
.tk-actor { border-bottom: 2px solid #4c78a8; font-weight: 600; }
.tk-type-person { border-bottom-color: #4c78a8; } .tk-type-state { border-bottom-color: #f58518; }
.tk-type-organization { border-bottom-color: #54a24b; } .tk-type-armed_group { border-bottom-color: #e45756; }
.tk-type-group { border-bottom-color: #72b7b2; } .tk-type-location { border-bottom-color: #b279a2; }
.tk-type-other { border-bottom-color: #9d755d; }
.tk-place { border-bottom-style: dotted; font-weight: normal; }
.tk-quote { background: #fff3c4; }
.tk-quote-term { background: #f0f0f0; }
.tk-claim { outline: 1px solid #c00; background: #ffe3e3; border-radius: 2px; }
.tk-legend span { margin-right: 1em; padding: 0 .2em; }
.tk-meta { color: #555; font-size: 13px; margin-bottom: .5em; }
.tk-empty { color: #777; font-style: italic; }
table.tk-table { border-collapse: collapse; font-size: 13px; }
table.tk-table th, table.tk-table td { border: 1px solid #ddd; padding: 2px 6px; text-align: left;
  vertical-align: top; max-width: 40em; white-space: nowrap; }
table.tk-table td.tk-long { white-space: normal; min-width: 16em; }
table.tk-table th { background: #f5f5f5; position: sticky; top: 0; }
.tk-scroll { max-height: 28em; max-width: 100%; overflow: auto; margin-bottom: .5em; }
.tk-row { display: flex; flex-wrap: wrap; gap: 8px; align-items: flex-start; }
.tk-chart svg { max-width: none; }
"""
"""CSS of the classes used in highlighted articles and tables (``tk-`` prefix)."""

LEGEND_HTML = (
    '<div class="tk-legend">'
    '<span class="tk-actor tk-type-person">person</span><span class="tk-actor tk-type-state">state</span>'
    '<span class="tk-actor tk-type-organization">organization</span>'
    '<span class="tk-actor tk-type-armed_group">armed group</span><span class="tk-actor tk-type-group">group</span>'
    '<span class="tk-actor tk-place tk-type-location">place</span>'
    '<span class="tk-claim">numeric claim</span><span class="tk-quote">quote</span>'
    '<span class="tk-quote tk-quote-term">scare-quoted term</span></div>'
)

LONG_CELL = 40
"""Table cells up to this many characters stay on one line (dates, ids, names); longer text wraps."""

_CLASS_SAFE = re.compile(r"[^a-z0-9_-]+")


def _cls(value: object) -> str:
    """A CSS class fragment made of ``[a-z0-9_-]`` only (values come from data, so never trusted)."""
    return _CLASS_SAFE.sub("_", str(value).lower())[:40] or "other"


def _val(row: dict[str, Any], key: str) -> Any:
    v = row.get(key)
    return None if v is None else v


def _spans(text_len: int, mentions: pl.DataFrame | None, claims: pl.DataFrame | None, quotes: pl.DataFrame | None) -> list[tuple[int, int, str, str]]:
    """(start, end, classes, title) of every span inside the text."""
    out: list[tuple[int, int, str, str]] = []

    def rows(df: pl.DataFrame | None, what: str) -> list[dict[str, Any]]:
        if df is None or df.height == 0:
            return []
        require_columns(df, ["char_start", "char_end"], what=what)
        return df.to_dicts()

    for r in rows(quotes, "highlight quotes"):
        kind = _val(r, "kind") or "direct"
        who = _val(r, "speaker_label") or _val(r, "speaker_surface")
        title = f"quote ({kind})" + (f": {who}" if who else "") + (f", {r['cue']}" if _val(r, "cue") else "")
        out.append((r["char_start"], r["char_end"], f"tk-quote tk-quote-{_cls(kind)}", title))
    for r in rows(claims, "highlight claims"):
        parts = [f"claim: {r.get('value') if r.get('value') is not None else 'vague'}"]
        for k in ("qualifier", "counted", "unit", "source_label"):
            if _val(r, k):
                parts.append(f"{k}={r[k]}")
        out.append((r["char_start"], r["char_end"], "tk-claim", " ".join(parts)))
    for r in rows(mentions, "highlight mentions"):
        typ = _val(r, "actor_type") or "other"
        cls = f"tk-actor tk-type-{_cls(typ)}" + (" tk-place" if r.get("is_place") else "")
        title = f"{r.get('actor_label') or r.get('surface')} ({typ}{', place' if r.get('is_place') else ''}) [{r.get('actor_id')}]"
        out.append((r["char_start"], r["char_end"], cls, title))
    return [
        (int(s), int(e), c, t)
        for s, e, c, t in out
        if s is not None and e is not None and 0 <= int(s) < int(e) <= text_len
    ]


def highlight_text(
    text: str,
    *,
    mentions: pl.DataFrame | None = None,
    claims: pl.DataFrame | None = None,
    quotes: pl.DataFrame | None = None,
) -> str:
    """``text`` as escaped HTML with the spans of ``mentions``, ``claims`` and ``quotes`` highlighted.

    The frames hold rows of this one text (``char_start``/``char_end`` index into it). The result is a
    ``<div class="tk-article">``; each highlighted piece has a ``title`` (tooltip) saying what it is.

    >>> highlight_text("a <i>b</i>")
    '<div class="tk-article">a &lt;i&gt;b&lt;/i&gt;</div>'
    """
    spans = _spans(len(text), mentions, claims, quotes)
    cuts = sorted({0, len(text), *(s for s, _, _, _ in spans), *(e for _, e, _, _ in spans)})
    starts: dict[int, list[int]] = {}
    for i, (s, _, _, _) in enumerate(spans):
        starts.setdefault(s, []).append(i)
    active: set[int] = set()
    parts = ['<div class="tk-article">']
    for a, b in zip(cuts, cuts[1:], strict=False):
        active = {i for i in active if spans[i][1] > a} | set(starts.get(a, []))
        piece = html.escape(text[a:b], quote=False)
        if not active:
            parts.append(piece)
            continue
        ordered = sorted(active)
        classes = " ".join(dict.fromkeys(" ".join(spans[i][2] for i in ordered).split()))
        title = "; ".join(dict.fromkeys(spans[i][3] for i in ordered))
        parts.append(f'<span class="{html.escape(classes, quote=True)}" title="{html.escape(title, quote=True)}">{piece}</span>')
    parts.append("</div>")
    return "".join(parts)


def highlight_article(
    articles: pl.DataFrame,
    article_id: str,
    *,
    mentions: pl.DataFrame | None = None,
    claims: pl.DataFrame | None = None,
    quotes: pl.DataFrame | None = None,
    legend: bool = True,
) -> str:
    """One article as escaped HTML: title, outlet, date, source, legend, then the highlighted text.

    >>> arts = pl.DataFrame({"article_id": ["a1"], "title": ["<script>x</script>"], "text": ["Hi."]})
    >>> "<script>" in highlight_article(arts, "a1")
    False
    >>> highlight_article(arts, "zz")
    Traceback (most recent call last):
    ...
    KeyError: "article_id 'zz' is not in the articles table"
    """
    require_columns(articles, ["article_id", "text"], what="highlight_article")
    row = articles.filter(pl.col("article_id") == article_id)
    if row.height == 0:
        raise KeyError(f"article_id {article_id!r} is not in the articles table")
    art = row.row(0, named=True)

    def of(df: pl.DataFrame | None) -> pl.DataFrame | None:
        return None if df is None or df.height == 0 else df.filter(pl.col("article_id") == article_id)

    meta = [str(art[k]) for k in ("outlet", "published", "byline", "source") if art.get(k) is not None]
    head = (
        f"<h3>{html.escape(str(art.get('title') or '(no title)'))}</h3>"
        f'<div class="tk-meta">{html.escape(" · ".join(meta))} · id {html.escape(article_id)}</div>'
    )
    body = highlight_text(art["text"] or "", mentions=of(mentions), claims=of(claims), quotes=of(quotes))
    return f"<style>{HIGHLIGHT_CSS}</style>{head}{LEGEND_HTML if legend else ''}{body}"


def display_number(v: float) -> str:
    """A float as people read it in a table: whole numbers without ``.0``, others to three decimals
    (three significant digits under 1). For display only: the tables keep full precision.

    >>> display_number(5.044394119358453), display_number(31988.0), display_number(0.000412345), display_number(-0.5)
    ('5.044', '31988', '0.000412', '-0.5')
    """
    if v != v or v in (float("inf"), float("-inf")):
        return str(v)
    if v == int(v) and abs(v) < 1e15:
        return str(int(v))
    if abs(v) < 1:
        return f"{v:.3g}"
    return f"{v:.3f}".rstrip("0").rstrip(".")


def frame_html(
    df: pl.DataFrame,
    *,
    columns: list[str] | None = None,
    max_rows: int = 50,
    empty_message: str = "No rows.",
    max_chars: int = 300,
) -> str:
    """A polars frame as an escaped HTML ``<table class="tk-table">`` (first ``max_rows`` rows).

    >>> frame_html(pl.DataFrame({"q": ["<script>"]}))
    '<table class="tk-table"><thead><tr><th>q</th></tr></thead><tbody><tr><td>&lt;script&gt;</td></tr></tbody></table>'
    >>> frame_html(pl.DataFrame({"q": ["x" * 41]})).count('<td class="tk-long">')  # long text may wrap
    1
    >>> frame_html(pl.DataFrame({"q": []}), empty_message="No claims.")
    '<p class="tk-empty">No claims.</p>'
    """
    if df.height == 0:
        return f'<p class="tk-empty">{html.escape(empty_message)}</p>'
    cols = [c for c in (columns or df.columns) if c in df.columns]

    def cell(v: object) -> str:
        s = "" if v is None else display_number(v) if isinstance(v, float) else str(v)
        td = "<td>" if len(s) <= LONG_CELL else '<td class="tk-long">'  # short values (dates, ids) never wrap
        return td + html.escape(s if len(s) <= max_chars else s[:max_chars] + "…") + "</td>"

    head = "".join(f"<th>{html.escape(c)}</th>" for c in cols)
    body = "".join("<tr>" + "".join(cell(v) for v in row) + "</tr>" for row in df.select(cols).head(max_rows).iter_rows())
    more = f'<p class="tk-meta">{df.height - max_rows} more rows not shown.</p>' if df.height > max_rows else ""
    return f'<table class="tk-table"><thead><tr>{head}</tr></thead><tbody>{body}</tbody></table>{more}'
