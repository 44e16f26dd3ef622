"""Dictionary matching: every alias of the alias table found in the sentences in one Aho-Corasick pass
(polars ``find_many``), on word boundaries, and the longest non-overlapping matches kept (:func:`_greedy`).
"""

from __future__ import annotations

import itertools
import operator
import re
from typing import Any

import polars as pl

from toolkit.core.compat import FIND_GIVES_CHARS, find_char_offset
from toolkit.extract.actors.lexicon import _Lexicon
from toolkit.extract.actors.words import _alt

_HITS_SCHEMA = {"row": pl.UInt32, "start": pl.Int64, "end": pl.Int64, "alias": pl.String, "cap": pl.Boolean}


def _dictionary_matches(sents: pl.DataFrame, lex: _Lexicon, compounds: tuple[str, ...] = ()) -> pl.DataFrame:
    """Every dictionary alias found on word boundaries: row, start, end (chars, within the sentence), alias.

    One Aho-Corasick pass over all sentences (polars ``find_many``/``extract_many``, overlapping so a
    longer alias is never hidden by a shorter one); offsets are converted from bytes to characters only
    for sentences that are not ASCII, and only under polars < 2.2 (see :mod:`toolkit.core.compat`).
    """
    if not lex.patterns or sents.height == 0:
        return pl.DataFrame(schema=_HITS_SCHEMA)
    hits = (
        sents.select(
            pl.int_range(pl.len(), dtype=pl.UInt32).alias("row"),
            pl.col("text"),
            pl.col("text").str.find_many(lex.patterns, overlapping=True).alias("bstart"),
            pl.col("text").str.extract_many(lex.patterns, overlapping=True).alias("alias"),
        )
        .filter(pl.col("alias").list.len() > 0)
        .explode("bstart", "alias")
        .with_columns(ascii=pl.col("text").str.len_bytes() == pl.col("text").str.len_chars())
    )
    if hits.height == 0:
        return pl.DataFrame(schema=_HITS_SCHEMA)
    starts = hits["bstart"].cast(pl.Int64).to_list()
    if FIND_GIVES_CHARS:  # polars >= 2.2: find_many counts characters already
        chars = starts
    else:
        texts = hits["text"].to_list()
        is_ascii = hits["ascii"].to_list()
        chars = [b if a else find_char_offset(t, b) for t, b, a in zip(texts, starts, is_ascii, strict=True)]
    word = r"^[\p{L}\p{N}_]$"
    out = (
        hits.with_columns(start=pl.Series(chars, dtype=pl.Int64))
        .with_columns(end=pl.col("start") + pl.col("alias").str.len_chars())
        .with_columns(
            before=pl.col("text").str.slice(pl.col("start") - 1, 1).fill_null(""),
            after=pl.col("text").str.slice(pl.col("end"), 1).fill_null(""),
        )
        .filter(
            ((pl.col("start") == 0) | ~pl.col("before").str.contains(word))
            & ~pl.col("after").str.contains(word)
        )
        # "Ukrainian military-industrial complex": a phrase alias never ends inside a hyphenated word ...
        .with_columns(
            # a capitalised word right before or after the match (see _absorb_in_names)
            cap=pl.col("text")
            .str.slice(pl.max_horizontal(pl.col("start") - 30, 0), pl.min_horizontal(pl.col("start"), 30))
            .str.contains(r"(?:^|\s)[A-ZÀ-ÖØ-Þ][^\s]*\s$")
            | pl.col("text").str.slice(pl.col("end"), 2).str.contains(r"^\s[A-ZÀ-ÖØ-Þ]"),
            hyphen=(pl.col("after") == "-")
            & pl.col("alias").str.contains(" ", literal=True)
            & pl.col("text").str.slice(pl.col("end") + 1, 1).str.contains(word),
        )
    )
    if out["hyphen"].any():  # ... unless it is an affiliation compound ("the al Qaeda-linked JNIM"): few rows
        rx = re.compile(rf"(?:{_alt(compounds)})\b") if compounds else None
        keep = [
            not h or (rx is not None and rx.match(t, e + 1) is not None)
            for h, t, e in zip(
                out["hyphen"].to_list(), out["text"].to_list(), out["end"].to_list(), strict=True
            )
        ]
        out = out.filter(pl.Series(keep, dtype=pl.Boolean))
    return out.select("row", "start", "end", "alias", "cap")


_FIRST = operator.itemgetter(0)


def _greedy(spans: list[tuple[int, int, int, Any]]) -> list[tuple[int, int, int, Any]]:
    """Longest first, then earliest, then priority (lower wins); keep spans that overlap nothing kept."""
    if len(spans) < 2:
        return list(spans)
    by_start = sorted(spans, key=_FIRST)
    for a, b in itertools.pairwise(by_start):
        if a[1] > b[0]:
            break
    else:  # nothing overlaps: all are kept
        return by_start
    kept: list[tuple[int, int, int, Any]] = []
    for s in sorted(spans, key=lambda x: (-(x[1] - x[0]), x[2], x[0])):
        if all(s[1] <= k[0] or s[0] >= k[1] for k in kept):
            kept.append(s)
    return sorted(kept, key=lambda x: x[0])
