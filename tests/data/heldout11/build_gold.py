"""Rebuild the eleventh held-out set's ``gold.jsonl``: the two annotators' halves, concatenated.

Run: ``.venv/bin/python tests/data/heldout11/build_gold.py``. Each half (``a/``: articles 01-07, ``b/``: 08-14,
Wikinews 2006-2018 from the GUM corpus) was annotated blind by a different annotator with its own
``build_gold.py`` (conventions in each ``annotations.py`` docstring); both write the annotator id
``heldout11``. This script builds both halves (each in a process of its own: both name their annotations
module ``annotations``) into a temporary folder and writes their records, part A then part B, to
``path`` (default: the set's ``gold.jsonl``).
"""

from __future__ import annotations

import sys
from pathlib import Path

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE.parent))
from gold_builder import build_halves  # noqa: E402


def build(path: Path = HERE / "gold.jsonl") -> Path:
    return build_halves(HERE, path)


if __name__ == "__main__":
    print(build())
