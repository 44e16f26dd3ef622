"""Today's toolkit scored on a held-out gold set (tests/data/heldout*/): in-sample figures, see below.

Usage: python bench/eval_heldout.py [OUT_DIR] [--gold PATH] [--match overlap|exact] [--claim-span phrase|number]
[--n-boot N] [--raw-ids] [--no-align-parent]
Analyses the articles of ``--gold`` (default ``tests/data/heldout/gold.jsonl``; the sets are invented
articles annotated by hand, see docs/accuracy.md) with today's toolkit, runs
:func:`toolkit.validate.evaluate_gold` on its tables, writes ``scores``, ``matches``, ``model_card.md`` to
OUT_DIR (default: a temporary folder) and prints precision/recall/F1 per extractor and field (spans matched
by ``--match``), the issue targets, then the headline measures under both span rules. Accuracies among
matched items come from the ``matches`` table. ``--claim-span``: which span of a predicted claim ``exact``
matching compares with the gold span: its whole phrase (``phrase``, the default: ``claims.span_start``/
``span_end``, hedge + number + unit, the gold sets' format) or the number alone (``number``:
``char_start``/``char_end``, the rule before the phrase spans existed). ``--no-align-parent``: gold ids of a
state compared as written where the toolkit names a body of that state (default: aligned, see
:func:`toolkit.validate.match_extractions`).

Every set has been used to change the rules after its first run (set 4 too: see docs/accuracy.md), so
what this prints is in-sample. The honest figure of a set is its first run, measured with the code of the
commit that added it: ``bench/eval_first_run.py``.
"""

from __future__ import annotations

import argparse
import sys
import tempfile
from pathlib import Path
from typing import Any

import polars as pl

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))

from toolkit.run.pipeline import analyze_articles  # noqa: E402
from toolkit.validate import (  # noqa: E402
    MATCH_CHOICES,
    evaluate_gold,
    match_extractions,
    read_gold,
    summarise_scores,
)
from toolkit.validate.scoring import CLAIM_SPAN_CHOICES, ClaimSpan  # noqa: E402

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


# (key, label, target) of the headline measures, in the order of docs/accuracy.md; ``mentions_actor`` is the headline
# mention figure (a gold mention counts as found only when a predicted span overlaps it AND names the same
# actor); ``mentions_span`` counts any overlapping predicted span, whatever actor it names. ``places_resolved``:
# among the gold place mentions that carry a GeoNames id (``place_id``; set 5 on) and that a predicted mention
# matches (the same one-to-one span matching as every measure), the share whose predicted ``place_id`` is the
# gold one; the note gives the recall variant (gold places found with the right place / all gold places with
# an id). No value on a gold set without place ids.
MEASURES: list[tuple[str, str, float]] = [
    ("mentions_actor", "named-actor mentions found, right actor (recall)", 0.90),
    ("mentions_span", "named-actor mentions found, any actor (recall)", 0.90),
    ("pairs_f1", "actor pairs meeting in a sentence, F1", 0.80),
    ("claims_value_f1", "claims with the right value, F1", 0.90),
    ("claims_qualifier", "... of those, qualifier right", 0.85),
    ("claims_counted", "... category (counted) right", 0.80),
    ("claims_source", "... source right", 0.70),
    ("quotes_found", "direct and partial quotes found (recall)", 0.90),
    ("speaker", "quotes with a gold speaker given the right one", 0.88),
    ("speaker_attributed", "... of those the toolkit attributes", 0.88),
    ("places_resolved", "places resolved to the right GeoNames place", 0.90),
]


