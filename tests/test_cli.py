"""The command line as the README gives it: python -m toolkit analyze PATH... --out DIR."""

from __future__ import annotations

import subprocess
import sys
from pathlib import Path

import polars as pl

from toolkit.cli import main
from toolkit.core.schema import TABLES

ROOT = Path(__file__).resolve().parents[1]


def test_analyze_seeds_writes_every_table(tmp_path, capsys):
    assert main(["analyze", str(ROOT / "seeds"), "--out", str(tmp_path), "--no-progress"]) == 0
    out = capsys.readouterr().out
    assert "1 article(s)" in out and "33 sentences" in out and str(tmp_path) in out
    for t in TABLES:
        assert (tmp_path / f"{t}.parquet").exists(), t
    arts = pl.read_parquet(tmp_path / "articles.parquet")
    assert arts.select("outlet", "language", "signoff").row(0) == ("AFP", "en", "burs-jxb/ami")
    assert str(arts["published"][0]) == "2024-03-22"


def test_bad_file_one_line_no_traceback(tmp_path):
    bad = tmp_path / "broken.txt"
    bad.write_bytes(bytes(range(256)) * 8)
    proc = subprocess.run(
        [sys.executable, "-m", "toolkit", "analyze", str(bad), "--out", str(tmp_path / "o")],
        capture_output=True, text=True, cwd=ROOT,
    )  # fmt: skip
    assert proc.returncode == 2
    assert proc.stderr.strip().count("\n") == 0
    assert proc.stderr.startswith(f"toolkit: error: {bad}: binary file")
    assert "Traceback" not in proc.stderr


def test_skip_mode_and_csv_format(tmp_path, capsys):
    (tmp_path / "in").mkdir()
    (tmp_path / "in" / "good.txt").write_text("Kyiv was hit overnight.", encoding="utf-8")
    (tmp_path / "in" / "empty.txt").write_text("", encoding="utf-8")
    code = main(["analyze", str(tmp_path / "in"), "--out", str(tmp_path / "o"), "--on-error", "skip", "--format", "csv", "-q"])
    assert code == 0 and capsys.readouterr().out == ""
    rep = pl.read_csv(tmp_path / "o" / "load_report.csv")
    assert sorted(rep["status"].to_list()) == ["loaded", "skipped"]


def test_help_explains_every_option():
    proc = subprocess.run([sys.executable, "-m", "toolkit", "analyze", "--help"], capture_output=True, text=True, cwd=ROOT)
    assert proc.returncode == 0
    for opt in ("--out", "--format", "--on-error", "--text-column", "--dictionary", "--lexicon", "--no-progress", "--quiet"):
        assert opt in proc.stdout


def test_evaluate_command_writes_scores_and_model_card(tmp_path, capsys):
    gold = ROOT / "tests" / "data" / "gold" / "gold.jsonl"
    assert main(["evaluate", str(gold), "--out", str(tmp_path), "--n-boot", "50"]) == 0
    assert "score rows written" in capsys.readouterr().out
    for name in ("scores.csv", "agreement.csv", "matches.csv", "model_card.md", "scores_chart.html"):
        assert (tmp_path / name).exists(), name
    scores = pl.read_csv(tmp_path / "scores.csv")
    assert {"precision", "recall", "f1"} <= set(scores.columns)
    assert main(["evaluate", str(tmp_path / "missing.jsonl"), "--out", str(tmp_path / "x")]) == 2


def test_report_and_evaluate_help():
    for cmd, opts in (("report", ("--out", "--on-error", "--notebooks", "--screenshots", "--timeout")),
                      ("evaluate", ("--out", "--corpus", "--match", "--n-boot", "--seed", "--cluster", "--format"))):  # fmt: skip
        proc = subprocess.run([sys.executable, "-m", "toolkit", cmd, "--help"], capture_output=True, text=True, cwd=ROOT)
        assert proc.returncode == 0
        for opt in opts:
            assert opt in proc.stdout, (cmd, opt)


def test_workers_option_auto_by_default(tmp_path):
    import json

    import pytest

    assert main(["analyze", str(ROOT / "seeds"), "--out", str(tmp_path), "-q"]) == 0
    assert json.loads((tmp_path / "run.json").read_text())["workers"] == 1  # one article: no pool
    with pytest.raises(SystemExit) as exc:
        main(["analyze", str(ROOT / "seeds"), "--out", str(tmp_path), "--workers", "two"])
    assert exc.value.code == 2


def test_out_naming_a_file_is_a_clear_error_not_errno(tmp_path, capsys):
    taken = tmp_path / "results"
    taken.write_text("keep me", encoding="utf-8")
    for command in (["analyze", str(ROOT / "seeds")], ["report", str(ROOT / "seeds")]):
        assert main([*command, "--out", str(taken)]) == 2
        err = capsys.readouterr().err
        assert err.strip() == f"toolkit: error: --out {taken} is a file; give a folder (it is made if missing)"
        assert "Errno" not in err
    assert taken.read_text(encoding="utf-8") == "keep me"  # nothing lost


def test_no_tone_model_option(tmp_path, capsys):
    assert main(["analyze", str(ROOT / "seeds"), "--out", str(tmp_path), "--no-progress", "--no-tone-model"]) == 0
    assert "tone model off (actor_sentiment: vader rows only)" in capsys.readouterr().out
    assert set(pl.read_parquet(tmp_path / "actor_sentiment.parquet")["measure"]) == {"vader"}
    mentions = pl.read_parquet(tmp_path / "mentions.parquet")
    assert mentions.height > 0 and mentions["tone_score"].null_count() == mentions.height  # no mention scored
