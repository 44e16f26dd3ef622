"""Syndicated and near-duplicate stories: one ``story_id`` for every copy of one story.

Tables in: ``articles``. Tables out: ``articles`` with ``story_id`` and ``story_size``.

One wire story is printed by many outlets with small edits; counted naively it multiplies every actor
pair, claim and quote it holds. :func:`find_stories` groups the copies:

1. **Shingles**: the body text (``articles.text``; the headline is left out, so a changed headline does
   not matter) is lower-cased and split into words (runs of letters and digits); every run of
   ``shingle`` consecutive words (default 5) is hashed to 32 bits. An article with fewer words than
   ``shingle`` has one shingle: all its words.
2. **MinHash** signatures of ``num_perm`` (default 64) permutations of those shingle sets (Broder 1997),
   computed (vectorised, batch by batch) with the permutations of ``datasketch.MinHash(num_perm, seed=1,
   scheme="legacy")``: the same hash values datasketch gives.
3. **LSH** finds candidate pairs without comparing every pair: the n x ``num_perm`` uint32 matrix of
   signatures is cut into the bands and rows :class:`datasketch.MinHashLSH` picks for a Jaccard similarity
   of ``threshold - 0.2`` (16 bands of 4 values at 64 permutations); two articles equal on every value of a
   band are candidates. The buckets are found by a join in polars, band by band: the same pairs
   datasketch's index gives, without its per-article objects and dict-of-sets (:func:`candidate_pairs`).
4. **Verification**: a candidate pair is a copy when, on the exact shingle sets, the containment
   ``|A ∩ B| / min(|A|, |B|)`` is at least ``threshold`` (default 0.6) *and* the Jaccard
   ``|A ∩ B| / |A ∪ B|`` is at least ``threshold / 2``. Containment tolerates a dropped or added paragraph,
   an agency credit line and small edits (each edited word costs ``shingle`` shingles); the Jaccard floor
   keeps a short text from joining a long one it shares a few sentences with. Independent reports of
   the same event (same place, actors, date) share names and stock phrases but few runs of five words:
   on the generated corpus of ``bench/bench_stories.py`` their containment stays below 0.35.
5. **Stories** are the connected components of the verified pairs. ``story_id`` is the ``article_id`` of
   the component's earliest-published member (articles without a date come last), ties broken by the
   smallest ``article_id``: the same whatever the input order or batch size. ``story_size`` counts the
   distinct articles of the story (1: no copy found).

For a corpus read in batches (:func:`toolkit.run.engine.analyze_to_dir`), :func:`sketch_articles` computes
the small per-article sketch batch by batch and :func:`group_stories` finds the stories over all of them.
Memory: the sketch is ``num_perm * 4`` bytes of signature plus 4 bytes per distinct shingle (about one per
word) per article, e.g. about 2.3 KB for a 550-word article, 230 MB for 100,000 of them. Grouping reads the
sketches where they are (no copy), builds the signature matrix (256 bytes an article), frees it once the
candidate pairs are found, and then gathers the shingle sets of the articles in a candidate pair only: it
grows by about 1.3 KB an article over the sketches it is given (``bench/bench_stories.py scale``).

>>> import polars as pl
>>> body = " ".join(f"word{i}" for i in range(40))
>>> arts = pl.DataFrame({"article_id": ["b", "a", "c"], "text": [body, body + " (AFP)", "another story entirely"]})
>>> find_stories(arts).select("article_id", "story_id", "story_size").rows()
[('b', 'a', 2), ('a', 'a', 2), ('c', 'c', 1)]
"""

from __future__ import annotations

from collections.abc import Iterable
from typing import Literal

import numpy as np
import polars as pl

from toolkit.core.errors import check_choice

Stories = Literal["mark", "first", "drop"]
STORIES_CHOICES = ("mark", "first", "drop")
Count = Literal["articles", "stories"]
COUNT_CHOICES = ("articles", "stories")

THRESHOLD = 0.6
"""Default containment threshold of a verified copy (the Jaccard floor is half of it)."""
NUM_PERM = 64
"""Default MinHash permutations (64 x uint32 = 256 bytes per article)."""
SHINGLE = 5
"""Default words per shingle."""
SEED = 1
"""Seed of the MinHash permutations (datasketch's default)."""

