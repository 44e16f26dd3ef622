"""Attribution across sentences (issue 21): the shared resolver, quote speakers and claim sources."""

from __future__ import annotations

import polars as pl
import pytest

from toolkit.core.schema import SCHEMAS
from toolkit.extract import attribution
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


def test_given_names_table_loads_without_duplicates() -> None:
    names = attribution.load_given_names()
    assert len(names) > 1000
    assert set(names.values()) <= {"m", "f", "u"}
    rows = [ln.split(",")[0] for ln in attribution.locate(attribution.GIVEN_NAMES_FILE).read_text("utf-8").splitlines()
            if ln and not ln.startswith("#")][1:]
    assert len(rows) == len(set(rows))


@pytest.mark.parametrize(
    ("pronoun", "candidate", "ok"),
    [("he", "Maria Garcia", False), ("she", "Maria Garcia", True), ("he", "Hale", True), ("she", "Mr. Hale", False),
     ("they", "Maria Garcia", True), ("he", "Ms Ruiz", False), ("she", "the ministry", True)],
)
def test_pronoun_agreement(pronoun: str, candidate: str, ok: bool) -> None:
    assert attribution.agrees(pronoun, candidate) is ok


def test_person_head_of_phrase() -> None:
    words = "Political scientist Dr. Ellen Novak of the University of Illinois".split()
    assert attribution.person_head(words) == 5
    assert attribution.person_head("the head of the Norwegian Refugee Council".split()) is None


def test_pronoun_never_resolves_into_the_quote() -> None:
    q = _quotes('Hale conceded. "I called Maria Garcia to congratulate her," he said in a statement. "The voters have spoken."')
    assert q.select("quote", "speaker_surface").rows() == [
        ("I called Maria Garcia to congratulate her,", "Hale"),
        ("The voters have spoken.", "Hale"),
    ]


def test_head_of_phrase_is_the_speaker() -> None:
    text = 'Political scientist Dr. Ellen Novak of the University of Illinois said the result was "unusual for a midterm."'
    row = _quotes(text).row(0, named=True)
    assert row["speaker_surface"] == "Ellen Novak"
    assert text[row["speaker_char_start"] : row["speaker_char_end"]] == "Ellen Novak"
    assert row["attribution"] in attribution.QUOTE_ATTRIBUTION


def test_pronoun_claim_source_resolves_to_the_previous_sentence() -> None:
    text = "Ruiz said the vote was close. She added that about 300 homes had flooded."
    row = _claims(text).row(0, named=True)
    assert (row["source_surface"], row["source_rule"]) == ("Ruiz", "pronoun")
    assert text[row["source_char_start"] : row["source_char_end"]] == "Ruiz"


def test_claim_source_carried_within_the_paragraph() -> None:
    text = "The ministry said 12 people died. According to the ministry, 40 were injured. Of those, 9 were children."
    c = _claims(text)
    assert c.select("surface", "source_surface", "source_rule").rows() == [
        ("12", "ministry", "clause"), ("40", "ministry", "clause"), ("9", "ministry", "carried"),
    ]
    row = c.row(2, named=True)
    assert text[row["source_char_start"] : row["source_char_end"]] == "ministry"
    assert row["source_char_start"] < text.index("Of those")  # the evidence is in the earlier sentence


def test_no_carry_across_paragraphs() -> None:
    c = _claims("The ministry said 12 people died.\n\n9 were children.")
    assert c.select("surface", "source_surface", "source_rule").rows()[1] == ("9", None, None)


def test_claim_inside_a_quote_credits_its_speaker_with_offsets() -> None:
    text = '"We found 40 bodies," the mayor said.'
    row = _claims(text).row(0, named=True)
    assert row["source_rule"] in ("quote", "clause")
    assert text[row["source_char_start"] : row["source_char_end"]] == row["source_surface"]


def test_new_columns_documented() -> None:
    assert "source_rule" in SCHEMAS["claims"]
    assert "attribution" in SCHEMAS["quotes"]
    for rule in ("quote", "clause", "pronoun", "carried"):
        assert rule in attribution.SOURCE_RULES


def test_partial_quote_of_a_labelling_verb_and_scare_quote_term() -> None:
    q = _quotes('The minister described the plan as "a betrayal of the people". Critics worry about the "reform".')
    assert q.select("quote", "kind", "speaker_surface").rows() == [
        ("a betrayal of the people", "partial", "The minister"), ("reform", "term", None),
    ]
