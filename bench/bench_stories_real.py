"""Story grouping on real text: every grouped pair, and the closest pairs left apart, for reading by hand.

Data: the ISAF press releases (``isaf_press_releases/test.jsonl``: 724 real releases of 2009-2013, CC BY-SA
4.0; not shipped, see ``bench/benchdata.py``; pass ``--data DIR``). The releases are short, written from
one template ("an Afghan and coalition security force arrested ... in ... district, ... province"), and
some were issued twice or updated: a hard test of precision (template phrases shared by different
operations) with some real repeats.

Prints a JSON summary (articles, stories with copies, grouped pairs) and writes ``OUT`` (default
``/tmp/stories_real_pairs.md``): every grouped pair with its containment and Jaccard on the five-word
shingle sets and both texts, then the ``--near`` closest pairs (by containment) that were *not* grouped,
to judge recall. The judgement (copy or different report) is made by reading both texts; it is recorded
in ``bench/README.md`` and ``docs/importing.md``, not computed here.

Run: .venv/bin/python bench/bench_stories_real.py [--data DIR] [--out OUT] [--near 15]
"""

from __future__ import annotations

import argparse
import json
import sys
import time
from itertools import combinations
from pathlib import Path

import numpy as np
import polars as pl

sys.path.insert(0, str(Path(__file__).resolve().parent))
import benchdata  # noqa: E402

from toolkit.io import stories  # noqa: E402


def _overlap(a: np.ndarray, b: np.ndarray) -> tuple[float, float]:
    """Containment and Jaccard of two sorted shingle sets."""
    if not a.size or not b.size:
        return 0.0, 0.0
    inter = np.intersect1d(a, b, assume_unique=True).size
    return inter / min(a.size, b.size), inter / (a.size + b.size - inter)


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("--data", type=Path, default=None)
    ap.add_argument("--out", type=Path, default=Path("/tmp/stories_real_pairs.md"))
    ap.add_argument("--near", type=int, default=15, help="closest pairs left apart to list")
    a = ap.parse_args()
    folder = benchdata.locate("isaf_press_releases", a.data, script="bench_stories_real.py")
    assert folder is not None
    df = pl.read_ndjson(folder / "test.jsonl").select(
        pl.format("isaf-{}", pl.col("id")).alias("article_id"),
        "text",
        pl.col("start_date").str.to_date(strict=False).alias("published"),
    )
    t0 = time.perf_counter()
    found = stories.find_stories(df)
    seconds = time.perf_counter() - t0
    sets = stories._shingle_hashes(df["text"], stories.SHINGLE)
    text = df["text"].to_list()
    ids = df["article_id"].to_list()
    story = found["story_id"].to_list()
    grouped = [(i, j) for i, j in combinations(range(df.height), 2) if story[i] == story[j]]
    apart = []
    for i, j in combinations(range(df.height), 2):
        if story[i] != story[j]:
            c, jac = _overlap(sets[i], sets[j])
            if c >= 0.25:
                apart.append((c, jac, i, j))
    apart.sort(reverse=True)
    lines = [f"# Story grouping on {df.height} ISAF press releases\n", f"## Grouped pairs ({len(grouped)})\n"]
    for k, (i, j) in enumerate(grouped, 1):
        c, jac = _overlap(sets[i], sets[j])
        lines += [f"### G{k}: {ids[i]} / {ids[j]}  containment {c:.2f}, Jaccard {jac:.2f}\n", "A: " + text[i].replace("\n", " "), "",
                  "B: " + text[j].replace("\n", " "), ""]  # fmt: skip
    lines.append(
        f"## Closest pairs left apart ({min(a.near, len(apart))} of {len(apart)} with containment >= 0.25)\n"
    )
    for k, (c, jac, i, j) in enumerate(apart[: a.near], 1):
        lines += [f"### N{k}: {ids[i]} / {ids[j]}  containment {c:.2f}, Jaccard {jac:.2f}\n", "A: " + text[i].replace("\n", " "), "",
                  "B: " + text[j].replace("\n", " "), ""]  # fmt: skip
    a.out.write_text("\n".join(lines), encoding="utf-8")
    sizes = found.filter(pl.col("story_size") > 1).group_by("story_id").len()["len"]
    print(json.dumps({
        "articles": df.height, "seconds": round(seconds, 2), "stories_with_copies": sizes.len(),
        "articles_in_them": int(sizes.sum()) if sizes.len() else 0, "grouped_pairs": len(grouped),
        "apart_pairs_containment_ge_0.25": len(apart), "apart_max_containment": round(apart[0][0], 3) if apart else 0.0,
        "out": str(a.out),
    }))  # fmt: skip


if __name__ == "__main__":
    main()
