"""The held-out evaluation runs end to end, scores every extractor, and stays above each set's first run.

Accuracy floors: for each held-out set, the headline measures of its **first run** (the toolkit of the
commit that added the set, scored by today's scorer: ``bench/eval_first_run.py``, figures in
docs/accuracy.md) minus :data:`MARGIN`. Today's code has been changed on every set, so it should be above
them; falling below means a change made the toolkit worse than it was before it ever saw the set."""

from __future__ import annotations

import json
import sys
from pathlib import Path

import polars as pl
import pytest

from toolkit.run.pipeline import analyze_articles
from toolkit.validate import TASKS, evaluate_gold, read_gold

ROOT = Path(__file__).resolve().parents[1]
HELDOUT = ROOT / "tests" / "data" / "heldout"
GOLD = HELDOUT / "gold.jsonl"


sys.path.insert(0, str(ROOT / "bench"))
try:
    import eval_heldout  # type: ignore[import-not-found]
finally:
    sys.path.remove(str(ROOT / "bench"))

SETS = ("heldout", "heldout2", "heldout3", "heldout4", "heldout5", "heldout6", "heldout7", "heldout8", "heldout9", "heldout10", "heldout11", "devD", "devE", "devF")
MARGIN = 0.03
# First runs (spans matched by overlap, gold new: ids aligned, today's scorer), from
#   git worktree add /tmp/wt-<commit> <commit>
#   python bench/eval_first_run.py /tmp/wt-<commit> --gold tests/data/<set>/gold.jsonl
# Set 2's first run is df1ad7c, on the gold of that commit (ef66db7 removed its dateline mentions 84 s later);
# set 4's is 267233a, before 1876855 added dictionary entries for names only set 4 holds.
# Sets 5 and 6 (real Wikinews articles, general news, annotated blind) were each scored once before they were
# committed, kept outside the repository until then: set 5 with the toolkit at 9f11679, set 6 at 4fa9ee1 (tables
# identical to 30ee508's: bench/check_identical.py), set 7 at d022c2e, set 8 at 1951d07, set 9 at d98ab6c, set 10 at fee9c90, by the command above with --gold pointing
# outside the repository. Values scored before the scorer's parent alignment (a39fc52), which raises sets 6, 7 and 9
# a little and leaves the others unchanged, so those floors are that much looser.
FIRST_RUN: dict[str, tuple[str, dict[str, float]]] = {
    "heldout": ("0aaddf3", {"mentions_actor": 0.850, "pairs_f1": 0.824, "claims_value_f1": 0.926,
                            "quotes_found": 1.000, "speaker": 0.818, "claims_source": 0.727}),
    "heldout2": ("df1ad7c", {"mentions_actor": 0.878, "pairs_f1": 0.746, "claims_value_f1": 0.899,
                             "quotes_found": 1.000, "speaker": 0.889, "claims_source": 0.772}),
    "heldout3": ("8df0530", {"mentions_actor": 0.894, "pairs_f1": 0.807, "claims_value_f1": 0.925,
                             "quotes_found": 1.000, "speaker": 0.887, "claims_source": 0.907}),
    "heldout4": ("267233a", {"mentions_actor": 0.801, "pairs_f1": 0.698, "claims_value_f1": 0.928,
                             "quotes_found": 1.000, "speaker": 0.835, "claims_source": 0.729}),
    "heldout5": ("9f11679", {"mentions_actor": 0.693, "pairs_f1": 0.521, "claims_value_f1": 0.822,
                             "quotes_found": 1.000, "speaker": 0.837, "claims_source": 0.942}),
    "heldout6": ("4fa9ee1", {"mentions_actor": 0.769, "pairs_f1": 0.586, "claims_value_f1": 0.780,
                             "quotes_found": 1.000, "speaker": 0.756, "claims_source": 0.792}),
    "heldout7": ("d022c2e", {"mentions_actor": 0.781, "pairs_f1": 0.586, "claims_value_f1": 0.853,
                             "quotes_found": 1.000, "speaker": 0.825, "claims_source": 0.758}),
    # set 8 (held out) and the development sets D and E (in-sample: texts from the part rule writers read), scored
    # at the session's start, 1951d07, before any rule of that session; D and E are floors, not estimates
    "heldout8": ("1951d07", {"mentions_actor": 0.802, "pairs_f1": 0.601, "claims_value_f1": 0.789,
                             "quotes_found": 1.000, "speaker": 0.766, "claims_source": 0.957}),
    # set 9 (held out; 13 articles), scored at the start of the session that added it, d98ab6c, before any rule of it
    "heldout9": ("d98ab6c", {"mentions_actor": 0.864, "pairs_f1": 0.622, "claims_value_f1": 0.893,
                             "quotes_found": 1.000, "speaker": 0.884, "claims_source": 0.863}),
    # set 10 (held out; 14 articles, 6 of them interviews), scored at the start of the session that added it, fee9c90
    "heldout10": ("fee9c90", {"mentions_actor": 0.772, "pairs_f1": 0.559, "claims_value_f1": 0.832,
                              "quotes_found": 1.000, "speaker": 0.778, "claims_source": 0.944}),
    # set 11 (held out; 14 Wikinews articles of 2006-2018 from the GUM corpus), scored at the start of the session
    # that added it, 4bde093, before any rule of it
    "heldout11": ("4bde093", {"mentions_actor": 0.812, "pairs_f1": 0.690, "claims_value_f1": 0.773,
                              "quotes_found": 0.891, "speaker": 0.829, "claims_source": 0.880}),
    "devD": ("1951d07", {"mentions_actor": 0.853, "pairs_f1": 0.422, "claims_value_f1": 0.889,
                         "quotes_found": 1.000, "speaker": 0.805, "claims_source": 0.853}),
    "devE": ("1951d07", {"mentions_actor": 0.828, "pairs_f1": 0.532, "claims_value_f1": 0.964,
                         "quotes_found": 1.000, "speaker": 0.897, "claims_source": 0.840}),
    # development set F (10 Wikinews articles of 2006-2023 from the GUM corpus, annotated blind in the seventh
    # session for the rule writers' error analysis: in-sample), scored before any rule read it, with the toolkit at
    # 4bde093 (the session's start; the tables at the commit that added it are identical: bench/check_identical.py)
    "devF": ("4bde093", {"mentions_actor": 0.820, "pairs_f1": 0.516, "claims_value_f1": 0.845,
                         "quotes_found": 0.940, "speaker": 0.726, "claims_source": 0.753}),
}  # fmt: skip
# Measures first scored after their set's first run (the set's gold gained what they need later): (set, measure)
# -> (commit, first run of that measure), scored by today's scorer; floor = first run - MARGIN as above.
# Set 5's place ids (gold `place_id`, the annotator's GeoNames ids; "places resolved to the right GeoNames place":
# among gold place mentions with an id matched by a predicted mention, the share with the same place_id) were first
# scored on 2026-12-07 with the toolkit at de8227d (48 of 54, 0.889 [0.82, 0.96]):
#   .venv/bin/python bench/eval_heldout.py /tmp/ev5_places --gold tests/data/heldout5/gold.jsonl
LATER_FIRST_RUNS: dict[tuple[str, str], tuple[str, float]] = {
    ("heldout5", "places_resolved"): ("de8227d", 0.889),
    ("heldout6", "places_resolved"): ("4fa9ee1", 0.844),  # first run, with the set's other measures
    ("heldout7", "places_resolved"): ("d022c2e", 0.914),  # first run, with the set's other measures
    ("heldout8", "places_resolved"): ("1951d07", 0.846),  # first run, with the set's other measures
    ("heldout9", "places_resolved"): ("d98ab6c", 0.780),  # first run, with the set's other measures
    ("heldout10", "places_resolved"): ("fee9c90", 0.948),  # first run, with the set's other measures
    ("heldout11", "places_resolved"): ("4bde093", 0.909),  # first run, with the set's other measures
    ("devD", "places_resolved"): ("1951d07", 0.838),
    ("devE", "places_resolved"): ("1951d07", 0.884),
    ("devF", "places_resolved"): ("4bde093", 0.825),
}
# a floor today's code does not reach: (set, measure) -> reason (xfail, strict)
# (set 8's places fell below its floor in the fifth session and rose above it again with the seventh session's place
# rule "a region named after a city is the city's region", written from development set F: no entry now)
BELOW_FIRST_RUN: dict[tuple[str, str], str] = {}