_MERSENNE = np.uint64((1 << 61) - 1)
_MAX_HASH = np.uint64((1 << 32) - 1)
_WORD = r"[\p{L}\p{N}]+"
_CHUNK = 16_384  # shingles permuted at once (x num_perm x 8 bytes: 8 MB per temporary at 64 permutations)

SKETCH_SCHEMA = {
    "article_id": pl.String(),
    "published": pl.Date(),
    "signature": pl.List(pl.UInt32()),
    "shingles": pl.List(pl.UInt32()),
}
STORY_SCHEMA = {"article_id": pl.String(), "story_id": pl.String(), "story_size": pl.Int64()}


def _check(threshold: float, num_perm: int, shingle: int) -> None:
    if not 0.0 < threshold <= 1.0:
        raise ValueError(f"threshold must be in (0, 1], not {threshold!r}")
    if num_perm < 2:
        raise ValueError(f"num_perm must be at least 2, not {num_perm!r}")
    if shingle < 1:
        raise ValueError(f"shingle must be at least 1, not {shingle!r}")


def _permutations(num_perm: int) -> tuple[np.ndarray, np.ndarray]:
    """The (a, b) permutation parameters of ``datasketch.MinHash(num_perm, seed=SEED)``."""
    gen = np.random.RandomState(SEED)
    ab = np.array(
        [
            (gen.randint(1, _MERSENNE, dtype=np.uint64), gen.randint(0, _MERSENNE, dtype=np.uint64))
            for _ in range(num_perm)
        ],
        dtype=np.uint64,
    ).T
    return ab[0], ab[1]


def _shingle_hashes(texts: pl.Series, shingle: int) -> list[np.ndarray]:
    """Per text, the sorted distinct 32-bit hashes of its word shingles."""
    words = texts.fill_null("").str.to_lowercase().str.extract_all(_WORD)
    lengths = words.list.len().to_numpy().astype(np.int64)
    flat = words.explode().drop_nulls()
    wh = flat.hash(seed=0).to_numpy().astype(np.uint64) if flat.len() else np.zeros(0, np.uint64)
    ends = np.cumsum(lengths)
    starts = ends - lengths
    n = wh.size
    # Rolling polynomial hash of `shingle` consecutive words (wraps mod 2**64), then its top 32 bits.
    roll = np.zeros(max(n - shingle + 1, 0), dtype=np.uint64)
    mult = np.uint64(1)
    with np.errstate(over="ignore"):
        for j in range(shingle):
            roll = roll * np.uint64(0x100000001B3) + wh[j : j + roll.size] * mult if roll.size else roll
            mult = mult * np.uint64(31)
    out = []
    for s, e in zip(starts.tolist(), ends.tolist(), strict=True):
        if e - s >= shingle:
            h = roll[s : e - shingle + 1]
        elif e > s:  # fewer words than a shingle: one shingle of all of them
            acc = np.uint64(0)
            with np.errstate(over="ignore"):
                for v in wh[s:e]:
                    acc = acc * np.uint64(0x100000001B3) + v
            h = np.array([acc], dtype=np.uint64)
        else:
            h = np.zeros(0, dtype=np.uint64)
        out.append(np.unique((h >> np.uint64(32)).astype(np.uint32)))
    return out


def _signatures(sets: list[np.ndarray], num_perm: int) -> np.ndarray:
    """MinHash signatures (n x num_perm, uint32) of the shingle sets, as datasketch computes them."""
    a, b = _permutations(num_perm)
    sig = np.full((len(sets), num_perm), _MAX_HASH, dtype=np.uint64)
    sizes = np.array([s.size for s in sets], dtype=np.int64)
    if not sizes.sum():
        return sig.astype(np.uint32)
    allh = np.concatenate(sets).astype(np.uint64)
    owner = np.repeat(np.arange(len(sets)), sizes)
    with np.errstate(over="ignore"):
        for lo in range(0, allh.size, _CHUNK):
            hv = allh[lo : lo + _CHUNK, None]
            phv = np.bitwise_and((a * hv + b) % _MERSENNE, _MAX_HASH)
            own = owner[lo : lo + _CHUNK]
            cuts = np.flatnonzero(np.r_[True, own[1:] != own[:-1]])
            mins = np.minimum.reduceat(phv, cuts, axis=0)
            rows = own[cuts]
            sig[rows] = np.minimum(sig[rows], mins)
    return sig.astype(np.uint32)


