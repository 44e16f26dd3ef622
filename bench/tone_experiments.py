"""The settings tried against the shipped tone model, scored on NewsMTSC's dev splits (the log in docs/sentiment.md).

Usage: python bench/tone_experiments.py [--data DIR] [--only NAME ...] [--cv]

Every setting is fitted on train.jsonl only and scored by macro-F1 on dev_mt and dev_rw (their mean decides);
``--cv`` adds five-fold cross-validation on train (folds grouped by sentence). The test splits are never read.
Settings: the first model's features (:func:`toolkit.measure.tone.target_features` without the three groups the
second model added) with one extra group of sparse
features each (built here, from the same tokens: ``clause`` the words in the target's clause by side; ``d2`` the
second word on each side; ``tri`` word triples within 5 tokens; ``negw`` the identity of negated words within 8;
``quote`` the words inside quotation marks; ``tquote`` the words within 8 when the target is quoted; ``lexid``
the VADER-lexicon words within 8 by side and clause; ``chars`` character 4-grams of the words within 4;
``valbin`` the summed VADER valence per side and clause, bucketed), the best of those together (``combined``),
class weights, per-class logit offsets and a
temperature (chosen on out-of-fold training predictions, checked on dev), and a two-layer network
(scikit-learn's MLPClassifier, 32 hidden units, early stopping; three seeds and their average, alone and
averaged with the linear model). Needs scikit-learn (training only). Under a busy 2-core machine the whole
grid takes about an hour.
"""

from __future__ import annotations

import argparse
import sys
import warnings
from pathlib import Path

import numpy as np
import polars as pl
import scipy.sparse as sp
from sklearn.linear_model import LogisticRegression
from sklearn.model_selection import GroupKFold
from sklearn.neural_network import MLPClassifier

sys.path.insert(0, str(Path(__file__).resolve().parent))
from benchdata import locate  # noqa: E402
from eval_newsmtsc import macro_f1  # noqa: E402
from train_tone import SEED, read_targets  # noqa: E402

from toolkit.measure.tone import _CUTS, _NEGATORS, MID, _tokens, target_features  # noqa: E402
from toolkit.measure.vader import load_lexicon  # noqa: E402

QUOTE_MARKS = ['"', "“", "”"]
FIRST_MODEL_LACKS = r"^(?:[LR]s|[LR]3|vb):"
"""Feature names of the groups the second model added to target_features (clause, tri, valbin): left out here, so
"first model's features" below are the first model's (commit 1b6b936) and each group is added back on its own."""


def token_frame(frame: pl.DataFrame) -> pl.DataFrame:
    """One row per token on each side of each target: row, side (L read outward, R), d (1 = touching), tok,
    other (another clause than the target's), negated (a negator within 3 words before), inq (inside quotes),
    tq (the target is quoted), val (VADER valence, flipped when negated)."""
    f = frame.select(
        pl.col("text").fill_null(""), pl.col("char_start").cast(pl.Int64), pl.col("char_end").cast(pl.Int64)
    ).with_row_index("row")
    left = pl.col("text").str.slice(0, pl.col("char_start"))
    f = f.with_columns(
        _tokens(left).list.reverse().alias("L"), _tokens(pl.col("text").str.slice(pl.col("char_end"))).alias("R"),
        (left.str.count_matches(r"[\"“”]") % 2 == 1).alias("tq"),
    )  # fmt: skip
    lex = load_lexicon().entries
    lexf = pl.DataFrame(
        {"tok": list(lex), "val": list(lex.values())}, schema={"tok": pl.String, "val": pl.Float64}
    )
    t = (
        pl.concat([f.select("row", "tq", pl.lit(s).alias("side"), pl.col(s).alias("tok")) for s in "LR"])
        .explode("tok")
        .drop_nulls("tok")
    )
    t = t.with_columns(pl.int_range(1, pl.len() + 1).over("row", "side").alias("d"))
    cut, qm, neg = (
        pl.col("tok").is_in(_CUTS),
        pl.col("tok").is_in(QUOTE_MARKS),
        pl.col("tok").is_in(_NEGATORS),
    )
    before = [
        neg.shift(k).over("row", "side") for k in (1, 2, 3)
    ]  # L is read outward: the word before is at d + k
    after = [neg.shift(-k).over("row", "side") for k in (1, 2, 3)]
    t = t.with_columns(
        ((cut.cast(pl.Int32).cum_sum().over("row", "side") - cut.cast(pl.Int32)) > 0).alias("other"),
        (((qm.cast(pl.Int32).cum_sum().over("row", "side") - qm.cast(pl.Int32)) % 2 == 1) ^ pl.col("tq")).alias("inq"),
        pl.when(pl.col("side") == "L").then(pl.any_horizontal(after)).otherwise(pl.any_horizontal(before)).fill_null(False).alias("negated"),
        pl.col("tok").shift(-1).over("row", "side").alias("nxt"), pl.col("tok").shift(-2).over("row", "side").alias("nn"),
    ).join(lexf, on="tok", how="left", maintain_order="left")  # fmt: skip
    return t.with_columns(
        pl.when(pl.col("negated"))
        .then(pl.col("val") * -0.74)
        .otherwise(pl.col("val"))
        .fill_null(0.0)
        .alias("val")
    )