def measures(scores: pl.DataFrame, matches: pl.DataFrame) -> dict[str, tuple[float | None, str]]:
    """The headline measures, ``key -> (value, note)``, from one evaluation's scores and matches."""

    def score(extractor: str, field: str, col: str) -> float | None:
        row = scores.filter((pl.col("extractor") == extractor) & (pl.col("field") == field))
        return row[col][0] if row.height else None

    c = matches.filter(pl.col("extractor") == "claims")
    q = matches.filter(pl.col("extractor") == "quotes")
    q_dp = q.filter(pl.col("gold_attrs").fill_null("").str.contains(r"kind=(direct|partial)"))
    n_q = q_dp.filter(pl.col("status") != "fp").height
    q_found = q_dp.filter(pl.col("status") == "tp").height / n_q if n_q else None
    spk_all = _acc(q_dp, "speaker", _has("gold_attrs", "speaker_surface"))
    spk_attr = _acc(q_dp, "speaker", _has("gold_attrs", "speaker_surface") & (_has("pred_attrs", "speaker_surface") | _has("pred_attrs", "speaker_actor_id")))
    qual, n_c = _acc(c, "qualifier")
    cnt, _ = _acc(c, "counted")
    src, _ = _acc(c, "source")
    n_m = score("mentions", "span", "n_gold")
    n_pl, n_pl_gold = score("mentions", "place_id", "n_pred"), score("mentions", "place_id", "n_gold")

    def ci(col: str) -> str:  # the bootstrap interval of a place_id score, when there is one
        low, high = score("mentions", "place_id", f"{col}_low"), score("mentions", "place_id", f"{col}_high")
        return "" if low is None or high is None else f" [{low:.2f}, {high:.2f}]"

    pl_note = (
        f"n={n_pl}{ci('precision')}; recall {_f(score('mentions', 'place_id', 'recall')).strip()}{ci('recall')}"
        f" of n_gold={n_pl_gold}"
        if n_pl_gold
        else "no gold place ids"
    )
    return {
        "mentions_actor": (score("mentions", "actor", "recall"), f"n_gold={n_m}"),
        "mentions_span": (score("mentions", "span", "recall"), f"n_gold={n_m}"),
        "pairs_f1": (score("pairs", "span", "f1"), ""),
        "claims_value_f1": (score("claims", "value", "f1"), ""),
        "claims_qualifier": (qual, f"n={n_c}"),
        "claims_counted": (cnt, f"n={n_c}"),
        "claims_source": (src, f"n={n_c}"),
        "quotes_found": (q_found, f"n_gold={n_q}"),
        "speaker": (spk_all[0], f"n={spk_all[1]}"),
        "speaker_attributed": (spk_attr[0], f"n={spk_attr[1]}"),
        "places_resolved": (score("mentions", "place_id", "accuracy"), pl_note),
    }


def targets(scores: pl.DataFrame, matches: pl.DataFrame) -> list[tuple[str, float | None, float, str]]:
    """(measure, value, target, note) for the targets of the evaluation issue."""
    got = measures(scores, matches)
    return [(label, got[key][0], goal, got[key][1]) for key, label, goal in MEASURES]


def measure_table(
    tables: Any,
    gold_path: str | Path,
    *,
    align_new: bool = True,
    claim_span: ClaimSpan = "phrase",
    align_parent: bool = True,
) -> pl.DataFrame:
    """The headline measures of ``tables`` (an Analysis or a mapping of tables) against a gold file,
    under each matching rule of spans: ``overlap`` (one to one, largest overlap first) and ``exact``
    (a claim by its whole phrase or its number: ``claim_span``).
    Actor pairs match on article, sentence and both actors under either rule."""
    gold = read_gold(gold_path)
    cols: dict[str, list[Any]] = {"key": [k for k, _, _ in MEASURES], "measure": [lbl for _, lbl, _ in MEASURES]}
    for rule in MATCH_CHOICES[::-1]:  # overlap, exact
        m = match_extractions(
            tables, gold, match=rule, align_new=align_new, claim_span=claim_span, align_parent=align_parent
        )
        s = summarise_scores(m, gold.units, match=rule, n_boot=0)
        got = measures(s, m)
        cols[rule] = [got[k][0] for k in cols["key"]]
        cols[f"{rule}_note"] = [got[k][1] for k in cols["key"]]
    return pl.DataFrame(cols, schema_overrides={"overlap": pl.Float64, "exact": pl.Float64})