def sketch_articles(
    articles: pl.DataFrame, *, num_perm: int = NUM_PERM, shingle: int = SHINGLE
) -> pl.DataFrame:
    """One row per article: ``article_id``, ``published``, its MinHash ``signature`` and its ``shingles``
    (sorted distinct 32-bit hashes): what :func:`group_stories` needs, computed batch by batch.

    >>> sketch_articles(pl.DataFrame({"article_id": ["a"], "text": ["one two three four five six"]}))["signature"].list.len()[0]
    64
    """
    _check(THRESHOLD, num_perm, shingle)
    if articles.height == 0:
        return pl.DataFrame(schema=SKETCH_SCHEMA)
    sets = _shingle_hashes(articles["text"], shingle)
    sig = _signatures(sets, num_perm)
    published = (
        articles["published"].cast(pl.Date)
        if "published" in articles.columns
        else pl.Series([None] * articles.height, dtype=pl.Date)
    )
    return pl.DataFrame(
        {
            "article_id": articles["article_id"].cast(pl.String),
            "published": published,
            "signature": pl.Series(list(sig), dtype=pl.List(pl.UInt32)),
            "shingles": pl.Series(sets, dtype=pl.List(pl.UInt32)),
        },
        schema=SKETCH_SCHEMA,
    )


def _similar(x: np.ndarray, y: np.ndarray, threshold: float) -> bool:
    if not x.size or not y.size:
        return False
    inter = np.intersect1d(x, y, assume_unique=True).size
    return inter >= threshold * min(x.size, y.size) and inter >= (threshold / 2) * (x.size + y.size - inter)


def _bands(threshold: float, num_perm: int) -> tuple[int, int]:
    """LSH bands and rows per band: those :class:`datasketch.MinHashLSH` picks for Jaccard ``threshold - 0.2``."""
    from datasketch import MinHashLSH

    lsh = MinHashLSH(threshold=max(0.1, threshold - 0.2), num_perm=num_perm)
    return int(lsh.b), int(lsh.r)


def candidate_pairs(signatures: np.ndarray, *, threshold: float = THRESHOLD) -> np.ndarray:
    """Index pairs ``(i, j)``, ``i < j``, sorted, as a (k, 2) int64 array: the rows of the signatures (an
    n x num_perm uint32 array) that share an LSH band, with the bands and rows per band that
    :class:`datasketch.MinHashLSH` picks for Jaccard ``threshold - 0.2`` (the same pairs its index gives).

    Each band is ``r`` columns of the matrix; rows with equal values in every column of a band are
    candidates (an exact join on the values in polars, no per-article objects). Rows without shingles
    (every value at its maximum) are left out: they cannot be copies.

    >>> sig = np.array([[1, 2, 3, 4] * 16, [1, 2, 3, 4] * 16, [5, 6, 7, 8] * 16], dtype=np.uint32)
    >>> candidate_pairs(sig).tolist()
    [[0, 1]]
    """
    n, num_perm = signatures.shape
    b, r = _bands(threshold, num_perm)
    keep = np.flatnonzero((signatures != np.uint32(_MAX_HASH)).any(axis=1)).astype(np.uint32)
    if keep.size < 2:
        return np.zeros((0, 2), dtype=np.int64)
    cols = [f"v{k}" for k in range(r)]
    found: list[pl.DataFrame] = []
    for band in range(b):  # one band at a time: 4 * (r + 1) bytes an article at once
        rows = pl.DataFrame({"i": keep, **{c: signatures[keep, band * r + k] for k, c in enumerate(cols)}})
        # Only buckets with two or more rows can give a pair: drop the singletons before the join.
        rows = rows.filter(pl.len().over(cols) > 1)
        found.append(
            rows.join(rows, on=cols, suffix="_j")
            .filter(pl.col("i") < pl.col("i_j"))
            .select(pl.col("i").cast(pl.Int64), pl.col("i_j").cast(pl.Int64).alias("j"))
        )
    pairs = pl.concat(found).unique().sort("i", "j")
    return pairs.to_numpy().reshape(-1, 2)


_GATHER = 4096  # rows read from a sketch frame at once: bounds the temporary copies


