"""Large corpora: stream articles in batches, process them in parallel, write every table to a folder.

Tables in: files, folders, globs (as :func:`toolkit.read_articles`). Tables out: every table of
:mod:`toolkit.core.schema`, written to ``OUT/<table>.parquet`` (or ``.csv``).

Articles are read in batches (:class:`toolkit.io.loading.ArticleStream`: large JSONL/Parquet files are read
in slices), each batch's row tables (sentences, tokens, mentions, pairs, quotes, sentiment, claims) are
computed by a worker and written as a part file, and the corpus-wide tables (co-occurrence edges, actor
sentiment, claim ledger, sources) are computed at the end from the parts, so they are exact, not
averages of batches. Memory stays bounded by the batch size, not the corpus size.

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

import json
import os
import shutil
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

    def summary(self) -> str:
        rep = self.load_report
        n_bad = rep.filter(pl.col("status") != "loaded").height
        c = self.counts
        return (
            f"{c['articles']} article(s) from {rep.filter(pl.col('status') == 'loaded').height} input(s)"
            + (f", {n_bad} skipped or failed (see load_report)" if n_bad else "")
            + f"; {c['sentences']} sentences, {c['tokens']} tokens; {c['mentions']} actor mentions, "
            f"{c['cooc_edges']} actor pairs; {c['claims']} numeric claims, {c['quotes']} quotes"
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
    With ``parts`` (a folder the worker can write to), writes them there as
    ``<table>/part-<index>.parquet`` and returns only their row counts: nothing big travels back
    to the main process. Without it, returns the tables (a remote cluster without a shared disk).
    """
    from toolkit.measure import cooc
    from toolkit.run.pipeline import compute_row_tables

    global _RELEASED
    _RELEASED = False  # this process holds memos again (see _release_memos)
    timings: dict[str, float] = {}
    tables = compute_row_tables(
        articles, dictionary=settings.get("dictionary"), lexicon=settings.get("lexicon"), progress=False, timings=timings
    )
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
        _write_parts(tables, Path(parts), index)
        timings["write_parts"] = time.perf_counter() - t0
        tables = {}
        _trim_heap()  # the batch's frames are gone: hand their pages back (a worker's RSS stays ~40 MB lower)
    return BatchResult(index, tables, rows, timings)


def _trim_heap() -> None:
    """Return the C heap's free pages to the system (glibc's ``malloc_trim``; ~2 ms; no-op elsewhere)."""
    try:
        import ctypes

        ctypes.CDLL("libc.so.6").malloc_trim(0)
    except (OSError, AttributeError):  # pragma: no cover - other C libraries
        pass


def _write_parts(tables: dict[str, pl.DataFrame], parts: Path, index: int) -> None:
    for name, df in tables.items():
        # Parts are read once at the end: lz4 writes faster than the default zstd.
        df.write_parquet(parts / name / f"part-{index:06d}.parquet", compression="lz4")


