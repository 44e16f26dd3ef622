"""Interviews and transcripts (issue 19): speaker tags open the turns of a question-and-answer article, the
answers carry no quotation marks. Every text here is invented for these tests (not taken from any article)."""

from __future__ import annotations

import polars as pl
import pytest

from toolkit import analyze_articles
from toolkit.extract import attribution
from toolkit.extract.quotes import extract_quotes, summarise_sources
from toolkit.extract.transcripts import tag_at
from toolkit.io.loading import read_articles
from toolkit.text.tokenize import split_sentences

WIKI_STYLE = (
    "Priya Raman, a candidate for mayor of Eastfield, spoke with Wikinews ahead of the election on November 3.\n\n\n"
    "((WN))  What is your main priority?\n\n\n"
    "((Priya Raman))  Housing. Rents in Eastfield rose 18 percent in two years.\n\n\n"
    "We have 2,000 families on the waiting list.\n\n\n"
    '"Housing comes first."  — Priya Raman, mayoral candidate\n\n\n'
    "((WN))  Your opponent says your plan would cost 90 million dollars.\n\n\n"
    "((PR))  That figure is wrong. Our plan costs 35 million.\n\n\n"
    "((WN))  Thank you."
)

QA_STYLE = (
    "Harbour councillor Marta Okonkwo spoke to the Daily Ledger on Tuesday about the new ferry terminal.\n\n"
    "Q: How many passengers has the terminal handled so far?\n\n"
    "A: About 12,000 in the first three weeks. We expected 8,000.\n\n"
    "Q: What comes next?\n\n"
    "A: A second berth, which will cost 15 million dollars."
)

CAPS_STYLE = (
    "The following is an edited transcript of an interview with Tomas Lindqvist, the chief executive of the "
    "Nordvik shipyard.\n\n"
    "INTERVIEWER: Why cut 300 jobs now?\n\n"
    "TOMAS LINDQVIST: Orders fell by 40 percent last year. We had no choice.\n\n"
    "INTERVIEWER: Will there be more cuts?\n\n"
    "Lindqvist: I do not expect so."
)


@pytest.fixture(scope="module")
def analysis():  # type: ignore[no-untyped-def]
    arts = pl.DataFrame({"article_id": ["wiki", "qa", "caps"], "text": [WIKI_STYLE, QA_STYLE, CAPS_STYLE]})
    return analyze_articles(arts, progress=False, tone_model=False)


def _turns(a, aid: str) -> pl.DataFrame:  # type: ignore[no-untyped-def]
    return a.quotes.filter((pl.col("article_id") == aid) & (pl.col("attribution") == "turn"))


def test_tagged_answers_are_their_speakers_turns(analysis) -> None:  # type: ignore[no-untyped-def]
    turns = _turns(analysis, "wiki")
    # the interviewer's questions yield no row; the answer goes on in the untagged paragraph after it; the
    # pull quote is a quote of its own, not part of the turn; initials stand for the named speaker
    assert turns.select("quote", "speaker_surface", "kind").rows() == [
        ("Housing. Rents in Eastfield rose 18 percent in two years.", "Priya Raman", "direct"),
        ("We have 2,000 families on the waiting list.", "Priya Raman", "direct"),
        ("That figure is wrong. Our plan costs 35 million.", "Priya Raman", "direct"),
    ]
    assert turns.get_column("continued").to_list() == [True, False, False]
    assert set(turns.get_column("speaker_actor_id").to_list()) == {"new:priya-raman"}
    text = WIKI_STYLE
    for r in turns.iter_rows(named=True):  # traceable: the offsets give the quote and the speaker's words
        assert text[r["char_start"] : r["char_end"]] == r["quote"]
        assert text[r["speaker_char_start"] : r["speaker_char_end"]] == r["speaker_surface"]
    assert "turn" in attribution.QUOTE_ATTRIBUTION


