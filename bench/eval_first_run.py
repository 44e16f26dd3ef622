"""A held-out set's first run: the toolkit as it was when the set was committed, scored by today's scorer.

Usage: python bench/eval_first_run.py CHECKOUT --gold tests/data/heldoutN/gold.jsonl [--out DIR]

CHECKOUT is a checkout of the commit that added the set, made with (read-only use of the history)::

    git worktree add /tmp/wt-267233a 267233a

The articles of the set's gold file *as it was at that commit* (``CHECKOUT/<gold path>``) are analysed by
that commit's toolkit (``analyze_articles(gold.articles)``, as its ``evaluate_gold`` did), in a separate
process with ``CHECKOUT`` first on ``sys.path``; its tables are then scored here with today's
``toolkit.validate`` under every matching rule (overlap and exact spans, any or the right actor), so
that the first runs of all sets are measured by the same rules. Prints the table of headline measures
(see ``eval_heldout.measures``). ``--out`` keeps the old toolkit's tables as Parquet files.

The first runs of the four sets (see docs/accuracy.md) are::

    python bench/eval_first_run.py /tmp/wt-0aaddf3 --gold tests/data/heldout/gold.jsonl
    python bench/eval_first_run.py /tmp/wt-df1ad7c --gold tests/data/heldout2/gold.jsonl
    python bench/eval_first_run.py /tmp/wt-8df0530 --gold tests/data/heldout3/gold.jsonl
    python bench/eval_first_run.py /tmp/wt-267233a --gold tests/data/heldout4/gold.jsonl

Sets 5-10 (real Wikinews articles) were scored before they were committed, with --gold outside the repository::

    python bench/eval_first_run.py /tmp/wt-9f11679 --gold /work/heldout5/gold.jsonl   # set 5
    python bench/eval_first_run.py /tmp/wt-set6 --gold /work/heldout6/gold.jsonl      # set 6, at 4fa9ee1
    python bench/eval_first_run.py /tmp/wt-d022c2e --gold /work/heldout7/gold.jsonl   # set 7
    python bench/eval_first_run.py /tmp/wt-1951d07 --gold /work/heldout8/gold.jsonl   # set 8
    python bench/eval_first_run.py /tmp/wt-d98ab6c --gold /work/heldout9/gold.jsonl   # set 9
    python bench/eval_first_run.py /tmp/wt-fee9c90 --gold /work/heldout10/gold.jsonl  # set 10
"""

from __future__ import annotations

import argparse
import os
import subprocess
import sys
import tempfile
from pathlib import Path

import polars as pl

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(Path(__file__).resolve().parent))

from eval_heldout import measure_table, print_measures  # noqa: E402

TABLES = ("articles", "mentions", "claims", "quotes", "cooc_pairs")

# run by the old toolkit (CHECKOUT first on sys.path): analyse the gold file's articles, write the tables
_OLD_RUN = """
import sys
from pathlib import Path
import toolkit
assert Path(toolkit.__file__).resolve().is_relative_to(Path(sys.argv[1]).resolve()), toolkit.__file__
try:  # the commit's own module paths: 0.1 (toolkit.pipeline) or 0.2 (toolkit.run.pipeline)
    from toolkit.run.pipeline import analyze_articles
    from toolkit.validate import read_gold
except ImportError:
    from toolkit.pipeline import analyze_articles
    from toolkit.validation import read_gold
gold = read_gold(sys.argv[2])
tables = analyze_articles(gold.articles, progress=False).tables
out = Path(sys.argv[3])
for name in sys.argv[4:]:
    tables[name].write_parquet(out / f"{name}.parquet")
"""


def run_old(checkout: Path, gold: Path, out: Path) -> dict[str, pl.DataFrame]:
    """The tables the toolkit in ``checkout`` makes of ``gold``'s articles."""
    env = {k: v for k, v in os.environ.items() if k != "PYTHONPATH"}
    env["PYTHONPATH"] = str(checkout)
    cmd = [sys.executable, "-c", _OLD_RUN, str(checkout), str(gold), str(out), *TABLES]
    subprocess.run(cmd, env=env, check=True, cwd=str(checkout))
    return {name: pl.read_parquet(out / f"{name}.parquet") for name in TABLES}


def main(argv: list[str] | None = None) -> pl.DataFrame:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("checkout", type=Path, help="a checkout of the commit that added the set (git worktree add ...)")
    ap.add_argument("--gold", type=Path, required=True, help="the set's gold file, relative to the repository")
    ap.add_argument("--out", type=Path, default=None, help="keep the old toolkit's tables here")
    args = ap.parse_args(argv)
    checkout = args.checkout.resolve()
    if not (checkout / "toolkit" / "__init__.py").exists():
        sys.exit(
            f"eval_first_run: {checkout} is not a checkout of this project; make one with "
            f"'git worktree add {args.checkout} <commit>' (the commit that added the set)"
        )
    rel = args.gold.resolve().relative_to(ROOT) if args.gold.resolve().is_relative_to(ROOT) else args.gold
    gold = checkout / rel
    if not gold.exists():
        sys.exit(f"eval_first_run: {gold} does not exist: that commit does not hold this set")
    commit = subprocess.run(["git", "-C", str(checkout), "log", "-1", "--format=%h %ad", "--date=iso"],
                            capture_output=True, text=True).stdout.strip()  # fmt: skip
    out = args.out or Path(tempfile.mkdtemp(prefix="first_run_"))
    out.mkdir(parents=True, exist_ok=True)
    tables = run_old(checkout, gold, out)
    print(f"first run of {rel}: toolkit at {commit or checkout}, gold as of that commit, today's scorer")
    table = measure_table(tables, gold)
    print_measures(table)
    return table


if __name__ == "__main__":
    main()
