"""Agreement of the fast (polars) tokenizer with NLTK's NLTKWordTokenizer, and their speeds.

Usage: python bench/eval_tokens.py [N_ARTICLES] [--data DIR]   (synthetic corpus from bench/corpus.py, default 500)
Also compares on the NewsMTSC test sentences: ``--data DIR`` (a folder holding test_mt.jsonl and test_rw.jsonl;
see ``bench/benchdata.py``); without them that line is skipped and says so.
"""

from __future__ import annotations

import argparse
import json
import sys
import tempfile
import time
from pathlib import Path

import polars as pl

sys.path.insert(0, str(Path(__file__).parent))
from benchdata import locate  # noqa: E402
from corpus import write_corpus  # noqa: E402

import toolkit  # noqa: E402


def agreement(sents: pl.DataFrame) -> float:
    keys = ["article_id", "sentence_id"]
    a = toolkit.split_tokens(sents).group_by(keys).agg("token", "char_start")
    b = toolkit.split_tokens(sents, method="nltk").group_by(keys).agg("token", "char_start")
    j = a.join(b, on=keys, suffix="_nltk")
    same = j.filter((pl.col("token") == pl.col("token_nltk")) & (pl.col("char_start") == pl.col("char_start_nltk")))
    return same.height / max(1, j.height)


def main(n: int, data: Path | None = None) -> None:
    with tempfile.TemporaryDirectory() as tmp:
        arts = toolkit.read_articles(write_corpus(n, Path(tmp) / "c.jsonl")).articles
    sents = toolkit.split_sentences(arts)
    t0 = time.perf_counter()
    fast = toolkit.split_tokens(sents)
    t1 = time.perf_counter()
    toolkit.split_tokens(sents, method="nltk")
    t2 = time.perf_counter()
    print(f"{sents.height} sentences, {fast.height} tokens")
    print(f"fast: {sents.height / (t1 - t0):,.0f} sentences/s; nltk: {sents.height / (t2 - t1):,.0f} sentences/s; "
          f"speed-up {(t2 - t1) / (t1 - t0):.1f}x")  # fmt: skip
    print(f"identical token lists (synthetic): {agreement(sents):.2%}")
    rows = []
    folder = locate("newsmtsc", data, script="eval_tokens", required=data is not None)
    if folder is None:
        print("NewsMTSC sentences: not found, skipped (pass --data DIR; see bench/benchdata.py)")
        return
    for f in ("test_mt.jsonl", "test_rw.jsonl"):
        p = folder / f
        if p.exists():
            for i, line in enumerate(p.read_text(encoding="utf-8").splitlines()):
                d = json.loads(line)
                rows.append({"article_id": f"{f}{i}", "sentence_id": 0, "char_start": 0, "text": d.get("sentence_normalized") or ""})
    if rows:
        print(f"identical token lists (NewsMTSC test sentences, n={len(rows)}): {agreement(pl.DataFrame(rows)):.2%}")


if __name__ == "__main__":
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("n", type=int, nargs="?", default=500)
    ap.add_argument("--data", type=Path, default=None, help="folder holding NewsMTSC's test_mt.jsonl, test_rw.jsonl")
    a = ap.parse_args()
    main(a.n, a.data)
