"""Speed of quote extraction: the synthetic corpus (bench/corpus.py) and the sample article repeated.

Usage: .venv/bin/python bench/bench_quotes.py [N_ARTICLES] [--repeat 3]   (default 2000 articles,
about 76,000 sentences). Sentences and mentions are computed first and not timed; then
``extract_quotes`` runs ``--repeat`` times on each corpus, each run from empty memos
(``toolkit.core.cache.clear_all(rule_sets=False)``; the verb lexicon is loaded by an untimed first call), and the
best wall and CPU times are printed with sentences/s and quotes/s. Exits 0.
"""

from __future__ import annotations

import argparse
import random
import sys
import time
from pathlib import Path

import polars as pl

from toolkit.core import cache
from toolkit.extract.actors import find_mentions
from toolkit.extract.quotes import extract_quotes, summarise_sources
from toolkit.io.loading import read_articles
from toolkit.text.tokenize import split_sentences

sys.path.insert(0, str(Path(__file__).parent))
from corpus import make_article  # noqa: E402

SEED = Path(__file__).resolve().parent.parent / "seeds" / "000_1ee66edd6f6d697a.txt"


def _time(label: str, sents: pl.DataFrame, arts: pl.DataFrame, ments: pl.DataFrame, repeat: int) -> None:
    extract_quotes(sents, arts, mentions=ments)  # warm: loads the lexicon once
    walls, cpus = [], []
    for _ in range(repeat):
        cache.clear_all(rule_sets=False)
        w0, c0 = time.perf_counter(), time.process_time()
        quotes = extract_quotes(sents, arts, mentions=ments)
        walls.append(time.perf_counter() - w0)
        cpus.append(time.process_time() - c0)
    w, c = min(walls), min(cpus)
    t0 = time.perf_counter()
    sources = summarise_sources(quotes)
    t1 = time.perf_counter()
    print(f"{label}: {arts.height:,} articles, {sents.height:,} sentences -> {quotes.height:,} quotes")
    print(f"  extract_quotes: best of {repeat}: {w:.2f}s wall, {c:.2f}s CPU ({sents.height / w:,.0f} sentences/s, "
          f"{quotes.height / w:,.0f} quotes/s)")  # fmt: skip
    print(f"  summarise_sources: {t1 - t0:.3f}s ({sources.height:,} rows)")


def main(n: int = 2000, repeat: int = 3) -> None:
    rng = random.Random(0)
    texts = [make_article(rng, 35) for _ in range(n)]
    arts = read_articles([{"text": t} for t in texts], progress=False).articles
    sents = split_sentences(arts)
    _time("synthetic corpus", sents, arts, find_mentions(sents), repeat)

    seed = SEED.read_text(encoding="utf-8")
    n_seed = max(1, n // 4)
    arts = read_articles([f"{seed}\nCopy {i} of the story." for i in range(n_seed)], progress=False).articles
    sents = split_sentences(arts)
    _time("sample article repeated", sents, arts, find_mentions(sents), repeat)


if __name__ == "__main__":
    ap = argparse.ArgumentParser()
    ap.add_argument("n", type=int, nargs="?", default=2000)
    ap.add_argument("--repeat", type=int, default=3)
    a = ap.parse_args()
    main(a.n, a.repeat)
