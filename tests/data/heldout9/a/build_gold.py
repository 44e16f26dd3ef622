"""Rebuild ``gold.jsonl`` from the ninth held-out set's articles (part A, 01-07) and hand annotations.

Run: ``.venv/bin/python <this folder>/build_gold.py`` (from anywhere; paths are relative to this file). The
articles are seven **real** English Wikinews articles of 2020 on general news (not invented; licence CC BY 2.5,
attribution and the list of sources in ``LICENSE.md``, ``README.md`` and ``SOURCES.md``). The annotations
(``heldout9_annotations.py``) were written from the article texts alone, without looking at the toolkit's rules,
dictionaries, code or output; this script finds the offsets with ``str.find``-style search (each item at its
first occurrence, on word boundaries, after the previous item of the same task), checks them and writes one
annotator's gold set (``heldout9``) with :func:`toolkit.validate.write_gold` (through the shared
``tests/data/gold_builder.py``, as heldout5's build script does).

Each ``articles/*.txt`` starts with the headline on its first line (then a blank line and the body); the
``.json`` sidecar holds the title, outlet, date, URL and licence. The loader keeps the headline as part of the
article's text, so the gold's offsets count from the headline, and the annotations include the headline's
mentions and claims. ``PLACE_GEONAMES`` (the GeoNames id of each place mention, keyed by article number and
surface) is written to the gold as the mention's ``place_id``; a place mention whose id the annotator's package
lacked (None) and every mention not used as a place have no ``place_id``.

Actor ids: the annotator's labels are mapped to the toolkit's id scheme in :data:`IDS` (added after the
annotations were frozen, by looking the labels up in the packaged dictionary, as for the earlier held-out sets).
A label the dictionary does not know gets ``new:<slug of the full name the text gives first>``. No span or label
was changed at that step.
"""

from __future__ import annotations

import sys
from pathlib import Path

HERE = Path(__file__).resolve().parent


def _repo_root() -> Path:
    for parent in HERE.parents:
        if (parent / "toolkit").is_dir():
            return parent
    return Path("/work/main")


ROOT = _repo_root()
sys.path.insert(0, str(HERE))
sys.path.insert(0, str(ROOT))

from heldout9_annotations import ACTORS, CLAIMS, MENTIONS, PLACE_GEONAMES, QUOTES  # noqa: E402

ANNOTATOR = "heldout9"

# label -> toolkit actor id. Added after the annotations were frozen (sha256 of heldout9_annotations.py at that
# moment in annotations.sha256), by looking every label (and every surface written for it) up in the packaged
# dictionary (toolkit/data/actors_states.csv, actors.yaml, actors_places.csv; labels and aliases), with the rules
# of the earlier held-out sets (heldout4's and heldout5's): states by ISO3, capitals (also used as places) by the
# id the dictionary gives them (Washington -> USA; Brussels is an alias of the EU -> EU), dictionary ids for the
# organisations, people and places it knows ("Senate" is an alias of US_CONGRESS, "NBC" of NBC News, "Supreme
# Court" of US_SUPREME_COURT), an institution without an entry of its own -> its state (the General Services
# Administration, the US Geological Survey, the Executive Branch and the Electoral College -> USA; the Turkish
# government and Turkey's Disaster and Emergency Management Presidency -> TUR), and
# ``new:<slug of the full name the text gives first>`` for everything else (people, media, groups, wrestling
# promotions and factions, places the dictionary lacks; "Georgia (U.S. state)": the dictionary's Georgia is the
# country GEO, so the US state is new:georgia). The annotator's types are heldout5's (state, organization, person,
# location). No span or label was changed at that step.
IDS: dict[str, str] = {
    # states
    "United States": "USA", "Turkey": "TUR", "Greece": "GRC", "Slovakia": "SVK", "France": "FRA", "Belgium": "BEL",
    "Luxembourg": "LUX", "Spain": "ESP", "Portugal": "PRT",
    # capitals (the dictionary gives a capital the id of its state or body; is_place marks the place use)
    "Washington, D.C.": "USA", "Brussels": "EU",
    # organisations in the dictionary
    "Associated Press": "AP", "NBC News": "NBC", "Democratic Party": "DEMOCRATS", "Republican Party": "REPUBLICANS",
    "White House": "WHITE_HOUSE", "US Senate": "US_CONGRESS", "US Supreme Court": "US_SUPREME_COURT",
    "European Council": "EUCO",
    # institutions without an entry of their own -> state
    "Turkish government": "TUR", "Disaster and Emergency Management Presidency": "TUR",
    "US Geological Survey": "USA", "General Services Administration": "USA", "Executive Branch": "USA",
    "Electoral College": "USA",
    # people in the dictionary
    "Joe Biden": "joe-biden", "Kamala Harris": "kamala-harris", "Donald Trump": "donald-trump",
    "Chuck Schumer": "chuck-schumer", "Emmanuel Macron": "emmanuel-macron", "Charles Michel": "charles-michel",
    # places in the dictionary (actors_places.csv)
    "Pennsylvania": "PENNSYLVANIA", "Nevada": "NEVADA", "Aegean Sea": "AEGEAN", "Izmir": "IZMIR",
    "Mediterranean": "MEDITERRANEAN", "Michigan": "MICHIGAN", "New Jersey": "NEW_JERSEY", "Texas": "TEXAS",
    "Wisconsin": "WISCONSIN", "New York": "NEW_YORK", "Florida": "FLORIDA", "Europe": "EUROPE",
    # not in the dictionary, where the label is not the full name the text gives first
    "Georgia (U.S. state)": "new:georgia", "WWE": "new:world-wrestling-entertainment", "AEW": "new:all-elite-wrestling",
}  # fmt: skip

# The dictionary's type for the actors it knows, where it differs from the annotator's label type: none in this
# set (a label mapped to a state id is of type state; Brussels, a location mapped to the EU's id, keeps the
# annotator's type location, as heldout5's capitals keep theirs).
TYPES: dict[str, str] = {}


STATE_IDS = {actor_id_ for label, kind in ACTORS.items() if kind == "state" and (actor_id_ := IDS.get(label)) not in TYPES}


sys.path.insert(0, str(ROOT / "tests" / "data"))
from gold_builder import PlaceIdBuilder, slug  # noqa: E402

_BUILDER = PlaceIdBuilder(
    HERE, ANNOTATOR, actors=ACTORS, ids=IDS, types=TYPES, state_ids=STATE_IDS,
    mentions=MENTIONS, claims=CLAIMS, quotes=QUOTES, place_geonames=PLACE_GEONAMES,
)  # fmt: skip
actor_id, actor_type, tables = _BUILDER.actor_id, _BUILDER.actor_type, _BUILDER.tables
__all__ = ["actor_id", "actor_type", "build", "slug", "tables"]


def build(path: Path = HERE / "gold.jsonl") -> Path:
    return _BUILDER.build(path)


if __name__ == "__main__":
    print(build())
