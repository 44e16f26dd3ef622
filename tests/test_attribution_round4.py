"""Who said it, round 4 (issue 21): error classes found on development set E, checked on sentences written
for these tests (not taken from any article)."""

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


def _claims(text: str) -> pl.DataFrame:
    arts = read_articles([text]).articles
    sents = split_sentences(arts)
    return extract_claims(sents, quotes=extract_quotes(sents, arts))


def _source(df: pl.DataFrame, surface: str) -> tuple[str | None, str | None]:
    row = df.filter(pl.col("surface") == surface).row(0, named=True)
    return row["source_surface"], row["source_rule"]


# quotes


def test_continued_is_a_reporting_cue_and_its_pronoun_resolves() -> None:
    text = (
        'Mayor Ann Price praised the plan, saying "we have never seen such support." '
        'She continued, "[a]nd we will build it this year."'
    )
    row = _quotes(text).filter(pl.col("quote").str.starts_with("[a]nd")).row(0, named=True)
    assert (row["kind"], row["speaker_surface"], row["attribution"], row["cue"]) == (
        "direct",
        "Ann Price",
        "pronoun",
        "continue",
    )


def test_name_after_the_quote_and_its_colon_speaks() -> None:
    text = (
        "Whales 'knew where they were going': Biologist Dr Clara Weiss discusses her findings with reporters\n\n"
        "Last month, a study by Weiss concluded that whales navigate by the stars."
    )
    row = _quotes(text).row(0, named=True)
    assert row["quote"] == "knew where they were going"
    assert (row["kind"], row["speaker_surface"], row["attribution"]) == ("partial", "Clara Weiss", "colon")
    assert text[row["speaker_char_start"] : row["speaker_char_end"]] == "Clara Weiss"


def test_colon_after_a_quote_without_a_clause_gives_no_speaker() -> None:
    q = _quotes('The plan had one slogan, "build faster": Officials. The rest was silence.')
    assert q.filter(pl.col("quote") == "build faster")["speaker_surface"].to_list() == [None]


def test_named_owner_of_a_text_speaks_for_it() -> None:
    text = (
        "Hale wrote about the flood on Monday. "
        'Part of Hale\'s post included the line, "we will rebuild every home before winter."'
    )
    row = _quotes(text).row(0, named=True)
    assert (row["speaker_surface"], row["attribution"]) == ("Hale", "document")
    assert text[row["speaker_char_start"] : row["speaker_char_end"]] == "Hale"


# claims


@pytest.mark.parametrize(
    ("text", "surface", "source"),
    [
        # a head-to-head result is one claim (as a vote tally), valued as its first share
        (
            "In a March 2 Gallup poll, Smith led Jones 45 percent to 38 percent.",
            "45 percent to 38 percent",
            "Gallup",
        ),
        (
            "Smith led Jones in the Quinnipiac average of state polls, 51 percent to 44 percent.",
            "51 percent to 44 percent",
            "Quinnipiac",
        ),
    ],
)
def test_a_poll_names_its_pollster_as_source(text: str, surface: str, source: str) -> None:
    assert _source(_claims(text), surface) == (source, "clause")


def test_a_figure_in_an_opening_adverbial_is_not_the_polls() -> None:
    c = _claims(
        "By June, with cases passing 2,000 across the state, Smith led Jones in the Quinnipiac average, "
        "51 percent to 44 percent."
    )
    assert _source(c, "2,000") == (None, None)
    assert _source(c, "51 percent to 44 percent") == ("Quinnipiac", "clause")


def test_a_name_of_four_words_between_commas_is_the_subject() -> None:
    c = _claims(
        "In an online briefing, the head of the agency, Dr Anna Maria Lopez, said 14 patients had died."
    )
    assert _source(c, "14") == ("Dr Anna Maria Lopez", "clause")


def test_a_participle_after_a_comma_takes_the_clause_subject() -> None:
    c = _claims("Continuing a long feud, Lopez criticised the figures, claiming 300 nurses had quit.")
    assert _source(c, "300") == ("Lopez", "clause")


@pytest.mark.parametrize(
    ("text", "source"),
    [
        ("Kelly visited the plant on Monday, claiming 400 jobs were lost.", "Kelly"),
        ("Reilly toured the camp, claiming 2,000 families lacked water.", "Reilly"),
        ("Beijing said on Monday, claiming 400 jobs were lost.", "Beijing"),
        ("Speaking at a rally, Lopez criticised the figures, claiming 300 nurses had quit.", "Lopez"),
    ],
)
def test_a_name_in_ly_or_ing_opening_the_sentence_is_its_subject(text: str, source: str) -> None:
    # a sentence-initial name ending in -ly or -ing is no opening adverbial (review of 6fcc77a)
    c = _claims(text)
    number = c.filter(pl.col("source_rule").is_not_null())["surface"][0]
    assert _source(c, number)[0] == source


def test_a_participle_with_a_pronoun_subject_resolves_across_sentences() -> None:
    text = "Lopez said the ward was full. Later, she criticised the figures, claiming 300 nurses had quit."
    row = _claims(text).filter(pl.col("surface") == "300").row(0, named=True)
    assert (row["source_surface"], row["source_rule"]) == ("Lopez", "pronoun")
    assert text[row["source_char_start"] : row["source_char_end"]] == "Lopez"


def test_a_participle_without_a_comma_is_no_cue() -> None:
    assert _source(_claims("The union issued a statement saying 300 nurses had quit."), "300") == (None, None)


def test_the_speaker_behind_an_opening_according_to_is_the_source() -> None:
    c = _claims(
        "According to state media, the health minister, Omar Haddad, said 36 people had been arrested."
    )
    assert _source(c, "36") == ("Omar Haddad", "clause")
    # without a reporting verb of its own the "according to" source stays
    c2 = _claims("According to state media, 36 people had been arrested.")
    assert _source(c2, "36") == ("state media", "clause")
    # nor with a verb whose subject is no named speaker
    c3 = _claims("According to the agency's weekly report, the virus claimed 640 lives in March.")
    assert _source(c3, "640") == ("agency's weekly report", "clause")


def test_a_participle_after_an_ordinal_is_an_adjective() -> None:
    c = _claims("The first recorded cases were found in two travellers returning from abroad.")
    assert _source(c, "two") == (None, None)
