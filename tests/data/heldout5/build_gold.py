"""Rebuild ``gold.jsonl`` from the fifth held-out set's articles and hand annotations.

Run: ``.venv/bin/python tests/data/heldout5/build_gold.py``. The articles are fourteen **real** English
Wikinews articles of 2019 on general news (not invented; licence CC BY 2.5, attribution and the list of
sources in ``LICENSE.md`` and ``README.md``). The annotations (``heldout5_annotations.py``) were written from
the article texts alone, without looking at the toolkit's rules, dictionaries, code or output; this script
finds the offsets with ``str.find``-style search (each item at its first occurrence, on word boundaries,
after the previous item of the same task), checks them and writes one annotator's gold set (``heldout5``)
with :func:`toolkit.validate.write_gold`.

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
"""

from __future__ import annotations

import sys
from pathlib import Path

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE))
sys.path.insert(0, str(HERE.parents[2]))

from heldout5_annotations import ACTORS, CLAIMS, MENTIONS, PLACE_GEONAMES, QUOTES  # noqa: E402

ANNOTATOR = "heldout5"

# label -> toolkit actor id. Added after the annotations were frozen, by looking every label (and every surface
# written for it) up in the packaged dictionary (toolkit/data/actors_states.csv, actors.yaml, actors_places.csv;
# labels and aliases, also under another spelling: "Abdel Fattah el-Sisi" is an alias of abdel-fattah-al-sisi),
# with the rules of the earlier held-out sets (heldout4's): states by ISO3, capitals (also used as places) by the
# id the dictionary gives them (Niamey -> NER, Doha -> QAT, London -> GBR, Vienna -> AUT, New Delhi -> IND),
# dictionary ids for the organisations, people and places it knows ("House of Representatives" and "US Senate"
# are aliases of US_CONGRESS), an institution without an entry of its own -> its state or parent body (the US
# federal government, federal agencies and institutes, the National Guard, Poland's State Fire Brigade, the
# DRC's INRB, the UK Parliament and an embassy -> the state; sub-national bodies -> the state, as heldout4's
# Borno agency SEMA -> NGA: Toronto Police and the Superior Court -> CAN, the NSW Parliament -> AUS, the Hong
# Kong government -> CHN; BBC Sport -> BBC), and ``new:<slug of the full name the text gives first>`` for
# everything else (companies, banks, universities, media, parties, bands, sports bodies, trade blocs, people
# and places the dictionary lacks). The annotator's types are heldout4's (state, organization, person,
# location). No span or label was changed at that step.
IDS: dict[str, str] = {
    # states
    "United States": "USA", "Mexico": "MEX", "Poland": "POL", "Canada": "CAN", "Nigeria": "NGA", "Benin": "BEN",
    "Niger": "NER", "Egypt": "EGY", "Eritrea": "ERI", "Ghana": "GHA", "Democratic Republic of the Congo": "COD",
    "Australia": "AUS", "Norway": "NOR", "Qatar": "QAT", "United Kingdom": "GBR", "Kenya": "KEN", "Ethiopia": "ETH",
    "Austria": "AUT", "China": "CHN", "India": "IND", "Myanmar": "MMR",
    # capitals (the dictionary gives a capital the id of its state; is_place marks the place use)
    "Niamey": "NER", "Doha": "QAT", "London": "GBR", "Vienna": "AUT", "New Delhi": "IND",
    # organisations in the dictionary
    "US Congress": "US_CONGRESS", "US House of Representatives": "US_CONGRESS", "US Senate": "US_CONGRESS",
    "Democratic Party": "DEMOCRATS", "Republican Party": "REPUBLICANS", "AFP": "AFP", "African Union": "AU",
    "European Union": "EU", "IMF": "IMF", "WHO": "WHO", "Conservative Party": "CONSERVATIVES_GBR",
    # institutions without an entry of their own -> state or parent body
    "US government": "USA", "National Guard": "USA", "National Hurricane Center": "USA",
    "National Weather Service": "USA", "NIAID": "USA", "State Fire Brigade": "POL", "INRB": "COD",
    "UK Parliament": "GBR", "Myanmar embassy": "MMR", "Toronto Police": "CAN", "Superior Court": "CAN",
    "NSW Parliament": "AUS", "Hong Kong government": "CHN", "BBC Sport": "BBC",
    # people in the dictionary
    "Nancy Pelosi": "nancy-pelosi", "Donald Trump": "donald-trump", "Andrzej Duda": "andrzej-duda",
    "Abdel Fattah el-Sisi": "abdel-fattah-al-sisi", "Narendra Modi": "narendra-modi",
    # places in the dictionary (actors.yaml and actors_places.csv)
    "Toronto": "TORONTO", "Nevada": "NEVADA", "Africa": "AFRICA", "Gulf of Mexico": "GULF_OF_MEXICO",
    "New Orleans": "NEW_ORLEANS", "Beni": "BENI", "Butembo": "BUTEMBO", "Florida": "FLORIDA", "Sydney": "SYDNEY",
    "San Francisco": "SAN_FRANCISCO", "California": "CALIFORNIA", "Chicago": "CHICAGO", "Hong Kong": "HONG_KONG",
    # not in the dictionary, where the label is not the full name the text gives first
    "AfCFTA": "new:african-continental-free-trade-area", "PG&E": "new:pacific-gas-and-electric-company",
    "Chinese University of Hong Kong": "new:chinese-university",
}  # fmt: skip

# The dictionary's type for the actors it knows, where it differs from the annotator's label type: none in this
# set (a label mapped to a state id is of type state).
TYPES: dict[str, str] = {}


STATE_IDS = {actor_id_ for label, kind in ACTORS.items() if kind == "state" and (actor_id_ := IDS.get(label)) not in TYPES}


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
