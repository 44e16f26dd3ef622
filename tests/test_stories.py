"""Syndicated and near-duplicate stories (toolkit.io.stories): story_id, story_size, --stories, --count."""

from __future__ import annotations

import datetime as dt
import json
import random

import polars as pl
import pytest

import toolkit
from toolkit.cli import main
from toolkit.core.schema import empty, validate
from toolkit.io.stories import find_stories, group_stories, select_stories, sketch_articles, story_table
from toolkit.run.engine import analyze_to_dir

WIRE = [
    "Israeli strikes on Rafah killed at least 12 people overnight, the civil defence agency said on Monday.",
    "Among the dead were four children from one family, according to Ahmed Haddad, a doctor at the Kuwaiti hospital.",
    "“We pulled them from the rubble with our hands,” said Omar Nasser, a neighbour who fled with his two sons.",
    "Qatar and Egypt said talks on a truce would resume in Cairo on Tuesday, with a delegation from Hamas expected.",
    "Antony Blinken told reporters in Doha that a deal was still possible but that time was running out.",
    "The World Food Programme said only 40 trucks of flour had crossed into the south of the territory last week.",
    "Aid groups warned that the bakeries of Khan Yunis had closed for lack of fuel and that prices had tripled.",
    "Benjamin Netanyahu has vowed to send troops into the city, where more than a million people are sheltering.",
]
OTHER_REPORT = [  # the same event, place, people and date, reported independently
    "At least 12 people died in Rafah when Israeli jets hit several homes before dawn, rescuers told journalists.",
    "Doctor Ahmed Haddad of the Kuwaiti hospital counted four children of a single family among the victims.",
    "Omar Nasser, whose house stands next door, dug through concrete for hours, he recounted by telephone.",
    "Negotiators from Egypt and Qatar plan to meet Hamas envoys in Cairo again this week, diplomats indicated.",
    "Speaking in Doha, Antony Blinken insisted an agreement could still be reached, though the window was closing.",
    "Barely 40 lorries carrying flour reached southern Gaza during the past seven days, the World Food Programme noted.",
    "Without fuel the ovens of Khan Yunis stand idle, and a bag of flour now costs three times its former price.",
    "Benjamin Netanyahu insists a ground offensive on the crowded border city will go ahead whatever allies say.",
]
UNRELATED = "Russia launched 40 drones at Kyiv overnight, Ukraine's air force said, and about 2.4 million people lost power."


def _edits() -> dict[str, str]:
    base = "\n".join(WIRE)
    return {
        "headline": base,  # only the headline differs (below)
        "dropped": "\n".join(WIRE[:3] + WIRE[4:]),
        "added": "\n".join(
            WIRE[:5] + ["The army said it had struck 30 militant targets across the territory."] + WIRE[5:]
        ),
        "credit": "RAFAH, Palestinian Territories (AFP) -\n"
        + base
        + "\nReporting by Agence France-Presse; editing by staff",
        "small": base.replace("said on Monday", "said Monday")
        .replace("four children", "4 children")
        .replace("flour", "wheat flour", 1),
    }


def _articles() -> pl.DataFrame:
    rows = [
        {
            "article_id": "orig",
            "title": "Strikes kill 12 in Rafah",
            "published": dt.date(2024, 3, 4),
            "text": "\n".join(WIRE),
        }
    ]
    for kind, text in _edits().items():
        title = "Gaza: a dozen dead in overnight raids" if kind == "headline" else "Strikes kill 12 in Rafah"
        rows.append(
            {"article_id": f"copy-{kind}", "title": title, "published": dt.date(2024, 3, 5), "text": text}
        )
    rows.append(
        {
            "article_id": "other-report",
            "title": "Strikes kill 12 in Rafah",
            "published": dt.date(2024, 3, 4),
            "text": "\n".join(OTHER_REPORT),
        }
    )
    rows.append({"article_id": "kyiv", "title": "Kyiv", "published": dt.date(2024, 3, 4), "text": UNRELATED})
    return pl.DataFrame(rows)


