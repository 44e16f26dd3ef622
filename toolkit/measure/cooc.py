"""Actor co-occurrence: which actors meet in a sentence, a paragraph or an article.

Tables in: ``mentions`` and ``sentences``. Tables out: ``cooc_pairs`` (one row per pair of actors met in one
window, with the ``sentence_ids`` behind it) and ``cooc_edges`` (one row per pair and window kind, with
counts and association measures). :func:`find_pair_sentences` traces an edge back to its sentences;
:func:`to_networkx` and :func:`write_network` export the network (GraphML or GEXF for Gephi).

Measures (Manning & Schütze 1999, ch. 5; Bouma 2009 for NPMI; Dunning 1993 for G²), with ``N`` windows
of a kind in the corpus, ``n_a``/``n_b`` windows with each actor and ``n_ab`` (``n_units``) with both:
``pmi = log2(n_ab N / (n_a n_b))``, ``npmi = pmi / -log2(n_ab / N)``, ``dice = 2 n_ab / (n_a + n_b)``,
``llr = 2 Σ O ln(O / E)`` over the 2×2 table of windows.

>>> m = pl.DataFrame({"article_id": ["a"] * 3, "sentence_id": [0, 0, 1], "paragraph_id": [0, 0, 1],
...     "actor_id": ["ISR", "HAMAS", "ISR"], "actor_type": ["state", "armed_group", "state"], "is_place": [False] * 3})
>>> s = pl.DataFrame({"article_id": ["a", "a"], "paragraph_id": [0, 1], "sentence_id": [0, 1]})
>>> pairs = find_cooccurrences(m, s, windows=("sentence",))
>>> pairs.select("window", "unit_id", "actor_a", "actor_b", "sentence_ids").rows()
[('sentence', 0, 'HAMAS', 'ISR', [0])]
>>> score_cooccurrence(pairs, m, s, windows=("sentence",)).select("n_units", "n_a", "n_b", "n_total", "dice").row(0)
(1, 1, 2, 2, 0.6666666666666666)
"""

from __future__ import annotations

import math
from collections.abc import Iterable
from pathlib import Path
from typing import Any, Literal

import polars as pl

from toolkit.core.errors import check_choice
from toolkit.core.schema import conform, empty, require_columns

Window = Literal["sentence", "paragraph", "article"]
WINDOW_CHOICES = ("sentence", "paragraph", "article")
By = Literal["actor", "affiliation"]
BY_CHOICES = ("actor", "affiliation")
NetworkFormat = Literal["graphml", "gexf"]
NETWORK_FORMATS = ("graphml", "gexf")
Weight = Literal["n_units", "n_articles", "pmi", "npmi", "dice", "llr"]
WEIGHT_CHOICES = ("n_units", "n_articles", "pmi", "npmi", "dice", "llr")

_UNIT = {"sentence": "sentence_id", "paragraph": "paragraph_id", "article": None}


def _check_windows(windows: Iterable[str]) -> tuple[str, ...]:
    if isinstance(windows, str):
        windows = (windows,)
    out = tuple(windows)
    for w in out:
        check_choice("window", w, WINDOW_CHOICES)
    return out


