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

Then the targeted tone model (:func:`toolkit.score_target_tone`, trained on train.jsonl by
``bench/train_tone.py``, settings chosen on dev_*) is scored on both test splits, with a percentile
bootstrap interval of macro-F1 (targets resampled, ``--n-boot`` times, seed 0) beside the same
interval for the two VADER baselines, its confusion matrix, a reliability table (predicted
probability of each class in bins vs how often that class is the gold one) and its speed.
``--model-only`` skips the VADER grid.
"""

from __future__ import annotations

import argparse
import json
import os
import sys
import time
from pathlib import Path

import numpy as np
import polars as pl

sys.path.insert(0, str(Path(__file__).resolve().parent))
from benchdata import locate  # noqa: E402

from toolkit.measure.sentiment import score_targeted_sentiment  # noqa: E402
from toolkit.measure.tone import CLASSES, load_model, score_target_tone  # noqa: E402

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


def boot_f1(gold: np.ndarray, pred: np.ndarray, n_boot: int, level: float = 0.95) -> tuple[float, float]:
    """Percentile bootstrap interval of macro-F1, resampling targets (seed 0)."""
    rng = np.random.default_rng(0)
    idx = rng.integers(0, len(gold), size=(n_boot, len(gold)))
    f = np.array([macro_f1(gold[i], pred[i]) for i in idx])
    lo, hi = np.quantile(f, [(1 - level) / 2, (1 + level) / 2])
    return float(lo), float(hi)


def model_report(root: Path, n_boot: int) -> dict[str, float]:
    """The tone model on test_rw and test_mt beside the VADER baselines (thresholds tuned on the dev split)."""
    out: dict[str, float] = {}
    bins = np.array([0.0, 0.2, 0.4, 0.6, 0.8, 1.0001])
    for split in ("rw", "mt"):
        dev, test = read_split(root / f"dev_{split}.jsonl"), read_split(root / f"test_{split}.jsonl")
        frame = test[1].join(test[0].select("article_id", "text"), on="article_id", how="left", maintain_order="left")
        gold = test[2]
        print(f"\n== test_{split}: {len(gold)} targets (gold neg/neu/pos: {np.bincount(gold, minlength=3).tolist()})")
        for window in ("weighted", "sentence"):
            _, lo, hi = tune(scores(dev[0], dev[1], window, 0), dev[2])
            pred = label(scores(test[0], test[1], window, 0), lo, hi)
            a, b = boot_f1(gold, pred, n_boot)
            print(f"VADER {window:9} macro-F1 {macro_f1(gold, pred):.3f} [{a:.3f}, {b:.3f}]  accuracy {np.mean(pred == gold):.3f}")
        scored = score_target_tone(frame)
        p = scored.select("p_negative", "p_neutral", "p_positive").to_numpy()
        pred = np.array([CLASSES.index(t) for t in scored["tone"].to_list()])
        f = macro_f1(gold, pred)
        a, b = boot_f1(gold, pred, n_boot)
        out[split] = f
        print(f"tone model      macro-F1 {f:.3f} [{a:.3f}, {b:.3f}]  accuracy {np.mean(pred == gold):.3f}")
        cm = np.zeros((3, 3), dtype=int)
        np.add.at(cm, (gold, pred), 1)
        print("confusion (rows gold, columns predicted; neg/neu/pos):", cm.tolist())
        print("reliability: bin of predicted probability -> n, mean predicted, observed frequency (all three classes pooled)")
        pp, hit = p.ravel(), (gold[:, None] == np.arange(3)[None, :]).ravel()
        for k in range(len(bins) - 1):
            sel = (pp >= bins[k]) & (pp < bins[k + 1])
            if sel.any():
                print(f"  [{bins[k]:.1f}, {min(1.0, bins[k + 1]):.1f}): n={int(sel.sum()):5}  predicted {pp[sel].mean():.3f}  observed {hit[sel].mean():.3f}")
    big = pl.concat([frame] * max(1, 40_000 // frame.height))
    load_model()
    t = time.process_time()
    score_target_tone(big)
    dt = time.process_time() - t
    print(f"\nspeed: {big.height} targets in {dt:.2f} s CPU = {big.height / dt:,.0f} targets/s (POLARS_MAX_THREADS={os.environ.get('POLARS_MAX_THREADS', 'all')})")
    return out


def main(root: Path, n_boot: int = 1000, model_only: bool = False) -> int:
    if model_only:
        model_report(root, n_boot)
        return 0
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
    model_report(root, n_boot)
    return 0


if __name__ == "__main__":
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("data", nargs="?", type=Path, default=None, help=argparse.SUPPRESS)  # the old positional path
    ap.add_argument("--data", dest="data_opt", type=Path, default=None, help="folder holding the NewsMTSC splits")
    ap.add_argument("--n-boot", type=int, default=1000, help="bootstrap resamples for the macro-F1 intervals")
    ap.add_argument("--model-only", action="store_true", help="score only the tone model and the two VADER baselines")
    a = ap.parse_args()
    root = locate("newsmtsc", a.data_opt or a.data, script="eval_newsmtsc")
    sys.exit(main(root, a.n_boot, a.model_only))  # type: ignore[arg-type]
