"""Rebuild ``gold.jsonl`` from the second held-out set's articles and hand annotations.

Run: ``.venv/bin/python tests/data/heldout2/build_gold.py``. The annotations (``heldout2_annotations.py``)
were written from the article texts alone, without looking at the toolkit's rules or dictionaries; this
script finds the offsets with ``str.find``-style search (each item at its first occurrence, on word
boundaries, after the previous item of the same task), checks them and writes one annotator's gold set
(``heldout2``) with :func:`toolkit.validate.write_gold`.

Actor ids: the annotator's labels are mapped to the toolkit's id scheme in :data:`IDS` (added after the
gold spans were written, by looking the labels up in the packaged dictionary, as for the first held-out
set). A label the dictionary does not know gets ``new:<slug>`` (the toolkit's scheme for discovered
actors). No span was changed at that step.
"""

from __future__ import annotations

import sys
from pathlib import Path

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE))
sys.path.insert(0, str(HERE.parents[2]))

from heldout2_annotations import ACTORS, CLAIMS, MENTIONS, QUOTES  # noqa: E402

ANNOTATOR = "heldout2"

# label -> toolkit actor id. Added after the gold spans were written, by looking the labels up in the
# packaged dictionary (toolkit/data/actors_states.csv, actors.yaml,
# actors_places.csv), with the rules of the first held-out
# set: states by ISO3, capitals (also used as places) by the id the dictionary gives them, dictionary ids
# for the organisations, groups, people and places it knows (``Africa Corps`` and ``Al-Quds Brigades`` are
# aliases there of WAGNER and PIJ), a national institution without an entry of its own -> its state or
# parent body (Palestinian ministries and security forces -> PA, the Home Front Command -> ISR_MIL), and
# ``new:<slug of the label>`` for everything else. No span or label was changed at that step.
IDS: dict[str, str] = {
    # states
    "Israel": "ISR", "Iran": "IRN", "United States": "USA", "Saudi Arabia": "SAU", "Qatar": "QAT",
    "United Arab Emirates": "ARE", "Lebanon": "LBN", "Ukraine": "UKR", "Russia": "RUS", "Mali": "MLI",
    "Burkina Faso": "BFA", "Niger": "NER", "France": "FRA", "Ethiopia": "ETH", "Somalia": "SOM", "Libya": "LBY",
    "Italy": "ITA", "Armenia": "ARM", "Azerbaijan": "AZE", "Colombia": "COL", "Venezuela": "VEN", "Sudan": "SDN",
    "Palestine": "PSE", "Germany": "DEU", "Kenya": "KEN", "Uganda": "UGA", "United Kingdom": "GBR",
    "Nagorno-Karabakh": "NAGORNO_KARABAKH",
    # capitals (the dictionary gives a capital the id of its state; is_place marks the place use)
    "Tehran": "IRN", "Beirut": "LBN", "Kyiv": "UKR", "Ouagadougou": "BFA", "Mogadishu": "SOM", "Tripoli": "LBY",
    "Ramallah": "PA",
    # militaries and armed groups
    "Israeli military": "ISR_MIL", "Home Front Command": "ISR_MIL", "Ukrainian military": "UKR_MIL",
    "Russian military": "RUS_MIL", "Iranian military": "IRN", "Ethiopian military": "ETH", "Azerbaijani military": "AZE",
    "Palestinian Authority security forces": "PA", "Islamic Jihad": "PIJ", "Al-Quds Brigades": "PIJ",
    "Hezbollah": "HEZBOLLAH", "Hamas": "HAMAS", "al-Qaeda": "AL_QAEDA", "Islamic State": "ISIS", "JNIM": "JNIM",
    "Africa Corps": "WAGNER", "Wagner": "WAGNER", "Fano": "FANO", "al-Shabab": "AL_SHABAAB",
    # organisations
    "Palestinian health ministry": "PA", "Palestinian Authority": "PA", "OCHA": "OCHA", "UN": "UN", "European Union": "EU",
    "Kremlin": "KREMLIN", "Naftogaz": "NAFTOGAZ", "European Commission": "EC", "Ukrainian energy ministry": "UKR",
    "Presidential Office of Ukraine": "UKR", "ECOWAS": "ECOWAS", "ACLED": "ACLED", "WFP": "WFP", "BBC": "BBC",
    "African Union": "AU", "Financial Times": "FT", "NATO": "NATO", "The New York Times": "NYT",
    "Norwegian Refugee Council": "NRC", "Reuters": "REUTERS", "Somali police": "SOM", "Presidential Council": "LBY",
    # people in the dictionary
    "Israel Katz": "israel-katz", "Benjamin Netanyahu": "benjamin-netanyahu", "Daniel Hagari": "daniel-hagari",
    "Ali Khamenei": "ali-khamenei", "Hassan Nasrallah": "hassan-nasrallah", "Ismail Haniyeh": "ismail-haniyeh",
    "Joe Biden": "joe-biden", "Volodymyr Zelensky": "volodymyr-zelensky", "Donald Trump": "donald-trump",
    "Andriy Yermak": "andriy-yermak", "Marco Rubio": "marco-rubio", "Mike Waltz": "mike-waltz",
    "Dmitry Peskov": "dmitry-peskov", "Vladimir Putin": "vladimir-putin", "Ursula von der Leyen": "ursula-von-der-leyen",
    "Assimi Goita": "assimi-goita", "Ibrahim Traore": "ibrahim-traore", "Abiy Ahmed": "abiy-ahmed",
    "Nicolas Maduro": "nicolas-maduro", "Tom Fletcher": "tom-fletcher", "Jan Egeland": "jan-egeland",
    # places in the dictionary
    "West Bank": "WEST_BANK", "Jenin": "JENIN", "Gaza": "GAZA", "Jerusalem": "JERUSALEM", "Odesa": "ODESA",
    "Kharkiv": "KHARKIV", "Sahel": "SAHEL", "Tigray": "TIGRAY", "Geneva": "GENEVA",
    # places in the dictionary's place list (actors_places.csv)
    "Jeddah": "JEDDAH", "Tillaberi": "TILLABERI", "Amhara": "AMHARA", "Lachin corridor": "LACHIN_CORRIDOR",
    "Stepanakert": "STEPANAKERT", "Catatumbo": "CATATUMBO", "Cucuta": "CUCUTA",
    # not in the dictionary: new:<slug of the full name> where the text gives one
    "NOC": "new:national-oil-corporation", "UNSMIL": "new:un-support-mission-in-libya",
    "UNSOM": "new:un-assistance-mission-in-somalia", "USAID": "new:united-states-agency-for-international-development",
    "UNODC": "new:united-nations-office-on-drugs-and-crime", "AES": "new:alliance-of-sahel-states",
    "ELN": "new:national-liberation-army",
}  # fmt: skip

