"""Large corpora: stream articles in batches, process them in parallel, write every table to a folder.

Tables in: files, folders, globs (as :func:`toolkit.read_articles`). Tables out: every table of
:mod:`toolkit.core.schema`, written to ``OUT/<table>.parquet`` (or ``.csv``).

Articles are read in batches (:class:`toolkit.io.loading.ArticleStream`: large JSONL/Parquet files are read
in slices), each batch's row tables (sentences, tokens, mentions, pairs, quotes, sentiment, claims) are
computed by a worker and written as a *chunk* (``OUT/.store/chunks/<run>-<batch>/``), and the corpus-wide
tables (co-occurrence edges, actor sentiment, claim ledger, sources) are computed at the end from the chunks,
so they are exact, not averages of batches. Memory stays bounded by the batch size, not the corpus size.
The chunks stay: a later run on the same folder reuses the rows of its unchanged articles and computes only
new or changed ones (see :func:`analyze_to_dir` and the notes above :data:`STORE`).

Engines: ``"local"`` runs batches in this process (``workers=1``) or in a pool of processes
(``workers>1``); ``"dask"`` submits the same batch function to a Dask cluster: a ``LocalCluster`` by
default, or the scheduler at ``scheduler="tcp://host:8786"``. Both give identical tables.

>>> import tempfile
>>> with tempfile.TemporaryDirectory() as tmp:
...     run = analyze_to_dir(["Israel rejected the allegation.", "Kyiv was hit."], tmp, batch_size=1, workers=1, progress=False)
...     run.counts["articles"], run.counts["sentences"]
(2, 2)
"""

from __future__ import annotations

import hashlib
import json
import os
import shutil
import sys
import time
from collections.abc import Iterable, Iterator, Mapping
from concurrent.futures import FIRST_COMPLETED, ProcessPoolExecutor, wait
from contextlib import contextmanager
from dataclasses import dataclass, field
from itertools import repeat
from pathlib import Path
from typing import Any, Literal

import polars as pl

from toolkit.core.errors import bar_disabled, check_choice
from toolkit.core.schema import AGGREGATE_TABLES, ROW_TABLES, SCHEMAS, TABLES, describe, empty
from toolkit.io.loading import ArticleStream, OnError
from toolkit.io.stories import COUNT_CHOICES, STORIES_CHOICES, Count, Stories

# The extractors (pipeline, claims, cooc, quotes, sentiment) are imported where a batch or a finishing job
# runs: the main process of a pool run never needs them, and starts its workers sooner without them.

Engine = Literal["local", "dask"]
ENGINE_CHOICES = ("local", "dask")


