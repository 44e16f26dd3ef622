"""Sentences and tokens: offsets, paragraphs, headings, abbreviations, curly quotes."""

from __future__ import annotations

import polars as pl
import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from toolkit import read_articles, split_sentences, split_tokens
from toolkit.core.schema import SCHEMAS
from toolkit.text.tokenize import sentence_spans, split_paragraphs, token_spans

ARTICLE = (
    "Ukraine’s President Volodymyr Zelensky met U.S. Secretary of State Antony Blinken in Kyiv on Jan. 5, "
    "officials said. Lt. Col. Olena Koval said strikes began at 4 a.m. local time.\n"
    "Talks ‘still on track’\n"
    "“We need air defence now,” Zelensky said. The U.N. said 3.7 million people were displaced.\n"
)


@pytest.fixture(scope="module")
def tables():
    arts = read_articles([ARTICLE]).articles
    sents = split_sentences(arts)
    return arts, sents, split_tokens(sents)


def test_sentences_hand_worked(tables):
    _, sents, _ = tables
    assert sents.select("paragraph_id", "sentence_id", "is_heading", "text").rows() == [
        (0, 0, False, "Ukraine’s President Volodymyr Zelensky met U.S. Secretary of State Antony Blinken in Kyiv on Jan. 5, officials said."),
        (0, 1, False, "Lt. Col. Olena Koval said strikes began at 4 a.m. local time."),
        (1, 2, True, "Talks ‘still on track’"),
        (2, 3, False, "“We need air defence now,” Zelensky said."),
        (2, 4, False, "The U.N. said 3.7 million people were displaced."),
    ]
    assert sents.schema == pl.Schema(SCHEMAS["sentences"])


def test_offsets_round_trip(tables):
    arts, sents, toks = tables
    text = arts["text"][0]
    for a, b, s in sents.select("char_start", "char_end", "text").rows():
        assert text[a:b] == s
    for a, b, t in toks.select("char_start", "char_end", "token").rows():
        assert text[a:b] == t
    assert toks.schema == pl.Schema(SCHEMAS["tokens"])


def test_curly_possessive_is_word_plus_possessive(tables):
    _, _, toks = tables
    first = toks.filter(pl.col("sentence_id") == 0)["token"].to_list()
    assert first[:3] == ["Ukraine", "’s", "President"]
    assert toks.filter(pl.col("token") == "’s")["norm"].to_list() == ["'s"]
    quoted = toks.filter(pl.col("sentence_id") == 3)
    assert quoted["token"].to_list()[:2] == ["“", "We"]
    assert quoted["norm"][0] == '"' and quoted["is_punct"][0]


def test_abbreviation_then_capitalised_starter_splits():
    text = "The envoy flew to the U.S. The talks ended. He met Gen. Halevi at 9 a.m. on Friday."
    assert [text[a:b] for _, a, b, _ in sentence_spans(text)] == [
        "The envoy flew to the U.S.",
        "The talks ended.",
        "He met Gen. Halevi at 9 a.m. on Friday.",
    ]


def test_paragraphs_hard_wrapped_vs_wire():
    wrapped = "The ministry said the strike\nkilled twelve people.\n\nRescuers were still\nsearching on Sunday."
    assert [wrapped[a:b] for a, b in split_paragraphs(wrapped)] == [
        "The ministry said the strike\nkilled twelve people.",
        "Rescuers were still\nsearching on Sunday.",
    ]
    wire = "First paragraph.\nSecond paragraph.\n\nThird paragraph."
    assert [wire[a:b] for a, b in split_paragraphs(wire)] == ["First paragraph.", "Second paragraph.", "Third paragraph."]


def test_spaced_ellipsis_and_lowercase_continuation_stay_in_one_sentence():
    text = "She turned to him, “This is great.” she said. The laws will appear less complex. . . . Next one."
    assert [text[a:b] for _, a, b, _ in sentence_spans(text)] == [
        "She turned to him, “This is great.” she said.",
        "The laws will appear less complex. . . .",
        "Next one.",
    ]


def test_straight_quotes_and_fallback_offsets():
    s = 'He said "no" -- and left.'
    assert [s[a:b] for a, b in token_spans(s)] == ["He", "said", '"', "no", '"', "--", "and", "left", "."]


