"""Parent alignment in the scorer: a gold mention, speaker or source written as its state (the gold sets'
convention for a body without an id of its own) against the toolkit's id for that body."""

from __future__ import annotations

import polars as pl

from toolkit.validate import gold_from_tables, match_extractions, score_extractions
from toolkit.validate.alignment import ParentRule, align_parent_ids

TEXT = "NASA and Russia signed a new agreement on Tuesday. The United States welcomed the deal."


def _articles(text: str = TEXT) -> pl.DataFrame:
    return pl.DataFrame({"article_id": ["a1"], "text": [text]})


def _mentions(rows: list[tuple[str, str, str | None, str | None]], text: str = TEXT) -> pl.DataFrame:
    """Mentions in ``text`` from (surface, actor_id, actor_type, affiliation); sentence ids by the first period."""
    out = []
    for surface, aid, typ, aff in rows:
        start = text.index(surface)
        out.append({
            "article_id": "a1", "sentence_id": 0 if start < text.index(".") else 1, "char_start": start,
            "char_end": start + len(surface), "surface": surface, "actor_id": aid, "actor_type": typ,
            "affiliation": aff, "is_place": False,
        })  # fmt: skip
    return pl.DataFrame(out)


GOLD_MENTIONS = [
    ("NASA", "USA", "state", None),
    ("Russia", "RUS", "state", None),
    ("United States", "USA", "state", None),
]


def _gold(mentions=GOLD_MENTIONS, **tables):
    return gold_from_tables(_articles(), mentions=_mentions(mentions), annotator="ann", **tables)


def _same_actor(pred_rows, **kw) -> dict[str, bool]:
    m = match_extractions({"mentions": _mentions(pred_rows)}, _gold(), **kw).filter(
        (pl.col("extractor") == "mentions") & (pl.col("status") == "tp")
    )
    return dict(zip(m["gold_text"], m["same_actor"], strict=True))


def test_a_body_of_the_gold_state_is_the_same_actor_for_that_mention_only():
    pred = [("NASA", "NASA", "organization", "USA"), ("Russia", "RUS", "state", None),
            ("United States", "USA", "state", None)]  # fmt: skip
    assert _same_actor(pred) == {"NASA": True, "Russia": True, "United States": True}
    # the rule off: the gold's USA for NASA counts as the wrong actor, as before the rule
    assert _same_actor(pred, align_parent=False) == {"NASA": False, "Russia": True, "United States": True}
    # only the mention matched changes: the gold "United States" stays USA, whatever stands there
    assert align_parent_ids(_mentions(pred[:1]), _mentions(GOLD_MENTIONS)).select(
        "char_start", "pred_id"
    ).rows() == [(0, "NASA")]
    assert _same_actor([("United States", "USA", "state", None)]) == {"United States": True}
    # words that name the state are the state: a body predicted there is the wrong actor
    wrong = [("NASA", "NASA", "organization", "USA"), ("United States", "NASA", "organization", "USA")]
    assert _same_actor(wrong) == {"NASA": True, "United States": False}


def test_a_person_a_place_or_another_state_never_stands_for_the_gold_state():
    gold = _mentions(GOLD_MENTIONS)
    for pid, typ, aff in [
        ("donald-trump", "person", "USA"),  # a person's affiliation is a state too
        ("FLORIDA", "location", "USA"),  # a place in the state is not a body of it
        ("CAN", "state", None),  # another state
        ("ROSCOSMOS", "organization", "RUS"),  # a body of another state
        ("new:space-club", "organization", None),  # no affiliation
    ]:
        assert align_parent_ids(_mentions([("NASA", pid, typ, aff)]), gold).height == 0, pid
    assert _same_actor([("NASA", "donald-trump", "person", "USA")]) == {"NASA": False}


