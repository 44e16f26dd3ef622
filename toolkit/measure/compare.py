"""Compare outlets and periods: mentions, tone, sources and claims, each a group-by with its counts and intervals.

Tables in: ``articles`` (for ``outlet`` and ``published``) with ``mentions``, ``sentiment``, ``quotes`` or
``claims``. Tables out: one frame per function, documented on it (:data:`COMPARE_DOCS` says what every
column means). Every row carries ``n``, the count its figure rests on (the outlet's articles for a
share of articles, the sentences for a mean tone, the outlet's quotes for a share of quotes, the claims
for a mean value), and an interval where the figure is a mean (percentile bootstrap, the helper of
:func:`toolkit.measure.sentiment.summarise_actor_sentiment`) or a share (Wilson score interval).

``period``: ``"day"``, ``"week"`` (weeks start on Monday) or ``"month"``; the ``period`` column holds the
first day of the period (null for an article without a date). ``None`` (where allowed) pools all dates.
An article without an outlet counts under ``(unknown)``.

>>> import datetime as dt
>>> arts = pl.DataFrame({"article_id": ["a1", "a2", "a3"], "outlet": ["AFP", "AFP", "AP"],
...                      "published": [dt.date(2024, 1, 3), dt.date(2024, 1, 20), dt.date(2024, 1, 5)]})
>>> m = pl.DataFrame({"article_id": ["a1", "a1", "a3"], "sentence_id": [0, 1, 0], "actor_id": ["HAM"] * 3})
>>> mentions_by_period(m, arts).select("outlet", "n_mentions", "n_articles", "n", "share").rows()
[('AFP', 2, 1, 2, 0.5), ('AP', 1, 1, 1, 1.0)]
"""

from __future__ import annotations

import statistics
import zlib
from collections.abc import Iterable
from typing import Any, Literal

import numpy as np
import polars as pl

from toolkit.core.errors import check_choice
from toolkit.core.schema import require_columns
from toolkit.measure.sentiment import BOOTSTRAP_MAX_N, _bootstrap_ci

Period = Literal["day", "week", "month"]
PERIOD_CHOICES: tuple[str, ...] = ("day", "week", "month")
_EVERY = {"day": "1d", "week": "1w", "month": "1mo"}
UNKNOWN_OUTLET = "(unknown)"
UNATTRIBUTED = "(unattributed)"
NOT_AN_ACTOR = "(not an actor)"

COMPARE_DOCS: dict[str, str] = {
    "period": "first day of the day, week (Monday) or month; null: the article has no date (or period=None: all dates)",
    "outlet": "publisher or agency (`(unknown)` when the article has none)",
    "n": "the count the row's figure rests on: see each function",
    "share": "a share (k / n)",
    "share_low": "Wilson score interval of the share, lower bound",
    "share_high": "Wilson score interval of the share, upper bound",
    "mean_compound": "mean VADER compound of the sentences",
    "ci_low": "percentile bootstrap interval of the mean, lower bound (normal limit above 1,000 values)",
    "ci_high": "percentile bootstrap interval of the mean, upper bound",
    "ci_method": "`bootstrap` or `normal` (its large-sample limit, above 1,000 values)",
}
"""What the shared columns of the comparison tables mean."""


# ---------------------------------------------------------------- helpers


def _z(level: float) -> float:
    if not 0 < level < 1:
        raise ValueError(f"level must be between 0 and 1 (e.g. 0.95), got {level!r}")
    return statistics.NormalDist().inv_cdf(0.5 + level / 2)


