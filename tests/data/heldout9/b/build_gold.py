"""Rebuild ``gold.jsonl`` from the ninth held-out set's articles 08–14 (annotator b) and their hand annotations.

Run: ``.venv/bin/python <this folder>/build_gold.py``. The articles are seven **real** English Wikinews articles
of 2019 on general news (not invented; licence CC BY 2.5, attribution and the list of sources in ``LICENSE.md``
and ``README.md``). The annotations (``heldout9_annotations.py``) were written from the article texts alone,
without looking at the toolkit's rules, dictionaries, code or output; this script finds the offsets with
``str.find``-style search (each item at its first occurrence, on word boundaries, after the previous item of the
same task), checks them and writes one annotator's gold set (``heldout9``) with
:func:`toolkit.validate.write_gold`, through the shared gold builder (``tests/data/gold_builder.py``), as
heldout5's ``build_gold.py`` does.

Each ``articles/*.txt`` starts with the headline on its first line (then a blank line and the body); the
``.json`` sidecar holds the title, outlet, date, URL and licence. The loader keeps the headline as part of the
article's text, so the gold's offsets count from the headline, and the annotations include the headline's
mentions and claims. ``PLACE_GEONAMES`` (the GeoNames id of each place mention, keyed by article number and
surface) is written to the gold as the mention's ``place_id``; a place mention whose id the annotator's package
lacked (None) and every mention not used as a place have no ``place_id``.

Paths are relative to this file's folder (the set will be moved into ``tests/data/heldout9/`` and merged with the
other annotator's articles 01–07); the repository root is found by walking up to a folder holding ``toolkit/``
(fallback ``/work/main``).

Actor ids: the annotator's labels are mapped to the toolkit's id scheme in :data:`IDS` (added after the
annotations were frozen, by looking the labels up in the packaged dictionary). A label the dictionary does not
know gets ``new:<slug of the full name the text gives first>``. No span or label was changed at that step.
"""

from __future__ import annotations

import sys
from pathlib import Path

HERE = Path(__file__).resolve().parent


def _repo_root() -> Path:
    for folder in [HERE, *HERE.parents]:
        if (folder / "toolkit").is_dir():
            return folder
    return Path("/work/main")


ROOT = _repo_root()
sys.path.insert(0, str(HERE))
sys.path.insert(0, str(ROOT))

from heldout9_annotations import ACTORS, CLAIMS, MENTIONS, PLACE_GEONAMES, QUOTES  # noqa: E402

ANNOTATOR = "heldout9"

# label -> toolkit actor id. Added after the annotations were frozen, by looking every label (and every surface
# written for it) up in the packaged dictionary (toolkit/data/actors_states.csv, actors.yaml, actors_places.csv;
# labels and aliases, also under another spelling: "Ciudad Juárez" is an alias of CIUDAD_JUAREZ, "São Paulo" of
# SAO_PAULO), with the rules of the earlier held-out sets (heldout4's and heldout5's): states by ISO3, dictionary
# ids for the organisations, people and places it knows (G7 with its alias "Group of Seven"), an institution
# without an entry of its own -> its state (the US and Mexican governments, the US Coast Guard, Brazil's space
# research institute INPE, Zimbabwe's House of Assembly), and ``new:<slug of the full name the text gives first>``
# for everything else (companies, media, journals, universities, parties, NGOs, trade blocs, people and places
# the dictionary lacks). Judgement calls at this step: ZANU (the party Mugabe co-founded) is not mapped to the
# dictionary's ZANU_PF (a later party with another name); "Santa Cruz Island" is not the dictionary's SANTA_CRUZ
# (a Bolivian city); the "Hawaiian Island chain" is not mapped to HAWAII (another name); the "Ministry of Foreign
# Affairs" of the Mugabe article names no state and keeps a new id; the judicial district "Western District of
# Texas" keeps a new id. The annotator's types are heldout4's (state, organization, person, location).
IDS: dict[str, str] = {
    # states
    "United States": "USA", "Mexico": "MEX", "France": "FRA", "Germany": "DEU", "United Kingdom": "GBR", "Brazil": "BRA",
    "Canada": "CAN", "Japan": "JPN", "Italy": "ITA", "Bolivia": "BOL", "Paraguay": "PRY", "Zimbabwe": "ZWE",
    "Singapore": "SGP", "Russia": "RUS", "Pakistan": "PAK", "India": "IND",
    # organisations in the dictionary
    "G7": "G7", "G20": "G20", "European Union": "EU", "CNN": "CNN",
    # institutions without an entry of their own -> state
    "US government": "USA", "Mexican government": "MEX", "USCG": "USA", "INPE": "BRA", "House of Assembly": "ZWE",
    # people in the dictionary
    "Emmanuel Macron": "emmanuel-macron", "Vladimir Putin": "vladimir-putin",
    # places in the dictionary (actors_places.csv)
    "Puerto Rico": "PUERTO_RICO", "Texas": "TEXAS", "Ciudad Juárez": "CIUDAD_JUAREZ", "Rio Grande": "RIO_GRANDE",
    "Dallas": "DALLAS", "California": "CALIFORNIA", "Wisconsin": "WISCONSIN", "Ohio": "OHIO", "São Paulo": "SAO_PAULO",
    "Alaska": "ALASKA", "Africa": "AFRICA", "Multan": "MULTAN", "Lahore": "LAHORE",
    # not in the dictionary, where the label is not the full name the text gives first
    "Ricardo Rosselló": "new:ricardo-rossello-nevares", "UOL": "new:uol-com-br", "C-MORE": (
        "new:uh-manoa-s-center-for-microbial-oceanography-research-and-education"),
    "ZANU": "new:zimbabwe-african-national-union", "MDC": "new:movement-for-democratic-change",
    "Hawaiian Islands": "new:hawaiian-island-chain", "Rhodesia": "new:southern-rhodesia",
    "Abdul Qawi": "new:abdul-qawi",
}  # fmt: skip

# The dictionary's type for the actors it knows, where it differs from the annotator's label type: none in this
# part of the set (a label mapped to a state id is of type state or an institution of it).
TYPES: dict[str, str] = {}


STATE_IDS = {actor_id_ for label, kind in ACTORS.items() if kind == "state" and (actor_id_ := IDS.get(label)) not in TYPES}


sys.path.insert(0, str(ROOT / "tests" / "data"))
sys.path.insert(0, str(HERE.parent))
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
