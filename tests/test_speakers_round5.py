"""Who said it, round 5 (issue 21): error classes found on set 6 (released for error analysis), checked on
sentences written for these tests (not taken from any article)."""

from __future__ import annotations

import polars as pl
import pytest

from toolkit.extract.claims import extract_claims
from toolkit.extract.quotes import extract_quotes
from toolkit.io.loading import read_articles
from toolkit.text.tokenize import split_sentences


def _quotes(text: str) -> pl.DataFrame:
    arts = read_articles([text]).articles
    return extract_quotes(split_sentences(arts), arts)


def _row(text: str, starts: str) -> dict[str, object]:
    return _quotes(text).filter(pl.col("quote").str.starts_with(starts)).row(0, named=True)


# a clause announcing "the following" text: its issuer speaks (or the one named after "from")


@pytest.mark.parametrize(
    ("text", "speaker"),
    [
        (
            "According to Mayor Tom Hale, the goal was 90 percent.\n\n"
            "Earlier this week, an official regional health account made the following announcement: "
            '"Officials have counted 812 cases so far. Another 40 are in hospital."',
            "an official regional health account",
        ),
        (
            "The council met on Monday.\n\n"
            'The ministry released the following statement from the minister: "We are reviewing every case."',
            "the minister",
        ),
        ('The club gave the following reply: "Our coach has resigned."', "The club"),
    ],
)
def test_the_following_statement_speaks_for_its_issuer(text: str, speaker: str) -> None:
    row = _quotes(text).row(-1, named=True)
    assert (row["kind"], row["speaker_surface"], row["attribution"]) == ("direct", speaker, "colon")


def test_numbers_of_an_announced_statement_take_its_issuer_as_source() -> None:
    text = (
        "According to Mayor Tom Hale, the goal was 90 percent.\n\n"
        "Earlier this week, an official regional health account made the following announcement: "
        '"Officials have counted 812 cases so far."'
    )
    arts = read_articles([text]).articles
    sents = split_sentences(arts)
    claims = extract_claims(sents, quotes=extract_quotes(sents, arts))
    row = claims.filter(pl.col("surface").str.contains("812")).row(0, named=True)
    assert row["source_surface"] == "an official regional health account"


def test_outlet_after_per_is_not_the_speaker() -> None:
    row = _row('"We will never stop," said Ann Price per BBC News.', "We will")
    assert (row["speaker_surface"], row["attribution"]) == ("Ann Price", "after")


def test_name_inside_a_participle_appositive_is_not_the_speaker() -> None:
    text = (
        "Okafor testified for two days. Ann Price, a Boston lawyer representing Okafor, told the BBC after the "
        'verdict "My client is relieved. She is glad it is over."'
    )
    assert _row(text, "My client")["speaker_surface"] == "Ann Price"


def test_she_resolves_to_a_described_speaker_headed_before_of() -> None:
    text = (
        'Ann Price, another lawyer for the family, told reporters "She did not lie."\n\n'
        'The head of the city\'s fire investigators told the court "Basic checks were not done." '
        'She also said "I regret we were not called at once. We could have saved time."'
    )
    row = _row(text, "I regret")
    assert (row["speaker_surface"], row["attribution"]) == (
        "The head of the city's fire investigators",
        "pronoun",
    )


def test_informed_is_a_reporting_verb() -> None:
    row = _row('"We accept the decision," the club informed the press.', "We accept")
    assert (row["cue"], row["speaker_surface"]) == ("inform", "the club")


def test_labels_after_an_adverbial_and_a_conjunction_are_partial_quotes() -> None:
    text = (
        'Acme, in its Monday release, reported that "most shops sold out by noon", and called the demand '
        '"extraordinary", while Brightmart, in a post on Friday, called it "surprising".'
    )
    q = _quotes(text)
    got = dict(zip(q["quote"].to_list(), zip(q["kind"].to_list(), q["speaker_surface"].to_list(), strict=True),
                   strict=True))  # fmt: skip
    assert got["extraordinary"] == ("partial", "Acme")
    assert got["surprising"] == ("partial", "Brightmart")


def test_participle_between_commas_still_skips_its_object() -> None:
    # the reporting-verb exception applies only before "that" or a quote: "led by" stays a participle
    assert (
        _row('The army, led by General Tom Hale, said "We hold the town."', "We hold")["speaker_surface"]
        == "The army"
    )
    assert (
        _row('Tom Hale, while visiting Kyiv, said "We stand with you."', "We stand")["speaker_surface"]
        == "Tom Hale"
    )


@pytest.mark.parametrize(
    ("text", "speaker"),
    [
        (
            'The US embassy issued the following statement from Washington: "We are monitoring the situation."',
            "The US embassy",
        ),
        (
            'The ministry released the following statement from its office in Geneva: "Talks resume on Monday."',
            "The ministry",
        ),
        (
            'The palace issued the following statement from the Royal Norvalan Guard: "All is calm."',
            "Royal Norvalan Guard",
        ),
    ],
)
def test_a_place_or_possessive_after_from_is_no_issuer(text: str, speaker: str) -> None:
    # only a person or a named organisation after "from" speaks; a place or "its office in ..." does not
    row = _quotes(text).row(-1, named=True)
    assert (row["speaker_surface"], row["attribution"]) == (speaker, "colon")
