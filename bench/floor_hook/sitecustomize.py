"""Benchmark hook for ``bench_pipeline.py --floor``: with ``TOOLKIT_BENCH_REPLAY`` set to a folder holding an
earlier run's ``mentions``, ``quotes`` and ``claims`` tables, every Python process started with this folder on
``PYTHONPATH`` (the run's main process and its workers) replaces the three rule stages (and the places stage, whose work the mentions table holds) by a lookup of those
tables, each batch's articles only. What the run then takes is the time of everything else. Never used by the
toolkit itself."""

from __future__ import annotations

import os

REPLAY = os.environ.get("TOOLKIT_BENCH_REPLAY")

if REPLAY:
    from typing import Any

    import polars as pl

    from toolkit.extract import actors, claims, quotes
    from toolkit.run import pipeline

    def _replay(name: str, folder: str = REPLAY) -> Any:
        path = os.path.join(folder, f"{name}.parquet")

        def stage(sentences: pl.DataFrame, *args: Any, **kwargs: Any) -> pl.DataFrame:
            ids = sentences.select("article_id").unique()
            return pl.scan_parquet(path).join(ids.lazy(), on="article_id", how="semi").collect()

        return stage

    actors.find_mentions = _replay("mentions")
    # the replayed mentions already hold the places stage's work (place ids, gazetteer places)
    pipeline._place_mentions = lambda mentions, articles, sentences: mentions  # type: ignore[assignment]
    quotes.extract_quotes = _replay("quotes")
    claims.extract_claims = _replay("claims")
