"""The entry point of :mod:`toolkit.extract.quotes`: :func:`extract_quotes` reads the sentences, articles and
mentions tables, finds the quotes and cues of every article and builds the ``quotes`` table.
"""

from __future__ import annotations

import re
from collections.abc import Iterable
from pathlib import Path
from typing import Any

import polars as pl

from toolkit.core.schema import SCHEMAS, conform, empty, require_columns
from toolkit.extract.quotes.attribute import _article_quotes
from toolkit.extract.quotes.lexicon import _lexicon
from toolkit.extract.quotes.marks import _find_quotes
from toolkit.extract.quotes.mentions import _match_mention
from toolkit.extract.quotes.scan import _masked, _scan
from toolkit.extract.transcripts import load_tags, transcript_turns


def extract_quotes(
    sentences: pl.DataFrame,
    articles: pl.DataFrame,
    *,
    mentions: pl.DataFrame | None = None,
    verbs: str | Path | None = None,
    words: str | Path | None = None,
) -> pl.DataFrame:
    """One row per quoted span of every article, with its kind, reporting verb and speaker.

    ``mentions``: the ``mentions`` table, to resolve speakers to actors. ``verbs``: your own
    reporting-verb file (same shape as ``data/quotes_verbs.yaml``); ``words``: your own titles,
    pronouns and boundary words (``data/quotes_words.yaml``).

    >>> from toolkit.io.loading import read_articles
    >>> from toolkit.text.tokenize import split_sentences
    >>> arts = read_articles(['The US envoy, Linda Thomas-Greenfield, said the vetoes were “cynical”.']).articles
    >>> extract_quotes(split_sentences(arts), arts).select("quote", "kind", "speaker_surface").row(0)
    ('cynical', 'partial', 'Linda Thomas-Greenfield')
    """
    require_columns(sentences, ["article_id", "sentence_id", "paragraph_id", "char_start", "char_end", "is_heading"],
                    what="extract_quotes")  # fmt: skip
    require_columns(articles, ["article_id", "text"], what="extract_quotes")
    if sentences.height == 0 or articles.height == 0:
        return _empty()
    lex = _lexicon(str(verbs) if verbs else None, str(words) if words else None)
    by_article: dict[str, list[tuple[Any, ...]]] = _by_article(
        sentences.sort("article_id", "char_start").with_columns(pl.col("is_heading").fill_null(False).cast(pl.Boolean)),
        ["sentence_id", "char_start", "char_end", "paragraph_id", "is_heading"],
    )
    ments: dict[str, list[tuple[Any, ...]]] = {}
    places: dict[str, list[tuple[Any, ...]]] = {}  # every mention, places too: a place is never a speaker tag
    if mentions is not None and mentions.height:
        require_columns(mentions, ["article_id", "char_start", "char_end", "actor_id", "actor_label"], what="extract_quotes")
        mcols = mentions.with_columns(
            (pl.col("actor_type") if "actor_type" in mentions.columns else pl.lit(None, pl.String)).alias("_t"),
            (pl.col("is_place").fill_null(False) if "is_place" in mentions.columns else pl.lit(False)).alias("_p"),
            (pl.col("surface") if "surface" in mentions.columns else pl.lit("")).alias("_s"),
        ).sort("article_id", "char_start")
        mcolumns = ["char_start", "char_end", "actor_id", "actor_label", "_t", "_p", "_s"]
        places = _by_article(mcols, mcolumns)
        ments = _by_article(mcols.filter(~pl.col("_p")), mcolumns)  # places are never speakers
    todo = []  # (article_id, text, quotes, masked text) of the articles with sentences and quotes
    for aid, text in _rows(articles, ["article_id", "text"]):
        if aid in by_article and text:
            quotes = _find_quotes(text)
            if quotes:
                todo.append((aid, text, quotes, _masked(text, quotes)))
    all_cues, all_names = _scan([t[3] for t in todo], lex)
    form_info: dict[str, tuple[str, str, str, str]] = {}
    rows: list[dict[str, Any]] = []
    for (aid, text, quotes, s), cues, full_names in zip(todo, all_cues, all_names, strict=True):
        rows.extend(
            _article_quotes(aid, text, by_article[aid], ments.get(aid, []), lex, quotes, s, cues, full_names, form_info)
        )
    rows = _with_turns(rows, articles, by_article, ments, places)
    if not rows:
        return _empty()
    df = pl.DataFrame(rows, schema_overrides={k: v for k, v in SCHEMAS["quotes"].items() if k != "dictionary"})
    words_expr = pl.col("quote").str.count_matches(r"[\p{L}\p{N}]+(?:['’\-][\p{L}\p{N}]+)*")
    df = df.with_columns(words_expr.alias("n_words"), pl.lit(lex.version).alias("dictionary"))
    return conform(df, "quotes")


