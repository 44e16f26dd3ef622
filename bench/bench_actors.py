"""Speed of actor matching and co-occurrence on a synthetic corpus of about 50,000 sentences.

Usage: .venv/bin/python bench/bench_actors.py [N_ARTICLES]   (default 1,400 articles of ~36 sentences).
Articles are built from wire-copy sentence templates (bench/corpus.py) mixed with the sample article, so
the dictionary, the rules and the discovery of new actors all have work to do. Prints sentences/s for
find_mentions (first call from ``toolkit.core.cache.clear_all()``, which loads the dictionary and builds the
automaton; then a second, warm call on the same sentences, labelled warm: memos full, a figure of reuse, not
of speed), then for find_cooccurrences and score_cooccurrence; then the speed paths of find_mentions: the
cross-call memo on a second batch of articles (after the first batch, against from empty memos), and the
quick exits (``_FAST_*``, module internals kept for A/B runs) on and off, each from empty memos. Exits 0.
"""

from __future__ import annotations

import random
import sys
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))

import polars as pl  # noqa: E402
from corpus import make_article  # noqa: E402

from toolkit.core import cache
from toolkit.extract.actors import find_mentions  # noqa: E402
from toolkit.extract.actors import quick_exits as actors  # noqa: E402  (the _FAST_* switches of _cold)
from toolkit.io.loading import read_articles  # noqa: E402
from toolkit.measure.cooc import find_cooccurrences, score_cooccurrence  # noqa: E402
from toolkit.text.tokenize import split_sentences  # noqa: E402

SEED = Path(__file__).resolve().parent.parent / "seeds" / "000_1ee66edd6f6d697a.txt"


def main(n: int = 1400) -> None:
    rng = random.Random(0)
    seed = SEED.read_text(encoding="utf-8")
    texts = [seed + f"\nCopy {i}." if i % 10 == 0 else make_article(rng, 35) for i in range(n)]
    sents = split_sentences(read_articles(texts).articles)
    cache.clear_all()
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
    print(f"find_mentions (warm reuse: the same sentences again, memos full): {t2 - t1:.2f}s ({n_s / (t2 - t1):,.0f} sentences/s)")
    print(f"find_cooccurrences: {t3 - t2:.2f}s ({n_s / (t3 - t2):,.0f} sentences/s)")
    print(f"score_cooccurrence: {t4 - t3:.3f}s")
    new = ments.filter(ments["actor_id"].str.starts_with("new:"))
    print(f"rules: {dict(ments['rule'].value_counts().sort('count', descending=True).iter_rows())}")
    print(f"discovered actors: {new['actor_id'].n_unique():,}")
    speed_paths(sents)


def _cold(sents: object, **flags: bool) -> float:
    """Seconds of one find_mentions call from empty memos, with the module flags set (then restored)."""
    old = {k: getattr(actors, k) for k in flags}
    for k, v in flags.items():
        setattr(actors, k, v)
    cache.clear_all(rule_sets=False)
    t = time.perf_counter()
    find_mentions(sents)  # type: ignore[arg-type]
    dt = time.perf_counter() - t
    for k, v in old.items():
        setattr(actors, k, v)
    return dt


def speed_paths(sents: pl.DataFrame) -> None:
    """The memo on a second batch and the quick exits, A/B in one process (best of 3)."""
    ids = sents["article_id"].unique(maintain_order=True).to_list()
    half = set(ids[: len(ids) // 2])
    b1 = sents.filter(pl.col("article_id").is_in(half))
    b2 = sents.filter(~pl.col("article_id").is_in(half))
    for warm in (True, False):
        times = []
        for _ in range(3):
            cache.clear_all(rule_sets=False)
            if warm:
                find_mentions(b1)
            t = time.perf_counter()
            find_mentions(b2)
            times.append(time.perf_counter() - t)
        after = "after the first (memos kept)" if warm else "from empty memos"
        print(f"second batch ({b2.height:,} sentences) {after}: {min(times):.2f}s")
    fast = dict.fromkeys(("_FAST_CHUNKS", "_FAST_ORGS", "_FAST_PLACE", "_FAST_ROLE", "_FAST_GROW"), True)
    slow = dict.fromkeys(fast, False)
    on = min(_cold(sents, **fast) for _ in range(3))
    off = min(_cold(sents, **slow) for _ in range(3))
    print(f"find_mentions cold, quick exits on: {on:.2f}s, off: {off:.2f}s")

if __name__ == "__main__":
    main(int(sys.argv[1]) if len(sys.argv) > 1 else 1400)
