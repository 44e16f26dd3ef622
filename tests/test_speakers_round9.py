"""Who said it, round 9 (issue 21): error classes found on devF (older Wikinews) and in review, checked on
sentences written for these tests (not taken from any article)."""

from __future__ import annotations

import polars as pl
import pytest

from toolkit.extract.quotes import extract_quotes
from toolkit.io.loading import read_articles
from toolkit.text.tokenize import split_sentences


def _quotes(text: str, mentions: pl.DataFrame | None = None) -> pl.DataFrame:
    arts = read_articles([text]).articles
    if mentions is not None:
        mentions = mentions.with_columns(pl.lit(arts["article_id"][0]).alias("article_id"))
    return extract_quotes(split_sentences(arts), arts, mentions=mentions)


# a one-word appositive after an office is a place only when it names one and no person: people known by one
# name stay the speaker


@pytest.mark.parametrize(
    ("text", "speaker"),
    [
        ('The head of the WHO, Tedros, said the outbreak was "very worrying".', "Tedros"),
        ('The president of Brazil, Lula, said: "We will not give up."', "Lula"),
        ('The coach of Brazil, Tite, said, "We played well."', "Tite"),
        ('The striker of Santos, Neymar, said, "We played well."', "Neymar"),
    ],
)
def test_person_known_by_one_name_in_apposition_is_the_speaker(text: str, speaker: str) -> None:
    row = _quotes(text).row(0, named=True)
    assert row["speaker_surface"] == speaker
    assert text[row["speaker_char_start"] : row["speaker_char_end"]] == speaker


def test_place_after_an_organisation_is_still_skipped() -> None:
    text = (
        'Ruth Okafor, a chemist at the University of Arkansas, Fayetteville, said, "The samples are clean."'
    )
    assert _quotes(text)["speaker_surface"].to_list() == ["Ruth Okafor"]


def test_a_word_found_as_a_person_mention_is_no_place() -> None:
    text = 'The drummer of the Vandals, Burlington, said, "We will tour again."'
    k = text.index("Burlington")
    ments = pl.DataFrame(
        {"char_start": [k], "char_end": [k + 10], "actor_id": ["new:burlington"], "actor_label": ["Burlington"],
         "actor_type": ["person"], "is_place": [False], "surface": ["Burlington"]}
    )  # fmt: skip
    assert _quotes(text, ments)["speaker_surface"].to_list() == ["Burlington"]
    assert _quotes(text)["speaker_surface"].to_list() != ["Burlington"]


# a quote left open at its paragraph's end runs on past a picture's caption (a line ending in a credit) into the
# next paragraph that opens with a mark: both parts are the speaker's


@pytest.mark.parametrize(
    "caption",
    [
        "The new dam seen from the river. Image: Valley Water.",
        "Workers on the dam in May. (AP Photo/Jane Miller)",
    ],
)
def test_quote_runs_on_past_a_caption(caption: str) -> None:
    text = (
        'The dam opened on Friday. Mayor Carla Diaz said, "This is a proud day for the valley. It took ten years.'
        f'\n\n{caption}\n\n"We thank every worker who made it possible."'
    )
    q = _quotes(text)
    assert q["quote"].to_list() == [
        "This is a proud day for the valley. It took ten years.",
        "We thank every worker who made it possible.",
    ]
    assert q["speaker_surface"].to_list() == ["Carla Diaz", "Carla Diaz"]


def test_a_line_with_no_credit_is_no_caption() -> None:
    text = (
        'Rescuers worked all night. Fire chief Tom Reyes said, "We got everyone out.\n\n'
        'Firefighters reached the house at noon.\n\n"Nobody was hurt."'
    )
    assert _quotes(text)["quote"].to_list() == ["Nobody was hurt."]


# a straight opening mark closed by a curly one facing the wrong way ('decision.“'): the quote ends there


def test_wrong_facing_curly_mark_closes_a_straight_quote() -> None:
    text = 'The vote was close. "We lost by twelve votes and we will appeal.“ the mayor, Ann Cole, told reporters.'
    q = _quotes(text)
    assert q["quote"].to_list() == ["We lost by twelve votes and we will appeal."]
    assert q["speaker_surface"].to_list() == ["Ann Cole"]


def test_wrong_facing_mark_before_a_sentence_that_goes_on() -> None:
    text = 'Ann Cole said, "We lost by twelve votes.“ However, the council met again on Monday.'
    assert _quotes(text).select("quote", "speaker_surface").rows() == [
        ("We lost by twelve votes.", "Ann Cole")
    ]


# "X issued a statement on ...": a quote opening the next sentence, with no cue of its own, is the statement's


@pytest.mark.parametrize(
    ("text", "speaker"),
    [
        (
            "The court ruled on Tuesday. Senator Maria Lopez, a Democrat from Ohio, issued a statement regarding the"
            ' ruling. "This is a dark day for voters in our state."',
            "Maria Lopez",
        ),
        (
            'The plant closed in March. The company released a statement on its website.\n\n"We regret the loss of'
            ' these jobs."',
            "The company",
        ),
    ],
)
def test_quote_after_an_issued_statement_is_the_issuers(text: str, speaker: str) -> None:
    q = _quotes(text)
    assert q.select("speaker_surface", "attribution").rows() == [(speaker, "document")]


def test_issuing_something_else_gives_no_speaker() -> None:
    text = 'The plant closed in March. The company released a new product on Monday. "We regret the loss of jobs."'
    assert _quotes(text)["speaker_surface"].to_list() == [None]


# "X's analysis of ... concluded, "..."": a study, survey or analysis is a text that speaks for its owner


def test_owned_analysis_speaks_for_its_owner() -> None:
    text = (
        '"We are done," the mayor said.\n\nSales fell in May. The Daily Mirror\'s review of its own sales figures'
        ' concluded, "Print is in decline, and fast."'
    )
    q = _quotes(text)
    assert q.select("speaker_surface", "attribution").rows()[1] == ("The Daily Mirror", "document")


# "For X, ..., Y was ... . He said": the person named in the fronted phrase is whom the pronoun continues


def test_pronoun_continues_the_person_of_a_fronted_for_phrase() -> None:
    text = (
        "The museum reopened on Saturday.\n\nFor Kevin Hale, a teacher at the college, Hopper was a hero. He said,"
        ' "Nobody painted loneliness better."'
    )
    assert _quotes(text).select("speaker_surface", "attribution").rows() == [("Kevin Hale", "pronoun")]


def test_a_later_subject_still_wins_over_a_fronted_person() -> None:
    text = 'For Kevin Hale, the day began early. Mayor Tom Reed opened the show. He said, "We are proud."'
    assert _quotes(text)["speaker_surface"].to_list() == ["Tom Reed"]
