"""Actors of general news, fourth round (issue 19): partial names join the full name, name suffixes, people by
apposition and by their other mentions, works and competitions that are no actors, national agencies of the
dictionary. Every text here is invented."""

from __future__ import annotations

import polars as pl

from toolkit.extract.actors import find_mentions, load_actors
from toolkit.io.loading import read_articles
from toolkit.text.tokenize import split_sentences


def _mentions(text: str) -> pl.DataFrame:
    return find_mentions(split_sentences(read_articles([text]).articles))


def _rows(text: str) -> list[tuple]:
    return _mentions(text).select("surface", "actor_id", "actor_type").rows()


# --------------------------------------------------------------------------- partial names


def test_prefix_and_surname_join_the_longer_name() -> None:
    text = (
        "Harbour pilot freed\n\n"
        "A court in Juba cleared Daniel Maker Deng of all charges on Tuesday. "
        "Daniel Maker thanked his lawyers outside the court. Maker said he would return to work."
    )
    ids = {r[1] for r in _rows(text) if r[0] != "Juba"}
    assert ids == {"new:daniel-maker-deng"}


def test_surname_in_headline_before_the_full_name_joins_it() -> None:
    text = (
        "Ferreira quits\n\nCoach Luis Ferreira Santos left the club on Monday. "
        "Ferreira Santos said he was proud of the players."
    )
    ids = {r[1] for r in _rows(text) if r[0] != "club"}
    assert ids == {"new:luis-ferreira-santos"}


def test_a_part_two_people_share_keeps_its_own_id() -> None:
    text = (
        "Teresa Ballard Hume and Owen Ballard Price opened the bakery in 2004. "
        "Ballard said the family would keep it."
    )
    ids = {r[1] for r in _rows(text) if r[0] == "Ballard"}
    assert ids and not ids & {"new:teresa-ballard-hume", "new:owen-ballard-price"}


def test_a_person_introduced_with_a_nickname_is_not_joined_to_a_longer_name() -> None:
    text = (
        'Prosecutors charged Ramon Ortega Vidal on Friday. His father, Ramon "El Toro" Ortega, was jailed in '
        "2019. Ortega founded the gang in the 1990s."
    )
    ids = [r[1] for r in _rows(text)]
    assert ids == ["new:ramon-ortega-vidal", "new:ramon-ortega", "new:ramon-ortega"]


# --------------------------------------------------------------------------- name suffixes


def test_a_suffix_is_never_the_id_word() -> None:
    for text in (
        "Marchers gathered to honour Martin Luther King Jr. on Monday.",
        "The speech by Martin Luther King Jr. was read aloud at the rally.",
    ):
        rows = _rows(text)
        assert all(r[1] != "new:jr" for r in rows)
        assert ("Martin Luther King Jr", "new:martin-luther-king-jr", "person") in rows


# --------------------------------------------------------------------------- one-word people


def test_apposition_with_a_kinship_noun_after_his_makes_a_person() -> None:
    text = "Tessaro appeared in court on Friday. Tessaro, his ex-wife, denied the charges."
    assert {r[2] for r in _rows(text)} == {"person"}
    assert len(_rows(text)) == 2


def test_a_name_typed_person_once_is_a_person_everywhere() -> None:
    text = (
        "Police questioned Varga on Monday, officials said. "
        "Varga, a spokeswoman for the ferry operator, declined to comment."
    )
    rows = _rows(text)
    assert [r[2] for r in rows if r[0] == "Varga"] == ["person", "person"]
    text = "Marlow met the council on Monday. Marlow said she would run again."
    assert [r[2] for r in _rows(text)] == ["person", "person"]


# --------------------------------------------------------------------------- works and competitions


def test_competitions_prizes_shows_and_vehicles_are_no_actors() -> None:
    texts = [
        "Fans travelled to watch the Harbour Cup final on Saturday, organisers said. The Harbour Cup sold out.",
        "Dana Holt won the Golden Quill Award for her reporting.",
        "Viewers of the Morning Brew Show complained to the broadcaster.",
        "Engineers said Space Shuttle Dauntless would land on Monday.",
    ]
    for text in texts:
        surfaces = [r[0] for r in _rows(text)]
        assert not any(w in s for s in surfaces for w in ("Cup", "Award", "Show", "Shuttle")), surfaces
    assert ("Dana Holt", "new:dana-holt", "person") in _rows(texts[1])


def test_a_cup_of_the_dictionary_stays(tmp_path) -> None:
    path = tmp_path / "mine.csv"
    path.write_text(
        "id,label,type,aliases\nHARBOUR_CUP,Harbour Cup,organization,Harbour Cup\n", encoding="utf-8"
    )
    sents = split_sentences(read_articles(["The Harbour Cup fined the club on Monday."]).articles)
    got = find_mentions(sents, dictionary=path).select("surface", "actor_id").rows()
    assert got == [("Harbour Cup", "HARBOUR_CUP")]


# --------------------------------------------------------------------------- national agencies


def test_national_agencies_by_acronym_are_in_the_dictionary() -> None:
    actors = load_actors()
    got = dict(
        actors.filter(pl.col("source") == "actors_agencies.csv").select("actor_id", "affiliation").rows()
    )
    assert (
        got["NASA"] == "USA" and got["NTSB"] == "USA" and got["OFCOM"] == "GBR" and got["STATS_NZ"] == "NZL"
    )
    text = (
        "The FAA grounded the jets after the crash near Dallas, Texas, and the NTSB sent investigators. "
        "NASA said the launch would go ahead. In Britain, Ofcom opened an inquiry."
    )
    found = dict(_mentions(text).select("surface", "actor_id").rows())
    assert found["FAA"] == "FAA" and found["NTSB"] == "NTSB" and found["NASA"] == "NASA"
    assert found["Ofcom"] == "OFCOM"


def test_a_short_agency_acronym_needs_its_state_in_the_article() -> None:
    found = dict(
        _mentions("The EPA fined the dairy in Cork, Ireland, on Monday.").select("surface", "actor_id").rows()
    )
    assert found.get("EPA") != "EPA_USA"
