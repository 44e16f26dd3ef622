"""Where the evaluation scripts find their public data sets, and a clear stop when one is missing.

A data set is looked for, in order: the folder passed with ``--data DIR``; ``$TOOLKIT_BENCH_DATA/<name>``;
``bench/data/<name>`` (what ships with the repository: the pySBD golden rules, MIT, 20 KB); and
``../shared/benchmarks/<name>`` beside the repository (the project's shared data folder, present on the
project's own machines only). None of NewsMTSC or the ISAF press releases ships here (0.9 MB each; the
ISAF data is share-alike): fetch them from the sources below and pass ``--data``.
"""

from __future__ import annotations

import os
import sys
from pathlib import Path

HERE = Path(__file__).resolve().parent
ROOT = HERE.parent

SOURCES = {
    "pysbd_golden_rules_en": (
        "golden_rules_en.json",
        "the pySBD English golden rules (48 cases; MIT): the list GOLDEN_EN_RULES_TEST_CASES of "
        "tests/lang/test_english.py in the GitHub repository nipunsadvilkar/pySBD, written out as JSON "
        "[{id, text, sentences}]; a copy ships in bench/data/pysbd_golden_rules_en/",
    ),
    "newsmtsc": (
        "test_mt.jsonl",
        "NewsMTSC (Hamborg & Donnay 2021; MIT): dev.jsonl and test.jsonl of "
        "NewsSentiment/experiments/default/datasets/newsmtsc-mt and newsmtsc-rw in the GitHub repository "
        "fhamborg/NewsMTSC, saved as dev_mt.jsonl, test_mt.jsonl, dev_rw.jsonl, test_rw.jsonl",
    ),
    "isaf_press_releases": (
        "test.jsonl",
        "the ISAF press releases test split (724 releases; CC BY-SA 4.0; dataset strickvl/isafpressreleases, "
        "DOI 10.57967/hf/1956), one JSON object a line with id, text, min_killed, min_captured",
    ),
}


def candidates(name: str, given: Path | None = None) -> list[Path]:
    """The folders tried for data set ``name``, in order (only ``given`` when there is one)."""
    if given is not None:
        return [given]  # what the user passed, and nothing else
    out: list[Path] = []
    env = os.environ.get("TOOLKIT_BENCH_DATA")
    if env:
        out.append(Path(env) / name)
    out += [HERE / "data" / name, ROOT.parent / "shared" / "benchmarks" / name]
    return out


def locate(name: str, given: Path | None = None, *, script: str, required: bool = True) -> Path | None:
    """The folder holding data set ``name``; when none does, exit with what to pass (``required``) or ``None``.

    ``given`` (from ``--data``) may be the folder or the data file itself."""
    marker, source = SOURCES[name]
    if given is not None and given.is_file():
        return given.parent
    for folder in candidates(name, given):
        if (folder / marker).is_file():
            return folder
    if not required:
        return None
    tried = ", ".join(str(p) for p in candidates(name, given))
    sys.exit(
        f"{script}: data set '{name}' not found (looked for {marker} in: {tried}).\n"
        f"Pass --data DIR, a folder holding {marker}, or set TOOLKIT_BENCH_DATA to a folder holding {name}/.\n"
        f"The data: {source}."
    )
