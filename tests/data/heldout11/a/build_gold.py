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

import sys
from pathlib import Path

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE))
sys.path.insert(0, str(next(p for p in HERE.parents if (p / "standalone_builder.py").exists())))

from annotations import ACTORS, CLAIMS, MENTIONS, PLACE_GEONAMES, QUOTES  # noqa: E402
from standalone_builder import StandaloneBuilder  # noqa: E402

ANNOTATOR = "heldout11"

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


def build(path: Path = HERE / "gold.jsonl") -> Path:
    """Check the annotations and write the gold records to ``path`` (:class:`standalone_builder.StandaloneBuilder`)."""
    return StandaloneBuilder(
        HERE, ANNOTATOR, ids=IDS, types=TYPES, actors=ACTORS, mentions=MENTIONS, claims=CLAIMS, quotes=QUOTES,
        place_geonames=PLACE_GEONAMES,
    ).build(path)


if __name__ == "__main__":
    print(build())
