"""Rebuild ``gold.jsonl`` from the seventh held-out set's articles 01-07 and their hand annotations.

Run: ``.venv/bin/python <this folder>/build_gold.py``. The articles are seven **real** English Wikinews articles of
2020 on general news (not invented; licence CC BY 2.5, attribution and the list of sources in ``LICENSE.md`` and
``README.md``). The annotations (``heldout7_annotations.py``) were written from the article texts alone, without
looking at the toolkit's rules, dictionaries, code or output; this script finds the offsets with
``str.find``-style search (each item at its first occurrence, on word boundaries, after the previous item of the
same task), checks them and writes one annotator's gold set (``heldout7``) with
:func:`toolkit.validate.write_gold`, through the shared builder ``tests/data/gold_builder.py``.

Paths are relative to this script's folder, so the folder can be moved (it is meant to end up in
``tests/data/heldout7/``, merged with the other annotator's articles 08-14): the repository root is found by
walking up from here to the first folder that holds ``toolkit/`` (``/work/main`` if none does), and the shared
builder is imported from its ``tests/data``.

Each ``articles/*.txt`` starts with the headline on its first line (then a blank line and the body); the ``.json``
sidecar holds the title, outlet, date, URL and licence. The loader keeps the headline as part of the article's
text, so the gold's offsets count from the headline, and the annotations include the headline's mentions and
claims. ``PLACE_GEONAMES`` (the GeoNames id of each place mention, keyed by article number and surface) is written
to the gold as the mention's ``place_id``; a place mention whose id the annotator's package lacked (None) and every
mention not used as a place have no ``place_id``. Every place mention must have a key there and every key a place
mention: the build stops otherwise.

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
    for folder in (HERE, *HERE.parents):
        if (folder / "toolkit").is_dir():
            return folder
    return Path("/work/main")


ROOT = _repo_root()
sys.path.insert(0, str(HERE))
sys.path.insert(0, str(ROOT))

from heldout7_annotations import ACTORS, CLAIMS, MENTIONS, PLACE_GEONAMES, QUOTES  # noqa: E402

ANNOTATOR = "heldout7"

# label -> toolkit actor id. Added after the annotations were frozen, by looking every label (and every surface
# written for it) up in the packaged dictionary (toolkit/data/actors_states.csv, actors.yaml, actors_places.csv;
# labels and aliases), with the rules of the earlier held-out sets (heldout4's and heldout5's): states by ISO3,
# dictionary ids for the organisations, people and places it knows ("Royal Canadian Mounted Police" and "RCMP"
# are aliases of RCMP; "New York" is NEW_YORK), an institution without an entry of its own -> its state or parent
# body (national agencies and militaries -> the state: India's NDRF and DGCA -> IND, the Canadian Public Health
# Infobase -> CAN, the Chilean military and navy -> CHL, as heldout4's "Mexican military" -> MEX; sub-national
# bodies -> the state, as heldout5's Toronto Police -> CAN: Kamloops Police and the B.C. Coroners Service -> CAN,
# Hampshire Police and Hampshire County Council -> GBR), and ``new:<slug of the full name the text gives first>``
# for everything else (companies, media, clubs, societies, people and places the dictionary lacks). The
# annotator's types are heldout4's (state, organization, person, location, armed_group). No span or label was
# changed at that step.
IDS: dict[str, str] = {
    # states
    "Canada": "CAN", "India": "IND", "United Arab Emirates": "ARE", "United States": "USA", "Chile": "CHL",
    # national militaries -> the state
    "Chilean military": "CHL", "Chilean Navy": "CHL",
    # organisations in the dictionary
    "RCMP": "RCMP", "Democratic Party": "DEMOCRATS", "Republican Party": "REPUBLICANS", "The Washington Post": "WAPO",
    "WHO": "WHO",
    # institutions without an entry of their own -> state
    "Kamloops Police": "CAN", "Canadian Public Health Infobase": "CAN", "BC Coroners Service": "CAN",
    "National Disaster Response Force": "IND", "Directorate General of Civil Aviation": "IND",
    "Hampshire Police": "GBR", "Hampshire County Council": "GBR",
    # people in the dictionary
    "Narendra Modi": "narendra-modi", "Joe Biden": "joe-biden", "Kamala Harris": "kamala-harris",
    "Donald Trump": "donald-trump", "Barack Obama": "barack-obama",
    # places in the dictionary (actors.yaml and actors_places.csv)
    "British Columbia": "BRITISH_COLUMBIA", "Ontario": "ONTARIO", "New York": "NEW_YORK", "Quebec": "QUEBEC",
    "Vancouver": "VANCOUVER", "Kerala": "KERALA", "California": "CALIFORNIA", "San Francisco": "SAN_FRANCISCO",
    "Alaska": "ALASKA", "England": "ENGLAND", "Wisconsin": "WISCONSIN", "Illinois": "ILLINOIS",
    "Antarctica": "ANTARCTICA", "South America": "SOUTH_AMERICA",
}  # fmt: skip

# The dictionary's type for the actors it knows, where it differs from the annotator's label type: GBR is a state
# in the dictionary, while this half of the set has no state label for the United Kingdom (only its Hampshire
# bodies, labelled organization, map to it).
TYPES: dict[str, str] = {"GBR": "state"}


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
