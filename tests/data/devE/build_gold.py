"""Rebuild development set E (in-sample): ``gold.jsonl``, the two annotators' halves, concatenated.

Run: ``.venv/bin/python tests/data/devE/build_gold.py``. Each half (``a/``: articles 01-07, ``b/``: 08-14, both
Wikinews 2020) was annotated blind by a different annotator with its own ``build_gold.py`` (conventions in each
``devE_annotations.py`` docstring); both write the annotator id ``devE``. This script builds both halves (each in a
process of its own: both name their annotations module ``devE_annotations``) into a temporary folder and writes
their records, part A then part B, to ``path`` (default: the set's ``gold.jsonl``).
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
