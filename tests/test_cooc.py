"""Co-occurrence pairs, association measures, tracing and network export, with hand-worked numbers."""

from __future__ import annotations

import math

import networkx as nx
import polars as pl
import pytest

from toolkit.core.schema import validate
from toolkit.extract.actors import find_mentions
from toolkit.io.loading import read_articles
from toolkit.measure.cooc import (
    find_cooccurrences,
    find_pair_sentences,
    score_cooccurrence,
    to_networkx,
    write_network,
)
from toolkit.text.tokenize import split_sentences

# article a: s0 p0 ISR HAMAS | s1 p0 ISR, Gaza (a place) | s2 p1 HAMAS
# article b: s0 p0 ISR HAMAS | s1 p1 UN
SENTS = pl.DataFrame(
    {
        "article_id": ["a", "a", "a", "b", "b"],
        "paragraph_id": [0, 0, 1, 0, 1],
        "sentence_id": [0, 1, 2, 0, 1],
        "text": [
            "Israel hit Hamas.",
            "Israel bombed Gaza.",
            "Hamas fired.",
            "Israel and Hamas talk.",
            "The UN met.",
        ],
    },
    schema_overrides={"paragraph_id": pl.Int32, "sentence_id": pl.Int32},
)
MENTIONS = pl.DataFrame(
    {
        "article_id": ["a", "a", "a", "a", "a", "b", "b", "b"],
        "sentence_id": [0, 0, 1, 1, 2, 0, 0, 1],
        "paragraph_id": [0, 0, 0, 0, 1, 0, 0, 1],
        "actor_id": ["ISR", "HAMAS", "ISR", "GAZA", "HAMAS", "ISR", "HAMAS", "UN"],
        "actor_label": [
            "Israel",
            "Hamas",
            "Israel",
            "Gaza Strip",
            "Hamas",
            "Israel",
            "Hamas",
            "United Nations",
        ],
        "actor_type": [
            "state",
            "armed_group",
            "state",
            "location",
            "armed_group",
            "state",
            "armed_group",
            "organization",
        ],
        "is_place": [False, False, False, True, False, False, False, False],
        "affiliation": [None, "PSE", None, "PSE", "PSE", None, "PSE", None],
    },
    schema_overrides={"paragraph_id": pl.Int32, "sentence_id": pl.Int32},
)


def test_pairs_per_window_hand_worked():
    p = find_cooccurrences(MENTIONS, SENTS)
    validate(p, "cooc_pairs")
    assert p.select("window", "article_id", "unit_id", "actor_a", "actor_b", "sentence_ids").rows() == [
        ("sentence", "a", 0, "HAMAS", "ISR", [0]),
        ("paragraph", "a", 0, "HAMAS", "ISR", [0, 1]),
        ("article", "a", 0, "HAMAS", "ISR", [0, 1, 2]),
        ("sentence", "b", 0, "HAMAS", "ISR", [0]),
        ("paragraph", "b", 0, "HAMAS", "ISR", [0]),
        ("article", "b", 0, "HAMAS", "ISR", [0]),
        ("article", "b", 0, "HAMAS", "UN", [0, 1]),
        ("article", "b", 0, "ISR", "UN", [0, 1]),
    ]


def test_places_by_affiliation_and_types():
    p = find_cooccurrences(MENTIONS, SENTS, windows=("sentence",), places=True)
    assert p.select("article_id", "unit_id", "actor_a", "actor_b").rows() == [
        ("a", 0, "HAMAS", "ISR"), ("a", 1, "GAZA", "ISR"), ("b", 0, "HAMAS", "ISR")
    ]  # fmt: skip
    p = find_cooccurrences(MENTIONS, SENTS, windows=("sentence",), by="affiliation")
    assert p.select("actor_a", "actor_b").rows() == [("ISR", "PSE"), ("ISR", "PSE")]
    p = find_cooccurrences(MENTIONS, SENTS, windows=("article",), types=["state", "organization"])
    assert p.select("actor_a", "actor_b").rows() == [("ISR", "UN")]


