"""Rebuild ``gold.jsonl`` from the fourth held-out set's articles and hand annotations.

Run: ``.venv/bin/python tests/data/heldout4/build_gold.py``. The annotations (``heldout4_annotations.py``)
were written from the article texts alone, without looking at the toolkit's rules, dictionaries or output;
this script finds the offsets with ``str.find``-style search (each item at its first occurrence, on word
boundaries, after the previous item of the same task), checks them and writes one annotator's gold set
(``heldout4``) with :func:`toolkit.validate.write_gold`.

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

from heldout4_annotations import ACTORS, CLAIMS, MENTIONS, QUOTES  # noqa: E402

ANNOTATOR = "heldout4"

# label -> toolkit actor id. Added after the annotations were frozen, by looking every label up in the packaged
# dictionary (toolkit/data/actors_states.csv, actors.yaml, actors_places.csv; labels and aliases, also under
# another spelling: "Abbas Araqchi" is the dictionary's Abbas Araghchi, "Oleksandr Syrskyi" an alias of
# oleksandr-syrsky), with the rules of the earlier held-out sets: states by ISO3, capitals (also used as places)
# by the id the dictionary gives them (Pristina -> XKX; "The Hague" has a place entry of its own), dictionary
# ids for the organisations, groups, people and places it knows ("US military" is an alias of PENTAGON,
# "China Coast Guard" of CHN, "Brussels" of EU), a national institution without an entry of its own -> its
# state or parent body (ministries, police, electoral council, supreme court and national militaries -> the
# state; the Joint Staff -> PENTAGON; the US embassy -> STATE_DEPT; the Taliban's foreign ministry -> TALIBAN;
# Borno's emergency agency SEMA -> NGA), and ``new:<slug of the full name the text gives first>`` for
# everything else. No span or label was changed at that step.
IDS: dict[str, str] = {
    # states
    "Iran": "IRN", "United States": "USA", "Oman": "OMN", "Israel": "ISR", "Italy": "ITA", "Iraq": "IRQ", "Syria": "SYR",
    "Jordan": "JOR", "United Kingdom": "GBR", "Nigeria": "NGA", "Cameroon": "CMR", "Mozambique": "MOZ", "Rwanda": "RWA",
    "France": "FRA", "Georgia": "GEO", "Ukraine": "UKR", "Russia": "RUS", "Serbia": "SRB", "Kosovo": "XKX",
    "Venezuela": "VEN", "Brazil": "BRA", "Colombia": "COL", "Mexico": "MEX", "Afghanistan": "AFG", "North Korea": "PRK",
    "South Korea": "KOR", "China": "CHN", "Philippines": "PHL", "Uganda": "UGA", "South Sudan": "SSD", "Sudan": "SDN",
    # capitals (the dictionary gives a capital the id of its state; is_place marks the place use)
    "Rome": "ITA", "Tehran": "IRN", "Tbilisi": "GEO", "Moscow": "RUS", "Pristina": "XKX", "Caracas": "VEN", "Kabul": "AFG",
    "Seoul": "KOR", "Beijing": "CHN", "Juba": "SSD", "Brussels": "EU",
    # militaries and armed groups
    "Islamic Revolutionary Guard Corps": "IRGC", "US military": "PENTAGON", "Popular Mobilization Forces": "PMF",
    "Iraqi military": "IRQ", "Islamic Resistance in Iraq": "IRI", "Kataib Hezbollah": "KATAIB_HEZBOLLAH",
    "Islamic State": "ISIS", "Boko Haram": "BOKO_HARAM", "ISWAP": "ISWAP", "Nigerian military": "NGA",
    "Mozambican military": "MOZ", "Rwandan military": "RWA", "Sinaloa Cartel": "SINALOA_CARTEL", "Mexican military": "MEX",
    "Taliban": "TALIBAN", "Ukrainian military": "UKR_MIL", "North Korean military": "PRK", "Russian military": "RUS_MIL",
    "Philippine military": "PHL", "Philippine Navy": "PHL", "Ugandan military": "UGA",
    # organisations
    "Iranian foreign ministry": "IRN", "White House": "WHITE_HOUSE", "IAEA": "IAEA", "Reuters": "REUTERS",
    "Joint Staff": "PENTAGON", "Pentagon": "PENTAGON", "Iraqi government": "IRQ", "Syrian Observatory for Human Rights": "SOHR",
    "SEMA": "NGA", "AFP": "AFP", "Amnesty International": "AMNESTY", "UN": "UN", "BBC": "BBC", "ACLED": "ACLED", "MSF": "MSF",
    "TotalEnergies": "TOTALENERGIES", "SADC": "SADC", "European Union": "EU", "Georgian interior ministry": "GEO",
    "US State Department": "STATE_DEPT", "Russian Security Council": "RUS", "Kosovo Police": "XKX", "NATO": "NATO",
    "US Embassy": "STATE_DEPT", "CNE": "VEN", "TSJ": "VEN", "Mexican defense ministry": "MEX", "US Justice Department": "USA",
    "ICC": "ICC", "Al Jazeera": "ALJAZEERA", "Taliban foreign ministry": "TALIBAN", "Human Rights Watch": "HRW", "HUR": "HUR",
    "NIS": "KOR", "Kremlin": "KREMLIN", "China Coast Guard": "CHN", "Chinese foreign ministry": "CHN",
    "National Maritime Council": "PHL", "UNMISS": "UNMISS", "AP": "AP",
    # people in the dictionary
    "Donald Trump": "donald-trump", "Abbas Araqchi": "abbas-araghchi", "Steve Witkoff": "steve-witkoff",
    "Ali Khamenei": "ali-khamenei", "Benjamin Netanyahu": "benjamin-netanyahu", "Joe Biden": "joe-biden",
    "Mohammed Shia al-Sudani": "mohammed-shia-al-sudani", "John Kirby": "john-kirby", "Bola Tinubu": "bola-tinubu",
    "Matthew Miller": "matthew-miller", "Dmitry Medvedev": "dmitry-medvedev", "Kaja Kallas": "kaja-kallas",
    "Aleksandar Vučić": "aleksandar-vucic", "Nicolás Maduro": "nicolas-maduro",
    "Luiz Inácio Lula da Silva": "luiz-inacio-lula-da-silva", "Karim Khan": "karim-khan",
    "Volodymyr Zelensky": "volodymyr-zelensky", "Oleksandr Syrskyi": "oleksandr-syrsky", "Dmitry Peskov": "dmitry-peskov",
    "Vladimir Putin": "vladimir-putin", "Kim Jong Un": "kim-jong-un", "Riek Machar": "riek-machar", "Salva Kiir": "salva-kiir",
    "Yoweri Museveni": "yoweri-museveni",
    # places in the dictionary (actors.yaml and actors_places.csv)
    "Middle East": "MIDDLE_EAST", "Maiduguri": "MAIDUGURI", "Borno": "BORNO", "Cabo Delgado": "CABO_DELGADO", "Palma": "PALMA",
    "Europe": "EUROPE", "Mitrovica": "MITROVICA", "Sinaloa": "SINALOA", "Culiacan": "CULIACAN", "Texas": "TEXAS",
    "Kursk Oblast": "KURSK_REGION", "Sudzha": "SUDZHA", "Second Thomas Shoal": "SECOND_THOMAS_SHOAL",
    "South China Sea": "SOUTH_CHINA_SEA", "The Hague": "THE_HAGUE_LOC", "Upper Nile": "UPPER_NILE",
    # not in the dictionary, where the label is not the full name the text gives first
    "Gwoza General Hospital": "new:general-hospital", "Ismael Zambada": "new:ismael-el-mayo-zambada",
    "Joaquin Guzman": "new:joaquin-el-chapo-guzman",
}  # fmt: skip

# The dictionary's type for the actors it knows, where it differs from the annotator's label type.
TYPES: dict[str, str] = {
    "IRGC": "organization", "PENTAGON": "organization", "UKR_MIL": "organization", "RUS_MIL": "organization",
    "HUR": "organization", "WHITE_HOUSE": "organization", "KREMLIN": "organization", "STATE_DEPT": "organization",
    "TALIBAN": "armed_group", "EU": "organization", "ISIS": "armed_group", "MIDDLE_EAST": "location",
    "THE_HAGUE_LOC": "location",
}  # fmt: skip


STATE_IDS = {actor_id_ for label, kind in ACTORS.items() if kind == "state" and (actor_id_ := IDS.get(label)) not in TYPES}


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
