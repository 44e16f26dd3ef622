"""Validation: sampling, the annotation file, scoring against gold, agreement, reports, evaluate."""

from __future__ import annotations

import json
from pathlib import Path

import altair as alt
import polars as pl
import pytest

from toolkit import read_articles, split_sentences
from toolkit.core.schema import SCHEMAS
from toolkit.validate import (
    AGREEMENT_SCHEMA,
    MATCHES_SCHEMA,
    SCORES_SCHEMA,
    AnnotationStore,
    evaluate_gold,
    find_sentence_pairs,
    format_model_card,
    gold_from_tables,
    krippendorff_alpha,
    match_extractions,
    plot_scores,
    read_gold,
    sample_units,
    score_extractions,
    summarise_agreement,
    write_gold,
)

GOLD_DIR = Path(__file__).parent / "data" / "gold"
GOLD = GOLD_DIR / "gold.jsonl"
GAZA, SUDAN, UKRAINE = "75139b63367fd649", "03051184f2bfa138", "cd6bb67ec730e132"


@pytest.fixture(scope="module")
def gold():
    return read_gold(GOLD)


@pytest.fixture(scope="module")
def texts(gold):
    return dict(gold.articles.select("article_id", "text").iter_rows())


def _claim(texts, aid, surface, **attrs):
    start = texts[aid].index(surface)
    return {"article_id": aid, "char_start": start, "char_end": start + len(surface), "surface": surface, **attrs}


@pytest.fixture(scope="module")
def predicted(gold, texts):
    """Hand-built predictions with known errors, scored against ann1 below."""
    claims = pl.DataFrame([
        _claim(texts, GAZA, "at least 27", value=27.0, qualifier="at_least", counted="killed", source_actor_id="GAZA_MOH"),
        _claim(texts, GAZA, "1.7 million", value=1.7e6, qualifier="exact", counted="displaced", source_actor_id="UN"),
        _claim(texts, GAZA, "more than 40", value=40.0, qualifier="more_than", counted="dead", source_actor_id="ISR_MIL"),
        _claim(texts, UKRAINE, "12", value=12.0, qualifier="exact", counted="injured"),
        _claim(texts, GAZA, "October", value=10.0, qualifier="exact", counted="other"),
    ])  # fmt: skip
    q = gold.quotes.filter(pl.col("annotator") == "ann1")
    quotes = pl.concat([
        q.filter(pl.col("quote").str.starts_with("We have")),
        q.filter(pl.col("quote") == "eliminated"),
        q.filter(pl.col("quote") == "ready for a ceasefire").with_columns(pl.lit(None, dtype=pl.String).alias("speaker_actor_id")),
    ])  # fmt: skip
    mentions = gold.mentions.filter((pl.col("annotator") == "ann1") & (pl.col("article_id") != UKRAINE)).with_columns(
        pl.when(pl.col("surface") == "Rafah").then(False).otherwise(pl.col("is_place")).alias("is_place")
    )
    sents = split_sentences(gold.articles)
    with_sid = {}
    for name, df in (("claims", claims), ("quotes", quotes), ("mentions", mentions)):
        df = df.drop("annotator", "item_id", "decision", strict=False).drop("sentence_id", strict=False)
        df = df.sort("article_id", "char_start").join_asof(
            sents.select("article_id", "sentence_id", pl.col("char_start").alias("s")).sort("article_id", "s"),
            left_on="char_start", right_on="s", by="article_id", check_sortedness=False,
        )  # fmt: skip
        with_sid[name] = df
    return {"articles": gold.articles, "sentences": sents, **with_sid}


# --------------------------------------------------------------------------- the gold file


def test_gold_file_offsets_round_trip(gold, texts):
    for task, col in (("mentions", "surface"), ("claims", "surface"), ("quotes", "quote")):
        df = gold.items[task]
        assert df.columns == ["annotator", *SCHEMAS[task], "item_id", "decision"]
        assert df.schema == pl.Schema({"annotator": pl.String, **SCHEMAS[task], "item_id": pl.String, "decision": pl.String})
        for aid, a, b, s in df.select("article_id", "char_start", "char_end", col).rows():
            assert texts[aid][a:b] == s


def test_gold_file_articles_match_the_loader(gold):
    loaded = read_articles(sorted((GOLD_DIR / "articles").glob("*.txt"))).articles
    assert sorted(loaded["article_id"].to_list()) == sorted(gold.articles["article_id"].to_list())
    assert gold.articles.schema == pl.Schema(SCHEMAS["articles"])
    assert "Umm Ahmad al-Najjār" in gold.articles.filter(pl.col("article_id") == GAZA)["text"][0]


