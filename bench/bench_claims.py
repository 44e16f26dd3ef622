"""Speed of claim extraction: the sample article repeated into a corpus.

Usage: .venv/bin/python bench/bench_claims.py [N_COPIES]   (default 500). Prints sentences/s and
claims/s for extract_claims and summarise_claim_ledger; exits 0.
"""

from __future__ import annotations

import sys
import time
from pathlib import Path

from toolkit.claims import extract_claims, summarise_claim_ledger
from toolkit.loading import read_articles
from toolkit.tokenize import split_sentences

SEED = Path(__file__).resolve().parent.parent / "seeds" / "000_1ee66edd6f6d697a.txt"


def main(n: int = 500) -> None:
    text = SEED.read_text(encoding="utf-8")
    # vary each copy so article ids differ
    arts = read_articles([f"{text}\nCopy {i} of the story." for i in range(n)]).articles
    sents = split_sentences(arts)
    t0 = time.perf_counter()
    claims = extract_claims(sents)
    t1 = time.perf_counter()
    ledger = summarise_claim_ledger(claims, arts)
    t2 = time.perf_counter()
    print(f"{arts.height} articles, {sents.height} sentences -> {claims.height} claims, {ledger.height} ledger rows")
    print(f"extract_claims: {t1 - t0:.2f}s ({sents.height / (t1 - t0):,.0f} sentences/s, {claims.height / (t1 - t0):,.0f} claims/s)")
    print(f"summarise_claim_ledger: {t2 - t1:.3f}s")


if __name__ == "__main__":
    main(int(sys.argv[1]) if len(sys.argv) > 1 else 500)