def _gather_shingles(frames: list[pl.DataFrame], where: pl.DataFrame) -> tuple[np.ndarray, np.ndarray]:
    """The shingle sets of the rows named in ``where`` (columns ``_f`` frame, ``_r`` row, ``_k`` slot), as one
    flat uint32 array and the (k + 1) offsets of slot ``0..k-1``, read from the frames ``_GATHER`` rows at a
    time (no copy of the rest, no whole-column temporaries)."""
    k = where.height
    lengths = np.zeros(k, dtype=np.int64)
    groups = [
        (int(f), grp["_r"].to_numpy(), grp["_k"].to_numpy())
        for (f,), grp in where.partition_by("_f", as_dict=True).items()
    ]
    for f, rows, slots in groups:
        lengths[slots] = frames[f]["shingles"].list.len().to_numpy()[rows]
    offsets = np.zeros(k + 1, dtype=np.int64)
    np.cumsum(lengths, out=offsets[1:])
    flat = np.empty(int(offsets[-1]), dtype=np.uint32)
    for f, rows, slots in groups:
        for lo in range(0, rows.size, _GATHER):
            values = frames[f]["shingles"].gather(rows[lo : lo + _GATHER]).explode().drop_nulls().to_numpy()
            pos = 0
            for s in slots[lo : lo + _GATHER].tolist():
                m = int(lengths[s])
                flat[offsets[s] : offsets[s] + m] = values[pos : pos + m]
                pos += m
    return flat, offsets


def group_stories(
    sketches: pl.DataFrame | Iterable[pl.DataFrame], *, threshold: float = THRESHOLD
) -> pl.DataFrame:
    """``article_id``, ``story_id``, ``story_size`` for the articles of ``sketches`` (from
    :func:`sketch_articles`, one frame or the frames of the batches): LSH candidates, verified on the
    exact shingle sets, joined into connected components (see the module notes).

    Memory: the frames are read where they are (never concatenated); besides them, one n x num_perm uint32
    matrix of signatures (256 bytes an article at 64 permutations) while the candidate pairs are found, then
    the shingle sets of the articles in a candidate pair only.

    >>> sk = sketch_articles(pl.DataFrame({"article_id": ["x", "y"], "text": ["a b c d e f g", "a b c d e f g h"]}))
    >>> group_stories(sk).rows()
    [('x', 'x', 2), ('y', 'x', 2)]
    """
    _check(threshold, 2, 1)
    frames = [sketches] if isinstance(sketches, pl.DataFrame) else [f for f in sketches if f.height]
    if not frames:
        return pl.DataFrame(schema=STORY_SCHEMA)
    # One row per article id (its first sketch), in a fixed order: the result never depends on the input order.
    sk = (
        pl.concat(
            [
                f.select(pl.col("article_id").cast(pl.String), pl.col("published").cast(pl.Date))
                .with_row_index("_r")
                .with_columns(pl.lit(k, dtype=pl.UInt32).alias("_f"))
                for k, f in enumerate(frames)
            ]
        )
        .unique("article_id", keep="first", maintain_order=True)
        .sort("article_id")
    )
    n = sk.height
    parent = np.arange(n)

    def root(i: int) -> int:
        while parent[i] != i:
            parent[i] = parent[parent[i]]
            i = int(parent[i])
        return i

    if n > 1:
        num_perm: int = frames[0]["signature"].list.len()[0]  # every signature has num_perm values
        sig = np.empty((n, num_perm), dtype=np.uint32)
        for (f,), grp in sk.with_row_index("_k").partition_by("_f", as_dict=True).items():
            rows, slots = grp["_r"].to_numpy(), grp["_k"].to_numpy()
            for lo in range(0, rows.size, _GATHER):
                block = frames[int(f)]["signature"].gather(rows[lo : lo + _GATHER]).explode().to_numpy()
                sig[slots[lo : lo + _GATHER]] = block.reshape(-1, num_perm)
        pairs = candidate_pairs(sig, threshold=threshold)
        del sig  # the signatures are done with once the candidates are found
        if len(pairs):
            members = np.unique(pairs)
            slot = np.full(n, -1, dtype=np.int64)
            slot[members] = np.arange(members.size)
            where = (
                sk[members.tolist()].select("_f", "_r").with_columns(pl.Series("_k", np.arange(members.size)))
            )
            flat, offsets = _gather_shingles(frames, where)
            for i, j in pairs.tolist():
                ri, rj = root(i), root(j)
                if ri == rj:
                    continue
                si, sj = slot[i], slot[j]
                if _similar(
                    flat[offsets[si] : offsets[si + 1]], flat[offsets[sj] : offsets[sj + 1]], threshold
                ):
                    parent[max(ri, rj)] = min(ri, rj)
    comp = np.array([root(i) for i in range(n)])
    return (
        sk.select("article_id", "published")
        .with_columns(pl.Series("_comp", comp))
        .with_columns(
            pl.col("article_id")
            .sort_by(pl.col("published").is_null(), "published", "article_id")
            .first()
            .over("_comp")
            .alias("story_id"),
            pl.len().over("_comp").cast(pl.Int64).alias("story_size"),
        )
        .select(list(STORY_SCHEMA))
    )


