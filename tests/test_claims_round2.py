"""Claim values of general news, second round (issue 19): durations of one written with "a"/"an", the
whole in a part of a whole, "2+" as "or more", and "for over" before a duration. Sentences invented."""

from __future__ import annotations

import pytest

from toolkit.extract.claims import extract_claims
from toolkit.io.loading import read_articles
from toolkit.text.tokenize import split_sentences


def _claims(text: str) -> list[tuple[str, float | None, str, str]]:
    c = extract_claims(split_sentences(read_articles([text]).articles))
    return [tuple(r) for r in c.select("surface", "value", "qualifier", "counted").rows()]  # type: ignore[misc]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Engineers said rebuilding the dam may take a year.", [("a year", 1.0, "exact", "duration")]),
        (
            "The plot had been planned for at least a year, police said.",
            [("a year", 1.0, "at_least", "duration")],
        ),
        ("The strike ended after nearly a month of talks.", [("a month", 1.0, "nearly", "duration")]),
        ("Negotiators agreed to meet again in a week.", [("a week", 1.0, "exact", "duration")]),
        ("He was jailed for a year and a half.", [("a year and a half", 1.5, "exact", "duration")]),
        ("Flights were halted for an hour on Monday.", [("an hour", 1.0, "exact", "duration")]),
    ],
)
def test_a_unit_of_time_is_a_duration_of_one(text: str, expected: list[tuple[str, float, str, str]]) -> None:
    assert _claims(text) == expected


@pytest.mark.parametrize(
    "text",
    [
        "The club earns about a hundred pounds a week from its cafe.",  # a rate
        "Ferries sail to the island twice a week in winter.",
        "The mill ran seven days a week.",
        "The bridge reopened a year ago.",  # a point in time
        "The town endured a year-long siege.",  # a number-adjective
        "The baby, a year old, was unhurt.",  # an age
        "Prices have doubled in half a year.",
    ],
)
def test_a_unit_of_time_that_is_no_duration_of_one(text: str) -> None:
    assert not any(s.startswith(("a ", "an ")) and c == "duration" for s, _, _, c in _claims(text))


@pytest.mark.parametrize(
    ("text", "kept", "dropped"),
    [
        ("Workers closed three of the twelve lanes on the bridge.", "three", "twelve"),
        ("The party won five of the province's six seats.", "five", "six"),
        ("Two of its 40 members resigned on Tuesday.", "Two", "40"),
        ("Rebels hold 14 of the 17 districts.", "14", "17"),
    ],
)
def test_the_whole_in_a_part_of_a_whole_is_no_claim(text: str, kept: str, dropped: str) -> None:
    surfaces = [s for s, *_ in _claims(text)]
    assert kept in surfaces and dropped not in surfaces


def test_a_plus_sign_is_that_number_or_more() -> None:
    assert _claims("Sensors recorded 30 magnitude 3+ tremors overnight.")[1][:3] == ("3", 3.0, "at_least")


def test_for_over_a_duration_is_more_than() -> None:
    assert _claims("The bakery has been open for over 40 years.") == [("40", 40.0, "more_than", "duration")]
    # "over" alone before a duration means "during", no hedge
    assert _claims("Over six months, the price of bread doubled.")[0][2] == "exact"