def test_answer_tags_take_the_interviewee_named_before_the_transcript(analysis) -> None:  # type: ignore[no-untyped-def]
    turns = _turns(analysis, "qa")
    assert turns.height == 2
    assert set(turns.get_column("speaker_actor_id").to_list()) == {"new:marta-okonkwo"}
    src = summarise_sources(analysis.quotes.filter(pl.col("article_id") == "qa"), by="article")
    assert src.row(0, named=True)["speaker_actor_id"] == "new:marta-okonkwo"


def test_claims_in_answers_are_credited_to_the_person_answering(analysis) -> None:  # type: ignore[no-untyped-def]
    c = analysis.claims.filter(pl.col("article_id") == "qa")
    in_answers = c.filter(pl.col("char_start") > QA_STYLE.index("A: About"))
    assert in_answers.height >= 2
    assert set(in_answers.get_column("source_actor_id").to_list()) == {"new:marta-okonkwo"}
    # a number in a question is the interviewer's, not the interviewee's
    q = c.filter(pl.col("char_start") < QA_STYLE.index("A: About"))
    assert q.get_column("source_actor_id").drop_nulls().to_list() == []


def test_capitalised_and_surname_tags_name_the_person(analysis) -> None:  # type: ignore[no-untyped-def]
    turns = _turns(analysis, "caps")
    assert turns.select("speaker_surface", "speaker_actor_id", "speaker_name").rows() == [
        ("TOMAS LINDQVIST", "new:tomas-lindqvist", "Tomas Lindqvist"),
        ("Lindqvist", "new:tomas-lindqvist", "Tomas Lindqvist"),
    ]


@pytest.mark.parametrize(
    "text",
    [
        # a dateline, an editorial note and a correction open paragraphs with a colon: no transcript
        "KABUL: Two bombs exploded on Monday, police said.\n\nNote: figures are provisional.\n\n"
        "Correction: an earlier version misspelt the minister's name.",
        # a single tagged paragraph is no transcript
        "The mayor spoke on Monday.\n\nMayor Hale: We will rebuild.\n\nThe council meets on Friday.",
        # the same tag twice, no second speaker: a list of labelled points, not turns
        "The plan has two parts.\n\nHousing: 2,000 new flats.\n\nHousing: rents capped for five years.",
        # labels of newsroom formats, with no interviewer tag and no question answered: no interview
        "Rovers beat United 2-1 on Saturday.\n\nRovers: Hart, Moss, Kell, Dane, Ivo.\n\n"
        "United: Brook, Sim, Lowe, Ferro, Hay.\n\nReferee: Tom Pike. Attendance: 31,204.",
        "News in brief on Monday.\n\nKabul: Officials said 12 people were killed in a blast.\n\n"
        "Kandahar: Police arrested 5 suspects after a raid, a spokesman said.",
        "The festival named its jury.\n\nJohn Smith: British actor, jury president.\n\n"
        "Anna Kowalski: Polish director and 2019 winner.",
        "The phone costs 999 dollars.\n\nPros: Bright screen, 2 days of battery.\n\nCons: Heavy, 200 dollars dearer.",
        "The dispute is old.\n\nJanuary: The union rejected a 3 percent offer.\n\nFebruary: Workers walked out.",
        "Congress passed the bill.\n\nWhy It Matters: 800,000 workers will be paid.\n\n"
        "What's Next: The Senate votes by midnight, Senator Maria Lopez said.",
    ],
)
def test_ordinary_news_has_no_turns(text: str) -> None:
    arts = read_articles([text]).articles
    q = extract_quotes(split_sentences(arts), arts)
    assert q.filter(pl.col("attribution") == "turn").height == 0


def test_tag_at_reads_tags_and_refuses_sentences() -> None:
    t = "JANE DOE: It was rare."
    a, b, c = tag_at(t, 0)  # type: ignore[misc]
    assert (t[a:b], t[c:]) == ("JANE DOE", "It was rare.")
    assert tag_at("Update: the road has reopened.", 0) is None
    assert tag_at("The minister: no comment.", 0) is None
    assert tag_at("((es))Spanish language: hola", 0) is None  # a language marker, lower case


