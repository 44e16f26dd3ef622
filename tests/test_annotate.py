"""The annotation widget: callbacks called directly, every decision on disk, resume, escaping."""

from __future__ import annotations

import json

import polars as pl
import pytest

from toolkit import read_articles, split_sentences
from toolkit.validate import AnnotationStore, read_gold, sample_units
from toolkit.validate.annotate import KEYS, AnnotationWidget, annotation_widget, locate, render_sentence

ARTICLE = (
    "KHARTOUM — The Sudanese army said 12 people died in El-Fasher, where <script>alert(1)</script> "
    "shelling hit a market.\n"
    "“We buried 12 of our neighbours,” said Aïcha Adam, a resident.\n"
    "The RSF denied the report."
)


@pytest.fixture()
def setup(tmp_path):
    arts = read_articles([ARTICLE]).articles
    sents = split_sentences(arts)
    aid = arts["article_id"][0]
    text = arts["text"][0]

    def span(s, n=1):
        i = -1
        for _ in range(n):
            i = text.index(s, i + 1)
        return i, i + len(s)

    a, b = span("12")
    claims = pl.DataFrame({"article_id": [aid], "sentence_id": [0], "char_start": [a], "char_end": [b], "surface": ["12"],
                           "value": [12.0], "qualifier": ["exact"], "counted": ["dead"]})  # fmt: skip
    qa, qb = span("We buried 12 of our neighbours,")
    quotes = pl.DataFrame({"article_id": [aid], "sentence_id": [1], "char_start": [qa], "char_end": [qb],
                           "quote": [text[qa:qb]], "kind": ["direct"], "speaker_surface": ["Aïcha Adam"]})  # fmt: skip
    ma, mb = span("Sudanese army")
    mentions = pl.DataFrame({"article_id": [aid], "sentence_id": [0], "char_start": [ma], "char_end": [mb],
                             "surface": ["Sudanese army"], "actor_id": ["SDN_ARMY"], "is_place": [False]})  # fmt: skip
    predicted = {"articles": arts, "sentences": sents, "claims": claims, "quotes": quotes, "mentions": mentions}
    store = AnnotationStore(tmp_path / "gold.jsonl")
    sample = sample_units(sents, n=3, seed=0).sort("sentence_id").with_columns(pl.int_range(pl.len()).cast(pl.Int32).alias("rank"))
    store.add_sample(sample, arts)
    return predicted, store, aid, text, span


def _records(store, kind=None):
    recs = [json.loads(line) for line in store.path.read_text(encoding="utf-8").splitlines()]
    return [r for r in recs if kind is None or r["record"] == kind]


def test_widget_shows_proposals_with_escaped_evidence(setup):
    predicted, store, aid, text, _ = setup
    w = annotation_widget(predicted, store, annotator="ann1")
    assert w.unit == (aid, 0)
    assert [(it["task"], it["status"], it["row"].get("surface")) for it in w.items] == [
        ("mentions", "pending", "Sudanese army"), ("claims", "pending", "12"),
    ]  # fmt: skip
    html = w.context.value
    assert "<script>" not in html and "&lt;script&gt;alert(1)&lt;/script&gt;" in html
    assert '<mark style="background:#cfe8ff">Sudanese army</mark>' in html
    assert "ann1" in w.header.value and "Sentence 1 of 3" in w.header.value


def test_every_decision_is_on_disk_at_once(setup):
    predicted, store, aid, _, span = setup
    w = AnnotationWidget(predicted, store, annotator="ann1")
    w.accept()  # the mention
    assert _records(store, "mentions")[-1]["decision"] == "accept"
    # correct the claim: it is "12 people", they died -> dead stays, qualifier exact
    w.choice.value = 1
    w.fields["surface"].value = "12 people"
    w.fields["counted"].value = "killed"
    w.correct()
    rec = _records(store, "claims")[-1]
    a, b = span("12 people")
    assert (rec["decision"], rec["char_start"], rec["char_end"], rec["surface"], rec["counted"]) == ("correct", a, b, "12 people", "killed")
    assert rec["item_id"] == f"claims:{aid}:{a}-{a + 2}"  # the id of the proposal it corrects
    assert rec["annotator"] == "ann1" and rec["sentence_id"] == 0
    # add a missed mention
    w.clear_form()
    w.form_task.value = "mentions"
    w.fields["surface"].value = "El-Fasher"
    w.fields["actor_id"].value = "EL_FASHER"
    w.fields["is_place"].value = True
    w.add()
    rec = _records(store, "mentions")[-1]
    assert (rec["decision"], rec["surface"], rec["is_place"]) == ("add", "El-Fasher", True)
    assert [it["status"] for it in w.items] == ["accept", "correct", "add"]
    gold = read_gold(store.path)
    assert gold.claims.select("surface", "counted").rows() == [("12 people", "killed")]
    assert gold.units.height == 0  # nothing finished yet


