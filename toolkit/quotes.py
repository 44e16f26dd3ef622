"""Quotes and speakers (issue 6). Placeholder: returns the empty tables."""

from __future__ import annotations

import polars as pl

from .schema import empty


def extract_quotes(sentences: pl.DataFrame, articles: pl.DataFrame, *, mentions: pl.DataFrame | None = None) -> pl.DataFrame:
    """Quoted spans with speakers (not implemented yet: empty ``quotes``)."""
    return empty("quotes")


def summarise_sources(quotes: pl.DataFrame) -> pl.DataFrame:
    """Who speaks and how much (not implemented yet: empty ``sources``)."""
    return empty("sources")