def _actor_units(
    mentions: pl.DataFrame,
    sentences: pl.DataFrame,
    windows: tuple[str, ...],
    *,
    places: bool,
    by: str,
    types: Iterable[str] | None,
    sids: bool = True,
) -> pl.DataFrame:
    """One row per (article, window, unit, actor) with the sentences where the actor is mentioned
    (``sids=False``: without them, in no particular order, for counting)."""
    m = mentions
    if not places and "is_place" in m.columns:
        m = m.filter(~pl.col("is_place").fill_null(False))
    if types is not None:
        types = list(types)
        m = m.filter(pl.col("actor_type").is_in(types))
    key = pl.col("actor_id")
    if by == "affiliation" and "affiliation" in m.columns:
        # collapse to the top of the affiliation chain one step (Netanyahu -> ISR, ISR_MIL -> ISR)
        key = (
            pl.when(pl.col("actor_type") == "state")
            .then(pl.col("actor_id"))
            .otherwise(pl.coalesce(pl.col("affiliation"), pl.col("actor_id")))
        )
    if "paragraph_id" not in m.columns:
        par = sentences.select("article_id", "sentence_id", "paragraph_id")
        m = m.join(par, on=["article_id", "sentence_id"], how="left")
    base = m.select(
        "article_id",
        pl.col("sentence_id").cast(pl.Int32),
        pl.col("paragraph_id").cast(pl.Int32),
        key.alias("actor"),
    ).drop_nulls("actor")
    frames = []
    for w in windows:
        col = _UNIT[w]
        unit = pl.col(col) if col else pl.lit(0, dtype=pl.Int32)
        frames.append(base.with_columns(window=pl.lit(w), unit_id=unit.cast(pl.Int32)))
    if not frames:
        return pl.DataFrame(
            schema={"article_id": pl.String, "window": pl.String, "unit_id": pl.Int32, "actor": pl.String,
                    "sids": pl.List(pl.Int32)}
        )  # fmt: skip
    if not sids:
        return pl.concat(frames).select("article_id", "window", "unit_id", "actor").unique()
    return (
        pl.concat(frames)
        .group_by("article_id", "window", "unit_id", "actor", maintain_order=True)
        .agg(sids=pl.col("sentence_id").unique().sort())
    )


def find_cooccurrences(
    mentions: pl.DataFrame,
    sentences: pl.DataFrame,
    *,
    windows: Iterable[Window] = ("sentence", "paragraph", "article"),
    places: bool = False,
    by: By = "actor",
    types: Iterable[str] | None = None,
) -> pl.DataFrame:
    """Pairs of actors met in one window: the ``cooc_pairs`` table (``actor_a`` < ``actor_b``).

    ``windows``: any of ``sentence`` (unit_id = sentence_id), ``paragraph`` (paragraph_id) and ``article``
    (0). ``places``: count mentions flagged ``is_place`` ("in Gaza") as actors too (default: no).
    ``by``: ``actor`` keeps each actor; ``affiliation`` merges people and institutions into the actor they
    belong to (Netanyahu, Israeli military -> ISR). ``types``: keep only these actor types.
    ``sentence_ids`` lists the sentences of the window where either actor is mentioned.

    >>> from toolkit import analyze_articles, find_cooccurrences, read_articles
    >>> articles, _ = read_articles([{"article_id": "a1", "text": "Hamas said 12 people were killed in Gaza. Israel and Egypt met in Cairo."}])
    >>> t = analyze_articles(articles, progress=False)
    >>> find_cooccurrences(t.mentions, t.sentences, windows=["sentence"]).select("actor_a", "actor_b", "sentence_ids").rows()
    [('EGY', 'ISR', [1])]
    """
    require_columns(mentions, ["article_id", "sentence_id", "actor_id"], what="find_cooccurrences")
    require_columns(sentences, ["article_id", "sentence_id", "paragraph_id"], what="find_cooccurrences")
    wins = _check_windows(windows)
    check_choice("by", by, BY_CHOICES)
    if mentions.height == 0:
        return empty("cooc_pairs")
    units = _actor_units(mentions, sentences, wins, places=places, by=by, types=types)
    keys = ["article_id", "window", "unit_id"]
    # article order of the input (so batch outputs concatenate to the whole), then window, unit, pair: the
    # units are sorted so, and the self-join keeps left-then-right order, so the pairs come out sorted
    rank = mentions.select("article_id").unique(maintain_order=True).with_row_index("_art")
    order = pl.col("window").replace_strict(
        {w: i for i, w in enumerate(WINDOW_CHOICES)}, return_dtype=pl.Int8
    )
    units = (
        units.join(rank, on="article_id", how="left")
        .with_columns(_w=order)
        .sort("_art", "_w", "unit_id", "actor")
    )
    ints = ["_art", "_w", "unit_id"]  # join on integer keys: cheaper than on article_id strings
    pairs = (
        units.join(units.select(*ints, "actor", "sids"), on=ints, suffix="_b", maintain_order="left_right")
        .filter(pl.col("actor") < pl.col("actor_b"))
        .select(
            *keys,
            pl.col("actor").alias("actor_a"),
            pl.col("actor_b"),
            # both lists are sorted and unique: their union, sorted
            pl.col("sids").list.set_union("sids_b").list.eval(pl.element().sort()).alias("sentence_ids"),
        )
    )
    return conform(pairs, "cooc_pairs")


