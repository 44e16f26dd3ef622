"""Rebuild the tenth held-out set's ``gold.jsonl``: the two annotators' halves, concatenated.

Run: ``.venv/bin/python tests/data/heldout10/build_gold.py``. Each half (``a/``: articles 01-07, Wikinews 2020, rows between characters 450,000 and 680,000;
``b/``: articles 08-14, Wikinews 2020, rows after character 680,000) was annotated blind by a different annotator with its own
``build_gold.py`` (conventions in each ``heldout10_annotations.py`` docstring); both write the annotator id
``heldout10``. This script builds both halves (each in a process of its own: both name their annotations
module ``heldout10_annotations``) into a temporary folder and writes their records, part A then part B, to
``path`` (default: the set's ``gold.jsonl``), leaving out the articles of :data:`DROP` (none).
"""

from __future__ import annotations

import json
import sys
from pathlib import Path

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE.parent))
from gold_builder import build_halves  # noqa: E402

DROP: tuple[str, ...] = ()  # no article of this set repeats an earlier set's


def build(path: Path = HERE / "gold.jsonl") -> Path:
    build_halves(HERE, path)
    records = [json.loads(line) for line in path.read_text(encoding="utf-8").splitlines()]
    dropped = {r["article_id"] for r in records if r["record"] == "article" and r["source"] in DROP}
    kept = [line for line, r in zip(path.read_text(encoding="utf-8").splitlines(), records, strict=True) if r["article_id"] not in dropped]
    path.write_text("".join(line + "\n" for line in kept), encoding="utf-8")
    return path


if __name__ == "__main__":
    print(build())