def test_gold_replay_last_decision_wins_and_units(gold):
    assert gold.annotators == ["ann1", "ann2"]
    five = gold.items["claims"].filter(pl.col("surface") == "five")
    assert five.select("annotator", "decision").rows() == [("ann1", "add"), ("ann2", "reject")]
    assert gold.claims.filter(pl.col("annotator") == "ann2")["surface"].to_list() == [
        "at least 27", "about 1.7 million", "40", "nearly 15,000", "25 million", "12", "36",
    ]  # fmt: skip
    units = gold.units.group_by("annotator").len().sort("annotator").rows()
    assert units == [("ann1", 10), ("ann2", 9)]
    assert (UKRAINE, 1) not in gold.units.filter(pl.col("annotator") == "ann2").select("article_id", "sentence_id").rows()
    assert gold.sample.height == 10 and gold.sample["rank"].to_list() == list(range(10))


def test_gold_pairs_from_mentions_leave_places_out(gold):
    pairs = gold.pairs.filter((pl.col("annotator") == "ann1") & (pl.col("article_id") == GAZA) & (pl.col("sentence_id") == 0))
    assert pairs.select("actor_a", "actor_b").rows() == [("GAZA_MOH", "HAMAS"), ("GAZA_MOH", "ISR"), ("HAMAS", "ISR")]
    with_places = find_sentence_pairs(gold.mentions.filter(pl.col("annotator") == "ann1"), include_places=True)
    assert with_places.filter((pl.col("article_id") == GAZA) & (pl.col("sentence_id") == 0)).height == 10


def test_write_read_round_trip(gold, tmp_path):
    ann1 = {t: gold.table(t).filter(pl.col("annotator") == "ann1").drop("annotator", "item_id", "decision") for t in ("mentions", "claims", "quotes")}
    path = write_gold(tmp_path / "g.jsonl", gold.articles, annotator="ann9", **ann1)
    back = read_gold(path)
    for task, df in ann1.items():
        got = back.table(task).drop("annotator", "item_id", "decision")
        assert got.sort("article_id", "char_start").equals(df.sort("article_id", "char_start")), task
    assert back.articles.sort("article_id").equals(gold.articles.sort("article_id"))
    assert back.units.height == 10
    first = json.loads(path.read_text(encoding="utf-8").splitlines()[0])
    assert first["record"] == "article" and "“We have nowhere" in first["text"]  # UTF-8, not \u escapes


def test_write_gold_rejects_a_span_that_is_not_the_text(gold):
    bad = pl.DataFrame({"article_id": [GAZA], "char_start": [0], "char_end": [7], "surface": ["Israel!"]})
    with pytest.raises(ValueError, match="surface='Israel!' is not the article text at 0-7"):
        gold_from_tables(gold.articles, annotator="x", mentions=bad)


# --------------------------------------------------------------------------- the store


def test_store_saves_every_decision_and_a_second_session_sees_it(tmp_path, gold, texts):
    path = tmp_path / "a" / "store.jsonl"
    one, two = AnnotationStore(path), AnnotationStore(path)
    one.add_articles(gold.articles)
    assert one.add_articles(gold.articles) == 0  # idempotent
    row = _claim(texts, SUDAN, "nearly 15,000", value=15000.0, qualifier="nearly")
    one.decide(annotator="ann1", task="claims", decision="accept", row=row)
    assert len(path.read_text(encoding="utf-8").splitlines()) == 4  # on disk at once
    two.decide(annotator="ann2", task="claims", decision="add", row={**row, "qualifier": "about"})
    two.mark_done(annotator="ann2", article_id=SUDAN, sentence_id=0)
    seen = one.read()
    assert seen.claims.select("annotator", "qualifier", "sentence_id").rows() == [("ann1", "nearly", 0), ("ann2", "about", 0)]
    assert seen.units.rows() == [("ann2", SUDAN, 0)]


