"""The targeted tone model (toolkit.measure.tone): shipped weights, features and inference.

Sentences are invented, in the style of news reports."""

from __future__ import annotations

import json

import numpy as np
import polars as pl
import pytest

from toolkit.core.resources import data_path
from toolkit.measure.tone import (
    CLASSES,
    DENSE,
    MODEL_FILE,
    load_model,
    score_mentions,
    score_target_tone,
    target_features,
)


def _frame(items: list[tuple[str, str]]) -> pl.DataFrame:
    """(sentence, target words) pairs as a frame with the target's first occurrence as its span."""
    rows = []
    for text, target in items:
        a = text.index(target)
        rows.append((text, a, a + len(target)))
    return pl.DataFrame(rows, schema={"text": pl.String, "char_start": pl.Int64, "char_end": pl.Int64}, orient="row")


def test_tone_of_clear_sentences():
    f = _frame([
        ("The senator blasted Governor Reyes, calling the plan a reckless failure.", "Governor Reyes"),
        ("Governor Reyes was hailed as a hero after the rescue.", "Governor Reyes"),
        ("Governor Reyes will visit the port on Tuesday.", "Governor Reyes"),
    ])  # fmt: skip
    out = score_target_tone(f)
    assert out["tone"].to_list() == ["negative", "positive", "neutral"]
    assert out.columns == ["text", "char_start", "char_end", "tone", "tone_score", "p_negative", "p_neutral", "p_positive"]
    p = out.select("p_negative", "p_neutral", "p_positive").to_numpy()
    assert np.allclose(p.sum(axis=1), 1.0)
    assert np.allclose(out["tone_score"].to_numpy(), p[:, 2] - p[:, 0])
    assert out["tone_score"][0] < 0 < out["tone_score"][1]


def test_target_words_are_masked():
    """A name that is a lexicon word (Hope, Joy, Love) does not colour the tone towards its bearer."""
    neutral = "{} will visit the port on Tuesday."
    a = score_target_tone(_frame([(neutral.format("Hope Daniels"), "Hope Daniels")]))["tone_score"][0]
    b = score_target_tone(_frame([(neutral.format("Mark Daniels"), "Mark Daniels")]))["tone_score"][0]
    assert a == pytest.approx(b)
    sp, _ = target_features(_frame([(neutral.format("Hope Daniels"), "Hope Daniels")]))
    assert not any("hope" in f for f in sp["feature"].to_list())


def test_two_targets_in_one_sentence_differ():
    """The words near each target weigh more: praise next to one name, condemnation next to the other."""
    t = "Police praised Dana Cole, but they condemned Mark Fisk for the violent attack."
    out = score_target_tone(_frame([(t, "Dana Cole"), (t, "Mark Fisk")]))
    assert out["tone_score"][0] > out["tone_score"][1]
    assert out["tone"][1] == "negative"


def test_negation_flips_a_nearby_valence():
    sp, dense = target_features(_frame([("Rivers said the minister did not fail the inquiry.", "the minister")]))
    assert "neg:R" in sp["feature"].to_list()
    assert dense[0, DENSE.index("Rnspos")] > 0 and dense[0, DENSE.index("Rnsneg")] == 0  # "not fail" (3 words on) reads positive


def test_clause_words_triples_and_valence_bins():
    """Features added with the second model (chosen on the dev splits): the words of the target's own clause by side,
    word triples within 5 tokens, and the summed lexicon valence per side and clause, bucketed."""
    t = "Voters rewarded Senator Ames, but critics fumed at the costly deal."
    feats = set(target_features(_frame([(t, "Senator Ames")]))[0]["feature"].to_list())
    assert {"Ls:rewarded", "Ls:voters", "R3:but_critics_fumed", "R3:,_but_critics"} <= feats
    assert not any(f.startswith("Rs:") for f in feats)  # everything right of "Ames," lies in another clause
    assert {"vb:Ls++", "vb:Rx--"} <= feats  # "rewarded": strongly positive, same clause; "costly" (and the like): other clause


def test_quoted_target_and_clause_cut():
    f = _frame([("“Nobody trusts Senator Vale,” the chairman said, praising the staff.", "Senator Vale")])
    sp, dense = target_features(f)
    assert dense[0, DENSE.index("quoted")] == 1.0
    assert dense[0, DENSE.index("Rmxpos")] > 0  # "praising" is past the comma: another clause