def wilson(k: pl.Expr | str, n: pl.Expr | str, *, level: float = 0.95) -> tuple[pl.Expr, pl.Expr]:
    """(lower, upper) expressions of the Wilson score interval of the share ``k / n`` (null when ``n`` is 0).

    >>> df = pl.DataFrame({"k": [0, 5, 10], "n": [10, 10, 0]})
    >>> lo, hi = wilson("k", "n")
    >>> df.select(lo.round(4).alias("lo"), hi.round(4).alias("hi")).rows()
    [(0.0, 0.2775), (0.2366, 0.7634), (None, None)]
    """
    z = _z(level)
    kk = (pl.col(k) if isinstance(k, str) else k).cast(pl.Float64)
    nn = (pl.col(n) if isinstance(n, str) else n).cast(pl.Float64)
    p = kk / nn
    denom = 1 + z * z / nn
    centre = (p + z * z / (2 * nn)) / denom
    half = z * ((p * (1 - p) / nn + z * z / (4 * nn * nn)).sqrt()) / denom
    ok = nn > 0
    lo = pl.when(ok).then(pl.max_horizontal(centre - half, pl.lit(0.0)))
    hi = pl.when(ok).then(pl.min_horizontal(centre + half, pl.lit(1.0)))
    return lo, hi


def _with_share(df: pl.LazyFrame | pl.DataFrame, k: str, *, level: float) -> list[pl.Expr]:
    lo, hi = wilson(k, "n", level=level)
    return [
        pl.when(pl.col("n") > 0).then(pl.col(k) / pl.col("n")).alias("share"),
        lo.alias("share_low"),
        hi.alias("share_high"),
    ]


def _article_periods(articles: pl.DataFrame | pl.LazyFrame, period: str | None) -> pl.LazyFrame:
    """article_id, outlet, period of every article."""
    a = articles.lazy()
    require_columns(a, ["article_id"], what="compare")
    names = a.collect_schema().names()
    outlet = pl.col("outlet").cast(pl.String).fill_null(UNKNOWN_OUTLET) if "outlet" in names else pl.lit(UNKNOWN_OUTLET)
    if period is None:
        when = pl.lit(None, dtype=pl.Date)
    else:
        check_choice("period", period, PERIOD_CHOICES)
        if "published" not in names:
            raise ValueError("the articles table has no published column: use period=None")
        when = pl.col("published").cast(pl.Date, strict=False).dt.truncate(_EVERY[period])
    return a.select("article_id", outlet.alias("outlet"), when.alias("period")).unique("article_id", keep="first")


def _ids(values: str | Iterable[str] | None) -> list[str] | None:
    if values is None:
        return None
    return [values] if isinstance(values, str) else list(values)


def _actor_labels(m: pl.LazyFrame) -> pl.LazyFrame:
    names = m.collect_schema().names()
    label = pl.col("actor_label") if "actor_label" in names else pl.col("actor_id")
    cols = [label.alias("actor_label")]
    if "actor_type" in names:
        cols.append(pl.col("actor_type"))
    return m.select("actor_id", *cols).group_by("actor_id").agg(pl.all().drop_nulls().first())


def _mentions(mentions: pl.DataFrame | pl.LazyFrame, include_places: bool, what: str) -> pl.LazyFrame:
    m = mentions.lazy()
    require_columns(m, ["article_id", "actor_id"], what=what)
    m = m.filter(pl.col("actor_id").is_not_null())
    if not include_places and "is_place" in m.collect_schema().names():
        m = m.filter(~pl.col("is_place").fill_null(False))
    return m


def _mean_intervals(
    df: pl.DataFrame, keys: list[str], value: str, *, n_boot: int, level: float, seed: int | None
) -> pl.DataFrame:
    """Per group of ``keys`` (rows sorted so each group's values keep a fixed order): n, mean and a
    percentile bootstrap interval of the mean, seeded per group."""
    if n_boot < 1:
        raise ValueError(f"n_boot must be at least 1, got {n_boot!r}")
    _z(level)
    df = df.drop_nulls(value).sort([*keys, "_order"], nulls_last=True)
    runs = df.with_row_index("_i").group_by(keys, maintain_order=True).agg(pl.col("_i").first(), pl.len())
    x_all = df[value].cast(pl.Float64).to_numpy()
    rows = []
    for *key, start, n in runs.iter_rows():
        x = x_all[start : start + n]
        stream = None if seed is None else [seed, zlib.crc32("\x00".join(map(str, key)).encode())]
        lo, hi = _bootstrap_ci(x, n_boot=n_boot, level=level, rng=np.random.default_rng(stream))
        rows.append((*key, n, float(x.mean()), lo, hi, "normal" if n > BOOTSTRAP_MAX_N else "bootstrap"))
    schema: dict[str, Any] = {**{k: df.schema[k] for k in keys}, "n": pl.Int64, "mean": pl.Float64, "ci_low": pl.Float64,
              "ci_high": pl.Float64, "ci_method": pl.String}  # fmt: skip
    return pl.DataFrame(rows, schema=schema, orient="row")