def _xlogx(x: pl.Expr) -> pl.Expr:
    return pl.when(x > 0).then(x * x.log()).otherwise(0.0)


def score_cooccurrence(
    pairs: pl.DataFrame,
    mentions: pl.DataFrame,
    sentences: pl.DataFrame,
    *,
    windows: Iterable[Window] = ("sentence", "paragraph", "article"),
    places: bool = False,
    by: By = "actor",
    types: Iterable[str] | None = None,
    min_count: int = 1,
) -> pl.DataFrame:
    """Association of each actor pair per window kind: the ``cooc_edges`` table.

    Counts come from ``pairs`` (``n_units``, ``n_articles``), ``mentions`` (``n_a``, ``n_b``: windows with
    each actor, counted with the same ``places``/``by``/``types`` as :func:`find_cooccurrences`) and
    ``sentences`` (``n_total``: all windows of the kind, headings included). ``types`` keeps pairs where
    both actors have one of these types; ``min_count`` drops pairs met in fewer windows.

    >>> from toolkit import analyze_articles, find_cooccurrences, read_articles, score_cooccurrence
    >>> articles, _ = read_articles([{"article_id": "a1", "text": "Hamas said 12 people were killed in Gaza. Israel and Egypt met in Cairo."}])
    >>> t = analyze_articles(articles, progress=False)
    >>> pairs = find_cooccurrences(t.mentions, t.sentences, windows=["article"])
    >>> score_cooccurrence(pairs, t.mentions, t.sentences, windows=["article"]).select("actor_a", "actor_b", "n_units").rows()
    [('EGY', 'HAMAS', 1), ('EGY', 'ISR', 1), ('HAMAS', 'ISR', 1)]
    """
    require_columns(
        pairs, ["article_id", "window", "unit_id", "actor_a", "actor_b"], what="score_cooccurrence"
    )
    require_columns(sentences, ["article_id", "sentence_id", "paragraph_id"], what="score_cooccurrence")
    wins = _check_windows(windows)
    check_choice("by", by, BY_CHOICES)
    if not isinstance(min_count, int) or min_count < 1:
        raise ValueError(f"invalid min_count={min_count!r}; expected an integer >= 1")
    if pairs.height == 0 or mentions.height == 0:
        return empty("cooc_edges")
    counts = count_cooccurrence(pairs, mentions, sentences, windows=wins, places=places, by=by, types=types)  # type: ignore[arg-type]
    return score_counts(*counts, min_count=min_count)