# The dictionary's type for the actors it knows, where it differs from the annotator's label type
# (national militaries are organisations there; Nagorno-Karabakh is a location).
TYPES: dict[str, str] = {
    "ISR_MIL": "organization", "UKR_MIL": "organization", "RUS_MIL": "organization", "PA": "organization",
    "NAGORNO_KARABAKH": "location",
}  # fmt: skip


STATE_IDS = {actor_id_ for label, kind in ACTORS.items() if kind == "state" and (actor_id_ := IDS.get(label)) not in TYPES} | {
    "IRN", "ETH", "AZE", "UKR", "SOM", "LBY", "BFA", "LBN"}


sys.path.insert(0, str(HERE.parent))
from gold_builder import GoldBuilder, slug  # noqa: E402

_BUILDER = GoldBuilder(
    HERE, ANNOTATOR, actors=ACTORS, ids=IDS, types=TYPES, state_ids=STATE_IDS,
    mentions=MENTIONS, claims=CLAIMS, quotes=QUOTES,
)  # fmt: skip
actor_id, actor_type, tables = _BUILDER.actor_id, _BUILDER.actor_type, _BUILDER.tables
__all__ = ["actor_id", "actor_type", "build", "slug", "tables"]


def build(path: Path = HERE / "gold.jsonl") -> Path:
    return _BUILDER.build(path)


if __name__ == "__main__":
    print(build())