def test_store_errors_name_the_problem(tmp_path, gold, texts):
    store = AnnotationStore(tmp_path / "s.jsonl")
    store.add_articles(gold.articles)
    row = _claim(texts, SUDAN, "nearly 15,000")
    with pytest.raises(ValueError, match="invalid decision='keep'; valid values: 'accept', 'correct', 'add', 'reject'"):
        store.decide(annotator="a", task="claims", decision="keep", row=row)
    with pytest.raises(ValueError, match="invalid task='pairs'"):
        store.decide(annotator="a", task="pairs", decision="add", row=row)
    with pytest.raises(ValueError, match="annotator must be a non-empty id"):
        store.decide(annotator=" ", task="claims", decision="add", row=row)
    with pytest.raises(ValueError, match="is not the article text"):
        store.decide(annotator="a", task="claims", decision="add", row={**row, "surface": "15,000"})
    with pytest.raises(ValueError, match="outside article"):
        store.decide(annotator="a", task="claims", decision="add", row={**row, "char_end": 10_000})
    with pytest.raises(ValueError, match="unknown claims column"):
        store.decide(annotator="a", task="claims", decision="add", row={**row, "speaker": "x"})


def test_a_line_cut_short_by_a_crash_is_skipped_but_corruption_is_an_error(tmp_path):
    path = tmp_path / "g.jsonl"
    good = '{"record": "done", "annotator": "a", "article_id": "x", "sentence_id": 0}\n'
    path.write_text(good + '{"record": "clai', encoding="utf-8")
    with pytest.warns(UserWarning, match="incomplete last line skipped"):
        assert read_gold(path).units.height == 1
    path.write_text('{"record": "clai\n' + good, encoding="utf-8")
    with pytest.raises(ValueError, match=r"g.jsonl:1: not a JSON object"):
        read_gold(path)
    path.write_text('{"record": "vote"}\n', encoding="utf-8")
    with pytest.raises(ValueError, match="unknown record 'vote'"):
        read_gold(path)
    with pytest.raises(FileNotFoundError, match="gold file .*missing.jsonl not found"):
        read_gold(tmp_path / "missing.jsonl")


# --------------------------------------------------------------------------- sampling


def test_sample_is_reproducible_and_stratified(gold):
    sents = split_sentences(gold.articles)
    a = sample_units(sents, n=4, seed=11, articles=gold.articles, stratify="outlet")
    b = sample_units(sents.reverse(), n=4, seed=11, articles=gold.articles.reverse(), stratify="outlet")
    assert a.equals(b)
    assert a.schema == pl.Schema({"rank": pl.Int32, "article_id": pl.String, "sentence_id": pl.Int32, "outlet": pl.String})
    # 7 AFP and 3 Reuters sentences: 4 * 0.7 = 2.8 -> 3 AFP, 4 * 0.3 = 1.2 -> 1 Reuters
    assert sorted(a["outlet"].to_list()) == ["AFP", "AFP", "AFP", "Reuters"]
    assert a["rank"].to_list() == [0, 1, 2, 3]
    assert not sample_units(sents, n=4, seed=12).equals(sample_units(sents, n=4, seed=11))


def test_sample_articles_and_edge_cases(gold):
    sents = split_sentences(gold.articles)
    arts = sample_units(sents, n=2, unit="article", seed=5)
    assert arts["article_id"].n_unique() == 2 and arts["rank"].to_list() == list(range(arts.height))
    assert arts.height == sents.filter(pl.col("article_id").is_in(arts["article_id"].unique().to_list())).height
    assert sample_units(sents, n=100).height == 10  # capped at the population
    assert sample_units(sents.clear(), n=3).height == 0
    with pytest.raises(ValueError, match="invalid unit='paragraph'; valid values: 'sentence', 'article'"):
        sample_units(sents, n=2, unit="paragraph")  # type: ignore[arg-type]
    with pytest.raises(ValueError, match="stratify='outlet' needs articles="):
        sample_units(sents, n=2, stratify="outlet")


# --------------------------------------------------------------------------- scoring


def _row(scores, extractor, field, annotator="ann1"):
    return scores.filter((pl.col("annotator") == annotator) & (pl.col("extractor") == extractor) & (pl.col("field") == field)).to_dicts()[0]


