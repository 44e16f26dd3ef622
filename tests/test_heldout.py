"""The held-out evaluation runs end to end and scores every extractor (no accuracy thresholds here:
the numbers are reported by ``python bench/eval_heldout.py``)."""

from __future__ import annotations

import json
import sys
from pathlib import Path

import polars as pl
import pytest

from toolkit.validation import TASKS, evaluate_gold, read_gold

ROOT = Path(__file__).resolve().parents[1]
HELDOUT = ROOT / "tests" / "data" / "heldout"
GOLD = HELDOUT / "gold.jsonl"


@pytest.fixture(scope="module")
def result(tmp_path_factory: pytest.TempPathFactory) -> dict[str, pl.DataFrame]:
    return evaluate_gold(GOLD, tmp_path_factory.mktemp("heldout"), n_boot=0)


def test_gold_set_is_complete() -> None:
    gold = read_gold(GOLD)
    assert gold.articles.height == 10
    assert gold.units["article_id"].n_unique() == 10
    for task in ("mentions", "claims", "quotes"):
        rows = gold.table(task)
        assert rows.height > 0
        texts = dict(gold.articles.select("article_id", "text").iter_rows())
        col = "quote" if task == "quotes" else "surface"
        for aid, a, b, s in rows.select("article_id", "char_start", "char_end", col).iter_rows():
            assert texts[aid][a:b] == s
    assert gold.pairs.height > 0


def test_gold_file_is_rebuilt_identically(tmp_path: Path) -> None:
    sys.path.insert(0, str(HELDOUT))
    try:
        import build_gold  # type: ignore[import-not-found]
    finally:
        sys.path.remove(str(HELDOUT))
    out = build_gold.build(tmp_path / "gold.jsonl")
    fresh = [json.loads(line) for line in out.read_text(encoding="utf-8").splitlines()]
    stored = [json.loads(line) for line in GOLD.read_text(encoding="utf-8").splitlines()]
    assert fresh == stored


def test_evaluation_scores_all_four_extractors(result: dict[str, pl.DataFrame]) -> None:
    scores = result["scores"]
    assert set(scores["extractor"].unique().to_list()) == set(TASKS)
    for task in TASKS:
        span = scores.filter((pl.col("extractor") == task) & (pl.col("field") == "span"))
        assert span.height == 1
        assert span["n_gold"][0] > 0
        assert span["f1"][0] is not None
    matches = result["matches"]
    assert set(matches["extractor"].unique().to_list()) == set(TASKS)


def test_bench_script_prints_targets(capsys: pytest.CaptureFixture[str], tmp_path: Path) -> None:
    sys.path.insert(0, str(ROOT / "bench"))
    try:
        import eval_heldout  # type: ignore[import-not-found]
    finally:
        sys.path.remove(str(ROOT / "bench"))
    eval_heldout.main([str(tmp_path), "--n-boot", "0"])
    out = capsys.readouterr().out
    for name in ("mentions recall", "actor-pair F1", "claims value F1", "quotes found", "speaker acc."):
        assert name in out


LATER_SETS = sorted(p.name for p in (ROOT / "tests" / "data").glob("heldout[2-9]") if (p / "gold.jsonl").exists())


@pytest.mark.parametrize("name", LATER_SETS)
def test_later_gold_sets_are_rebuilt_identically(name: str, tmp_path: Path) -> None:
    folder = ROOT / "tests" / "data" / name
    sys.path.insert(0, str(folder))
    try:
        import importlib

        build_gold = importlib.import_module("build_gold")
        build_gold = importlib.reload(build_gold)  # one module name per set folder
    finally:
        sys.path.remove(str(folder))
    out = build_gold.build(tmp_path / "gold.jsonl")
    fresh = [json.loads(line) for line in out.read_text(encoding="utf-8").splitlines()]
    stored = [json.loads(line) for line in (folder / "gold.jsonl").read_text(encoding="utf-8").splitlines()]
    assert fresh == stored


@pytest.mark.parametrize("name", LATER_SETS)
def test_later_gold_sets_load_round_trip_and_are_scored(name: str, tmp_path: Path) -> None:
    gold_path = ROOT / "tests" / "data" / name / "gold.jsonl"
    gold = read_gold(gold_path)
    assert gold.articles.height >= 10
    assert gold.units["article_id"].n_unique() == gold.articles.height
    texts = dict(gold.articles.select("article_id", "text").iter_rows())
    for task in ("mentions", "claims", "quotes"):
        rows = gold.table(task)
        assert rows.height > 0
        col = "quote" if task == "quotes" else "surface"
        for aid, a, b, s in rows.select("article_id", "char_start", "char_end", col).iter_rows():
            assert texts[aid][a:b] == s
    scores = evaluate_gold(gold_path, tmp_path, n_boot=0)["scores"]
    for task in TASKS:
        span = scores.filter((pl.col("extractor") == task) & (pl.col("field") == "span"))
        assert span.height == 1
        assert span["n_gold"][0] > 0
        assert span["f1"][0] is not None