def extra_features(frame: pl.DataFrame, group: str) -> pl.DataFrame:
    """``(row, feature)`` pairs of one extra group (names as in the module docstring)."""
    t = token_frame(frame)
    word, near, clause = (
        pl.col("tok").str.contains(r"[a-z0-9]"),
        pl.col("d") <= MID,
        pl.when(pl.col("other")).then(pl.lit("x")).otherwise(pl.lit("s")),
    )
    tri = (
        pl.when(pl.col("side") == "L")
        .then(pl.col("nn") + "_" + pl.col("nxt") + "_" + pl.col("tok"))
        .otherwise(pl.col("tok") + "_" + pl.col("nxt") + "_" + pl.col("nn"))
    )
    if group == "chars":
        w = t.filter(word & (pl.col("d") <= 4)).select("row", "side", ("<" + pl.col("tok") + ">").alias("w"))
        w = w.with_columns(
            pl.int_ranges(0, (pl.col("w").str.len_chars() - 3).clip(lower_bound=1)).alias("k")
        ).explode("k")
        return w.select(
            "row", ("c" + pl.col("side") + ":" + pl.col("w").str.slice(pl.col("k"), 4)).alias("feature")
        )
    if group == "valbin":
        v = t.filter(pl.col("val") != 0).group_by("row", "side", "other").agg(pl.col("val").sum())
        b = (
            pl.when(pl.col("val") > 1)
            .then(pl.lit("++"))
            .when(pl.col("val") > 0)
            .then(pl.lit("+"))
            .when(pl.col("val") < -1)
            .then(pl.lit("--"))
            .otherwise(pl.lit("-"))
        )
        return v.select(
            "row", ("vb:" + pl.col("side") + pl.col("other").cast(pl.String) + b).alias("feature")
        )
    pick = {
        "clause": (word & ~pl.col("other"), pl.col("side") + "s:" + pl.col("tok")),
        "d2": (pl.col("d") == 2, pl.col("side") + "2:" + pl.col("tok")),
        "tri": ((pl.col("d") <= 5) & pl.col("nn").is_not_null(), pl.col("side") + "3:" + tri),
        "negw": (word & pl.col("negated") & near, "nw:" + pl.col("tok")),
        "quote": (word & pl.col("inq"), "q:" + pl.col("tok")),
        "tquote": (word & pl.col("tq") & near, "tq:" + pl.col("side") + pl.col("tok")),
        "lexid": ((pl.col("val") != 0) & near, pl.col("side") + clause + "L:" + pl.col("tok")),
    }
    keep, name = pick[group]
    return t.filter(keep).select("row", name.alias("feature"))


