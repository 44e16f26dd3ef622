"""Reliability plot of the shipped tone model on NewsMTSC's test splits (docs/sentiment.md).

Usage: python bench/tone_reliability.py --out FILE.svg [--data DIR] [--bins 10]

The figure in docs/sentiment.md is ``--out docs/assets/tone_reliability.svg``.

Every target of ``test_rw`` and ``test_mt`` is scored once by :func:`toolkit.score_target_tone`; its three
class probabilities are pooled and binned by predicted probability, and each bin's mean predicted
probability is plotted against how often the binned class is the gold one (a calibrated model lies on the
diagonal). Points are sized by the number of probabilities in the bin. Nothing is chosen from the test
splits here: the plot only shows the model that ``bench/train_tone.py`` built from the training split with
settings chosen on the dev splits. Drawn with altair and written by vl-convert (offline, no browser).
"""

from __future__ import annotations

import argparse
import sys
from pathlib import Path

import altair as alt
import numpy as np
import polars as pl
import vl_convert as vlc

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))
sys.path.insert(0, str(ROOT / "bench"))

from benchdata import locate  # noqa: E402
from eval_newsmtsc import read_split  # noqa: E402

from toolkit.measure.tone import score_target_tone  # noqa: E402


def reliability(root: Path, n_bins: int = 10) -> pl.DataFrame:
    """One row per split and bin: ``n``, mean ``predicted`` probability, ``observed`` frequency."""
    edges = np.linspace(0.0, 1.0, n_bins + 1)
    edges[-1] = 1.0001
    rows = []
    for split in ("rw", "mt"):
        articles, targets, gold = read_split(root / f"test_{split}.jsonl")
        frame = targets.join(
            articles.select("article_id", "text"), on="article_id", how="left", maintain_order="left"
        )
        p = score_target_tone(frame).select("p_negative", "p_neutral", "p_positive").to_numpy().ravel()
        hit = (gold[:, None] == np.arange(3)[None, :]).ravel()
        for k in range(n_bins):
            sel = (p >= edges[k]) & (p < edges[k + 1])
            if sel.any():
                rows.append({"split": f"test_{split}", "bin": k, "n": int(sel.sum()),
                             "predicted": float(p[sel].mean()), "observed": float(hit[sel].mean())})  # fmt: skip
    return pl.DataFrame(rows)


def chart(table: pl.DataFrame) -> alt.LayerChart:
    diagonal = alt.Chart(pl.DataFrame({"x": [0.0, 1.0], "y": [0.0, 1.0]})).mark_line(
        color="#999", strokeDash=[4, 4]
    )
    diagonal = diagonal.encode(x="x:Q", y="y:Q")
    base = alt.Chart(table).encode(
        x=alt.X("predicted:Q", title="mean predicted probability", scale=alt.Scale(domain=[0, 1])),
        y=alt.Y("observed:Q", title="observed frequency of the class", scale=alt.Scale(domain=[0, 1])),
        color=alt.Color("split:N", title="NewsMTSC split"),
    )
    lines = base.mark_line()
    points = base.mark_circle(opacity=0.8).encode(size=alt.Size("n:Q", title="probabilities in bin"),
                                                  tooltip=["split", "bin", "n", "predicted", "observed"])  # fmt: skip
    return (diagonal + lines + points).properties(
        width=360, height=360, title="Tone model: reliability on the test splits (three classes pooled)"
    )


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--data", type=Path, default=None, help="folder holding the NewsMTSC splits")
    ap.add_argument("--bins", type=int, default=10)
    ap.add_argument("--out", type=Path, required=True, help="the SVG file to write")
    args = ap.parse_args(argv)
    root = locate("newsmtsc", args.data, script="bench/tone_reliability.py")
    assert root is not None
    table = reliability(root, args.bins)
    with pl.Config(tbl_rows=50, float_precision=3):
        print(table)
    args.out.parent.mkdir(parents=True, exist_ok=True)
    args.out.write_text(vlc.vegalite_to_svg(chart(table).to_dict()), encoding="utf-8")
    print(f"wrote {args.out}")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