# ---------------------------------------------------------------- mentions


def top_actors(mentions: pl.DataFrame | pl.LazyFrame, n: int = 3, *, include_places: bool = False) -> list[str]:
    """Ids of the ``n`` most mentioned actors (ties by id), places left out unless ``include_places``:
    the usual ``actors=`` of a comparison.

    >>> top_actors(pl.DataFrame({"actor_id": ["UN", "HAM", "UN", None], "article_id": ["a"] * 4}), 1)
    ['UN']
    """
    m = _mentions(mentions, include_places, "top_actors")
    ranked = m.group_by("actor_id").agg(pl.len()).sort(["len", "actor_id"], descending=[True, False]).head(n)
    return ranked.collect()["actor_id"].to_list()


def mentions_by_period(
    mentions: pl.DataFrame | pl.LazyFrame,
    articles: pl.DataFrame | pl.LazyFrame,
    *,
    period: Period | None = "month",
    actors: str | Iterable[str] | None = None,
    include_places: bool = False,
    level: float = 0.95,
) -> pl.DataFrame:
    """Mentions of each actor per period and outlet, and the share of the outlet's articles that mention it.

    Columns: ``period``, ``outlet``, ``actor_id``, ``actor_label``, ``n_mentions``, ``n_articles`` (articles
    of the outlet in the period that mention the actor), ``n`` (all the outlet's articles in the period),
    ``share`` (``n_articles / n``) with its Wilson interval ``share_low``..``share_high``. ``actors``
    keeps those ids, and adds a row with zero mentions for every outlet and period where one is never
    mentioned; without it only actors that are mentioned have rows. Mentions used as places are left
    out unless ``include_places``.

    >>> import datetime as dt
    >>> arts = pl.DataFrame({"article_id": ["a1", "a2", "a3"], "outlet": ["AFP", "AP", "AP"],
    ...                      "published": [dt.date(2024, 1, 1), dt.date(2024, 1, 1), dt.date(2024, 2, 9)]})
    >>> m = pl.DataFrame({"article_id": ["a1", "a1", "a2"], "actor_id": ["UN", "UN", "UN"], "actor_label": ["UN"] * 3})
    >>> out = mentions_by_period(m, arts, actors="UN")
    >>> out.select(pl.col("period").dt.strftime("%Y-%m"), "outlet", "n_mentions", "n_articles", "n", "share").rows()
    [('2024-01', 'AFP', 2, 1, 1, 1.0), ('2024-01', 'AP', 1, 1, 1, 1.0), ('2024-02', 'AP', 0, 0, 1, 0.0)]
    >>> out["share_high"].round(3).to_list()
    [1.0, 1.0, 0.793]
    """
    wanted = _ids(actors)
    m = _mentions(mentions, include_places, "mentions_by_period")
    if wanted is not None:
        m = m.filter(pl.col("actor_id").is_in(wanted))
    arts = _article_periods(articles, period)
    base = arts.group_by("period", "outlet").agg(pl.len().cast(pl.Int64).alias("n"))
    counts = (
        m.select("article_id", "actor_id").join(arts, on="article_id", how="inner")
        .group_by("period", "outlet", "actor_id")
        .agg(pl.len().cast(pl.Int64).alias("n_mentions"), pl.col("article_id").n_unique().cast(pl.Int64).alias("n_articles"))
    )  # fmt: skip
    if wanted is not None:
        grid = base.join(pl.LazyFrame({"actor_id": wanted}, schema={"actor_id": pl.String}), how="cross")
        out = grid.join(counts, on=["period", "outlet", "actor_id"], how="left", nulls_equal=True).with_columns(
            pl.col("n_mentions").fill_null(0), pl.col("n_articles").fill_null(0)
        )
    else:
        out = counts.join(base, on=["period", "outlet"], how="left", nulls_equal=True)
    labels = _actor_labels(m).select("actor_id", "actor_label")
    return (
        out.join(labels, on="actor_id", how="left")
        .with_columns(pl.col("actor_label").fill_null(pl.col("actor_id")), *_with_share(out, "n_articles", level=level))
        .select("period", "outlet", "actor_id", "actor_label", "n_mentions", "n_articles", "n", "share", "share_low", "share_high")
        .sort("period", "outlet", "actor_id", nulls_last=True)
        .collect()
    )


