"""Numeric claims of general news (issue 19), second part: numbers that are no claims (days of a
date range, ages, open number-adjectives, page and exit numbers, street addresses, quoted numerals)
and claims made of two numbers (shares "one in five", a change "by a third", "by 1,500 to 23,000").
Every sentence is invented; the expected claims were worked out by hand."""

from __future__ import annotations

import polars as pl
import pytest

from toolkit.extract.claims import extract_claims
from toolkit.extract.numbers import find_numbers
from toolkit.io.loading import read_articles
from toolkit.text.tokenize import split_sentences


def _claims(*texts: str) -> pl.DataFrame:
    return extract_claims(split_sentences(read_articles(list(texts), progress=False).articles))


def _surfaces(text: str) -> list[str]:
    return _claims(text)["surface"].to_list()


# --------------------------------------------------------------------------- dates


@pytest.mark.parametrize(
    ("text", "kept"),
    [
        ("The fair will run on August 7 and 8 in the town park.", []),
        ("Hearings were held June 14-16, and 40 witnesses spoke.", ["40"]),
        ("Voting takes place from 9 to 11 October across 22 districts.", ["22"]),
        ("Between 3 and 6 May, the clinic vaccinated 1,200 children.", ["1,200"]),
        ("Ferries stopped on April 2 through 4 after the storm.", []),
        # a count after a date stays a claim: a noun follows it
        ("On March 3 and 400 more people were evacuated the next day.", ["400"]),
    ],
)
def test_days_of_a_date_range_are_no_claims(text: str, kept: list[str]) -> None:
    assert _surfaces(text) == kept


# --------------------------------------------------------------------------- ages


@pytest.mark.parametrize(
    ("text", "kept"),
    [
        ("She was 19 and still at school when she joined the band.", []),
        ("Adults between the ages of 25 and 40 can apply for the grant.", []),
        ("Infants between three months and 2 years of age will get the jab first.", []),
        ("The novelist died at 88 on Thursday at her home in Leeds.", []),
        ("The actor, who died at age 73, made 60 films.", ["60"]),
        ("Harris, then 29, was hired as a reporter.", []),
        ("The driver, 52, was treated for minor injuries.", []),
        ("At 31, she became the youngest judge in the state.", []),
        # counts stay claims
        ("She was 19 points ahead in the last poll.", ["19"]),
        ("The toll, 52 by Friday, rose again.", ["52"]),
    ],
)
def test_ages_are_no_claims(text: str, kept: list[str]) -> None:
    assert _surfaces(text) == kept


# --------------------------------------------------------------------------- number-adjectives


@pytest.mark.parametrize(
    ("text", "kept"),
    [
        ("The minister began a three day visit to Kenya.", []),
        ("He is serving a 12 year sentence for fraud.", []),
        ("The council approved a ten year plan for the harbour.", []),
        # the plural or a word that ends the phrase leaves a claim
        ("The talks lasted three days.", ["three"]),
        ("Nine years later, 30 people were still missing.", ["Nine", "30"]),
    ],
)
def test_open_number_adjectives_are_no_claims(text: str, kept: list[str]) -> None:
    assert _surfaces(text) == kept


# --------------------------------------------------------------------------- labels


@pytest.mark.parametrize(
    ("text", "kept"),
    [
        ("The report, on page 37, said costs rose 8%.", ["8%"]),
        ("The crash closed the motorway near exit 14.", []),
        ("The striker, who wears number 9, scored twice.", []),
        ("Police were called to a house at 17 Mill Lane in the early hours.", []),
        ('The "7" on the ballot stands for the party list.', []),
    ],
)
def test_page_exit_shirt_and_house_numbers_are_no_claims(text: str, kept: list[str]) -> None:
    assert _surfaces(text) == kept


# --------------------------------------------------------------------------- two numbers as one claim


@pytest.mark.parametrize(
    ("text", "surface", "value", "qualifier"),
    [
        ("One in five renters is behind on payments, the survey found.", "One in five", 20.0, "exact"),
        ("Nearly nine in ten nurses backed the strike.", "nine in ten", 90.0, "nearly"),
        ("Only 1 in 4 bridges was inspected last year.", "1 in 4", 25.0, "exact"),
        ("One in every three homes in the valley flooded.", "One in every three", 100 / 3, "exact"),
    ],
)
def test_a_share_one_in_five_is_one_percent_claim(
    text: str, surface: str, value: float, qualifier: str
) -> None:
    c = _claims(text)
    assert c.height == 1
    row = c.row(0, named=True)
    assert (row["surface"], row["counted"], row["unit"], row["qualifier"]) == (
        surface,
        "percent",
        "percent",
        qualifier,
    )
    assert row["value"] == pytest.approx(value)


def test_a_count_over_a_time_is_no_share() -> None:
    assert _surfaces("The volcano erupted 3 in 10 days.") == ["3", "10"]
    assert [n.text for n in find_numbers("2 in 24 hours")] == ["2", "24"]


def test_a_change_by_a_fraction_is_a_share() -> None:
    c = _claims("The new drug cut hospital admissions by a third.")
    assert c.select("surface", "counted", "unit").rows() == [("a third", "percent", "percent")]
    assert c["value"][0] == pytest.approx(100 / 3)
    # an ordinal before a noun stays what it was
    assert [(n.text, n.form) for n in find_numbers("He was beaten by a third party candidate.")] == [
        ("third", "ordinal")
    ]


def test_a_change_by_an_amount_to_a_level_is_two_claims() -> None:
    rows = _claims("Membership fell by 1,500 to 23,000 last year.").select("surface", "value").rows()
    assert rows == [("1,500", 1500.0), ("23,000", 23000.0)]
    # a range after "by" stays a range
    assert _surfaces("Prices rose by 10-15% in a year.") == ["10-15%"]


# --------------------------------------------------------------------------- the issue's own examples still hold


def test_issue_examples_still_hold() -> None:
    c = _claims(
        "The council voted 5-2 to approve the levee. The river peaked at 5.2 metres above normal. "
        "About 45,000 homes lost power."
    )
    assert c.select("surface", "counted", "unit").rows() == [
        ("5-2", "score", "votes"),
        ("5.2", "other", "m"),
        ("45,000", "other", "homes"),
    ]


def test_one_after_a_list_of_counts_before_a_place_is_a_count() -> None:
    assert _surfaces("The storm killed three people in Ohio and one in Indiana.") == ["three", "one"]
    assert _surfaces("She won five seats in the north and one in the south.") == ["five", "one"]
    # "one" that counts nothing stays out
    assert _surfaces("She has one in mind.") == []
