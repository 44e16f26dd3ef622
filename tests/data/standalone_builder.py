"""The builder of the gold sets annotated with set 6's standalone template (standard library only): set 6, development
set F, held-out set 11 and the second annotations of sets 8 and 9.

Each set's ``build_gold.py`` keeps its own data (annotator id, the label -> id map ``IDS``, type overrides ``TYPES``,
and its annotations module: ``ACTORS``, ``MENTIONS``, ``CLAIMS``, ``QUOTES``, ``PLACE_GEONAMES``) and calls
:class:`StandaloneBuilder`. Offsets are found with ``str.find``-style search (each item at its first occurrence after
the previous item of its task, on word boundaries for mentions and claims, inside its ``ctx`` when it has one) and
checked (every surface at its offsets, every label known, every place mention with a ``PLACE_GEONAMES`` entry and
every entry used, vocabularies); the records are heldout5's layout; ``article_id`` is the toolkit's stable id (the
first 16 hex digits of the SHA-1 of text, title, outlet and published joined by U+001F). The sets' ``gold.jsonl``
files are rebuilt identically by it (``tests/test_heldout.py``, ``tests/test_agreement_sets.py``).
"""

from __future__ import annotations

import hashlib
import json
import re
import unicodedata
from pathlib import Path
from typing import Any

# Vocabularies of the tables (docs/annotation_format.md: "use the vocabularies of the tables").
TYPES_VOCAB = {"person", "state", "organization", "armed_group", "group", "location", "other"}
QUALIFIERS = {"exact", "about", "at_least", "more_than", "nearly", "up_to", "fewer_than"}
COUNTED = {"killed", "dead", "injured", "hostages", "prisoners", "arrested", "displaced", "population", "aid", "money",
           "percent", "duration", "ordinal", "score", "other"}
KINDS = {"direct", "partial", "term"}
META = {"title", "outlet", "published", "url", "licence", "source_repo", "language"}

def slug(name: str) -> str:
    """ASCII-fold, lower-case, keep letters, digits, spaces and hyphens, spaces to hyphens (heldout5's slugs)."""
    s = unicodedata.normalize("NFKD", name).encode("ascii", "ignore").decode("ascii").lower()
    s = re.sub(r"[^a-z0-9\s-]", "", s)
    return re.sub(r"-+", "-", re.sub(r"\s+", "-", s.strip())).strip("-")


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


def C(surface: str, value: float | None, qualifier: str, counted: str, source: str | None = None,
      source_label: str | None = None, *, unit: str | None = None, low: float | None = None,
      high: float | None = None, ctx: str | None = None) -> dict[str, Any]:
    """One claim of an annotations module (``CLAIMS[name]``), as the builder reads it."""
    return {"surface": surface, "value": value, "qualifier": qualifier, "counted": counted, "source": source,
            "source_label": source_label, "unit": unit, "low": low, "high": high, "ctx": ctx}


def Q(quote: str, kind: str, speaker: str | None = None, speaker_label: str | None = None, cue: str | None = None, *,
      ctx: str | None = None) -> dict[str, Any]:
    """One quote of an annotations module (``QUOTES[name]``), as the builder reads it."""
    return {"quote": quote, "kind": kind, "speaker": speaker, "speaker_label": speaker_label, "cue": cue, "ctx": ctx}


