"""Rebuild ``gold.jsonl`` from the invented articles in ``articles/`` (run: python tests/data/gold/build_gold.py).

Two annotators: ``ann1`` annotates every sentence of the three articles; ``ann2`` deliberately disagrees
(drops a claim after first accepting it, a different category, a shorter span, another speaker, Moscow
as a place, a missed mention) and leaves the Ukraine quote sentence unfinished. The offsets are found
here from the surfaces, so the file stays consistent with the texts. Actor ids follow the packaged
dictionary where it has the actor (as an annotator pre-filled by the widget would), invented otherwise.
"""

from __future__ import annotations

from pathlib import Path
from typing import Any

HERE = Path(__file__).resolve().parent

M = "mentions"
C = "claims"
Q = "quotes"

# (task, article, surface, occurrence, attributes)
ANN1: list[tuple[str, str, str, int, dict[str, Any]]] = [
    (M, "gaza", "Israeli", 1, {"actor_id": "ISR", "actor_label": "Israel", "actor_type": "state", "is_place": False}),
    (M, "gaza", "Rafah", 1, {"actor_id": "RAFAH", "actor_label": "Rafah", "actor_type": "location", "is_place": True}),
    (M, "gaza", "health ministry", 1, {"actor_id": "GAZA_MOH", "actor_label": "Gaza health ministry", "actor_type": "organization", "is_place": False}),
    (M, "gaza", "Hamas", 1, {"actor_id": "HAMAS", "actor_label": "Hamas", "actor_type": "armed_group", "is_place": False}),
    (M, "gaza", "Gaza", 1, {"actor_id": "GAZA", "actor_label": "Gaza", "actor_type": "location", "is_place": True}),
    (M, "gaza", "Umm Ahmad al-Najjār", 1, {"actor_id": "new:umm-ahmad-al-najjar", "actor_label": "Umm Ahmad al-Najjār", "actor_type": "person", "is_place": False}),
    (M, "gaza", "Khan Yunis", 1, {"actor_id": "KHAN_YUNIS", "actor_label": "Khan Yunis", "actor_type": "location", "is_place": True}),
    (M, "gaza", "United Nations", 1, {"actor_id": "UN", "actor_label": "United Nations", "actor_type": "organization", "is_place": False}),
    (M, "gaza", "Israeli army", 1, {"actor_id": "ISR_MIL", "actor_label": "Israeli army", "actor_type": "armed_group", "is_place": False}),
    (M, "gaza", "Daniel Hagari", 1, {"actor_id": "daniel-hagari", "actor_label": "Daniel Hagari", "actor_type": "person", "is_place": False}),
    (C, "gaza", "at least 27", 1, {"value": 27.0, "qualifier": "at_least", "counted": "killed", "unit": "people", "source_actor_id": "GAZA_MOH", "source_label": "Gaza health ministry", "source_surface": "the health ministry"}),
    (C, "gaza", "five", 1, {"value": 5.0, "qualifier": "exact", "counted": "other", "unit": "people", "what": "children"}),
    (C, "gaza", "about 1.7 million", 1, {"value": 1_700_000.0, "qualifier": "about", "counted": "displaced", "unit": "people", "source_actor_id": "UN", "source_label": "United Nations", "source_surface": "The United Nations"}),
    (C, "gaza", "more than 40", 1, {"value": 40.0, "qualifier": "more_than", "counted": "killed", "unit": "people", "source_actor_id": "ISR_MIL", "source_label": "Israeli army", "source_surface": "Israeli army spokesman Daniel Hagari"}),
    (Q, "gaza", "We have nowhere left to go,", 1, {"kind": "direct", "cue": "said", "speaker_surface": "Umm Ahmad al-Najjār", "speaker_actor_id": "new:umm-ahmad-al-najjar", "speaker_label": "Umm Ahmad al-Najjār"}),
    (Q, "gaza", "eliminated", 1, {"kind": "partial", "cue": "said", "speaker_surface": "Daniel Hagari", "speaker_actor_id": "daniel-hagari", "speaker_label": "Daniel Hagari"}),
    (M, "sudan", "Sudanese army", 1, {"actor_id": "SDN_SAF", "actor_label": "Sudanese army", "actor_type": "armed_group", "is_place": False}),
    (M, "sudan", "Rapid Support Forces", 1, {"actor_id": "RSF", "actor_label": "Rapid Support Forces", "actor_type": "armed_group", "is_place": False}),
    (M, "sudan", "UN", 1, {"actor_id": "UN", "actor_label": "United Nations", "actor_type": "organization", "is_place": False}),
    (M, "sudan", "RSF", 1, {"actor_id": "RSF", "actor_label": "Rapid Support Forces", "actor_type": "armed_group", "is_place": False}),
    (M, "sudan", "Mohamed Hamdan Dagalo", 1, {"actor_id": "mohamed-hamdan-daglo", "actor_label": "Mohamed Hamdan Dagalo", "actor_type": "person", "is_place": False}),
    (C, "sudan", "nearly 15,000", 1, {"value": 15000.0, "qualifier": "nearly", "counted": "killed", "unit": "people", "source_actor_id": "UN", "source_label": "United Nations", "source_surface": "the UN"}),
    (C, "sudan", "25 million", 1, {"value": 25_000_000.0, "qualifier": "exact", "counted": "aid", "unit": "people", "source_surface": "Aid groups"}),
    (Q, "sudan", "ready for a ceasefire", 1, {"kind": "partial", "cue": "told", "speaker_surface": "Mohamed Hamdan Dagalo", "speaker_actor_id": "mohamed-hamdan-daglo", "speaker_label": "Mohamed Hamdan Dagalo"}),
    (M, "ukraine", "Ukrainian", 1, {"actor_id": "UKR", "actor_label": "Ukraine", "actor_type": "state", "is_place": False}),
    (M, "ukraine", "Volodymyr Zelensky", 1, {"actor_id": "volodymyr-zelensky", "actor_label": "Volodymyr Zelensky", "actor_type": "person", "is_place": False}),
    (M, "ukraine", "Russian", 1, {"actor_id": "RUS", "actor_label": "Russia", "actor_type": "state", "is_place": False}),
    (M, "ukraine", "Kharkiv", 1, {"actor_id": "KHARKIV", "actor_label": "Kharkiv", "actor_type": "location", "is_place": True}),
    (M, "ukraine", "Russia", 2, {"actor_id": "RUS", "actor_label": "Russia", "actor_type": "state", "is_place": False}),
    (M, "ukraine", "Zelensky", 2, {"actor_id": "volodymyr-zelensky", "actor_label": "Volodymyr Zelensky", "actor_type": "person", "is_place": False}),
    (M, "ukraine", "Moscow", 1, {"actor_id": "RUS", "actor_label": "Russia", "actor_type": "state", "is_place": False}),
    (M, "ukraine", "Ukrainian", 2, {"actor_id": "UKR", "actor_label": "Ukraine", "actor_type": "state", "is_place": False}),
    (M, "ukraine", "Belgorod", 1, {"actor_id": "BELGOROD", "actor_label": "Belgorod", "actor_type": "location", "is_place": True}),
    (C, "ukraine", "12", 1, {"value": 12.0, "qualifier": "exact", "counted": "injured", "unit": "people", "source_actor_id": "volodymyr-zelensky", "source_label": "Volodymyr Zelensky", "source_surface": "Ukrainian President Volodymyr Zelensky"}),
    (C, "ukraine", "36", 1, {"value": 36.0, "qualifier": "exact", "counted": "other", "unit": "drones", "source_actor_id": "RUS", "source_label": "Russia", "source_surface": "Moscow"}),
    (Q, "ukraine", "Russia wants to break our energy system,", 1, {"kind": "direct", "cue": "said", "speaker_surface": "Zelensky", "speaker_actor_id": "volodymyr-zelensky", "speaker_label": "Volodymyr Zelensky"}),
]

