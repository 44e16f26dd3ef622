"""Numeric claims (issue 5). Placeholder: returns the empty tables."""

from __future__ import annotations

import polars as pl

from .schema import empty


def extract_claims(sentences: pl.DataFrame, *, mentions: pl.DataFrame | None = None, quotes: pl.DataFrame | None = None) -> pl.DataFrame:
    """Numeric claims (not implemented yet: empty ``claims``)."""
    return empty("claims")


def summarise_claim_ledger(claims: pl.DataFrame, articles: pl.DataFrame, *, mentions: pl.DataFrame | None = None) -> pl.DataFrame:
    """Claims of the same kind lined up over time (not implemented yet: empty ``claim_ledger``)."""
    return empty("claim_ledger")