def count_cooccurrence(
    pairs: pl.DataFrame,
    mentions: pl.DataFrame,
    sentences: pl.DataFrame,
    *,
    windows: Iterable[Window] = ("sentence", "paragraph", "article"),
    places: bool = False,
    by: By = "actor",
    types: Iterable[str] | None = None,
) -> tuple[pl.DataFrame, pl.DataFrame, pl.DataFrame]:
    """The counts behind ``cooc_edges``: (pair counts, actor window counts, window totals).

    Every count is a sum over articles, so counts of separate batches of articles add up
    (:func:`merge_counts`) to the counts of the whole corpus; :func:`score_counts` turns them into edges.
    """
    wins = _check_windows(windows)
    units = _actor_units(mentions, sentences, wins, places=places, by=by, types=types, sids=False)
    n_actor = units.group_by("window", "actor").agg(n=pl.len().cast(pl.Int64))
    totals = pl.DataFrame(
        {
            "window": ["sentence", "paragraph", "article"],
            "n_total": [
                sentences.select("article_id", "sentence_id").unique().height,
                sentences.select("article_id", "paragraph_id").unique().height,
                sentences.select("article_id").unique().height,
            ],
        },
        schema={"window": pl.String, "n_total": pl.Int64},
    )
    p = pairs.filter(pl.col("window").is_in(list(wins)))
    if types is not None:
        keep = units.select("actor").unique()["actor"].to_list()
        p = p.filter(pl.col("actor_a").is_in(keep) & pl.col("actor_b").is_in(keep))
    pair_counts = p.group_by("actor_a", "actor_b", "window").agg(
        n_units=pl.len().cast(pl.Int64), n_articles=pl.col("article_id").n_unique().cast(pl.Int64)
    )
    return pair_counts, n_actor, totals


def merge_counts(
    parts: Iterable[tuple[pl.DataFrame, pl.DataFrame, pl.DataFrame]],
) -> tuple[pl.DataFrame, pl.DataFrame, pl.DataFrame]:
    """Add up the :func:`count_cooccurrence` counts of disjoint batches of articles."""
    parts = list(parts)
    pc = pl.concat([p[0] for p in parts]).group_by("actor_a", "actor_b", "window").agg(pl.col("n_units", "n_articles").sum())
    na = pl.concat([p[1] for p in parts]).group_by("window", "actor").agg(pl.col("n").sum())
    tot = pl.concat([p[2] for p in parts]).group_by("window", maintain_order=True).agg(pl.col("n_total").sum())
    return pc, na, tot


COUNT_FOLD_FILES = 20
"""Count files :func:`sum_count_files` adds to its running sum at a time. Summing all of a corpus's files in one
streaming query held them all at once (2,209 MB for the 200 batches of 100,000 articles); folded 20 at a time the
sum holds the corpus's distinct pairs plus 20 batches' counts (about 950 MB there, for 2 more CPU seconds)."""

Counts = tuple[pl.DataFrame, pl.DataFrame, pl.DataFrame]
_COUNT_KEYS = (("actor_a", "actor_b", "window"), ("window", "actor"), ("window",))
_COUNT_VALUES = (("n_units", "n_articles"), ("n",), ("n_total",))