class Data:
    """Train and dev targets with the feature matrices of one feature set (shipped features + ``extra`` groups)."""

    def __init__(self, root: Path, extra: tuple[str, ...] = (), min_df: int = 2):
        self.train, self.y = read_targets(root / "train.jsonl")
        self.devs = {s: read_targets(root / f"dev_{s}.jsonl") for s in ("mt", "rw")}
        self.sentence = self.train["text"].rank("dense").to_numpy()
        st, dt = self._features(self.train, extra)
        self.vocab = (
            st.group_by("feature")
            .len()
            .filter(pl.col("len") >= min_df)
            .sort("feature")
            .with_row_index("k")
            .select("feature", "k")
        )
        self.x = self._matrix(st, dt, self.train.height)
        self.xd = {s: self._matrix(*self._features(f, extra), f.height) for s, (f, _) in self.devs.items()}

    @staticmethod
    def _features(frame: pl.DataFrame, extra: tuple[str, ...]) -> tuple[pl.DataFrame, np.ndarray]:
        s, d = target_features(frame)
        s = s.filter(~pl.col("feature").str.contains(FIRST_MODEL_LACKS))  # the first model's features
        return pl.concat([s, *(extra_features(frame, g) for g in extra)]).unique(), d

    def _matrix(self, s: pl.DataFrame, d: np.ndarray, n: int) -> sp.csr_matrix:
        hit = s.join(self.vocab, on="feature", how="inner")
        r, k = hit["row"].to_numpy().astype(np.int64), hit["k"].to_numpy().astype(np.int64)
        return sp.hstack(
            [sp.csr_matrix((np.ones(len(r)), (r, k)), shape=(n, self.vocab.height)), sp.csr_matrix(d)],
            format="csr",
        )

    def dev_f1(self, proba: dict[str, np.ndarray]) -> dict[str, float]:
        f = {s: macro_f1(self.devs[s][1], proba[s].argmax(axis=1)) for s in self.devs}
        return {**f, "mean": (f["mt"] + f["rw"]) / 2}


def show(name: str, f: dict[str, float], cv: float | None = None) -> None:
    print(
        f"{name:44} dev_mt {f['mt']:.3f}  dev_rw {f['rw']:.3f}  mean {f['mean']:.3f}"
        + (f"  cv5 {cv:.3f}" if cv is not None else ""),
        flush=True,
    )


def linear(data: Data, name: str, c: float, weights: object = None, cv: bool = False) -> LogisticRegression:
    m = LogisticRegression(C=c, class_weight=weights, max_iter=3000, random_state=SEED).fit(data.x, data.y)  # type: ignore[arg-type]
    score = None
    if cv:
        pred = np.zeros(len(data.y), dtype=int)
        for tr, te in GroupKFold(5).split(data.x, data.y, data.sentence):
            pred[te] = (
                LogisticRegression(C=c, class_weight=weights, max_iter=3000, random_state=SEED)
                .fit(data.x[tr], data.y[tr])
                .predict(data.x[te])
            )  # type: ignore[arg-type]
        score = macro_f1(data.y, pred)
    show(f"{name} C={c}", data.dev_f1({s: m.predict_proba(x) for s, x in data.xd.items()}), score)
    return m


