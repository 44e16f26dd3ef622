"""Rebuild ``gold.jsonl`` from held-out set 11, half b (articles 08-14) and its hand annotations.

Run: ``python3 build_gold.py`` (from any folder; standard library only). Adapted from heldout6's builder (the
worked example): the articles are seven real English Wikinews articles (CC BY 2.5, via the GUM corpus) copied
into ``articles/`` with their ``.json`` sidecars; the annotations (``annotations.py``) were written from the
article texts alone, blind to the toolkit. This script finds the offsets with ``str.find``-style search (each
item at its first occurrence, on word boundaries for mentions and claims, after the previous item of the same
task; inside the item's context string when it has one), checks them (``text[char_start:char_end]`` equals the
surface or quote, every label known, every place mention with a ``PLACE_GEONAMES`` entry and every entry used,
vocabularies) and writes one annotator's gold set (``heldout11``) in heldout6's record layout.

``article_id`` is computed exactly as the template does: the first 16 hex digits of the SHA-1 of text, title,
outlet and published joined by U+001F; the stored text is the ``.txt`` file without its final newline.

Actor ids: :data:`IDS` maps labels to ids with the worked example's conventions (states by ISO3, national
capitals and bodies of a state without an entry of their own by the state's id, ``new:<slug>`` for the rest);
after the annotations were frozen, the labels were looked up in the shared dictionary files
(``actors.yaml``, ``actors_states.csv``, ``actors_agencies.csv``) and the ids they give were used (see IDS).
"""

from __future__ import annotations

import sys
from pathlib import Path

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE))
sys.path.insert(0, str(next(p for p in HERE.parents if (p / "standalone_builder.py").exists())))

from annotations import ACTORS, CLAIMS, MENTIONS, PLACE_GEONAMES, QUOTES  # noqa: E402
from standalone_builder import StandaloneBuilder  # noqa: E402

ANNOTATOR = "heldout11"

# label -> actor id (labels not listed get new:<slug of the label>; the label is the full name the text gives first)
IDS: dict[str, str] = {
    # states (ISO3)
    "Indonesia": "IDN", "Myanmar": "MMR", "Malaysia": "MYS", "United States": "USA", "Thailand": "THA",
    "Afghanistan": "AFG", "Gabon": "GAB", "Estonia": "EST", "Poland": "POL", "Armenia": "ARM", "Canada": "CAN",
    "Sudan": "SDN", "Iran": "IRN", "Libya": "LBY", "Yemen": "YEM", "Syria": "SYR", "Morocco": "MAR",
    "Saudi Arabia": "SAU", "Sweden": "SWE", "South Korea": "KOR", "Belgium": "BEL", "Panama": "PAN",
    "Tunisia": "TUN", "Australia": "AUS", "India": "IND", "Taiwan": "TWN", "China": "CHN",
    # national capitals -> their state
    "Washington D.C.": "USA", "Kabul": "AFG", "Mexico City": "MEX", "Taipei": "TWN",
    # bodies of a state without an entry of their own -> the state
    "Indonesian Navy": "IDN", "Indonesian military": "IDN", "Malaysian Navy": "MYS", "US State Department": "STATE_DEPT",
    "United States Navy": "USA", "United States National Security Council": "USA",
    "US Department of Homeland Security": "USA", "Saudi Interior Ministry": "SAU", "Crown": "AUS",
    "Malaysia Tourism board": "MYS",
    # ids the earlier sets use for the same entities
    "Donald Trump": "donald-trump", "AFP": "AFP",
    # entries of the shared dictionary (looked up after the annotations were frozen)
    "United Nations": "UN", "ABC News": "ABC_NEWS", "BBC News": "BBC", "Taliban": "TALIBAN",
}  # fmt: skip

TYPES: dict[str, str] = {"Mexico City": "state"}  # label -> type where it differs from ACTORS (a capital whose state has no mention here)


def build(path: Path = HERE / "gold.jsonl") -> Path:
    """Check the annotations and write the gold records to ``path`` (:class:`standalone_builder.StandaloneBuilder`)."""
    return StandaloneBuilder(
        HERE, ANNOTATOR, ids=IDS, types=TYPES, actors=ACTORS, mentions=MENTIONS, claims=CLAIMS, quotes=QUOTES,
        place_geonames=PLACE_GEONAMES,
    ).build(path)


if __name__ == "__main__":
    print(build())
