"""The builder shared by the held-out gold sets: annotations (surface | label | P lines, claim and quote
tuples, in text order) -> offsets found on word boundaries -> one annotator's gold file.

Each set's ``build_gold.py`` keeps its own data (labels, the id map, types) and calls :class:`GoldBuilder`;
``tests/test_heldout.py`` checks that every set's stored ``gold.jsonl`` is rebuilt identically.
"""

from __future__ import annotations

import re
import unicodedata
from pathlib import Path
from typing import Any


def slug(label: str) -> str:
    s = unicodedata.normalize("NFKD", label).encode("ascii", "ignore").decode()
    return re.sub(r"[^a-z0-9]+", "-", s.lower()).strip("-")


def _find(text: str, surface: str, start: int, words: bool) -> int:
    if not words:
        i = text.find(surface, start)
    else:
        pat = (r"(?<![\w])" if surface[0].isalnum() else "") + re.escape(surface) + (r"(?![\w])" if surface[-1].isalnum() else "")
        m = re.compile(pat).search(text, start)
        i = m.start() if m else -1
    if i < 0:
        raise ValueError(f"{surface!r} not found after offset {start}")
    return i


class GoldBuilder:
    """One held-out set: its folder, annotator, labels (``actors``: label -> type), id map and annotations."""

    def __init__(
        self, here: Path, annotator: str, *, actors: dict[str, str], ids: dict[str, str], types: dict[str, str],
        state_ids: set[str], mentions: dict[str, str], claims: dict[str, list[Any]], quotes: dict[str, list[Any]],
    ) -> None:  # fmt: skip
        self.here, self.annotator = here, annotator
        self.actors, self.ids, self.types, self.state_ids = actors, ids, types, state_ids
        self.mentions, self.claims, self.quotes = mentions, claims, quotes

    def actor_id(self, label: str | None) -> str | None:
        """The toolkit-scheme id of an annotator's label (``new:<slug>`` when the dictionary lacks it)."""
        if label is None:
            return None
        return self.ids.get(label, "new:" + slug(label))

    def actor_type(self, label: str) -> str:
        aid = self.actor_id(label) or ""
        if aid in self.state_ids:
            return "state"
        return self.types.get(aid, self.actors[label])

    def tables(self) -> tuple[Any, Any, Any, Any]:
        import polars as pl

        from toolkit import read_articles

        loaded = read_articles(sorted((self.here / "articles").glob("*.txt")), progress=False)
        arts = loaded.articles.with_columns(pl.col("source").str.replace(r"^.*[/\\](articles[/\\])", "$1"))
        key = {Path(s).stem: (a, t) for a, s, t in arts.select("article_id", "source", "text").iter_rows()}
        actor_id, actor_type = self.actor_id, self.actor_type
        ments, claims, quotes = [], [], []
        for name, (aid, text) in key.items():
            pos = 0
            for line in self.mentions[name].strip().splitlines():
                parts = [p.strip() for p in line.split("|")]
                surface, label = parts[0], parts[1]
                place = len(parts) > 2 and parts[2] == "P"
                i = _find(text, surface, pos, True)
                pos = i + len(surface)
                ments.append({"article_id": aid, "char_start": i, "char_end": pos, "surface": surface, "actor_id": actor_id(label),
                              "actor_label": label, "actor_type": actor_type(label), "is_place": place})  # fmt: skip
            pos = 0
            for surface, value, qual, counted, src, src_label in self.claims[name]:
                i = _find(text, surface, pos, True)
                pos = i + len(surface)
                claims.append({"article_id": aid, "char_start": i, "char_end": pos, "surface": surface,
                               "value": None if value is None else float(value), "qualifier": qual, "counted": counted,
                               "vague": value is None, "source_surface": src, "source_label": src_label,
                               "source_actor_id": actor_id(src_label)})  # fmt: skip
            pos = 0
            for quote, kind, speaker, sp_label in self.quotes[name]:
                i = _find(text, quote, pos, False)
                pos = i + len(quote)
                quotes.append({"article_id": aid, "char_start": i, "char_end": pos, "quote": quote, "kind": kind,
                               "speaker_surface": speaker, "speaker_label": sp_label,
                               "speaker_actor_id": actor_id(sp_label)})  # fmt: skip
        return arts, pl.DataFrame(ments), pl.DataFrame(claims), pl.DataFrame(quotes)

    def build(self, path: Path) -> Path:
        from toolkit.validate import write_gold

        arts, ments, claims, quotes = self.tables()
        return write_gold(path, arts, annotator=self.annotator, mentions=ments, claims=claims, quotes=quotes)


class PlaceIdBuilder(GoldBuilder):
    """The shared builder, plus each place mention's GeoNames id as ``place_id``: ``place_geonames`` maps
    (article number, surface) to the id (``None``: the annotator's gazetteer lacked the place). Every place mention
    must have a key and every key a place mention: the build stops otherwise."""

    def __init__(self, *args: Any, place_geonames: dict[tuple[int, str], int | None], **kwargs: Any) -> None:
        super().__init__(*args, **kwargs)
        self.place_geonames = place_geonames

    def tables(self) -> tuple[Any, Any, Any, Any]:
        import polars as pl

        arts, ments, claims, quotes = super().tables()
        number = {a: int(Path(s).stem.split("_", 1)[0]) for a, s in arts.select("article_id", "source").iter_rows()}
        ids: list[int | None] = []
        used: set[tuple[int, str]] = set()
        for aid, surface, is_place in ments.select("article_id", "surface", "is_place").iter_rows():
            key = (number[aid], surface)
            if not is_place:
                ids.append(None)
                continue
            if key not in self.place_geonames:
                raise ValueError(f"place mention {key} has no entry in PLACE_GEONAMES")
            used.add(key)
            ids.append(self.place_geonames[key])
        unused = sorted(set(self.place_geonames) - used)
        if unused:
            raise ValueError(f"PLACE_GEONAMES entries without a place mention: {unused[:5]}")
        return arts, ments.with_columns(pl.Series("place_id", ids, dtype=pl.Int64)), claims, quotes


_BUILD_HALF = (
    "import sys; from pathlib import Path; sys.path.insert(0, sys.argv[1]); import build_gold; "
    "build_gold.build(Path(sys.argv[2]))"
)


def build_halves(folder: Path, path: Path, halves: tuple[str, ...] = ("a", "b")) -> Path:
    """Write to ``path`` the records of a set annotated in halves: each half's own ``build_gold.build`` run in a
    process of its own (the halves name their annotations modules alike) into a temporary folder, the halves'
    records concatenated in the order of ``halves``."""
    import subprocess
    import sys
    import tempfile

    parts = []
    with tempfile.TemporaryDirectory() as tmp:
        for half in halves:
            out = Path(tmp) / f"{half}.jsonl"
            cmd = [sys.executable, "-c", _BUILD_HALF, str(folder / half), str(out)]
            subprocess.run(cmd, check=True, stdout=subprocess.DEVNULL)
            parts.append(out.read_text(encoding="utf-8"))
    path.write_text("".join(parts), encoding="utf-8")
    return path