class StandaloneBuilder:
    """One set (or half): its folder (``articles/`` inside), annotator id, label -> id map, type overrides and
    annotations."""

    def __init__(
        self, here: Path, annotator: str, *, ids: dict[str, str], types: dict[str, str], actors: dict[str, str],
        mentions: dict[str, str], claims: dict[str, list[Any]], quotes: dict[str, list[Any]],
        place_geonames: dict[tuple[int, str], int | None],
    ) -> None:  # fmt: skip
        self.here, self.annotator, self.ids, self.types, self.actors = here, annotator, ids, types, actors
        self.mentions, self.claims, self.quotes, self.place_geonames = mentions, claims, quotes, place_geonames
        self.state_ids = {self.actor_id(label) for label, kind in actors.items() if kind == "state"}

    def actor_id(self, label: str) -> str:
            return self.ids.get(label) or "new:" + slug(label)


    def actor_type(self, label: str) -> str:
            if label in self.types:
                return self.types[label]
            return "state" if self.actor_id(label) in self.state_ids else self.actors[label]

    def tables(self) -> tuple[list[dict[str, Any]], list[dict[str, Any]], list[dict[str, Any]], list[dict[str, Any]]]:
        """Articles, mentions, claims and quotes as lists of gold records (in heldout5's field order)."""
        errors: list[str] = []
        arts, ments, claims, quotes = [], [], [], []
        paths = sorted((self.here / "articles").glob("*.txt"))
        names = [p.stem for p in paths]
        for task, table in (("MENTIONS", self.mentions), ("CLAIMS", self.claims), ("QUOTES", self.quotes)):
            for extra in sorted(set(table) - set(names)):
                errors.append(f"{task}[{extra!r}] has no article")
            for missing in sorted(set(names) - set(table)):
                errors.append(f"{task} lacks article {missing!r}")
        for label, kind in self.actors.items():
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
            for surface, label, is_place, ctx in _mention_lines(self.mentions.get(name, "")):
                if label not in self.actors:
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
                rec = {"record": "mentions", "annotator": self.annotator, "decision": "add",
                       "item_id": f"mentions:{aid}:{i}-{j}", "article_id": aid, "sentence_id": None, "paragraph_id": None,
                       "char_start": i, "char_end": j, "surface": surface, "actor_id": self.actor_id(label),
                       "actor_label": label, "actor_type": self.actor_type(label), "is_place": is_place, "rule": None,
                       "affiliation": None, "role": None, "title": None, "dictionary": None}
                if is_place:
                    key = (num, surface)
                    if key not in self.place_geonames:
                        errors.append(f"{name}: place {surface!r} has no PLACE_GEONAMES entry")
                    places_used.add(key)
                    if self.place_geonames.get(key) is not None:
                        rec["place_id"] = int(self.place_geonames[key])
                ments.append(rec)

            pos = 0
            for c in self.claims.get(name, []):
                surface = c["surface"]
                if c["qualifier"] not in QUALIFIERS:
                    errors.append(f"{name} claim {surface!r}: qualifier {c['qualifier']!r}")
                if c["counted"] not in COUNTED:
                    errors.append(f"{name} claim {surface!r}: counted {c['counted']!r}")
                if c["value"] is None and c["qualifier"] != "about":
                    errors.append(f"{name} claim {surface!r}: null value needs qualifier 'about'")
                if c["source_label"] is not None and c["source_label"] not in self.actors:
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
                    "record": "claims", "annotator": self.annotator, "decision": "add", "item_id": f"claims:{aid}:{i}-{j}",
                    "article_id": aid, "sentence_id": None, "char_start": i, "char_end": j, "surface": surface,
                    "value": _float(c["value"]), "value_low": _float(c["low"]), "value_high": _float(c["high"]),
                    "qualifier": c["qualifier"], "counted": c["counted"], "unit": c["unit"], "what": None,
                    "vague": c["value"] is None, "source_actor_id": self.actor_id(lab) if lab else None, "source_label": lab,
                    "source_surface": c["source"], "source_char_start": None, "source_char_end": None, "place": None,
                    "place_surface": None, "counted_rule": None, "dictionary": None})

            pos = 0
            for q in self.quotes.get(name, []):
                quote = q["quote"]
                if q["kind"] not in KINDS:
                    errors.append(f"{name} quote {quote[:30]!r}: kind {q['kind']!r}")
                if q["kind"] == "term" and (q["speaker"] or q["speaker_label"]):
                    errors.append(f"{name} quote {quote[:30]!r}: a term has no speaker")
                if q["speaker_label"] is not None and q["speaker_label"] not in self.actors:
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
                    "record": "quotes", "annotator": self.annotator, "decision": "add", "item_id": f"quotes:{aid}:{i}-{j}",
                    "article_id": aid, "sentence_id": None, "char_start": i, "char_end": j, "quote": quote,
                    "kind": q["kind"], "cue": q["cue"], "speaker_surface": q["speaker"],
                    "speaker_actor_id": self.actor_id(lab) if lab else None, "speaker_label": lab, "paragraph_id": None,
                    "n_words": None, "cue_surface": None, "speaker_char_start": None, "speaker_char_end": None,
                    "speaker_name": None, "attribution": None, "continued": None, "dictionary": None})

        for key in sorted(set(self.place_geonames) - places_used):
            errors.append(f"PLACE_GEONAMES{key} is not a place mention")
        if errors:
            raise ValueError("gold build failed:\n" + "\n".join(errors))
        return arts, ments, claims, quotes

    def build(self, path: Path | None = None) -> Path:
        path = self.here / "gold.jsonl" if path is None else path
        arts, ments, claims, quotes = self.tables()
        records = [*arts, *ments, *claims, *quotes]
        records += [{"record": "done", "annotator": self.annotator, "article_id": a["article_id"], "sentence_id": None}
                    for a in arts]
        with path.open("w", encoding="utf-8") as f:
            for rec in records:
                f.write(json.dumps(rec, ensure_ascii=False) + "\n")
        return path
