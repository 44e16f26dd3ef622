"""Actor co-occurrence (issue 3). Placeholder: returns the empty tables."""

from __future__ import annotations

import polars as pl

from .schema import empty


def find_cooccurrences(
    mentions: pl.DataFrame, sentences: pl.DataFrame, *, windows: tuple[str, ...] = ("sentence", "paragraph", "article")) -> pl.DataFrame:
    """Pairs of actors met in one window (not implemented yet: empty ``cooc_pairs``)."""
    return empty("cooc_pairs")


def score_cooccurrence(pairs: pl.DataFrame, mentions: pl.DataFrame, sentences: pl.DataFrame, *, windows: tuple[str, ...] = ("sentence", "paragraph", "article")) -> pl.DataFrame:
    """Association measures per actor pair (not implemented yet: empty ``cooc_edges``)."""
    return empty("cooc_edges")
