"""The benchmark's floor hook (``bench_pipeline.py --floor``) measures the run without its rule stages only
if it gives every later stage the very tables the rules made, in the main process and in pool workers."""

from __future__ import annotations

import json
import os
import subprocess
import sys
from pathlib import Path

import polars as pl

from toolkit.core.schema import TABLES

HOOK = Path(__file__).parents[1] / "bench" / "floor_hook"
STORIES = [
    "Israel said on Friday that Hamas had rejected the proposal, Netanyahu told Blinken in Cairo.",
    "“We will keep pushing,” Blinken said, after at least 12 people were killed in Rafah.",
    "Russia launched 40 drones at Kyiv overnight, Ukraine’s air force said.",
    "Qatar and Egypt said talks would resume. Hamas said it had received about 2,000 tonnes of aid.",
]


def _analyze(src: Path, out: Path, replay: Path | None = None, workers: int = 1) -> None:
    env = {k: v for k, v in os.environ.items() if k not in ("TOOLKIT_BENCH_REPLAY", "PYTHONPATH")}
    if replay is not None:
        env.update(TOOLKIT_BENCH_REPLAY=str(replay), PYTHONPATH=str(HOOK))
    cmd = [sys.executable, "-m", "toolkit", "analyze", str(src), "--out", str(out), "--no-progress", "-q",
           "--workers", str(workers), "--batch-size", "2"]  # fmt: skip
    subprocess.run(cmd, env=env, check=True, capture_output=True, text=True)


def test_floor_run_equals_the_full_run_and_uses_the_replayed_tables(tmp_path):
    src = tmp_path / "c.jsonl"
    src.write_text("\n".join(json.dumps({"text": t}) for t in STORIES), encoding="utf-8")
    _analyze(src, tmp_path / "full")
    _analyze(src, tmp_path / "floor", replay=tmp_path / "full", workers=2)
    for name in TABLES:
        floor, full = (pl.read_parquet(tmp_path / run / f"{name}.parquet") for run in ("floor", "full"))
        assert floor.equals(full), name
    # the rule stages are looked up, not run: a mention left out of the replayed table is missing downstream
    replay = tmp_path / "replay"
    replay.mkdir()
    for name in ("mentions", "quotes", "claims"):
        df = pl.read_parquet(tmp_path / "full" / f"{name}.parquet")
        (df.filter(pl.col("actor_id") != "EGY") if name == "mentions" else df).write_parquet(replay / f"{name}.parquet")
    _analyze(src, tmp_path / "cut", replay=replay, workers=1)
    full = pl.read_parquet(tmp_path / "full" / "mentions.parquet")
    cut = pl.read_parquet(tmp_path / "cut" / "mentions.parquet")
    assert "EGY" in full["actor_id"].to_list() and "EGY" not in cut["actor_id"].to_list()
    assert cut.height == full.height - full.filter(pl.col("actor_id") == "EGY").height
    pairs = pl.read_parquet(tmp_path / "cut" / "cooc_pairs.parquet")
    assert "EGY" not in pairs["actor_a"].to_list() + pairs["actor_b"].to_list()


def test_the_default_benchmark_corpus_has_distinct_sentences(tmp_path):
    """bench/corpus.py's default (``news``) corpus recombines clauses: at least 98% of the sentences of 500
    articles are distinct (the earlier whole-sentence templates, kept as ``kind="templates"``, repeat far more)."""
    sys.path.insert(0, str(HOOK.parent))
    try:
        from corpus import distinct_sentence_share, write_corpus
    finally:
        sys.path.remove(str(HOOK.parent))
    news = write_corpus(500, tmp_path / "news.jsonl", seed=3)
    assert distinct_sentence_share(news) >= 0.98
    old = write_corpus(100, tmp_path / "old.jsonl", seed=3, kind="templates")
    assert distinct_sentence_share(old) < 0.9
