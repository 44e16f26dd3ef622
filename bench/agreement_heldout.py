"""How far two annotators of the same articles agree, on the headline measures the toolkit is scored by.

Usage: python bench/agreement_heldout.py REF.jsonl SECOND.jsonl [SECOND2.jsonl ...] [--no-toolkit] [--out CSV]

``REF`` is a gold file (for example a held-out set's ``gold.jsonl``); each ``SECOND`` is another annotator's gold
file of some of the same articles (the same ``article_id``), made blind to ``REF``. The reference is cut to the
articles the second annotation covers; then three rows of the headline measures of ``bench/eval_heldout.py``, each
under the same matching rules as the toolkit's figures (spans overlap one to one; gold ``new:`` ids and state ids
aligned as in :func:`toolkit.validate.match_extractions`):

- ``second vs ref``: the second annotator's rows scored as if they were the toolkit's, against ``REF``;
- ``ref vs second``: the reverse (recall measures swap with precision; F1 is symmetric up to the alignments);
- ``toolkit vs ref`` and ``toolkit vs second`` (unless ``--no-toolkit``): today's toolkit on the same articles.

The first two rows are the human ceiling of each measure under the written guideline: a target above them asks the
toolkit to agree with one annotator more than a second annotator does. Krippendorff's alpha per extractor and field
(:func:`toolkit.validate.summarise_agreement`) is printed too.

The script prints measures only, never annotation content, so it can be run on a held-out set without reading it.
"""

from __future__ import annotations

import argparse
import json
import sys
import tempfile
from pathlib import Path
from typing import Any

import polars as pl

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))
sys.path.insert(0, str(ROOT / "bench"))

from eval_heldout import MEASURES, measure_table  # noqa: E402

from toolkit.extract.actors.dictionary import load_actors  # noqa: E402
from toolkit.run.pipeline import analyze_articles  # noqa: E402
from toolkit.validate import read_gold, summarise_agreement  # noqa: E402


def _records(path: Path) -> list[dict[str, Any]]:
    return [json.loads(line) for line in path.read_text(encoding="utf-8").splitlines() if line.strip()]


def restrict(ref: Path, articles: set[str], out: Path, *, annotator: str | None = None) -> Path:
    """Write to ``out`` the records of ``ref`` that belong to ``articles`` (by ``article_id``), under one
    ``annotator`` id when given."""
    keep = [r for r in _records(ref) if r.get("article_id") in articles]
    if annotator is not None:
        keep = [{**r, "annotator": annotator} if "annotator" in r else r for r in keep]
    out.write_text("".join(json.dumps(r, ensure_ascii=False) + "\n" for r in keep), encoding="utf-8")
    return out


def gold_tables(path: Path) -> dict[str, pl.DataFrame]:
    """An annotator's gold rows as the tables :func:`measure_table` scores (mentions, claims, quotes)."""
    gold = read_gold(path)
    tables = {"articles": gold.articles}
    for task in ("mentions", "claims", "quotes"):
        tables[task] = gold.table(task).drop("annotator", "item_id", "decision", strict=False)
    # a dictionary id carries its entry's affiliation and role, as the toolkit's rows do, so that the parent
    # alignment (a gold state id against a body of that state) treats an annotator as it treats the toolkit
    entries = load_actors().select(
        "actor_id", pl.col("affiliation").alias("_aff"), pl.col("role").alias("_role")
    )
    ments = tables["mentions"].join(entries, on="actor_id", how="left")
    tables["mentions"] = ments.with_columns(
        (pl.coalesce("affiliation", "_aff") if "affiliation" in ments.columns else pl.col("_aff")).alias(
            "affiliation"
        ),
        (pl.coalesce("role", "_role") if "role" in ments.columns else pl.col("_role")).alias("role"),
    ).drop("_aff", "_role")
    claims = tables["claims"]
    if "span_start" not in claims.columns:  # a gold claim's span is its whole phrase
        tables["claims"] = claims.with_columns(
            pl.col("char_start").alias("span_start"), pl.col("char_end").alias("span_end")
        )
    return tables