# ---------------------------------------------------------------- tone


def tone_by_outlet(
    sentiment: pl.DataFrame | pl.LazyFrame,
    mentions: pl.DataFrame | pl.LazyFrame,
    articles: pl.DataFrame | pl.LazyFrame,
    *,
    actors: str | Iterable[str] | None = None,
    period: Period | None = "month",
    voice: str = "all",
    n_boot: int = 1000,
    level: float = 0.95,
    seed: int | None = 0,
    include_places: bool = False,
) -> pl.DataFrame:
    """Mean tone of the sentences around each actor, per outlet and period, with a bootstrap interval.

    A sentence counts once per actor mentioned in it (as in
    :func:`toolkit.measure.sentiment.summarise_actor_sentiment`, whose seeded percentile bootstrap is used
    here: ``n_boot`` resamples, ``level``, ``seed``). ``voice``: ``all`` or the sentences of one voice
    (``narrator``, ``quoted``, ``mixed``). Columns: ``actor_id``, ``actor_label``, ``outlet``, ``period``,
    ``voice``, ``n`` (sentences), ``mean_compound``, ``ci_low``, ``ci_high``, ``ci_method``.

    >>> s = pl.DataFrame({"article_id": ["a1", "a1", "a2"], "sentence_id": [0, 1, 0], "compound": [0.5, -0.1, -0.6]})
    >>> m = pl.DataFrame({"article_id": ["a1", "a1", "a2"], "sentence_id": [0, 1, 0], "actor_id": ["UN"] * 3})
    >>> arts = pl.DataFrame({"article_id": ["a1", "a2"], "outlet": ["AFP", "AP"]})
    >>> tone_by_outlet(s, m, arts, period=None).select("outlet", "n", "mean_compound", "ci_low", "ci_high").rows()
    [('AFP', 2, 0.2, -0.1, 0.5), ('AP', 1, -0.6, -0.6, -0.6)]
    """
    if voice not in ("all", "narrator", "quoted", "mixed"):
        raise ValueError(f"invalid voice={voice!r}; valid values: 'all', 'narrator', 'quoted', 'mixed'")
    s = sentiment.lazy()
    require_columns(s, ["article_id", "sentence_id", "compound"], what="tone_by_outlet")
    m = _mentions(mentions, include_places, "tone_by_outlet")
    require_columns(m, ["sentence_id"], what="tone_by_outlet")
    wanted = _ids(actors)
    if wanted is not None:
        m = m.filter(pl.col("actor_id").is_in(wanted))
    if voice != "all":
        s = s.filter(pl.col("voice").fill_null("narrator") == voice) if "voice" in s.collect_schema().names() else s.filter(pl.lit(voice == "narrator"))
    arts = _article_periods(articles, period)
    pairs = (
        m.select("article_id", pl.col("sentence_id").cast(pl.Int64), "actor_id").unique()
        .join(s.select("article_id", pl.col("sentence_id").cast(pl.Int64), pl.col("compound").cast(pl.Float64)),
              on=["article_id", "sentence_id"], how="inner")
        .join(arts, on="article_id", how="inner")
        .sort("article_id", "sentence_id").with_row_index("_order")
        .collect()
    )  # fmt: skip
    keys = ["actor_id", "outlet", "period"]
    stats = _mean_intervals(pairs, keys, "compound", n_boot=n_boot, level=level, seed=seed)
    labels = _actor_labels(m).select("actor_id", "actor_label").collect()
    return (
        stats.join(labels, on="actor_id", how="left")
        .with_columns(pl.col("actor_label").fill_null(pl.col("actor_id")), pl.lit(voice).alias("voice"))
        .rename({"mean": "mean_compound"})
        .select("actor_id", "actor_label", "outlet", "period", "voice", "n", "mean_compound", "ci_low", "ci_high", "ci_method")
        .sort("actor_id", "outlet", "period", nulls_last=True)
    )


