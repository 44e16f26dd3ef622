"""Claims of general news, round 9: ordinals that date (anniversaries, centuries), vague durations written
as a bare plural after a preposition of duration, labels and ages in lists, "24/7", the day after "March
4 and" before "respectively", and the hedge "closer to". Every sentence is invented, in the
style of news copy."""

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


def test_anniversary_birthday_and_century_ordinals_are_no_claims() -> None:
    assert _surfaces("The agency marked the 40th anniversary of its first launch on Monday.") == ["first"]
    assert _surfaces("She celebrated her 90th birthday as the 21st century began.") == []
    # a ranking ordinal stays a claim
    assert _surfaces("It was the third attempt to cross the strait.") == ["third"]


def test_bare_plural_duration_after_preposition_is_vague_duration() -> None:
    rows = _claims('Families have waited "for months and even years" for an answer, the charity said.')
    assert [(r[0], r[1], r[2], r[3]) for r in rows] == [
        ("months", None, "about", "duration"),
        ("years", None, "about", "duration"),
    ]
    rows = _claims("The men were released within hours and the form must be filed in a matter of weeks.")
    assert [(r[0], r[2], r[3]) for r in rows] == [
        ("hours", "about", "duration"),
        ("weeks", "about", "duration"),
    ]
    assert _surfaces("The plant will run at full capacity for some years, the minister said.") == ["years"]


def test_bare_plural_duration_elsewhere_is_no_claim() -> None:
    assert _surfaces("In recent years, prices have climbed, and the months before the vote were tense.") == []
    assert _surfaces("Years of neglect left the bridge unsafe, engineers said.") == []


def test_later_numbers_of_a_list_of_labels_are_labels() -> None:
    assert _surfaces("Mortar rounds landed near border posts 112 and 113, the army said.") == []
    assert _surfaces("In the report, pages 14 and 15 were torn out.") == []
    # a count after a label stays a count
    assert _surfaces("Flight 208 and 143 passengers were delayed.") == ["143"]


def test_ages_of_two_people_named_together_are_no_claims() -> None:
    assert _surfaces("Police charged Mark Dunn and Lisa Grey, 34 and 41, on Tuesday.") == []
    assert _surfaces("Mark Dunn, 34, and 41 others were arrested.") == ["41"]


def test_second_day_before_respectively_and_round_the_clock_are_no_claims() -> None:
    assert _surfaces("The two chains set limits on March 4 and 5 respectively.") == ["two"]
    assert _surfaces("Crews are working 24/7 to restore power.") == []


def test_closer_to_is_about() -> None:
    rows = _claims("The church put the crowd closer to 30,000, the newspaper said.")
    assert [(r[1], r[2]) for r in rows] == [(30000.0, "about")]
