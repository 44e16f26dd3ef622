"""Rebuild ``gold.jsonl`` from development set D's articles and hand annotations (annotator devD).

Run: ``.venv/bin/python <this folder>/build_gold.py``. The articles are real English Wikinews articles of 2020
on general news (licence CC BY 2.5, attribution in ``LICENSE.md``, sources in ``README.md``/``SOURCES.md``). The
annotations (``devD_annotations.py``) were written from the article texts alone, without looking at the
toolkit's rules, dictionaries, code or output; this script finds the offsets (each item at its first occurrence,
on word boundaries, after the previous item of the same task), checks them and writes one annotator's gold set
(``devD``) with :func:`toolkit.validate.write_gold`, via ``tests/data/gold_builder.py`` as heldout5 does.
``PLACE_GEONAMES`` is written as the mentions' ``place_id``. Paths are relative to this script's folder; the
repository root is found by walking up to a folder holding ``toolkit/`` (fallback /work/main).

Actor ids: labels mapped to the toolkit's id scheme in :data:`IDS` (added after the annotations were frozen, by
looking the labels up in the packaged dictionary, heldout4/heldout5's rules). A label the dictionary does not
know gets ``new:<slug of the label>``. No span or label was changed at that step.
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

from devD_annotations import ACTORS, CLAIMS, MENTIONS, PLACE_GEONAMES, QUOTES  # noqa: E402

ANNOTATOR = "devD"

# label -> toolkit actor id. Added after the annotations were frozen, by looking every label up in the packaged
# dictionary (toolkit/data/actors_states.csv, actors.yaml, actors_places.csv), with heldout4/heldout5's rules:
# states by ISO3, capitals by their state's id (Oslo -> NOR, London -> GBR), dictionary ids for the organisations,
# people and places it knows ("New York City" spells the dictionary's New York), an institution without an entry
# of its own -> its state or parent body (Samoa's government, ministries, NEOC, Health EOC and Disease
# Surveillance Team -> WSM; the Victorian laboratory -> AUS; Norway's fire and rescue services -> NOR; USGS -> USA;
# Egypt's government -> EGY; the Met's Counter Terrorism Command -> MET_POLICE), and new:<slug> for the rest
# (companies, railways, media, universities, people and places the dictionary lacks).
IDS: dict[str, str] = {
    # states
    "Samoa": "WSM", "Australia": "AUS", "Philippines": "PHL", "Tonga": "TON", "Fiji": "FJI", "New Zealand": "NZL",
    "Norway": "NOR", "Ireland": "IRL", "United States": "USA", "China": "CHN", "Egypt": "EGY", "Italy": "ITA",
    "Thailand": "THA", "Canada": "CAN", "India": "IND",
    # capitals
    "Oslo": "NOR", "London": "GBR",
    # organisations in the dictionary
    "UNICEF": "UNICEF", "WHO": "WHO", "PA Media": "PA_MEDIA", "FAO": "FAO", "Democratic Party": "DEMOCRATS",
    "CNN": "CNN", "NPR": "NPR", "NBC News": "NBC", "The Hindu": "THE_HINDU",
    # institutions without an entry of their own -> state or parent body
    "Samoa government": "WSM", "National Emergency Operation Centre": "WSM", "Health Emergency Operation Center": "WSM",
    "Samoa Ministry of Health": "WSM", "Samoa Ministry of Foreign Affairs": "WSM", "Disease Surveillance Team": "WSM",
    "Victorian Infectious Disease Reference Laboratory": "AUS", "Rogaland Fire and Rescue": "NOR",
    "Oslo Fire and Rescue": "NOR", "USGS": "USA", "Egypt government": "EGY",
    "Metropolitan Police Counter Terrorism Command": "MET_POLICE",
    # people in the dictionary
    "Tedros Adhanom Ghebreyesus": "tedros-adhanom-ghebreyesus", "Bernie Sanders": "bernie-sanders",
    "Joe Biden": "joe-biden", "Tulsi Gabbard": "tulsi-gabbard", "Donald Trump": "donald-trump",
    # places in the dictionary
    "Melbourne": "MELBOURNE", "Pacific": "PACIFIC", "Puerto Rico": "PUERTO_RICO", "England": "ENGLAND",
    "Wuhan": "WUHAN", "New York City": "NEW_YORK",
    "Alabama": "ALABAMA", "Arkansas": "ARKANSAS", "California": "CALIFORNIA", "Colorado": "COLORADO", "Maine": "MAINE",
    "Massachusetts": "MASSACHUSETTS", "Minnesota": "MINNESOTA", "North Carolina": "NORTH_CAROLINA",
    "Oklahoma": "OKLAHOMA", "Tennessee": "TENNESSEE", "Texas": "TEXAS", "Utah": "UTAH", "Vermont": "VERMONT",
    "Virginia": "VIRGINIA", "Iowa": "IOWA", "New Hampshire": "NEW_HAMPSHIRE", "Nevada": "NEVADA",
    "South Carolina": "SOUTH_CAROLINA", "Indiana": "INDIANA", "Hawaii": "HAWAII", "Idaho": "IDAHO",
    "Michigan": "MICHIGAN", "Mississippi": "MISSISSIPPI", "Missouri": "MISSOURI", "North Dakota": "NORTH_DAKOTA",
}  # fmt: skip

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
