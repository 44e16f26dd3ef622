"""Actor mentions (issue 3). Placeholder until actor matching lands: returns the empty table."""

from __future__ import annotations

from pathlib import Path

import polars as pl

from .schema import empty, require_columns


def find_mentions(sentences: pl.DataFrame, *, dictionary: str | Path | None = None) -> pl.DataFrame:
    """Mentions of actors in ``sentences`` (not implemented yet: empty ``mentions`` table)."""
    require_columns(sentences, ["article_id", "sentence_id", "char_start", "text"], what="find_mentions")
    return empty("mentions")
