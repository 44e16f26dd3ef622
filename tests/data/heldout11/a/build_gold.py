"""Rebuild ``gold.jsonl`` from held-out set 11 (half a): seven real English Wikinews articles in ``articles/``
and the hand annotations in ``annotations.py``.

Run: ``python3 build_gold.py`` (from any folder; standard library only). Adapted from heldout6's builder
(``/work/agree/shared/conventions/build_gold.py``): the same search, checks, record layout and ``article_id``
(first 16 hex digits of SHA-1 of text, title, outlet and published joined by U+001F; the text is the ``.txt``
file without its final newline). Only the import, the annotator id and the actor-id table differ.

Actor ids: states by ISO3; government bodies without an entry of their own by their state; ``new:<slug of
the label>`` for everything else. After the annotations were frozen, the dictionary files in
``/work/agree/shared/dictionary`` were read to map labels that have an entry to that entry's id (see IDS).
"""

from __future__ import annotations

import hashlib
import json
import re
import sys
import unicodedata
from pathlib import Path
from typing import Any

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE))

from annotations import ACTORS, CLAIMS, MENTIONS, PLACE_GEONAMES, QUOTES  # noqa: E402

ANNOTATOR = "heldout11"

# Vocabularies of the tables (docs/annotation_format.md: "use the vocabularies of the tables").
TYPES_VOCAB = {"person", "state", "organization", "armed_group", "group", "location", "other"}
QUALIFIERS = {"exact", "about", "at_least", "more_than", "nearly", "up_to", "fewer_than"}
COUNTED = {"killed", "dead", "injured", "hostages", "prisoners", "arrested", "displaced", "population", "aid", "money",
           "percent", "duration", "ordinal", "score", "other"}
KINDS = {"direct", "partial", "term"}
META = {"title", "outlet", "published", "url", "licence", "source_repo", "language"}

# label -> actor id (labels not listed get new:<slug of the label>; the label is the full name the text gives first)
IDS: dict[str, str] = {
    # states
    "United States": "USA", "Australia": "AUS", "Switzerland": "CHE", "United Kingdom": "GBR", "France": "FRA",
    "Canada": "CAN", "Brazil": "BRA", "China": "CHN", "Italy": "ITA",
    # government bodies, courts, police -> their state (before the dictionary look-up)
    "Los Angeles Sheriff's office": "USA", "US National Science Foundation": "USA",
    "US National Park Service": "USA", "Irving Police Department": "USA",
    "Italian Supreme Court of Cassation": "ITA", "Italian government": "ITA",
    # ids earlier sets use for the same entity
    "Barack Obama": "barack-obama", "Toronto": "TORONTO",
    # entries of the dictionary (/work/agree/shared/dictionary), read after the annotations were frozen
    "U.S. Department of Agriculture": "USDA", "U.S. Environmental Protection Agency": "EPA_USA",
    "Microsoft": "MICROSOFT", "United Nations": "UN", "NASA": "NASA", "New York": "NEW_YORK",
    "White House": "WHITE_HOUSE",
}  # fmt: skip

TYPES: dict[str, str] = {}  # label -> type where it differs from ACTORS (none)


def slug(name: str) -> str:
    """ASCII-fold, lower-case, keep letters, digits, spaces and hyphens, spaces to hyphens (heldout5's slugs)."""
    s = unicodedata.normalize("NFKD", name).encode("ascii", "ignore").decode("ascii").lower()
    s = re.sub(r"[^a-z0-9\s-]", "", s)
    return re.sub(r"-+", "-", re.sub(r"\s+", "-", s.strip())).strip("-")


def actor_id(label: str) -> str:
    return IDS.get(label) or "new:" + slug(label)


STATE_IDS = {actor_id(label) for label, kind in ACTORS.items() if kind == "state"}


def actor_type(label: str) -> str:
    if label in TYPES:
        return TYPES[label]
    return "state" if actor_id(label) in STATE_IDS else ACTORS[label]


def article_id(text: str, title: str, outlet: str, published: str) -> str:
    return hashlib.sha1("\x1f".join([text, title, outlet, published]).encode("utf-8")).hexdigest()[:16]


def _word_pattern(surface: str) -> re.Pattern[str]:
    return re.compile((r"(?<![\w])" if surface[0].isalnum() else "") + re.escape(surface)
                      + (r"(?![\w])" if surface[-1].isalnum() else ""))