class _Evaluations(dict[str, dict[str, pl.DataFrame]]):
    """Set name -> ``evaluate_gold``'s tables for it: each set analysed and scored once (n_boot=0), on first use."""

    def __init__(self, factory: pytest.TempPathFactory) -> None:
        super().__init__()
        self.factory = factory

    def __missing__(self, name: str) -> dict[str, pl.DataFrame]:
        gold = ROOT / "tests" / "data" / name / "gold.jsonl"
        tables = analyze_articles(read_gold(gold).articles, progress=False).tables
        self[name] = evaluate_gold(gold, self.factory.mktemp(name), corpus=tables, n_boot=0)
        return self[name]


@pytest.fixture(scope="module")
def evaluated(tmp_path_factory: pytest.TempPathFactory) -> dict[str, dict[str, pl.DataFrame]]:
    return _Evaluations(tmp_path_factory)


@pytest.fixture(scope="module")
def result(evaluated: dict[str, dict[str, pl.DataFrame]]) -> dict[str, pl.DataFrame]:
    return evaluated["heldout"]


def _floor_cases() -> list[object]:
    runs = [(name, key, commit, first) for name, (commit, firsts) in FIRST_RUN.items() for key, first in firsts.items()]
    runs += [(name, key, commit, first) for (name, key), (commit, first) in LATER_FIRST_RUNS.items()]
    cases = []
    for name, key, commit, first in runs:
        reason = BELOW_FIRST_RUN.get((name, key))
        marks = [pytest.mark.xfail(strict=True, reason=reason)] if reason else []
        cases.append(pytest.param(name, key, commit, first, id=f"{name}-{key}", marks=marks))
    return cases


