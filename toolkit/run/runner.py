"""Where the batches run: in this process, a pool of worker processes, or a Dask cluster (local or at an address);
at most a few batches in flight, results as they complete; then the finishing jobs, side by side where there
are workers.

>>> 1 <= auto_workers() <= AUTO_MAX_WORKERS
True
"""

from __future__ import annotations

import os
from collections.abc import Iterable, Iterator
from concurrent.futures import FIRST_COMPLETED, ProcessPoolExecutor, wait
from contextlib import contextmanager
from itertools import repeat
from pathlib import Path
from typing import Any

import polars as pl

from toolkit.run.batches import BatchResult, _warm_pool_worker, process_batch
from toolkit.run.finish import finish_table


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
