"""Rebuild ``gold.jsonl`` from the seventh held-out set's articles 08-14 (part B) and their hand annotations.

Run: ``.venv/bin/python tests/data/heldout7/build_gold.py`` (or from this folder wherever it lies). The
articles are seven **real** English Wikinews articles of 2019 on general news (not invented; licence CC BY 2.5,
attribution and the list of sources in ``LICENSE.md``, ``SOURCES.md`` and ``README.md``). The annotations
(``heldout7_annotations.py``) were written from the article texts alone, without looking at the toolkit's
rules, dictionaries, code or output; this script finds the offsets with ``str.find``-style search (each item at
its first occurrence, on word boundaries, after the previous item of the same task), checks them and writes one
annotator's gold set (``heldout7``) with :func:`toolkit.validate.write_gold`, through the shared
``tests/data/gold_builder.py``.

Each ``articles/*.txt`` starts with the headline on its first line (then a blank line and the body); the
``.json`` sidecar holds the title, outlet, date, URL and licence. The loader keeps the headline as part of
the article's text (it does not treat the first line as a heading), so the gold's offsets count from the
headline, and the annotations include the headline's mentions and claims. ``PLACE_GEONAMES`` (the GeoNames
id of each place mention, keyed by article number and surface) is written to the gold as the mention's
``place_id`` (the toolkit's ``mentions.place_id``); a place mention whose id the annotator's package lacked
(None) and every mention not used as a place have no ``place_id``. Every place mention must have a key there
and every key a place mention: the build stops otherwise.

Actor ids: the annotator's labels are mapped to the toolkit's id scheme in :data:`IDS` (added after the
annotations were frozen, by looking the labels up in the packaged dictionary, as for the earlier held-out
sets). A label the dictionary does not know gets ``new:<slug of the full name the text gives first>``.
No span or label was changed at that step.

Paths are relative to this file's folder; the repository root (for ``toolkit`` and ``tests/data/gold_builder.py``)
is the first folder above this one that holds ``toolkit/``, else ``/work/main``.
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

from heldout7_annotations import ACTORS, CLAIMS, MENTIONS, PLACE_GEONAMES, QUOTES  # noqa: E402

ANNOTATOR = "heldout7"

# label -> toolkit actor id. Added after the annotations were frozen, by looking every label (and every surface
# written for it) up in the packaged dictionary (toolkit/data/actors_states.csv, actors.yaml, actors_places.csv),
# with the rules of the earlier held-out sets (heldout4's and heldout5's): states by ISO3, capitals (also used as
# places) by the id the dictionary gives them (Moscow -> RUS, Tunis -> TUN, London -> GBR: actors_places.csv
# leaves an alias that is a capital to its state), dictionary ids for the organisations, people and places it
# knows ("Federal Security Service" is an alias of FSB, "Islamic State of Iraq and the Levant" of ISIS,
# "Agence France-Presse" of AFP), an institution without an entry of its own -> its state (Russia's
# Investigative Committee and Emergencies Ministry -> RUS, the Tunisian Parliament -> TUN, the US federal
# government, the National Hurricane Center, the Department of Justice, the SEC and the EPA -> USA; sub-national
# and transport bodies -> the state, as heldout5's Toronto Police -> CAN: British Transport Police, London
# Underground, London Ambulance Service, London Fire Brigade, Transport for London -> GBR, California Air
# Resources Board -> USA), and ``new:<slug of the full name the text gives first>`` for everything else
# (companies, media, universities, NGOs, people and places the dictionary lacks). The annotator's types are
# heldout4's (state, organization, person, location, armed_group). No span or label was changed at that step.
IDS: dict[str, str] = {
    # states
    "Russia": "RUS", "Tunisia": "TUN", "Algeria": "DZA", "Morocco": "MAR", "United States": "USA",
    "United Kingdom": "GBR", "Bahamas": "BHS",
    # capitals (the dictionary gives a capital the id of its state; is_place marks the place use)
    "Moscow": "RUS", "Tunis": "TUN", "London": "GBR",
    # organisations and armed groups in the dictionary
    "FSB": "FSB", "TASS": "TASS", "AFP": "AFP", "Islamic State": "ISIS",
    # institutions without an entry of their own -> state
    "Investigative Committee": "RUS", "Emergencies Ministry": "RUS", "Tunisian Parliament": "TUN",
    "US government": "USA", "National Hurricane Center": "USA", "US Department of Justice": "USA", "SEC": "USA",
    "EPA": "USA", "California Air Resources Board": "USA", "British Transport Police": "GBR",
    "London Underground": "GBR", "London Ambulance Service": "GBR", "London Fire Brigade": "GBR",
    "Transport for London": "GBR",
    # people in the dictionary
    "Vladimir Putin": "vladimir-putin", "Donald Trump": "donald-trump", "Ron DeSantis": "ron-desantis",
    # places in the dictionary (actors_places.csv)
    "Virginia": "VIRGINIA", "Ohio": "OHIO", "Indiana": "INDIANA", "England": "ENGLAND", "Caribbean": "CARIBBEAN",
    "Florida": "FLORIDA", "South Carolina": "SOUTH_CAROLINA",
    # not in the dictionary, where the label is not the full name the text gives first
    "Chelyabinsk Oblast": "new:chelyabinsk",
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