def _mapping(df: pl.DataFrame) -> dict[str, tuple[str, int]]:
    return {a: (s, n) for a, s, n in df.select("article_id", "story_id", "story_size").iter_rows()}


def test_copies_with_each_kind_of_edit_are_one_story():
    got = _mapping(find_stories(_articles()))
    for kind in _edits():
        assert got[f"copy-{kind}"] == ("orig", 6), kind
    assert got["orig"] == ("orig", 6)


def test_different_reports_of_one_event_and_unrelated_articles_stay_apart():
    got = _mapping(find_stories(_articles()))
    assert got["other-report"] == ("other-report", 1)
    assert got["kyiv"] == ("kyiv", 1)


def test_story_id_is_the_earliest_then_smallest_id():
    arts = _articles().with_columns(
        pl.when(pl.col("article_id") == "copy-small")
        .then(pl.lit(dt.date(2024, 1, 1)))
        .otherwise("published")
        .alias("published")
    )
    assert _mapping(find_stories(arts))["orig"] == ("copy-small", 6)
    same_day = _articles().with_columns(pl.lit(dt.date(2024, 3, 4)).alias("published"))
    assert _mapping(find_stories(same_day))["orig"] == ("copy-added", 6)  # smallest id among the earliest
    undated = _articles().with_columns(
        pl.when(pl.col("article_id") == "orig").then(None).otherwise("published").alias("published")
    )
    assert _mapping(find_stories(undated))["orig"][0] == "copy-added"  # undated articles come last


def test_independent_of_input_order_and_batch_size():
    arts = _articles()
    base = _mapping(find_stories(arts))
    for seed in range(3):
        shuffled = arts.sample(fraction=1.0, shuffle=True, seed=seed)
        assert _mapping(find_stories(shuffled)) == base
        for size in (1, 2, 3):
            sketches = [sketch_articles(shuffled.slice(o, size)) for o in range(0, shuffled.height, size)]
            assert _mapping(group_stories(sketches)) == base
    assert find_stories(arts)["article_id"].to_list() == arts["article_id"].to_list()  # rows keep their order


def test_select_stories_mark_first_drop():
    arts = find_stories(_articles())
    assert select_stories(arts, stories="mark").height == 8
    first = select_stories(arts, stories="first")
    assert sorted(first["article_id"]) == ["kyiv", "orig", "other-report"]  # one per story
    assert sorted(select_stories(arts, stories="drop")["article_id"]) == [
        "kyiv",
        "other-report",
    ]  # no syndicated story
    with pytest.raises(ValueError, match="valid values: 'mark', 'first', 'drop'"):
        select_stories(arts, stories="all")  # type: ignore[arg-type]


def test_empty_input_and_bad_options():
    out = find_stories(empty("articles"))
    assert out.height == 0 and {"story_id", "story_size"} <= set(out.columns)
    assert group_stories([]).height == 0
    with pytest.raises(ValueError, match="threshold"):
        find_stories(_articles(), threshold=0)
    with pytest.raises(ValueError, match="valid values: 'articles', 'stories'"):
        toolkit.analyze(["A text."], count="copies")  # type: ignore[arg-type]


def test_analyze_marks_every_article_and_validates():
    res = toolkit.analyze(_articles().drop("article_id"))
    validate(res.articles, "articles")
    assert res.articles["story_size"].to_list().count(6) == 6
    assert res.articles.filter(pl.col("story_size") == 6)["story_id"].n_unique() == 1
    assert res.settings["stories"] == "mark"
    assert toolkit.analyze(_articles().drop("article_id"), stories="first").articles.height == 3
    assert toolkit.analyze(_articles().drop("article_id"), stories="drop").articles.height == 2


