"""bench/agreement_heldout.py: two annotations of the same articles scored against each other by the headline
measures (the human ceiling of each measure), on an in-sample gold set (development set D)."""

from __future__ import annotations

import json
import sys
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[1]
GOLD = ROOT / "tests" / "data" / "devD" / "gold.jsonl"


@pytest.fixture(scope="module")
def bench_module():
    sys.path.insert(0, str(ROOT / "bench"))
    try:
        import agreement_heldout
    finally:
        sys.path.remove(str(ROOT / "bench"))
    return agreement_heldout


def _second(tmp_path: Path, n_articles: int, drop_mentions: int) -> tuple[Path, int]:
    recs = [json.loads(line) for line in GOLD.read_text(encoding="utf-8").splitlines()]
    arts = [r["article_id"] for r in recs if r["record"] == "article"][:n_articles]
    out, dropped, n_ment = [], 0, 0
    for r in recs:
        if r["article_id"] not in arts:
            continue
        if "annotator" in r:
            r = {**r, "annotator": "second"}
        if r["record"] == "mentions":
            n_ment += 1
            if dropped < drop_mentions and not r.get("is_place"):  # actor uses, so pairs change too
                dropped += 1
                continue
        out.append(r)
    path = tmp_path / "second.jsonl"
    path.write_text("".join(json.dumps(r) + "\n" for r in out), encoding="utf-8")
    return path, n_ment


def _value(long, pairing: str, key: str) -> float | None:
    row = long.filter((long["pairing"] == pairing) & (long["key"] == key))
    return row["overlap"][0]


def test_identical_annotations_agree_fully(bench_module, tmp_path):
    second, _ = _second(tmp_path, 3, 0)
    long, alpha = bench_module.compare(GOLD, [second], toolkit=False)
    for key in ("mentions_actor", "pairs_f1", "claims_value_f1", "quotes_found", "speaker"):
        assert _value(long, "second vs ref", key) == 1.0, key
    actor = alpha.filter((alpha["extractor"] == "mentions") & (alpha["field"] == "actor"))
    assert actor["observed_agreement"][0] == 1.0


def test_missing_mentions_lower_recall_one_way_only(bench_module, tmp_path):
    second, n_ment = _second(tmp_path, 3, 40)
    long, _ = bench_module.compare(GOLD, [second], toolkit=False)
    assert _value(long, "second vs ref", "mentions_span") == pytest.approx((n_ment - 40) / n_ment)
    assert _value(long, "ref vs second", "mentions_span") == 1.0
    assert _value(long, "second vs ref", "pairs_f1") < 1.0


def test_articles_not_in_the_reference_are_skipped_and_none_shared_stops(bench_module, tmp_path, capsys):
    second, _ = _second(tmp_path, 2, 0)
    recs = [json.loads(line) for line in second.read_text(encoding="utf-8").splitlines()]
    first = recs[0]["article_id"]
    moved = [{**r, "article_id": "x" + r["article_id"]} if r["article_id"] == first else r for r in recs]
    second.write_text("".join(json.dumps(r) + "\n" for r in moved), encoding="utf-8")
    long, _ = bench_module.compare(GOLD, [second], toolkit=False)
    assert "1 article(s)" in capsys.readouterr().err
    assert _value(long, "second vs ref", "mentions_actor") == 1.0  # the shared article only
    only = tmp_path / "only.jsonl"
    only.write_text(
        "".join(json.dumps(r) + "\n" for r in moved if r["article_id"] == "x" + first), encoding="utf-8"
    )
    with pytest.raises(SystemExit, match="no article"):
        bench_module.compare(GOLD, [only], toolkit=False)


def test_a_second_annotation_in_halves_is_scored_whole(bench_module, tmp_path):
    """Halves with their own annotator ids count together (not the first half only)."""
    whole, n_ment = _second(tmp_path, 4, 6)  # six mentions missing, all in the first article
    recs = [json.loads(line) for line in whole.read_text(encoding="utf-8").splitlines()]
    arts = [r["article_id"] for r in recs if r["record"] == "article"]
    halves = []
    for i, part in enumerate((arts[:2], arts[2:])):
        path = tmp_path / f"half{i}.jsonl"
        rows = [
            {**r, "annotator": f"half{i}"} if "annotator" in r else r for r in recs if r["article_id"] in part
        ]
        path.write_text("".join(json.dumps(r) + "\n" for r in rows), encoding="utf-8")
        halves.append(path)
    long, _ = bench_module.compare(GOLD, halves, toolkit=False)
    assert _value(long, "second vs ref", "mentions_span") == pytest.approx((n_ment - 6) / n_ment)
    split, _ = bench_module.compare(GOLD, [whole], toolkit=False)
    assert _value(long, "ref vs second", "pairs_f1") == _value(split, "ref vs second", "pairs_f1")


def test_a_reference_in_halves_is_scored_whole(bench_module, tmp_path):
    """A reference whose halves carry their own annotator ids counts whole, like the second annotation."""
    second, n_ment = _second(tmp_path, 4, 6)
    recs = [json.loads(line) for line in GOLD.read_text(encoding="utf-8").splitlines()]
    arts = [r["article_id"] for r in recs if r["record"] == "article"]
    ref = tmp_path / "ref_halves.jsonl"
    rows = [
        {**r, "annotator": "h0" if r["article_id"] in arts[:2] else "h1"} if "annotator" in r else r
        for r in recs
    ]
    ref.write_text("".join(json.dumps(r) + "\n" for r in rows), encoding="utf-8")
    long, _ = bench_module.compare(ref, [second], toolkit=False)
    assert _value(long, "second vs ref", "mentions_span") == pytest.approx((n_ment - 6) / n_ment)