def _with_turns(
    rows: list[dict[str, Any]],
    articles: pl.DataFrame,
    by_article: dict[str, list[tuple[Any, ...]]],
    ments: dict[str, list[tuple[Any, ...]]],
    places: dict[str, list[tuple[Any, ...]]] | None = None,
) -> list[dict[str, Any]]:
    """``rows`` with the answer turns of the transcripts among ``articles``
    (:func:`toolkit.extract.transcripts.transcript_turns`, ``attribution`` ``turn``) merged in by position;
    ``rows`` unchanged (the same list) when no article is a transcript. A quote inside a turn ('A: He told
    me "we will send 300 officers"') makes no row of its own: the turn's speaker reports it, and its words
    are not counted twice in ``sources``."""
    tags = load_tags()
    turns: dict[str, list[dict[str, Any]]] = {}
    order: list[str] = []
    for aid, text in _rows(articles, ["article_id", "text"]):
        order.append(aid)
        if aid in by_article and text and ("((" in text or ":" in text):
            places_of = (places or {}).get(aid, [])
            found = transcript_turns(aid, text, by_article[aid], ments.get(aid, []), tags, places_of)
            if found:
                turns[aid] = found
    if not turns:
        return rows
    texts = dict(_rows(articles.filter(pl.col("article_id").is_in(list(turns))), ["article_id", "text"]))
    for aid, found in turns.items():
        am = ments.get(aid, [])
        for r in found:
            sp = r.pop("_speaker")
            surface = r["speaker_surface"]
            # the tag's name as written elsewhere (``TOMAS LINDQVIST``: Tomas Lindqvist), else a mention on it
            hit = _match_mention(sp, surface, am, [], text=texts[aid])
            if hit is None:
                hit = _match_mention(sp, surface, am, text=texts[aid])
            r["speaker_actor_id"], r["speaker_label"] = (hit[2], hit[3]) if hit is not None else (None, None)
            r["speaker_name"] = r["speaker_label"] or _written_form(surface, texts[aid])
    by_art: dict[str, list[dict[str, Any]]] = {}
    for r in rows:
        by_art.setdefault(r["article_id"], []).append(r)
    out: list[dict[str, Any]] = []
    for aid in dict.fromkeys(order):
        block = by_art.get(aid, [])
        if aid in turns:
            spans = [(t["char_start"], t["char_end"]) for t in turns[aid]]
            block = [r for r in block if not any(a <= r["char_start"] and r["char_end"] <= b for a, b in spans)]  # fmt: skip
            block = sorted(block + turns[aid], key=lambda r: r["char_start"])
        out.extend(block)
    return out


def _written_form(surface: str, text: str) -> str:
    """A shouted speaker tag (``McDONALD``, ``TOMAS LINDQVIST``) as the article writes the name elsewhere, else
    in title case when it has two words or more; any other tag as written.

    >>> _written_form("ANNE McDONALD", "ANNE McDONALD: Yes.  Anne McDonald runs the port."), _written_form("JANE DOE", "")
    ('Anne McDonald', 'Jane Doe')
    """
    upper, lower = sum(c.isupper() for c in surface), sum(c.islower() for c in surface)
    if upper < 2 or lower * 3 >= upper:
        return surface
    if len(surface) >= 4:
        pat = r"\b" + r"\s+".join(re.escape(w) for w in surface.split()) + r"\b"
        for m in re.finditer(pat, text, flags=re.IGNORECASE):
            w = m.group(0)
            if sum(c.islower() for c in w) * 3 > sum(c.isupper() for c in w):
                return " ".join(w.split())
    return surface.title() if " " in surface else surface


def _by_article(df: pl.DataFrame, columns: list[str]) -> dict[str, list[tuple[Any, ...]]]:
    """The rows of ``df[columns]`` as tuples, by ``article_id`` (``df`` sorted by it), in order."""
    rows = list(_rows(df, columns))
    runs = df.get_column("article_id").rle()
    out: dict[str, list[tuple[Any, ...]]] = {}
    a = 0
    for n, aid in zip(runs.struct.field("len").to_list(), runs.struct.field("value").to_list(), strict=True):
        out[aid] = rows[a : a + n]
        a += n
    return out


def _rows(df: pl.DataFrame, columns: list[str]) -> Iterable[tuple[Any, ...]]:
    """The rows of ``df[columns]`` as tuples (faster than ``iter_rows`` for a few columns)."""
    return zip(*(df.get_column(c).to_list() for c in columns), strict=True)


def _empty() -> pl.DataFrame:
    return empty("quotes")
