"""Place resolution by the words around a name: lists, compass words, residents, sentence-initial "In"
(issue 19, places with coordinates). Sentences are invented, in the style of news reports."""

from __future__ import annotations

import polars as pl

from toolkit.extract import places
from toolkit.extract.actors import find_mentions
from toolkit.io.loading import read_articles
from toolkit.text.tokenize import split_sentences


def _run(text: str) -> pl.DataFrame:
    arts = read_articles([text]).articles
    sents = split_sentences(arts)
    return places.resolve_places(find_mentions(sents), arts, sents)[0]


def _ids(ms: pl.DataFrame, surface: str) -> list[int | None]:
    return ms.filter(pl.col("surface") == surface)["place_id"].to_list()


def test_a_list_of_us_states_reads_washington_as_the_state():
    ms = _run("Voters cast ballots on Tuesday in Utah, Nevada, Oregon, and Washington.")
    assert _ids(ms, "Washington") == [5815135]  # Washington state, not the capital (4140963)


def test_each_name_of_a_closed_list_with_a_place_is_a_place():
    ms = _run(
        "The virus was confirmed in several countries, including Spain, the United States, Chile, and Peru."
    )
    assert _ids(ms, "Spain") == [2510769]
    assert _ids(ms, "United States") == [6252001]


def test_countries_acting_in_a_list_stay_actors():
    ms = _run("Germany, Austria and Italy signed the accord on Friday.")
    assert (
        ms.filter(pl.col("surface").is_in(["Germany", "Austria", "Italy"]))["is_place"].to_list()
        == [False] * 3
    )


def test_a_compass_word_after_a_locative_word_makes_a_country_a_place():
    ms = _run("Archaeologists dug for three weeks in southwest Germany last summer.")
    assert _ids(ms, "Germany") == [2921044]


def test_a_city_before_resident_is_found_as_a_place():
    ms = _run("Officers charged a 41-year-old Coventry resident with arson on Sunday.")
    assert _ids(ms, "Coventry") == [2652221]


def test_a_compass_adjective_alone_is_not_found_as_a_place():
    ms = _run("The custom later spread in Western culture and then in Eastern Europe.")
    assert ms.filter(pl.col("surface") == "Western").height == 0


def test_a_sentence_opening_in_is_no_indiana():
    # a postal code ("IN") names its state only as written: "In" opening a sentence must not favour a US town
    ms = _run("In Lebanon, the health ministry said strikes hit two villages in the south.")
    assert _ids(ms, "Lebanon") == [272103]
