"""Rebuild ``gold.jsonl`` from the s9b agreement articles (08-14) and the second annotator's hand annotations
(``second_annotations.py``, annotator ``second_s9b``). Adapted from the worked example's builder (heldout6); the
original docstring follows. Changes: imports, ANNOTATOR, IDS (labels of this set; the last IDS group maps labels
to the shared dictionary's ids, done after the annotations were frozen).

Original: rebuild ``gold.jsonl`` from the sixth held-out set's articles and hand annotations.

Run: ``python3 build_gold.py`` (from any folder; standard library only). The articles are sixteen **real**
English Wikinews articles of 2019 and 2020 on general news (not invented; licence CC BY 2.5, attribution and the
list of sources in ``LICENSE.md``, ``SOURCES.md`` and ``README.md``); ``make_articles.py`` rewrites
``articles/`` from its transcriptions. The annotations (``heldout6_annotations.py``) were written from the
article texts alone, without looking at the toolkit's rules, dictionaries, code or output; this script finds
the offsets with ``str.find``-style search (each item at its first occurrence, on word boundaries for mentions
and claims, after the previous item of the same task; inside the item's context string when it has one), checks
them (``text[char_start:char_end]`` equals the surface or quote, every label known, every place mention with a
``PLACE_GEONAMES`` entry and every entry used, vocabularies) and writes one annotator's gold set (``heldout6``)
in the record layout of ``tests/data/heldout5/gold.jsonl`` (``docs/annotation_format.md``).

This set was built outside the repository, blind to the toolkit, so it does not use the repository's
``tests/data/gold_builder.py`` (heldout5's builder does): the records are written here, field for field as in
heldout5's gold; ``article_id`` is the toolkit's stable id of an article (the first 16 hex digits of the SHA-1 of
text, title, outlet and published joined by U+001F), the same function that reproduces every id of heldout5's
gold. Each ``articles/*.txt`` starts with the headline on its first line (then a blank line and the body); the
stored text is the file without its final newline; the headline is part of the text and is annotated.

Actor ids: the annotator's labels are mapped to ids in :data:`IDS` with heldout5's conventions as they can be
read from heldout5's own ``build_gold.py`` and gold (the packaged dictionary was NOT consulted): states by ISO3;
national capitals by the id of their state (``is_place`` marks the place use); government bodies, agencies,
courts, police forces, armed forces and legislatures by their state (as heldout5's NIAID, National Weather
Service, Superior Court, Toronto Police, UK Parliament -> the state); the ids heldout5's gold already uses for the
same real-world entity (``donald-trump``, ``AFP``, ``WHO``, ``BBC``, ``TORONTO``, ``new:eliud-kipchoge``,
``new:iaaf``); and ``new:<slug of the full name the text gives first>`` for everything else (companies, clubs,
media, universities, parties, NGOs, tribes, people and places). A label mapped to a state id gets the type
``state`` (as heldout5's gold). The team may remap ``new:`` ids to dictionary ids after scoring-blind review, as
was done for heldout5; no span or label would change.
"""

from __future__ import annotations

import sys
from pathlib import Path

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE))
sys.path.insert(0, str(next(p for p in HERE.parents if (p / "standalone_builder.py").exists())))

from second_annotations import ACTORS, CLAIMS, MENTIONS, PLACE_GEONAMES, QUOTES  # noqa: E402
from standalone_builder import StandaloneBuilder  # noqa: E402

ANNOTATOR = "second_s9b"

# label -> actor id (labels not listed get new:<slug of the label>; the label is the full name the text gives first)
IDS: dict[str, str] = {
    # states (ISO3)
    "United States": "USA", "Mexico": "MEX", "France": "FRA", "Germany": "DEU", "United Kingdom": "GBR",
    "Brazil": "BRA", "Canada": "CAN", "Japan": "JPN", "Italy": "ITA", "Bolivia": "BOL", "Paraguay": "PRY",
    "Zimbabwe": "ZWE", "Russia": "RUS", "Pakistan": "PAK", "India": "IND", "Singapore": "SGP",
    # government bodies, agencies, armed services, legislatures -> their state
    "US government": "USA", "Mexican government": "MEX", "National Institute for Space Research": "BRA",
    "United States Coast Guard": "USA", "Singapore Ministry of Foreign Affairs": "SGP",
    "Zimbabwe House of Assembly": "ZWE",
    # ids of the shared dictionary (shared/dictionary/actors.yaml), mapped AFTER the annotations were frozen
    "European Union": "EU", "G7": "G7", "G20": "G20", "CNN": "CNN", "Emmanuel Macron": "emmanuel-macron",
    "Vladimir Putin": "vladimir-putin",
}  # fmt: skip

TYPES: dict[str, str] = {}  # label -> type where it differs from ACTORS (none)


def build(path: Path = HERE / "gold.jsonl") -> Path:
    """Check the annotations and write the gold records to ``path`` (:class:`standalone_builder.StandaloneBuilder`)."""
    return StandaloneBuilder(
        HERE, ANNOTATOR, ids=IDS, types=TYPES, actors=ACTORS, mentions=MENTIONS, claims=CLAIMS, quotes=QUOTES,
        place_geonames=PLACE_GEONAMES,
    ).build(path)


if __name__ == "__main__":
    print(build())
