"""Rebuild ``gold.jsonl`` from the tenth held-out set's articles (this annotator's seven, numbers 08-14) and
hand annotations.

Run: ``.venv/bin/python <this folder>/build_gold.py``. The articles are seven **real** English Wikinews
articles of 2020 (not invented; licence CC BY 2.5, attribution and the list of sources in ``LICENSE.md``,
``SOURCES.md`` and ``README.md``). The annotations (``heldout10_annotations.py``) were written from the
article texts alone, without looking at the toolkit's rules, dictionaries, code or output; this script finds
the offsets with ``str.find``-style search (each item at its first occurrence, on word boundaries, after the
previous item of the same task), checks them and writes one annotator's gold set (``heldout10``) with
:func:`toolkit.validate.write_gold`, through the shared ``tests/data/gold_builder.py`` (as heldout5's build).

Each ``articles/*.txt`` starts with the headline on its first line (then a blank line and the body); the
``.json`` sidecar holds the title, outlet, date, URL and licence. The loader keeps the headline as part of
the article's text, so the gold's offsets count from the headline, and the annotations include the headline's
mentions and claims. ``PLACE_GEONAMES`` (the GeoNames id of each place mention, keyed by article number and
surface) is written to the gold as the mention's ``place_id``; a place mention whose id the annotator's
package lacked (None) and every mention not used as a place have no ``place_id``.

Paths are relative to this file's folder, so the folder can be moved (it is meant to be merged into
``tests/data/heldout10/``); the repository root is found by walking up from this folder to the first folder
that holds ``toolkit/`` (fallback ``/work/main``).

Actor ids: the annotator's labels are mapped to the toolkit's id scheme in :data:`IDS` (added after the
annotations were frozen, by looking the labels up in the packaged dictionary, as for the earlier held-out
sets). A label the dictionary does not know gets ``new:<slug of the full name the text gives first>``.
No span or label was changed at that step.
"""

from __future__ import annotations

import sys
from pathlib import Path

HERE = Path(__file__).resolve().parent


def _repo_root(start: Path) -> Path:
    for folder in (start, *start.parents):
        if (folder / "toolkit").is_dir():
            return folder
    return Path("/work/main")


ROOT = _repo_root(HERE)
sys.path.insert(0, str(HERE))
sys.path.insert(0, str(ROOT))

from heldout10_annotations import ACTORS, CLAIMS, MENTIONS, PLACE_GEONAMES, QUOTES  # noqa: E402

ANNOTATOR = "heldout10"

# label -> toolkit actor id. Added after the annotations were frozen, by looking every label (and every surface
# written for it) up in the packaged dictionary (toolkit/data/actors_states.csv, actors.yaml, actors_places.csv;
# labels and aliases), with the rules of the earlier held-out sets (heldout4's and heldout5's): states by ISO3,
# dictionary ids for the organisations, people and places it knows ("House of Representatives" and "US Senate"
# are aliases of US_CONGRESS), an institution without an entry of its own -> its parent body or state
# (Australia's House of Representatives -> AUS_PARL; the Victorian Legislative Council, a sub-national body ->
# AUS, as heldout5's NSW Parliament), and ``new:<slug of the full name the text gives first>`` for everything
# else (companies, media, universities, parties, campaigns, people and places the dictionary lacks; the
# default when a label is not listed here). No span or label was changed at that step.
IDS: dict[str, str] = {
    # states
    "United States": "USA", "Armenia": "ARM", "Azerbaijan": "AZE", "Colombia": "COL", "Syria": "SYR",
    "Australia": "AUS",
    # organisations in the dictionary
    "US Congress": "US_CONGRESS", "US House of Representatives": "US_CONGRESS", "US Senate": "US_CONGRESS",
    "US Supreme Court": "US_SUPREME_COURT", "Democratic Party": "DEMOCRATS", "Microsoft": "MICROSOFT",
    # institutions without an entry of their own -> parent body or state
    "Australian House of Representatives": "AUS_PARL", "Victorian Legislative Council": "AUS",
    # people in the dictionary
    "Donald Trump": "donald-trump", "Barack Obama": "barack-obama",
    # places in the dictionary (actors_places.csv)
    "Illinois": "ILLINOIS", "Nevada": "NEVADA", "Las Vegas": "LAS_VEGAS", "California": "CALIFORNIA",
    "Florida": "FLORIDA", "Colorado": "COLORADO", "Arkansas": "ARKANSAS", "Mississippi": "MISSISSIPPI",
    "Vermont": "VERMONT", "Louisiana": "LOUISIANA", "New Jersey": "NEW_JERSEY", "South Carolina": "SOUTH_CAROLINA",
    "New Mexico": "NEW_MEXICO", "Rhode Island": "RHODE_ISLAND", "Michigan": "MICHIGAN",
    "North Carolina": "NORTH_CAROLINA", "Aleppo": "ALEPPO", "Queensland": "QUEENSLAND",
    # not in the dictionary, where the label is not the full name the text gives first
    "RIAA": "new:recording-industry-association-of-america", "EFF": "new:electronic-frontier-foundation",
    "Unity Party": "new:unity-party-of-america", "Jim Hedges": "new:james-jim-hedges",
    "Scott Morrison": "new:morrison",
}  # fmt: skip

# The dictionary's type for the actors it knows, where it differs from the annotator's label type: none in this
# set (a label mapped to a state id is of type state).
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
