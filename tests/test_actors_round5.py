"""Actors of general news, fifth round (issue 19, from dev set E's error classes): one-word organisations introduced
by an organisation noun, faith words that are no newspaper, laws given an acronym, public institutes named with
their state, and a state-prefixed organisation's later short form. Every sentence here is invented for the test, in
the style of news copy."""

from __future__ import annotations

from toolkit.extract.actors import find_mentions
from toolkit.io.loading import read_articles
from toolkit.text.tokenize import split_sentences


def _rows(text: str) -> list[tuple[str, str, str]]:
    df = find_mentions(split_sentences(read_articles([text]).articles))
    return [(s, a, t) for s, a, t in df.select("surface", "actor_id", "actor_type").rows()]


# --------------------------------------------------------------------------- a one-word name after an organisation noun

_GROCER = (
    "Dutch retailer Verhoek agreed on Monday to buy 120 stores in Belgium. "
    "About 3,000 staff will move from Verhoek to the buyer. "
    "Verhoek said the sale would close in March. "
    "Analysts said Verhoek had struggled against discount chains."
)


def test_one_word_company_after_an_organisation_noun_is_found_in_every_sentence() -> None:
    rows = [r for r in _rows(_GROCER) if r[0] == "Verhoek"]
    assert len(rows) == 4  # also "from Verhoek", which a place phrase alone would make a place
    assert {a for _, a, _ in rows} == {"new:verhoek"}
    assert {t for _, _, t in rows} == {"organization"}


def test_one_word_name_without_an_organisation_noun_after_a_place_phrase_stays_out() -> None:
    text = "About 3,000 staff will move from Verhoek to the capital. Officials visited Verhoek on Monday."
    assert [r for r in _rows(text) if r[0] == "Verhoek" and r[2] == "organization"] == []


# --------------------------------------------------------------------------- faith words are no newspaper


def test_faith_adjective_is_not_the_newspaper_the_hindu() -> None:
    text = "India's ruling party backed the Hindu festival in Delhi. Priests of the Hindu temple said it would open."
    assert [r for r in _rows(text) if r[1] == "THE_HINDU"] == []


def test_the_hindu_named_in_full_keeps_the_newspaper() -> None:
    text = "The Hindu reported the figures on Monday. Editors at the Hindu said the report was checked."
    ids = [a for s, a, _ in _rows(text) if "Hindu" in s]
    assert ids == ["THE_HINDU", "THE_HINDU"]


# --------------------------------------------------------------------------- a law and its acronym are no actors


def test_a_law_given_an_acronym_is_no_actor_nor_is_its_acronym() -> None:
    text = (
        "Farmers sued the state over its Rural Water Protection Act (RWPA) on Tuesday. "
        "Under RWPA, wells must be metered. The Farmers Union said RWPA would cost members dearly."
    )
    surfaces = [s for s, _, _ in _rows(text)]
    assert "Rural Water Protection Act" not in surfaces
    assert "RWPA" not in surfaces
    assert "Farmers Union" in surfaces


def test_an_organisation_given_an_acronym_is_kept() -> None:
    text = "The Rural Water Protection Agency (RWPA) sued the state. RWPA said it would appeal."
    assert [s for s, _, _ in _rows(text)] == ["Rural Water Protection Agency", "RWPA", "RWPA"]


# --------------------------------------------------------------------------- public institutes named with their state


def test_a_states_institute_is_the_state_but_an_institute_of_technology_is_not() -> None:
    rows = _rows(
        "Kenya's National Institute of Public Health confirmed two cases. "
        "Researchers at the Massachusetts Institute of Technology said the test worked."
    )
    assert ("Kenya's National Institute of Public Health", "KEN", "state") in rows
    mit = [r for r in rows if r[0] == "Massachusetts Institute of Technology"]
    assert mit == [
        ("Massachusetts Institute of Technology", "new:massachusetts-institute-of-technology", "organization")
    ]


# --------------------------------------------------------------------------- a state-prefixed organisation's short form


def test_organisation_named_with_its_state_then_without_is_one_actor() -> None:
    text = "The Canadian Rivers Party chose a new leader on Sunday. The Rivers Party said turnout was high."
    ids = {s: a for s, a, _ in _rows(text)}
    assert ids["Rivers Party"] == ids["Canadian Rivers Party"] == "new:canadian-rivers-party"


def test_short_form_shared_by_two_state_prefixed_names_is_left_alone() -> None:
    text = "The US Rivers Party met the Canadian Rivers Party. The Rivers Party said turnout was high."
    ids = {s: a for s, a, _ in _rows(text)}
    assert ids["Rivers Party"] == "new:rivers-party"
