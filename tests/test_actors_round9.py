"""Issue 19, round 9: actor rules from the grammar of news copy (sentences invented for these tests).

* "from X" after people named by where they were or set out (migrants in transit, returnees, deportees,
  arrivals, evacuees) is a place; after people named by their origin or nationality ("refugees from Sudan",
  "nationals from Georgia") it is the state (``not_place_before_from`` in ``data/actors_rules.yaml``).
* A long body sentence that lists many people and bodies ends with a full stop and has lower-case words that
  title case would capitalise ("musician", "owner"): it is no headline, so its capitalised names are evidence
  of names as in a short sentence (``_headline`` in :mod:`toolkit.extract.actors.general_news`).
"""

from __future__ import annotations

import polars as pl
import pytest

import toolkit
from toolkit.extract.actors.general_news import _headline


def _mentions(text: str) -> list[tuple[str, str, str, bool]]:
    df = pl.DataFrame({"article_id": ["t"], "text": [text]})
    m = toolkit.analyze_articles(df, progress=False).tables["mentions"]
    return [
        (r[0], r[1], r[2], r[3]) for r in m.select("surface", "actor_id", "actor_type", "is_place").rows()
    ]


@pytest.mark.parametrize(
    ("text", "place"),
    [
        ("Migrants from Libya crossed the sea to Italy on Monday.", "Libya"),
        ("Returnees from Iraq were quarantined in Jordan for two weeks.", "Iraq"),
        ("Deportees from the United States arrived in Guatemala on a chartered flight.", "United States"),
        ("Arrivals from China were banned by Italy at the end of January.", "China"),
        ("Evacuees from Ukraine reached the border town late on Sunday.", "Ukraine"),
    ],
)
def test_from_where_people_were_is_a_place(text: str, place: str) -> None:
    found = {s: p for s, _, _, p in _mentions(text)}
    assert found.get(place) is True, found


@pytest.mark.parametrize(
    ("text", "state"),
    [
        ("Immigrants from Haiti waited at the border for a second week.", "Haiti"),
        ("Citizens from Peru were told to register with the consulate.", "Peru"),
        ("Exiles from Belarus held a rally outside the embassy.", "Belarus"),
    ],
)
def test_from_origin_or_nationality_is_the_state(text: str, state: str) -> None:
    found = {s: p for s, _, _, p in _mentions(text)}
    assert found.get(state) is False, found


LIST_SENTENCE = (
    "The gallery shows portraits of actor Marco Delle; singer Tom Brandt of Blue Blue; publishers Ana Ruiz of "
    "the Coast Weekly and Jon Pike of Harbor Review; club owner Sam Odell of Room 12; painters Lia Moss, "
    "Ed Crane and Rosa Lind; and athletes Petra Vann (rowing) and Karl Heim (golf)."
)


def test_long_list_sentence_is_no_headline() -> None:
    assert _headline(LIST_SENTENCE) is False
    assert _headline("He met Nick Ames of Blue Blue and Jo Kim of Studio Nine on Monday.") is False


@pytest.mark.parametrize(
    "headline",
    [
        "Floods In Kenya Kill Dozens After Heavy Rains",
        "Police Arrest Two Men After Shooting at Downtown Mall In Springfield.",
        "PRESIDENT VISITS FLOOD ZONE.",
    ],
)
def test_headlines_stay_headlines(headline: str) -> None:
    assert _headline(headline) is True


def test_names_in_a_long_list_sentence_are_found_as_in_a_short_one() -> None:
    long_found = {s for s, *_ in _mentions(LIST_SENTENCE)}
    for name in ("Blue Blue", "Petra Vann"):
        assert name in long_found, long_found