def sum_count_files(
    add: Iterable[tuple[Path, Path, Path]],
    *,
    start: Counts | None = None,
    subtract: Iterable[tuple[Path, Path, Path]] = (),
) -> Counts:
    """The sum of per-batch count files (Parquet, as :func:`count_cooccurrence` returns them: pairs, actors,
    totals), as :func:`merge_counts` gives it, folded :data:`COUNT_FOLD_FILES` files at a time (memory holds the
    running sum and a few batches, not every batch's counts). ``start``: counts summed earlier, added to (a
    re-analysis keeps the sum of its batches' counts). ``subtract``: count files taken away from ``start`` (the
    batches of changed or removed articles); the counts are sums of integers over articles, so adding and taking
    away files gives exactly the sum of the files that remain (a pair or actor whose count falls to 0 is dropped:
    no sum of files holds such a row).

    >>> import tempfile
    >>> m = pl.DataFrame({"article_id": ["a"] * 2, "sentence_id": [0, 0], "paragraph_id": [0, 0], "actor_id": ["ISR", "HAMAS"]})
    >>> s = pl.DataFrame({"article_id": ["a"], "paragraph_id": [0], "sentence_id": [0]})
    >>> d = Path(tempfile.mkdtemp())
    >>> files = tuple(d / f"{name}.parquet" for name in ("p", "a", "t"))  # one pair in three window kinds
    >>> for df, path in zip(count_cooccurrence(find_cooccurrences(m, s), m, s), files):
    ...     df.write_parquet(path)
    >>> twice = sum_count_files([files, files])
    >>> twice[0]["n_units"].to_list(), sum_count_files([], start=twice, subtract=[files])[0]["n_units"].to_list()
    ([2, 2, 2], [1, 1, 1])
    """
    add, subtract = list(add), list(subtract)
    sums: dict[int, pl.DataFrame] = {}
    for k in (1, 2, 0):  # the actors first: their labels code the pairs'
        keys, values = _COUNT_KEYS[k], _COUNT_VALUES[k]
        signed = [(f[k], 1) for f in add] + [(f[k], -1) for f in subtract]
        run = None if start is None else start[k].select(*keys, *values)
        codes = _label_codes(sums[1], keys) if k == 0 and signed else {}
        try:  # pairs summed on integer codes of their labels (much less memory than on the strings)
            run = _fold(signed, run, keys, values, codes)
        except pl.exceptions.InvalidOperationError:  # a label the actor counts lack: summed on the strings
            run = _fold(signed, None if start is None else start[k].select(*keys, *values), keys, values, {})
        if run is None:  # nothing at all: the empty counts of count_cooccurrence
            run = pl.DataFrame(schema={**dict.fromkeys(keys, pl.String), **dict.fromkeys(values, pl.Int64)})
        if subtract and k < 2:
            run = run.filter(pl.col(values[0]) != 0)
        sums[k] = run
    return sums[0], sums[1], sums[2]


def _label_codes(actors: pl.DataFrame, keys: tuple[str, ...]) -> dict[str, pl.DataType]:
    """Enum types for the pair counts' label columns: the actors of the summed actor counts, the window kinds."""
    if set(keys) != {"actor_a", "actor_b", "window"}:
        return {}
    labels = pl.Enum(actors["actor"].drop_nulls().unique().sort())
    return {"actor_a": labels, "actor_b": labels, "window": pl.Enum(list(WINDOW_CHOICES))}


def _fold(
    signed: list[tuple[Path, int]],
    run: pl.DataFrame | None,
    keys: tuple[str, ...],
    values: tuple[str, ...],
    codes: dict[str, pl.DataType],
) -> pl.DataFrame | None:
    """The running sum of ``run`` and the count files of ``signed`` (each times its sign), :data:`COUNT_FOLD_FILES` at
    a time; the key columns of ``codes`` summed as those (Enum) types and given back as strings."""

    def coded(lf: pl.LazyFrame) -> pl.LazyFrame:
        return lf.with_columns(pl.col(c).cast(t) for c, t in codes.items())

    if run is not None:
        run = coded(run.lazy()).collect()
    for i in range(0, len(signed), COUNT_FOLD_FILES):
        scans = [
            coded(pl.scan_parquet(path).select(*keys, *(pl.col(v) * sign for v in values)))
            for path, sign in signed[i : i + COUNT_FOLD_FILES]
        ]
        frames = scans if run is None else [run.lazy(), *scans]
        query = pl.concat(frames, how="vertical").group_by(*keys).agg(pl.col(*values).sum())
        run = query.collect(engine="streaming")
    return None if run is None else run.with_columns(pl.col(c).cast(pl.String) for c in codes)