def test_aggregates_count_each_story_once_when_asked():
    arts = _articles().drop("article_id")
    once = toolkit.analyze(arts, count="stories")
    first = toolkit.analyze(arts, stories="first")
    every = toolkit.analyze(arts)
    for name in ("cooc_edges", "actor_sentiment", "claim_ledger", "sources"):
        assert set(once.tables[name]["count_unit"].to_list()) <= {"stories"}, name
        assert set(every.tables[name]["count_unit"].to_list()) <= {"articles"}, name
        assert once.tables[name].drop("count_unit").equals(first.tables[name].drop("count_unit")), name
    assert once.articles.height == 8  # the row tables keep every copy
    assert every.cooc_edges["n_articles"].max() > once.cooc_edges["n_articles"].max()


def _jsonl(tmp_path, n_extra: int = 0):
    rows = [{**r, "published": r["published"].isoformat()} for r in _articles().drop("article_id").to_dicts()]
    rng = random.Random(0)
    for i in range(n_extra):  # more unrelated articles, for several batches
        words = rng.sample(WIRE + OTHER_REPORT, 3)
        rows.append(
            {"title": f"t{i}", "published": "2024-03-06", "text": "\n".join(words) + f" Story number {i}."}
        )
    p = tmp_path / "in.jsonl"
    p.write_text("\n".join(json.dumps(r) for r in rows), encoding="utf-8")
    return p


def test_engines_give_the_same_story_ids(tmp_path):
    src = _jsonl(tmp_path)
    mem = toolkit.analyze(src).articles.select("article_id", "story_id", "story_size").sort("article_id")
    runs = {"one": dict(batch_size=3, workers=1), "pool": dict(batch_size=2, workers=2)}
    for name, opts in runs.items():
        analyze_to_dir(src, tmp_path / name, progress=False, **opts)  # type: ignore[arg-type]
    pytest.importorskip("dask.distributed")
    analyze_to_dir(src, tmp_path / "dask", batch_size=2, engine="dask", workers=1, progress=False)
    for name in ("one", "pool", "dask"):
        got = (
            pl.read_parquet(tmp_path / name / "articles.parquet")
            .select("article_id", "story_id", "story_size")
            .sort("article_id")
        )
        assert got.equals(mem), name
    assert mem["story_size"].max() == 6


def test_engine_count_once_equals_in_memory(tmp_path):
    src = _jsonl(tmp_path)
    mem = toolkit.analyze(src, count="stories")
    analyze_to_dir(src, tmp_path / "o", batch_size=2, workers=1, progress=False, count="stories")
    for name in ("cooc_edges", "actor_sentiment", "sources", "claim_ledger"):
        assert pl.read_parquet(tmp_path / "o" / f"{name}.parquet").equals(mem.tables[name]), name


def test_cli_stories_first_and_drop_row_counts(tmp_path, capsys):
    src = _jsonl(tmp_path)
    for mode, n in (("mark", 8), ("first", 3), ("drop", 2)):
        assert (
            main(
                [
                    "analyze",
                    str(src),
                    "--out",
                    str(tmp_path / mode),
                    "--stories",
                    mode,
                    "--batch-size",
                    "3",
                    "-q",
                ]
            )
            == 0
        )
        arts = pl.read_parquet(tmp_path / mode / "articles.parquet")
        assert arts.height == n, mode
        assert json.loads((tmp_path / mode / "run.json").read_text())["stories"] == mode
    assert main(["analyze", str(src), "--out", str(tmp_path / "c"), "--count", "stories", "-q"]) == 0
    assert pl.read_parquet(tmp_path / "c" / "cooc_edges.parquet")["count_unit"].unique().to_list() == [
        "stories"
    ]


# ---------------------------------------------------------------- the story view (story_table)


def _outlet_corpus() -> pl.DataFrame:
    """Known copies: the wire story in four outlets (one of them twice, one copy undated), the independent
    report and the unrelated one alone."""
    arts = _articles().filter(
        pl.col("article_id").is_in(
            ["orig", "copy-credit", "copy-small", "copy-dropped", "copy-added", "other-report", "kyiv"]
        )
    )
    outlets = {"orig": "Wire Agency", "copy-credit": "Lakeside Courier", "copy-small": "Valley Star",
               "copy-dropped": "Valley Star", "copy-added": "Hill Gazette", "other-report": "Hill Gazette", "kyiv": "Wire Agency"}  # fmt: skip
    return arts.with_columns(
        pl.col("article_id").replace_strict(outlets).alias("outlet"),
        pl.when(pl.col("article_id") == "copy-added")
        .then(None)
        .otherwise(pl.col("published"))
        .alias("published"),
    )