# ---------------------------------------------------------------- sources


SourcesBy = Literal["speaker", "actor_type"]


def sources_by_outlet(
    quotes: pl.DataFrame | pl.LazyFrame,
    articles: pl.DataFrame | pl.LazyFrame,
    *,
    mentions: pl.DataFrame | pl.LazyFrame | None = None,
    by: SourcesBy = "speaker",
    period: Period | None = None,
    level: float = 0.95,
) -> pl.DataFrame:
    """Who each outlet quotes: quotes, quoted words and articles per speaker (or per actor type), with shares.

    Direct and partial quotes count (scare-quoted terms do not), as in the ``sources`` table. A speaker
    is the actor (``speaker_actor_id``; its ``actor_type`` from ``mentions``, ``(not an actor)`` for a
    named speaker that is no known actor), else the quote's ``speaker_label`` / ``speaker_name``;
    quotes with no speaker are ``(unattributed)``. ``by="actor_type"`` pools the speakers of a type.

    Columns: ``outlet``, ``period``, then ``speaker_actor_id``, ``speaker_label``, ``actor_type`` (or
    ``actor_type`` and ``n_speakers``), ``n_quotes``, ``n_words``, ``n_articles``, ``n`` (all the outlet's
    quotes in the period), ``share`` (``n_quotes / n``, Wilson interval ``share_low``..``share_high``),
    ``share_words`` (of the outlet's quoted words).

    >>> q = pl.DataFrame({"article_id": ["a1", "a1", "a2"], "kind": ["direct", "partial", "direct"],
    ...                   "speaker_actor_id": ["UN", None, "UN"], "speaker_label": ["UN", None, "UN"], "n_words": [10, 2, 6]})
    >>> arts = pl.DataFrame({"article_id": ["a1", "a2"], "outlet": ["AFP", "AP"]})
    >>> m = pl.DataFrame({"article_id": ["a1"], "actor_id": ["UN"], "actor_type": ["organization"]})
    >>> sources_by_outlet(q, arts, mentions=m).select("outlet", "speaker_label", "actor_type", "n_quotes", "n_words", "n", "share").rows()
    [('AFP', 'UN', 'organization', 1, 10, 2, 0.5), ('AFP', '(unattributed)', None, 1, 2, 2, 0.5), ('AP', 'UN', 'organization', 1, 6, 1, 1.0)]
    >>> sources_by_outlet(q, arts, mentions=m, by="actor_type").select("outlet", "actor_type", "n_quotes", "n_speakers").rows()
    [('AFP', 'organization', 1, 1), ('AFP', '(unattributed)', 1, 0), ('AP', 'organization', 1, 1)]
    """
    check_choice("by", by, ("speaker", "actor_type"))
    q = quotes.lazy()
    require_columns(q, ["article_id"], what="sources_by_outlet")
    names = q.collect_schema().names()

    def col(name: str, dtype: pl.DataType) -> pl.Expr:
        return pl.col(name).cast(dtype) if name in names else pl.lit(None, dtype=dtype)

    if "kind" in names:
        q = q.filter(pl.col("kind").is_in(["direct", "partial"]))
    label = pl.coalesce(col("speaker_label", pl.String()), col("speaker_name", pl.String()))
    words = col("n_words", pl.Int64()) if "n_words" in names else pl.col("quote").str.count_matches(r"\S+").cast(pl.Int64) if "quote" in names else pl.lit(0, pl.Int64)
    q = q.select(
        "article_id", col("speaker_actor_id", pl.String()).alias("speaker_actor_id"),
        label.alias("speaker_label"), words.fill_null(0).alias("n_words"),
    )  # fmt: skip
    if mentions is not None:
        types = _actor_labels(_mentions(mentions, True, "sources_by_outlet"))
        if "actor_type" not in types.collect_schema().names():
            types = types.with_columns(pl.lit(None, dtype=pl.String).alias("actor_type"))
        types = types.select(pl.col("actor_id").alias("speaker_actor_id"), "actor_type")
        q = q.join(types, on="speaker_actor_id", how="left")
    else:
        q = q.with_columns(pl.lit(None, dtype=pl.String).alias("actor_type"))
    q = q.with_columns(
        pl.when(pl.col("speaker_actor_id").is_null() & pl.col("speaker_label").is_not_null()).then(pl.lit(NOT_AN_ACTOR))
        .otherwise(pl.col("actor_type")).alias("actor_type"),
        pl.col("speaker_label").fill_null(UNATTRIBUTED),
    ).join(_article_periods(articles, period), on="article_id", how="inner")  # fmt: skip
    totals = q.group_by("outlet", "period").agg(pl.len().cast(pl.Int64).alias("n"), pl.col("n_words").sum().alias("_words"))
    if by == "speaker":
        keys = ["outlet", "period", "speaker_actor_id", "speaker_label", "actor_type"]
        extra: list[pl.Expr] = []
    else:
        q = q.with_columns(pl.col("actor_type").fill_null(pl.when(pl.col("speaker_label") == UNATTRIBUTED).then(pl.lit(UNATTRIBUTED))))
        keys = ["outlet", "period", "actor_type"]
        speaker = pl.when(pl.col("speaker_label") != UNATTRIBUTED).then(pl.coalesce("speaker_actor_id", "speaker_label"))
        extra = [speaker.drop_nulls().n_unique().cast(pl.Int64).alias("n_speakers")]
    out = (
        q.group_by(keys)
        .agg(pl.len().cast(pl.Int64).alias("n_quotes"), pl.col("n_words").sum().cast(pl.Int64),
             pl.col("article_id").n_unique().cast(pl.Int64).alias("n_articles"), *extra)
        .join(totals, on=["outlet", "period"], how="left", nulls_equal=True)
    )  # fmt: skip
    return (
        out.with_columns(*_with_share(out, "n_quotes", level=level),
                         pl.when(pl.col("_words") > 0).then(pl.col("n_words") / pl.col("_words")).alias("share_words"))
        .drop("_words")
        .sort(["outlet", "period", "n_quotes", "n_words", keys[-1]], descending=[False, False, True, True, False], nulls_last=True)
        .collect()
    )  # fmt: skip


