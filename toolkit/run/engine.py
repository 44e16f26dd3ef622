"""Large corpora: stream articles in batches, process them in parallel, write every table to a folder.

Tables in: files, folders, globs (as :func:`toolkit.read_articles`). Tables out: every table of
:mod:`toolkit.core.schema`, written to ``OUT/<table>.parquet`` (or ``.csv``).

Articles are read in batches (:class:`toolkit.io.loading.ArticleStream`: large JSONL/Parquet files are read
in slices), each batch's row tables (sentences, tokens, mentions, pairs, quotes, sentiment, claims) are
computed by a worker and written as a *chunk* (``OUT/.store/chunks/<run>-<batch>/``), and the corpus-wide
tables (co-occurrence edges, actor sentiment, claim ledger, sources) are computed at the end from the chunks,
so they are exact, not averages of batches. Memory stays bounded by the batch size, not the corpus size.
The chunks stay: a later run on the same folder reuses the rows of its unchanged articles and computes only
new or changed ones (see :func:`analyze_to_dir` and :mod:`toolkit.run.store`).

The parts, one purpose each (every name they define is importable from here too): :mod:`toolkit.run.store`
(the re-analysis store), :mod:`toolkit.run.batches` (one batch's work), :mod:`toolkit.run.runner` (where the
batches run), :mod:`toolkit.run.finish` (the tables written from the chunks).

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
from collections.abc import Iterable, Mapping
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any, Literal

import polars as pl

from toolkit.core.errors import bar_disabled, check_choice
from toolkit.core.schema import AGGREGATE_TABLES, ROW_TABLES, TABLES, describe
from toolkit.io.loading import ArticleStream, OnError
from toolkit.io.stories import COUNT_CHOICES, STORIES_CHOICES, Count, Stories

# The engine's parts, one purpose each; every name stays importable from here.
from toolkit.run.batches import (  # noqa: F401
    COUNT_PARTS,
    MEMO_RELEASE_MB,
    WARM_UP_TEXT,
    BatchResult,
    _chunk_tmp,
    _release_memos,
    _rss_mb,
    _trim_heap,
    _warm_pool_worker,
    _write_parts,
    process_batch,
    warm_up,
)
from toolkit.run.finish import (  # noqa: F401
    _SLOW_FINISH,
    FINISH_IN_POOL_MAX_SENTENCES,
    LEDGER_IN_ONE_PIECE_MAX_CLAIMS,
    Plan,
    _add_stories_lazy,
    _chunk_counts,
    _claim_ledger_by_category,
    _read_plan,
    _scan_chunks,
    _select_stories_lazy,
    _write_frame,
    finish_table,
)
from toolkit.run.runner import AUTO_MAX_WORKERS, _environ, _Runner, auto_workers, worker_env  # noqa: F401
from toolkit.run.store import (  # noqa: F401
    _PACKAGE_SUFFIXES,
    KEY,
    MAX_SEGMENTS,
    SKETCH_COLUMNS,
    STORE,
    _chunk_meta,
    _commit_chunk,
    _find_stories_pass,
    _ids_hash,
    _kept_keys,
    _load_store,
    _new_batches,
    _noting,
    _tidy_store,
    _write_plan,
    content_keys,
    package_fingerprint,
    plan_digest,
    settings_key,
    text_key,
    unchanged_tables,
)

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

    @property
    def text_reused(self) -> int:
        """Articles computed again from the sentences and tokens an earlier run kept (only the actor dictionary, the
        lexicon or the tone model changed since: the stages from actor mentions on ran, not the splitting)."""
        return int(self.settings.get("text_reused_articles", 0))

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
            + (f" ({n} of them from their kept sentences and tokens)" if (n := self.text_reused) else "")
            + ("; tone model off (actor_sentiment: vader rows only)" if self.settings.get("tone_model") is False else "")
        )


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
    Actor sentiment's rows are reused too for every actor whose sentences and scores are unchanged (its
    bootstrap is not drawn again: the same rows), and a run with nothing new and the same plan leaves the tables
    of the last run in place (all but ``articles`` and ``load_report``; ``run.json``'s ``tables_kept``).
    When only ``dictionary``, ``lexicon`` or ``tone_model`` changed (:func:`toolkit.run.store.text_key`), the
    articles are computed again from the sentences, tokens and story sketches their chunks hold
    (``RunResult.text_reused``, ``run.json``'s ``text_reused_articles``). The co-occurrence counts are kept summed
    (``out/.store/cooc_sums``): a re-run adds its new chunks' counts and takes away those of changed or removed
    articles' chunks instead of summing every chunk's again.

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
    tkey = text_key()
    stored = _load_store(chunks, key)
    text_stored = _load_store(chunks, key, tkey)  # other settings, same text: their sentences, tokens, sketches
    stream = ArticleStream(inputs, batch_size=batch_size, on_error=on_error, columns=columns, progress=False)
    stage_seconds: dict[str, float] = {}
    sketched = pl.concat([stored, text_stored]) if text_stored.height else stored
    spooled, story_table = _find_stories_pass(stream, store / "spool", stage_seconds, sketched, chunks)
    t_plan = time.perf_counter()
    kept = _kept_keys(spooled, story_table, stories)
    reuse = kept.join(stored, on=["article_id", KEY], how="inner").unique([KEY], keep="last", maintain_order=True)
    new_keys = kept.join(reuse, on=KEY, how="anti")
    text_from = new_keys.join(text_stored, on=["article_id", KEY], how="inner").unique([KEY], keep="last")
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
    batches = _new_batches(
        spooled, story_table, stories, reused_keys, batch_size, any_kept=kept.height > 0, text_from=text_from, chunks=chunks
    )
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
            name = _commit_chunk(tmp, key, keys, counted, res.rows, tkey)
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
    digest = plan_digest(store, count, format)
    # Nothing new, the same plan as the last finished run: its tables still in place are not written again.
    same = unchanged_tables(store, out, digest, format) if new_keys.height == 0 else {}
    same.pop("articles", None)  # written from this run's input, always
    jobs = [n for n in jobs if n not in same]
    rows.update(same)
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
    files = {}
    for name in rows:
        st = (out / f"{name}.{format}").stat()
        files[name] = [st.st_size, st.st_mtime_ns, rows[name]]
    _tidy_store(store, chunks, key, {"digest": digest, "files": files})
    settings["tables_kept"] = sorted(same)
    describe().write_csv(out / "columns.csv")
    settings["reused_articles"] = reuse.height
    settings["computed_articles"] = new_keys.height
    settings["text_reused_articles"] = text_from.height
    settings["settings_key"] = key
    settings["stage_seconds"] = {k: round(v, 3) for k, v in stage_seconds.items()}
    settings["phase_seconds"] = {k: round(v, 3) for k, v in phases.items()}  # since the call began
    tmp_json = out / ".run.json.tmp"
    tmp_json.write_text(json.dumps(settings, indent=2), encoding="utf-8")
    os.replace(tmp_json, out / "run.json")
    written += [out / "columns.csv", out / "run.json"]
    return RunResult(out, counts, written, stream.load_report, time.perf_counter() - t0, settings)
