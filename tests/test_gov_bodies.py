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


# ---------------------------------------------------------------- review of f8d21ca / 0a69e53 (issue 19)


def _body_tools():  # type: ignore[no-untyped-def]
    from toolkit.extract.actors.gov_bodies import body_rules
    from toolkit.extract.actors.lexicon import _lexicon
    from toolkit.extract.actors.rules import _rules

    return body_rules(), _rules(), _lexicon(None)


def test_only_states_and_places_name_a_body_s_state() -> None:
    """Another body's alias ("Senate", "Supreme Court") or an armed group's name is no state inside a name."""
    from toolkit.extract.actors.gov_bodies import _inner_state

    lex = _body_tools()[2]
    for name in ("Academic Senate", "Supreme Court", "Houthi Coast Guard", "Hamas Police", "Taliban Court"):
        assert _inner_state(name, lex) is None, name
    assert _inner_state("Lagos State Police", lex) == "NGA"
    assert _inner_state("Kenyan Coast Guard", lex) == "KEN"


def test_an_armed_group_s_body_does_not_take_the_article_state() -> None:
    """A body named after an armed group stays unaffiliated (its parent is the group, not the state); a body named
    after nothing still takes the article's state."""
    from toolkit.extract.actors.gov_bodies import public_bodies
    from toolkit.extract.actors.mentions import _Mention, _Sentence

    r, rules, lex = _body_tools()
    s1 = "Hamas Police arrested three men in Gaza on Monday."
    s2 = "The Court of Appeals in Gaza City heard the case."
    art = [
        _Sentence(0, s1, [
            _Mention(0, 12, "new:hamas-police", "Hamas Police", "organization", "name_run"),
            _Mention(35, 39, "GAZA", "Gaza", "location", "alias", is_place=True, affiliation="PSE"),
        ]),
        _Sentence(1, s2, [_Mention(4, 20, "new:court-of-appeals", "Court of Appeals", "organization", "name_run")]),
    ]  # fmt: skip
    public_bodies(art, rules, lex, r)
    police, court = art[0].mentions[0], art[1].mentions[0]
    assert (police.affiliation, police.role) == (None, "security")
    assert (court.affiliation, court.role) == ("PSE", "judiciary")


@pytest.mark.parametrize(
    "name,role",
    [
        ("Italian Civil Protection", "civil_defence"),
        ("Ministry of Youth and Sports", "government"),
        ("Ministry of Science and Technology", "government"),
        ("Ministry of Foreign Affairs and International Cooperation", "government"),
        ("Federal Trade Commission", "government"),
        ("Civil Aviation Authority", "government"),
        # the words still bar the non-state bodies they were added for
        ("Ethiopian Human Rights Commission", None),
        ("Youth Council", None),
        ("Kestrel Trade Council", None),
        ("Institute of Technology", None),
        ("Civil Society Council", None),
        ("Women Lawyers Association", None),
        ("International Trade Commission", None),
    ],
)
def test_remit_words_do_not_bar_public_bodies(name: str, role: str | None) -> None:
    from toolkit.extract.actors.gov_bodies import body_role

    r, rules, lex = _body_tools()
    assert body_role(name, r, rules, lex) == role


def test_ministry_with_a_remit_word_gets_the_article_state() -> None:
    got = _mentions(
        "The Ministry of Youth and Sports in Jakarta said the games would be held in March. Officials in "
        "Surabaya said the stadium was ready."
    )
    assert got["Ministry of Youth and Sports"][1:] == ("IDN", "government")


@pytest.mark.parametrize("name", ["Old Navy", "Old Court"])
def test_old_names_on_a_public_head_are_no_body(name: str) -> None:
    """ "Old Navy" is a clothing chain, not a navy; "Royal Navy" and "Ruritanian Navy" are."""
    from toolkit.extract.actors.gov_bodies import body_role

    r, rules, lex = _body_tools()
    assert body_role(name, r, rules, lex) is None
    assert body_role("Royal Navy", r, rules, lex) == "military"


def test_place_led_company_name_ends_at_its_last_head() -> None:
    got = _mentions(
        "Kenya Airways Chief Executive Allan Kilavuka said on Monday that flights to Dubai would resume. "
        "Yesterday Indian Railways said night trains would run again. "
        "Ruritania welcomed Kenya Power Minister John Ndege."
    )
    assert got["Kenya Airways"][0] == "new:kenya-airways"
    assert "Airways" not in got
    assert got["Indian Railways"][0] == "new:indian-railways"
    assert got["Kenya"][0] == "KEN"  # "Power Minister" is a title, not the end of a company name


def test_place_led_company_name_is_not_cut_inside_a_longer_name() -> None:
    """A head inside a longer capitalised run is the name's end only where another mention starts after it."""
    from toolkit.extract.actors.mentions import _Mention, _Sentence
    from toolkit.extract.actors.org_names import company_heads, place_led_companies

    def kenya() -> _Mention:
        return _Mention(15, 20, "KEN", "Kenya", "state", "alias")

    text = "Members of the Kenya Steel Workers Union walked out on Monday."
    art = [_Sentence(0, text, [kenya()])]
    place_led_companies(art, company_heads())
    assert [(m.actor_id, m.end) for m in art[0].mentions] == [("KEN", 20)]
    text = "Members of the Kenya Steel Chairman Amos Otieno walked out on Monday."
    boss = _Mention(27, 47, "new:amos-otieno", "Amos Otieno", "person", "title")
    art = [_Sentence(0, text, [kenya(), boss])]
    place_led_companies(art, company_heads())
    assert [m.label for m in art[0].mentions] == ["Kenya Steel", "Amos Otieno"]
