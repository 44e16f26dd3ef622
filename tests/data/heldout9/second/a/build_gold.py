"""Rebuild ``gold.jsonl`` from the second annotator's (``second_s9a``) hand annotations of the seven Wikinews
articles in ``articles/``. Adapted from ``/work/agree/shared/conventions/build_gold.py`` (heldout6's builder):
same search, same checks, same record layout, same ``article_id`` (first 16 hex digits of SHA-1 of text, title,
outlet and published joined by U+001F). Run: ``python3 build_gold.py`` (standard library only).
"""

from __future__ import annotations

import sys
from pathlib import Path

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE))
sys.path.insert(0, str(next(p for p in HERE.parents if (p / "standalone_builder.py").exists())))

from second_annotations import ACTORS, CLAIMS, MENTIONS, PLACE_GEONAMES, QUOTES  # noqa: E402
from standalone_builder import StandaloneBuilder  # noqa: E402

ANNOTATOR = "second_s9a"

# label -> actor id (labels not listed get new:<slug of the label>; the label is the full name the text gives first)
IDS: dict[str, str] = {
    # states (ISO3; also the ids of /work/agree/shared/dictionary/actors_states.csv)
    "United States": "USA", "Turkey": "TUR", "Greece": "GRC", "Slovakia": "SVK", "France": "FRA", "Belgium": "BEL",
    "Luxembourg": "LUX", "Spain": "ESP", "Portugal": "PRT",
    # national capitals -> their state (heldout5/6 convention; the dictionary lists Washington as USA's capital)
    "Washington, D.C.": "USA", "Brussels": "BEL",
    # government bodies WITHOUT a dictionary entry of their own -> their state (annotation_format.md)
    "Turkish government": "TUR", "Disaster and Emergency Management Presidency": "TUR",
    "General Services Administration": "USA", "Electoral College": "USA",
    # ids given by the dictionary (read only after the annotations were frozen)
    "USGS": "USGS", "White House": "WHITE_HOUSE", "US Senate": "US_CONGRESS",
    "Supreme Court of the United States": "US_SUPREME_COURT", "Democratic Party": "DEMOCRATS",
    "Republican Party": "REPUBLICANS", "Associated Press": "AP", "NBC News": "NBC", "European Council": "EUCO",
    "Donald Trump": "donald-trump", "Joe Biden": "joe-biden", "Kamala Harris": "kamala-harris",
    "Chuck Schumer": "chuck-schumer", "Emmanuel Macron": "emmanuel-macron", "Charles Michel": "charles-michel",
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
