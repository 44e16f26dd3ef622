"""Sentence boundaries on the pySBD English golden rules (48 cases, 80 sentences).

Usage: python bench/eval_sentences.py [--data DIR]
Data: ``bench/data/pysbd_golden_rules_en/golden_rules_en.json`` (ships with the repository; MIT, pySBD,
see its README and LICENSE); ``--data`` takes another folder or file (see ``bench/benchdata.py``). Prints exact-case accuracy and boundary precision/recall/F1, where a boundary is
the end offset of a sentence in the text (whitespace-insensitive).
"""

from __future__ import annotations

import argparse
import json
import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))
from benchdata import locate  # noqa: E402

from toolkit.text.tokenize import sentence_spans  # noqa: E402


def _ends(text: str, sentences: list[str]) -> set[int]:
    """End offsets of expected sentences, located in order in ``text``."""
    ends, pos = set(), 0
    for s in sentences:
        i = text.find(s, pos)
        if i < 0:  # expected sentence normalised whitespace: fall back to its length in order
            i = pos
        pos = i + len(s)
        ends.add(pos)
    return ends


def main(path: str) -> None:
    cases = json.loads(Path(path).read_text(encoding="utf-8"))
    exact = tp = fp = fn = 0
    failed = []
    for case in cases:
        text = case["text"]
        got = [text[a:b] for _, a, b, _ in sentence_spans(text)]
        if [g.strip() for g in got] == [s.strip() for s in case["sentences"]]:
            exact += 1
        else:
            failed.append(case["id"])
        want = _ends(text, case["sentences"])
        have = {b for _, _, b, _ in sentence_spans(text)}
        want.discard(len(text.rstrip()))
        have.discard(len(text.rstrip()))
        tp += len(want & have)
        fp += len(have - want)
        fn += len(want - have)
    p = tp / (tp + fp) if tp + fp else 1.0
    r = tp / (tp + fn) if tp + fn else 1.0
    f1 = 2 * p * r / (p + r) if p + r else 0.0
    print(f"cases exactly right: {exact}/{len(cases)} ({exact / len(cases):.1%})")
    print(f"internal boundaries: precision {p:.3f} recall {r:.3f} F1 {f1:.3f} (tp={tp} fp={fp} fn={fn})")
    print(f"failed case ids: {failed}")


if __name__ == "__main__":
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("data", nargs="?", type=Path, default=None, help=argparse.SUPPRESS)  # the old positional path
    ap.add_argument("--data", dest="data_opt", type=Path, default=None, help="folder (or file) of the pySBD golden rules")
    a = ap.parse_args()
    given = a.data_opt or a.data
    main(str(locate("pysbd_golden_rules_en", given, script="eval_sentences") / (given.name if given and given.is_file() else "golden_rules_en.json")))