def test_measures_hand_worked():
    p = find_cooccurrences(MENTIONS, SENTS)
    e = score_cooccurrence(p, MENTIONS, SENTS)
    validate(e, "cooc_edges")
    row = e.filter((pl.col("window") == "sentence") & (pl.col("actor_a") == "HAMAS")).row(0, named=True)
    # N = 5 sentences, n_a = n_b = 3, n_ab = 2
    assert (row["n_units"], row["n_articles"], row["n_a"], row["n_b"], row["n_total"]) == (2, 2, 3, 3, 5)
    assert row["pmi"] == pytest.approx(math.log2(2 * 5 / 9))
    assert row["npmi"] == pytest.approx(math.log2(10 / 9) / -math.log2(2 / 5))
    assert row["dice"] == pytest.approx(4 / 6)
    obs, exp = [2, 1, 1, 1], [9 / 5, 6 / 5, 6 / 5, 4 / 5]
    assert row["llr"] == pytest.approx(2 * sum(o * math.log(o / x) for o, x in zip(obs, exp, strict=True)))
    totals = dict(e.select("window", "n_total").unique().rows())
    assert totals == {"sentence": 5, "paragraph": 4, "article": 2}
    art = (
        e.filter(pl.col("window") == "article")
        .select("actor_a", "actor_b", "n_units", "n_a", "n_b", "npmi")
        .rows()
    )
    assert art[0] == ("HAMAS", "ISR", 2, 2, 2, 1.0)


def test_score_filters_and_errors():
    p = find_cooccurrences(MENTIONS, SENTS)
    e = score_cooccurrence(p, MENTIONS, SENTS, min_count=2)
    assert e.select("window", "actor_a", "actor_b").rows() == [
        ("sentence", "HAMAS", "ISR"), ("paragraph", "HAMAS", "ISR"), ("article", "HAMAS", "ISR")
    ]  # fmt: skip
    e = score_cooccurrence(p, MENTIONS, SENTS, windows=("article",), types=["state", "organization"])
    assert e.select("actor_a", "actor_b").rows() == [("ISR", "UN")]
    with pytest.raises(
        ValueError, match="invalid window='page'; valid values: 'sentence', 'paragraph', 'article'"
    ):
        find_cooccurrences(MENTIONS, SENTS, windows=("page",))  # type: ignore[arg-type]
    with pytest.raises(ValueError, match="invalid by='state'"):
        score_cooccurrence(p, MENTIONS, SENTS, by="state")  # type: ignore[arg-type]
    with pytest.raises(ValueError, match="min_count"):
        score_cooccurrence(p, MENTIONS, SENTS, min_count=0)
    with pytest.raises(ValueError, match="find_cooccurrences needs column"):
        find_cooccurrences(MENTIONS.drop("actor_id"), SENTS)


def test_empty_inputs():
    empty_m = MENTIONS.head(0)
    p = find_cooccurrences(empty_m, SENTS)
    validate(p, "cooc_pairs")
    assert p.height == 0
    e = score_cooccurrence(p, empty_m, SENTS)
    validate(e, "cooc_edges")
    assert e.height == 0


def test_every_edge_traces_to_its_sentences():
    arts = read_articles(
        [
            "Israel and Hamas traded fire.\nQatari mediators met Hamas.\nIsrael said Hamas lied.",
            "Israeli officials denied it. Hamas said talks continue.",
        ]
    ).articles
    s = split_sentences(arts)
    m = find_mentions(s)
    p = find_cooccurrences(m, s)
    e = score_cooccurrence(p, m, s)
    for row in e.iter_rows(named=True):
        found = find_pair_sentences(p, s, row["actor_b"], row["actor_a"], window=row["window"])
        assert found.select("article_id", "unit_id").unique().height == row["n_units"]
        for t in found.iter_rows(named=True):  # both actors are in the window's sentences
            ids = m.filter(
                (pl.col("article_id") == t["article_id"]) & pl.col("sentence_id").is_in(found.filter(
                    (pl.col("article_id") == t["article_id"]) & (pl.col("unit_id") == t["unit_id"]))["sentence_id"].implode())
            )["actor_id"]  # fmt: skip
            assert {row["actor_a"], row["actor_b"]} <= set(ids)
    sent = find_pair_sentences(p, s, "HAMAS", "ISR")
    assert sent["text"].to_list() == ["Israel and Hamas traded fire.", "Israel said Hamas lied."]


def test_network_export(tmp_path):
    p = find_cooccurrences(MENTIONS, SENTS)
    e = score_cooccurrence(p, MENTIONS, SENTS)
    g = to_networkx(e, window="article", mentions=MENTIONS, weight="dice")
    assert sorted(g.nodes) == ["HAMAS", "ISR", "UN"]
    assert g.nodes["UN"] == {"label": "United Nations", "actor_type": "organization", "n_mentions": 1}
    assert g["HAMAS"]["ISR"]["weight"] == pytest.approx(1.0)
    assert g["HAMAS"]["ISR"]["n_units"] == 2
    for fmt, reader in (("graphml", nx.read_graphml), ("gexf", nx.read_gexf)):
        path = write_network(e, tmp_path / f"net.{fmt}", format=fmt, mentions=MENTIONS)  # type: ignore[arg-type]
        back = reader(path)
        assert back.number_of_edges() == 1 and back.number_of_nodes() == 2
    with pytest.raises(ValueError, match="invalid format='pajek'; valid values: 'graphml', 'gexf'"):
        write_network(e, tmp_path / "x", format="pajek")  # type: ignore[arg-type]
    with pytest.raises(ValueError, match="invalid weight='count'"):
        to_networkx(e, weight="count")  # type: ignore[arg-type]


