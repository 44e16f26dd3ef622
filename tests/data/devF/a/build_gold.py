"""Rebuild ``gold.jsonl`` of set devF, half a (annotator ``devF``), from ``articles/`` and ``annotations.py``.

Run: ``python3 build_gold.py`` (from any folder; standard library only). Adapted from the worked example's
``build_gold.py`` (heldout6): same offset search (each item at its first occurrence after the previous item of its
task, on word boundaries for mentions and claims, inside its ``ctx`` when it has one), same checks (every surface at
its offsets, every label known, every place mention with a ``PLACE_GEONAMES`` entry and every entry used,
vocabularies), same record layout and the same ``article_id`` (first 16 hex digits of SHA-1 of text, title, outlet
and published joined by U+001F; the text is the ``.txt`` file without its final newline). Only the import, the
annotator id and the label -> id map :data:`IDS` differ. ``QUALIFIERS``/``COUNTED`` are the template's.

Actor ids: states by ISO3; national capitals by their state; government bodies without an entry of their own by
their state; ids of the dictionary (read only after the annotations were frozen) where it has an entry for the
entity; ``new:<slug of the label>`` for the rest.
"""

from __future__ import annotations

import sys
from pathlib import Path

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE))
sys.path.insert(0, str(next(p for p in HERE.parents if (p / "standalone_builder.py").exists())))

from annotations import ACTORS, CLAIMS, MENTIONS, PLACE_GEONAMES, QUOTES  # noqa: E402
from standalone_builder import StandaloneBuilder  # noqa: E402

ANNOTATOR = "devF"

# label -> actor id (labels not listed get new:<slug of the label>; the label is the full name the text gives first)
IDS: dict[str, str] = {
    # states
    "Australia": "AUS", "United States": "USA", "North Korea": "PRK", "South Korea": "KOR", "Canada": "CAN",
    "New Zealand": "NZL", "United Kingdom": "GBR",
    # national capitals -> their state
    "Ottawa": "CAN", "Wellington": "NZL", "Pyongyang": "PRK",
    # government bodies, agencies, armed forces -> their state (before the dictionary was read)
    "Environment Canada": "CAN", "Treasury Board": "CAN", "New Zealand government": "NZL",
    "Flag Consideration Project": "NZL", "Korean People's Army": "PRK",
    # ids of the dictionary (/work/agree/shared/dictionary, read after the annotations were frozen): the entry wins
    # over the state (NASA has its own entry in actors_agencies.csv)
    "WHO": "WHO", "NASA": "NASA", "Republican Party": "REPUBLICANS", "Yonhap": "YONHAP",
    "Korean Central News Agency": "KCNA", "The Canadian Press": "CANADIAN_PRESS", "Kim Jong-un": "kim-jong-un",
    # the dictionary's "Conservative Party" (CONSERVATIVES_GBR) is the British party, not Canada's
    "Conservative Party": "new:conservative-party-of-canada",
}  # fmt: skip

TYPES: dict[str, str] = {}  # label -> type where it differs from ACTORS (none)


def build(path: Path = HERE / "gold.jsonl") -> Path:
    """Check the annotations and write the gold records to ``path`` (:class:`standalone_builder.StandaloneBuilder`)."""
    return StandaloneBuilder(
        HERE, ANNOTATOR, ids=IDS, types=TYPES, actors=ACTORS, mentions=MENTIONS, claims=CLAIMS, quotes=QUOTES,
        place_geonames=PLACE_GEONAMES,
    ).build(path)


if __name__ == "__main__":
    print(build())
