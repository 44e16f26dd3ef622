"""Attribution, third round (issue 21): the salient subject, opening adverbials of time and speakers named
by a description earlier in the article. All sentences are invented, in the style of wire copy."""

from __future__ import annotations

import polars as pl
import pytest

from toolkit.extract import attribution
from toolkit.extract.quotes import extract_quotes
from toolkit.extract.quotes.lexicon import _lexicon
from toolkit.extract.quotes.phrases import _sentence_subject
from toolkit.io.loading import read_articles
from toolkit.run.pipeline import analyze_articles
from toolkit.text.tokenize import split_sentences


def _speakers(text: str) -> list[tuple[str, str | None, str | None]]:
    """The quotes of the whole pipeline (actor mentions included: they are the pronoun's other candidates)."""
    q = analyze_articles(read_articles([text]).articles, progress=False).tables["quotes"]
    return q.select("quote", "speaker_surface", "attribution").rows()


@pytest.mark.parametrize(
    ("text", "speaker"),
    [
        # the pronoun continues the previous sentence's subject, not its object or appositive
        ('Mark Bellamy endorsed his former rival, Joe Biden. "I am proud of him," he said.', "Mark Bellamy"),
        (
            "Wednesday, the same day that he dropped out, Mark Bellamy endorsed his former rival, Joe Biden. "
            '"Three months ago," he said, "I entered the race."',
            "Mark Bellamy",
        ),
        (
            'Governor Ruth Adler thanked her deputy, Sarah Klein, on Friday. "It was a hard year," she said.',
            "Ruth Adler",
        ),
    ],
)
def test_pronoun_prefers_the_previous_sentences_subject(text: str, speaker: str) -> None:
    rows = _speakers(text)
    assert rows and all(r[1] == speaker and r[2] == "pronoun" for r in rows)


@pytest.mark.parametrize(
    ("text", "speaker"),
    [
        # a subject that cannot be "he" leaves the object: the police are no person
        ('Police arrested Tom Walsh on Monday. "I am innocent," he said.', "Tom Walsh"),
        # a reporting cue of the previous sentence keeps its own subject
        (
            'Mark Bellamy met Tom Reyes, who told reporters he was ready. "We start tomorrow," he said.',
            "Tom Reyes",
        ),
        # gender still decides: the nearest agreeing subject
        (
            'Senator Ellen Hart praised the decision. Her deputy, Tom Reyes, was at the rally. "It shows courage," she said.',
            "Ellen Hart",
        ),
    ],
)
def test_subject_salience_keeps_cues_kinds_and_gender(text: str, speaker: str) -> None:
    assert [r[1] for r in _speakers(text)] == [speaker]


def test_opening_adverbial_of_time_is_skipped_to_the_subject() -> None:
    lex = _lexicon()
    for text, subject in [
        ("Wednesday, the same day that he dropped out, Mark Bellamy endorsed Joe Biden.", "Mark Bellamy"),
        ("Yesterday, Foreign Minister Ana Ruiz visited the border.", "Ana Ruiz"),
        ("On Tuesday, the day after the vote, Mayor Tom Reyes conceded.", "Tom Reyes"),
    ]:
        sp = _sentence_subject(text, 0, len(text), lex)
        assert sp is not None and text[sp[0] : sp[1]] == subject


def test_time_appositive_does_not_swallow_a_clause() -> None:
    lex = _lexicon()
    assert lex.time_appositive_re.match(" the ministry announced cuts, Reuters said") is None
    assert lex.time_appositive_re.match(" the day he quit, Bellamy said") is not None


@pytest.mark.parametrize(
    ("text", "speaker"),
    [
        (
            "Greg Olsen, a lawyer for the family, filed the appeal on Monday. The neighbours gathered outside. "
            '"Justice will be done," the lawyer said.',
            "Greg Olsen",
        ),
        (
            "The ministry's spokeswoman, Clara Weiss, said the talks would resume. Officials in Brussels were less sure. "
            '"Nothing is settled yet," the spokeswoman said.',
            "Clara Weiss",
        ),
        (
            'On Monday Greg Olsen, a lawyer for the family, filed the appeal. "Justice will be done," the lawyer said.',
            "Greg Olsen",
        ),
    ],
)
def test_back_reference_takes_the_person_described_so_earlier(text: str, speaker: str) -> None:
    assert _speakers(text)[-1][1:] == (speaker, "description")


def test_back_reference_without_a_described_name_stays_as_written() -> None:
    # no name was described as an officer: the words as written, found right after the quote
    rows = _speakers('Police said a man was held. "He was calm," the officer said.')
    assert rows == [("He was calm,", "the officer", "after")]
    # a group noun is no person: "the ministry" is not resolved to a name
    assert attribution.described_name_regex("lawyer").search("Acme Corp, the ministry, said") is None


def test_speaker_evidence_points_at_the_name() -> None:
    text = 'Greg Olsen, a lawyer for the family, filed the appeal. "Justice will be done," the lawyer said.'
    arts = read_articles([text]).articles
    q = extract_quotes(split_sentences(arts), arts)
    r = q.filter(pl.col("attribution") == "description").row(0, named=True)
    assert text[r["speaker_char_start"] : r["speaker_char_end"]] == "Greg Olsen"
