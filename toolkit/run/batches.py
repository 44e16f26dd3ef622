"""The work of one batch, wherever it runs (this process, a pool's worker process, a Dask worker): its row tables
and co-occurrence counts, written as the batch's chunk; and what a worker process does around its batches (loads
every rule set first, empties its memos when it grows large).

>>> import tempfile
>>> from toolkit.io.loading import read_articles
>>> articles = read_articles(["Israel rejected the allegation."], progress=False).articles
>>> res = process_batch(0, articles, {})
>>> res.rows["articles"], res.rows["sentences"], sorted(res.tables)[:2]
(1, 1, ['articles', 'claims'])
"""

from __future__ import annotations

import os
import time
from dataclasses import dataclass
from pathlib import Path
from typing import Any

import polars as pl

from toolkit.run.store import TEXT_CHUNK

# The extractors (pipeline, claims, cooc, quotes, sentiment) are imported where a batch runs: the main process
# of a pool run never needs them, and starts its workers sooner without them.


COUNT_PARTS = ("cooc_count_pairs", "cooc_count_actors", "cooc_count_totals")
"""Per-batch co-occurrence counts, summed across batches (:func:`toolkit.measure.cooc.merge_counts`)."""


@dataclass
class BatchResult:
    """What one batch produced: its tables (empty when the worker wrote them to the parts folder
    itself), rows per table, and the seconds spent in each stage."""

    index: int
    tables: dict[str, pl.DataFrame]
    rows: dict[str, int]
    seconds: dict[str, float]


def process_batch(index: int, articles: pl.DataFrame, settings: dict[str, Any], parts: str | None = None) -> BatchResult:
    """The work of one batch (runs in this process, a worker process or on a Dask worker).

    Computes the batch's row tables plus its co-occurrence counts (which add up across batches).
    With ``parts`` (the chunks folder of the run's store, which the worker can write to), writes them to the
    batch's temporary chunk folder as ``<table>.parquet`` (the main process commits the chunk) and returns only
    their row counts: nothing big travels back to the main process. Without it, returns the tables (a remote
    cluster without a shared disk).
    """
    from toolkit.measure import cooc
    from toolkit.run.pipeline import compute_row_tables

    global _RELEASED
    _RELEASED = False  # this process holds memos again (see _release_memos)
    timings: dict[str, float] = {}
    given = None
    if TEXT_CHUNK in articles.columns:  # sentences and tokens of some articles kept by a chunk of other settings
        src = articles.select("article_id", TEXT_CHUNK).filter(pl.col(TEXT_CHUNK).is_not_null())
        articles = articles.drop(TEXT_CHUNK)
        if parts is not None:  # a cluster without this disk computes them again
            given = read_given(Path(parts), src)
    tables = compute_row_tables(
        articles, dictionary=settings.get("dictionary"), lexicon=settings.get("lexicon"), progress=False, timings=timings,
        tone_model=settings.get("tone_model", True), given=given,
    )  # fmt: skip
    t0 = time.perf_counter()
    counted = tables
    if settings.get("count") == "stories":  # each story once: the co-occurrence counts of its first copy only
        from toolkit.io.stories import first_copies

        keep = first_copies(articles)
        counted = {k: tables[k].join(keep, on="article_id", how="semi") for k in ("cooc_pairs", "mentions", "sentences")}
    counts = cooc.count_cooccurrence(counted["cooc_pairs"], counted["mentions"], counted["sentences"])
    tables.update(zip(COUNT_PARTS, counts, strict=True))
    timings["cooc_counts"] = time.perf_counter() - t0
    rows = {name: df.height for name, df in tables.items()}
    if parts is not None:
        t0 = time.perf_counter()
        _write_parts(tables, _chunk_tmp(Path(parts), settings, index))
        timings["write_parts"] = time.perf_counter() - t0
        tables = {}
        _trim_heap()  # the batch's frames are gone: hand their pages back (a worker's RSS stays ~40 MB lower)
    if _rss_mb() > MEMO_RELEASE_MB:
        _release_memos()  # room for the next batch (the next one sets _RELEASED back)
    return BatchResult(index, tables, rows, timings)


def read_given(chunks: Path, src: pl.DataFrame) -> dict[str, pl.DataFrame]:
    """The ``sentences`` and ``tokens`` rows of the articles of ``src`` (``article_id``, :data:`TEXT_CHUNK`) from
    the chunks that hold them (in ``chunks``), for :func:`toolkit.run.pipeline.compute_row_tables`'s ``given``."""
    given: dict[str, list[pl.DataFrame]] = {"sentences": [], "tokens": []}
    for (name,), ids in src.partition_by(TEXT_CHUNK, as_dict=True).items():
        wanted = ids["article_id"].implode()
        for table, frames in given.items():
            lf = pl.scan_parquet(chunks / str(name) / f"{table}.parquet")
            frames.append(lf.filter(pl.col("article_id").is_in(wanted)).collect())
    return {table: pl.concat(frames) for table, frames in given.items() if frames}