def test_scores_by_overlap_hand_worked(predicted, gold):
    s = score_extractions(predicted, gold, match="overlap", n_boot=200, seed=1)
    assert s.schema == pl.Schema(SCORES_SCHEMA)
    c = _row(s, "claims", "span")  # 4 of 5 predictions match 4 of 8 gold claims
    assert (c["n_pred"], c["n_gold"], c["n_tp"]) == (5, 8, 4)
    assert (c["precision"], c["recall"]) == (0.8, 0.5) and c["f1"] == pytest.approx(8 / 13)
    for field, n_tp in (("value", 4), ("qualifier", 3), ("counted", 3), ("source", 3)):
        r = _row(s, "claims", field)
        assert r["n_tp"] == n_tp and r["precision"] == pytest.approx(n_tp / 5) and r["recall"] == pytest.approx(n_tp / 8), field
        assert r["accuracy"] == pytest.approx(n_tp / 4), field
    q = _row(s, "quotes", "speaker")
    # Dagalo's quote has no speaker id in the prediction, but the same words: right
    assert (q["n_tp"], q["precision"], q["recall"], q["accuracy"]) == (3, 1.0, 0.75, 1.0)
    m = _row(s, "mentions", "span")
    assert (m["n_pred"], m["n_gold"], m["n_tp"], m["precision"], m["recall"]) == (15, 24, 15, 1.0, 0.625)
    assert _row(s, "mentions", "place")["n_tp"] == 14
    p = _row(s, "pairs", "span")  # Rafah as an actor adds 3 wrong pairs; Ukraine's 5 pairs are missed
    assert (p["n_pred"], p["n_gold"], p["n_tp"]) == (11, 13, 8)


def test_scores_exact_match_are_stricter(predicted, gold):
    s = score_extractions(predicted, gold, match="exact", n_boot=0)
    c = _row(s, "claims", "span")
    assert (c["n_tp"], c["precision"], c["recall"]) == (3, 0.6, 0.375)
    assert c["precision_low"] is None and c["f1_high"] is None  # n_boot=0: no intervals


def test_scores_against_the_second_annotator_count_only_her_finished_sentences(predicted, gold):
    s = score_extractions(predicted, gold, annotator="ann2", n_boot=0)
    assert set(s["annotator"]) == {"ann2"}
    q = _row(s, "quotes", "speaker", "ann2")  # Ukraine quote sentence unfinished: 3 gold quotes; she credits the army
    assert (q["n_gold"], q["n_pred"], q["n_tp"]) == (3, 3, 2)
    with pytest.raises(ValueError, match="invalid annotator='ann3'; valid values: 'ann1', 'ann2'"):
        score_extractions(predicted, gold, annotator="ann3")


def _places_gold_and_prediction(tmp_path):
    """A tiny hand-made gold set with place ids, its file read back, and a prediction with known errors."""
    arts = pl.DataFrame({"article_id": ["p1", "p2"], "text": [
        "Shelling hit Gaza and Rafah, aid reached Paris and Berlin.",
        "Rain fell on Khan Younis and Oslo.",
    ]})  # fmt: skip

    def ment(aid, surface, place_id, text):
        start = text.index(surface)
        return {"article_id": aid, "char_start": start, "char_end": start + len(surface), "surface": surface,
                "actor_id": "place:" + surface.lower(), "is_place": True, "place_id": place_id}  # fmt: skip

    t1, t2 = arts["text"].to_list()
    gold_rows = [
        ment("p1", "Gaza", 281133, t1),  # predicted with the same id: right
        ment("p1", "Rafah", 281102, t1),  # predicted with another id: wrong
        ment("p1", "Paris", 2988507, t1),  # no predicted mention: not found
        ment("p1", "Berlin", None, t1),  # gold without an id: not scored, whatever is predicted
        ment("p2", "Khan Younis", 281141, t2),  # predicted without an id: wrong
        ment("p2", "Oslo", 3143244, t2),  # right
    ]
    path = write_gold(tmp_path / "places.jsonl", arts, annotator="ann1", mentions=pl.DataFrame(gold_rows))
    gold = read_gold(path)
    pred_ids = {"Gaza": 281133, "Rafah": 999, "Berlin": 2950159, "Khan Younis": None, "Oslo": 3143244}
    pred = gold.mentions.filter(pl.col("surface").is_in(list(pred_ids))).with_columns(
        pl.col("surface").replace_strict(pred_ids, return_dtype=pl.Int64).alias("place_id")
    )
    return gold, {"mentions": pred.drop("annotator", "item_id", "decision")}


def test_place_ids_are_written_and_read_back_only_when_set(tmp_path):
    gold, _ = _places_gold_and_prediction(tmp_path)
    assert "place_id" in SCHEMAS["mentions"] and gold.mentions.schema["place_id"] == pl.Int64
    assert dict(gold.mentions.select("surface", "place_id").iter_rows())["Oslo"] == 3143244
    recs = [json.loads(line) for line in (tmp_path / "places.jsonl").read_text(encoding="utf-8").splitlines()]
    berlin = next(r for r in recs if r.get("surface") == "Berlin")
    assert "place_id" not in berlin and next(r for r in recs if r.get("surface") == "Gaza")["place_id"] == 281133


