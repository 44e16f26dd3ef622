"""Claim values of general news, third round (issue 19): vague durations ("for decades", "several
hours"), durations in decades read in years, "1.2m barrels" as millions, numbers inside names (a
station's number before "news", a virus's number, a model's "737-800"), phone numbers, age ranges
after a person noun and in apposition, conversions in brackets taking the hedge of what they convert,
and ranks as ordinal claims. Sentences invented."""

from __future__ import annotations

import pytest

from toolkit.extract.claims import extract_claims
from toolkit.extract.numbers import find_numbers
from toolkit.io.loading import read_articles
from toolkit.text.tokenize import split_sentences


def _claims(text: str, *cols: str) -> list[tuple[object, ...]]:
    c = extract_claims(split_sentences(read_articles([text]).articles))
    return [tuple(r) for r in c.select(*(cols or ("surface", "value", "qualifier", "counted"))).rows()]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("The river has been polluted for decades, residents said.", [("decades", None, "about", "duration", 20.0, 90.0, "years")]),
        ("Firefighters battled the blaze for several hours.", [("several hours", None, "about", "duration", 3.0, 9.0, "hours")]),
        ("The bridge will stay shut for a few weeks.", [("a few weeks", None, "about", "duration", 2.0, 5.0, "weeks")]),
    ],
)  # fmt: skip
def test_vague_durations(text: str, expected: list[tuple[object, ...]]) -> None:
    cols = ("surface", "value", "qualifier", "counted", "value_low", "value_high", "unit")
    assert _claims(text, *cols) == expected


@pytest.mark.parametrize(
    "text",
    [
        "It was the worst flood in the region in decades.",  # a comparison, not a duration
        "The past several weeks have been hard for the farmers.",  # a time frame
        "The mill closed decades ago.",
        "A decades-long feud ended on Monday.",
    ],
)
def test_vague_durations_that_are_no_claims(text: str) -> None:
    assert _claims(text) == []


def test_several_before_a_time_unit_opens_no_weak_count_elsewhere() -> None:
    # a sentence read only for its vague duration keeps the rule that "several" counts only casualties
    assert _claims("Several officials met for several hours.") == [
        ("several hours", None, "about", "duration")
    ]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("The families have feuded for more than three decades.", [("three", 30.0, "more_than", "duration", "years")]),
        ("The monastery stood for two centuries.", [("two", 200.0, "exact", "duration", "years")]),
    ],
)  # fmt: skip
def test_decades_and_centuries_are_read_in_years(text: str, expected: list[tuple[object, ...]]) -> None:
    assert _claims(text, "surface", "value", "qualifier", "counted", "unit") == expected


def test_a_decimal_with_m_before_a_plural_noun_is_millions() -> None:
    assert _claims("The refinery processes about 1.4m barrels a day.", "surface", "value", "qualifier") == [
        ("1.4m", 1_400_000.0, "about")
    ]
    # metres still: a singular noun or an athletics event
    assert [n.value for n in find_numbers("She won the 100m hurdles and a 1.5m wall fell.")] == [100.0, 1.5]


@pytest.mark.parametrize(
    "text",
    [
        "A driver told KTVX 4 news that the road flooded within minutes.",
        'The committee named it "severe acute respiratory syndrome coronavirus 2" on Tuesday.',
        "Doctors found human herpesvirus 8 in the samples.",
        "The carrier said its Boeing 737-800 landed safely in Lisbon.",
        "Residents can call the council on 0800 555 123 or 555-0199 for advice.",
        "For help, call 1-800-555-0147 or +44 20 7946 0321.",
    ],
)
def test_numbers_in_names_and_phone_numbers_are_no_claims(text: str) -> None:
    assert _claims(text) == []


def test_a_count_after_a_name_and_a_range_stays_a_claim() -> None:
    assert _claims("An official told Reuters 300-400 people were missing.", "surface", "counted") == [
        ("300-400", "other")
    ]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("The vaccine is free for women between 18 and 40 and for 2,000 nurses.", [("2,000", 2000.0, "exact", "other")]),
        ("Aid workers said the singer, age 31, was unhurt.", []),
    ],
)  # fmt: skip
def test_ages_after_a_person_noun_or_in_apposition(text: str, expected: list[tuple[object, ...]]) -> None:
    assert _claims(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("The quake struck about 12 kilometres (seven miles) north of the port.", [("12", "about"), ("seven", "about")]),
        ("She was fined 50,000 pesos (about US$2,500) on Friday.", [("50,000 pesos", "exact"), ("US$2,500", "exact")]),
        # not a conversion: the same unit
        ("About 20 people (five children) were hurt.", [("20", "about"), ("five", "exact")]),
    ],
)  # fmt: skip
def test_a_conversion_in_brackets_takes_the_hedge_of_what_it_converts(
    text: str, expected: list[tuple[object, ...]]
) -> None:
    assert _claims(text, "surface", "qualifier") == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("The golfer, with a world ranking number 31, withdrew.", [("31", 31.0, "exact", "ordinal")]),
        ("Ranked 44th in the world, she reached a career high of number 19 last year.", [("44th", 44.0, "exact", "ordinal"), ("19", 19.0, "exact", "ordinal")]),
        ("The world No. 3 lost in straight sets.", [("3", 3.0, "exact", "ordinal")]),
        ("Her party came third in the regional vote.", [("third", 3.0, "exact", "ordinal")]),
        # a count after a ranking verb stays a count
        ("The verdict came two days after the hearing.", [("two", 2.0, "exact", "duration")]),
    ],
)  # fmt: skip
def test_ranks_are_ordinal_claims(text: str, expected: list[tuple[object, ...]]) -> None:
    assert _claims(text) == expected