_ANN2_CHANGES: dict[tuple[str, str, str, int], dict[str, Any] | None] = {
    # None: ann2 leaves the item out
    (M, "ukraine", "Ukrainian", 2): None,
    (M, "ukraine", "Moscow", 1): {"actor_id": "MOSCOW", "actor_label": "Moscow", "actor_type": "location", "is_place": True},
    (M, "ukraine", "Belgorod", 1): None,
    (C, "sudan", "25 million", 1): {"counted": "population"},
    (Q, "gaza", "eliminated", 1): {"speaker_surface": "Israeli army", "speaker_actor_id": "ISR_MIL", "speaker_label": "Israeli army"},
}


def _ann2() -> list[tuple[str, str, str, int, dict[str, Any]]]:
    out = []
    for task, art, surface, nth, attrs in ANN1:
        key = (task, art, surface, nth)
        if key in _ANN2_CHANGES:
            change = _ANN2_CHANGES[key]
            if change is None:
                continue
            attrs = {**attrs, **change}
        if key == (C, "gaza", "more than 40", 1):
            surface = "40"  # a shorter span: matches ann1 only by overlap
        out.append((task, art, surface, nth, attrs))
    return out


def build(path: Path = HERE / "gold.jsonl") -> Path:
    import polars as pl

    from toolkit import read_articles, split_sentences
    from toolkit.validate import TEXT_COLUMN, AnnotationStore, sample_units

    loaded = read_articles(sorted((HERE / "articles").glob("*.txt")))
    arts = loaded.articles.with_columns(pl.col("source").str.replace(r"^.*[/\\](articles[/\\])", "$1"))
    key = {Path(s).stem.split("_")[0]: a for a, s in arts.select("article_id", "source").iter_rows()}
    assert len(key) == 3, key
    texts = dict(arts.select("article_id", "text").iter_rows())
    sents = split_sentences(arts)
    if path.exists():
        path.unlink()
    store = AnnotationStore(path)
    store.add_sample(sample_units(sents, n=3, unit="article", seed=7, articles=arts, stratify="outlet"), arts)

    def row(task: str, art: str, surface: str, nth: int, attrs: dict[str, Any]) -> dict[str, Any]:
        aid = key[art]
        text = texts[aid]
        start = -1
        for _ in range(nth):
            start = text.index(surface, start + 1)
        return {"article_id": aid, "char_start": start, "char_end": start + len(surface), TEXT_COLUMN[task]: surface, **attrs}

    for item in ANN1:
        store.decide(annotator="ann1", task=item[0], decision="add", row=row(*item))
    for aid in texts:
        store.mark_done(annotator="ann1", article_id=aid, sentence_id=None)
    five = row(C, "gaza", "five", 1, {"value": 5.0, "qualifier": "exact", "counted": "other"})
    store.decide(annotator="ann2", task=C, decision="accept", row=five)
    for item in _ann2():
        if item[:2] != (C, "gaza") or item[2] != "five":
            store.decide(annotator="ann2", task=item[0], decision="add", row=row(*item))
    store.decide(annotator="ann2", task=C, decision="reject", row=five)  # changed her mind: last decision wins
    for aid in (key["gaza"], key["sudan"]):
        store.mark_done(annotator="ann2", article_id=aid, sentence_id=None)
    for sid in (0, 2):  # the Ukraine quote sentence (1) is left unfinished
        store.mark_done(annotator="ann2", article_id=key["ukraine"], sentence_id=sid)
    return path


if __name__ == "__main__":
    print(build())
