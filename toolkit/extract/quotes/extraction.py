"""The entry point of :mod:`toolkit.extract.quotes`: :func:`extract_quotes` reads the sentences, articles and
mentions tables, finds the quotes and cues of every article and builds the ``quotes`` table.
"""

from __future__ import annotations

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
    if mentions is not None and mentions.height:
        require_columns(mentions, ["article_id", "char_start", "char_end", "actor_id", "actor_label"], what="extract_quotes")
        mcols = mentions.with_columns(
            (pl.col("actor_type") if "actor_type" in mentions.columns else pl.lit(None, pl.String)).alias("_t"),
            (pl.col("is_place").fill_null(False) if "is_place" in mentions.columns else pl.lit(False)).alias("_p"),
            (pl.col("surface") if "surface" in mentions.columns else pl.lit("")).alias("_s"),
        ).filter(~pl.col("_p")).sort("article_id", "char_start")  # places are never speakers
        ments = _by_article(mcols, ["char_start", "char_end", "actor_id", "actor_label", "_t", "_p", "_s"])
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
    rows = _with_turns(rows, articles, by_article, ments)
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
) -> list[dict[str, Any]]:
    """``rows`` with the answer turns of the transcripts among ``articles``
    (:func:`toolkit.extract.transcripts.transcript_turns`, ``attribution`` ``turn``) merged in by position;
    ``rows`` unchanged (the same list) when no article is a transcript."""
    tags = load_tags()
    turns: dict[str, list[dict[str, Any]]] = {}
    order: list[str] = []
    for aid, text in _rows(articles, ["article_id", "text"]):
        order.append(aid)
        if aid in by_article and text and ("((" in text or ":" in text):
            found = transcript_turns(aid, text, by_article[aid], ments.get(aid, []), tags)
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
            shout = surface.isupper() and " " in surface
            r["speaker_name"] = r["speaker_label"] or (surface.title() if shout else surface)
    by_art: dict[str, list[dict[str, Any]]] = {}
    for r in rows:
        by_art.setdefault(r["article_id"], []).append(r)
    out: list[dict[str, Any]] = []
    for aid in dict.fromkeys(order):
        block = by_art.get(aid, [])
        if aid in turns:
            block = sorted(block + turns[aid], key=lambda r: r["char_start"])
        out.extend(block)
    return out


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
