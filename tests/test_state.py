"""Shared state under threads and edits: every memo lives in ``toolkit.core.cache``.

The review's reproduction: 8 threads computing the row tables with the memo bounds lowered (so memos are
emptied while other threads read them) raised ``KeyError`` in the actor matcher. Here each of 8 threads
analyses a different corpus, with every memo held to 2 entries, and must get exactly the tables that one
thread gets with the memos unbounded. Editing a user's dictionary between two calls must change the next
call's result.
"""

from __future__ import annotations

import random
import sys
from concurrent.futures import ThreadPoolExecutor
from pathlib import Path

import polars as pl
import pytest
from heldout_sets import in_sample_article_files

from toolkit import read_articles
from toolkit.core import cache
from toolkit.run.pipeline import analyze, compute_row_tables

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT / "bench"))
try:
    from corpus import make_article  # type: ignore[import-not-found]
finally:
    sys.path.remove(str(ROOT / "bench"))


def _corpora() -> list[pl.DataFrame]:
    """Eight different corpora: the held-out articles in four groups, and four generated ones."""
    files = in_sample_article_files()  # the held-out sets are read by their scoring only
    real = read_articles(files).articles.sort("article_id")
    out = [real[i::4] for i in range(4)]
    for seed in range(4):
        rng = random.Random(seed)
        texts = [make_article(rng, 12) for _ in range(6)]
        out.append(read_articles(texts).articles)
    return out


def _equal(a: dict[str, pl.DataFrame], b: dict[str, pl.DataFrame]) -> None:
    assert a.keys() == b.keys()
    for name in a:
        assert a[name].equals(b[name], null_equal=True), name


@pytest.mark.slow
def test_eight_threads_with_tiny_memos_give_the_tables_of_one_thread() -> None:
    corpora = _corpora()
    cache.clear_all()
    expected = [compute_row_tables(c, progress=False) for c in corpora]
    cache.clear_all()
    with cache.limit(2), ThreadPoolExecutor(max_workers=8) as pool:
        for _round in range(2):
            got = list(pool.map(lambda c: compute_row_tables(c, progress=False), corpora))
            for g, e in zip(got, expected, strict=True):
                _equal(g, e)
    # and warm memos (left by the threads) change nothing either
    _equal(compute_row_tables(corpora[0], progress=False), expected[0])


def test_an_edited_dictionary_takes_effect_on_the_next_call(tmp_path: Path) -> None:
    text = "Fighters of the Bar Front said they had taken the town. Bar Front commanders met on Monday."
    mine = tmp_path / "mine.yaml"
    mine.write_text("actors: []\n", encoding="utf-8")

    def ids() -> set[str]:
        return set(analyze([text], dictionary=mine, progress=False).mentions["actor_id"].drop_nulls().to_list())

    before = ids()
    assert "BARFRONT" not in before
    mine.write_text(
        "actors:\n  - id: BARFRONT\n    label: Bar Front\n    type: armed_group\n    aliases: [Bar Front]\n",
        encoding="utf-8",
    )
    assert "BARFRONT" in ids()