def test_place_ids_scored_on_matched_gold_places_with_an_id(tmp_path):
    gold, pred = _places_gold_and_prediction(tmp_path)
    m = match_extractions(pred, gold).filter(pl.col("extractor") == "mentions")
    same = dict(m.select("gold_text", "same_place_id").iter_rows())
    assert same == {"Gaza": True, "Rafah": False, "Paris": False, "Berlin": None, "Khan Younis": False, "Oslo": True}
    s = score_extractions(pred, gold, n_boot=200, seed=0)
    r = _row(s, "mentions", "place_id")
    # 5 gold places with an id; 4 matched by a predicted mention (Paris is not); 2 of those with the same id
    assert (r["n_gold"], r["n_pred"], r["n_tp"]) == (5, 4, 2)
    assert r["accuracy"] == r["precision"] == pytest.approx(2 / 4) and r["recall"] == pytest.approx(2 / 5)
    assert r["precision_low"] <= r["precision"] <= r["precision_high"]
    assert r["recall_low"] <= r["recall"] <= r["recall_high"]
    assert _row(s, "mentions", "span")["n_tp"] == 5  # Berlin's span still counts for the other fields
    # a gold set without place ids: nothing to score
    no_ids = gold_from_tables(gold.articles, annotator="ann1", mentions=gold.mentions.with_columns(place_id=None))
    r0 = _row(score_extractions(pred, no_ids, n_boot=0), "mentions", "place_id")
    assert (r0["n_gold"], r0["n_pred"], r0["n_tp"], r0["accuracy"], r0["recall"]) == (0, 0, 0, None, None)


def test_speakers_and_sources_compare_ids_when_both_have_one_else_words():
    from toolkit.validate.scoring import _same

    zel = {"speaker_actor_id": "volodymyr-zelensky", "speaker_surface": "Zelensky"}
    assert _same("quotes", "speaker", zel, {"speaker_actor_id": None, "speaker_surface": "President Volodymyr Zelensky"})
    assert not _same("quotes", "speaker", zel, {"speaker_actor_id": "RUS", "speaker_surface": "Zelensky"})
    assert not _same("quotes", "speaker", zel, {})  # a speaker against none
    assert _same("claims", "source", {}, {"source_actor_id": None})
    assert not _same("claims", "source", {"source_surface": "the UN"}, {"source_surface": "UNICEF"})


def test_bootstrap_intervals_are_seeded_and_bracket_the_estimate(predicted, gold):
    a = score_extractions(predicted, gold, n_boot=300, seed=4)
    b = score_extractions(predicted, gold, n_boot=300, seed=4)
    assert a.equals(b)
    for r in a.filter(pl.col("precision").is_not_null() & pl.col("precision_low").is_not_null()).iter_rows(named=True):
        assert r["precision_low"] <= r["precision"] + 1e-9 and r["precision"] <= r["precision_high"] + 1e-9
    c = _row(a, "claims", "span")
    assert c["recall_low"] < c["recall"] < c["recall_high"]
    with pytest.raises(ValueError, match="invalid cluster='token'"):
        score_extractions(predicted, gold, cluster="token")  # type: ignore[arg-type]
    with pytest.raises(ValueError, match="invalid ci=1.5"):
        score_extractions(predicted, gold, ci=1.5)


def test_matches_table_traces_every_score(predicted, gold, texts):
    m = match_extractions(predicted, gold, annotator="ann1")
    assert m.schema == pl.Schema(MATCHES_SCHEMA)
    claims = m.filter(pl.col("extractor") == "claims")
    assert claims.group_by("status").len().sort("status").rows() == [("fn", 4), ("fp", 1), ("tp", 4)]
    fp = claims.filter(pl.col("status") == "fp").row(0, named=True)
    assert fp["pred_text"] == "October" and texts[fp["article_id"]][fp["pred_start"]:fp["pred_end"]] == "October"
    wrong = claims.filter(pl.col("same_counted") == False)  # noqa: E712
    assert wrong.select("pred_text", "gold_text").rows() == [("more than 40", "more than 40")]


