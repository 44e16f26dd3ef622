"""Rebuild ``gold.jsonl`` from development set E's articles (this folder: 08-14) and hand annotations.

Run: ``.venv/bin/python <this folder>/build_gold.py`` (from anywhere). The articles are seven **real** English
Wikinews articles of 2020 on general news (not invented; licence CC BY 2.5, attribution and the list of sources
in ``LICENSE.md`` and ``README.md``). A development set: annotated blind, then used by rule writers
(in-sample). The annotations (``devE_annotations.py``) were written from the article texts alone, without
looking at the toolkit's rules, dictionaries, code or output; this script finds the offsets with
``str.find``-style search (each item at its first occurrence, on word boundaries, after the previous item of
the same task), checks them and writes one annotator's gold set (``devE``) with
:func:`toolkit.validate.write_gold` (through ``tests/data/gold_builder.py``, as heldout5's build script).

Each ``articles/*.txt`` starts with the headline on its first line (then a blank line and the body); the
``.json`` sidecar holds the title, outlet, date, URL and licence. The gold's offsets count from the headline,
and the annotations include the headline's mentions, claims and quotes. ``PLACE_GEONAMES`` (the GeoNames id of
each place mention, keyed by article number and surface) is written to the gold as the mention's ``place_id``;
a place mention whose id the annotator's package lacked (None) and every mention not used as a place have no
``place_id``.

Actor ids: the annotator's labels are mapped to the toolkit's id scheme in :data:`IDS` (added after the
annotations were frozen, by looking the labels up in the packaged dictionary, as heldout5's build script
describes). A label the dictionary does not know gets ``new:<slug of the full name the text gives first>``.
No span or label was changed at that step.

Paths are relative to this file's folder; the repository root (for ``toolkit`` and ``tests/data/gold_builder``)
is the first folder above this one that contains ``toolkit/``, else ``/work/main``.
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
sys.path.insert(0, str(ROOT / "tests" / "data"))

from devE_annotations import ACTORS, CLAIMS, MENTIONS, PLACE_GEONAMES, QUOTES  # noqa: E402

ANNOTATOR = "devE"

# label -> toolkit actor id. Added after the annotations were frozen, by looking every label (and every surface
# written for it) up in the packaged dictionary (toolkit/data/actors_states.csv, actors.yaml, actors_places.csv),
# with heldout5's rules: states by ISO3; a capital by the id the dictionary gives it (Tehran, in "prosecutor
# general of Tehran" -> IRN); dictionary ids for the organisations, people and places it knows ("US Senate" is
# an alias of US_CONGRESS; Space X -> SPACEX; Fars, Interpol, Deutsche Welle, Microsoft, White House); an
# institution without an entry of its own -> its state (NASA, the White House Coronavirus Task Force -> USA;
# Thames Valley Police and the UK's counter terror police -> GBR; UOKiK -> POL); and
# ``new:<slug of the full name the text gives first>`` for everything else (companies, media, parties, people and
# places the dictionary lacks; the default for a label not listed here is the slug of the label itself). The
# annotator's types are heldout4's (state, organization, person, location). No span or label was changed at that
# step.
IDS: dict[str, str] = {
    # states
    "United States": "USA", "United Kingdom": "GBR", "Poland": "POL", "Denmark": "DNK", "Czechia": "CZE",
    "Hungary": "HUN", "Slovakia": "SVK", "Thailand": "THA", "Malaysia": "MYS", "South Korea": "KOR", "Libya": "LBY",
    "France": "FRA", "Finland": "FIN", "Iran": "IRN", "Saudi Arabia": "SAU", "Pakistan": "PAK", "Tanzania": "TZA",
    "Canada": "CAN",
    # capitals (the dictionary gives a capital the id of its state)
    "Tehran": "IRN",
    # organisations in the dictionary
    "Democratic Party": "DEMOCRATS", "Republican Party": "REPUBLICANS", "US Senate": "US_CONGRESS", "SpaceX": "SPACEX",
    "Deutsche Welle": "DW", "Microsoft": "MICROSOFT", "Interpol": "INTERPOL", "Fars": "FARS",
    # institutions without an entry of their own -> state
    "NASA": "USA", "White House Coronavirus Task Force": "USA", "Thames Valley Police": "GBR",
    "UK counter terror police": "GBR", "UOKiK": "POL",
    # people in the dictionary
    "Joe Biden": "joe-biden", "Donald Trump": "donald-trump", "Kamala Harris": "kamala-harris",
    # places in the dictionary (actors_places.csv)
    "Minnesota": "MINNESOTA", "Florida": "FLORIDA", "Illinois": "ILLINOIS", "California": "CALIFORNIA",
    "Massachusetts": "MASSACHUSETTS", "Michigan": "MICHIGAN", "Europe": "EUROPE",
    # not in the dictionary, where the label is not the full name the text gives first
    "Monmouth University": "new:monmouth", "Salling Group": "new:salling-group-a-s",
    "Georgia (US state)": "new:georgia", "Constitution Party": "new:us-constitution-party",
    "Libertarian Party": "new:us-libertarian-party", "Green Party": "new:green-party",
    "Peace and Freedom Party": "new:peace-and-freedom-party-of-california",
    "Liberty Union Party": "new:liberty-union-party-of-vermont",
}  # fmt: skip

# The dictionary's type for the actors it knows, where it differs from the annotator's label type: none in this
# set (a label mapped to a state id is of type state; Tehran keeps the annotator's type, as heldout5's capitals).
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