def find(text: str, surface: str, start: int, words: bool, ctx: str | None = None) -> int:
    """First occurrence of ``surface`` at or after ``start`` (on word boundaries if ``words``); with ``ctx``, the
    first occurrence of ``ctx`` (plain) at or after ``start`` is found first and ``surface`` inside it."""
    lo, hi = start, len(text)
    if ctx is not None:
        if surface not in ctx:
            raise ValueError(f"{surface!r} is not inside its context {ctx!r}")
        lo = text.find(ctx, start)
        if lo < 0:
            raise ValueError(f"context {ctx!r} not found after offset {start}")
        hi = lo + len(ctx)
    if words:
        m = _word_pattern(surface).search(text, lo, hi)
        i = m.start() if m else -1
    else:
        i = text.find(surface, lo, hi)
    if i < 0:
        raise ValueError(f"{surface!r} not found after offset {start}" + (f" in context {ctx!r}" if ctx else ""))
    return i


def _mention_lines(block: str) -> list[tuple[str, str, bool, str | None]]:
    out = []
    for line in block.strip().splitlines():
        parts = [p.strip() for p in line.split("|")]
        if len(parts) < 2 or len(parts) > 4:
            raise ValueError(f"bad mention line {line!r}")
        surface, label = parts[0], parts[1]
        flag = parts[2] if len(parts) > 2 else ""
        ctx = None
        if len(parts) == 4:
            if not parts[3].startswith("ctx="):
                raise ValueError(f"bad mention line {line!r}")
            ctx = parts[3][4:]
        if flag not in ("", "P"):
            raise ValueError(f"bad flag in mention line {line!r}")
        out.append((surface, label, flag == "P", ctx))
    return out


def _float(v: float | None) -> float | None:
    return None if v is None else float(v)


