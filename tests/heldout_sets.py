"""Which gold sets a test may read as input: the one list of the held-out sets.

Sets 7, 8, 9, 10 and 11 (real Wikinews articles annotated blind) are held out from whoever changes the toolkit's rules:
only their scoring in ``tests/test_heldout.py`` reads them. No other test takes their articles as input, so no
test's output can show them to a rule writer. ``bench/check_identical.py`` keeps the same list (a test checks).
Set 6 was held out until its errors were opened for error analysis on 2026-12-07 (sixth session); since then it
is in-sample, like the development sets D and E.

>>> is_held_out(Path("tests/data/heldout7/a/articles/01_x.txt")), is_held_out(Path("tests/data/heldout5/articles/01.txt"))
(True, False)
"""

from __future__ import annotations

from pathlib import Path

HELD_OUT = ("heldout7", "heldout8", "heldout9", "heldout10", "heldout11")
DATA = Path(__file__).resolve().parent / "data"


def is_held_out(path: Path) -> bool:
    """Whether ``path`` lies in a held-out set's folder."""
    return any(part in HELD_OUT for part in Path(path).parts)


def in_sample_article_files() -> list[Path]:
    """The article files of the in-sample sets (``tests/data/heldout*/articles/*.txt``, held-out sets left out)."""
    return sorted(p for p in DATA.glob("heldout*/articles/*.txt") if not is_held_out(p))


def in_sample_article_dirs() -> list[Path]:
    """The ``articles`` folders of the in-sample sets."""
    return sorted(p for p in DATA.glob("heldout*/articles") if not is_held_out(p))
