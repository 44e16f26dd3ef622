"""Rebuild the eighth held-out set's ``gold.jsonl``: the two annotators' halves, concatenated.

Run: ``.venv/bin/python tests/data/heldout8/build_gold.py``. Each half (``a/``: articles 01-07, Wikinews 2020;
``b/``: articles 08-14, Wikinews 2019) was annotated blind by a different annotator with its own
``build_gold.py`` (conventions in each ``heldout8_annotations.py`` docstring); both write the annotator id
``heldout8``. This script builds both halves (each in a process of its own: both name their annotations
module ``heldout8_annotations``) into a temporary folder and writes their records, part A then part B, to
``path`` (default: the set's ``gold.jsonl``).
"""

from __future__ import annotations

import subprocess
import sys
import tempfile
from pathlib import Path

HERE = Path(__file__).resolve().parent

_BUILD_HALF = "import sys; from pathlib import Path; sys.path.insert(0, sys.argv[1]); import build_gold; build_gold.build(Path(sys.argv[2]))"


def build(path: Path = HERE / "gold.jsonl") -> Path:
    parts = []
    with tempfile.TemporaryDirectory() as tmp:
        for half in ("a", "b"):
            out = Path(tmp) / f"{half}.jsonl"
            subprocess.run([sys.executable, "-c", _BUILD_HALF, str(HERE / half), str(out)], check=True, stdout=subprocess.DEVNULL)
            parts.append(out.read_text(encoding="utf-8"))
    path.write_text("".join(parts), encoding="utf-8")
    return path


if __name__ == "__main__":
    print(build())
