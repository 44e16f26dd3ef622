"""Place resolution, round 8 (issue 19): a region or country right after a place in it is that region or country
("Tacoma, Washington", "Buffalo, New York"), not a namesake city or town. Sentences are invented, in the style of
news reports."""

from __future__ import annotations

import polars as pl

from toolkit.extract import place_evidence, places
from toolkit.extract.actors import find_mentions
from toolkit.io.loading import read_articles
from toolkit.text.tokenize import split_sentences


def _run(text: str) -> pl.DataFrame:
    arts = read_articles([text]).articles
    sents = split_sentences(arts)
    return places.resolve_places(find_mentions(sents), arts, sents)[0]


def _ids(ms: pl.DataFrame, surface: str) -> list[int | None]:
    return ms.filter(pl.col("surface") == surface)["place_id"].to_list()


def test_a_state_after_a_city_in_it_is_the_state_not_the_capital():
    ms = _run("The festival drew crowds to a waterfront park in Tacoma, Washington on Saturday.")
    assert _ids(ms, "Washington") == [5815135]  # Washington state, not Washington, D.C. (4140963)


def test_new_york_after_a_city_upstate_is_the_state_not_the_city():
    ms = _run("The storm closed schools in Buffalo, New York and cut power to thousands of homes.")
    assert _ids(ms, "New York") == [5128638]  # New York state, not New York City (5128581)


def test_the_state_after_a_city_beats_a_namesake_town_named_in_the_story():
    ms = _run(
        "Fort Wayne, Indiana, United States - A museum reopened this week. Its curator grew up in Pittsburgh, "
        "Pennsylvania, and moved west in 1998."
    )
    assert _ids(ms, "Indiana") == [4921868]  # Indiana state, not the town of Indiana, Pennsylvania (5194868)


def test_a_list_of_countries_gives_no_qualifier_bonus():
    rows = place_evidence._before_rows(
        pl.DataFrame({"idx": [0], "article_id": ["a"], "char_start": [14]}),
        pl.DataFrame({"article_id": ["a"], "text": ["Talks in France, Germany and Italy ended."]}),
    )
    assert rows.height == 0


def test_the_place_before_gives_its_region():
    rows = place_evidence._before_rows(
        pl.DataFrame({"idx": [0], "article_id": ["a"], "char_start": [25]}),
        pl.DataFrame({"article_id": ["a"], "text": ["Flooding hit Springfield, Illinois on Monday."]}),
    )
    assert ("US", "US-IL") in rows.select("b_country", "b_admin1").rows()
