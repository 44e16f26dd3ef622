"""Public bodies that the dictionary lacks get their state as affiliation (toolkit.extract.actors.gov_bodies).

Sentences written for these tests, in the style of news reports.
"""

from __future__ import annotations

import polars as pl
import pytest

from toolkit.extract.actors import find_mentions
from toolkit.io.loading import read_articles
from toolkit.text.tokenize import split_sentences


def _mentions(*texts: str) -> dict[str, tuple[str, str | None, str | None]]:
    sents = split_sentences(read_articles(list(texts)).articles)
    m = find_mentions(sents)
    return {s: (a, f, r) for s, a, f, r in m.select("surface", "actor_id", "affiliation", "role").rows()}


def test_police_and_fire_service_get_the_state_of_the_place_in_their_name() -> None:
    got = _mentions(
        "Officers from North Wales Police and crews of the North Wales Fire and Rescue Service were called to "
        "the farm on Sunday."
    )
    assert got["North Wales Police"] == ("new:north-wales-police", "GBR", "security")
    assert got["North Wales Fire and Rescue Service"] == (
        "new:north-wales-fire-and-rescue-service",
        "GBR",
        "civil_defence",
    )


def test_capital_in_name_gives_its_state() -> None:
    got = _mentions("Oslo Fire and Rescue said the warehouse blaze was under control by midnight.")
    assert got["Oslo Fire and Rescue"] == ("new:oslo-fire-and-rescue", "NOR", "civil_defence")


def test_body_without_place_gets_the_article_state() -> None:
    got = _mentions(
        "The Court of Appeals ruled on Tuesday that the Nebraska statute was unconstitutional. Lawyers in "
        "Omaha said the state would appeal."
    )
    assert got["Court of Appeals"] == ("new:court-of-appeals", "USA", "judiciary")


def test_acronym_of_a_body_gets_its_state() -> None:
    got = _mentions(
        "The National Emergency Operation Centre (NEOC) in Apia said 40 new cases were found. NEOC said "
        "schools would stay closed."
    )
    assert got["National Emergency Operation Centre"][1:] == ("WSM", "civil_defence")
    assert got["NEOC"] == ("new:national-emergency-operation-centre", "WSM", "civil_defence")


def test_qualified_head_needs_a_public_word() -> None:
    got = _mentions(
        "The National Plant Health Laboratory in Wellington confirmed the pest. The Plant Health Laboratory "
        "in Ohio said little."
    )
    assert got["National Plant Health Laboratory"][1:] == ("NZL", "government")
    assert got["Plant Health Laboratory"][1:] == (None, None)


@pytest.mark.parametrize(
    "text,name",
    [
        (
            "The Kestrel Research Institute in Ohio published the survey on Monday.",
            "Kestrel Research Institute",
        ),
        ("The International Court of Arbitration in Paris heard the case on Monday.", "International Court"),
        ("The Ohio Football Association fined the club on Monday.", "Ohio Football Association"),
    ],
)
def test_private_and_international_bodies_get_no_state(text: str, name: str) -> None:
    sents = split_sentences(read_articles([text]).articles)
    m = find_mentions(sents).filter(pl.col("surface").str.starts_with(name.split()[0]))
    assert m.height >= 1
    assert m["affiliation"].to_list()[0] in (None, "")


def test_place_government_is_one_mention_of_the_body() -> None:
    got = _mentions("The Hong Kong government said on Monday that it would extend the curfew by a week.")
    assert got["Hong Kong government"] == ("new:hong-kong-government", "CHN", "government")


def test_title_before_of_is_no_body() -> None:
    from toolkit.extract.actors.gov_bodies import body_role, body_rules
    from toolkit.extract.actors.lexicon import _lexicon
    from toolkit.extract.actors.rules import _rules

    r, rules, lex = body_rules(), _rules(), _lexicon(None)
    assert body_role("Green Member of Parliament", r, rules, lex) is None
    assert body_role("Speaker of the Legislative Assembly", r, rules, lex) is None
    assert body_role("Parliament of Ruritania", r, rules, lex) == "legislature"


def test_place_led_company_name_is_one_organisation() -> None:
    got = _mentions(
        "Kenya Airways cancelled 30 flights on Monday. Indian Railways said night trains would run again. "
        "Florida Governor Ron DeSantis met Kenya Power Minister John Ndege."
    )
    assert got["Kenya Airways"] == ("new:kenya-airways", None, None)
    assert got["Indian Railways"] == ("new:indian-railways", None, None)
    assert got["Florida"][0] == "FLORIDA"  # a title after the place is no company
    assert got["Kenya"][0] == "KEN"  # the run must end in the company head


def _mention(text: str, surface: str) -> dict:
    import polars as pl

    import toolkit

    rows = toolkit.analyze_articles(
        pl.DataFrame({"article_id": ["a"], "text": [text]}), progress=False
    ).tables["mentions"]
    hit = rows.filter(pl.col("surface") == surface)
    return hit.to_dicts()[0] if hit.height else {}


def test_regional_courts_and_private_agencies_get_no_state() -> None:
    """Review of 2026-12-07: regional courts and parliaments, and private bodies named like agencies, are no state's."""
    text = (
        "The Caribbean Court of Justice ruled on Monday in a case brought from Barbados. "
        "The Creative Artists Agency said in Los Angeles that it had signed the actor."
    )
    for name in ("Caribbean Court of Justice", "Creative Artists Agency"):
        m = _mention(text, name)
        assert m.get("affiliation") is None, (name, m)


def test_an_airport_after_a_capital_stays_the_place() -> None:
    """A facility head after a capital ("Kabul Airport") is no company: the capital keeps its mention."""
    m = _mention("Crowds gathered outside Kabul Airport on Monday, officials said.", "Kabul")
    assert m.get("actor_id") == "AFG", m