def main(root: Path, only: list[str], cv: bool) -> None:
    def want(name: str) -> bool:
        return not only or name in only

    base = Data(root)
    if want("base"):
        for c in (0.1, 0.2, 0.3, 0.5):
            linear(base, "first model's features", c, cv=cv)
    for g in ("clause", "d2", "tri", "negw", "quote", "tquote", "lexid", "chars", "valbin"):
        if want(g):
            d = Data(root, (g,))
            for c in (0.2, 0.3):
                linear(d, f"first + {g}", c, cv=cv)
    if want(
        "combined"
    ):  # the groups that scored best alone, together (the second shipped model: all three, C = 0.2)
        linear(Data(root, ("valbin", "tri")), "first + valbin + tri", 0.2)
        both = Data(root, ("valbin", "tri", "clause"))
        for c in (0.15, 0.2, 0.3):
            linear(both, "first + valbin + tri + clause", c, cv=cv and c == 0.2)
    if want("weights"):
        for w in ("balanced", {0: 1.0, 1: 0.85, 2: 1.3}):
            linear(base, f"class weights {w}", 0.2)
    # per-class logit offsets and a temperature chosen on out-of-fold training predictions
    if want("offsets"):
        oof = np.zeros((len(base.y), 3))
        for tr, te in GroupKFold(5).split(base.x, base.y, base.sentence):
            oof[te] = (
                LogisticRegression(C=0.2, max_iter=3000, random_state=SEED)
                .fit(base.x[tr], base.y[tr])
                .predict_log_proba(base.x[te])
            )
        m = LogisticRegression(C=0.2, max_iter=3000, random_state=SEED).fit(base.x, base.y)
        dev = {s: m.predict_log_proba(x) for s, x in base.xd.items()}
        grid = np.round(np.arange(-0.6, 0.61, 0.1), 2)
        best = max((macro_f1(base.y, (oof + [a, 0, b]).argmax(1)), a, b) for a in grid for b in grid)
        show(
            f"offsets neg {best[1]:+.1f} pos {best[2]:+.1f} (best out-of-fold)",
            base.dev_f1({s: v + [best[1], 0, best[2]] for s, v in dev.items()}),
            best[0],
        )
        for temp in (1.0, 1.1, 1.2, 1.3):  # fmt: skip

            def nll(lp: np.ndarray, y: np.ndarray, temp: float = temp) -> float:
                z = lp / temp
                z = z - np.log(np.exp(z).sum(axis=1, keepdims=True))
                return float(-z[np.arange(len(y)), y].mean())

            print(
                f"temperature {temp}: log loss out-of-fold {nll(oof, base.y):.4f}, dev_mt {nll(dev['mt'], base.devs['mt'][1]):.4f}, dev_rw {nll(dev['rw'], base.devs['rw'][1]):.4f}"
            )
    if want("mlp"):
        warnings.filterwarnings("ignore")
        lin = LogisticRegression(C=0.2, max_iter=3000, random_state=SEED).fit(base.x, base.y)
        plin = {s: lin.predict_proba(x) for s, x in base.xd.items()}
        for h, alpha in ((32, 1e-3), (32, 1e-2), (64, 1e-2)):
            runs = []
            for seed in (0, 1, 2):
                m = MLPClassifier(hidden_layer_sizes=(h,), alpha=alpha, early_stopping=True, validation_fraction=0.1,
                                  n_iter_no_change=3, max_iter=60, random_state=seed).fit(base.x, base.y)  # fmt: skip
                runs.append({s: m.predict_proba(x) for s, x in base.xd.items()})
                show(f"MLP {h} hidden, alpha {alpha}, seed {seed}", base.dev_f1(runs[-1]))
            avg = {s: np.mean([r[s] for r in runs], axis=0) for s in base.xd}
            show(f"MLP {h} hidden, alpha {alpha}, 3 seeds averaged", base.dev_f1(avg))
            show(
                "  the same averaged with the linear model",
                base.dev_f1({s: (avg[s] + plin[s]) / 2 for s in base.xd}),
            )


if __name__ == "__main__":
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--data", type=Path, default=None, help="folder holding the NewsMTSC splits")
    ap.add_argument(
        "--only", nargs="*", default=[], help="base, a group name, combined, weights, offsets, mlp"
    )
    ap.add_argument("--cv", action="store_true", help="five-fold cross-validation on train too (slow)")
    a = ap.parse_args()
    main(locate("newsmtsc", a.data, script="tone_experiments"), a.only, a.cv)