def add_stories(articles: pl.DataFrame, stories: pl.DataFrame) -> pl.DataFrame:
    """``articles`` with ``story_id`` and ``story_size`` from a :func:`group_stories` table (replacing any
    there; an article it lacks is its own story of size 1)."""
    arts = articles.drop([c for c in ("story_id", "story_size") if c in articles.columns])
    return arts.join(
        stories.select("article_id", "story_id", "story_size"),
        on="article_id",
        how="left",
        maintain_order="left",
    ).with_columns(
        pl.col("story_id").fill_null(pl.col("article_id")), pl.col("story_size").fill_null(1).cast(pl.Int64)
    )


def find_stories(
    articles: pl.DataFrame, *, threshold: float = THRESHOLD, num_perm: int = NUM_PERM, shingle: int = SHINGLE
) -> pl.DataFrame:
    """``articles`` with ``story_id`` (the same for every copy of one story) and ``story_size``.

    MinHash + LSH over word shingles, candidates verified on the exact shingle sets (containment at
    least ``threshold`` and Jaccard at least ``threshold / 2``); see the module notes for the method.
    Rows keep their order; other columns are unchanged.

    >>> text = "Israeli strikes on Rafah killed 12 people overnight, the civil defence agency said on Monday."
    >>> arts = pl.DataFrame({"article_id": ["a", "b"], "text": [text, "(AFP) " + text]})
    >>> find_stories(arts)["story_id"].to_list()
    ['a', 'a']
    """
    _check(threshold, num_perm, shingle)
    stories = group_stories(
        sketch_articles(articles, num_perm=num_perm, shingle=shingle), threshold=threshold
    )
    return add_stories(articles, stories)


def select_stories(articles: pl.DataFrame, *, stories: Stories = "mark") -> pl.DataFrame:
    """The articles a run keeps (``articles`` with ``story_id`` and ``story_size``):

    - ``"mark"``: every article, copies marked by ``story_id`` (nothing removed);
    - ``"first"``: one article per story, the one whose ``article_id`` is the ``story_id`` (the earliest
      published copy): every story counted once;
    - ``"drop"``: only the articles without any copy (``story_size == 1``): every syndicated story is
      removed entirely, original included, leaving each outlet's own reporting.

    >>> import datetime as dt
    >>> arts = pl.DataFrame({"article_id": ["a", "b", "c"], "story_id": ["a", "a", "c"], "story_size": [2, 2, 1]})
    >>> [select_stories(arts, stories=s).height for s in ("mark", "first", "drop")]
    [3, 2, 1]
    """
    check_choice("stories", stories, STORIES_CHOICES)
    if stories == "first":
        return articles.filter(pl.col("article_id") == pl.col("story_id")).unique(
            "article_id", keep="first", maintain_order=True
        )
    if stories == "drop":
        return articles.filter(pl.col("story_size") == 1)
    return articles


COUNTED_TABLES = ("cooc_edges", "actor_sentiment", "claim_ledger", "sources")
"""Aggregate tables that can count each story once (``count="stories"``); their ``count_unit`` column says
which counting made them."""


def check_count(count: str) -> None:
    """Raise ``ValueError`` listing the valid values of ``count``."""
    check_choice("count", count, COUNT_CHOICES)


def first_copies(articles: pl.DataFrame | pl.LazyFrame) -> pl.DataFrame:
    """``article_id`` of one copy per story: the article whose id is its ``story_id`` (the earliest published);
    every article when ``story_id`` is missing or null. Semi-join the row tables on it to count each story once.

    >>> first_copies(pl.DataFrame({"article_id": ["a", "b", "c"], "story_id": ["a", "a", None]}))["article_id"].to_list()
    ['a', 'c']
    """
    lf = articles.lazy()
    if "story_id" not in lf.collect_schema().names():
        return lf.select("article_id").collect()
    return (
        lf.filter(pl.col("story_id").is_null() | (pl.col("article_id") == pl.col("story_id")))
        .select("article_id")
        .collect()
    )