def test_unknown_initials_stand_for_the_one_interviewee() -> None:
    text = (
        "Wikinews spoke with Dana Whitfield, the harbour master.\n\n"
        "((WN)) How busy is the port?\n\n"
        "((Dana Whitfield)) Very busy this year.\n\n"
        "((WN)) How many ships called?\n\n"
        "((HM)) About 640, a record."
    )
    arts = read_articles([text]).articles
    q = extract_quotes(split_sentences(arts), arts).filter(pl.col("attribution") == "turn")
    assert q.select("quote", "speaker_surface").rows() == [
        ("Very busy this year.", "Dana Whitfield"),
        ("About 640, a record.", "Dana Whitfield"),
    ]


def _analysed(texts: dict[str, str]):  # type: ignore[no-untyped-def]
    arts = pl.DataFrame({"article_id": list(texts), "text": list(texts.values())})
    return analyze_articles(arts, progress=False, tone_model=False)


def _source_of(a, aid: str, surface: str):  # type: ignore[no-untyped-def]
    c = a.claims.filter((pl.col("article_id") == aid) & (pl.col("surface") == surface))
    assert c.height == 1
    return c.row(0, named=True)["source_surface"]


def test_turns_end_at_labels_third_person_and_notes_and_court_roles_speak() -> None:
    a = _analysed({
        # a label that is no tag ends the answer before it
        "update": "Mayor Ana Ruiz spoke to us.\n\nQ: How many homes?\n\nA: About 300.\n\n"
                  "Update: The council later approved 450 homes, officials said.",
        # text after the last answer: an editorial note, the speaker named in the third person
        "tail": "Mayor Ana Ruiz spoke to us.\n\nQ: How many homes?\n\nA: About 300.\n\n"
                "The interview has been edited. Ruiz faces re-election in 2025, when 40,000 voters will choose.",
        # a court transcript: the witness's words are the witness's, not the lawyer's
        "court": "Jurors heard this exchange on Tuesday.\n\nMR. HOLLAND: Where were you on the night of March 3?\n\n"
                 "THE WITNESS: I was at home. I had 40 dollars on me.\n\nMS. GRAY: Objection.\n\nTHE COURT: Sustained.",
        # places are never speaker tags, even when a label's paragraph ends in a question
        "brief": "News in brief.\n\nKabul: Officials asked who will pay for the repairs?\n\n"
                 "Kandahar: Police arrested 5 suspects after a raid.",
    })  # fmt: skip
    assert _turns(a, "update").get_column("quote").to_list() == ["About 300."]
    assert _source_of(a, "update", "450") != "Mayor Ana Ruiz"
    assert _turns(a, "tail").get_column("quote").to_list() == ["About 300."]
    assert _source_of(a, "tail", "40,000") is None
    court = _turns(a, "court")
    assert court.select("speaker_surface", "quote").rows() == [
        ("MR. HOLLAND", "Where were you on the night of March 3?"),
        ("THE WITNESS", "I was at home. I had 40 dollars on me."),
        ("MS. GRAY", "Objection."),
        ("THE COURT", "Sustained."),
    ]
    witness = court.filter(pl.col("speaker_surface") == "THE WITNESS")
    assert witness.get_column("speaker_actor_id").to_list() == [None]
    assert _source_of(a, "court", "40 dollars") == "THE WITNESS"
    assert _turns(a, "brief").height == 0


def test_quotes_inside_a_turn_make_no_row_of_their_own_and_shouted_tags_take_the_written_name() -> None:
    text = (
        "Port director Anne McDonald spoke to the Ledger.\n\nINTERVIEWER: What did the minister say?\n\n"
        'ANNE McDONALD: He told me "we will send 300 officers" and then left.'
    )
    arts = read_articles([text]).articles
    q = extract_quotes(split_sentences(arts), arts)
    assert q.select("quote", "attribution", "speaker_name").rows() == [
        ('He told me "we will send 300 officers" and then left.', "turn", "Anne McDonald")
    ]
