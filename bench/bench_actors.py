"""Speed of actor matching and co-occurrence on a synthetic corpus of about 50,000 sentences.

Usage: .venv/bin/python bench/bench_actors.py [N_ARTICLES]   (default 1,400 articles of ~36 sentences).
Articles are built from wire-copy sentence templates (bench/corpus.py) mixed with the sample article, so
the dictionary, the rules and the discovery of new actors all have work to do. Prints sentences/s for
find_mentions (first call, which builds the automaton, and a second, warm call), then for
find_cooccurrences and score_cooccurrence; exits 0.
"""

from __future__ import annotations

import random
import sys
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))

from corpus import make_article  # noqa: E402

from toolkit.actors import find_mentions  # noqa: E402
from toolkit.cooc import find_cooccurrences, score_cooccurrence  # noqa: E402
from toolkit.loading import read_articles  # noqa: E402
from toolkit.tokenize import split_sentences  # noqa: E402

SEED = Path(__file__).resolve().parent.parent / "seeds" / "000_1ee66edd6f6d697a.txt"


def main(n: int = 1400) -> None:
    rng = random.Random(0)
    seed = SEED.read_text(encoding="utf-8")
    texts = [seed + f"\nCopy {i}." if i % 10 == 0 else make_article(rng, 35) for i in range(n)]
    sents = split_sentences(read_articles(texts).articles)
    t0 = time.perf_counter()
    ments = find_mentions(sents)
    t1 = time.perf_counter()
    ments = find_mentions(sents)
    t2 = time.perf_counter()
    pairs = find_cooccurrences(ments, sents)
    t3 = time.perf_counter()
    edges = score_cooccurrence(pairs, ments, sents)
    t4 = time.perf_counter()
    n_s = sents.height
    print(
        f"{n} articles, {n_s:,} sentences -> {ments.height:,} mentions, {pairs.height:,} pairs, {edges.height:,} edges"
    )
    print(f"find_mentions (cold, builds the automaton): {t1 - t0:.2f}s ({n_s / (t1 - t0):,.0f} sentences/s)")
    print(f"find_mentions (warm): {t2 - t1:.2f}s ({n_s / (t2 - t1):,.0f} sentences/s)")
    print(f"find_cooccurrences: {t3 - t2:.2f}s ({n_s / (t3 - t2):,.0f} sentences/s)")
    print(f"score_cooccurrence: {t4 - t3:.3f}s")
    new = ments.filter(ments["actor_id"].str.starts_with("new:"))
    print(f"rules: {dict(ments['rule'].value_counts().sort('count', descending=True).iter_rows())}")
    print(f"discovered actors: {new['actor_id'].n_unique():,}")


if __name__ == "__main__":
    main(int(sys.argv[1]) if len(sys.argv) > 1 else 1400)
