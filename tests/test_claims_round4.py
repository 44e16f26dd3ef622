"""Claims of general news, fourth round (issue 19): the classes of claim errors left on the in-sample gold
sets after the phrase spans (span_start/span_end). Every sentence here is invented, in the style of news copy.

- a vague amount is its words, without the "of" that ties it to what it counts ("hundreds", as the gold
  sets of general news draw it);
- "an estimated" gives the qualifier but stays out of the claim's phrase span;
- "under"/"over" before a duration after "in" is a hedge ("in under two hours");
- more currency signs of ISO 4217 currencies ("₱", "₫", "₵");
- a head-to-head result in percent ("47 percent to 42 percent") is one claim valued as the first number
  (a range runs upwards; "fell 9% to 4%" is a change: two claims);
- a fraction after a comparison at the end of its phrase is a share ("fell by more than half.");
- "two and a half" is 2.5 ("two and a half hours", "two and a half million").
"""

from __future__ import annotations

from typing import Any

import polars as pl
import pytest

from toolkit.extract.claims import extract_claims
from toolkit.extract.numbers import find_numbers
from toolkit.io.loading import read_articles
from toolkit.text.tokenize import split_sentences


def _claims(text: str) -> tuple[pl.DataFrame, str]:
    arts = read_articles([text]).articles
    return extract_claims(split_sentences(arts)), arts["text"][0]


def _rows(text: str, *cols: str) -> list[tuple[Any, ...]]:
    """Per claim: its phrase (text[span_start:span_end]), then the columns asked for."""
    c, full = _claims(text)
    return [(full[a:b], *rest) for a, b, *rest in c.select("span_start", "span_end", *cols).rows()]


def test_vague_amount_is_its_words_without_of() -> None:
    c, _ = _claims(
        "Hundreds of volunteers searched the river banks as tens of thousands of homes lost power."
    )
    assert c.select("surface", "value", "vague", "qualifier").rows() == [
        ("Hundreds", None, True, "about"),
        ("tens of thousands", None, True, "about"),
    ]
    # the number span and the phrase span are the same words; offsets stay traceable
    _, full = _claims("Hundreds of volunteers searched the river banks.")
    assert [
        (full[a:b], full[s:e])
        for a, b, s, e in c.select("char_start", "char_end", "span_start", "span_end").rows()
    ][:1] == [("Hundreds", "Hundreds")]
    # what they count is still read through the "of"
    assert c["what"].to_list()[0] == "volunteers"


def test_weak_vague_amount_without_of_still_needs_a_word_after_it() -> None:
    # the span stops before "of"; a weak amount is still found only where words follow it
    assert [(n.text, n.weak) for n in find_numbers("Several of the detained protesters were freed.")] == [
        ("Several", True)
    ]
    assert [n.text for n in find_numbers("It was one of several.")] == ["one"]
    # a vague word whose own words end in "of" keeps them
    assert [n.text for n in find_numbers("A handful of soldiers were wounded.")] == ["A handful of"]


def test_estimated_sets_the_qualifier_but_not_the_span() -> None:
    rows = _rows(
        "The storm left an estimated 4,000 households without water and caused estimated 2 million rand in damage.",
        "qualifier",
    )
    assert rows == [("4,000", "about"), ("2 million rand", "about")]
    # other hedges stay in the phrase
    assert _rows("Nearly 300 homes flooded.", "qualifier") == [("Nearly 300", "nearly")]


def test_under_before_a_duration_after_in_is_a_hedge() -> None:
    assert _rows("The Kenyan runner won the race in under two hours.", "value", "qualifier", "counted") == [
        ("under two hours", 2.0, "fewer_than", "duration")
    ]
    assert _rows("The bridge reopened in over six months of repairs.", "qualifier")[0][1] == "more_than"
    # "over six months" alone still reads as "during", not a hedge
    assert _rows("Prices rose 4% over six months.", "qualifier") == [("4%", "exact"), ("six months", "exact")]


@pytest.mark.parametrize(
    ("text", "surface", "unit"),
    [
        ("The mayor said the project cost about ₱1 million.", "₱1 million", "PHP"),
        ("A bowl of noodles sells for ₫45,000 in Hanoi.", "₫45,000", "VND"),
        ("Fares rose to ₵12 on Monday.", "₵12", "GHS"),
    ],
)
def test_more_currency_signs(text: str, surface: str, unit: str) -> None:
    c, _ = _claims(text)
    assert c.select("surface", "counted", "unit").rows() == [(surface, "money", unit)]


def test_head_to_head_percentages_are_one_claim() -> None:
    text = "The senator leads the governor in an average of polls, 47.4 percent to 42.1 percent."
    assert _rows(text, "value", "qualifier", "counted") == [
        ("47.4 percent to 42.1 percent", 47.4, "exact", "percent")
    ]
    # a range runs upwards: one claim, no single value
    assert _rows("Growth of 6% to 11% is forecast.", "value", "value_low", "value_high", "qualifier") == [
        ("6% to 11%", None, 6.0, 11.0, "about")
    ]
    # a change and its new level stay two claims
    assert [r[0] for r in _rows("Support fell 47 percent to 42 percent.", "value")] == [
        "47 percent",
        "42 percent",
    ]
    assert [r[0] for r in _rows("Turnout dropped from 61% to 55%.", "value")] == ["61%", "55%"]


def test_a_share_after_a_comparison() -> None:
    rows = _rows(
        "Exports have fallen by more than half. The appeal was less than half funded, the agency said.",
        "value",
        "qualifier",
        "counted",
    )
    assert rows == [
        ("more than half", 50.0, "more_than", "percent"),
        ("less than half", 50.0, "fewer_than", "percent"),
    ]
    # "more than half a million" stays one amount
    assert _rows("More than half a million people fled.", "value") == [("More than half a million", 500000.0)]


def test_and_a_half() -> None:
    assert [(n.text, n.value) for n in find_numbers("Talks lasted two and a half hours.")] == [
        ("two and a half", 2.5)
    ]
    rows = _rows("The talks ended after more than two and a half hours.", "value", "qualifier", "counted")
    assert rows == [("more than two and a half hours", 2.5, "more_than", "duration")]
    assert [(n.text, n.value) for n in find_numbers("Two and a half million people voted.")] == [
        ("Two and a half million", 2_500_000.0)
    ]
    assert [(n.text, n.value) for n in find_numbers("About 3 and a half million doses arrived.")] == [
        ("3 and a half million", 3_500_000.0)
    ]
    # a number-adjective keeps its hyphen: no "and a half" is read into it
    assert [n.text for n in find_numbers("He got two and a half-year sentence.")][:1] == ["two"]