def test_empty_predictions_and_empty_gold(gold, tmp_path):
    s = score_extractions({}, gold, n_boot=50)
    r = _row(s, "claims", "span")
    assert (r["n_pred"], r["n_tp"], r["precision"], r["recall"], r["f1"]) == (0, 0, None, 0.0, 0.0)
    path = tmp_path / "e.jsonl"
    path.write_text("", encoding="utf-8")
    with pytest.raises(FileNotFoundError):
        read_gold(tmp_path / "nothing")
    empty_gold = read_gold(path)
    assert score_extractions({}, empty_gold).height == 0
    assert score_extractions({}, empty_gold).schema == pl.Schema(SCORES_SCHEMA)
    assert summarise_agreement(empty_gold).schema == pl.Schema(AGREEMENT_SCHEMA)
    assert match_extractions({}, empty_gold).schema == pl.Schema(MATCHES_SCHEMA)


# --------------------------------------------------------------------------- agreement


def test_krippendorff_textbook_values():
    # Krippendorff (2011), "Computing Krippendorff's alpha-reliability", nominal example: 0.743
    k2011 = [[1, 2, 3, 3, 2, 1, 4, 1, 2, None, None, None],
             [1, 2, 3, 3, 2, 2, 4, 1, 2, 5, None, 3],
             [None, 3, 3, 3, 2, 3, 4, 2, 2, 5, 1, None],
             [1, 2, 3, 3, 2, 4, 4, 1, 2, 5, 1, None]]  # fmt: skip
    assert krippendorff_alpha(k2011)[0] == pytest.approx(0.743, abs=5e-4)
    # Wikipedia / `krippendorff` package example: nominal 0.691, interval 0.811
    n = None
    wiki = [[n, n, n, n, n, 3, 4, 1, 2, 1, 1, 3, 3, n, 3],
            [1, n, 2, 1, 3, 3, 4, 3, n, n, n, n, n, n, n],
            [n, n, 2, 1, 3, 4, 4, n, 2, 1, 1, 3, 3, n, 4]]  # fmt: skip
    assert krippendorff_alpha(wiki)[0] == pytest.approx(0.691, abs=5e-4)
    assert krippendorff_alpha(wiki, level="interval")[0] == pytest.approx(0.811, abs=5e-4)
    assert krippendorff_alpha([[1, 1, 1], [1, 1, 1]]) == (None, 1.0, 6)  # one category: undefined
    assert krippendorff_alpha([["a", "b"], ["b", "a"]])[0] == pytest.approx(-0.5)
    with pytest.raises(ValueError, match="invalid level='ordinal'"):
        krippendorff_alpha(wiki, level="ordinal")  # type: ignore[arg-type]
    with pytest.raises(ValueError, match="one value \\(or None\\) per unit"):
        krippendorff_alpha([[1, 2], [1]])


def test_agreement_with_the_disagreeing_annotator(gold):
    a = summarise_agreement(gold)
    assert a.schema == pl.Schema(AGREEMENT_SCHEMA)
    row = {(r["extractor"], r["field"]): r for r in a.iter_rows(named=True)}
    # 7 claims both keep; only "25 million" differs (aid vs population): 1 - 13*2/146
    assert row[("claims", "counted")]["n_units"] == 7
    assert row[("claims", "counted")]["alpha"] == pytest.approx(1 - 26 / 146)
    assert row[("claims", "value")]["alpha"] == 1.0
    # 3 quotes in sentences both finished; Hagari vs the Israeli army: 1 - 5*2/26
    assert row[("quotes", "speaker")]["alpha"] == pytest.approx(1 - 10 / 26)
    assert row[("quotes", "speaker")]["observed_agreement"] == pytest.approx(2 / 3)
    # "five" kept by ann1, rejected by ann2: 7 of 8 claim units agree on presence
    assert row[("claims", "span")]["observed_agreement"] == pytest.approx(7 / 8)
    exact = {(r["extractor"], r["field"]): r for r in summarise_agreement(gold, match="exact").iter_rows(named=True)}
    assert exact[("claims", "span")]["n_units"] == 9  # "more than 40" and "40" are two units
    assert exact[("claims", "span")]["observed_agreement"] == pytest.approx(6 / 9)


