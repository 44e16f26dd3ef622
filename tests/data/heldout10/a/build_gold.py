"""Rebuild ``gold.jsonl`` from the tenth held-out set's articles and hand annotations (part A, articles 01-07).

Run: ``.venv/bin/python tests/data/heldout10/build_gold.py`` (or from wherever this folder lies: paths are
relative to this file, and the repository root is found by walking up to the first folder holding
``toolkit/``, else ``/work/main``). The articles are seven **real** English Wikinews articles of 2020 on
general news (not invented; licence CC BY 2.5, attribution and the list of sources in ``LICENSE.md``,
``SOURCES.md`` and ``README.md``). The annotations (``heldout10_annotations.py``) were written from the
article texts alone, without looking at the toolkit's rules, dictionaries, code or output; this script finds
the offsets with ``str.find``-style search (each item at its first occurrence, on word boundaries, after the
previous item of the same task), checks them and writes one annotator's gold set (``heldout10``) with
:func:`toolkit.validate.write_gold`.

Each ``articles/*.txt`` starts with the headline on its first line (then a blank line and the body); the
``.json`` sidecar holds the title, outlet, date, URL and licence. The loader keeps the headline as part of
the article's text, so the gold's offsets count from the headline, and the annotations include the
headline's mentions and claims. ``PLACE_GEONAMES`` (the GeoNames id of each place mention, keyed by article
number and surface) is written to the gold as the mention's ``place_id``; a place mention whose id the
annotator's package lacked (None) and every mention not used as a place have no ``place_id``. Every place
mention must have a key there and every key a place mention: the build stops otherwise.

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
    for parent in HERE.parents:
        if (parent / "toolkit").is_dir():
            return parent
    return Path("/work/main")


ROOT = _repo_root()
sys.path.insert(0, str(HERE))
sys.path.insert(0, str(ROOT))

from heldout10_annotations import ACTORS, CLAIMS, MENTIONS, PLACE_GEONAMES, QUOTES  # noqa: E402

ANNOTATOR = "heldout10"

# label -> toolkit actor id. Added after the annotations were frozen, by looking every label (and every surface
# written for it) up in the packaged dictionary (toolkit/data/actors_states.csv, actors.yaml, actors_places.csv;
# labels and aliases, also under another spelling: "Aleksandar Vučić" is the dictionary's "Aleksandar Vucic"),
# with the rules of the earlier held-out sets (heldout4's and heldout5's): states by ISO3, capitals by the id the
# dictionary gives them (Seoul -> KOR, Belgrade -> SRB, Berlin -> DEU, Moscow -> RUS), dictionary ids for the
# organisations, people and places it knows, an institution without an entry of its own -> its state (the German
# and Russian governments, Serbia's National Assembly, the South Korean police; the Seoul city government, a
# sub-national body, -> KOR, as heldout5's Hong Kong government -> CHN), and ``new:<slug of the full name the
# text gives first>`` for everything else (clubs, bands, media, the debates commission, a hospital, a
# foundation, people and places the dictionary lacks). No span or label was changed at that step.
IDS: dict[str, str] = {
    # states
    "South Korea": "KOR", "Serbia": "SRB", "Russia": "RUS", "Germany": "DEU", "Netherlands": "NLD",
    "United States": "USA",
    # capitals (the dictionary gives a capital the id of its state; is_place marks the place use)
    "Seoul": "KOR", "Belgrade": "SRB", "Berlin": "DEU", "Moscow": "RUS",
    # organisations in the dictionary
    "Democratic Party": "DEMOCRATS", "NBC News": "NBC",
    # institutions without an entry of their own -> state
    "South Korean police": "KOR", "Seoul government": "KOR", "National Assembly of Serbia": "SRB",
    "German government": "DEU", "Russian government": "RUS",
    # people in the dictionary
    "Alexei Navalny": "alexei-navalny", "Vladimir Putin": "vladimir-putin", "Donald Trump": "donald-trump",
    "Joe Biden": "joe-biden", "Aleksandar Vučić": "aleksandar-vucic",
    # places in the dictionary (actors_places.csv)
    "Siberia": "SIBERIA", "California": "CALIFORNIA", "Miami": "MIAMI", "Ohio": "OHIO",
    "Pennsylvania": "PENNSYLVANIA", "Tennessee": "TENNESSEE",
    # not in the dictionary, where the label is not the full name the text gives first
    "Caloundra (rugby club)": "new:caloundra", "Maroochydore (rugby club)": "new:maroochydore",
    "University (rugby club)": "new:uni", "Noosa (rugby club)": "new:noosa", "Van Halen (band)": "new:van-halen",
    "RIAA": "new:recording-industry-association-of-america", "Cat Stevens": "new:yusuf-cat-stevens",
    "Commission on Presidential Debates": "new:united-states-commission-on-presidential-debates",
    "Soviet Union": "new:soviet-union", "Charité": "new:charite", "Rock & Roll Hall of Fame": "new:rock-and-roll-hall-of-fame",
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
