"""Who said it, round 8 (issue 21): error classes found on devF (older Wikinews), checked on sentences
written for these tests (not taken from any article)."""

from __future__ import annotations

import polars as pl
import pytest

from toolkit.extract.quotes import extract_quotes
from toolkit.io.loading import read_articles
from toolkit.text.tokenize import split_sentences


def _quotes(text: str) -> pl.DataFrame:
    arts = read_articles([text]).articles
    return extract_quotes(split_sentences(arts), arts)


# an opening mark typed before the space instead of after it: 'said," We ..."'


@pytest.mark.parametrize(
    ("text", "quote", "speaker"),
    [
        (
            'The council met on Monday. Mayor Ann Ruiz said," We will rebuild the bridge by spring". Work starts soon.',
            "We will rebuild the bridge by spring",
            "Ann Ruiz",
        ),
        (
            'Farmers gathered in the square. Union leader Paul Okoro said," [The ministry] never answered our letters".',
            "[The ministry] never answered our letters",
            "Paul Okoro",
        ),
    ],
)
def test_opening_mark_typed_before_the_space_opens_a_quote(text: str, quote: str, speaker: str) -> None:
    q = _quotes(text)
    row = q.filter(pl.col("quote") == quote)
    assert row.height == 1, q.select("quote").to_series().to_list()
    assert row["speaker_surface"][0].endswith(speaker)


def test_closing_mark_after_a_comma_is_not_an_opening_mark() -> None:
    q = _quotes('"We will win," Coach Dan Meyer said. The team left on Friday.')
    assert q["quote"].to_list() == ["We will win,"]


# a one-word place after an organisation in the speaker's appositive is where, not who


def test_place_after_an_organisation_in_an_appositive_is_not_the_speaker() -> None:
    text = (
        "Laura Bennett, head of archives at the University of Vermont, Burlington, said, "
        '"These letters show how the town lived."'
    )
    row = _quotes(text).row(0, named=True)
    assert row["speaker_surface"] == "Laura Bennett"
    assert text[row["speaker_char_start"] : row["speaker_char_end"]] == "Laura Bennett"


def test_full_name_in_apposition_after_an_office_is_still_the_speaker() -> None:
    row = _quotes('The mayor of Portland, Ted Wheeler, said, "We are ready."').row(0, named=True)
    assert row["speaker_surface"] == "Ted Wheeler"
