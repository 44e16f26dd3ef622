"""Sentence sentiment with NLTK's VADER (issue 4). Placeholder: returns the empty tables."""

from __future__ import annotations

import polars as pl

from .schema import empty


def score_sentiment(sentences: pl.DataFrame, *, quotes: pl.DataFrame | None = None, lexicon: str | None = None) -> pl.DataFrame:
    """VADER scores per sentence (not implemented yet: empty ``sentiment``)."""
    return empty("sentiment")


def summarise_actor_sentiment(sentiment: pl.DataFrame, mentions: pl.DataFrame) -> pl.DataFrame:
    """Tone per actor and voice (not implemented yet: empty ``actor_sentiment``)."""
    return empty("actor_sentiment")
