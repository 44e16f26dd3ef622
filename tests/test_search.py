"""Search (toolkit.measure.search.kwic) and the search explorer, on a corpus generated with known counts."""

from __future__ import annotations

import datetime as dt

import polars as pl
import pytest

from toolkit.io.loading import read_articles
from toolkit.measure.search import KWIC_SCHEMA, kwic, pattern_regex
from toolkit.text.tokenize import split_sentences

# (outlet, month, occurrences of "ceasefire" per article, articles)
PLAN = [("AFP", 1, 2, 3), ("AFP", 2, 1, 2), ("AP", 1, 0, 2), ("AP", 2, 3, 1)]


def make_corpus() -> tuple[pl.DataFrame, pl.DataFrame]:
    rows = []
    for outlet, month, k, n in PLAN:
        for i in range(n):
            body = ["Officials met in Cairo on Monday to discuss aid deliveries."]
            body += [f"The ceasefire talks resumed in round {j + 1}, diplomats said." for j in range(k)]
            body += ["A Ceasefire-monitoring team arrived late.", "Émile Zola’s café was closed, and the CEASEFIRES held."]
            rows.append({"article_id": f"{outlet}-{month}-{i}", "outlet": outlet, "published": dt.date(2024, month, 3 + i),
                         "title": f"{outlet} report {i}", "text": "\n\n".join(body)})  # fmt: skip
    arts = read_articles(rows).articles
    return arts, split_sentences(arts)


def test_counts_and_offsets_are_exact():
    arts, sents = make_corpus()
    hits = kwic(sents, "ceasefire talks", window=3)
    assert hits.schema == pl.Schema(KWIC_SCHEMA)
    assert hits.height == sum(k * n for _, _, k, n in PLAN)
    per_outlet = hits.join(arts.select("article_id", "outlet"), on="article_id").group_by("outlet").len().sort("outlet").rows()
    assert per_outlet == [("AFP", 2 * 3 + 1 * 2), ("AP", 3)]
    text = dict(arts.select("article_id", "text").iter_rows())
    for r in hits.iter_rows(named=True):
        assert text[r["article_id"]][r["char_start"] : r["char_end"]] == r["match"] == "ceasefire talks"
        assert r["left"] == "The" and r["right"].startswith("resumed in round")


def test_whole_words_case_and_regex():
    arts, sents = make_corpus()
    n_articles = arts.height
    # whole words: "Ceasefire-monitoring" has the word; "CEASEFIRES" does not
    assert kwic(sents, "ceasefire").height == sum(k * n for _, _, k, n in PLAN) + n_articles
    assert kwic(sents, "ceasefire", case=True).height == sum(k * n for _, _, k, n in PLAN)
    hits = kwic(sents, r"ceasefires?\b", regex=True)
    assert hits.height == sum(k * n for _, _, k, n in PLAN) + 2 * n_articles  # "Ceasefire-" and "CEASEFIRES"
    # non-ASCII text before the match: offsets count characters, not bytes
    text = dict(arts.select("article_id", "text").iter_rows())
    cafe = kwic(sents, "closed", window=2)
    assert cafe.height == n_articles and cafe["left"][0] == "café was"
    for r in cafe.iter_rows(named=True):
        assert text[r["article_id"]][r["char_start"] : r["char_end"]] == "closed"


def test_actor_search_uses_mentions():
    arts, sents = make_corpus()
    text = dict(arts.select("article_id", "text").iter_rows())
    aid = arts["article_id"][0]
    start = text[aid].index("Cairo")
    m = pl.DataFrame({"article_id": [aid, aid], "sentence_id": [0, 0], "char_start": [start, 0], "char_end": [start + 5, 9],
                      "actor_id": ["EGY_CAIRO", "OTHER"]})  # fmt: skip
    hits = kwic(sents, actor="EGY_CAIRO", mentions=m, window=2)
    assert hits.select("match", "left", "right").rows() == [("Cairo", "met in", "on Monday")]
    assert hits["char_start"][0] == start
    assert kwic(sents, actor=["EGY_CAIRO", "OTHER"], mentions=m).height == 2


def test_empty_results_and_errors():
    arts, sents = make_corpus()
    none = kwic(sents, "armistice")
    assert none.height == 0 and none.schema == pl.Schema(KWIC_SCHEMA)
    assert kwic(sents.clear(), "ceasefire").height == 0
    assert kwic(sents, actor="NOBODY", mentions=pl.DataFrame(schema={c: pl.String if c in ("article_id", "actor_id") else pl.Int64
                                                                       for c in ("article_id", "sentence_id", "char_start", "char_end", "actor_id")})).height == 0  # fmt: skip
    with pytest.raises(ValueError, match="empty string"):
        kwic(sents, "x*", regex=True)
    with pytest.raises(ValueError, match="invalid regular expression '\\(unclosed': unclosed group$"):
        kwic(sents, "(unclosed", regex=True)  # the engine's reason, not its first line ("regex parse error:")
    with pytest.raises(ValueError, match="needs the mentions table"):
        kwic(sents, actor="X")
    with pytest.raises(ValueError, match="empty"):
        pattern_regex("  ")


def test_explorer_filters_sorts_and_opens_lines():
    from toolkit.explore.search import SearchExplorer

    arts, sents = make_corpus()

    class R:
        articles, sentences = arts, sents

    ex = SearchExplorer(R(), query="ceasefire talks", window=3)  # type: ignore[arg-type]
    assert ex.hits.height == 11 and "11 matches" in ex.status.value
    ex.outlets.value = ("AP",)
    assert ex.hits.height == 3
    ex.start.value = dt.date(2024, 2, 1)
    assert ex.hits.height == 3
    ex.outlets.value = ("AFP",)
    assert ex.hits.height == 2
    ex.show_line(1)
    assert "tk-type-search" in ex.article_html.value and "sentence" in ex.article_html.value
    ex.sort.value = "right"
    assert ex.hits["right"].to_list() == sorted(ex.hits["right"].to_list(), key=str.lower)
    ex.query.value = "armistice"
    assert ex.hits.height == 0 and "No matches" in ex.lines_html.value
    ex.mode.value = "regex"
    ex.query.value = "(bad"
    assert "invalid regular expression" in ex.status.value
    assert "Static snapshot" in ex.snapshot()