def print_measures(table: pl.DataFrame) -> None:
    print(f"{'measure (spans: overlap | exact)':<50} {'overlap':>7} {'exact':>6}  note (overlap)")
    for r in table.iter_rows(named=True):
        print(f"{r['measure']:<50} {_f(r['overlap']):>7} {_f(r['exact']):>6}  {r['overlap_note']}")


def _f(v: float | None) -> str:
    return "   –" if v is None else f"{v:.2f}"


def main(argv: list[str] | None = None) -> dict[str, pl.DataFrame]:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("out_dir", nargs="?", default=None)
    ap.add_argument("--n-boot", type=int, default=200)
    ap.add_argument("--gold", type=Path, default=GOLD, help="gold file (default: the first held-out set)")
    ap.add_argument("--match", choices=MATCH_CHOICES, default="overlap",
                    help="how spans match in the per-extractor table (default: overlap; the headline table shows both)")  # fmt: skip
    ap.add_argument("--claim-span", choices=CLAIM_SPAN_CHOICES, default="phrase",
                    help="exact matching of claims: by the whole phrase (hedge, number, unit; default) or the number only")  # fmt: skip
    ap.add_argument(
        "--raw-ids", action="store_true",
        help="compare gold new:<slug> ids as written (default: aligned to the toolkit's id for the same actor)",
    )
    ap.add_argument(
        "--no-align-parent", action="store_true",
        help="compare gold state ids as written where the toolkit names a body of that state (default: aligned)",
    )  # fmt: skip
    args = ap.parse_args(argv)
    gold = args.gold.resolve()
    if not gold.exists():
        sys.exit(f"eval_heldout: no gold file at {gold}; pass --gold tests/data/heldoutN/gold.jsonl (N = 2, 3, 4)")
    out = Path(args.out_dir) if args.out_dir else Path(tempfile.mkdtemp(prefix="heldout_"))
    tables = analyze_articles(read_gold(gold).articles, progress=False).tables
    res = evaluate_gold(
        gold, out, corpus=tables, match=args.match, n_boot=args.n_boot, seed=0, align_new=not args.raw_ids,
        claim_span=args.claim_span, align_parent=not args.no_align_parent,
    )  # fmt: skip
    scores, matches = res["scores"], res["matches"]
    shown = gold.relative_to(ROOT) if gold.is_relative_to(ROOT) else gold
    print(f"held-out gold: {shown}  (tables in {out}; spans matched by {args.match}, claims by their {args.claim_span}"
          f"{', gold new: ids as written' if args.raw_ids else ''}"
          f"{', gold state ids as written' if args.no_align_parent else ''})")  # fmt: skip
    print(f"{'extractor':<9} {'field':<10} {'gold':>5} {'pred':>5} {'tp':>4} {'P':>5} {'R':>5} {'F1':>5} {'F1 95% CI':>13} {'acc':>5}")
    for r in scores.iter_rows(named=True):
        ci = f"[{_f(r['f1_low'])},{_f(r['f1_high'])}]" if r["f1_low"] is not None else ""
        print(
            f"{r['extractor']:<9} {r['field']:<10} {r['n_gold']:>5} {r['n_pred']:>5} {r['n_tp']:>4} "
            f"{_f(r['precision']):>5} {_f(r['recall']):>5} {_f(r['f1']):>5} {ci:>13} {_f(r['accuracy']):>5}"
        )
    print()
    print(f"{'target (spans matched by ' + args.match + ')':<50} {'value':>5} {'target':>7}  met  note")
    for name, value, goal, note in targets(scores, matches):
        met = "-" if value is None else ("yes" if value >= goal else "NO")
        print(f"{name:<50} {_f(value):>5} {'≥' + format(goal, '.2f'):>7}  {met:<4} {note}")
    print()
    table = measure_table(
        tables,
        gold,
        align_new=not args.raw_ids,
        claim_span=args.claim_span,
        align_parent=not args.no_align_parent,
    )
    print_measures(table)
    res["measures"] = table
    return res


if __name__ == "__main__":
    main()