def test_agreement_with_proposals_adds_units_both_left_out(gold, predicted):
    plain = {(r["extractor"], r["field"]): r for r in summarise_agreement(gold).iter_rows(named=True)}
    more = {(r["extractor"], r["field"]): r for r in summarise_agreement(gold, predicted=predicted).iter_rows(named=True)}
    # the predicted "October" claim: a unit both annotators left out (0, 0)
    assert more[("claims", "span")]["n_units"] == plain[("claims", "span")]["n_units"] + 1


def test_agreement_needs_two_annotators(gold):
    assert summarise_agreement(gold, annotators=["ann1"]).height == 0
    with pytest.raises(ValueError, match="invalid annotator 'bob'"):
        summarise_agreement(gold, annotators=["ann1", "bob"])


# --------------------------------------------------------------------------- reports and evaluate


def test_chart_and_model_card(predicted, gold):
    scores = score_extractions(predicted, gold, n_boot=100)
    chart = plot_scores(scores)
    assert isinstance(chart, alt.LayerChart)
    spec = chart.to_dict()
    assert spec["title"] == "Extractors against the gold set of ann1"
    card = format_model_card(scores, summarise_agreement(gold), gold=gold)
    assert card.startswith("## Validation of the toolkit's extractors")
    assert "10 sentences from 3 articles (AFP, Reuters), annotated by ann1; second annotation by ann2" in card
    assert "| claims | span | 8 | 5 | 0.80 [" in card
    assert "claims counted α = 0.82 (n = 7)" in card


def test_evaluate_with_hand_built_tables_writes_every_file(predicted, tmp_path):
    out = evaluate_gold(GOLD, tmp_path / "ev", corpus=predicted, n_boot=50, seed=3)
    assert set(out) == {"scores", "agreement", "matches"}
    files = sorted(p.name for p in (tmp_path / "ev").iterdir())
    assert files == ["agreement.csv", "matches.csv", "model_card.md", "scores.csv", "scores_chart.html"]
    assert pl.read_csv(tmp_path / "ev" / "scores.csv").height == out["scores"].height
    assert _row(out["scores"], "claims", "span")["n_tp"] == 4


def test_evaluate_runs_the_toolkit_on_the_gold_articles(tmp_path):
    out = evaluate_gold(GOLD, tmp_path / "ev", n_boot=20, format="parquet")
    assert (tmp_path / "ev" / "scores.parquet").exists()
    s = out["scores"]
    assert set(s["extractor"]) == {"mentions", "pairs", "claims", "quotes"}
    assert _row(s, "claims", "span")["n_gold"] == 8


def test_evaluate_errors(tmp_path, predicted):
    other = {**predicted, "articles": predicted["articles"].filter(pl.col("article_id") != SUDAN)}
    with pytest.raises(ValueError, match="1 gold article\\(s\\) are not in the corpus"):
        evaluate_gold(GOLD, tmp_path, corpus=other)
    with pytest.raises(ValueError, match="invalid format='xlsx'; valid values: 'csv', 'parquet'"):
        evaluate_gold(GOLD, tmp_path, format="xlsx")  # type: ignore[arg-type]
    with pytest.raises(ValueError, match="invalid match='fuzzy'"):
        evaluate_gold(GOLD, tmp_path, match="fuzzy")  # type: ignore[arg-type]


# ---------------------------------------------------------------- gold ids of new actors


def _ment(ids, labels=None, spans=None, art="a"):
    spans = spans or [(i * 20, i * 20 + 10) for i in range(len(ids))]
    return pl.DataFrame({
        "article_id": [art] * len(ids), "char_start": [s for s, _ in spans], "char_end": [e for _, e in spans],
        "actor_id": ids, "actor_label": labels or [None] * len(ids),
    })  # fmt: skip


def test_align_new_ids_maps_a_new_gold_actor_to_the_same_actor_only():
    from toolkit.validate import align_new_ids

    gold = _ment(["new:geir-pedersen", "new:therese-kayikwamba-wagner", "new:farc", "new:nabil-abu-thabet"])
    pred = _ment(["PEDERSEN_G", "WAGNER", "FARC", "new:abu-thabet"], ["Geir Pedersen", "Wagner Group", "FARC", "Abu Thabet"])
    got = dict((g, p) for _, g, p in align_new_ids(pred, gold).rows())
    assert got == {"new:geir-pedersen": "PEDERSEN_G", "new:farc": "FARC", "new:nabil-abu-thabet": "new:abu-thabet"}


