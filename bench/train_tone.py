"""Train the targeted tone model (toolkit/data/tone_model.json) on NewsMTSC's training split.

Usage:
  python bench/train_tone.py --search          # dev macro-F1 of a small grid of settings (dev_mt + dev_rw)
  python bench/train_tone.py --out toolkit/data/tone_model.json [--C 0.5 --min-df 2 --balanced]

NewsMTSC (Hamborg & Donnay 2021, MIT; see ``bench/benchdata.py`` for where the splits are looked for):
train.jsonl only is used to fit; settings are chosen on dev_mt/dev_rw (mean macro-F1); the test splits
are never read here (``bench/eval_newsmtsc.py`` scores them). Features: :func:`toolkit.measure.tone.target_features`.
Multinomial logistic regression (scikit-learn, lbfgs, fixed seed); features seen in fewer than
``--min-df`` training targets are dropped; coefficients are rounded to 5 decimals and features whose
three coefficients all round to 0 are left out, so the JSON file is small and the same bytes on every run.
"""

from __future__ import annotations

import argparse
import json
import sys
from pathlib import Path

import numpy as np
import polars as pl
import scipy.sparse as sp
from sklearn.linear_model import LogisticRegression

sys.path.insert(0, str(Path(__file__).resolve().parent))
from benchdata import locate  # noqa: E402
from eval_newsmtsc import macro_f1  # noqa: E402  (one definition of the measure for training and scoring)

from toolkit.measure.tone import CLASSES, DENSE, target_features  # noqa: E402

LABEL = {2.0: 0, 4.0: 1, 6.0: 2}  # negative, neutral, positive (CLASSES order)
SEED = 0


def read_targets(path: Path) -> tuple[pl.DataFrame, np.ndarray]:
    """(frame of text/char_start/char_end, gold labels 0/1/2) for one NewsMTSC jsonl file (one row per target)."""
    rows, gold = [], []
    for line in path.read_text(encoding="utf-8").splitlines():
        d = json.loads(line)
        for t in d["targets"]:
            rows.append((d["sentence_normalized"], t["from"], t["to"]))
            gold.append(LABEL[t["polarity"]])
    frame = pl.DataFrame(rows, schema={"text": pl.String, "char_start": pl.Int64, "char_end": pl.Int64}, orient="row")
    return frame, np.array(gold)


def matrix(frame: pl.DataFrame, vocab: dict[str, int]) -> sp.csr_matrix:
    sparse, dense = target_features(frame)
    hit = sparse.unique(maintain_order=True).filter(pl.col("feature").is_in(list(vocab)))
    cols = np.array([vocab[f] for f in hit["feature"].to_list()], dtype=np.int64)
    x = sp.csr_matrix((np.ones(len(cols)), (hit["row"].to_numpy().astype(np.int64), cols)), shape=(frame.height, len(vocab)))
    return sp.hstack([x, sp.csr_matrix(dense)], format="csr")


def vocabulary(frame: pl.DataFrame, min_df: int) -> dict[str, int]:
    sparse, _ = target_features(frame)
    counts = sparse.unique().group_by("feature").len().filter(pl.col("len") >= min_df).sort("feature")
    return {f: i for i, f in enumerate(counts["feature"].to_list())}


def fit(x: sp.csr_matrix, y: np.ndarray, c: float, balanced: bool) -> LogisticRegression:
    model = LogisticRegression(C=c, class_weight="balanced" if balanced else None, max_iter=3000, random_state=SEED)
    return model.fit(x, y)


def search(root: Path) -> None:
    train, y = read_targets(root / "train.jsonl")
    devs = {s: read_targets(root / f"dev_{s}.jsonl") for s in ("mt", "rw")}
    print(f"{'min_df':>6} {'C':>6} {'balanced':>8} {'dev_mt':>7} {'dev_rw':>7} {'mean':>7}")
    for min_df in (2, 3):
        vocab = vocabulary(train, min_df)
        x = matrix(train, vocab)
        xd = {s: matrix(f, vocab) for s, (f, _) in devs.items()}
        for c in (0.1, 0.2, 0.5, 1.0):
            for balanced in (False, True):
                m = fit(x, y, c, balanced)
                f = {s: macro_f1(devs[s][1], m.predict(xd[s])) for s in devs}
                print(f"{min_df:6} {c:6} {balanced!s:>8} {f['mt']:7.3f} {f['rw']:7.3f} {(f['mt'] + f['rw']) / 2:7.3f}", flush=True)


def train(root: Path, out: Path, c: float, min_df: int, balanced: bool, command: str) -> None:
    frame, y = read_targets(root / "train.jsonl")
    vocab = vocabulary(frame, min_df)
    m = fit(matrix(frame, vocab), y, c, balanced)
    assert tuple(int(k) for k in m.classes_) == (0, 1, 2)
    coef = np.round(m.coef_.T, 5) + 0.0  # features x classes; + 0.0 turns -0.0 into 0.0
    names = list(vocab)
    keep = [i for i in range(len(names)) if np.any(coef[i] != 0)]
    doc = {
        "about": "Targeted tone model for toolkit.measure.tone: multinomial logistic regression over the features of "
        "toolkit.measure.tone.target_features (sparse binary features by name, then the dense features in dense_names order).",
        "source": "NewsMTSC (Hamborg & Donnay 2021, 'NewsMTSC: A Dataset for (Multi-)Target-dependent Sentiment "
        "Classification in Political News Articles', EACL 2021), training split only",
        "licence": "trained weights derived from NewsMTSC, MIT licence (Copyright 2020 Felix Hamborg); see tone_model.LICENSE",
        "command": command,
        "settings": {"C": c, "min_df": min_df, "class_weight": "balanced" if balanced else None, "solver": "lbfgs",
                     "seed": SEED, "n_train": int(frame.height)},  # fmt: skip
        "classes": list(CLASSES),
        "intercept": [round(float(v), 5) + 0.0 for v in m.intercept_],
        "dense_names": DENSE,
        "dense_coef": [[float(v) for v in row] for row in coef[len(names):]],
        "features": [names[i] for i in keep if i < len(names)],
        "coef": [[float(v) for v in coef[i]] for i in keep if i < len(names)],
    }
    out.write_text(json.dumps(doc, ensure_ascii=False, separators=(",", ":")) + "\n", encoding="utf-8")
    print(f"wrote {out}: {len(doc['features'])} features (of {len(names)}), {out.stat().st_size / 1e6:.2f} MB")
    for s in ("mt", "rw"):  # the fitted model (before rounding) on the dev splits: the figure the settings were chosen by
        if (root / f"dev_{s}.jsonl").exists():
            f, g = read_targets(root / f"dev_{s}.jsonl")
            print(f"dev_{s} macro-F1 {macro_f1(g, m.predict(matrix(f, vocab))):.3f}")


if __name__ == "__main__":
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--data", type=Path, default=None, help="folder holding the NewsMTSC splits")
    ap.add_argument("--search", action="store_true", help="print dev macro-F1 over the settings grid")
    ap.add_argument("--out", type=Path, default=None)
    ap.add_argument("--C", type=float, default=0.5)
    ap.add_argument("--min-df", type=int, default=2)
    ap.add_argument("--balanced", action="store_true")
    a = ap.parse_args()
    data = locate("newsmtsc", a.data, script="train_tone")
    if a.search:
        search(data)
    if a.out is not None:
        cmd = f"python bench/train_tone.py --out toolkit/data/{a.out.name} --C {a.C} --min-df {a.min_df}" + (" --balanced" if a.balanced else "")
        train(data, a.out, a.C, a.min_df, a.balanced, cmd)
