"""Speed of claim extraction: the sample article repeated into a corpus.

Usage: .venv/bin/python bench/bench_claims.py [N_COPIES]   (default 500). Prints sentences/s and
claims/s for extract_claims, cold (``toolkit.core.cache.clear_all(rule_sets=False)`` first: every memo empty,
the rule files already loaded; the number that matters) and warm reuse (the same sentences again, read
from the memo: not a speed figure), CPU seconds best of 3; and summarise_claim_ledger. Exits 0.
"""

from __future__ import annotations

import sys
import time
from pathlib import Path

from toolkit.core import cache
from toolkit.extract.claims import extract_claims, summarise_claim_ledger
from toolkit.io.loading import read_articles
from toolkit.text.tokenize import split_sentences

SEED = Path(__file__).resolve().parent.parent / "seeds" / "000_1ee66edd6f6d697a.txt"


def main(n: int = 500) -> None:
    text = SEED.read_text(encoding="utf-8")
    # vary each copy so article ids differ, and its figures so that its texts do too
    arts = read_articles([f"{text.replace('0', str(i % 10))}\nCopy {i} of the story." for i in range(n)]).articles
    sents = split_sentences(arts)
    extract_claims(split_sentences(read_articles(["Officials said 3 people died."]).articles))  # loads the rules
    cold, warm = [], []
    for _ in range(3):
        cache.clear_all(rule_sets=False)
        t0 = time.process_time()
        claims = extract_claims(sents)
        t1 = time.process_time()
        extract_claims(sents)
        t2 = time.process_time()
        cold.append(t1 - t0)
        warm.append(t2 - t1)
    t3 = time.perf_counter()
    ledger = summarise_claim_ledger(claims, arts)
    t4 = time.perf_counter()
    print(f"{arts.height} articles, {sents.height} sentences -> {claims.height} claims, {ledger.height} ledger rows")
    for name, times in (("cold", cold), ("warm reuse (memos full)", warm)):
        best = min(times)
        print(
            f"extract_claims {name}: {best:.3f} s CPU ({sents.height / best:,.0f} sentences/s, "
            f"{claims.height / best:,.0f} claims/s)"
        )
    print(f"summarise_claim_ledger: {t4 - t3:.3f}s")


if __name__ == "__main__":
    main(int(sys.argv[1]) if len(sys.argv) > 1 else 500)