def compare(ref: Path, seconds: list[Path], *, toolkit: bool = True) -> tuple[pl.DataFrame, pl.DataFrame]:
    """The headline measures of each pairing (long table: who, measure, overlap) and Krippendorff's alpha."""
    # one annotator id for the second annotation (its halves may carry their own): the measures read one
    # annotator's scores
    second_recs = [
        {**r, "annotator": "second"} if "annotator" in r else r for p in seconds for r in _records(p)
    ]
    arts = {r["article_id"] for r in second_recs if r.get("record") == "article"}
    ref_arts = {r["article_id"] for r in _records(ref) if r.get("record") == "article"}
    missing = sorted(arts - ref_arts)
    if missing:  # e.g. an article the reference set dropped after annotation: skipped, and said so
        print(
            f"agreement_heldout: {len(missing)} article(s) of the second annotation are not in {ref} and are "
            f"skipped (article_id {', '.join(missing[:3])})",
            file=sys.stderr,
        )
        arts -= set(missing)
        second_recs = [r for r in second_recs if r.get("article_id") in arts]
    if not arts:
        raise SystemExit(
            f"agreement_heldout: no article of the second annotation is in {ref}: both must be built from the "
            "same article texts and metadata (article ids hash them)"
        )
    rows: list[dict[str, Any]] = []
    with tempfile.TemporaryDirectory() as tmp:
        # the reference under one annotator id too (a set annotated in halves may carry one id per half): the
        # headline measures read one annotator's scores
        ref_cut = restrict(ref, arts, Path(tmp) / "ref.jsonl", annotator="ref")
        second = Path(tmp) / "second.jsonl"
        second.write_text(
            "".join(json.dumps(r, ensure_ascii=False) + "\n" for r in second_recs), encoding="utf-8"
        )
        pairings: list[tuple[str, Any, Path]] = [
            ("second vs ref", gold_tables(second), ref_cut),
            ("ref vs second", gold_tables(ref_cut), second),
        ]
        if toolkit:
            tk = analyze_articles(read_gold(ref_cut).articles, progress=False).tables
            pairings += [("toolkit vs ref", tk, ref_cut), ("toolkit vs second", tk, second)]
        for who, tables, gold in pairings:
            table = measure_table(tables, gold)
            for key, value, note in table.select("key", "overlap", "overlap_note").iter_rows():
                rows.append({"pairing": who, "key": key, "overlap": value, "note": note})
        alpha = summarise_agreement(read_gold([ref_cut, second]), match="overlap")
    return pl.DataFrame(
        rows, schema={"pairing": pl.String, "key": pl.String, "overlap": pl.Float64, "note": pl.String}
    ), alpha


def main(argv: list[str] | None = None) -> pl.DataFrame:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("ref", type=Path)
    ap.add_argument("second", type=Path, nargs="+")
    ap.add_argument("--no-toolkit", action="store_true", help="do not run the toolkit on the articles")
    ap.add_argument("--out", type=Path, default=None, help="write the measures as CSV here")
    args = ap.parse_args(argv)
    for p in (args.ref, *args.second):
        if not p.exists():
            sys.exit(f"agreement_heldout: no gold file at {p}")
    long, alpha = compare(args.ref, args.second, toolkit=not args.no_toolkit)
    wide = long.pivot(on="pairing", index="key", values="overlap")
    labels = {k: lbl for k, lbl, _ in MEASURES}
    goals = {k: g for k, _, g in MEASURES}
    wide = wide.with_columns(
        pl.col("key").replace_strict(labels, default=None).alias("measure"),
        pl.col("key").replace_strict(goals, default=None).alias("target"),
    )
    pairings = [c for c in long["pairing"].unique(maintain_order=True)]
    print(f"{'measure (spans overlap)':<52}" + "".join(f"{p:>18}" for p in pairings) + f"{'target':>8}")
    for r in wide.iter_rows(named=True):
        vals = "".join(f"{'-' if r[p] is None else format(r[p], '.3f'):>18}" for p in pairings)
        print(f"{r['measure']:<52}{vals}{r['target']:>8.2f}")
    print()
    print("Krippendorff's alpha (nominal; spans overlap; pairs exact) between the two annotations:")
    for r in alpha.iter_rows(named=True):
        a = "-" if r["alpha"] is None else f"{r['alpha']:.3f}"
        o = "-" if r["observed_agreement"] is None else f"{r['observed_agreement']:.3f}"
        print(
            f"  {r['extractor']:<9} {r['field']:<12} units {r['n_units']:>4}  alpha {a:>6}  observed {o:>6}"
        )
    if args.out:
        long.write_csv(args.out)
    return long


if __name__ == "__main__":
    main()
