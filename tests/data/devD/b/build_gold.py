"""Rebuild ``gold.jsonl`` from development set D's articles 08-14 and their hand annotations.

Run: ``.venv/bin/python <this folder>/build_gold.py`` (from the repository, or with the repository's
interpreter from anywhere). The articles are seven **real** English Wikinews articles of 2020 on general news
(not invented; licence CC BY 2.5, attribution and the list of sources in ``LICENSE.md``, ``README.md`` and
``SOURCES.md``). The annotations (``devD_annotations.py``) were written from the article texts alone, without
looking at the toolkit's rules, dictionaries, code or output; this script finds the offsets with
``str.find``-style search (each item at its first occurrence, on word boundaries, after the previous item of the
same task), checks them and writes one annotator's gold set (``devD``) with :func:`toolkit.validate.write_gold`,
through the shared builder of the held-out sets (``tests/data/gold_builder.py``).

Each ``articles/*.txt`` starts with the headline on its first line (then a blank line and the body); the
``.json`` sidecar holds the title, outlet, date, URL and licence. The loader keeps the headline as part of the
article's text, so the gold's offsets count from the headline, and the annotations include the headline's
mentions and claims. ``PLACE_GEONAMES`` (the GeoNames id of each place mention, keyed by article number and
surface) is written to the gold as the mention's ``place_id``; a place mention whose id the package lacked
(None) and every mention not used as a place have no ``place_id``.

Paths are relative to this script's folder, so the folder can be moved (e.g. into
``tests/data/devD/``, merged with the other annotator's articles); the repository root is found by walking up
from here to the first folder that contains ``toolkit/`` (fallback ``/work/main``).

Actor ids: the annotator's labels are mapped to the toolkit's id scheme in :data:`IDS` (added after the
annotations were frozen, by looking the labels up in the packaged dictionary, as for the held-out sets). A label
the dictionary does not know gets ``new:<slug of the full name the text gives first>``. No span or label was
changed at that step.
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
sys.path.insert(0, str(ROOT / "tests" / "data"))

from devD_annotations import ACTORS, CLAIMS, MENTIONS, PLACE_GEONAMES, QUOTES  # noqa: E402

ANNOTATOR = "devD"

# label -> toolkit actor id. Added after the annotations were frozen, by looking every label (and every surface
# written for it) up in the packaged dictionary (toolkit/data/actors_states.csv, actors.yaml, actors_places.csv),
# with the rules of heldout5's build_gold.py: states by ISO3; dictionary ids for the organisations, people and
# places it knows ("Supreme Court" is an alias of US_SUPREME_COURT; England, Wales, Scotland, Northern Ireland,
# New Jersey, Florida and Birmingham are places of the dictionary); an institution without an entry of its own ->
# its state (governments, legislatures, courts, agencies, police and fire services: the Philippine government,
# Congress and Senate and the NTC -> PHL; NASA, the Court of Appeals and the Port Authority -> USA; the Tbilisi
# court -> GEO; the UK government, North Wales Police and North Wales Fire and Rescue Service -> GBR; the
# Burundi government -> BDI), and ``new:<slug of the full name the text gives first>`` for everything else
# (companies, media, unions, sports bodies, parties, people and places the dictionary lacks). No span or label
# was changed at that step.
IDS: dict[str, str] = {
    # states
    "Philippines": "PHL", "United States": "USA", "Georgia": "GEO", "Russia": "RUS", "United Kingdom": "GBR",
    "Burundi": "BDI", "Kenya": "KEN",
    # organisations in the dictionary
    "US Supreme Court": "US_SUPREME_COURT", "SpaceX": "SPACEX", "Boeing": "BOEING", "Al Jazeera": "ALJAZEERA",
    "The Guardian": "GUARDIAN",
    # institutions without an entry of their own -> state
    "Philippine government": "PHL", "Philippine Congress": "PHL", "Philippine Senate": "PHL", "NTC": "PHL",
    "NASA": "USA", "Court of Appeals for the Third Circuit": "USA", "Port Authority of New York and New Jersey": "USA",
    "Tbilisi City Court": "GEO", "UK government": "GBR", "North Wales Police": "GBR",
    "North Wales Fire and Rescue Service": "GBR", "Burundi government": "BDI",
    # people in the dictionary
    "Elon Musk": "elon-musk", "Evariste Ndayishimiye": "evariste-ndayishimiye",
    # places in the dictionary (actors_places.csv)
    "New Jersey": "NEW_JERSEY", "Florida": "FLORIDA", "England": "ENGLAND", "Wales": "WALES",
    "Scotland": "SCOTLAND", "Northern Ireland": "NORTHERN_IRELAND", "Birmingham": "BIRMINGHAM",
    # not in the dictionary, where the label is not the full name the text gives first
    "ABS-CBN": "new:abs-cbn", "RMT": "new:national-union-of-rail-maritime-and-transport-workers",
    "Tong Yung-soo": "new:tong-yung-soo",
}  # fmt: skip

# The dictionary's type for the actors it knows, where it differs from the annotator's label type: none in this
# set (a label mapped to a state id is of type state).
TYPES: dict[str, str] = {}


STATE_IDS = {actor_id_ for label, kind in ACTORS.items() if kind == "state" and (actor_id_ := IDS.get(label)) not in TYPES}


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