def score_count_files(
    pair_files: list[Path], actor_files: list[Path], total_files: list[Path], folder: Path, *, min_count: int = 1
) -> pl.LazyFrame:
    """The ``cooc_edges`` table from per-batch count files (Parquet, as :func:`count_cooccurrence` returns them),
    in memory bounded by the corpus's distinct pairs, not by its batches: the counts are summed by
    :func:`sum_count_files`, then scored one window kind at a time by :func:`score_sums`. Returns a scan of the
    pieces written to ``folder``: the table :func:`score_counts` gives on the :func:`merge_counts` of the same counts.

    >>> import tempfile
    >>> m = pl.DataFrame({"article_id": ["a"] * 2, "sentence_id": [0, 0], "paragraph_id": [0, 0], "actor_id": ["ISR", "HAMAS"]})
    >>> s = pl.DataFrame({"article_id": ["a"], "paragraph_id": [0], "sentence_id": [0]})
    >>> counts = count_cooccurrence(find_cooccurrences(m, s), m, s)
    >>> d = Path(tempfile.mkdtemp())
    >>> for name, df in zip(("p", "a", "t"), counts):
    ...     df.write_parquet(d / f"{name}.parquet")
    >>> edges = score_count_files([d / "p.parquet"], [d / "a.parquet"], [d / "t.parquet"], d / "edges").collect()
    >>> edges.equals(score_counts(*counts))
    True
    """
    if not pair_files:
        return empty("cooc_edges").lazy()
    sums = sum_count_files(zip(pair_files, actor_files, total_files, strict=True))
    return score_sums(sums, folder, min_count=min_count)


SCORE_SLICE = 200_000
"""Edges :func:`score_sums` scores at a time: a window kind's pair counts are sorted in the table's order first, then
scored and written in slices of this many (the article window of 100,000 articles holds 1.4 million pairs)."""


def score_sums(sums: Counts, folder: Path, *, min_count: int = 1) -> pl.LazyFrame:
    """Score summed counts (:func:`sum_count_files`) one window kind at a time, each in slices of
    :data:`SCORE_SLICE` pairs: the pair counts of a kind are sorted in the table's order (count, then the labels)
    before they are sliced, so the pieces, written to ``folder`` one after another, are the table
    :func:`score_counts` gives on the same counts, while memory holds one slice's edges. The labels are joined and
    sorted as integer codes (:class:`polars.Enum` of the sorted labels: the strings' order). Returns a scan of the
    pieces.

    >>> import tempfile
    >>> m = pl.DataFrame({"article_id": ["a"] * 2, "sentence_id": [0, 0], "paragraph_id": [0, 0], "actor_id": ["ISR", "HAMAS"]})
    >>> s = pl.DataFrame({"article_id": ["a"], "paragraph_id": [0], "sentence_id": [0]})
    >>> counts = count_cooccurrence(find_cooccurrences(m, s), m, s)
    >>> score_sums(counts, Path(tempfile.mkdtemp())).collect().equals(score_counts(*counts))
    True
    """
    pair_counts, n_actor, totals = sums
    folder.mkdir(parents=True, exist_ok=True)
    labels = pl.Enum(n_actor["actor"].drop_nulls().unique().sort())
    try:
        pair_counts = pair_counts.with_columns(pl.col("actor_a", "actor_b").cast(labels))
        n_actor = n_actor.with_columns(pl.col("actor").cast(labels))
    except pl.exceptions.InvalidOperationError:  # a pair's label the actor counts lack: on the strings
        pass
    pieces = []
    for i, window in enumerate(WINDOW_CHOICES):
        ordered = pair_counts.filter((pl.col("window") == window) & (pl.col("n_units") >= min_count)).sort(
            "n_units", "actor_a", "actor_b", descending=[True, False, False]
        )
        for j in range(0, max(ordered.height, 1), SCORE_SLICE):
            piece = score_counts(ordered.slice(j, SCORE_SLICE), n_actor, totals, min_count=min_count)
            pieces.append(folder / f"part-{i}-{j // SCORE_SLICE:05d}.parquet")
            piece.write_parquet(pieces[-1])
    return pl.scan_parquet(pieces)


