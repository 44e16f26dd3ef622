"""Rebuild ``gold.jsonl`` from the third held-out set's articles and hand annotations.

Run: ``.venv/bin/python tests/data/heldout3/build_gold.py``. The annotations (``heldout3_annotations.py``)
were written from the article texts alone, without looking at the toolkit's rules or dictionaries; this
script finds the offsets with ``str.find``-style search (each item at its first occurrence, on word
boundaries, after the previous item of the same task), checks them and writes one annotator's gold set
(``heldout3``) with :func:`toolkit.validate.write_gold`.

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

from heldout3_annotations import ACTORS, CLAIMS, MENTIONS, QUOTES  # noqa: E402

ANNOTATOR = "heldout3"

# label -> toolkit actor id. Added after the gold spans were written and frozen, by looking every label (and every
# surface written for it) up in the packaged dictionary (toolkit/data/actors_states.csv, actors.yaml,
# actors_places.csv), with the rules of the first two held-out sets: states by ISO3, capitals (also used as places)
# by the id the dictionary gives them, the dictionary's id for every actor it knows under any alias ("Myanmar's
# junta" -> TATMADAW, "Russia's defence ministry" -> RUS_MIL, "U.S. military" -> PENTAGON, "North Kivu" -> KIVU,
# Pakistan's "Punjab" -> PUNJAB_PROVINCE: the dictionary's PUNJAB is India's), a national institution without an
# entry of its own -> its state or parent body (ministries, national militaries, police, ISPR, Taiwan's councils
# and offices -> the state; the Houthi health ministry and political bureau -> HOUTHIS; the Eastern Theater
# Command -> CHN_PLA; the UN human rights monitoring mission in Ukraine -> OHCHR), and ``new:<slug of the full
# name>`` for everything else. No span or label was changed at that step.
IDS: dict[str, str] = {
    # states
    "Israel": "ISR", "Qatar": "QAT", "Egypt": "EGY", "United States": "USA", "Iran": "IRN", "Lebanon": "LBN",
    "France": "FRA", "Yemen": "YEM", "Russia": "RUS", "Syria": "SYR", "Turkey": "TUR", "Ukraine": "UKR",
    "Slovakia": "SVK", "Poland": "POL", "United Kingdom": "GBR", "Sudan": "SDN", "DR Congo": "COD", "Rwanda": "RWA",
    "South Africa": "ZAF", "Malawi": "MWI", "Uruguay": "URY", "Belgium": "BEL", "Kenya": "KEN", "Myanmar": "MMR",
    "China": "CHN", "India": "IND", "Haiti": "HTI", "Mali": "MLI", "Burkina Faso": "BFA", "Niger": "NER",
    "Pakistan": "PAK", "Taiwan": "TWN", "Thailand": "THA", "Algeria": "DZA",
    # capitals (the dictionary gives a capital the id of its state; is_place marks the place use)
    "Beirut": "LBN", "Sanaa": "YEM", "Damascus": "SYR", "Moscow": "RUS", "Kyiv": "UKR", "Warsaw": "POL",
    "Washington": "USA", "London": "GBR", "Kinshasa": "COD", "Naypyidaw": "MMR", "Bangkok": "THA",
    "Port-au-Prince": "HTI", "Bamako": "MLI", "Islamabad": "PAK", "New Delhi": "IND", "Taipei": "TWN",
    # militaries and armed groups
    "Israeli military": "ISR_MIL", "US military": "PENTAGON", "Sudanese military": "SDN_SAF", "Myanmar junta": "TATMADAW",
    "PLA": "CHN_PLA", "Eastern Theater Command": "CHN_PLA", "Lebanese military": "LBN", "Congolese military": "COD",
    "Rwandan military": "RWA", "Malian military": "MLI", "Pakistani military": "PAK", "Hamas": "HAMAS",
    "Hezbollah": "HEZBOLLAH", "Houthis": "HOUTHIS", "HTS": "HTS", "RSF": "RSF", "M23": "M23", "Viv Ansanm": "VIV_ANSANM",
    "al-Qaeda": "AL_QAEDA", "JNIM": "JNIM", "Wagner": "WAGNER",
    "Karen National Union": "new:karen-national-union", "Lashkar-e-Taiba": "new:lashkar-e-taiba",
    "The Resistance Front": "new:the-resistance-front",
    # organisations in the dictionary
    "ICRC": "ICRC", "AFP": "AFP", "UN": "UN", "WFP": "WFP", "Gaza health ministry": "PSE_GAZA_MOH",
    "White House": "WHITE_HOUSE", "Reuters": "REUTERS", "IOM": "IOM", "UNIFIL": "UNIFIL", "Fox News": "FOX",
    "Al Jazeera": "ALJAZEERA", "SBU": "SBU", "Kremlin": "KREMLIN", "Russian defence ministry": "RUS_MIL", "NATO": "NATO",
    "BBC": "BBC", "MSF": "MSF", "IPC": "IPC", "UN Security Council": "UNSC", "MONUSCO": "MONUSCO",
    "East African Community": "EAC", "UNHCR": "UNHCR", "National Unity Government": "NUG", "OHCHR": "OHCHR",
    "HRMMU": "OHCHR", "The Associated Press": "AP", "US State Department": "STATE_DEPT", "MINUSMA": "MINUSMA",
    "ACLED": "ACLED",
    # national institutions without an entry of their own -> state or parent body
    "Israeli Prime Minister's Office": "ISR", "Qatari foreign ministry": "QAT", "Lebanese health ministry": "LBN",
    "Iranian foreign ministry": "IRN", "Houthi health ministry": "HOUTHIS", "Houthi political bureau": "HOUTHIS",
    "Suez Canal Authority": "EGY", "Russian foreign ministry": "RUS", "Ukrainian health ministry": "UKR",
    "Rwandan foreign ministry": "RWA", "Kenyan police": "KEN", "ISPR": "PAK", "National Security Committee": "PAK",
    "Pakistan Air Force": "PAK", "Indian defence ministry": "IND", "Taiwan defence ministry": "TWN",
    "China Coast Guard": "CHN", "Taiwan Presidential Office": "TWN", "Mainland Affairs Council": "TWN",
    "Taiwan National Security Council": "TWN",
    # not in the dictionary: new:<slug of the full name> where the text gives one
    "AFC": "new:alliance-fleuve-congo", "AES": "new:alliance-of-sahel-states", "CCP": "new:chinese-communist-party",
    # people in the dictionary
    "Benjamin Netanyahu": "benjamin-netanyahu", "Daniel Hagari": "daniel-hagari", "Donald Trump": "donald-trump",
    "Majed al-Ansari": "majed-al-ansari", "Antonio Guterres": "antonio-guterres", "Joe Biden": "joe-biden",
    "Najib Mikati": "najib-mikati", "Avichay Adraee": "avichay-adraee", "Emmanuel Macron": "emmanuel-macron",
    "Pete Hegseth": "pete-hegseth", "Yahya Saree": "yahya-saree", "Abbas Araghchi": "abbas-araghchi",
    "Stephane Dujarric": "stephane-dujarric", "Bashar al-Assad": "bashar-al-assad", "Ahmed al-Sharaa": "ahmed-al-sharaa",
    "Vitali Klitschko": "vitali-klitschko", "Volodymyr Zelenskyy": "volodymyr-zelensky", "Dmitry Peskov": "dmitry-peskov",
    "David Lammy": "david-lammy", "Abdel Fattah al-Burhan": "abdel-fattah-al-burhan",
    "Mohamed Hamdan Dagalo": "mohamed-hamdan-daglo", "William Ruto": "william-ruto", "Félix Tshisekedi": "felix-tshisekedi",
    "Paul Kagame": "paul-kagame", "Min Aung Hlaing": "min-aung-hlaing", "Volker Türk": "volker-turk",
    "Assimi Goita": "assimi-goita", "Shehbaz Sharif": "shehbaz-sharif",
    # places in the dictionary
    "Gaza": "GAZA", "Tel Aviv": "TEL_AVIV", "West Bank": "WEST_BANK", "Khan Yunis": "KHAN_YUNIS",
    "Deir el-Balah": "DEIR_BALAH", "Gaza City": "GAZA_CITY", "Golan Heights": "GOLAN", "Middle East": "MIDDLE_EAST",
    "Red Sea": "RED_SEA", "El Fasher": "EL_FASHER", "Darfur": "DARFUR", "Goma": "GOMA", "New York": "NEW_YORK",
    "North Kivu": "KIVU", "Sahel": "SAHEL", "Kashmir": "KASHMIR",
    # places in the dictionary's place list (actors_places.csv)
    "Litani River": "LITANI_RIVER", "Sidon": "SIDON", "Tyre": "TYRE", "Nabatieh": "NABATIEH", "Suez Canal": "SUEZ_CANAL",
    "Idlib": "IDLIB", "Kryvyi Rih": "KRYVYI_RIH", "Zamzam": "ZAMZAM", "Tawila": "TAWILA", "Gisenyi": "GISENYI",
    "Mandalay": "MANDALAY", "Cité Soleil": "CITE_SOLEIL", "Rawalpindi": "RAWALPINDI", "Line of Control": "LINE_OF_CONTROL",
    "Punjab": "PUNJAB_PROVINCE", "Taiwan Strait": "TAIWAN_STRAIT", "Kinmen": "KINMEN",
}  # fmt: skip

# The dictionary's type for the actors it knows, where it differs from the annotator's label type
# (national militaries and the Myanmar junta are organisations there; so are the bodies mapped to them).
TYPES: dict[str, str] = {
    "ISR_MIL": "organization", "PENTAGON": "organization", "SDN_SAF": "organization", "TATMADAW": "organization",
    "CHN_PLA": "organization", "RUS_MIL": "organization", "WHITE_HOUSE": "organization", "HOUTHIS": "armed_group",
}  # fmt: skip


STATE_IDS = {actor_id_ for label, kind in ACTORS.items() if kind == "state" and (actor_id_ := IDS.get(label)) not in TYPES} | {
    "QAT", "LBN", "IRN", "EGY", "RUS", "UKR", "RWA", "ISR", "KEN", "PAK", "IND", "TWN", "CHN", "COD", "MLI", "USA", "SYR",
    "YEM", "POL", "GBR", "MMR", "THA", "HTI", "DZA"}


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