def test_align_new_ids_is_one_to_one_and_keeps_ids_the_gold_uses():
    from toolkit.validate import align_new_ids

    # two gold people the toolkit merged into one id: only the first (most mentions) takes it
    gold = _ment(["new:ali-hassan", "new:ali-hassan", "new:omar-hassan"], spans=[(0, 10), (30, 40), (60, 70)])
    pred = _ment(["new:hassan", "new:hassan", "new:hassan"], spans=[(0, 10), (30, 40), (60, 70)])
    assert align_new_ids(pred, gold).rows() == [("a", "new:ali-hassan", "new:hassan")]
    # the gold already uses the predicted id for another actor in the article: no alignment
    gold = _ment(["HAMAS", "new:hamas-official"], spans=[(0, 5), (20, 30)])
    pred = _ment(["HAMAS", "HAMAS"], ["Hamas", "Hamas"], spans=[(0, 5), (20, 30)])
    assert align_new_ids(pred, gold).height == 0


def test_match_extractions_aligns_new_ids_unless_asked_not_to(tmp_path):
    import toolkit
    from toolkit.validate import match_extractions, read_gold, write_gold

    text = "Resident Nabil Abu Thabet said Hamas fighters had left."
    res = toolkit.analyze([text])
    aid = res.articles["article_id"][0]
    ments = res.mentions.filter(pl.col("surface").str.contains("Thabet")).with_columns(
        actor_id=pl.lit("new:nabil-thabet"), annotator=pl.lit("x")
    )
    hamas = res.mentions.filter(pl.col("surface") == "Hamas").with_columns(annotator=pl.lit("x"))
    path = tmp_path / "g.jsonl"
    write_gold(path, res.articles, mentions=pl.concat([ments, hamas], how="diagonal_relaxed"), annotator="x")
    gold = read_gold(path)
    aligned = match_extractions(res, gold).filter(pl.col("extractor") == "pairs")
    raw = match_extractions(res, gold, align_new=False).filter(pl.col("extractor") == "pairs")
    assert aligned["status"].to_list() == ["tp"] and aligned["article_id"].to_list() == [aid]
    assert sorted(raw["status"].to_list()) == ["fn", "fp"]


# --------------------------------------------------------------------------- one store per corpus


def test_annotations_belong_to_their_corpus_and_are_never_mixed(tmp_path):
    from toolkit.validate import (
        AnnotationStore,
        CorpusMismatchError,
        corpus_id,
        read_gold,
        sample_units,
        store_for,
    )

    def corpus(texts):
        arts = read_articles(texts).articles
        return arts, split_sentences(arts)

    arts_a, sents_a = corpus(["Hamas said 12 people were killed in Gaza. Israel denied it."])
    arts_b, sents_b = corpus(["The council voted on Monday. Mayor Hale said 300 homes had flooded."])
    store_a, store_b = store_for(arts_a, tmp_path), store_for(arts_b, tmp_path)
    assert store_a.path != store_b.path and store_a.path.parent.name == corpus_id(arts_a)
    store_a.add_sample(sample_units(sents_a, n=2, seed=1), arts_a)
    assert store_a.recorded_corpus()["corpus_id"] == corpus_id(arts_a)
    # corpus B's sample cannot go into A's file, by either door
    with pytest.raises(CorpusMismatchError, match="never mixed between corpora"):
        AnnotationStore(store_a.path, corpus=arts_b)
    with pytest.raises(CorpusMismatchError, match="another corpus"):
        AnnotationStore(store_a.path).add_sample(sample_units(sents_b, n=2, seed=1), arts_b)
    gold = read_gold(store_a.path)  # the corpus record is read (and skipped) by the gold reader
    assert set(gold.sample["article_id"].to_list()) == set(arts_a["article_id"].to_list())
    assert set(read_gold(store_a.path).articles["article_id"].to_list()) <= set(arts_a["article_id"].to_list())
    # the same corpus loaded again (another order, another session) opens its own store
    assert store_for(arts_a.reverse(), tmp_path).path == store_a.path


def test_scores_chart_before_any_decision_is_a_short_note_of_normal_size():
    import re

    import vl_convert as vlc

    from toolkit.validate import SCORES_SCHEMA, plot_scores

    svg = vlc.vegalite_to_svg(plot_scores(pl.DataFrame(schema=SCORES_SCHEMA)).to_json())
    width, height = (float(v) for v in re.search(r'width="([^"]+)" height="([^"]+)"', svg).groups())
    assert width < 1280 and height < 200  # was about 1.8e308 pixels wide
    assert "No finished annotations yet" in svg