def test_empty_frames_keep_schema():
    empty_sents = split_sentences(read_articles([]).articles)
    assert empty_sents.height == 0 and empty_sents.schema == pl.Schema(SCHEMAS["sentences"])
    empty_toks = split_tokens(empty_sents)
    assert empty_toks.height == 0 and empty_toks.schema == pl.Schema(SCHEMAS["tokens"])


def test_missing_columns_error_is_clear():
    with pytest.raises(ValueError, match="split_sentences needs column"):
        split_sentences(pl.DataFrame({"x": [1]}))


@settings(max_examples=150, deadline=None)
@given(st.text(alphabet=st.characters(blacklist_categories=("Cs",)), max_size=300))
def test_any_text_gives_exact_offsets(text):
    arts = pl.DataFrame({"article_id": ["a"], "text": [text]})
    sents = split_sentences(arts)
    for a, b, s in sents.select("char_start", "char_end", "text").rows():
        assert text[a:b] == s and s.strip()
    toks = split_tokens(sents)
    for a, b, t in toks.select("char_start", "char_end", "token").rows():
        assert text[a:b] == t and t.strip() == t and t
    # sentences are ordered and do not overlap
    starts, ends = sents["char_start"].to_list(), sents["char_end"].to_list()
    assert all(ends[i] <= starts[i + 1] for i in range(len(starts) - 1))


TRICKY = [
    "Israel’s army said it killed 31,988 people, the ministry says.",
    "He said: “We can’t and won’t stop,” adding that it’s “over”.",
    "The U.S. envoy arrived at 1:00 a.m. on Jan. 5 with $20m (about €18.5m) in aid.",
    "Ukraine’s 2.4 million-strong diaspora -- and others -- watched... then left!",
    "Rebels (RSF) seized El-Fasher; 1,200-strong units fled to Chad’s border?",
    "She turned to him, 'This is great.' she said.",
    "Israelis’ homes were hit, O'Brien told CNN's reporter in the U.K.",
    "Talks ‘still possible’",
    "A 40% rise was reported by @UN_News #Gaza on 9/11 & later.",
    "The ministry said the toll was 33.",
]


@pytest.mark.parametrize("sentence", TRICKY)
def test_fast_tokens_agree_with_nltk(sentence):
    frame = pl.DataFrame({"article_id": ["a"], "sentence_id": [0], "char_start": [0], "text": [sentence]})
    fast = split_tokens(frame)
    nltk_route = split_tokens(frame, method="nltk")
    assert fast["token"].to_list() == nltk_route["token"].to_list()
    assert fast.equals(nltk_route)


def test_single_sentence_fast_path_equals_punkt():
    from toolkit.text import tokenize

    punkt = tokenize._punkt(None)
    for par in ["Kyiv was hit overnight, officials said.", "“We will not leave,” she told AFP.",
                "Talks went on?!", "He met the U.S. envoy. Talks ended.", "About 2.4 million people live there",
                "No final mark here", "Deaths rose to 31,988 (AFP)."]:  # fmt: skip
        ref = [(0, s, e, False) for s, e in tokenize._merge_fragments(par, list(punkt.span_tokenize(par)))]
        got = [x for x in sentence_spans(par) if not x[3]]
        if not tokenize._is_heading(par):
            assert got == ref, par


# ---------------------------------------------------------------- the column-wise routes agree with the reference


@settings(max_examples=200, deadline=None)
@given(
    st.lists(
        st.lists(st.sampled_from(["the", "ministry", "said", "U.S.", "Talks", "ended.", "“We", "go.”", "?", ":", "a.m."]), max_size=9).map(" ".join)
        | st.sampled_from(["", " ", "\t", " \t ", "\xa0", "\r", "Deal ‘still possible’"]),
        max_size=10,
    ).map("\n".join)
)
def test_split_sentences_equals_sentence_spans_per_text(text):
    """The column-wise split_sentences and the per-text sentence_spans are two routes to one result."""
    arts = pl.DataFrame({"article_id": ["a", "b"], "text": [text, "Kyiv was hit. " + text]})
    got = split_sentences(arts).select("article_id", "paragraph_id", "sentence_id", "char_start", "char_end", "is_heading").rows()
    want = [
        (aid, pid, sid, a, b, h)
        for aid, t in arts.rows()
        for sid, (pid, a, b, h) in enumerate(sentence_spans(t))
    ]
    assert got == want


