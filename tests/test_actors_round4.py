"""Actors of general news, fourth round (issue 19): media typed by the evidence of the sentence
(module ``toolkit.extract.actors.media``). Every sentence here is invented for the test, in the style of news
copy."""

from __future__ import annotations

import pytest

from toolkit.extract.actors import find_mentions
from toolkit.io.loading import read_articles
from toolkit.text.tokenize import split_sentences


def _rows(text: str) -> list[tuple[str, str, str, str | None]]:
    df = find_mentions(split_sentences(read_articles([text]).articles))
    return list(df.select("surface", "actor_id", "actor_type", "role").rows())


# --------------------------------------------------------------------------- platforms used as a medium


@pytest.mark.parametrize(
    "text",
    [
        "Twitter bots spread the rumour across the region within hours.",
        "The group shared the video on Facebook groups for local parents.",
        "Officials met on Monday to discuss the Instagram account of the museum.",
        "The premier posted on Twitter that her motorcade was stuck in traffic.",  # the medium, not an actor
        "The club announced his departure on Facebook late on Sunday.",
    ],
)
def test_a_platform_used_as_a_medium_stays_no_mention(text: str) -> None:
    assert not [r for r in _rows(text) if r[0] in ("Twitter", "Facebook", "Instagram")]


# --------------------------------------------------------------------------- publications that report


@pytest.mark.parametrize(
    ("text", "name"),
    [
        ("The Harbour City Times reported that the ferry had been sold.", "Harbour City Times"),
        ("Dunmore Review-Journal reported the result late on Tuesday.", "Dunmore Review-Journal"),
        ("Turnout was low, according to the Port Elwood Herald.", "Port Elwood Herald"),
        ("The senator told the Kestrel Valley Courier she would not run again.", "Kestrel Valley Courier"),
    ],
)
def test_a_masthead_before_a_reporting_verb_is_one_media_organisation(text: str, name: str) -> None:
    rows = _rows(text)
    assert (name, "new:" + name.lower().replace(" ", "-"), "organization", "media") in rows
    first = name.split()[0]
    assert not [r for r in rows if r[0] == first]  # the place its name starts with is no mention of its own


def test_a_known_place_stays_a_place_without_a_masthead() -> None:
    rows = _rows("Harbour City police reported three arrests. The Harbour City council met on Monday.")
    assert not [r for r in rows if r[3] == "media"]


def test_an_untyped_acronym_that_reports_is_an_organisation() -> None:
    rows = _rows("The dam burst on Friday, KWTV of Norland reported, and two villages were flooded.")
    assert ("KWTV", "new:kwtv", "organization", "media") in rows


# --------------------------------------------------------------------------- ranks of a title are no organisation


@pytest.mark.parametrize(
    ("text", "person"),
    [
        ("Pilgrims greeted the country's Supreme Leader Hadi Rostami in the holy city.", "Hadi Rostami"),
        ("The letter was signed by Grand Ayatollah Karim Sadri and two other clerics.", "Karim Sadri"),
    ],
)
def test_a_rank_before_a_title_stays_in_the_title(text: str, person: str) -> None:
    rows = _rows(text)
    assert not [r for r in rows if r[0] in ("Supreme", "Grand")]
    assert [r for r in rows if r[0].endswith(person) and r[2] == "person"]
