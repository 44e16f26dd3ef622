"""The claim ledger: claims of the same ``counted``, place and source lined up over publication time
(:func:`summarise_claim_ledger`; :func:`claim_ledger_lazy` is the same on lazy frames).
"""

from __future__ import annotations

import polars as pl

from toolkit.core.schema import conform, empty, require_columns

LEDGER_SKIP = ("ordinal", "duration", "score")  # votes and results are no running counts


def summarise_claim_ledger(
    claims: pl.DataFrame,
    articles: pl.DataFrame,
    *,
    mentions: pl.DataFrame | None = None,
    skip: tuple[str, ...] = LEDGER_SKIP,
) -> pl.DataFrame:
    """Claims of the same ``counted``, place and source lined up over publication time.

    One row per claim (``skip``: categories left out, by default ordinals, durations and scores) with
    the article's ``published`` date, sorted by series and date. Money is lined up per currency: a
    series of money ends with its ISO 4217 code (``money|?|IMF|USD``), and figures in different
    currencies are never compared or subtracted. ``previous_value`` and ``change``
    show how a series (a toll from one source about one place) moves; ``n_sources_same_day``,
    ``low_same_day``/``high_same_day`` and ``sources_disagree`` compare the sources that gave a
    figure for the same category and place on the same day. ``mentions`` is accepted for
    pipeline symmetry (places are already resolved in ``claims``).

    >>> import datetime as dt
    >>> arts = pl.DataFrame({"article_id": ["a", "b"], "published": [dt.date(2024, 3, 1), dt.date(2024, 3, 8)]})
    >>> c = pl.DataFrame({"article_id": ["a", "b"], "sentence_id": [0, 0], "value": [30000.0, 31000.0],
    ...     "counted": ["killed", "killed"], "source_surface": ["health ministry", "Health Ministry"],
    ...     "place_surface": ["Gaza", "Gaza"], "surface": ["30,000", "31,000"], "qualifier": ["exact", "at_least"]})
    >>> summarise_claim_ledger(c, arts).select("series", "published", "value", "change").rows()
    [('killed|Gaza|health ministry', datetime.date(2024, 3, 1), 30000.0, None), ('killed|Gaza|health ministry', datetime.date(2024, 3, 8), 31000.0, 1000.0)]
    """
    require_columns(claims, ["article_id", "counted", "value"], what="summarise_claim_ledger")
    if claims.height == 0:
        return empty("claim_ledger")
    out = claim_ledger_lazy(claims.lazy(), articles.lazy(), skip=skip).collect()
    return out if out.height else empty("claim_ledger")


def claim_ledger_lazy(claims: pl.LazyFrame, articles: pl.LazyFrame, *, skip: tuple[str, ...] = LEDGER_SKIP) -> pl.LazyFrame:
    """:func:`summarise_claim_ledger` as a query on lazy frames (``pl.scan_parquet`` of a large run's
    ``claims`` and ``articles`` files): nothing is read until it is collected or sunk to a file.

    >>> import datetime as dt
    >>> arts = pl.LazyFrame({"article_id": ["a"], "published": [dt.date(2024, 3, 1)]})
    >>> c = pl.LazyFrame({"article_id": ["a"], "sentence_id": [0], "value": [30000.0], "counted": ["killed"],
    ...     "source_surface": ["the health ministry"], "place_surface": ["Gaza"]})
    >>> claim_ledger_lazy(c, arts).collect().select("series", "published", "value").rows()
    [('killed|Gaza|health ministry', datetime.date(2024, 3, 1), 30000.0)]
    """
    require_columns(claims, ["article_id", "counted", "value"], what="summarise_claim_ledger")
    c = conform(claims, "claims", extra=True).filter(~pl.col("counted").is_in(list(skip)))
    pub = (
        articles.select("article_id", pl.col("published").cast(pl.Date))
        if "published" in articles.collect_schema().names()
        else articles.select("article_id").with_columns(pl.lit(None, dtype=pl.Date).alias("published"))
    )
    norm_src = (
        pl.col("source_surface").str.to_lowercase().str.replace_all(r"^(?:the|a|an)\s+|['’]s$", "").str.strip_chars()
    )
    c = c.join(pub, on="article_id", how="left").with_columns(
        pl.coalesce("place", "place_surface").alias("place"),
        pl.coalesce("source_actor_id", norm_src).alias("source_key"),
        pl.coalesce("value", "value_low").alias("_v"),
        # money keeps its currency: one series (and one same-day comparison) per currency
        pl.when(pl.col("counted") == "money").then(pl.col("unit").fill_null("?")).alias("_currency"),
    )
    c = c.with_columns(
        pl.concat_str(
            [pl.col("counted"), pl.col("place").fill_null("?"), pl.col("source_key").fill_null("?")], separator="|"
        ).alias("series")
    ).with_columns(
        pl.when(pl.col("_currency").is_not_null())
        .then(pl.concat_str([pl.col("series"), pl.col("_currency")], separator="|"))
        .otherwise(pl.col("series"))
        .alias("series")
    ).sort(["series", "published", "article_id", "sentence_id", "char_start"], nulls_last=True)
    c = c.with_columns(
        pl.col("_v").shift(1).over("series").alias("previous_value"),
        pl.col("published").shift(1).over("series").alias("previous_published"),
    ).with_columns(
        (pl.col("_v") - pl.col("previous_value")).alias("change"),
        (pl.col("published") - pl.col("previous_published")).dt.total_days().alias("days_since_previous"),
        pl.len().over("series").alias("n_in_series"),
    )
    day = ["counted", "_currency", "place", "published"]
    c = c.with_columns(
        (pl.col("source_key").n_unique() - pl.col("source_key").is_null().any().cast(pl.Int64))
        .over(day)
        .alias("n_sources_same_day"),
        pl.col("_v").min().over(day).alias("low_same_day"),
        pl.col("_v").max().over(day).alias("high_same_day"),
    ).with_columns(
        ((pl.col("n_sources_same_day") > 1) & (pl.col("high_same_day") > pl.col("low_same_day"))).alias("sources_disagree")
    )
    return conform(c, "claim_ledger")