def test_a_discovered_body_with_its_state_as_affiliation_is_aligned():
    text = "Thames Valley Police said two men had been arrested in Britain."
    gold = _mentions(
        [("Thames Valley Police", "GBR", "state", None), ("Britain", "GBR", "state", None)], text
    )
    pred = _mentions([("Thames Valley Police", "new:thames-valley-police", "organization", "GBR"),
                      ("Britain", "GBR", "state", None)], text)  # fmt: skip
    assert align_parent_ids(pred, gold).select("gold_id", "pred_id").rows() == [
        ("GBR", "new:thames-valley-police")
    ]


def test_actor_pairs_follow_the_aligned_mentions():
    pred = {"mentions": _mentions([("NASA", "NASA", "organization", "USA"), ("Russia", "RUS", "state", None),
                                   ("United States", "USA", "state", None)])}  # fmt: skip
    gold = _gold()

    def pairs(**kw):
        m = match_extractions(pred, gold, **kw).filter(pl.col("extractor") == "pairs")
        return sorted(zip(m["status"], m["gold_text"].fill_null(m["pred_text"]), strict=True))

    assert pairs() == [("tp", "NASA – RUS")]
    assert pairs(align_parent=False) == [("fn", "RUS – USA"), ("fp", "NASA – RUS")]
    on = score_extractions(pred, gold, n_boot=0).filter(extractor="pairs", field="span")["f1"][0]
    off = score_extractions(pred, gold, n_boot=0, align_parent=False).filter(extractor="pairs", field="span")[
        "f1"
    ][0]
    assert (on, off) == (1.0, 0.0)


def _quotes_gold_and_pred(
    gold_speaker: tuple[str, str | None], pred_speaker: tuple[str | None, str | None], who
):
    text = 'NASA said: "The launch is delayed." Officials in the United States agreed.'
    start = text.index("The launch")
    base = {"article_id": ["a1"], "sentence_id": [0], "char_start": [start], "char_end": [start + 22],
            "quote": ["The launch is delayed."], "kind": ["direct"]}  # fmt: skip
    gold = gold_from_tables(
        _articles(text), annotator="ann",
        quotes=pl.DataFrame({**base, "speaker_actor_id": [gold_speaker[0]], "speaker_surface": [gold_speaker[1]]}),
    )  # fmt: skip
    pred_q = pl.DataFrame(
        {**base, "speaker_actor_id": [pred_speaker[0]], "speaker_surface": [pred_speaker[1]]}
    )
    return gold, {"quotes": pred_q, "mentions": _mentions([who], text)}


def _same_speaker(gold_speaker, pred_speaker, who=("NASA", "NASA", "organization", "USA"), **kw) -> bool:
    gold, pred = _quotes_gold_and_pred(gold_speaker, pred_speaker, who)
    m = match_extractions(pred, gold, **kw).filter(
        (pl.col("extractor") == "quotes") & (pl.col("status") == "tp")
    )
    return bool(m["same_speaker"][0])


def test_a_gold_speaker_written_as_its_state_agrees_with_the_body_the_words_name():
    assert _same_speaker(("USA", "NASA"), ("NASA", "NASA"))
    assert not _same_speaker(("USA", "NASA"), ("NASA", "NASA"), align_parent=False)
    # the gold words name the state itself: a body of it is another speaker
    assert not _same_speaker(("USA", "the United States"), ("NASA", "NASA"))
    # no gold words: nothing shows the gold means the body, so it is never aligned
    assert not _same_speaker(("USA", None), ("NASA", "NASA"))
    assert not _same_speaker(("USA", None), ("NASA", "United States"))
    # a person of the state is never the state
    trump = ("NASA", "donald-trump", "person", "USA")
    assert not _same_speaker(("USA", "NASA"), ("donald-trump", "NASA"), who=trump)


