"""Guards for the places stage's fast paths: the sorted gazetteer indexes (toolkit.extract.place_index) give the
rows a filter on the whole table gives, and the second pass's latitude cut-off changes no score."""

from __future__ import annotations

import polars as pl

from toolkit.extract import place_index, places


def test_rows_of_is_a_filter_of_the_table() -> None:
    t = pl.DataFrame({"k": ["york", "paris", None, "york", "gaza", "paris", "a"], "n": list(range(7))})
    ix = place_index.build_index(t, "k")
    for keys in (["york"], ["paris", "gaza", "nowhere"], [None, "a"], [], ["york", "york"]):
        want = t.filter(pl.col("k").is_in(pl.Series(keys, dtype=pl.String).implode()))
        assert place_index.lookup(t, ix, pl.Series(keys, dtype=pl.String)).equals(want)


def test_gazetteer_lookups_match_the_whole_tables() -> None:
    g = places._gazetteer()
    keys = pl.Series(["york", "paris", "springfield", "illinois", "gaza", "no such place here", None])
    assert places._names_for(keys).equals(g.names.filter(pl.col("key").is_in(keys.drop_nulls().implode())))
    ids = pl.Series([4250542, 2633352, 4896861, -1, 4250542])
    assert places._places_for(ids).equals(g.places.filter(pl.col("place_id").is_in(ids.implode())))


def _near_reference(cands: pl.DataFrame, best: pl.DataFrame) -> pl.DataFrame:
    """The second pass measuring every pair of places (no latitude cut-off)."""
    amb = cands.filter(pl.col("idx").count().over("idx") > 1)
    others = best.select("article_id", pl.col("key").alias("o_key"), pl.col("lat").alias("o_lat"),
                         pl.col("lon").alias("o_lon")).drop_nulls("o_lat").unique()  # fmt: skip
    on = ["article_id", "key", "place_id"]
    d = (
        amb.select(*on, "lat", "lon").unique().join(others, on="article_id").filter(pl.col("o_key") != pl.col("key"))
        .with_columns(places._haversine_km(pl.col("lat"), pl.col("lon"), pl.col("o_lat"), pl.col("o_lon")).alias("km"))
        .group_by(on).agg(pl.col("km").min())
    )  # fmt: skip
    d = amb.select("idx", *on).join(d, on=on).select("idx", "place_id", "km")
    bonus = pl.when(pl.col("km") < 100).then(8.0).when(pl.col("km") < 300).then(4.0).otherwise(0.0)
    out = cands.join(d, on=["idx", "place_id"], how="left")
    return out.with_columns(pl.col("score") + bonus.fill_null(0.0))


def test_near_cut_off_keeps_every_score() -> None:
    # one ambiguous mention (idx 0) with readings at every distance from the article's other place (York,
    # 53.96 N): 50 km, 250 km, just inside and outside the cut-off in latitude, far away, and with no coordinates
    lats = [54.4, 51.8, 53.96 - 2.7, 53.96 + 2.72, 10.0, None]
    cands = pl.DataFrame({
        "idx": [0] * 6 + [1], "place_id": [10, 11, 12, 13, 14, 15, 2633352], "article_id": ["a"] * 7,
        "key": ["ouse"] * 6 + ["york"], "lat": [*lats, 53.96], "lon": [-1.1, -1.1, -1.08, -1.08, -1.1, None, -1.08],
        "score": [1.0] * 7,
    })  # fmt: skip
    best = cands.filter(pl.col("idx") == 1)
    fast, ref = places._near(cands, best), _near_reference(cands, best)
    assert fast.sort("place_id")["score"].to_list() == ref.sort("place_id")["score"].to_list()
    # 50 km: +8; 240 km: +4; 300 km: none
    assert fast.sort("place_id")["score"].to_list()[:3] == [9.0, 5.0, 1.0]
