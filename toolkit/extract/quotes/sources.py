"""The ``sources`` table of :mod:`toolkit.extract.quotes`: :func:`summarise_sources` counts who speaks, how
often and with how many words, per article and across articles.
"""

from __future__ import annotations

from collections.abc import Iterable
from typing import Literal

import polars as pl

from toolkit.core.errors import check_choice
from toolkit.core.schema import conform, empty, require_columns

By = Literal["article", "corpus", "both"]
BY_CHOICES = ("article", "corpus", "both")


def summarise_sources(quotes: pl.DataFrame, *, by: By = "both", kinds: Iterable[str] = ("direct", "partial")) -> pl.DataFrame:
    """Who speaks, how often and with how many words: per article, across articles, or both.

    A speaker is its actor when the quote was resolved to one, else its name as written (with
    surnames expanded within the article). Corpus-wide rows have a null ``article_id``. Only
    quotes of ``kinds`` count (scare quotes, ``term``, have no speaker); quotes with no speaker
    are counted under a null speaker so that shares add up.

    >>> q = pl.DataFrame({"article_id": ["a", "a", "b"], "quote": ["We stay.", "No", "Yes we can"],
    ...                   "kind": ["direct", "partial", "direct"], "speaker_name": ["Ana Díaz"] * 3})
    >>> summarise_sources(q, by="corpus").select("speaker_label", "n_quotes", "n_words", "n_articles").row(0)
    ('Ana Díaz', 3, 6, 2)
    """
    check_choice("by", by, BY_CHOICES)
    kinds = list(kinds)
    for k in kinds:
        check_choice("kinds", k, ("direct", "partial", "term"))
    # the words are counted from ``quote`` unless the table has them (``n_words``)
    require_columns(quotes, ["article_id", "kind", *([] if "n_words" in quotes.columns else ["quote"])], what="summarise_sources")
    if quotes.height == 0:
        return empty("sources")

    def col(name: str) -> pl.Expr:
        return pl.col(name) if name in quotes.columns else pl.lit(None, pl.String)

    q = quotes.filter(pl.col("kind").is_in(kinds)).with_columns(
        col("speaker_actor_id").alias("speaker_actor_id"),
        pl.coalesce(col("speaker_label"), col("speaker_name"), col("speaker_surface")).alias("_label"),
        (pl.col("n_words") if "n_words" in quotes.columns
         else pl.col("quote").str.count_matches(r"[\p{L}\p{N}]+(?:['’\-][\p{L}\p{N}]+)*")).alias("_w"),
    ).with_columns(  # fmt: skip
        pl.coalesce(pl.col("speaker_actor_id"), pl.col("_label").str.to_lowercase()).alias("_key")
    )
    aggs = [
        pl.col("speaker_actor_id").first(),
        pl.col("_label").mode().sort().first().alias("speaker_label"),  # ties: the first in sort order
        pl.len().cast(pl.Int64).alias("n_quotes"),
        pl.col("_w").sum().cast(pl.Int64).alias("n_words"),
        (pl.col("kind") == "direct").sum().cast(pl.Int64).alias("n_direct"),
        (pl.col("kind") == "partial").sum().cast(pl.Int64).alias("n_partial"),
        pl.col("article_id").n_unique().cast(pl.Int64).alias("n_articles"),
    ]
    parts = []
    if by in ("article", "both"):
        parts.append(
            q.group_by("article_id", "_key").agg(aggs).sort("article_id", "n_words", "_key", descending=[False, True, False])
        )
    if by in ("corpus", "both"):
        parts.append(
            q.group_by("_key").agg(aggs).with_columns(pl.lit(None, pl.String).alias("article_id"))
            .sort("n_words", "_key", descending=[True, False])
        )
    out = pl.concat([conform(p, "sources") for p in parts])
    share = pl.col("n_words") / pl.col("n_words").sum().over("article_id")
    return out.with_columns(share.fill_nan(None).alias("share_words"))