# ---------------------------------------------------------------- claims


def claims_by_outlet(
    claims: pl.DataFrame | pl.LazyFrame,
    articles: pl.DataFrame | pl.LazyFrame,
    *,
    counted: str | Iterable[str] | None = None,
    place: str | Iterable[str] | None = None,
    period: Period | None = None,
    n_boot: int = 1000,
    level: float = 0.95,
    seed: int | None = 0,
) -> pl.DataFrame:
    """The figures each outlet gave for the same category (``counted``), place and unit, side by side.

    A claim's figure is its ``value``, or its lower bound (``value_low``) when vague or a range without
    one value; claims with neither are left out. Units never mix (a row per ``unit``: money per currency).
    ``counted`` and ``place`` keep those categories and places (``place``: actor ids, as in the claims table).

    Columns: ``counted``, ``place``, ``unit``, ``outlet``, ``period``, ``n`` (claims), ``n_articles``,
    ``n_sources`` (distinct source actors), ``value_min``, ``value_median``, ``value_max``, ``value_mean``
    with its bootstrap interval ``ci_low``..``ci_high`` (``ci_method``), ``latest_value`` (the figure of
    the latest-published claim, the last in its article when several).

    >>> import datetime as dt
    >>> c = pl.DataFrame({"article_id": ["a1", "a1", "a2"], "counted": ["killed"] * 3, "place": ["SDN"] * 3,
    ...                   "unit": ["people"] * 3, "value": [10.0, None, 30.0], "value_low": [10.0, 20.0, 30.0],
    ...                   "source_actor_id": ["UN", "UN", None], "char_start": [0, 50, 0]})
    >>> arts = pl.DataFrame({"article_id": ["a1", "a2"], "outlet": ["AFP", "AFP"],
    ...                      "published": [dt.date(2024, 1, 1), dt.date(2024, 1, 2)]})
    >>> claims_by_outlet(c, arts).select("outlet", "n", "n_articles", "n_sources", "value_median", "value_mean", "latest_value").rows()
    [('AFP', 3, 2, 1, 20.0, 20.0, 30.0)]
    """
    cl = claims.lazy()
    require_columns(cl, ["article_id", "counted", "value"], what="claims_by_outlet")
    names = cl.collect_schema().names()

    def col(name: str, dtype: pl.DataType) -> pl.Expr:
        return pl.col(name).cast(dtype) if name in names else pl.lit(None, dtype=dtype)

    for name, values in (("counted", _ids(counted)), ("place", _ids(place))):
        if values is not None and name in names:
            cl = cl.filter(pl.col(name).is_in(values))
    value = pl.coalesce(col("value", pl.Float64()), col("value_low", pl.Float64()))
    arts = _article_periods(articles, period)
    published = articles.lazy().select("article_id", (pl.col("published").cast(pl.Date, strict=False)
                                                      if "published" in articles.lazy().collect_schema().names()
                                                      else pl.lit(None, dtype=pl.Date)).alias("_published")).unique("article_id")  # fmt: skip
    df = (
        cl.select("article_id", col("counted", pl.String()).alias("counted"), col("place", pl.String()).alias("place"),
                  col("unit", pl.String()).alias("unit"), value.alias("_value"),
                  col("source_actor_id", pl.String()).alias("source_actor_id"), col("char_start", pl.Int64()).alias("_pos"))
        .drop_nulls("_value")
        .join(arts, on="article_id", how="inner")
        .join(published, on="article_id", how="left")
        .sort("_published", "article_id", "_pos", nulls_last=True).with_row_index("_order")
        .collect()
    )  # fmt: skip
    keys = ["counted", "place", "unit", "outlet", "period"]
    stats = _mean_intervals(df, keys, "_value", n_boot=n_boot, level=level, seed=seed)
    more = df.sort([*keys, "_order"], nulls_last=True).group_by(keys, maintain_order=True).agg(
        pl.col("article_id").n_unique().cast(pl.Int64).alias("n_articles"),
        pl.col("source_actor_id").drop_nulls().n_unique().cast(pl.Int64).alias("n_sources"),
        pl.col("_value").min().alias("value_min"), pl.col("_value").median().alias("value_median"),
        pl.col("_value").max().alias("value_max"), pl.col("_value").last().alias("latest_value"),
    )  # fmt: skip
    return (
        stats.join(more, on=keys, how="left", nulls_equal=True)
        .rename({"mean": "value_mean"})
        .select(*keys, "n", "n_articles", "n_sources", "value_min", "value_median", "value_max", "value_mean",
                "ci_low", "ci_high", "ci_method", "latest_value")
        .sort(keys, nulls_last=True)
    )  # fmt: skip