def test_sum_count_files_codes_labels_and_falls_back_to_strings(tmp_path):
    """Pair counts are summed on integer codes of the actor labels; the sums equal merge_counts', and a pair whose
    label the actor counts lack (a hand-made file) is summed on the strings instead, nothing lost."""
    from toolkit.measure.cooc import merge_counts, sum_count_files

    pairs = pl.DataFrame({"actor_a": ["ALPHA", "new:dana-cole"], "actor_b": ["new:mark-fisk", "ZED"], "window": ["sentence", "article"],
                          "n_units": [2, 1], "n_articles": [1, 1]})  # fmt: skip
    actors = pl.DataFrame({"window": ["sentence", "sentence", "article", "article"],
                           "actor": ["ALPHA", "new:mark-fisk", "new:dana-cole", "ZED"], "n": [3, 2, 1, 1]})  # fmt: skip
    totals = pl.DataFrame({"window": ["sentence", "article"], "n_total": [10, 2]})
    files = []
    for i, (p, a) in enumerate(
        [(pairs, actors), (pairs.head(1), actors), (pairs.with_columns(actor_b=pl.lit("GHOST")), actors)]
    ):
        paths = tuple(tmp_path / f"{i}-{t}.parquet" for t in ("p", "a", "t"))
        for df, path in zip((p, a, totals), paths, strict=True):
            df.write_parquet(path)
        files.append((paths, (p, a, totals)))
    key = ["window", "actor_a", "actor_b"]
    for chosen in (files[:2], files):  # coded; then with the unknown label GHOST
        summed = sum_count_files([f for f, _ in chosen])[0].sort(key)
        expected = merge_counts([c for _, c in chosen])[0].sort(key)
        assert summed.equals(expected.select(summed.columns))
        assert summed.schema["actor_a"] == pl.String
    assert "GHOST" in summed["actor_b"].to_list()


def test_score_sums_in_slices_is_the_table_of_one_call(tmp_path, monkeypatch):
    """Scored in slices of the pairs sorted in the table's order (here 2 at a time, ties of n_units across slices),
    on integer codes of the labels or, when a pair's label is missing from the actor counts, on the strings: the
    pieces read in order are the table score_counts gives on the same counts."""
    from toolkit.measure import cooc

    monkeypatch.setattr(cooc, "SCORE_SLICE", 2)
    names = ["new:ava-lind", "BRA", "new:zoe-kim", "CHN", "new:ben-ode"]
    pairs = pl.DataFrame({
        "actor_a": [names[0], names[1], names[1], names[3], names[0], names[2], names[1]],
        "actor_b": [names[2], names[2], names[4], names[4], names[4], names[3], names[3]],
        "window": ["article"] * 5 + ["sentence"] * 2,
        "n_units": [2, 2, 1, 2, 1, 1, 3], "n_articles": [2, 1, 1, 2, 1, 1, 2],
    })  # fmt: skip
    actors = pl.DataFrame({"window": ["article"] * 5 + ["sentence"] * 4,
                           "actor": names + [names[1], names[2], names[3], names[0]], "n": [4, 5, 3, 3, 2, 4, 2, 3, 1]})  # fmt: skip
    totals = pl.DataFrame({"window": ["sentence", "paragraph", "article"], "n_total": [40, 20, 8]})
    expected = cooc.score_counts(pairs, actors, totals)
    assert expected.height == 7 and len(list(tmp_path.iterdir())) == 0
    got = cooc.score_sums((pairs, actors, totals), tmp_path / "coded").collect()
    assert got.equals(expected)
    # article: 3 slices; paragraph: 1 empty; sentence: 1
    assert len(list((tmp_path / "coded").iterdir())) == 5
    # the pairs with new:ben-ode lose n_b (null, as score_counts gives) and are scored on the strings
    missing = actors.filter(pl.col("actor") != names[4])
    assert (
        cooc.score_sums((pairs, missing, totals), tmp_path / "strings")
        .collect()
        .equals(cooc.score_counts(pairs, missing, totals))
    )
    assert (
        cooc.score_sums((pairs, actors, totals), tmp_path / "min", min_count=2)
        .collect()
        .equals(cooc.score_counts(pairs, actors, totals, min_count=2))
    )