def score_counts(
    pair_counts: pl.DataFrame, n_actor: pl.DataFrame, totals: pl.DataFrame, *, min_count: int = 1
) -> pl.DataFrame:
    """PMI, NPMI, Dice and G² from the counts of :func:`count_cooccurrence`: the ``cooc_edges`` table."""
    if pair_counts.height == 0:
        return empty("cooc_edges")
    edges = (
        pair_counts.filter(pl.col("n_units") >= min_count)
        .join(n_actor.rename({"actor": "actor_a", "n": "n_a"}), on=["window", "actor_a"], how="left")
        .join(n_actor.rename({"actor": "actor_b", "n": "n_b"}), on=["window", "actor_b"], how="left")
        .join(totals, on="window", how="left")
        .with_columns(
            pl.col("n_a", "n_b", "n_units", "n_articles", "n_total").cast(pl.Float64).name.suffix("_f")
        )
    )
    k11 = pl.col("n_units_f")
    k12 = pl.col("n_a_f") - k11
    k21 = pl.col("n_b_f") - k11
    n = pl.col("n_total_f")
    k22 = n - pl.col("n_a_f") - pl.col("n_b_f") + k11
    pmi = (k11 * n / (pl.col("n_a_f") * pl.col("n_b_f"))).log(2)
    # G² = 2 [Σ k log k - Σ row log row - Σ col log col + N log N]
    g2 = 2 * (
        _xlogx(k11) + _xlogx(k12) + _xlogx(k21) + _xlogx(k22)
        - _xlogx(k11 + k12) - _xlogx(k21 + k22) - _xlogx(k11 + k21) - _xlogx(k12 + k22)
        + _xlogx(n)
    )  # fmt: skip
    edges = edges.with_columns(
        pmi=pmi,
        npmi=pl.when(k11 >= n).then(1.0).otherwise(pmi / -(k11 / n).log(2)),
        dice=2 * k11 / (pl.col("n_a_f") + pl.col("n_b_f")),
        llr=pl.max_horizontal(g2, pl.lit(0.0)),
    )
    order = pl.col("window").replace_strict(
        {w: i for i, w in enumerate(WINDOW_CHOICES)}, return_dtype=pl.Int8
    )
    edges = edges.sort(order, pl.col("n_units"), "actor_a", "actor_b", descending=[False, True, False, False])
    return conform(edges, "cooc_edges")  # conform casts coded labels (pl.Enum) back to strings


def find_pair_sentences(
    pairs: pl.DataFrame,
    sentences: pl.DataFrame,
    actor_a: str,
    actor_b: str,
    *,
    window: Window = "sentence",
) -> pl.DataFrame:
    """The sentences behind one edge: every sentence of ``sentences`` listed for the pair in ``pairs``.

    The actors may be given in either order. Returns ``sentences`` rows (all their columns) plus
    ``window`` and ``unit_id``, in article and sentence order.

    >>> s = pl.DataFrame({"article_id": ["a", "a"], "paragraph_id": [0, 0], "sentence_id": [0, 1],
    ...     "text": ["Hamas and Israel met.", "Talks ended."]})
    >>> p = pl.DataFrame({"article_id": ["a"], "window": ["sentence"], "unit_id": [0], "actor_a": ["HAMAS"],
    ...     "actor_b": ["ISR"], "sentence_ids": [[0]]})
    >>> find_pair_sentences(p, s, "ISR", "HAMAS")["text"].to_list()
    ['Hamas and Israel met.']
    """
    check_choice("window", window, WINDOW_CHOICES)
    require_columns(
        pairs,
        ["article_id", "window", "unit_id", "actor_a", "actor_b", "sentence_ids"],
        what="find_pair_sentences",
    )
    require_columns(sentences, ["article_id", "sentence_id"], what="find_pair_sentences")
    a, b = sorted((actor_a, actor_b))
    hits = (
        pairs.filter((pl.col("window") == window) & (pl.col("actor_a") == a) & (pl.col("actor_b") == b))
        .select("article_id", "window", "unit_id", pl.col("sentence_ids").alias("sentence_id"))
        .explode("sentence_id")
        .with_columns(pl.col("sentence_id").cast(sentences.schema["sentence_id"]))
        .unique(["article_id", "sentence_id"])
    )
    return sentences.join(hits, on=["article_id", "sentence_id"], how="inner").sort(
        "article_id", "sentence_id"
    )