def test_a_gold_claim_source_written_as_its_state_agrees_with_the_body_named():
    text = "The U.S. Geological Survey (USGS) said about 8 tremors were felt."
    start = text.index("8")
    base = {"article_id": ["a1"], "sentence_id": [0], "char_start": [start], "char_end": [start + 1],
            "surface": ["8"], "value": [8.0]}  # fmt: skip
    gold = gold_from_tables(
        _articles(text), annotator="ann",
        claims=pl.DataFrame({**base, "source_actor_id": ["USA"], "source_surface": ["The U.S. Geological Survey (USGS)"]}),
    )  # fmt: skip
    usgs = _mentions([("U.S. Geological Survey", "USGS", "organization", "USA")], text)

    def same_source(pid: str, surface: str, ments: pl.DataFrame = usgs, **kw) -> bool:
        pred = {
            "claims": pl.DataFrame({**base, "source_actor_id": [pid], "source_surface": [surface]}),
            "mentions": ments,
        }
        m = match_extractions(pred, gold, **kw).filter(
            (pl.col("extractor") == "claims") & (pl.col("status") == "tp")
        )
        return bool(m["same_source"][0])

    assert same_source("USGS", "U.S. Geological Survey")
    assert not same_source("USGS", "U.S. Geological Survey", align_parent=False)
    # an id the article's mentions lack: its affiliation from the dictionary (USGS belongs to USA there)
    assert same_source("USGS", "USGS", ments=usgs.clear())
    # a body of another state is not aligned
    roscosmos = _mentions([("U.S. Geological Survey", "ROSCOSMOS", "organization", "RUS")], text)
    assert not same_source("ROSCOSMOS", "U.S. Geological Survey", ments=roscosmos)


def test_parent_rule_reads_affiliation_and_type_from_the_articles_mentions():
    ments = _mentions([("NASA", "NASA", "organization", "USA")])
    rule = ParentRule(ments, states={"USA", "RUS"})
    pred = {"article_id": "a1", "source_actor_id": "NASA", "source_surface": "the space agency"}
    # the gold words name NASA by a mention of NASA in the article, though the predicted words differ
    assert rule.agrees("source", pred, {"source_actor_id": "USA", "source_surface": "NASA"})
    assert not rule.agrees("source", pred, {"source_actor_id": "RUS", "source_surface": "NASA"})
    assert not rule.agrees(
        "source", pred, {"source_actor_id": "USA", "source_surface": "Washington officials"}
    )


# ----------------------------------------------------------------------------- only a state's organisations, covering the gold

MODIFIERS = [  # (text, gold words written as the state, state, predicted modifier, its id, type, role)
    ("The Hamas-run health ministry said 12 people died in the strikes.", "Hamas-run health ministry", "PSE",
     "Hamas", "HAMAS", "armed_group", None),
    ("The Republican-led state legislature passed the budget late on Friday.", "Republican-led state legislature",
     "USA", "Republican", "REPUBLICANS", "organization", "party"),
    ("The Taliban-controlled interior ministry said 30 prisoners were freed.", "Taliban-controlled interior ministry",
     "AFG", "Taliban", "TALIBAN", "armed_group", "government"),
]  # fmt: skip


def _one(
    text: str, rows: list[tuple[str, str, str | None, str | None]], role: str | None = None
) -> pl.DataFrame:
    return _mentions(rows, text).with_columns(role=pl.lit(role, dtype=pl.String))


def test_an_armed_group_or_party_modifying_a_body_never_stands_for_it():
    for text, words, state, mod, pid, typ, role in MODIFIERS:
        gold = gold_from_tables(_articles(text), mentions=_mentions([(words, state, "state", None)], text),
                                annotator="ann")  # fmt: skip
        pred = _one(text, [(mod, pid, typ, state)], role)
        m = match_extractions({"mentions": pred}, gold).filter(
            (pl.col("extractor") == "mentions") & (pl.col("status") == "tp")
        )
        assert m["same_actor"].to_list() == [False], pid
        assert align_parent_ids(pred, _mentions([(words, state, "state", None)], text)).height == 0, pid
        # as a claim source or quote speaker: the gold words hold the modifier, but it is no body of the state
        rule = ParentRule(pred)
        src = {"article_id": "a1", "source_actor_id": pid, "source_surface": mod}
        assert not rule.agrees("source", src, {"source_actor_id": state, "source_surface": f"The {words}"}), (
            pid
        )
        spk = {"article_id": "a1", "speaker_actor_id": pid, "speaker_surface": mod}
        assert not rule.agrees("speaker", spk, {"speaker_actor_id": state, "speaker_surface": words}), pid


