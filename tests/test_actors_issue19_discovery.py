"""Issue 19, general news: bodies of learning and members by their head word, hyphenated qualifiers kept out
of organisation names, and one capitalised word inside a sentence followed by an auxiliary or a verb in -ed.
Sentences written for these tests (invented, in the style of news copy)."""

from __future__ import annotations

from toolkit.extract.actors import find_mentions
from toolkit.io.loading import read_articles
from toolkit.text.tokenize import split_sentences


def _rows(text: str) -> list[tuple[str, str, str]]:
    m = find_mentions(split_sentences(read_articles([text]).articles))
    return m.select("surface", "actor_id", "rule").rows()


def test_academy_and_conference_are_organisation_heads() -> None:
    rows = _rows("The chemist was elected to the Northern Academy of Arts and Letters in 2004.")
    assert (
        "Northern Academy of Arts and Letters",
        "new:northern-academy-of-arts-and-letters",
        "org_form",
    ) in rows
    rows = _rows("According to the National Conference of County Clerks, turnout rose.")
    assert [r[0] for r in rows] == ["National Conference of County Clerks"]


def test_hyphenated_qualifier_is_not_part_of_an_organisation_name() -> None:
    rows = _rows("The chief executive of Ohio-based Harwell Corporation resigned on Monday.")
    surfaces = [r[0] for r in rows]
    assert "Harwell Corporation" in surfaces
    assert not any("based" in s for s in surfaces)


def test_one_word_name_with_an_auxiliary_or_a_past_tense_verb() -> None:
    assert [r[0] for r in _rows("The court heard that Halvorsen was using a private server.")] == [
        "Halvorsen"
    ]
    assert [r[0] for r in _rows("Prosecutors say Delacroix escaped from prison in May.")] == ["Delacroix"]


def test_one_word_loose_evidence_needs_mid_sentence_and_no_of_before() -> None:
    # the first word of a sentence needs stronger evidence; "of Marines is" is a group, not a name
    assert _rows("Tuesday was the deadline for the filing.") == []
    assert _rows("A small unit of Rangers is stationed on the ridge.") == []