def test_form_errors_write_nothing(setup):
    predicted, store, *_ = setup
    w = AnnotationWidget(predicted, store, annotator="ann1")
    before = len(_records(store))
    w.choice.value = 1
    w.fields["surface"].value = "thirteen"
    w.correct()
    assert "is not in this sentence" in w.status.value
    w.fields["surface"].value = "12"
    w.fields["value"].value = "twelve"
    w.correct()
    assert "is not a number" in w.status.value
    assert len(_records(store)) == before


def test_keys_drive_the_same_actions(setup):
    predicted, store, aid, *_ = setup
    w = AnnotationWidget(predicted, store, annotator="ann1")
    w.keys.value = "r"  # reject the mention
    assert w.keys.value == ""
    w.keys.value = "A"  # accept the rest (the claim)
    assert [it["status"] for it in w.items] == ["reject", "accept"]
    w.keys.value = "n"
    assert w.unit == (aid, 1) and _records(store, "done")[-1]["sentence_id"] == 0
    w.keys.value = "p"
    assert w.unit == (aid, 0)
    w.keys.value = "?"
    assert "unknown key" in w.status.value
    assert set(KEYS.values()) <= {m for m in dir(w) if not m.startswith("_")}


def test_restart_resumes_and_a_second_annotator_shares_the_file(setup):
    predicted, store, aid, *_ = setup
    w = AnnotationWidget(predicted, store, annotator="ann1")
    w.accept_rest()
    w.done_next()
    w.accept()  # the quote in sentence 1
    # kernel restart: a new widget on the same file
    again = AnnotationWidget(predicted, AnnotationStore(store.path), annotator="ann1")
    assert again.unit == (aid, 1)
    assert [it["status"] for it in again.items] == ["accept"]
    again.previous()
    assert [it["status"] for it in again.items] == ["accept", "accept"]
    # a second annotator starts at the beginning, sees only her own decisions
    other = AnnotationWidget(predicted, store, annotator="ann2")
    assert other.unit == (aid, 0) and [it["status"] for it in other.items] == ["pending", "pending"]
    other.reject()
    other.done_next()
    gold = read_gold(store.path)
    assert gold.annotators == ["ann1", "ann2"]
    assert gold.units.rows() == [("ann1", aid, 0), ("ann2", aid, 0)]
    assert gold.items["mentions"].select("annotator", "decision").rows() == [("ann1", "accept"), ("ann2", "reject")]


def test_last_sentence_and_errors(setup, tmp_path):
    predicted, store, aid, *_ = setup
    w = AnnotationWidget(predicted, store, annotator="ann1")
    for _ in range(3):
        w.done_next()
    assert w.unit == (aid, 2) and "all 3 sentences" in w.status.value
    assert w.items == [] and w.selected is None
    w.accept()
    assert "no proposal selected" in w.status.value
    with pytest.raises(ValueError, match="no sample to annotate"):
        AnnotationWidget(predicted, AnnotationStore(tmp_path / "none.jsonl"), annotator="ann1")
    with pytest.raises(ValueError, match="annotator must be a non-empty id"):
        AnnotationWidget(predicted, store, annotator="")
    with pytest.raises(ValueError, match="invalid task='pairs'"):
        AnnotationWidget(predicted, store, annotator="a", tasks=("pairs",))
    with pytest.raises(ValueError, match="invalid action='save'"):
        w.act("save")


def test_helpers():
    assert render_sentence("a <b> c", 0, 7) == "<span>a &lt;b&gt; c</span>"
    assert locate("12 dead, 12 hurt", "12", 9, 16) == (9, 11)
    assert locate("12 dead, 12 hurt", "12", 0, 16, near=8) == (9, 11)
    assert locate("12 dead", "13", 0, 7) is None
    assert locate("12 dead", "", 0, 7) is None


def test_widget_leaves_a_snapshot_for_a_reader_without_kernel(setup, monkeypatch):
    """Displayed in a kernel: the widget, then a static snapshot that every step refreshes (escaped)."""
    import IPython.display

    from toolkit.explore import live

    predicted, store, *_ = setup
    calls: list = []

    class Handle:
        def update(self, obj, **kw):
            calls.append(("update", obj))

    monkeypatch.setattr(IPython.display, "display", lambda obj, **kw: calls.append(("display", obj, kw)) or (Handle() if kw.get("display_id") else None))
    monkeypatch.setattr(live, "in_kernel", lambda: True)
    w = annotation_widget(predicted, store, annotator="ann1")
    w._ipython_display_()
    assert calls[0][1] is w.widget
    first = calls[1][1]["text/html"]
    assert 'class="tk-snapshot"' in first and "Sentence 1 of 3" in first and "<script>alert" not in first
    w.act("done_next")
    assert calls[-1][0] == "update" and "Sentence 2 of 3" in calls[-1][1]["text/html"]
