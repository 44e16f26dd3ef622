"""Tables before and after a refactor are byte-identical.

Writes every table of ``toolkit.analyze`` on ``seeds/`` and of ``toolkit.analyze_articles`` on each
held-out set's articles (``tests/data/heldout*/gold.jsonl``) as CSV under OUT, one folder per corpus, and the
engine's output (``toolkit analyze``) on the seeds; with ``--compare OTHER`` it compares OUT with an earlier
run file by file (SHA-256) and exits 1 on any difference. It prints only file names and hashes, no content.

    python bench/check_identical.py /tmp/before              # on the old commit (a worktree)
    python bench/check_identical.py /tmp/after --compare /tmp/before
"""

from __future__ import annotations

import argparse
import hashlib
import subprocess
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]


def _write(out: Path) -> None:
    import toolkit

    toolkit.analyze(str(ROOT / "seeds"), progress=False).write(out / "seeds", format="csv")
    for gold in sorted((ROOT / "tests" / "data").glob("heldout*/gold.jsonl")):
        articles = toolkit.read_gold(gold).articles
        toolkit.analyze_articles(articles, progress=False).write(out / gold.parent.name, format="csv")
    subprocess.run([sys.executable, "-m", "toolkit", "analyze", str(ROOT / "seeds"), "--out", str(out / "engine"),
                    "--workers", "1", "--format", "csv", "--no-progress"], check=True, capture_output=True)


def _hashes(folder: Path) -> dict[str, str]:
    return {str(p.relative_to(folder)): hashlib.sha256(p.read_bytes()).hexdigest()
            for p in sorted(folder.rglob("*")) if p.is_file() and p.suffix != ".log" and p.name != "run.json"}


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("out", type=Path)
    ap.add_argument("--compare", type=Path, help="an earlier OUT to compare with")
    args = ap.parse_args(argv)
    _write(args.out)
    mine = _hashes(args.out)
    print(f"{len(mine)} files written under {args.out}")
    if args.compare is None:
        return 0
    theirs = _hashes(args.compare)
    differ = sorted(k for k in mine.keys() | theirs.keys() if mine.get(k) != theirs.get(k))
    for k in differ:
        print(f"differs: {k}  {theirs.get(k, 'missing')[:12]} -> {mine.get(k, 'missing')[:12]}")
    print("identical" if not differ else f"{len(differ)} of {len(mine.keys() | theirs.keys())} files differ")
    return 1 if differ else 0


if __name__ == "__main__":
    raise SystemExit(main())