def test_story_table_counts_copies_outlets_and_the_first_publisher():
    table = story_table(_outlet_corpus())  # no story_id yet: found here
    assert table.columns == ["story_id", "title", "n_copies", "n_outlets", "first_outlet", "first_published",
                             "last_published", "days_spread", "outlets"]  # fmt: skip
    assert table.rows() == [
        ("orig", "Strikes kill 12 in Rafah", 5, 4, "Wire Agency", dt.date(2024, 3, 4), dt.date(2024, 3, 5), 1,
         "Wire Agency; Lakeside Courier; Valley Star; Hill Gazette"),
        ("kyiv", "Kyiv", 1, 1, "Wire Agency", dt.date(2024, 3, 4), dt.date(2024, 3, 4), 0, "Wire Agency"),
        ("other-report", "Strikes kill 12 in Rafah", 1, 1, "Hill Gazette", dt.date(2024, 3, 4), dt.date(2024, 3, 4), 0,
         "Hill Gazette"),
    ]  # fmt: skip


def test_story_table_first_copy_is_the_earliest_whatever_the_order_and_uses_given_story_ids():
    arts = find_stories(_outlet_corpus())
    shuffled = arts.sample(fraction=1.0, shuffle=True, seed=3)
    assert story_table(shuffled).equals(story_table(arts))
    later_wire = arts.with_columns(  # the agency's copy dated after a client's: the client printed it first
        pl.when(pl.col("article_id") == "orig")
        .then(pl.lit(dt.date(2024, 3, 9)))
        .otherwise(pl.col("published"))
        .alias("published")
    )
    first = story_table(later_wire).filter(pl.col("story_id") == "orig").row(0, named=True)
    assert (first["first_outlet"], first["first_published"], first["days_spread"]) == (
        "Lakeside Courier",
        dt.date(2024, 3, 5),
        4,
    )
    assert story_table(arts.head(0)).height == 0
    no_meta = arts.select("article_id", "story_id", "text")
    assert story_table(no_meta).select("n_copies", "n_outlets", "first_outlet").row(0) == (5, 0, None)


def test_candidate_pairs_are_those_of_the_datasketch_lsh_index():
    """The banded join finds exactly the pairs datasketch's MinHashLSH index gives (same bands and rows)."""
    import numpy as np
    from datasketch import LeanMinHash, MinHashLSH

    from toolkit.io.stories import SEED, candidate_pairs

    rng = np.random.default_rng(7)
    base = rng.integers(0, 2**32 - 1, size=(40, 64), dtype=np.uint32)
    sig = np.concatenate([base, base[:20]])  # 20 exact repeats
    for row in range(40, 60):  # and edited repeats: some bands changed
        cols = rng.choice(64, size=int(rng.integers(4, 50)), replace=False)
        sig[row, cols] = rng.integers(0, 2**32 - 1, size=cols.size, dtype=np.uint32)
    sig[5] = 2**32 - 1  # an empty text: never a candidate
    lsh = MinHashLSH(threshold=0.4, num_perm=64)
    mhs = [LeanMinHash(seed=SEED, hashvalues=s.astype(np.uint64), scheme="legacy") for s in sig]
    for i, m in enumerate(mhs):
        lsh.insert(i, m)
    expected = sorted(
        {(i, int(j)) for i, m in enumerate(mhs) for j in lsh.query(m) if j > i and i != 5 and j != 5}
    )
    got = candidate_pairs(sig, threshold=0.6)
    assert [tuple(p) for p in got.tolist()] == expected
    assert 10 <= len(expected) < 60 * 59 // 2  # repeats found, not every pair