def test_an_organisation_of_the_state_must_cover_half_of_the_gold_words():
    text, words, state = MODIFIERS[0][:3]
    gold = _mentions([(words, state, "state", None)], text)
    # the toolkit names the whole body: aligned
    whole = _one(text, [(words, "new:hamas-run-health-ministry", "organization", state)], "health")
    assert align_parent_ids(whole, gold).select("gold_id", "pred_id").rows() == [
        (state, "new:hamas-run-health-ministry")
    ]
    # an organisation of the state on the modifier alone (a quarter of the span, of the words): not aligned
    part = _one(text, [("Hamas", "new:hamas", "organization", state)])
    assert align_parent_ids(part, gold).height == 0
    src = {"article_id": "a1", "source_actor_id": "new:hamas", "source_surface": "Hamas"}
    assert not ParentRule(part).agrees("source", src, {"source_actor_id": state, "source_surface": words})
    src = {"article_id": "a1", "source_actor_id": "new:hamas-run-health-ministry", "source_surface": words}
    assert ParentRule(whole).agrees(
        "source", src, {"source_actor_id": state, "source_surface": f"the {words}"}
    )


def test_a_news_outlet_or_party_of_the_state_is_not_the_state():
    text = "Voice of America said the talks had failed, and Likud called for new elections."
    gold = _mentions([("Voice of America", "USA", "state", None), ("Likud", "ISR", "state", None)], text)
    # roles from the dictionary (VOA: media; LIKUD: party), though the predicted mentions carry none
    pred = _mentions([("Voice of America", "VOA", "organization", "USA"), ("Likud", "LIKUD", "organization", "ISR")],
                     text)  # fmt: skip
    assert align_parent_ids(pred, gold).height == 0
    rule = ParentRule(pred)
    for pid, words, state in [("VOA", "Voice of America", "USA"), ("LIKUD", "Likud", "ISR")]:
        spk = {"article_id": "a1", "speaker_actor_id": pid, "speaker_surface": words}
        assert not rule.agrees("speaker", spk, {"speaker_actor_id": state, "speaker_surface": words}), pid
    # a discovered outlet: its mention's role decides
    outlet = _one(text, [("Voice of America", "new:voice-of-america", "organization", "USA")], "media")
    assert align_parent_ids(outlet, gold).height == 0
    assert align_parent_ids(outlet.with_columns(role=pl.lit(None, dtype=pl.String)), gold).height == 1


def test_a_user_dictionary_reaches_the_alignment(tmp_path):
    """A state known only to the user's dictionary: its body is aligned only when the dictionary is passed."""
    text = "Freedonia Police said the road was closed."
    user = tmp_path / "actors.csv"
    user.write_text(
        "id,label,type,aliases,affiliation,role,title\nFRD,Freedonia,state,,,,\n", encoding="utf-8"
    )
    gold = gold_from_tables(
        _articles(text),
        mentions=_mentions([("Freedonia Police", "FRD", "state", None)], text),
        annotator="ann1",
    )
    pred = {
        "mentions": _mentions([("Freedonia Police", "new:freedonia-police", "organization", "FRD")], text)
    }
    without = match_extractions(pred, gold).filter(extractor="mentions")["same_actor"].to_list()
    with_dict = (
        match_extractions(pred, gold, dictionary=user).filter(extractor="mentions")["same_actor"].to_list()
    )
    assert (without, with_dict) == ([False], [True])
    scores = score_extractions(pred, gold, n_boot=0, dictionary=user).filter(
        extractor="mentions", field="actor"
    )
    assert scores["recall"][0] == 1.0