def test_hard_wrapped_article_sentences():
    text = "Sudan talks\n\nThe army said the\nstrike killed 12. RSF denied\nit on Sunday.\n\nTalks resume\nin Jeddah."
    arts = pl.DataFrame({"article_id": ["s"], "text": [text]})
    assert split_sentences(arts).select("paragraph_id", "sentence_id", "text", "is_heading").rows() == [
        (0, 0, "Sudan talks", True),
        (1, 1, "The army said the\nstrike killed 12.", False),
        (1, 2, "RSF denied\nit on Sunday.", False),
        (2, 3, "Talks resume\nin Jeddah.", False),
    ]


def test_space_chars_are_python_whitespace():
    from toolkit.text.tokenize import _SPACE_CHARS

    assert set(_SPACE_CHARS) == {c for c in map(chr, range(0x110000)) if c.isspace()}


def test_repeated_sentence_is_tokenised_once_with_its_own_offsets():
    text = "Gaza’s talks can't wait, the U.N. said."
    sents = pl.DataFrame(
        {"article_id": ["a", "b", "b"], "sentence_id": [0, 0, 1], "char_start": [0, 0, 41], "text": [text, "Ja.", text]}
    )
    toks = split_tokens(sents)
    a = toks.filter(pl.col("article_id") == "a")
    b = toks.filter((pl.col("article_id") == "b") & (pl.col("sentence_id") == 1))
    assert a["token"].to_list() == ["Gaza", "’s", "talks", "ca", "n't", "wait", ",", "the", "U.N.", "said", "."]
    assert b["token"].to_list() == a["token"].to_list()
    assert (b["char_start"] - a["char_start"]).to_list() == [41] * a.height
    assert b["token_id"].to_list() == list(range(a.height))
    assert toks.filter(pl.col("sentence_id") == 0, pl.col("article_id") == "b")["token"].to_list() == ["Ja", "."]
    assert toks.equals(split_tokens(sents, method="nltk"))


def test_sentence_initial_period_is_kept():
    # a "." opening a sentence was once dropped by the fast route; NLTK keeps it
    frame = pl.DataFrame({"article_id": ["a", "a"], "sentence_id": [0, 1], "char_start": [0, 16], "text": [". . . more came", ". Then"]})
    fast = split_tokens(frame)
    assert fast["token"].to_list() == [".", ".", ".", "more", "came", ".", "Then"]
    assert fast.equals(split_tokens(frame, method="nltk"))


def test_number_whitespace_is_python_whitespace():
    from toolkit.extract.numbers import _WHITESPACE

    assert _WHITESPACE == [c for c in map(chr, range(0x110000)) if c.isspace()]


# ---------------------------------------------------------------- nothing dropped, nothing stale


def test_token_spans_fall_back_when_the_word_tokenizer_fails(monkeypatch):
    """A tokenizer error keeps the sentence's words (a plain regex), never an empty token list."""
    from toolkit.text import tokenize

    class Broken:
        def tokenize(self, text):
            raise RuntimeError("boom")

    monkeypatch.setattr(tokenize, "_word_tokenizer", lambda: Broken())
    s = "Officials said 12 people died."
    assert [s[a:b] for a, b in token_spans(s)] == ["Officials", "said", "12", "people", "died", "."]
    sents = pl.DataFrame({"article_id": ["a"], "sentence_id": [0], "char_start": [0], "text": [s]})
    assert split_tokens(sents, method="nltk")["token"].to_list() == ["Officials", "said", "12", "people", "died", "."]


def test_an_edited_abbreviations_file_takes_effect_on_the_next_call(tmp_path):
    text = "Talks began in Zorb. Hale said the vote was close."
    f = tmp_path / "abbrev.txt"
    f.write_text("u.s\n", encoding="utf-8")
    assert len([x for x in sentence_spans(text, abbreviations=f) if not x[3]]) == 2
    f.write_text("u.s\nzorb\n", encoding="utf-8")  # a different size: a new version of the file
    assert len([x for x in sentence_spans(text, abbreviations=f) if not x[3]]) == 1
