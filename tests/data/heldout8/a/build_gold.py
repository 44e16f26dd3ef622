"""Rebuild ``gold.jsonl`` from the eighth held-out set's articles 01-07 and their hand annotations.

Run: ``.venv/bin/python <this folder>/build_gold.py``. The articles are seven **real** English Wikinews articles
of 2020 on general news (not invented; licence CC BY 2.5, attribution and the list of sources in ``LICENSE.md``,
``README.md`` and ``SOURCES.md``). The annotations (``heldout8_annotations.py``) were written from the article
texts alone, without looking at the toolkit's rules, dictionaries, code or output; this script finds the offsets
with ``str.find``-style search (each item at its first occurrence, on word boundaries, after the previous item of
the same task), checks them and writes one annotator's gold set (``heldout8``) with
:func:`toolkit.validate.write_gold`, through the shared ``tests/data/gold_builder.py`` as heldout5's script does.

Each ``articles/*.txt`` starts with the headline on its first line (then a blank line and the body); the
``.json`` sidecar holds the title, outlet, date, URL and licence. The loader keeps the headline as part of the
article's text, so the gold's offsets count from the headline, and the annotations include the headline's
mentions and claims. ``PLACE_GEONAMES`` (the GeoNames id of each place mention, keyed by article number and
surface) is written to the gold as the mention's ``place_id``; a place mention whose id the annotator's package
lacked (None) and every mention not used as a place have no ``place_id``.

Paths are relative to this script's folder (it is meant to move into ``tests/data/heldout8/``); the repository
root is found by walking up from here to the first folder holding ``toolkit/`` (fallback ``/work/main``).

Actor ids: the annotator's labels are mapped to the toolkit's id scheme in :data:`IDS` (added after the
annotations were frozen, by looking the labels up in the packaged dictionary, as for the earlier held-out
sets). A label the dictionary does not know gets ``new:<slug of the full name the text gives first>``.
No span or label was changed at that step.
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

from heldout8_annotations import ACTORS, CLAIMS, MENTIONS, PLACE_GEONAMES, QUOTES  # noqa: E402

ANNOTATOR = "heldout8"

# label -> toolkit actor id. Added after the annotations were frozen, by looking every label (and every surface
# written for it) up in the packaged dictionary (toolkit/data/actors_states.csv, actors.yaml, actors_places.csv;
# labels and aliases), with the rules of the earlier held-out sets (heldout4's and heldout5's): states by ISO3,
# capitals (also used as places) by the id the dictionary gives them (Minsk -> BLR, New Delhi -> IND), dictionary
# ids for the organisations, people and places it knows, an institution without an entry of its own -> its state
# (Belarus's ministry of internal affairs and the Belarusian KGB -> BLR; a sub-national body, as heldout5's
# Toronto Police -> CAN: White Plains's Department of Public Works -> USA), and ``new:<slug of the full name the
# text gives first>`` for everything else (companies, media, clubs, universities, schools, hospitals, streets,
# people and places the dictionary lacks). The dictionary has "ABC News" but not the network ABC (American
# Broadcasting Company), and "Congress party" but not the bare "Congress" (the label INC covers it). No span or
# label was changed at that step.
IDS: dict[str, str] = {
    # states
    "Belarus": "BLR", "United States": "USA", "Australia": "AUS", "India": "IND", "New Zealand": "NZL",
    # capitals (the dictionary gives a capital the id of its state; is_place marks the place use)
    "Minsk": "BLR", "New Delhi": "IND",
    # organisations in the dictionary
    "Indian National Congress": "INC", "Rajya Sabha": "RAJYA_SABHA", "Lok Sabha": "LOK_SABHA",
    "Metropolitan Police": "MET_POLICE", "White House": "WHITE_HOUSE",
    # institutions without an entry of their own -> state
    "Belarus Interior Ministry": "BLR", "Belarusian KGB": "BLR", "White Plains DPW": "USA",
    # people in the dictionary
    "Alexander Lukashenko": "alexander-lukashenko", "Sviatlana Tsikhanouskaya": "sviatlana-tsikhanouskaya",
    "Narendra Modi": "narendra-modi", "Donald Trump": "donald-trump",
    # places in the dictionary (actors.yaml and actors_places.csv)
    "New York": "NEW_YORK", "Maryland": "MARYLAND", "Tennessee": "TENNESSEE", "South Carolina": "SOUTH_CAROLINA",
    # not in the dictionary, where the label is not the full name the text gives first
    "ABC": "new:american-broadcasting-company", "University rugby club": "new:university",
    "Maroochydore rugby club": "new:maroochydore", "Caloundra rugby club": "new:caloundra",
    "Noosa rugby club": "new:noosa", "Army Research and Referral Hospital": "new:army-s-research-and-referral-hospital",
}  # fmt: skip

# The dictionary's type for the actors it knows (keyed by actor id), where it differs from the annotator's label type: the White
# House (a location in the annotations: the place Marine One landed) is an organization in the dictionary. A
# label mapped to a state id is of type state.
TYPES: dict[str, str] = {"WHITE_HOUSE": "organization"}


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
