"""Rebuild ``gold.jsonl`` from the seven articles in ``articles/`` and the blind second annotation
``second_annotations.py`` (annotator ``second_s8b``).

Run: ``python3 build_gold.py`` (standard library only). Adapted from the heldout6 builder
(``/work/agree/shared/conventions/build_gold.py``): same search of offsets (each item at its first occurrence after
the previous item of the same task, on word boundaries for mentions and claims, plain for quotes, inside the
item's context string when it has one), same checks (``text[char_start:char_end]`` equals the surface or quote,
every label known, every place mention with a ``PLACE_GEONAMES`` entry and every entry used, vocabularies), same
record layout and the same ``article_id`` (first 16 hex digits of SHA-1 of text, title, outlet and published joined
by U+001F; the text is the ``.txt`` file without its final newline, headline included).

Actor ids follow the heldout6 conventions: states by ISO3, national capitals by their state, government bodies,
agencies, courts, armed forces and legislatures by their state, ``BBC`` as heldout5/6, ``new:<slug>`` for the
rest. The shared dictionary (``/work/agree/shared/dictionary/``) was read only after the annotations were frozen,
to give the labels it holds their dictionary ids (NHC_USA, NASA, CNN, UN, ICRC, EU, GUARDIAN, CBS, nicolas-maduro,
barack-obama); no span, label or attribute was changed after that.
"""

from __future__ import annotations

import sys
from pathlib import Path

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE))
sys.path.insert(0, str(next(p for p in HERE.parents if (p / "standalone_builder.py").exists())))

from second_annotations import ACTORS, CLAIMS, MENTIONS, PLACE_GEONAMES, QUOTES  # noqa: E402
from standalone_builder import StandaloneBuilder  # noqa: E402

ANNOTATOR = "second_s8b"

# label -> actor id (labels not listed get new:<slug of the label>; the label is the full name the text gives first)
IDS: dict[str, str] = {
    # states
    "United States": "USA", "United Kingdom": "GBR", "Bahamas": "BHS", "Pakistan": "PAK", "India": "IND",
    "Japan": "JPN", "Austria": "AUT", "Ireland": "IRL", "Luxembourg": "LUX", "Cuba": "CUB", "Venezuela": "VEN",
    # national capitals -> their state
    "Havana": "CUB",
    # government bodies, agencies, courts, armed forces, legislatures -> their state
    "United States Air Force": "USA",
    "United States Department of Transportation": "USA", "Trump administration": "USA",
    "Court of Session": "GBR", "UK Parliament": "GBR", "Supreme Court of the United Kingdom": "GBR",
    "UK government": "GBR", "10 Downing Street": "GBR",
    "Supreme Court of Justice of Austria": "AUT", "Cuban government": "CUB",
    # ids heldout5/6's gold uses for the same entities
    "BBC": "BBC",
    # ids read from /work/agree/shared/dictionary/ AFTER the annotations were frozen (labels and spans unchanged;
    # bodies with a dictionary entry of their own take that entry's id instead of their state's)
    "National Hurricane Center": "NHC_USA", "NASA": "NASA", "CNN": "CNN", "United Nations": "UN",
    "Red Cross": "ICRC", "European Union": "EU", "The Guardian": "GUARDIAN", "CBS": "CBS",
    "Nicolás Maduro": "nicolas-maduro", "Barack Obama": "barack-obama",
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
