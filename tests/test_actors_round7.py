"""Actors, seventh round (issue 19): error classes of held-out set 6 (sentences invented for these tests)."""

from __future__ import annotations

import polars as pl
import pytest

from toolkit.extract.actors import find_mentions
from toolkit.io.loading import read_articles
from toolkit.text.tokenize import split_sentences


def _mentions(text: str) -> list[tuple[str, str, str]]:
    m = find_mentions(split_sentences(read_articles([text]).articles))
    return m.select("surface", "actor_id", "rule").rows()


def _surfaces(text: str) -> list[str]:
    return [s for s, _, _ in _mentions(text)]


def test_a_day_before_the_comma_qualifies_no_place() -> None:
    # "On Wednesday, Brightmart" is not "Springfield, Illinois": the chain stays a name all through the article
    text = (
        "Shoppers queued before dawn. On Wednesday, Brightmart also limited purchases. "
        "Analysts said Brightmart would recover."
    )
    assert _surfaces(text).count("Brightmart") == 2


def test_a_sentence_opener_before_the_comma_qualifies_no_place() -> None:
    text = (
        "Shoppers queued before dawn. However, Brightmart cut prices. Analysts said Brightmart would recover."
    )
    assert _surfaces(text).count("Brightmart") == 2


def test_a_place_with_its_state_is_still_no_one_word_actor() -> None:
    ms = _mentions("He moved to Springfield, Illinois, in 2004. Springfield grew fast.")
    assert ("Springfield", "new:springfield", "name_word") not in ms


def test_a_daily_before_a_name_makes_it_an_outlet() -> None:
    text = "The loan was reported by the daily Kurjerpost on Friday. Officials spoke to Kurjerpost later."
    m = find_mentions(split_sentences(read_articles([text]).articles))
    assert m.filter(pl.col("surface") == "Kurjerpost")["actor_type"].to_list() == ["organization"] * 2


def test_currency_codes_glued_to_amounts_are_no_actors() -> None:
    surfaces = _surfaces("The award is worth SEK4 million (USD420,000), the foundation said.")
    assert not any(s.startswith(("SEK", "USD")) for s in surfaces)


def test_astronomical_bodies_and_storm_labels_are_no_mentions() -> None:
    text = "Life on Earth may be rare, he said. The probe landed on the Moon. The storm weakened to Category 2 overnight."
    surfaces = _surfaces(text)
    assert not {"Earth", "Moon", "Category"} & set(surfaces)


def test_mme_is_a_title_of_address_not_part_of_the_name() -> None:
    text = "Claire Dumont, a nurse, filed the complaint. Mme Dumont said she was not heard."
    ms = _mentions(text)
    assert ("Dumont", "new:claire-dumont") in [(s, i) for s, i, _ in ms]
    assert not any(s.startswith("Mme") for s, _, _ in ms)


def test_a_party_after_a_word_of_politics_is_one_organisation() -> None:
    ms = _mentions("The court dissolved the opposition Kestrel Dawn party on Thursday.")
    assert ("Kestrel Dawn party", "new:kestrel-dawn-party", "party_name") in ms


def test_a_demonym_led_party_is_one_organisation_not_the_state() -> None:
    ms = _mentions("Officials said the Thai Kla Dee party had filed its list.")
    assert [(s, r) for s, _, r in ms] == [("Thai Kla Dee party", "party_name")]


def test_a_dictionary_party_in_lower_case_takes_its_id() -> None:
    ms = _mentions("She left the Democratic party in 2012 after a long feud.")
    assert ("Democratic party", "DEMOCRATS", "party_name") in ms


def test_a_party_that_is_no_political_body_is_left_alone() -> None:
    surfaces = _surfaces("They threw a Christmas party and a Super Bowl party for the staff.")
    assert not any(s.endswith("party") for s in surfaces)


def test_a_dictionary_party_before_party_keeps_its_mention() -> None:
    ms = _mentions("The ruling Frelimo party won the vote, officials said.")
    assert ("Frelimo", "FRELIMO") in [(s, i) for s, i, _ in ms]


def test_a_news_organisation_before_a_state_is_its_national_service() -> None:
    ms = _mentions("CNN Philippines reported that the bridge had collapsed.")
    assert [(s, i, r) for s, i, r in ms] == [("CNN Philippines", "new:cnn-philippines", "media_branch")]


def test_a_title_after_the_state_keeps_organisation_and_state_apart() -> None:
    surfaces = _surfaces("The BBC Russia editor left Moscow on Monday.")
    assert "BBC" in surfaces and "BBC Russia" not in surfaces


def test_a_web_address_name_is_one_website() -> None:
    text = "Tallyhouse.com, a property site, reported the sales. In a Harbourwire.com.au report, prices rose."
    ms = _mentions(text)
    assert [(s, r) for s, _, r in ms] == [("Tallyhouse.com", "web_name"), ("Harbourwire.com.au", "web_name")]


def test_rows_stay_traceable() -> None:
    text = "CNN Philippines reported that the Democratic party conceded."
    arts = read_articles([text]).articles
    m = find_mentions(split_sentences(arts))
    full = arts["text"][0]
    assert all(full[s:e] == surf for s, e, surf in m.select("char_start", "char_end", "surface").rows())
    assert isinstance(m, pl.DataFrame)


# review of the seventh round (sentences invented for these tests)


def _roles(text: str) -> list[tuple[str, str | None, str]]:
    m = find_mentions(split_sentences(read_articles([text]).articles))
    return m.select("surface", "role", "rule").rows()


@pytest.mark.parametrize(
    ("text", "state"),
    [
        ("Zelensky told the BBC Ukraine would never give up Crimea.", "Ukraine"),
        ("Netanyahu told CNN Israel had no choice but to respond.", "Israel"),
    ],
)
def test_a_state_opening_the_told_clause_is_no_national_service(text: str, state: str) -> None:
    surfaces = _surfaces(text)
    assert state in surfaces and not any(s.endswith(" " + state) for s in surfaces)


def test_a_national_service_after_told_still_joins_without_a_verb() -> None:
    ms = _mentions("The minister told CNN Philippines in an interview that talks had failed.")
    assert ("CNN Philippines", "new:cnn-philippines", "media_branch") in ms


def test_a_company_web_address_is_no_media_outlet() -> None:
    rows = _roles("Amazon.com said on Monday it would cut 9,000 jobs, and Booking.com raised prices.")
    assert [(s, r) for s, r, _ in rows] == [("Amazon.com", None), ("Booking.com", None)]


def test_a_web_address_with_a_news_noun_is_a_news_site() -> None:
    rows = _roles(
        "The news portal Kestrelwire.com first reported the deal. Quillpost.net, a news website, agreed."
    )
    assert [(s, r) for s, r, _ in rows] == [("Kestrelwire.com", "media"), ("Quillpost.net", "media")]


@pytest.mark.parametrize(
    "text",
    [
        "Families gathered for a Chinese New Year party in Vancouver.",
        "Dozens attended the Kenyan Independence Day party at the embassy.",
        "Staff held a German Christmas Eve party on the ship.",
    ],
)
def test_a_feast_party_is_no_political_party(text: str) -> None:
    rows = _roles(text)
    assert not any(s.endswith("party") or r == "party" for s, r, _ in rows)


def test_broadcasters_and_bands_written_with_digits_are_actors() -> None:
    surfaces = _surfaces("The report was aired by TF1 and RTL4 on Sunday, while NCT127 performed in Seoul.")
    assert {"TF1", "RTL4", "NCT127"} <= set(surfaces)
