"""Drawing the sentences (or articles) to annotate: a seeded sample, stratified by outlet if asked."""

from __future__ import annotations

import math
from collections.abc import Sequence
from typing import TYPE_CHECKING

import numpy as np
import polars as pl

from toolkit.core.errors import check_choice
from toolkit.core.schema import require_columns
from toolkit.validate.tasks import SAMPLE_SCHEMA, STRATIFY_CHOICES, UNIT_CHOICES, Stratify, Unit

if TYPE_CHECKING:
    pass

# --------------------------------------------------------------------------- sampling


def sample_units(
    sentences: pl.DataFrame,
    *,
    n: int,
    unit: Unit = "sentence",
    seed: int = 0,
    stratify: Stratify | None = None,
    articles: pl.DataFrame | None = None,
    headings: bool = False,
) -> pl.DataFrame:
    """A reproducible random sample of sentences (or of whole articles) to annotate.

    ``n`` sentences (``unit="sentence"``) or ``n`` articles, all of whose sentences are returned
    (``unit="article"``). The same ``seed`` on the same corpus gives the same sample whatever the
    row order. ``stratify="outlet"`` allocates ``n`` to outlets in proportion to their size (largest
    remainder; needs ``articles``). Headings are left out unless ``headings=True``. Columns:
    ``rank`` (the order to annotate in), ``article_id``, ``sentence_id``, ``outlet``.

    >>> s = pl.DataFrame({"article_id": ["a", "a", "b"], "sentence_id": [0, 1, 0], "is_heading": [False] * 3})
    >>> sample_units(s, n=2, seed=1).equals(sample_units(s.reverse(), n=2, seed=1))
    True
    >>> sample_units(s, n=1, unit="article", seed=3)["article_id"].unique().len()
    1
    """
    check_choice("unit", unit, UNIT_CHOICES)
    if stratify is not None:
        check_choice("stratify", stratify, STRATIFY_CHOICES)
    require_columns(sentences, ["article_id", "sentence_id"], what="sample_units")
    if n < 0:
        raise ValueError(f"invalid n={n}; the sample size must be 0 or more")
    pool = sentences
    if not headings and "is_heading" in pool.columns:
        pool = pool.filter(~pl.col("is_heading").fill_null(False))
    pool = pool.select(pl.col("article_id").cast(pl.String), pl.col("sentence_id").cast(pl.Int32))
    if articles is not None:
        require_columns(articles, ["article_id", "outlet"], what="sample_units(articles=...)")
        pool = pool.join(articles.select("article_id", pl.col("outlet").cast(pl.String)), on="article_id", how="left")
    elif stratify is not None:
        raise ValueError("stratify='outlet' needs articles=: the articles table holds the outlets")
    else:
        pool = pool.with_columns(pl.lit(None, dtype=pl.String).alias("outlet"))
    pool = pool.unique(["article_id", "sentence_id"]).sort("article_id", "sentence_id")
    draw = pool if unit == "sentence" else pool.group_by("article_id").agg(pl.col("outlet").first()).sort("article_id")
    rng = np.random.default_rng(seed)
    if stratify is None:
        chosen = draw[rng.permutation(draw.height)[: min(n, draw.height)].tolist()] if draw.height else draw
    else:
        strata = draw.with_columns(pl.col("outlet").fill_null("(unknown)").alias("_stratum"))
        sizes = strata.group_by("_stratum").len().sort("_stratum")
        quota = _largest_remainder(sizes["len"].to_list(), min(n, draw.height))
        parts = []
        for name, k in zip(sizes["_stratum"].to_list(), quota, strict=True):
            part = strata.filter(pl.col("_stratum") == name)
            parts.append(part[rng.permutation(part.height)[:k].tolist()].drop("_stratum"))
        chosen = pl.concat(parts) if parts else draw
        chosen = chosen[rng.permutation(chosen.height).tolist()] if chosen.height else chosen
    chosen = chosen.with_row_index("rank")
    if unit == "article":
        chosen = pool.join(chosen.select("rank", "article_id"), on="article_id").sort("rank", "sentence_id")
        chosen = chosen.with_columns(pl.int_range(pl.len()).alias("rank"))
    return chosen.select(pl.col(c).cast(d) for c, d in SAMPLE_SCHEMA.items())


def _largest_remainder(sizes: Sequence[int], n: int) -> list[int]:
    total = sum(sizes)
    if total == 0:
        return [0] * len(sizes)
    exact = [n * s / total for s in sizes]
    quota = [min(s, math.floor(e)) for s, e in zip(sizes, exact, strict=True)]
    order = sorted(range(len(sizes)), key=lambda i: (-(exact[i] - math.floor(exact[i])), i))
    left = n - sum(quota)
    while left > 0:
        moved = False
        for i in order:
            if left and quota[i] < sizes[i]:
                quota[i] += 1
                left -= 1
                moved = True
        if not moved:
            break
    return quota
