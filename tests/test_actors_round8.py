"""Issue 19, round 8: actor rules from the grammar of news copy (sentences invented for these tests).

* A publication named after "According to the" at the start of a sentence, or after a newsroom job and "at",
  "of", "for" or "with" ("an editor at the Valley Herald"), is one news organisation, not the place or state its
  name starts with (``media_staff_nouns`` in ``data/actors_general.yaml``).
* People who move or are moved, named by where they come from ("refugees from Sudan", "asylum seekers from
  Eritrea and Chad"), make the state an actor, as the demonym would ("Sudanese refugees"), not a place
  (``not_place_before_from`` in ``data/actors_rules.yaml``).
"""

from __future__ import annotations

import polars as pl
import pytest

import toolkit


def _mentions(text: str) -> list[tuple[str, str, str, bool]]:
    df = pl.DataFrame({"article_id": ["t"], "text": [text]})
    m = toolkit.analyze_articles(df, progress=False).tables["mentions"]
    return [
        (r[0], r[1], r[2], r[3]) for r in m.select("surface", "actor_id", "actor_type", "is_place").rows()
    ]


@pytest.mark.parametrize(
    ("text", "name"),
    [
        ("According to the New Zealand Herald, the mayor resigned on Friday.", "New Zealand Herald"),
        ("According to the Brisbane Courier, two bridges were closed.", "Brisbane Courier"),
        ("Maria Obi, an editor at the Lagos Gazette, said the vote was fair.", "Lagos Gazette"),
        ("Tom Reyes, a columnist for the Manila Post, disagreed with the ruling.", "Manila Post"),
        ("Jon Ekberg, editor at large at the Oslo Times, said the plan had failed.", "Oslo Times"),
    ],
)
def test_publication_after_sentence_start_or_newsroom_job(text: str, name: str) -> None:
    found = {s: (a, t) for s, a, t, _ in _mentions(text)}
    assert name in found, found
    assert found[name][1] == "organization"
    first = name.split()[0]
    assert first not in found  # the place its name starts with is no mention of its own


def test_newsroom_job_needs_a_masthead_word() -> None:
    # no masthead word ends the run: "Brazil" stays the state, no publication is made
    found = {
        s: a for s, a, _, _ in _mentions("Ana Silva, an editor at the Brazil office of a bank, said so.")
    }
    assert found.get("Brazil") == "BRA", found


@pytest.mark.parametrize(
    ("text", "states"),
    [
        ("The rules cover 9,000 refugees from Sudan, Eritrea and Somalia who arrived last year.",
         ("Sudan", "Eritrea", "Somalia")),
        ("Asylum seekers from Haiti waited at the border for a second week.", ("Haiti",)),
        ("The ministry will deport nationals from Georgia who overstayed their visas.", ("Georgia",)),
    ],
)  # fmt: skip
def test_people_from_a_state_are_its_actors(text: str, states: tuple[str, ...]) -> None:
    found = {s: p for s, _, _, p in _mentions(text)}
    for st in states:
        assert found.get(st) is False, (st, found)


def test_from_a_place_of_departure_stays_a_place() -> None:
    found = {s: p for s, _, _, p in _mentions("Flights from Kenya landed in Doha after midnight.")}
    assert found.get("Kenya") is True
