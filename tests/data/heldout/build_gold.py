"""Rebuild ``gold.jsonl`` from the held-out articles and their hand annotations.

Run: ``.venv/bin/python tests/data/heldout/build_gold.py``. The annotations (``heldout_annotations.py``) were
written from the article texts alone; this script finds the offsets with ``str.find`` (each item at
its first occurrence, on word boundaries, after the previous item of the same task), checks them and
writes one annotator's gold set (``heldout``) with :func:`toolkit.validate.write_gold`.

Actor ids: the annotator's labels are mapped to the toolkit's id scheme in :data:`IDS` (the mapping
was added after the gold was written, by looking the labels up in the packaged dictionary: ISO3 for
states, the dictionary's ids for organisations and people it knows). A label the dictionary does not
know gets ``new:<slug>`` (the toolkit's scheme for discovered actors). See :data:`IDS`.
"""

from __future__ import annotations

import sys
from pathlib import Path

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE))
sys.path.insert(0, str(HERE.parents[2]))

from heldout_annotations import ACTORS, CLAIMS, MENTIONS, QUOTES  # noqa: E402

ANNOTATOR = "heldout"

# label -> toolkit actor id. Added after the gold was written, by looking the labels up in the packaged
# dictionary (toolkit/data/actors_states.csv, actors.yaml): states by ISO3 (capitals used as places too,
# as the dictionary does), dictionary ids for the organisations and people it knows, a national
# institution without an entry of its own -> its state (the toolkit records "state + role"), and
# ``new:<slug of the full name>`` (the toolkit's scheme for discovered actors) for everything else.
# One label was changed at that step: the annotator's "Kremlin -> Russia" metonym became the
# dictionary's own Kremlin actor (KREMLIN).
IDS: dict[str, str] = {
    # states
    "Israel": "ISR", "Lebanon": "LBN", "Iran": "IRN", "Egypt": "EGY", "Qatar": "QAT", "Russia": "RUS", "Ukraine": "UKR",
    "Poland": "POL", "Germany": "DEU", "Sudan": "SDN", "United States": "USA", "Chad": "TCD", "Yemen": "YEM",
    "United Kingdom": "GBR", "Syria": "SYR", "Turkey": "TUR", "DR Congo": "COD", "Rwanda": "RWA", "France": "FRA",
    "Belgium": "BEL", "Myanmar": "MMR", "Haiti": "HTI", "Kenya": "KEN", "Algeria": "DZA", "China": "CHN",
    "Slovenia": "SVN", "Malta": "MLT", "Palestine": "PSE", "Mozambique": "MOZ", "South Africa": "ZAF", "Portugal": "PRT",
    # capitals (the dictionary gives a capital the id of its state; is_place marks the place use)
    "Cairo": "EGY", "Kyiv": "UKR", "Sanaa": "YEM", "Damascus": "SYR", "Kinshasa": "COD", "Port-au-Prince": "HTI",
    "Maputo": "MOZ", "Dar es Salaam": "TZA",
    # armed groups and militaries
    "Hamas": "HAMAS", "Hezbollah": "HEZBOLLAH", "Israeli military": "ISR_MIL", "Ukrainian military": "UKR_MIL",
    "Russian military": "RUS_MIL", "Russian defence ministry": "RUS_MIL", "RSF": "RSF", "Sudanese army": "SDN_SAF",
    "Houthis": "HOUTHIS", "US military": "PENTAGON", "US Central Command": "PENTAGON", "Pentagon": "PENTAGON",
    "HTS": "HTS", "M23": "M23", "Myanmar military": "TATMADAW", "Arakan Army": "ARAKAN_ARMY",
    "Polish military": "POL", "British military": "GBR", "Syrian military": "SYR", "Congolese military": "COD",
    # organisations
    "Kremlin": "KREMLIN", "Gaza civil defence": "PSE_CIVDEF", "AFP": "AFP", "Gaza health ministry": "PSE_GAZA_MOH",
    "UN": "UN", "UNRWA": "UNRWA", "WFP": "WFP", "Al Jazeera": "ALJAZEERA", "MSF": "MSF", "IOM": "IOM",
    "UN Security Council": "UNSC", "UNICEF": "UNICEF", "BBC": "BBC", "UNHCR": "UNHCR", "MONUSCO": "MONUSCO", "WHO": "WHO",
    "Reuters": "REUTERS", "SADC": "SADC", "The Guardian": "GUARDIAN", "UNDP": "UNDP", "OCHA": "OCHA", "ASEAN": "ASEAN",
    "UN General Assembly": "UNGA", "Human Rights Watch": "HRW", "European Union": "EU",
    "Lebanon health ministry": "LBN", "Sudanese foreign ministry": "SDN", "Syrian interior ministry": "SYR",
    "Mozambique police": "MOZ", "Mozambique electoral commission": "MOZ", "Constitutional Council of Mozambique": "MOZ",
    "Houthi health ministry": "HOUTHIS",
    "IEA": "new:international-energy-agency", "UKMTO": "new:united-kingdom-maritime-trade-operations",
    "SOHR": "new:syrian-observatory-for-human-rights", "AAPP": "new:assistance-association-for-political-prisoners",
    "UN human rights monitoring mission in Ukraine": "new:un-human-rights-monitoring-mission-in-ukraine",
    # people in the dictionary
    "Mahmud Bassal": "mahmud-bassal", "Philippe Lazzarini": "philippe-lazzarini", "Benjamin Netanyahu": "benjamin-netanyahu",
    "Volodymyr Zelensky": "volodymyr-zelensky", "Dmitry Peskov": "dmitry-peskov", "Olaf Scholz": "olaf-scholz",
    "Abdel Fattah al-Burhan": "abdel-fattah-al-burhan", "Mohamed Hamdan Dagalo": "mohamed-hamdan-daglo",
    "Tom Fletcher": "tom-fletcher", "Yahya Saree": "yahya-saree", "Abdul-Malik al-Houthi": "abdul-malik-al-houthi",
    "Bashar al-Assad": "bashar-al-assad", "Ahmed al-Sharaa": "ahmed-al-sharaa", "Paul Kagame": "paul-kagame",
    "Marco Rubio": "marco-rubio", "Felix Tshisekedi": "felix-tshisekedi", "Min Aung Hlaing": "min-aung-hlaing",
    "Stéphane Dujarric": "stephane-dujarric", "António Guterres": "antonio-guterres", "Danny Danon": "danny-danon",
    "Riyad Mansour": "riyad-mansour",
    # places in the dictionary
    "Gaza": "GAZA", "Khan Yunis": "KHAN_YUNIS", "Lviv": "LVIV", "Odesa": "ODESA", "Donetsk": "DONETSK", "Gezira": "GEZIRA",
    "Darfur": "DARFUR", "Red Sea": "RED_SEA", "Golan Heights": "GOLAN", "Goma": "GOMA",
}  # fmt: skip

# The dictionary's type for the actors it knows (national militaries are organisations there); a
# label mapped to a state id is of type state.
TYPES: dict[str, str] = {
    "ISR_MIL": "organization", "UKR_MIL": "organization", "RUS_MIL": "organization", "SDN_SAF": "organization",
    "PENTAGON": "organization", "TATMADAW": "organization",
}  # fmt: skip


STATE_IDS = {IDS[label] for label, kind in ACTORS.items() if kind == "state"} | {"TZA"}


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
