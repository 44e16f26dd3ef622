"""The VADER engine (toolkit.measure.vader) gives NLTK's scores bit for bit, and the real-text sentiment bench
(bench/bench_sentiment.py) reads NewsMTSC as its protocol says."""

from __future__ import annotations

import importlib.util
import json
from pathlib import Path

import polars as pl
import pytest

from toolkit.core import cache
from toolkit.measure.sentiment import score_sentiment
from toolkit.measure.vader import (
    Vader,
    _strip_punct,
    _token_info,
    load_lexicon,
    load_rules,
    nltk_analyzer,
)

ROOT = Path(__file__).resolve().parents[1]
KEYS = ("neg", "neu", "pos", "compound")

# Invented news sentences (written for this test), each exercising VADER rules: negation (not, never, n't,
# without, nor), boosters before a word and in capitals, the capitals differential, "but", "least" / "at least" /
# "very least", "kind of", "never so", idioms and two-word boosters, emoticons and emoji, "!" and "?" emphasis,
# marks glued to words, repeated words, and words in the lexicon only in lower case.
RULE_SENTENCES = [
    "The minister said the talks were not successful, but both sides remained hopeful.",
    "Residents were never really safe in the shelled district, a local official said.",
    "The agency said it couldn't confirm the deaths, and it wasn't optimistic either.",
    "Without new funding, the programme will fail, the charity warned on Monday.",
    "The storm was EXTREMELY destructive, forecasters said, and the damage was VERY bad!",
    "Officials described the rescue as a great success, though slightly delayed.",
    "The senator called the bill HORRIBLE, while colleagues were barely interested.",
    "At least twelve people were hurt; the least damaged homes were spared the worst.",
    "It was the very least the council could do, a resident complained bitterly.",
    "Least of all did the company want another scandal, analysts said.",
    "The coach said the team was kind of disappointed but kind of proud.",
    "The deal was never so good for farmers, and never this bad for importers.",
    "The new stadium is the bomb, one fan said, while another called it the kiss of death.",
    "The bid did not cut the mustard, and families are living hand to mouth, yeah right.",
    "Shoppers were sort of happy with the sale, and pretty much nobody complained.",
    "Fans cheered :) and waved banners <3 while rivals sulked :( outside 😢",
    "What a victory!!! What a night!!!! Supporters shouted in the streets!!",
    "Is this really the best plan?? Who approved it??? Nobody knows?!?",
    "'Wonderful,' she said. \"Terrible!\" he replied; -great- news, -- awful.",
    "Good good good, but bad bad bad, but good again, the reviewer wrote.",
    "GREAT RESULT FOR THE CLUB, said the chairman, who was THRILLED.",
    "The union rejected the offer; nor was the management pleased, sources said.",
    "It's not nearly enough to survive, aid groups said, and hardly a solution.",
    "The mayor isn't the worst, but she isn't the best either, voters said.",
    "Prices rose sharply, and shoppers were incredibly frustrated with the increase.",
]

OTHER_SENTENCES = [
    "The council will meet again on Thursday to discuss the budget.",
    "Police said a man had been arrested after the fight outside the bar.",
    "The company reported strong profits and a happy quarter for investors.",
    "Schools reopened after the flood, but many roads remain closed.",
]


@pytest.fixture(scope="module")
def sia():
    """NLTK's own analyzer on the lexicon file the toolkit uses (offline)."""
    return nltk_analyzer()


def _nltk_rows(sia, texts):
    return [tuple(sia.polarity_scores(t)[k] for k in KEYS) for t in texts]


def test_every_rule_sentence_scores_exactly_as_nltk(sia):
    """Exact equality (not a tolerance): one by one, in a batch after a warm-up on other sentences, and as
    the ``sentiment`` table, from empty memos."""
    ref = _nltk_rows(sia, RULE_SENTENCES)
    cache.clear_all(rule_sets=False)
    engine = Vader()
    assert [engine.score(t) for t in RULE_SENTENCES] == ref
    cache.clear_all(rule_sets=False)
    fresh = Vader()
    fresh.score_many(OTHER_SENTENCES)  # the bench's protocol: warm up on other sentences, then score once
    assert fresh.score_many(RULE_SENTENCES) == ref
    frame = pl.DataFrame(
        {"article_id": "a", "sentence_id": range(len(RULE_SENTENCES)), "text": RULE_SENTENCES}
    )
    for voice in (False, True):
        cache.clear_all(rule_sets=False)
        assert score_sentiment(frame, voice=voice).select(KEYS).rows() == ref
    # the rules did fire: these sentences are not all neutral, and both signs occur
    comps = [r[3] for r in ref]
    assert min(comps) < -0.5 and max(comps) > 0.5


def test_word_information_of_plain_and_marked_tokens():
    """A token without a mark at either end is its own word; a marked one loses one mark (NLTK's rule)."""
    r, lex = load_rules(), load_lexicon().entries
    assert _token_info("good", lex, r)[:3] == ("good", "good", lex["good"])
    assert _token_info("Good!", lex, r)[:3] == ("Good", "good", lex["good"])
    assert _token_info("'good", lex, r)[:3] == ("good", "good", lex["good"])
    # "!!!!" is not one of NLTK's marks: kept as written
    assert _token_info("good!!!!", lex, r)[0] == "good!!!!"
    assert _token_info("-good-", lex, r)[0] == "-good-"  # the rest still holds a mark: kept as written
    for t in ("good", "Good!", "'good", "good!!!!", "-good-", "g.o.o.d", "n't", "BAD?!?", "never", "kind"):
        assert _token_info(t, lex, r)[0] == _strip_punct(t, r.punctuation)
    assert _token_info("NOT", lex, r)[4] and _token_info("isn't", lex, r)[4]  # negations
    very = _token_info("very", lex, r)
    assert very[3] and very[2] is None  # a booster has no valence of its own
    assert _token_info("x", lex, r) == ()


# --------------------------------------------------------------------------- the bench's reading of NewsMTSC


def _bench():
    spec = importlib.util.spec_from_file_location("bench_sentiment", ROOT / "bench" / "bench_sentiment.py")
    assert spec and spec.loader
    mod = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(mod)
    return mod


def test_bench_pools_and_deduplicates_newsmtsc_files(tmp_path, monkeypatch):
    b = _bench()
    rows_a = [
        {"sentence_normalized": "The mayor praised the volunteers.", "targets": []},
        {"sentence_normalized": "Two ferries collided near the port.", "targets": []},
    ]
    rows_b = [
        {"sentence": "The mayor praised the volunteers.", "mention": "mayor"},
        {"sentence": "A judge dismissed the case on Friday.", "mention": "judge"},
    ]
    (tmp_path / "a.jsonl").write_text("\n".join(json.dumps(r) for r in rows_a) + "\n\n", encoding="utf-8")
    (tmp_path / "b_flat.jsonl").write_text("\n".join(json.dumps(r) for r in rows_b), encoding="utf-8")
    assert b.newsmtsc_sentences(tmp_path) == [
        "The mayor praised the volunteers.",
        "Two ferries collided near the port.",
        "A judge dismissed the case on Friday.",
    ]
    monkeypatch.setenv("TOOLKIT_NEWSMTSC", str(tmp_path))
    assert b.newsmtsc_folder() == tmp_path and b.newsmtsc_folder("elsewhere") == Path("elsewhere")
    with pytest.raises(SystemExit, match="TOOLKIT_NEWSMTSC"):
        b.newsmtsc_sentences(tmp_path / "missing")
