"""Out-of-sample evaluation of the extractors on a held-out gold set (tests/data/heldout*/).

Usage: python bench/eval_heldout.py [OUT_DIR] [--n-boot N] [--gold PATH] [--raw-ids]
Runs :func:`toolkit.validation.evaluate_gold` on ``tests/data/heldout/gold.jsonl`` (10 invented wire/newspaper
articles, annotated by hand without looking at the toolkit's rules; ``--gold tests/data/heldout4/gold.jsonl``
for the fourth set, the one scored once after every change: see the README), writes ``scores``, ``matches``,
``model_card.md`` to OUT_DIR (default: a temporary folder) and prints precision/recall/F1 per extractor and
field, then the issue targets side by side. Accuracies among matched items come from the ``matches`` table.
"""

from __future__ import annotations

import argparse
import sys
import tempfile
from pathlib import Path

import polars as pl

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))

from toolkit.validation import evaluate_gold  # noqa: E402

GOLD = ROOT / "tests" / "data" / "heldout" / "gold.jsonl"


def _acc(m: pl.DataFrame, field: str, where: pl.Expr | None = None) -> tuple[float | None, int]:
    tp = m.filter(pl.col("status") == "tp")
    if where is not None:
        tp = tp.filter(where)
    if tp.height == 0:
        return None, 0
    return float(tp[f"same_{field}"].fill_null(False).mean() or 0.0), tp.height


def _has(attrs: str, key: str) -> pl.Expr:
    return pl.col(attrs).fill_null("").str.contains(f"{key}=")


def targets(scores: pl.DataFrame, matches: pl.DataFrame) -> list[tuple[str, float | None, float, str]]:
    """(measure, value, target, note) for the targets of the evaluation issue."""

    def score(extractor: str, field: str, col: str) -> float | None:
        row = scores.filter((pl.col("extractor") == extractor) & (pl.col("field") == field))
        return row[col][0] if row.height else None

    c = matches.filter(pl.col("extractor") == "claims")
    q = matches.filter(pl.col("extractor") == "quotes")
    q_dp = q.filter(pl.col("gold_attrs").fill_null("").str.contains(r"kind=(direct|partial)"))
    q_found = q_dp.filter(pl.col("status") == "tp").height / q_dp.filter(pl.col("status") != "fp").height if q_dp.height else None
    spk_all = _acc(q_dp, "speaker", _has("gold_attrs", "speaker_surface"))
    spk_attr = _acc(q_dp, "speaker", _has("gold_attrs", "speaker_surface") & (_has("pred_attrs", "speaker_surface") | _has("pred_attrs", "speaker_actor_id")))
    qual, n_c = _acc(c, "qualifier")
    cnt, _ = _acc(c, "counted")
    src, _ = _acc(c, "source")
    return [
        ("mentions recall (span)", score("mentions", "span", "recall"), 0.90, ""),
        ("sentence actor-pair F1", score("pairs", "span", "f1"), 0.80, ""),
        ("claims value F1", score("claims", "value", "f1"), 0.90, ""),
        ("claims qualifier acc. (matched)", qual, 0.85, f"n={n_c}"),
        ("claims counted acc. (matched)", cnt, 0.80, f"n={n_c}"),
        ("claims source acc. (matched)", src, 0.70, f"n={n_c}"),
        ("quotes found (direct+partial recall)", q_found, 0.90, f"n_gold={q_dp.filter(pl.col('status') != 'fp').height}"),
        ("speaker acc. (matched, toolkit attributed)", spk_attr[0], 0.88, f"n={spk_attr[1]}"),
        ("speaker acc. (matched, all with gold speaker)", spk_all[0], 0.88, f"n={spk_all[1]}"),
    ]


def _f(v: float | None) -> str:
    return "   –" if v is None else f"{v:.2f}"


def main(argv: list[str] | None = None) -> dict[str, pl.DataFrame]:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("out_dir", nargs="?", default=None)
    ap.add_argument("--n-boot", type=int, default=200)
    ap.add_argument("--gold", type=Path, default=GOLD, help="gold file (default: the first held-out set)")
    ap.add_argument(
        "--raw-ids", action="store_true",
        help="compare gold new:<slug> ids as written (default: aligned to the toolkit's id for the same actor)",
    )
    args = ap.parse_args(argv)
    gold = args.gold.resolve()
    out = Path(args.out_dir) if args.out_dir else Path(tempfile.mkdtemp(prefix="heldout_"))
    res = evaluate_gold(gold, out, n_boot=args.n_boot, seed=0, align_new=not args.raw_ids)
    scores, matches = res["scores"], res["matches"]
    shown = gold.relative_to(ROOT) if gold.is_relative_to(ROOT) else gold
    print(f"held-out gold: {shown}  (tables in {out})")
    print(f"{'extractor':<9} {'field':<10} {'gold':>5} {'pred':>5} {'tp':>4} {'P':>5} {'R':>5} {'F1':>5} {'F1 95% CI':>13} {'acc':>5}")
    for r in scores.iter_rows(named=True):
        ci = f"[{_f(r['f1_low'])},{_f(r['f1_high'])}]" if r["f1_low"] is not None else ""
        print(
            f"{r['extractor']:<9} {r['field']:<10} {r['n_gold']:>5} {r['n_pred']:>5} {r['n_tp']:>4} "
            f"{_f(r['precision']):>5} {_f(r['recall']):>5} {_f(r['f1']):>5} {ci:>13} {_f(r['accuracy']):>5}"
        )
    print()
    print(f"{'target':<46} {'value':>5} {'target':>7}  met  note")
    for name, value, goal, note in targets(scores, matches):
        met = "-" if value is None else ("yes" if value >= goal else "NO")
        print(f"{name:<46} {_f(value):>5} {'≥' + format(goal, '.2f'):>7}  {met:<4} {note}")
    return res


if __name__ == "__main__":
    main()