MEMO_RELEASE_MB = float(os.environ.get("TOOLKIT_MEMO_RELEASE_MB", "550"))
"""Resident memory (MB) of a process above which it empties its cross-batch memos after a batch (they refill as
the next batches need them; the tables do not change). The memos are bounded by entries, not bytes: on text whose
sentences are all distinct they filled a worker to 1.0-1.2 GB over 20 batches of 500 articles; emptied above
550 MB, 8 batches peaked at 684 MB instead of 863 MB for the same CPU seconds (62.2 against 62.8). In a process
that holds much else (a notebook running ``workers=1``), the memos are emptied after every batch: slower on
repetitive text, never different tables. Set ``TOOLKIT_MEMO_RELEASE_MB`` in the environment (read when the module
is imported, by workers too) to move the threshold: higher for speed on repetitive text with memory to spare,
``inf`` never to empty them."""


def _rss_mb() -> float:
    """This process's resident memory in MB: Linux ``/proc``; elsewhere the peak so far (``getrusage``: macOS;
    once past the threshold the memos are emptied after every batch); 0 where neither can be read (Windows).

    >>> _rss_mb() > 0
    True
    """
    try:
        with open("/proc/self/statm", encoding="ascii") as f:
            return int(f.read().split()[1]) * os.sysconf("SC_PAGE_SIZE") / 1e6
    except (OSError, ValueError, IndexError, AttributeError):  # pragma: no cover - not Linux
        pass
    try:  # pragma: no cover - not Linux
        import resource
        import sys

        peak = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss
        return peak / 1e6 if sys.platform == "darwin" else peak / 1e3  # bytes on macOS, KiB elsewhere
    except (ImportError, OSError):
        return 0.0


def _trim_heap() -> None:
    """Return the C heap's free pages to the system (glibc's ``malloc_trim``; ~2 ms; no-op elsewhere)."""
    try:
        import ctypes

        ctypes.CDLL("libc.so.6").malloc_trim(0)
    except (OSError, AttributeError):  # pragma: no cover - other C libraries
        pass


def _chunk_tmp(chunks: Path, settings: dict[str, Any], index: int) -> Path:
    """The folder a batch's tables are written to before the main process commits them as a chunk."""
    return chunks / f"{settings['chunk_prefix']}{index:06d}.tmp"


def _write_parts(tables: dict[str, pl.DataFrame], folder: Path) -> None:
    folder.mkdir(parents=True, exist_ok=True)
    for name, df in tables.items():
        # Parts are read at the end of every run that reuses them: lz4 writes faster than the default zstd.
        df.write_parquet(folder / f"{name}.parquet", compression="lz4")


WARM_UP_TEXT = (
    "Israel said on Monday that at least 31,988 people had been killed in Gaza, the health ministry says. "
    "Talks resumed in Cairo.\n"
    "\u201cWe are hungry,\u201d said Ahmed Haddad, a resident of Rafah."
)
"""A short article that makes every stage load what it needs (two sentences in one paragraph: Punkt)."""


def warm_up(settings: dict[str, Any]) -> int:
    """Load what every stage needs (modules, dictionaries, compiled patterns) by analysing one short
    article; run by each worker process as it starts, while the main process reads the first batch."""
    from toolkit.io.loading import read_articles
    from toolkit.run.pipeline import compute_row_tables

    articles = read_articles([WARM_UP_TEXT], progress=False).articles
    compute_row_tables(
        articles, dictionary=settings.get("dictionary"), lexicon=settings.get("lexicon"), progress=False,
        tone_model=settings.get("tone_model", True),
    )  # fmt: skip
    return os.getpid()


def _warm_pool_worker(settings: dict[str, Any]) -> int:
    """:func:`warm_up`, then ``gc.freeze()``: what the warm-up loaded (modules, rule sets, compiled patterns) moves
    to the garbage collector's permanent generation, so the worker's full collections walk only what its batches
    keep. Run only in the pool's worker processes (they run nothing but batches). Measured on 1,064 articles
    (ISAF press releases and generated wire copy) in batches of 250, CPU seconds, medians of 8 alternating runs:
    2.74 with the freeze, 2.93 with the collector untouched, 2.80 for the earlier code that paused the collector
    during every batch of every process."""
    import gc

    pid = warm_up(settings)
    gc.collect()
    gc.freeze()
    return pid


def _release_memos() -> None:
    """Empty the cross-batch memos of this process (``toolkit.core.cache.clear_all(rule_sets=False)``: claims' text
    readings, actor matches and word checks, sentiment scores; the loaded rule sets stay) and hand the freed
    heap back to the system: a pool worker holds them after its batches, and finishing jobs need the room.
    Called after a batch when the process's memory passes :data:`MEMO_RELEASE_MB` (at most once until the next
    batch resets the flag); the next batch (if any) rebuilds what it needs. Safe while other threads of the
    process run batches (a Dask worker's): their memo reads never fail, they recompute what is gone."""
    global _RELEASED
    if _RELEASED:
        return
    _RELEASED = True
    import gc

    from toolkit.core import cache

    cache.clear_all(rule_sets=False)
    gc.collect()
    _trim_heap()


_RELEASED = False
