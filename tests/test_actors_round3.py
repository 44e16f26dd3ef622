"""Actors of general news, third round (issue 19, "Context-aware matching"): actor ids by the evidence of the
article. Every sentence here is invented for the test, in the style of news copy."""

from __future__ import annotations

import pytest

from toolkit.extract.actors import find_mentions
from toolkit.io.loading import read_articles
from toolkit.text.tokenize import split_sentences


def _rows(text: str) -> list[tuple[str, str, bool]]:
    df = find_mentions(split_sentences(read_articles([text]).articles))
    return [(s, a, p) for s, a, p in df.select("surface", "actor_id", "is_place").rows()]


def _ids(text: str, surface: str) -> list[str]:
    return [a for s, a, _ in _rows(text) if s == surface]


# --------------------------------------------------------------------------- a surname over a dictionary alias


@pytest.mark.parametrize(
    ("text", "surface", "person"),
    [
        (
            "Former mayor Michael Bloomberg spent heavily in the race. On Friday Bloomberg said he would stay in.",
            "Bloomberg",
            "new:michael-bloomberg",
        ),
        (
            "Police named the attacker as Yusuf Amman, 22, of Leeds. Amman had been released from prison in May.",
            "Amman",
            "new:yusuf-amman",
        ),
        # the headline names the surname before the body gives the full name
        (
            "Bloomberg ends his campaign\n\nBusinessman Michael Bloomberg quit the race on Wednesday.",
            "Bloomberg",
            "new:michael-bloomberg",
        ),
    ],
)
def test_surname_of_a_person_named_in_full_beats_an_alias(text: str, surface: str, person: str) -> None:
    assert set(_ids(text, surface)) == {person}


def test_alias_with_evidence_of_its_own_stays_the_dictionary_actor() -> None:
    # the company has another name in the article: "Bloomberg" stays ambiguous, the dictionary keeps it
    text = (
        "Reporter Anna Bloomberg joined Bloomberg News in 2019. Bloomberg said the figures were preliminary."
    )
    ids = _ids(text, "Bloomberg")
    assert ids and "new:anna-bloomberg" not in ids


def test_a_capital_used_as_a_place_stays_the_place() -> None:
    text = "Diplomat Sara Amman met officials on Monday. Later she flew to Amman for talks."
    rows = _rows(text)
    assert ("Amman", "JOR", True) in rows


# --------------------------------------------------------------------------- the longest place name


@pytest.mark.parametrize(
    ("text", "name"),
    [
        ("Voters in American Samoa went to the polls on Tuesday.", "American Samoa"),
        ("Tourists flew to French Polynesia after the storm.", "French Polynesia"),
    ],
)
def test_a_territory_name_beats_the_demonym_and_alias_inside_it(text: str, name: str) -> None:
    rows = _rows(text)
    assert [r for r in rows if r[0] == name] == [(name, "new:" + name.lower().replace(" ", "-"), True)]
    assert not [r for r in rows if r[0] in name.split()]  # no "American" (USA) and "Samoa" (WSM)


def test_a_state_name_alone_is_still_the_state() -> None:
    assert ("Samoa", "WSM", True) in _rows("Aid arrived in Samoa on Monday.")


# --------------------------------------------------------------------------- days, cases


def test_a_name_before_a_weekday_is_a_day_not_a_place() -> None:
    rows = _rows("Heading into Super Tuesday, Senator Ortiz had the most delegates.")
    assert "Super" not in [r[0] for r in rows]
    assert any(r[1] == "new:ortiz" for r in rows)


def test_the_parties_of_a_court_case_are_no_mentions() -> None:
    rows = _rows("The justices heard Ortiz v. Texas on Monday, and the Texas attorney general spoke.")
    assert [r[0] for r in rows] == ["Texas"]  # only the state of "the Texas attorney general"


# --------------------------------------------------------------------------- owners and coordinated subjects


def test_a_place_before_an_office_with_a_possessive_owns_it() -> None:
    rows = _rows("Aides to the New Jersey Governor's office declined to comment.")
    assert ("New Jersey", "NEW_JERSEY", False) in rows


def test_places_listed_as_the_subject_of_an_act_are_actors() -> None:
    rows = _rows("Arizona, Florida, Illinois hold primaries amid virus fears")
    assert [r[2] for r in rows] == [False, False, False]


def test_places_listed_after_a_place_phrase_stay_places() -> None:
    rows = _rows("Voters in Ohio and Utah held rallies on Sunday.")
    assert [r[2] for r in rows] == [True, True]


def test_a_passive_after_a_place_is_no_act() -> None:
    rows = _rows("Aid for Nevada held by the agency was released.")
    assert ("Nevada", "NEVADA", True) in rows