@dataclass
class RunResult:
    """What :func:`analyze_to_dir` did: rows per table, files written, seconds taken."""

    out: Path
    counts: dict[str, int]
    paths: list[Path]
    load_report: pl.DataFrame
    seconds: float
    settings: dict[str, Any] = field(default_factory=dict)

    @property
    def reused(self) -> int:
        """Articles whose rows were reused from an earlier run in the same folder (not computed again)."""
        return int(self.settings.get("reused_articles", 0))

    def summary(self) -> str:
        rep = self.load_report
        n_bad = rep.filter(pl.col("status") != "loaded").height
        c = self.counts
        return (
            f"{c['articles']} article(s) from {rep.filter(pl.col('status') == 'loaded').height} input(s)"
            + (f", {n_bad} skipped or failed (see load_report)" if n_bad else "")
            + f"; {c['sentences']} sentences, {c['tokens']} tokens; {c['mentions']} actor mentions, "
            f"{c['cooc_edges']} actor pairs; {c['claims']} numeric claims, {c['quotes']} quotes"
            + f"; {self.reused} article(s) reused from an earlier run, {c['articles'] - self.reused} computed"
            + ("; tone model off (actor_sentiment: vader rows only)" if self.settings.get("tone_model") is False else "")
        )


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
    tables = compute_row_tables(
        articles, dictionary=settings.get("dictionary"), lexicon=settings.get("lexicon"), progress=False, timings=timings,
        tone_model=settings.get("tone_model", True),
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


MEMO_RELEASE_MB = 550
"""Resident memory (MB) of a process above which it empties its cross-batch memos after a batch (they refill as
the next batches need them; the tables do not change). The memos are bounded by entries, not bytes: on text whose
sentences are all distinct they filled a worker to 1.0-1.2 GB over 20 batches of 500 articles; emptied above
550 MB, 8 batches peaked at 684 MB instead of 863 MB for the same CPU seconds (62.2 against 62.8). In a process
that holds much else (a notebook running ``workers=1``), the memos are emptied after every batch: slower on
repetitive text, never different tables."""


def _rss_mb() -> float:
    """This process's resident memory in MB (Linux ``/proc``; 0 where it cannot be read)."""
    try:
        with open("/proc/self/statm", encoding="ascii") as f:
            return int(f.read().split()[1]) * os.sysconf("SC_PAGE_SIZE") / 1e6
    except (OSError, ValueError, IndexError, AttributeError):  # pragma: no cover - not Linux
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


def _write_frame(df: pl.DataFrame | pl.LazyFrame, path: Path, fmt: str) -> None:
    """Write a table to a temporary file beside ``path``, then rename it: a run killed while writing never
    leaves a half-written table under the table's name."""
    lf = df.lazy()
    tmp = path.with_name(f".{path.name}.tmp")
    if fmt == "csv":
        lists = [c for c, d in lf.collect_schema().items() if isinstance(d, pl.List)]
        lf = lf.with_columns(pl.col(c).cast(pl.List(pl.String)).list.join(";") for c in lists)
        lf.sink_csv(tmp)
    else:
        lf.sink_parquet(tmp)
    os.replace(tmp, path)


def worker_env(workers_per_machine: int | None = None) -> dict[str, str]:
    """Environment of the worker processes: polars' thread pool sized so that the workers of one machine
    share its cores instead of each starting a thread per core (``POLARS_MAX_THREADS``; one thread each
    when there are as many workers as cores, measured 17% faster on 2 cores with 2 workers). A value the
    user has set is kept."""
    if "POLARS_MAX_THREADS" in os.environ:
        return {"POLARS_MAX_THREADS": os.environ["POLARS_MAX_THREADS"]}
    cores = os.cpu_count() or 1
    n = max(1, cores // max(1, workers_per_machine or cores))
    return {"POLARS_MAX_THREADS": str(n)}


@contextmanager
def _environ(values: dict[str, str]) -> Iterator[None]:
    old = {k: os.environ.get(k) for k in values}
    os.environ.update(values)
    try:
        yield
    finally:
        for k, v in old.items():
            if v is None:
                os.environ.pop(k, None)
            else:
                os.environ[k] = v


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


class _Runner:
    """Submit batches with a bounded number in flight; yield results as they complete."""

    def __init__(self, engine: str, workers: int, scheduler: str | None, settings: dict[str, Any] | None = None) -> None:
        self.engine, self.workers = engine, workers
        self.warming: list[Any] = []
        self.client: Any = None
        self.pool: ProcessPoolExecutor | None = None
        self.cluster: Any = None
        self.parts: str | None = None
        if engine == "dask":
            try:
                from dask.distributed import Client, LocalCluster
            except ImportError as exc:  # pragma: no cover - dask is an optional extra
                raise ImportError("engine='dask' needs the dask extra: pip install 'toolkit[dask]'") from exc
            if scheduler:
                self.client = Client(scheduler)
            else:
                self.cluster = LocalCluster(
                    n_workers=workers, threads_per_worker=1, processes=True, dashboard_address=None, env=worker_env(workers)
                )
                self.client = Client(self.cluster)
        elif workers > 1:
            import multiprocessing as mp

            self.pool = ProcessPoolExecutor(max_workers=workers, mp_context=mp.get_context("spawn"))
            # The pool starts its processes on demand: start them all now, with the workers' environment,
            # each loading what the stages need while this process reads the first batch.
            with _environ(worker_env(workers)):
                self.warming = [self.pool.submit(_warm_pool_worker, settings or {}) for _ in range(workers)]

    def run(self, batches: Iterable[pl.DataFrame], settings: dict[str, Any], parts: Path) -> Iterator[BatchResult]:
        # Workers on this machine write their own parts; a cluster given by address may not share
        # this disk, so its workers send their tables back.
        self.parts = None if self.client is not None and self.cluster is None else str(parts)
        if self.client is None and self.pool is None:
            for i, b in enumerate(batches):
                yield process_batch(i, b, settings, self.parts)
            return
        limit = max(2, 2 * self.workers)
        pending: set[Any] = set()
        for i, b in enumerate(batches):
            pending.add(self._submit(i, b, settings))
            if len(pending) >= limit:
                done, pending = self._wait(pending)
                for f in done:
                    yield f.result()
        while pending:
            done, pending = self._wait(pending)
            for f in done:
                yield f.result()
        for f in self.warming:  # a failed warm-up would have failed the batches too; never left unseen
            f.result()

    def _submit(self, i: int, b: pl.DataFrame, settings: dict[str, Any]) -> Any:
        if self.client is not None:
            return self.client.submit(process_batch, i, b, settings, self.parts, pure=False)
        assert self.pool is not None
        return self.pool.submit(process_batch, i, b, settings, self.parts)

    def _wait(self, pending: set[Any]) -> tuple[set[Any], set[Any]]:
        if self.client is not None:
            from dask.distributed import wait as dask_wait

            res = dask_wait(list(pending), return_when="FIRST_COMPLETED")
            return set(res.done), set(res.not_done)
        done, not_done = wait(pending, return_when=FIRST_COMPLETED)
        return set(done), set(not_done)

    def finish(
        self, names: list[str], parts: str, out: str, fmt: str, count: str = "articles"
    ) -> Iterator[tuple[str, int | None, float]]:
        """Run :func:`finish_table` for each name: in the pool or on the local cluster, else here."""
        if self.pool is not None:
            yield from self.pool.map(finish_table, names, repeat(parts), repeat(out), repeat(fmt), repeat(count))
        elif self.client is not None and self.parts is not None:
            yield from self.client.gather(
                self.client.map(finish_table, names, parts=parts, out=out, fmt=fmt, count=count, pure=False)
            )
        else:
            for name in names:
                yield finish_table(name, parts, out, fmt, count)

    def close(self) -> None:
        if self.pool is not None:
            self.pool.shutdown()
            self.pool = None
        if self.client is not None:
            self.client.close()
            self.client = None
        if self.cluster is not None:
            self.cluster.close()
            self.cluster = None


def analyze_to_dir(
    inputs: str | Path | pl.DataFrame | Iterable[str | Path | Mapping[str, Any]],
    out: str | Path,
    *,
    format: Literal["parquet", "csv"] = "parquet",
    batch_size: int = 500,
    engine: Engine = "local",
    workers: int | Literal["auto"] = 1,
    scheduler: str | None = None,
    on_error: OnError = "raise",
    columns: Mapping[str, str] | None = None,
    dictionary: str | Path | None = None,
    lexicon: str | Path | None = None,
    progress: bool | None = None,
    stories: Stories = "mark",
    count: Count = "articles",
    rebuild: bool = False,
    tone_model: bool = True,
) -> RunResult:
    """Analyse ``inputs`` batch by batch and write every table to ``out``.

    ``batch_size``: articles per batch (memory grows with it, not with the corpus). ``engine`` and
    ``workers``: ``"local"`` with 1 worker runs in this process, more workers use a process pool;
    ``"dask"`` uses a Dask ``LocalCluster`` of ``workers`` processes, or the cluster at ``scheduler``.
    ``workers="auto"`` (the command line's default) picks one process when the corpus fits in one batch,
    else one worker per core, at most :data:`AUTO_MAX_WORKERS` (each worker holds a batch in memory).
    In a script, call it with more than one worker under ``if __name__ == "__main__":`` (worker processes
    start by importing the script).
    ``stories``, ``count`` and ``tone_model`` as :func:`toolkit.analyze`. The stories are found across the whole corpus,
    not per batch: a first pass reads the articles batch by batch, keeps each one's small MinHash sketch
    (:func:`toolkit.io.stories.sketch_articles`) and spools the batch to the parts folder; the stories are
    grouped over all sketches (:func:`toolkit.io.stories.group_stories`); then the spooled batches, with
    ``story_id`` and ``story_size`` joined (and filtered by ``stories``), go to the workers.
    Other options as :func:`toolkit.analyze`. Returns a :class:`RunResult`.

    Re-analysis: every batch's row tables are kept in ``out/.store`` (one *chunk* per batch). A later run on
    the same ``out`` reuses the rows of every article whose ``article_id`` and content (a hash of all its input
    columns) are unchanged, when the settings its rows depend on are too (:func:`settings_key`: the toolkit's
    version, code and data files, ``dictionary`` and ``lexicon``); it computes only the new or changed
    articles and rebuilds the corpus-wide tables (co-occurrence, actor sentiment, claim ledger, sources, places,
    story ids) from all of them: the tables equal a fresh run's. ``rebuild=True`` deletes the store first. A run
    killed part-way keeps its finished batches (a batch is renamed into place once whole) for the next run.
    ``RunResult.reused`` (and ``run.json``'s ``reused_articles``) says how many articles were reused.

    >>> import tempfile
    >>> from toolkit import analyze_to_dir
    >>> out = tempfile.mkdtemp()
    >>> run = analyze_to_dir("seeds", out, format="csv", progress=False)
    >>> sorted(p.name for p in Path(out).glob("*.csv"))[:4]
    ['actor_sentiment.csv', 'articles.csv', 'claim_ledger.csv', 'claims.csv']
    """
    from tqdm.auto import tqdm

    check_choice("engine", engine, ENGINE_CHOICES)
    check_choice("format", format, ("parquet", "csv"))
    check_choice("stories", stories, STORIES_CHOICES)
    check_choice("count", count, COUNT_CHOICES)
    if workers != "auto" and (not isinstance(workers, int) or workers < 1):
        raise ValueError(f"workers must be at least 1 (or 'auto'), not {workers!r}")
    t0 = time.perf_counter()
    out = Path(out)
    out.mkdir(parents=True, exist_ok=True)
    store = out / STORE
    if rebuild:
        shutil.rmtree(store, ignore_errors=True)
    shutil.rmtree(out / ".parts", ignore_errors=True)  # the parts folder of earlier versions
    (out / "run.json").unlink(missing_ok=True)  # written last: a folder without it holds no finished run
    chunks = store / "chunks"
    chunks.mkdir(parents=True, exist_ok=True)
    shutil.rmtree(store / "spool", ignore_errors=True)
    key = settings_key(dictionary, lexicon, tone_model=tone_model)
    settings: dict[str, Any] = {
        "dictionary": str(dictionary) if dictionary else None, "lexicon": str(lexicon) if lexicon else None,
        "engine": engine, "workers": workers, "batch_size": batch_size, "stories": stories, "count": count,
        "tone_model": bool(tone_model),
    }  # fmt: skip
    stored = _load_store(chunks, key)
    stream = ArticleStream(inputs, batch_size=batch_size, on_error=on_error, columns=columns, progress=False)
    stage_seconds: dict[str, float] = {}
    spooled, story_table = _find_stories_pass(stream, store / "spool", stage_seconds, stored, chunks)
    t_plan = time.perf_counter()
    kept = _kept_keys(spooled, story_table, stories)
    reuse = kept.join(stored, on=["article_id", KEY], how="inner").unique([KEY], keep="last", maintain_order=True)
    new_keys = kept.join(reuse, on=KEY, how="anti")
    stage_seconds["reuse_plan"] = time.perf_counter() - t_plan
    n_new_batches = -(-new_keys.height // batch_size) if batch_size > 0 else 1
    n_workers: int
    if workers == "auto":  # more than one batch to compute: a worker per core pays for its start
        n_workers = auto_workers() if n_new_batches > 1 else 1
    elif engine == "local":  # never more processes than batches (each loads the rules)
        n_workers = max(1, min(int(workers), n_new_batches))
    else:
        n_workers = int(workers)
    settings["workers"] = workers = n_workers
    run_settings = {**settings, "chunk_prefix": f"{time.time_ns():x}-"}
    reused_keys = set(reuse[KEY].to_list())
    batches = _new_batches(spooled, story_table, stories, reused_keys, batch_size, any_kept=kept.height > 0)
    committing: dict[int, tuple[pl.DataFrame, str]] = {}  # batch index -> its articles' keys, the ids it counted
    runner = _Runner(engine, workers, scheduler, settings)
    rows: dict[str, int] = {}
    new_chunks: list[pl.DataFrame] = []
    disabled = bar_disabled(progress)
    bar = tqdm(desc="analysing", unit="article", disable=disabled, total=None if disabled else new_keys.height)
    phases: dict[str, float] = {"start": time.perf_counter() - t0}
    try:
        for res in runner.run(_noting(batches, committing, count), run_settings, chunks):
            phases.setdefault("first_batch_done", time.perf_counter() - t0)
            for stage, seconds in res.seconds.items():
                stage_seconds[stage] = stage_seconds.get(stage, 0.0) + seconds
            tmp = _chunk_tmp(chunks, run_settings, res.index)
            if res.tables:
                _write_parts(res.tables, tmp)
            keys, counted = committing.pop(res.index)
            name = _commit_chunk(tmp, key, keys, counted, res.rows)
            new_chunks.append(keys.select("article_id", KEY).with_columns(pl.lit(name).alias("chunk")))
            bar.update(res.rows["articles"])
    except BaseException:
        runner.close()
        raise
    else:
        if bar.total is not None and bar.n != bar.total:
            bar.total = bar.n
            bar.refresh()
    finally:
        bar.close()

    # Corpus-wide files from the chunks (the reused ones and the new), one job per table (in the pool when there
    # is one, so they run side by side): row tables are concatenated; the aggregates are computed exactly and in
    # bounded memory (co-occurrence from the summed per-chunk counts, the others from only the columns they use).
    # Large corpora: the pool's workers still hold their memos and two big finishing jobs side by side
    # would double the peak, so the pool is closed first and the jobs run one by one here.
    phases["batches_done"] = time.perf_counter() - t0
    held = pl.concat([reuse.select("article_id", KEY, "chunk"), *new_chunks])
    n_sentences = _write_plan(store, kept, held, story_table, chunks, stories)
    jobs = sorted(TABLES, key=lambda n: (n not in _SLOW_FINISH, TABLES.index(n)))
    jobs = [n for n in jobs if n != "load_report"]
    writing = tqdm(total=len(jobs), desc="writing tables", unit="table", disable=disabled)
    try:
        if n_sentences > FINISH_IN_POOL_MAX_SENTENCES:
            runner.close()
        for name, n_rows, seconds in runner.finish(jobs, str(store), str(out), format, count):
            stage_seconds[f"finish_{name}"] = seconds
            if n_rows is not None:
                rows[name] = n_rows
            writing.set_postfix_str(name, refresh=False)
            writing.update()
    finally:
        writing.close()
        runner.close()
    phases["finished"] = time.perf_counter() - t0
    _write_frame(stream.load_report, out / f"load_report.{format}", format)
    counts = {name: rows.get(name, 0) for name in (*ROW_TABLES, *AGGREGATE_TABLES)}
    counts["load_report"] = stream.load_report.height
    written = [out / f"{name}.{format}" for name in TABLES]
    _tidy_store(store, chunks, key)
    describe().write_csv(out / "columns.csv")
    settings["reused_articles"] = reuse.height
    settings["computed_articles"] = new_keys.height
    settings["settings_key"] = key
    settings["stage_seconds"] = {k: round(v, 3) for k, v in stage_seconds.items()}
    settings["phase_seconds"] = {k: round(v, 3) for k, v in phases.items()}  # since the call began
    tmp_json = out / ".run.json.tmp"
    tmp_json.write_text(json.dumps(settings, indent=2), encoding="utf-8")
    os.replace(tmp_json, out / "run.json")
    written += [out / "columns.csv", out / "run.json"]
    return RunResult(out, counts, written, stream.load_report, time.perf_counter() - t0, settings)


# ---------------------------------------------------------------------------------------------------------------
# Re-analysis: the chunk store (OUT/.store) and what a run reuses from it.
#
# Every batch a run computes is kept as a *chunk*: ``.store/chunks/<run>-<batch>/`` holds the batch's row tables
# and co-occurrence counts (``<table>.parquet``), ``keys.parquet`` (``article_id`` and the article's content key)
# and, written last, ``meta.json`` (the settings key, the ids its co-occurrence counts counted, rows per table).
# A batch is written to ``<name>.tmp/`` and renamed when complete, so a chunk folder without ``.tmp`` is whole;
# a killed run leaves only whole chunks (reused by the next run) and ``.tmp`` folders (deleted by it).
# A later run on the same folder reuses the rows of every article whose ``article_id`` and content key are in a
# chunk written under the same settings key, computes only the others, and builds every output table from the
# chunks that hold the articles of this run (a chunk some of whose articles are gone is read filtered).
# ---------------------------------------------------------------------------------------------------------------

STORE = ".store"
"""Folder (inside the output folder) of the chunks a later run reuses."""

KEY = "_content_key"
"""Column of the spooled batches: a hash of the article's input columns (:func:`content_keys`)."""


def content_keys(articles: pl.DataFrame) -> pl.Series:
    """A 128-bit hash (hex) of each article's input columns: an article whose text or metadata changed gets a
    new key even when its ``article_id`` is kept. Not in it: ``story_id`` and ``story_size`` (the run computes
    them) and ``source`` (where the input was read: no row table but ``articles`` holds it, and ``articles`` is
    always written from this run's input), so an article moved to another file is still reused."""
    cols = sorted(c for c in articles.columns if c not in ("source", "story_id", "story_size", KEY))
    head = json.dumps(cols).encode()
    keys = [
        hashlib.blake2b(
            head + json.dumps(row, default=str, ensure_ascii=False).encode(), digest_size=16
        ).hexdigest()
        for row in articles.select(cols).iter_rows()
    ]
    return pl.Series(KEY, keys, dtype=pl.String)


_PACKAGE_SUFFIXES = (".py", ".yaml", ".yml", ".csv", ".tsv", ".txt", ".json")


def package_fingerprint() -> list[tuple[str, int, int]]:
    """``(path inside the package, modification time in ns, size)`` of the toolkit's code and data files: an
    edited rule, vocabulary or extractor changes the rows, so it invalidates what earlier runs computed."""
    from toolkit.core.cache import fingerprint

    package = Path(__file__).resolve().parents[1]
    files = sorted(
        p for p in package.rglob("*") if p.suffix in _PACKAGE_SUFFIXES and "__pycache__" not in p.parts and p.is_file()
    )
    return [(os.path.relpath(path, package), mtime, size) for path, mtime, size in fingerprint(*files)]


def settings_key(dictionary: str | Path | None = None, lexicon: str | Path | None = None, *, tone_model: bool = True) -> str:
    """The settings the row tables of an article depend on, as one hash: the toolkit's version, the
    fingerprints (:func:`toolkit.core.cache.fingerprint`: path, modification time, size) of its code and
    data files (rules, vocabularies) and of the user's ``dictionary`` and ``lexicon``, polars' version and
    whether the tone model ran (``tone_model=False`` leaves ``mentions.tone_score`` empty).
    ``stories`` and ``count`` are not in it: they change which rows are kept and counted, which every run
    recomputes from the chunks."""
    from toolkit.core.cache import fingerprint

    payload = {
        "toolkit": getattr(sys.modules.get("toolkit"), "__version__", ""),
        "polars": pl.__version__,
        "package": package_fingerprint(),
        "dictionary": fingerprint(dictionary),
        "lexicon": fingerprint(lexicon),
    }
    if not tone_model:  # only when off: the key of a default run stays what it was (earlier stores still reused)
        payload["tone_model"] = False
    return hashlib.blake2b(json.dumps(payload, default=str).encode(), digest_size=16).hexdigest()


def _ids_hash(ids: Iterable[str]) -> str:
    return hashlib.blake2b("\n".join(sorted(ids)).encode(), digest_size=16).hexdigest()


def _load_store(chunks: Path, key: str) -> pl.DataFrame:
    """``article_id``, content key and ``chunk`` of every article held by a whole chunk written under
    ``key`` (oldest chunk first); ``.tmp`` folders left by a killed run are deleted."""
    frames = []
    for d in sorted(chunks.iterdir()):
        if d.name.endswith(".tmp"):
            shutil.rmtree(d, ignore_errors=True)
            continue
        meta = _chunk_meta(d)
        if meta is None or meta.get("settings_key") != key:
            continue
        frames.append(pl.read_parquet(d / "keys.parquet").with_columns(pl.lit(d.name).alias("chunk")))
    schema = {"article_id": pl.String, KEY: pl.String, "chunk": pl.String}
    return pl.concat(frames) if frames else pl.DataFrame(schema=schema)


def _chunk_meta(d: Path) -> dict[str, Any] | None:
    try:
        return dict(json.loads((d / "meta.json").read_text(encoding="utf-8")))
    except (OSError, ValueError):
        return None


def _commit_chunk(tmp: Path, key: str, keys: pl.DataFrame, counted: str, rows: dict[str, int]) -> str:
    """Write ``keys.parquet``, ``sketches.parquet`` (the articles' MinHash sketches, which a later run reuses
    to find the stories) and, last, ``meta.json`` into a batch's temporary folder, then rename it to the
    chunk's name: from here on a later run may reuse it."""
    keys.select("article_id", KEY).write_parquet(tmp / "keys.parquet")
    sketches = keys.select(
        KEY, "article_id", pl.col("published_sketch").alias("published"),
        pl.col("_signature").alias("signature"), pl.col("_shingles").alias("shingles"),
    )  # fmt: skip
    sketches.write_parquet(tmp / "sketches.parquet", compression="lz4")
    meta = {"settings_key": key, "counted": counted, "rows": rows}
    (tmp / "meta.json").write_text(json.dumps(meta), encoding="utf-8")
    final = tmp.with_name(tmp.name.removesuffix(".tmp"))
    os.replace(tmp, final)
    return final.name


def _kept_keys(files: list[Path], story_table: pl.DataFrame, stories: str) -> pl.DataFrame:
    """``article_id`` and content key of the articles this run keeps (after ``stories``), in input order."""
    from toolkit.io.stories import add_stories, select_stories

    frames = [
        select_stories(add_stories(pl.read_parquet(path, columns=["article_id", KEY]), story_table), stories=stories)  # type: ignore[arg-type]
        .select("article_id", KEY)
        for path in files
    ]
    return pl.concat(frames) if frames else pl.DataFrame(schema={"article_id": pl.String, KEY: pl.String})


def _new_batches(
    files: list[Path],
    story_table: pl.DataFrame,
    stories: str,
    reused: set[str],
    batch_size: int,
    *,
    any_kept: bool,
) -> Iterator[pl.DataFrame]:
    """The spooled articles not reused from the store, with ``story_id`` and ``story_size``, filtered by
    ``stories``, in batches of ``batch_size`` (one empty batch when the run keeps no article at all, so a run
    on no article still writes every table)."""
    from toolkit.io.stories import add_stories, select_stories

    held: list[pl.DataFrame] = []
    n = 0
    done = pl.Series(KEY, list(reused), dtype=pl.String).implode()
    for path in files:
        if reused and pl.read_parquet(path, columns=[KEY])[KEY].is_in(done).all():
            continue  # every article of this part is reused: its text is not read again (a re-run's old input)
        batch = select_stories(add_stories(pl.read_parquet(path), story_table), stories=stories)  # type: ignore[arg-type]
        batch = batch.filter(~pl.col(KEY).is_in(done)) if reused else batch
        while batch.height:
            take = batch.head(batch_size - n)
            batch = batch.slice(take.height)
            held.append(take)
            n += take.height
            if n >= batch_size:
                yield pl.concat(held)
                held, n = [], 0
    if held:
        yield pl.concat(held)
    elif not any_kept and files:
        yield select_stories(add_stories(pl.read_parquet(files[0]), story_table), stories=stories).head(0)  # type: ignore[arg-type]


def _noting(
    batches: Iterable[pl.DataFrame], notes: dict[int, tuple[pl.DataFrame, str]], count: str
) -> Iterator[pl.DataFrame]:
    """The batches without their content keys and sketches, noting those and the ids each one counted, for
    its chunk."""
    from toolkit.io.stories import first_copies

    for i, b in enumerate(batches):
        counted = first_copies(b)["article_id"] if count == "stories" else b["article_id"]
        notes[i] = (b.select("article_id", KEY, *SKETCH_COLUMNS), _ids_hash(counted.to_list()))
        yield b.drop(KEY, *SKETCH_COLUMNS)


MAX_SEGMENTS = 10_000
"""Most pieces a run's tables are assembled from (runs of consecutive input articles held by one chunk); with more
(a reordered input), one piece per chunk: the same rows, but the reused articles no longer in input order."""


def _write_plan(
    store: Path, kept: pl.DataFrame, held: pl.DataFrame, story_table: pl.DataFrame, chunks: Path, stories: str
) -> int:
    """Plan the assembly of the tables: the kept articles in input order, cut into *segments* (runs of
    consecutive articles held by one chunk), so the tables hold the rows in the order a fresh run writes them.
    ``held``: ``article_id``, content key and ``chunk`` of the reused and the new articles. Writes ``plan.json``
    (the segments in order: chunk, whole or filtered), ``plan.parquet`` (``seg``, ``article_id`` of the filtered
    ones) and ``stories.parquet`` (this run's story table). Returns the sentences the chunks hold."""
    where = kept.join(
        held.unique(KEY, keep="first"), on=["article_id", KEY], how="left", maintain_order="left"
    )
    where = where.filter(pl.col("chunk").is_not_null())
    sizes = {
        name: pl.scan_parquet(chunks / name / "keys.parquet").select(pl.len()).collect().item()
        for name in where["chunk"].unique().to_list()
    }
    seg = where.with_columns(
        (pl.col("chunk") != pl.col("chunk").shift()).fill_null(True).cum_sum().alias("seg")
    )
    if seg.height and int(seg["seg"].max()) > max(MAX_SEGMENTS, 2 * len(sizes)):  # type: ignore[arg-type]
        seg = seg.with_columns(pl.col("chunk").rank("min").alias("seg")).sort("seg", maintain_order=True)
    pieces = seg.group_by("seg", maintain_order=True).agg(pl.col("chunk").first(), pl.len().alias("n"))
    n_segs = pieces.group_by("chunk").len()
    per_chunk = dict(zip(n_segs["chunk"].to_list(), n_segs["len"].to_list(), strict=True))
    plan = [
        {"seg": int(sg), "chunk": ch, "whole": per_chunk[ch] == 1 and n == sizes[ch]}
        for sg, ch, n in pieces.select("seg", "chunk", "n").iter_rows()
    ]
    whole = [p["seg"] for p in plan if p["whole"]]
    taken = seg.filter(~pl.col("seg").is_in(whole)).select(pl.col("seg").cast(pl.Int64), "article_id")
    taken.write_parquet(store / "plan.parquet")
    story_table.write_parquet(store / "stories.parquet")
    (store / "plan.json").write_text(json.dumps({"segments": plan, "stories": stories}), encoding="utf-8")
    return sum(
        int(((_chunk_meta(chunks / name) or {}).get("rows") or {}).get("sentences", 0)) for name in sizes
    )


def _tidy_store(store: Path, chunks: Path, key: str) -> None:
    """After a finished run: delete the chunks it did not use (other settings, articles no longer in the
    input) and the spooled input; then write ``manifest.json``, last."""
    plan = json.loads((store / "plan.json").read_text(encoding="utf-8"))["segments"]
    used = {p["chunk"] for p in plan}
    for d in chunks.iterdir():
        if d.name not in used:
            shutil.rmtree(d, ignore_errors=True)
    shutil.rmtree(store / "spool", ignore_errors=True)
    manifest = {"settings_key": key, "chunks": plan, "finished": time.strftime("%Y-%m-%dT%H:%M:%S%z")}
    tmp = store / ".manifest.json.tmp"
    tmp.write_text(json.dumps(manifest, indent=1), encoding="utf-8")
    os.replace(tmp, store / "manifest.json")


SKETCH_COLUMNS = ("published_sketch", "_signature", "_shingles")
"""Columns of the spooled batches holding each new article's MinHash sketch (for its chunk)."""


def _find_stories_pass(
    stream: ArticleStream, spool: Path, stage_seconds: dict[str, float], stored: pl.DataFrame, chunks: Path
) -> tuple[list[Path], pl.DataFrame]:
    """Read every batch once: spool it (with each article's content key and, for an article no chunk holds,
    its MinHash sketch) to ``spool/part-<i>.parquet``; then group the stories over the sketches of the whole
    corpus (those of the articles ``stored`` in chunks read from there, not computed again). Returns the
    spooled files and the ``article_id, story_id, story_size`` table."""
    from toolkit.io.stories import SKETCH_SCHEMA, group_stories, sketch_articles

    spool.mkdir(parents=True, exist_ok=True)
    files: list[Path] = []
    sketches: list[pl.DataFrame] = []
    held = stored[KEY].implode()
    from_store: list[pl.DataFrame] = []
    t0 = time.perf_counter()
    for i, batch in enumerate(stream):
        path = spool / f"part-{i:06d}.parquet"
        batch = batch.with_columns(content_keys(batch))
        new = batch.filter(~pl.col(KEY).is_in(held))
        from_store.append(batch.filter(pl.col(KEY).is_in(held)).select(KEY))
        sk = sketch_articles(new).with_columns(new[KEY])
        sketches.append(sk.drop(KEY))
        cols = sk.select(
            KEY, pl.col("published").alias("published_sketch"),
            pl.col("signature").alias("_signature"), pl.col("shingles").alias("_shingles"),
        )  # fmt: skip
        batch.join(cols, on=KEY, how="left", maintain_order="left").write_parquet(path, compression="lz4")
        files.append(path)
    reused = pl.concat(from_store) if from_store else pl.DataFrame(schema={KEY: pl.String})
    where = stored.join(reused, on=KEY, how="semi").unique(KEY, keep="last")
    for (name,), ks in where.partition_by("chunk", as_dict=True).items():
        sk = pl.read_parquet(chunks / str(name) / "sketches.parquet").join(ks.select(KEY), on=KEY, how="semi")
        sketches.append(sk.select(list(SKETCH_SCHEMA)))
    t1 = time.perf_counter()
    all_sketches = pl.concat(sketches) if sketches else None
    sketches.clear()  # one copy of the sketches while grouping
    table = group_stories([] if all_sketches is None else all_sketches)
    del all_sketches
    stage_seconds["stories_sketch"] = t1 - t0
    stage_seconds["stories_group"] = time.perf_counter() - t1
    return files, table


AUTO_MAX_WORKERS = 4
"""Most workers chosen by ``workers="auto"`` (memory grows with the number of workers)."""


def auto_workers() -> int:
    """Workers chosen by ``workers="auto"`` for a corpus of several batches: the cores this process may
    use, at most :data:`AUTO_MAX_WORKERS`."""
    try:
        cores = len(os.sched_getaffinity(0))
    except AttributeError:  # pragma: no cover - not on Linux
        cores = os.cpu_count() or 1
    return max(1, min(cores, AUTO_MAX_WORKERS))


FINISH_IN_POOL_MAX_SENTENCES = 200_000
"""Up to this many sentences the corpus-wide files are written by the pool's workers side by side; above
it, one by one in the main process after the pool is closed (bounded memory on large corpora)."""

_SLOW_FINISH = ("actor_sentiment", "tokens", "cooc_pairs", "sentences")
"""Finishing jobs started first (the longest), so the pool's workers end together."""


def _release_memos() -> None:
    """Empty the cross-batch memos of this process (``toolkit.core.cache.clear_all(rule_sets=False)``: claims' text
    readings, actor matches and word checks, sentiment scores; the loaded rule sets stay) and hand the freed
    heap back to the system: a pool worker holds them after its batches, and finishing jobs need the room.
    Called once per process; the next batch (if any) rebuilds what it needs. Safe while other threads of the
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


LEDGER_IN_ONE_PIECE_MAX_CLAIMS = 200_000
"""Up to this many claims the claim ledger is one query (about 200 MB at most); above it, one category at a time."""


def _claim_ledger_by_category(claims_parts: pl.LazyFrame, articles_parts: pl.LazyFrame, folder: Path) -> pl.LazyFrame:
    """The claim ledger of a run, one ``counted`` category at a time: every series and every same-day
    comparison lies within one category, and the series (``counted|place|source``) of the categories
    sort in the order of ``counted + "|"``, so the pieces written one after another (to ``folder``)
    are the whole table, while memory holds one category's claims, not the corpus's."""
    from toolkit.extract import claims

    needed = [c for c in SCHEMAS["claims"] if c in SCHEMAS["claim_ledger"] or c == "place_surface"]
    published = articles_parts.select("article_id", "published").collect()
    if claims_parts.select(pl.len()).collect().item() <= LEDGER_IN_ONE_PIECE_MAX_CLAIMS:
        return claims.claim_ledger_lazy(claims_parts.select(needed), published.lazy())
    counted = claims_parts.select(pl.col("counted").unique()).collect()["counted"].drop_nulls().to_list()
    counted = [c for c in counted if c not in claims.LEDGER_SKIP]  # categories the ledger leaves out
    folder.mkdir(parents=True, exist_ok=True)
    files = []
    for i, cat in enumerate(sorted(counted, key=lambda c: c + "|")):
        piece = claims.claim_ledger_lazy(claims_parts.filter(pl.col("counted") == cat).select(needed), published.lazy())
        piece.collect().write_parquet(folder / f"part-{i:04d}.parquet")
        files.append(folder / f"part-{i:04d}.parquet")
    return pl.scan_parquet(files) if files else empty("claim_ledger").lazy()


def finish_table(name: str, parts: str, out: str, fmt: str, count: str = "articles") -> tuple[str, int | None, float]:
    """Write ``out/<name>.<fmt>`` from the batch parts in ``parts``; returns the name, its rows when the
    table was built here (an aggregate; ``None`` for a row table, whose rows the batches counted) and the
    seconds taken. ``count="stories"``: the aggregates of :data:`toolkit.io.stories.COUNTED_TABLES` count each
    story once (the rows of its first copy; the co-occurrence counts were made so by the batches)."""
    from toolkit.extract import quotes
    from toolkit.io.stories import COUNTED_TABLES, first_copies
    from toolkit.measure import cooc, sentiment

    t0 = time.perf_counter()
    _release_memos()
    folder = Path(parts)
    plan = _read_plan(folder)

    def scan_all(table: str) -> pl.LazyFrame:
        return _scan_chunks(folder, plan, table)

    keep = first_copies(scan_all("articles")).lazy() if count == "stories" and name in COUNTED_TABLES else None

    def scan(table: str) -> pl.LazyFrame:
        lf = scan_all(table)
        return lf if keep is None or table == "articles" else lf.join(keep, on="article_id", how="semi")

    frame: pl.DataFrame | pl.LazyFrame
    if name in ROW_TABLES:
        frame = scan(name)
    elif name == "cooc_edges":
        # summed from the count files by the streaming engine, scored one window kind at a time (bounded memory)
        work = folder / "cooc_edges"
        shutil.rmtree(work, ignore_errors=True)
        files = _chunk_counts(folder, plan, count, work / "recount")
        pair_files, actor_files, total_files = ([f[i] for f in files] for i in range(3))
        frame = cooc.score_count_files(pair_files, actor_files, total_files, work) if files else empty("cooc_edges")
    elif name == "actor_sentiment":
        frame = sentiment.summarise_actor_sentiment(scan("sentiment"), scan("mentions"))  # lazy: reads what it uses
    elif name == "claim_ledger":
        frame = _claim_ledger_by_category(scan("claims"), scan("articles"), folder / "claim_ledger")
    elif name == "sources":
        used = ["article_id", "kind", "n_words", "speaker_actor_id", "speaker_label", "speaker_name", "speaker_surface"]
        frame = quotes.summarise_sources(scan("quotes").select(used).collect())  # not the quotes' text
    elif name == "places":
        from toolkit.extract.places import count_places

        frame = count_places(scan("mentions").select("article_id", "place_id").collect())
    else:  # pragma: no cover - every table of the schema is handled above
        raise ValueError(f"no finishing job for table {name!r}")
    if name in COUNTED_TABLES:
        frame = frame.with_columns(pl.lit(count, dtype=pl.String).alias("count_unit"))
    path = Path(out) / f"{name}.{fmt}"
    _write_frame(frame, path, fmt)
    if isinstance(frame, pl.DataFrame):
        n_rows: int | None = frame.height
    else:  # a table sunk from a query: count what was written
        reader = pl.scan_parquet if fmt == "parquet" else pl.scan_csv
        n_rows = reader(path).select(pl.len()).collect().item()
    if name == "cooc_edges":
        shutil.rmtree(folder / "cooc_edges", ignore_errors=True)  # its pieces, now in the table
    return name, n_rows, time.perf_counter() - t0


Plan = tuple[list[tuple[str, bool, int]], dict[int, pl.Series]]


def _read_plan(folder: Path) -> Plan:
    """The segments of this run (chunk, whole?, segment number) and the ``article_id`` of each filtered one."""
    plan = json.loads((folder / "plan.json").read_text(encoding="utf-8"))["segments"]
    taken = pl.read_parquet(folder / "plan.parquet")
    ids = {int(sg): df["article_id"] for (sg,), df in taken.partition_by("seg", as_dict=True).items()}  # type: ignore[call-overload]
    return [(p["chunk"], bool(p["whole"]), int(p["seg"])) for p in plan], ids


def _scan_chunks(folder: Path, plan: Plan, table: str) -> pl.LazyFrame:
    """One table of the run, assembled from the plan's segments in order (a filtered segment: the rows of its
    articles in its chunk); ``articles`` with this run's ``story_id`` and ``story_size``
    (as :func:`toolkit.io.stories.add_stories`)."""
    segments, ids = plan
    frames = []
    run: list[Path] = []  # consecutive whole chunks: one scan
    for name, whole, sg in segments:
        path = folder / "chunks" / name / f"{table}.parquet"
        if whole:
            run.append(path)
            continue
        if run:
            frames.append(pl.scan_parquet(run))
            run = []
        frames.append(pl.scan_parquet(path).filter(pl.col("article_id").is_in(ids[sg].implode())))
    if run:
        frames.append(pl.scan_parquet(run))
    lf = pl.concat(frames, how="vertical") if frames else empty(table).lazy()
    if table == "articles" and segments:  # this run's input, as the batches were given it (read lazily)
        stories = json.loads((folder / "plan.json").read_text(encoding="utf-8"))["stories"]
        story = pl.scan_parquet(folder / "stories.parquet").select("article_id", "story_id", "story_size")
        return pl.concat(
            [_select_stories_lazy(_add_stories_lazy(pl.scan_parquet(path).drop(KEY, *SKETCH_COLUMNS), story), stories)
             for path in sorted((folder / "spool").glob("part-*.parquet"))],
            how="vertical",
        )  # fmt: skip
    return lf


def _chunk_counts(folder: Path, plan: Plan, count: str, work: Path) -> list[tuple[Path, Path, Path]]:
    """The files of the co-occurrence counts of every chunk of the run (pairs, actors, totals): the chunk's own
    when it counted the same articles as this run would (every article, or every first copy with
    ``count="stories"``); else counted again from the chunk's rows of those articles (a chunk some of whose
    articles are gone, or whose first copies changed) and written to ``work``, one chunk at a time."""
    from toolkit.measure import cooc

    segments, ids = plan
    chunks: dict[str, list[pl.Series] | None] = {}  # chunk -> the ids taken from it (None: all)
    for name, whole, sg in segments:
        if whole:
            chunks[name] = None
        else:
            chunks.setdefault(name, []).append(ids[sg])  # type: ignore[union-attr]
    copies = None  # with count="stories": the articles that are not the first copy of their story
    if count == "stories":
        story = pl.read_parquet(folder / "stories.parquet", columns=["article_id", "story_id"])
        copies = story.filter(pl.col("article_id") != pl.col("story_id"))["article_id"].implode()
    out: list[tuple[Path, Path, Path]] = []
    for name, parts in chunks.items():
        d = folder / "chunks" / name
        taken = (
            pl.read_parquet(d / "keys.parquet", columns=["article_id"])["article_id"]
            if parts is None
            else pl.concat(parts)
        )
        if copies is not None:
            taken = taken.filter(~taken.is_in(copies))
        meta = _chunk_meta(d) or {}
        if meta.get("counted") == _ids_hash(taken.to_list()):
            out.append(tuple(d / f"{t}.parquet" for t in COUNT_PARTS))  # type: ignore[arg-type]
            continue

        def rows(t: str, d: Path = d, taken: pl.Series = taken) -> pl.DataFrame:
            return pl.read_parquet(d / f"{t}.parquet").filter(pl.col("article_id").is_in(taken.implode()))

        work.mkdir(parents=True, exist_ok=True)
        recount = cooc.count_cooccurrence(rows("cooc_pairs"), rows("mentions"), rows("sentences"))
        paths = tuple(work / f"{name}-{t}.parquet" for t in COUNT_PARTS)
        for df, path in zip(recount, paths, strict=True):
            df.write_parquet(path)
        out.append(paths)  # type: ignore[arg-type]
    return out


def _add_stories_lazy(lf: pl.LazyFrame, story: pl.LazyFrame) -> pl.LazyFrame:
    """:func:`toolkit.io.stories.add_stories` on a lazy frame."""
    return (
        lf.drop("story_id", "story_size", strict=False)
        .join(story, on="article_id", how="left", maintain_order="left")
        .with_columns(pl.col("story_id").fill_null(pl.col("article_id")), pl.col("story_size").fill_null(1).cast(pl.Int64))
    )


def _select_stories_lazy(lf: pl.LazyFrame, stories: str) -> pl.LazyFrame:
    """:func:`toolkit.io.stories.select_stories` on a lazy frame (one spooled batch, as the batches are given it)."""
    if stories == "first":
        return lf.filter(pl.col("article_id") == pl.col("story_id")).unique("article_id", keep="first", maintain_order=True)
    if stories == "drop":
        return lf.filter(pl.col("story_size") == 1)
    return lf