def add_count_unit(table: pl.DataFrame, *, count: Count = "articles") -> pl.DataFrame:
    """``table`` (an aggregate) with ``count_unit``: ``articles`` (every copy counted) or ``stories`` (each story once)."""
    check_count(count)
    return table.with_columns(pl.lit(count, dtype=pl.String).alias("count_unit"))


STORY_TABLE_SCHEMA = {
    "story_id": pl.String(),
    "title": pl.String(),
    "n_copies": pl.Int64(),
    "n_outlets": pl.Int64(),
    "first_outlet": pl.String(),
    "first_published": pl.Date(),
    "last_published": pl.Date(),
    "days_spread": pl.Int64(),
    "outlets": pl.String(),
}
"""Columns of :func:`story_table` (a view for notebooks, not one of the toolkit's tables)."""


def story_table(articles: pl.DataFrame) -> pl.DataFrame:
    """One row per story of ``articles`` (with ``story_id``; found with :func:`find_stories` when missing):
    how far it spread and who printed it first.

    - ``n_copies``: articles of the story in ``articles``; ``n_outlets``: distinct outlets among them;
    - ``first_outlet``, ``title``: outlet and headline of the first copy, the earliest published (articles
      without a date last, ties by the smallest ``article_id``: the copy whose id is the ``story_id``);
    - ``first_published``, ``last_published``, ``days_spread``: the dates of the earliest and latest copy and
      the days between them (null without dates);
    - ``outlets``: the outlets, ``; ``-joined, in the order they first printed the story.

    Sorted by ``n_outlets``, then ``n_copies`` (largest first), then ``first_published`` and ``story_id``.

    >>> import datetime as dt
    >>> arts = pl.DataFrame({"article_id": ["a", "b", "c"], "story_id": ["a", "a", "c"], "outlet": ["AFP", "BBC", "AFP"],
    ...     "published": [dt.date(2024, 3, 4), dt.date(2024, 3, 5), None], "title": ["Dam opens", "Dam open", "Other"]})
    >>> story_table(arts).select("story_id", "n_copies", "n_outlets", "first_outlet", "days_spread", "outlets").rows()
    [('a', 2, 2, 'AFP', 1, 'AFP; BBC'), ('c', 1, 1, 'AFP', None, 'AFP')]
    """
    if "story_id" not in articles.columns:
        articles = find_stories(articles)
    if articles.height == 0:
        return pl.DataFrame(schema=STORY_TABLE_SCHEMA)
    cols = articles.columns
    df = articles.select(
        pl.col("article_id").cast(pl.String),
        pl.col("story_id").cast(pl.String).fill_null(pl.col("article_id").cast(pl.String)),
        (pl.col("title").cast(pl.String) if "title" in cols else pl.lit(None, dtype=pl.String)).alias(
            "title"
        ),
        (pl.col("outlet").cast(pl.String) if "outlet" in cols else pl.lit(None, dtype=pl.String)).alias(
            "outlet"
        ),
        (
            pl.col("published").cast(pl.Date, strict=False)
            if "published" in cols
            else pl.lit(None, dtype=pl.Date)
        ).alias("published"),
    ).sort(pl.col("published").is_null(), "published", "article_id")
    table = df.group_by("story_id", maintain_order=True).agg(
        pl.col("title").first(),
        pl.len().cast(pl.Int64).alias("n_copies"),
        pl.col("outlet").drop_nulls().n_unique().cast(pl.Int64).alias("n_outlets"),
        pl.col("outlet").first().alias("first_outlet"),
        pl.col("published").min().alias("first_published"),
        pl.col("published").max().alias("last_published"),
        pl.col("outlet").drop_nulls().unique(maintain_order=True).str.join("; ").alias("outlets"),
    )
    return (
        table.with_columns(
            (pl.col("last_published") - pl.col("first_published"))
            .dt.total_days()
            .cast(pl.Int64)
            .alias("days_spread"),
            pl.when(pl.col("outlets") != "").then(pl.col("outlets")).alias("outlets"),
        )
        .sort(
            ["n_outlets", "n_copies", "first_published", "story_id"],
            descending=[True, True, False, False],
            nulls_last=True,
        )
        .select(list(STORY_TABLE_SCHEMA))
        .cast(STORY_TABLE_SCHEMA)  # type: ignore[arg-type]
    )