def test_rows_are_scored_independently_and_edge_cases():
    items = [
        ("Critics accused the mayor of lying to voters.", "the mayor"),
        ("The mayor opened the new bridge on Monday.", "The mayor"),
        ("Fans cheered the coach.", "the coach"),
    ]
    together = score_target_tone(_frame(items))
    alone = pl.concat([score_target_tone(_frame([it])) for it in items])
    assert together["tone_score"].to_list() == alone["tone_score"].to_list()  # exactly: sums in a fixed order per row
    empty = score_target_tone(_frame([]))
    assert empty.height == 0 and "tone" in empty.columns
    blank = score_target_tone(pl.DataFrame({"text": [None, ""], "char_start": [0, 0], "char_end": [0, 0]}))
    assert blank["tone"].null_count() == 0  # the model's prior
    with pytest.raises(ValueError, match="char_end"):
        score_target_tone(pl.DataFrame({"text": ["x"], "char_start": [0]}))


def test_model_file_is_data_with_provenance():
    path = data_path(MODEL_FILE)
    doc = json.loads(path.read_text(encoding="utf-8"))
    assert doc["classes"] == list(CLASSES)
    assert "NewsMTSC" in doc["source"] and "MIT" in doc["licence"] and doc["command"].startswith("python bench/train_tone.py")
    assert len(doc["features"]) == len(doc["coef"]) and doc["dense_names"] == DENSE
    assert path.stat().st_size < 5_000_000
    assert data_path("tone_model.LICENSE").read_text(encoding="utf-8").count("Permission is hereby granted") == 1
    assert load_model() is load_model()  # memoised by the file's fingerprint


def test_score_mentions_fills_tone_score_per_mention():
    """Each actor mention gets the model's score towards it from its own sentence (offsets into the article's text),
    in the mentions' order; a mention without an actor or outside its sentence gets null; scoring the mentions
    in two batches gives the scores of one call (a batch's scores do not depend on the other rows)."""
    text = ["The board sacked chief executive Dana Moore over the scandal.", "Nurses cheered Dr Ayo Bello for her tireless work."]
    s = pl.DataFrame({"article_id": ["a", "b"], "sentence_id": [0, 0], "char_start": [100, 0], "text": text})
    spans = [("a", text[0].index("Dana Moore"), 10, "MOORE"), ("b", text[1].index("Ayo Bello"), 9, "BELLO"),
             ("a", 0, 3, None), ("b", 60, 5, "BELLO")]  # fmt: skip
    m = pl.DataFrame({
        "article_id": [a for a, _, _, _ in spans], "sentence_id": [0] * 4,
        "char_start": [(100 if a == "a" else 0) + x for a, x, _, _ in spans],
        "char_end": [(100 if a == "a" else 0) + x + n for a, x, n, _ in spans],
        "actor_id": [i for _, _, _, i in spans], "tone_score": [9.0, None, None, None],
    })  # fmt: skip
    out = score_mentions(m, s)
    assert out.columns == m.columns and out.schema["tone_score"] == pl.Float64
    t = out["tone_score"].to_list()
    assert t[0] < 0 < t[1] and t[2] is None and t[3] is None  # the stale 9.0 replaced
    direct = score_target_tone(pl.DataFrame({"text": text, "char_start": [spans[0][1], spans[1][1]],
                                             "char_end": [spans[0][1] + 10, spans[1][1] + 9]}))  # fmt: skip
    assert t[:2] == direct["tone_score"].to_list()
    halves = pl.concat([score_mentions(m.slice(0, 1), s), score_mentions(m.slice(1), s)])
    assert halves.equals(out)
    empty_out = score_mentions(m.clear(), s)
    assert empty_out.height == 0 and empty_out.schema["tone_score"] == pl.Float64


def test_integer_coded_features_give_the_scores_of_named_ones():
    """Inference codes the word features as integers (kind and word ids); the probabilities are exactly those of matching
    the names of :func:`target_features` against the model's (the path taken for a model too large for the codes)."""
    from toolkit.measure.tone import predict_proba

    f = _frame([
        ("Critics accused the mayor of lying to voters, but the mayor's allies didn't flinch.", "the mayor"),
        ("“We will not let Senator Vale's reckless plan pass,” the union said; it cannot succeed.", "Senator Vale"),
        ("Officials said 12 people were hurt when the rally turned violent in the capital.", "Officials"),
        ("The minister (who was praised) won't resign, despite the scandal and the protests.", "The minister"),
        ("Kenya", "Kenya"),
    ])  # fmt: skip
    m = load_model()
    assert m["base"] is not None and m["keys"].height > 30_000  # the shipped model's word features all coded
    coded = predict_proba(f, m)
    named = predict_proba(f, {**m, "base": None})
    assert np.array_equal(coded, named)
    sparse, _ = target_features(f)
    assert sparse.join(m["table"], on="feature").height > 40  # the rows have many of the model's features
