"""Tables before and after a refactor are byte-identical.

Writes every table of ``toolkit.analyze`` on ``seeds/`` and of ``toolkit.analyze_articles`` on each
held-out set's articles (``tests/data/heldout*/gold.jsonl``; never the sets held out for blind scoring,
:data:`HELD_OUT`) as CSV under OUT, one folder per corpus, and the
engine's output (``toolkit analyze``) on the seeds; with ``--compare OTHER`` it compares OUT with an earlier
run file by file (SHA-256) and exits 1 on any difference; the data dictionary (``columns.csv``) may differ only in
the module paths its descriptions name. It prints only file names and hashes, no content.

    python bench/check_identical.py /tmp/before              # on the old commit (a worktree)
    python bench/check_identical.py /tmp/after --compare /tmp/before
"""

from __future__ import annotations

import argparse
import hashlib
import re
import subprocess
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]


def _write(out: Path) -> None:
    import os

    import toolkit

    os.chdir(ROOT)  # paths in the tables (articles.path, load_report.path) are then the same in every checkout
    out = out.resolve()
    toolkit.analyze("seeds", progress=False).write(out / "seeds", format="csv")
    for gold in sorted((ROOT / "tests" / "data").glob("heldout*/gold.jsonl")):
        if _held_out(gold.parent.name):
            continue
        articles = toolkit.read_gold(gold).articles
        toolkit.analyze_articles(articles, progress=False).write(out / gold.parent.name, format="csv")
    subprocess.run([sys.executable, "-m", "toolkit", "analyze", "seeds", "--out", str(out / "engine"),
                    "--workers", "1", "--format", "csv", "--no-progress"], check=True, capture_output=True)


HELD_OUT = ("heldout7", "heldout8", "heldout9", "heldout10", "heldout11")
"""Sets no script may read (held out for blind scoring): skipped by name prefix; the list of tests/heldout_sets.py."""


def _held_out(name: str) -> bool:
    return name.startswith(HELD_OUT)


def _hashes(folder: Path) -> dict[str, str]:
    return {str(p.relative_to(folder)): hashlib.sha256(p.read_bytes()).hexdigest()
            for p in sorted(folder.rglob("*")) if p.is_file() and p.suffix != ".log" and p.name != "run.json" and ".store" not in p.parts}


def _module_free(path: Path) -> str:
    return re.sub(r"toolkit(\.[a-z_]+)+", "toolkit.MODULE", path.read_text())


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("out", type=Path)
    ap.add_argument("--compare", type=Path, help="an earlier OUT to compare with")
    args = ap.parse_args(argv)
    args.out = args.out.resolve()
    args.compare = args.compare.resolve() if args.compare else None
    _write(args.out)
    mine = _hashes(args.out)
    print(f"{len(mine)} files written under {args.out}")
    if args.compare is None:
        return 0
    theirs = _hashes(args.compare)
    differ = sorted(k for k in mine.keys() | theirs.keys() if mine.get(k) != theirs.get(k))
    # the data dictionary's descriptions name modules (``toolkit.io.stories``); a move of a module changes only that
    moved = [k for k in differ if k.endswith("columns.csv") and k in mine and k in theirs
             and _module_free(args.out / k) == _module_free(args.compare / k)]
    for k in moved:
        print(f"differs only in the module paths its descriptions name: {k}")
    differ = [k for k in differ if k not in moved]
    for k in differ:
        print(f"differs: {k}  {theirs.get(k, 'missing')[:12]} -> {mine.get(k, 'missing')[:12]}")
    print("identical" if not differ else f"{len(differ)} of {len(mine.keys() | theirs.keys())} files differ")
    return 1 if differ else 0


if __name__ == "__main__":
    raise SystemExit(main())