def tables() -> tuple[list[dict[str, Any]], list[dict[str, Any]], list[dict[str, Any]], list[dict[str, Any]]]:
    """Articles, mentions, claims and quotes as lists of gold records (in heldout5's field order)."""
    errors: list[str] = []
    arts, ments, claims, quotes = [], [], [], []
    paths = sorted((HERE / "articles").glob("*.txt"))
    names = [p.stem for p in paths]
    for task, table in (("MENTIONS", MENTIONS), ("CLAIMS", CLAIMS), ("QUOTES", QUOTES)):
        for extra in sorted(set(table) - set(names)):
            errors.append(f"{task}[{extra!r}] has no article")
        for missing in sorted(set(names) - set(table)):
            errors.append(f"{task} lacks article {missing!r}")
    for label, kind in ACTORS.items():
        if kind not in TYPES_VOCAB:
            errors.append(f"ACTORS[{label!r}] = {kind!r}: unknown type")
    places_used: set[tuple[int, str]] = set()
    for path in paths:
        name, num = path.stem, int(path.stem[:2])
        text = path.read_text(encoding="utf-8").rstrip("\n")
        meta = json.loads(path.with_suffix(".json").read_text(encoding="utf-8"))
        if not META <= set(meta):
            errors.append(f"{name}.json lacks {sorted(META - set(meta))}")
        if text.splitlines()[0] != meta["title"]:
            errors.append(f"{name}: first line is not the title")
        aid = article_id(text, meta["title"], meta["outlet"], meta["published"])
        arts.append({"record": "article", "article_id": aid, "source": f"articles/{path.name}", "title": meta["title"],
                     "outlet": meta["outlet"], "published": meta["published"], "url": meta["url"], "byline": None,
                     "language": meta["language"], "dateline": None, "signoff": None, "text": text})

        pos = 0
        for surface, label, is_place, ctx in _mention_lines(MENTIONS.get(name, "")):
            if label not in ACTORS:
                errors.append(f"{name}: label {label!r} not in ACTORS")
                continue
            try:
                i = find(text, surface, pos, True, ctx)
            except ValueError as e:
                errors.append(f"{name} mention: {e}")
                continue
            j = i + len(surface)
            pos = j
            assert text[i:j] == surface
            rec = {"record": "mentions", "annotator": ANNOTATOR, "decision": "add",
                   "item_id": f"mentions:{aid}:{i}-{j}", "article_id": aid, "sentence_id": None, "paragraph_id": None,
                   "char_start": i, "char_end": j, "surface": surface, "actor_id": actor_id(label),
                   "actor_label": label, "actor_type": actor_type(label), "is_place": is_place, "rule": None,
                   "affiliation": None, "role": None, "title": None, "dictionary": None}
            if is_place:
                key = (num, surface)
                if key not in PLACE_GEONAMES:
                    errors.append(f"{name}: place {surface!r} has no PLACE_GEONAMES entry")
                places_used.add(key)
                if PLACE_GEONAMES.get(key) is not None:
                    rec["place_id"] = int(PLACE_GEONAMES[key])
            ments.append(rec)

        pos = 0
        for c in CLAIMS.get(name, []):
            surface = c["surface"]
            if c["qualifier"] not in QUALIFIERS:
                errors.append(f"{name} claim {surface!r}: qualifier {c['qualifier']!r}")
            if c["counted"] not in COUNTED:
                errors.append(f"{name} claim {surface!r}: counted {c['counted']!r}")
            if c["value"] is None and c["qualifier"] != "about":
                errors.append(f"{name} claim {surface!r}: null value needs qualifier 'about'")
            if c["source_label"] is not None and c["source_label"] not in ACTORS:
                errors.append(f"{name} claim {surface!r}: source label {c['source_label']!r} not in ACTORS")
            if c["source"] is not None and c["source"] not in text:
                errors.append(f"{name} claim {surface!r}: source words {c['source']!r} not in text")
            try:
                i = find(text, surface, pos, True, c["ctx"])
            except ValueError as e:
                errors.append(f"{name} claim: {e}")
                continue
            j = i + len(surface)
            pos = j
            assert text[i:j] == surface
            lab = c["source_label"]
            claims.append({
                "record": "claims", "annotator": ANNOTATOR, "decision": "add", "item_id": f"claims:{aid}:{i}-{j}",
                "article_id": aid, "sentence_id": None, "char_start": i, "char_end": j, "surface": surface,
                "value": _float(c["value"]), "value_low": _float(c["low"]), "value_high": _float(c["high"]),
                "qualifier": c["qualifier"], "counted": c["counted"], "unit": c["unit"], "what": None,
                "vague": c["value"] is None, "source_actor_id": actor_id(lab) if lab else None, "source_label": lab,
                "source_surface": c["source"], "source_char_start": None, "source_char_end": None, "place": None,
                "place_surface": None, "counted_rule": None, "dictionary": None})

        pos = 0
        for q in QUOTES.get(name, []):
            quote = q["quote"]
            if q["kind"] not in KINDS:
                errors.append(f"{name} quote {quote[:30]!r}: kind {q['kind']!r}")
            if q["kind"] == "term" and (q["speaker"] or q["speaker_label"]):
                errors.append(f"{name} quote {quote[:30]!r}: a term has no speaker")
            if q["speaker_label"] is not None and q["speaker_label"] not in ACTORS:
                errors.append(f"{name} quote {quote[:30]!r}: speaker label {q['speaker_label']!r} not in ACTORS")
            if q["speaker"] is not None and q["speaker"] not in text:
                errors.append(f"{name} quote {quote[:30]!r}: speaker words {q['speaker']!r} not in text")
            try:
                i = find(text, quote, pos, False, q["ctx"])
            except ValueError as e:
                errors.append(f"{name} quote: {e}")
                continue
            j = i + len(quote)
            pos = j
            assert text[i:j] == quote
            lab = q["speaker_label"]
            quotes.append({
                "record": "quotes", "annotator": ANNOTATOR, "decision": "add", "item_id": f"quotes:{aid}:{i}-{j}",
                "article_id": aid, "sentence_id": None, "char_start": i, "char_end": j, "quote": quote,
                "kind": q["kind"], "cue": q["cue"], "speaker_surface": q["speaker"],
                "speaker_actor_id": actor_id(lab) if lab else None, "speaker_label": lab, "paragraph_id": None,
                "n_words": None, "cue_surface": None, "speaker_char_start": None, "speaker_char_end": None,
                "speaker_name": None, "attribution": None, "continued": None, "dictionary": None})

    for key in sorted(set(PLACE_GEONAMES) - places_used):
        errors.append(f"PLACE_GEONAMES{key} is not a place mention")
    if errors:
        raise ValueError("gold build failed:\n" + "\n".join(errors))
    return arts, ments, claims, quotes


def build(path: Path = HERE / "gold.jsonl") -> Path:
    arts, ments, claims, quotes = tables()
    records = [*arts, *ments, *claims, *quotes]
    records += [{"record": "done", "annotator": ANNOTATOR, "article_id": a["article_id"], "sentence_id": None}
                for a in arts]
    with path.open("w", encoding="utf-8") as f:
        for rec in records:
            f.write(json.dumps(rec, ensure_ascii=False) + "\n")
    return path


if __name__ == "__main__":
    print(build())
