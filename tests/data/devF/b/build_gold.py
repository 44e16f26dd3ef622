"""Build ``gold.jsonl`` for set devF, half b (annotator ``devF``) from ``articles/`` and ``annotations.py``.

Run: ``python3 build_gold.py`` (from any folder; standard library only). Adapted from heldout6's ``build_gold.py``
(the worked example's builder): the same search (each item at its first occurrence after the previous item of the
same task, on word boundaries for mentions and claims, plain for quotes, inside its ``ctx`` when given), the same
checks (offsets, labels, vocabularies, every place mention with a ``PLACE_GEONAMES`` entry and every entry used),
the same record layout and the same ``article_id`` (first 16 hex digits of SHA-1 of text, title, outlet and
published joined by U+001F; the text is the ``.txt`` file without its final newline).

Actor ids: the annotations were frozen first (written from the article texts alone); the dictionary files in
``/work/agree/shared/dictionary/`` were then read to map labels to ids, as the format's rule on bodies says:
states by ISO3 (``actors_states.csv``); national capitals by their state (Paris -> FRA); a body of a state with an
entry of its own takes that entry (Home Office -> ``UK_HOME_OFFICE``, ``actors_agencies.csv``); a body without one
takes its state (Greek Ministry of Culture -> GRC, UK Government and Border Force -> GBR, Saudi Civil Defense
Authority -> SAU) and is typed ``state``; other entries found in ``actors.yaml``: Microsoft, Sky News, BBC (BBC
News), The Guardian, UNHCR, Rishi Sunak. Everything else is ``new:<slug of the label>``.
"""

from __future__ import annotations

import sys
from pathlib import Path

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE))
sys.path.insert(0, str(next(p for p in HERE.parents if (p / "standalone_builder.py").exists())))

from annotations import ACTORS, CLAIMS, MENTIONS, PLACE_GEONAMES, QUOTES  # noqa: E402
from standalone_builder import StandaloneBuilder  # noqa: E402

ANNOTATOR = "devF"

# label -> actor id (labels not listed get new:<slug of the label>; the label is the full name the text gives first)
IDS: dict[str, str] = {
    # states (actors_states.csv)
    "Greece": "GRC", "United States": "USA", "Italy": "ITA", "United Kingdom": "GBR", "Afghanistan": "AFG",
    "Eritrea": "ERI", "Libya": "LBY", "Syria": "SYR", "Yemen": "YEM", "Albania": "ALB", "France": "FRA",
    "Saudi Arabia": "SAU",
    # national capitals -> their state
    "Paris": "FRA",
    # bodies of a state without an entry of their own -> their state
    "Greek Ministry of Culture": "GRC", "UK Government": "GBR", "Border Force": "GBR",
    "Civil Defense Authority": "SAU",
    # entries of the dictionary (actors_agencies.csv, actors.yaml)
    "Home Office": "UK_HOME_OFFICE", "Microsoft": "MICROSOFT", "Sky News": "SKY_NEWS", "BBC News": "BBC",
    "The Guardian": "GUARDIAN", "United Nations High Commissioner for Refugees": "UNHCR",
    "Rishi Sunak": "rishi-sunak",
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
