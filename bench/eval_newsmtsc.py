"""Targeted vs sentence-level VADER tone on NewsMTSC (Hamborg & Donnay 2021), macro-F1 over neg/neu/pos.

Usage: python bench/eval_newsmtsc.py [--data DIR]
DIR holds dev_mt.jsonl, test_mt.jsonl, dev_rw.jsonl, test_rw.jsonl (not shipped; MIT; see
``bench/benchdata.py`` for where else they are looked for and where they come from).

Each target (a person mention in a news sentence) is scored by ``toolkit.score_targeted_sentiment``
with ``window="sentence"`` (the baseline: VADER on the whole sentence), ``"weighted"`` (the
default: word valences weighted by closeness to the mention; its decay/other_clause/before
defaults were picked by the mean dev macro-F1 of dev_mt and dev_rw over a small grid),
``"clause"`` and ``"words"`` (two sizes). A compound score becomes a label with two thresholds
(negative if compound < lo, positive if compound > hi, else neutral), chosen per method on the
matching dev split (dev_mt for test_mt, dev_rw for test_rw) by maximising dev macro-F1 over a
grid; the test splits are scored once with those thresholds. VADER's own default thresholds
(±0.05) are shown too.
"""

from __future__ import annotations

import argparse
import json
import sys
from pathlib import Path

import numpy as np
import polars as pl

sys.path.insert(0, str(Path(__file__).resolve().parent))
from benchdata import locate  # noqa: E402

from toolkit.measure.sentiment import score_targeted_sentiment  # noqa: E402

LABEL = {2.0: 0, 4.0: 1, 6.0: 2}  # negative, neutral, positive
METHODS = [("sentence", 0), ("weighted", 0), ("clause", 0), ("words", 5), ("words", 8)]
GRID = np.round(np.arange(-0.6, 0.61, 0.05), 2)


def read_split(path: Path) -> tuple[pl.DataFrame, pl.DataFrame, np.ndarray]:
    """(sentences, mentions, gold labels) frames for one NewsMTSC jsonl file."""
    sents, ments, gold = [], [], []
    for line in path.read_text(encoding="utf-8").splitlines():
        d = json.loads(line)
        aid, text = d["primary_gid"], d["sentence_normalized"]
        sents.append({"article_id": aid, "sentence_id": 0, "char_start": 0, "char_end": len(text), "text": text})
        for t in d["targets"]:
            ments.append({"article_id": aid, "sentence_id": 0, "char_start": t["from"], "char_end": t["to"],
                          "surface": t["mention"], "actor_id": t["Input.gid"], "actor_label": t["mention"]})  # fmt: skip
            gold.append(LABEL[t["polarity"]])
    s = pl.DataFrame(sents).with_columns(pl.col("sentence_id").cast(pl.Int32))
    m = pl.DataFrame(ments).with_columns(pl.col("sentence_id").cast(pl.Int32))
    return s, m, np.array(gold)


def macro_f1(gold: np.ndarray, pred: np.ndarray) -> float:
    f1s = []
    for c in (0, 1, 2):
        tp = np.sum((pred == c) & (gold == c))
        p = tp / max(1, np.sum(pred == c))
        r = tp / max(1, np.sum(gold == c))
        f1s.append(0.0 if p + r == 0 else 2 * p * r / (p + r))
    return float(np.mean(f1s))


def label(comp: np.ndarray, lo: float, hi: float) -> np.ndarray:
    return np.where(comp < lo, 0, np.where(comp > hi, 2, 1))


def scores(sents: pl.DataFrame, ments: pl.DataFrame, window: str, size: int) -> np.ndarray:
    out = score_targeted_sentiment(sents, ments, window=window, size=size)  # type: ignore[arg-type]
    assert out.height == ments.height
    return out["compound"].to_numpy()


def tune(comp: np.ndarray, gold: np.ndarray) -> tuple[float, float, float]:
    best = (-1.0, -0.05, 0.05)
    for lo in GRID:
        for hi in GRID[GRID >= lo]:
            f = macro_f1(gold, label(comp, lo, hi))
            if f > best[0]:
                best = (f, float(lo), float(hi))
    return best


def main(root: Path) -> int:
    print(f"NewsMTSC from {root}; macro-F1 (neg/neu/pos), thresholds tuned on dev_*, reported on test_*")
    print(f"{'set':8} {'method':12} {'dev F1':>7} {'lo':>6} {'hi':>6} {'test F1':>8} {'test acc':>9} {'test F1 @±0.05':>15}")
    results: dict[tuple[str, str], float] = {}
    for split in ("mt", "rw"):
        dev = read_split(root / f"dev_{split}.jsonl")
        test = read_split(root / f"test_{split}.jsonl")
        for window, size in METHODS:
            name = window if window != "words" else f"words±{size}"
            f_dev, lo, hi = tune(scores(dev[0], dev[1], window, size), dev[2])
            comp = scores(test[0], test[1], window, size)
            pred = label(comp, lo, hi)
            f_test = macro_f1(test[2], pred)
            acc = float(np.mean(pred == test[2]))
            f_default = macro_f1(test[2], label(comp, -0.05, 0.05))
            results[(split, name)] = f_test
            print(f"{split:8} {name:12} {f_dev:7.3f} {lo:6.2f} {hi:6.2f} {f_test:8.3f} {acc:9.3f} {f_default:15.3f}")
    ok = all(results[(s, "weighted")] > results[(s, "sentence")] for s in ("mt", "rw"))
    print("targeted (weighted, the default) beats sentence-level on both test sets:", ok)
    return 0


if __name__ == "__main__":
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("data", nargs="?", type=Path, default=None, help=argparse.SUPPRESS)  # the old positional path
    ap.add_argument("--data", dest="data_opt", type=Path, default=None, help="folder holding the NewsMTSC splits")
    a = ap.parse_args()
    sys.exit(main(locate("newsmtsc", a.data_opt or a.data, script="eval_newsmtsc")))  # type: ignore[arg-type]
