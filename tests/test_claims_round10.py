"""Claims of general news, round 10: the rules of round 9 kept from firing on ordinary copy (counts given
"respectively", a count after "week 5,", the verb "post", "for days off", "6/7", "closer to ... than").
Every sentence is invented, in the style of news copy."""

from __future__ import annotations

from toolkit.extract.claims import extract_claims
from toolkit.io.loading import read_articles
from toolkit.text.tokenize import split_sentences


def _claims(text: str) -> list[tuple[object, ...]]:
    arts = read_articles([text]).articles
    table = extract_claims(split_sentences(arts))
    return table.select("surface", "value", "qualifier", "counted", "unit").rows()


def _surfaces(text: str) -> list[object]:
    return [r[0] for r in _claims(text)]


def test_counts_given_respectively_are_no_ages() -> None:
    assert _surfaces("Cases rose in Ohio and Texas, 120 and 140, respectively, health officials said.") == [
        "120",
        "140",
    ]
    assert _surfaces("The seats went to Labour and the Conservatives, 40 and 49, respectively.") == [
        "40",
        "49",
    ]
    # two people named together with their ages: still ages
    assert _surfaces("Anne Roe and Tom Lee, 40 and 49, were arrested on Friday.") == []


def test_a_count_after_a_label_and_a_comma_is_a_count() -> None:
    assert _surfaces("In week 5, 12 were eliminated from the contest.") == ["12"]
    assert _surfaces("After round 3, 40 were sent home.") == ["40"]
    # a list of labels that goes on after the number: labels
    assert _surfaces("Police closed Route 9, 10 and 11 on Monday.") == []
    assert _surfaces("The strikes hit posts 12, 14 and 16 on the border.") == []
    assert _surfaces("Troops fired near border posts 542 and 543 on Monday.") == []


def test_the_verb_post_is_no_label_word() -> None:
    assert _surfaces("The chain will post 12 of its 40 stores for sale.") == ["12"]
    assert _surfaces("Retailers expect to post 12 and 14 percent losses.") == ["12", "14 percent"]
    # the noun stays a label word
    assert _surfaces("Troops fired at border post 9 on Monday.") == []


def test_plural_time_words_that_are_no_span_of_time() -> None:
    assert _surfaces("The workers are paid for hours worked, the union said.") == []
    assert _surfaces("Staff asked for days off after the storm, the company said.") == []
    assert "days" not in _surfaces("Tickets for days two and three sold out.")
    # a real vague duration stays one
    assert _surfaces("Schools will stay shut for weeks, the ministry said.") == ["weeks"]


def test_only_24_7_is_the_idiom() -> None:
    assert _surfaces("The score was 6/7 in the final set.") == ["6"]
    assert "24" not in _surfaces("The hotline offers 24/7 support to 300 callers a day.")


def test_closer_to_before_than_is_a_comparison() -> None:
    rows = _claims("He was closer to 40 than 50 when he left office.")
    assert [(r[0], r[2]) for r in rows] == [("40", "exact"), ("50", "exact")]
    rows = _claims("Closer to 300 people attended, organisers said.")
    assert [(r[0], r[2]) for r in rows] == [("300", "about")]


def test_from_a_to_b_after_range_is_one_range() -> None:
    rows = _claims("Estimates of the crowd range from ten to 32 thousand, police said.")
    assert [(r[0], r[2]) for r in rows] == [("ten to 32 thousand", "about")]
    rows = _claims("The children, with ages ranging from 5 to 12, were taken to hospital.")
    assert [(r[0], r[2]) for r in rows] == [("5 to 12", "about")]
    # a change from one level to another stays two claims
    assert _surfaces("Prices rose from 10 to 32 dollars in a week.") == ["10", "32 dollars"]


def test_currency_prefix_written_with_a_space() -> None:
    rows = _claims("The vote will cost an estimated NZ $ 26 million, officials said.")
    assert rows == [("NZ $ 26 million", 26000000.0, "about", "money", "NZD")]
    rows = _claims("The ballot is held at an estimated cost of US $ 40 million.")
    assert rows == [("US $ 40 million", 40000000.0, "about", "money", "USD")]
    assert _claims("A $5 million grant was approved on Monday.") == [
        ("$5 million", 5000000.0, "exact", "money", "USD")
    ]


def test_addresses_and_numbers_to_call_are_no_claims() -> None:
    assert _surfaces("Officers searched the flat at 36 Quai des Orfèvres on Friday.") == []
    assert _surfaces("The office at 10 Rue de Rivoli was closed for two days.") == ["two"]
    assert _surfaces("Witnesses should contact police by calling 101, a spokesman said.") == []
    assert _surfaces("In an emergency, dial 911 or go to the nearest hospital.") == []
    # a count after "calling" stays one
    assert _surfaces("The defence will be calling 12 witnesses next week.") == ["12"]