def _labels(mentions: pl.DataFrame | None) -> dict[str, dict[str, Any]]:
    if mentions is None or mentions.height == 0:
        return {}
    cols = [c for c in ("actor_label", "actor_type") if c in mentions.columns]
    counts = mentions.group_by("actor_id").agg(*[pl.col(c).first() for c in cols], n_mentions=pl.len())
    return {
        r["actor_id"]: {k: v for k, v in r.items() if k != "actor_id" and v is not None}
        for r in counts.iter_rows(named=True)
    }


def to_networkx(
    edges: pl.DataFrame,
    *,
    window: Window = "sentence",
    mentions: pl.DataFrame | None = None,
    weight: Weight = "n_units",
) -> Any:
    """An undirected ``networkx.Graph`` of the edges of one window kind.

    Every column of ``cooc_edges`` becomes an edge attribute, and ``weight`` names the one copied to the
    ``weight`` attribute that layout and centrality functions use. With ``mentions``, nodes carry
    ``actor_label`` (as ``label``), ``actor_type`` and ``n_mentions``.

    >>> e = pl.DataFrame({"actor_a": ["HAMAS"], "actor_b": ["ISR"], "window": ["sentence"], "n_units": [3],
    ...     "n_articles": [1], "n_a": [3], "n_b": [4], "n_total": [10], "pmi": [1.3], "npmi": [0.7],
    ...     "dice": [0.86], "llr": [5.0]})
    >>> g = to_networkx(e)
    >>> g["HAMAS"]["ISR"]["weight"], g.number_of_nodes()
    (3, 2)
    """
    import networkx as nx

    check_choice("window", window, WINDOW_CHOICES)
    check_choice("weight", weight, WEIGHT_CHOICES)
    require_columns(edges, ["actor_a", "actor_b", "window", weight], what="to_networkx")
    g = nx.Graph(window=window, weight=weight)
    nodes = _labels(mentions)
    sub = edges.filter(pl.col("window") == window)
    for actor in set(sub["actor_a"].to_list()) | set(sub["actor_b"].to_list()):
        attrs = dict(nodes.get(actor, {}))
        if "actor_label" in attrs:
            attrs["label"] = attrs.pop("actor_label")
        g.add_node(actor, **attrs)
    for row in sub.iter_rows(named=True):
        attrs = {k: v for k, v in row.items() if k not in ("actor_a", "actor_b") and v is not None}
        if isinstance(attrs.get("pmi"), float) and math.isinf(attrs["pmi"]):
            attrs.pop("pmi")
        g.add_edge(row["actor_a"], row["actor_b"], weight=row[weight], **attrs)
    return g


def write_network(
    edges: pl.DataFrame,
    path: str | Path,
    *,
    format: NetworkFormat = "graphml",
    window: Window = "sentence",
    mentions: pl.DataFrame | None = None,
    weight: Weight = "n_units",
) -> Path:
    """Write the network of one window kind for Gephi: GraphML or GEXF. Returns the path written.

    >>> import tempfile
    >>> from toolkit import analyze_articles, read_articles, write_network
    >>> articles, _ = read_articles([{"article_id": "a1", "text": "Hamas said 12 people were killed in Gaza. Israel and Egypt met in Cairo."}])
    >>> t = analyze_articles(articles, progress=False)
    >>> write_network(t.cooc_edges, Path(tempfile.mkdtemp()) / "net.gexf", format="gexf", window="article").suffix
    '.gexf'
    """
    import networkx as nx

    check_choice("format", format, NETWORK_FORMATS)
    g = to_networkx(edges, window=window, mentions=mentions, weight=weight)
    path = Path(path)
    path.parent.mkdir(parents=True, exist_ok=True)
    if format == "graphml":
        nx.write_graphml(g, path)
    else:
        nx.write_gexf(g, path)
    return path
