"""Rebuild ``gold.jsonl`` from development set E's articles (annotator devEa's part, 01-07) and hand annotations.

Run: ``/work/main/.venv/bin/python build_gold.py`` (from anywhere; paths are relative to this file). The
articles are seven **real** English Wikinews articles of 2020 on general news (not invented; licence CC BY 2.5,
attribution and the list of sources in ``LICENSE.md``, ``README.md`` and ``SOURCES.md``). The annotations
(``devE_annotations.py``) were written from the article texts alone, without looking at the toolkit's rules,
dictionaries, code or output; this script finds the offsets with ``str.find``-style search (each item at its
first occurrence, on word boundaries, after the previous item of the same task), checks them and writes one
annotator's gold set (``devE``) with :func:`toolkit.validate.write_gold`, through the repository's
``tests/data/gold_builder.py`` as heldout5's build does.

Each ``articles/*.txt`` starts with the headline on its first line (then a blank line and the body); the
``.json`` sidecar holds the title, outlet, date, URL and licence. The gold's offsets count from the headline.
``PLACE_GEONAMES`` (the GeoNames id of each place mention, keyed by article number and surface) is written to
the gold as the mention's ``place_id``; a place mention whose id the package lacks (None) has none.

Actor ids: the annotator's labels are mapped to the toolkit's id scheme in :data:`IDS` (added after the
annotations were frozen, by looking the labels up in the packaged dictionary, as for heldout5). A label the
dictionary does not know gets ``new:<slug of the full name the text gives first>``. No span or label was
changed at that step.
"""

from __future__ import annotations

import sys
from pathlib import Path

HERE = Path(__file__).resolve().parent


def _repo_root() -> Path:
    for parent in [HERE, *HERE.parents]:
        if (parent / "toolkit").is_dir():
            return parent
    return Path("/work/main")


ROOT = _repo_root()
sys.path.insert(0, str(HERE))
sys.path.insert(0, str(ROOT))
sys.path.insert(0, str(ROOT / "tests" / "data"))

from devE_annotations import ACTORS, CLAIMS, MENTIONS, PLACE_GEONAMES, QUOTES  # noqa: E402

ANNOTATOR = "devE"

# label -> toolkit actor id. Added after the annotations were frozen (see the comment above IDS in
# heldout5/build_gold.py for the rules): states by ISO3; capitals by their state's id; organisations, people
# and places the packaged dictionary knows by its id; institutions without an entry of their own -> their state
# or parent body; ``new:<slug>`` for everything else.
IDS: dict[str, str] = {
    # states; capitals (the dictionary gives a capital the id of its state)
    "United States": "USA", "India": "IND", "Bangladesh": "BGD", "Italy": "ITA", "United Kingdom": "GBR",
    "New Delhi": "IND", "Dhaka": "BGD",
    # organisations in the dictionary ("House of Representatives" is an alias of US_CONGRESS)
    "WHO": "WHO", "Centers for Disease Control and Prevention": "CDC", "CNN": "CNN", "Associated Press": "AP",
    "Reuters": "REUTERS", "Democratic Party": "DEMOCRATS", "Republican Party": "REPUBLICANS",
    "Bharatiya Janta Party": "BJP", "Anadolu Agency": "ANADOLU", "US House of Representatives": "US_CONGRESS",
    # institutions without an entry of their own -> state or parent body (federal agencies and institutes, a
    # state institute and commission, a sub-national legislature, a party's committee)
    "NIAID": "USA", "United States Postal Service": "USA", "National Science Foundation": "USA", "IEDCR": "BGD",
    "Anti-Corruption Commission": "BGD", "Assam Legislative Assembly": "IND", "Democratic National Committee": "DEMOCRATS",
    # people in the dictionary
    "Tedros Adhanom Ghebreyesus": "tedros-adhanom-ghebreyesus", "Joe Biden": "joe-biden", "Donald Trump": "donald-trump",
    "Bernie Sanders": "bernie-sanders",
    # places in the dictionary (actors_places.csv)
    "Montana": "MONTANA", "Florida": "FLORIDA", "Arizona": "ARIZONA", "Illinois": "ILLINOIS", "Ohio": "OHIO",
    "Assam": "ASSAM", "New Jersey": "NEW_JERSEY", "Oregon": "OREGON", "Maryland": "MARYLAND", "Vermont": "VERMONT",
    "Minnesota": "MINNESOTA",
    # not in the dictionary, where the label is not the full name the text gives first
    "ACLU of Montana": "new:american-civil-liberties-union-of-montana", "Chakrapani": "new:swami-chakrapani",
}  # fmt: skip

# The dictionary's type for the actors it knows, where it differs from the annotator's label type.
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