def _write_frame(df: pl.DataFrame | pl.LazyFrame, path: Path, fmt: str) -> None:
    lf = df.lazy()
    if fmt == "csv":
        lists = [c for c, d in lf.collect_schema().items() if isinstance(d, pl.List)]
        lf = lf.with_columns(pl.col(c).cast(pl.List(pl.String)).list.join(";") for c in lists)
        lf.sink_csv(path)
    else:
        lf.sink_parquet(path)


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
    compute_row_tables(articles, dictionary=settings.get("dictionary"), lexicon=settings.get("lexicon"), progress=False)
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
) -> RunResult:
    """Analyse ``inputs`` batch by batch and write every table to ``out``.

    ``batch_size``: articles per batch (memory grows with it, not with the corpus). ``engine`` and
    ``workers``: ``"local"`` with 1 worker runs in this process, more workers use a process pool;
    ``"dask"`` uses a Dask ``LocalCluster`` of ``workers`` processes, or the cluster at ``scheduler``.
    ``workers="auto"`` (the command line's default) picks one process when the corpus fits in one batch,
    else one worker per core, at most :data:`AUTO_MAX_WORKERS` (each worker holds a batch in memory).
    In a script, call it with more than one worker under ``if __name__ == "__main__":`` (worker processes
    start by importing the script).
    ``stories`` and ``count`` as :func:`toolkit.analyze`. The stories are found across the whole corpus,
    not per batch: a first pass reads the articles batch by batch, keeps each one's small MinHash sketch
    (:func:`toolkit.io.stories.sketch_articles`) and spools the batch to the parts folder; the stories are
    grouped over all sketches (:func:`toolkit.io.stories.group_stories`); then the spooled batches, with
    ``story_id`` and ``story_size`` joined (and filtered by ``stories``), go to the workers.
    Other options as :func:`toolkit.analyze`. Returns a :class:`RunResult`.

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
    parts = out / ".parts"
    shutil.rmtree(parts, ignore_errors=True)
    for t in (*ROW_TABLES, *COUNT_PARTS):
        (parts / t).mkdir(parents=True)
    settings: dict[str, Any] = {
        "dictionary": str(dictionary) if dictionary else None, "lexicon": str(lexicon) if lexicon else None,
        "engine": engine, "workers": workers, "batch_size": batch_size, "stories": stories, "count": count,
    }  # fmt: skip
    stream = ArticleStream(inputs, batch_size=batch_size, on_error=on_error, columns=columns, progress=False)
    stage_seconds: dict[str, float] = {}
    spooled, story_table = _find_stories_pass(stream, parts / "input", stage_seconds)
    batches: Iterable[pl.DataFrame] = _story_batches(spooled, story_table, stories)
    if workers == "auto":  # more than one batch: a worker per core pays for its start
        workers = auto_workers() if len(spooled) > 1 else 1
    settings["workers"] = workers
    runner = _Runner(engine, workers, scheduler, settings)
    rows: dict[str, int] = {}
    disabled = bar_disabled(progress)
    bar = tqdm(desc="analysing", unit="article", disable=disabled, total=None if disabled else stream.estimate_total())
    phases: dict[str, float] = {"start": time.perf_counter() - t0}
    try:
        for res in runner.run(batches, settings, parts):
            phases.setdefault("first_batch_done", time.perf_counter() - t0)
            for table, n in res.rows.items():
                rows[table] = rows.get(table, 0) + n
            for stage, seconds in res.seconds.items():
                stage_seconds[stage] = stage_seconds.get(stage, 0.0) + seconds
            if res.tables:
                _write_parts(res.tables, parts, res.index)
            bar.update(res.rows["articles"])
    except BaseException:
        runner.close()
        raise
    else:
        if bar.total is not None and bar.n != bar.total:  # the estimate counted blank or broken lines
            bar.total = bar.n
            bar.refresh()
    finally:
        bar.close()

    # Corpus-wide files from the parts, one job per table (in the pool when there is one, so they run
    # side by side): row tables are concatenated; the aggregates are computed exactly and in bounded
    # memory (co-occurrence from the summed per-batch counts, the others from only the columns they use).
    # Large corpora: the pool's workers still hold their memos and two big finishing jobs side by side
    # would double the peak, so the pool is closed first and the jobs run one by one here.
    phases["batches_done"] = time.perf_counter() - t0
    jobs = sorted(TABLES, key=lambda n: (n not in _SLOW_FINISH, TABLES.index(n)))
    jobs = [n for n in jobs if n != "load_report"]
    writing = tqdm(total=len(jobs), desc="writing tables", unit="table", disable=disabled)
    try:
        if rows.get("sentences", 0) > FINISH_IN_POOL_MAX_SENTENCES:
            runner.close()
        for name, n_rows, seconds in runner.finish(jobs, str(parts), str(out), format, count):
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
    shutil.rmtree(parts, ignore_errors=True)
    describe().write_csv(out / "columns.csv")
    settings["stage_seconds"] = {k: round(v, 3) for k, v in stage_seconds.items()}
    settings["phase_seconds"] = {k: round(v, 3) for k, v in phases.items()}  # since the call began
    (out / "run.json").write_text(json.dumps(settings, indent=2), encoding="utf-8")
    written += [out / "columns.csv", out / "run.json"]
    return RunResult(out, counts, written, stream.load_report, time.perf_counter() - t0, settings)


def _find_stories_pass(stream: ArticleStream, spool: Path, stage_seconds: dict[str, float]) -> tuple[list[Path], pl.DataFrame]:
    """Read every batch once: spool it to ``spool/part-<i>.parquet`` and keep its MinHash sketch; then group
    the stories over the whole corpus. Returns the spooled files and the ``article_id, story_id,
    story_size`` table."""
    from toolkit.io.stories import group_stories, sketch_articles

    spool.mkdir(parents=True, exist_ok=True)
    files: list[Path] = []
    sketches: list[pl.DataFrame] = []
    t0 = time.perf_counter()
    for i, batch in enumerate(stream):
        path = spool / f"part-{i:06d}.parquet"
        batch.write_parquet(path, compression="lz4")
        files.append(path)
        sketches.append(sketch_articles(batch))
    t1 = time.perf_counter()
    all_sketches = pl.concat(sketches) if sketches else None
    sketches.clear()  # one copy of the sketches while grouping
    table = group_stories([] if all_sketches is None else all_sketches)
    del all_sketches
    stage_seconds["stories_sketch"] = t1 - t0
    stage_seconds["stories_group"] = time.perf_counter() - t1
    return files, table


def _story_batches(files: list[Path], story_table: pl.DataFrame, stories: str) -> Iterator[pl.DataFrame]:
    """The spooled batches with ``story_id`` and ``story_size``, filtered by ``stories`` (empty ones skipped;
    one empty batch when there is none, so a run on no article still writes every table)."""
    from toolkit.io.stories import add_stories, select_stories

    sent = False
    for path in files:
        batch = select_stories(add_stories(pl.read_parquet(path), story_table), stories=stories)  # type: ignore[arg-type]
        if batch.height:
            sent = True
            yield batch
    if not sent and files:
        yield select_stories(add_stories(pl.read_parquet(files[0]), story_table), stories=stories).head(0)  # type: ignore[arg-type]


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

    def scan_all(table: str) -> pl.LazyFrame:
        files = sorted((folder / table).glob("part-*.parquet"))
        return pl.scan_parquet(files) if files else empty(table).lazy()

    keep = first_copies(scan_all("articles")).lazy() if count == "stories" and name in COUNTED_TABLES else None

    def scan(table: str) -> pl.LazyFrame:
        lf = scan_all(table)
        return lf if keep is None or table == "articles" else lf.join(keep, on="article_id", how="semi")

    frame: pl.DataFrame | pl.LazyFrame
    if name in ROW_TABLES:
        frame = scan(name)
    elif name == "cooc_edges":
        files = [sorted((folder / t).glob("part-*.parquet")) for t in COUNT_PARTS]
        if all(files):
            pair_n, actor_n, total_n = (pl.read_parquet(f) for f in files)
            frame = cooc.score_counts(*cooc.merge_counts([(pair_n, actor_n, total_n)]))
        else:
            frame = empty("cooc_edges")
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
    elif name in ROW_TABLES:
        n_rows = None  # the batches counted them
    else:  # an aggregate sunk from a query: count what was written
        reader = pl.scan_parquet if fmt == "parquet" else pl.scan_csv
        n_rows = reader(path).select(pl.len()).collect().item()
    return name, n_rows, time.perf_counter() - t0