@pytest.mark.parametrize(("name", "key", "commit", "first"), _floor_cases())
def test_accuracy_stays_above_the_first_run(
    evaluated: dict[str, dict[str, pl.DataFrame]], name: str, key: str, commit: str, first: float
) -> None:
    res = evaluated[name]
    value, note = eval_heldout.measures(res["scores"], res["matches"])[key]
    assert value is not None, f"{name} {key}: no value ({note})"
    assert value >= first - MARGIN, (
        f"{name} {key} = {value:.3f} ({note}), below its first run {first:.3f} (toolkit at {commit}) "
        f"minus {MARGIN}: a regression"
    )


def test_every_set_has_floors() -> None:
    folders = [*(ROOT / "tests" / "data").glob("heldout*"), *(ROOT / "tests" / "data").glob("dev*")]
    assert set(FIRST_RUN) == set(SETS) == {p.name for p in folders}
    for _commit, firsts in FIRST_RUN.values():
        assert set(firsts) == {"mentions_actor", "pairs_f1", "claims_value_f1", "quotes_found", "speaker", "claims_source"}
    keys = {key for key, _, _ in eval_heldout.MEASURES}
    for name, key in LATER_FIRST_RUNS:
        assert name in SETS and key in keys and key not in FIRST_RUN[name][1]


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
    eval_heldout.main([str(tmp_path), "--n-boot", "0"])
    out = capsys.readouterr().out
    for name in ("mentions found, right actor", "mentions found, any actor", "actor pairs", "right value, F1",
                 "quotes found", "gold speaker given the right one", "right GeoNames place", "overlap", "exact"):
        assert name in out


LATER_SETS = sorted(
    p.name for p in (ROOT / "tests" / "data").glob("*") if p.name in SETS and p.name != "heldout" and (p / "gold.jsonl").exists()
)


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
def test_later_gold_sets_load_round_trip_and_are_scored(name: str, evaluated: dict[str, dict[str, pl.DataFrame]]) -> None:
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
    scores = evaluated[name]["scores"]
    for task in TASKS:
        span = scores.filter((pl.col("extractor") == task) & (pl.col("field") == "span"))
        assert span.height == 1
        assert span["n_gold"][0] > 0
        assert span["f1"][0] is not None


def test_bench_skips_the_same_held_out_sets_as_the_tests() -> None:
    sys.path.insert(0, str(ROOT / "tests"))
    sys.path.insert(0, str(ROOT / "bench"))
    try:
        import check_identical  # type: ignore[import-not-found]
        import heldout_sets  # type: ignore[import-not-found]
    finally:
        sys.path.remove(str(ROOT / "bench"))
        sys.path.remove(str(ROOT / "tests"))
    assert check_identical.HELD_OUT == heldout_sets.HELD_OUT
    assert all((ROOT / "tests" / "data" / name).is_dir() for name in heldout_sets.HELD_OUT)
