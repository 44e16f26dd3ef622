"""Rebuild ``gold.jsonl`` from the eighth held-out set's articles 08-14 and hand annotations.

Run: ``.venv/bin/python tests/data/heldout8/build_gold.py`` (or from wherever this folder lies: paths are relative to
this script's folder; the repository root is found by walking up to the first folder holding ``toolkit/``, else
``/work/main``). The articles are seven **real** English Wikinews articles of 2019 on general news (not invented;
licence CC BY 2.5, attribution and the list of sources in ``LICENSE.md`` and ``README.md``). The annotations
(``heldout8_annotations.py``) were written from the article texts alone, without looking at the toolkit's rules,
dictionaries, code or output; this script finds the offsets with ``str.find``-style search (each item at its first
occurrence, on word boundaries, after the previous item of the same task; ``SKIP`` passes over the occurrences the
annotations say are not meant), checks them and writes one annotator's gold set (``heldout8``) with
:func:`toolkit.validate.write_gold`.

Each ``articles/*.txt`` starts with the headline on its first line (then a blank line and the body); the ``.json``
sidecar holds the title, outlet, date, URL and licence. The loader keeps the headline as part of the article's text,
so the gold's offsets count from the headline, and the annotations include the headline's mentions, claims and
quotes. ``PLACE_GEONAMES`` (the GeoNames id of each place mention, keyed by article number and surface) is written to
the gold as the mention's ``place_id``; a place mention whose id the annotator's package lacked (None) and every
mention not used as a place have no ``place_id``.

Actor ids: the annotator's labels are mapped to the toolkit's id scheme in :data:`IDS` (added after the annotations
were frozen, by looking the labels up in the packaged dictionary, as for the earlier held-out sets). A label the
dictionary does not know gets ``new:<slug of the full name the text gives first>``. No span or label was changed at
that step.
"""

from __future__ import annotations

import re
import sys
from pathlib import Path

HERE = Path(__file__).resolve().parent


def _repo_root() -> Path:
    for folder in (HERE, *HERE.parents):
        if (folder / "toolkit").is_dir():
            return folder
    return Path("/work/main")


ROOT = _repo_root()
sys.path.insert(0, str(HERE))
sys.path.insert(0, str(ROOT))
sys.path.insert(0, str(ROOT / "tests" / "data"))

from heldout8_annotations import ACTORS, CLAIMS, MENTIONS, PLACE_GEONAMES, QUOTES, SKIP  # noqa: E402

ANNOTATOR = "heldout8"

# label -> toolkit actor id. Added after the annotations were frozen, by looking every label (and every surface
# written for it) up in the packaged dictionary (toolkit/data/actors_states.csv, actors.yaml, actors_places.csv, and
# actors_agencies.csv, the national agencies file the dictionary now also has), with the rules of the earlier held-out
# sets (heldout4's and heldout5's): states by ISO3, capitals (also used as places) by the id the dictionary gives them
# (Havana -> CUB), dictionary ids for the organisations, people and places it knows ("Red Cross" is an alias of ICRC,
# "National Hurricane Center" of NHC_USA, "NASA" of NASA, "Nicolás Maduro" of nicolas-maduro), an institution without
# an entry of its own -> its state or parent body (the Court of Session, the UK Parliament, the UK Supreme Court and
# the UK government (10 Downing Street) -> GBR, as heldout5's UK Parliament; the US Department of Transportation and
# the US government (Trump administration) -> USA; the Cuban government -> CUB; Austria's Supreme Court -> AUT; the
# European Court of Justice -> EU; the United States Air Force -> PENTAGON, the dictionary's US military), and
# ``new:<slug of the full name the text gives first>`` for everything else (companies, universities, media, parties,
# journals, people and places the dictionary lacks). No span or label was changed at that step.
IDS: dict[str, str] = {
    # states
    "Bahamas": "BHS", "United States": "USA", "Japan": "JPN", "Pakistan": "PAK", "India": "IND", "Luxembourg": "LUX",
    "Austria": "AUT", "Ireland": "IRL", "Cuba": "CUB", "Venezuela": "VEN",
    # capitals (the dictionary gives a capital the id of its state; is_place marks the place use)
    "Havana": "CUB",
    # organisations in the dictionary
    "CNN": "CNN", "BBC": "BBC", "Red Cross": "ICRC", "United Nations": "UN", "The Guardian": "GUARDIAN",
    "European Union": "EU", "CBS": "CBS", "National Hurricane Center": "NHC_USA", "NASA": "NASA",
    # institutions without an entry of their own -> state or parent body
    "Court of Session": "GBR", "UK Parliament": "GBR", "UK Supreme Court": "GBR", "UK government": "GBR",
    "US Department of Transportation": "USA", "US government": "USA", "Cuban government": "CUB",
    "Austrian Supreme Court": "AUT", "European Court of Justice": "EU", "United States Air Force": "PENTAGON",
    # people in the dictionary
    "Nicolás Maduro": "nicolas-maduro", "Barack Obama": "barack-obama",
    # places in the dictionary (actors_places.csv)
    "Scotland": "SCOTLAND", "Montreal": "MONTREAL", "California": "CALIFORNIA", "Nevada": "NEVADA",
    "Las Vegas": "LAS_VEGAS", "Multan": "MULTAN", "Lahore": "LAHORE",
}  # fmt: skip

# The dictionary's type for the actors it knows, where it differs from the annotator's label type: none in this set
# (a label mapped to a state id is of type state).
TYPES: dict[str, str] = {}


STATE_IDS = {actor_id_ for label, kind in ACTORS.items() if kind == "state" and (actor_id_ := IDS.get(label)) not in TYPES}
# GBR has no state label in this half of the set (its bodies map to it): a state id all the same.
STATE_IDS |= {"GBR"}


from gold_builder import PlaceIdBuilder, slug  # noqa: E402

_BUILDER = PlaceIdBuilder(
    HERE, ANNOTATOR, actors=ACTORS, ids=IDS, types=TYPES, state_ids=STATE_IDS,
    mentions=MENTIONS, claims=CLAIMS, quotes=QUOTES, place_geonames=PLACE_GEONAMES,
)  # fmt: skip
actor_id, actor_type = _BUILDER.actor_id, _BUILDER.actor_type

_TASKS = {"mentions": ("surface", True), "claims": ("surface", True), "quotes": ("quote", False)}


def _surfaces(key: str, task: str) -> list[str]:
    if task == "mentions":
        return [line.split(" | ")[0].strip() for line in MENTIONS[key].strip().splitlines()]
    return [item[0] for item in (CLAIMS if task == "claims" else QUOTES)[key]]


def _offsets(text: str, key: str, task: str) -> list[tuple[int, int]]:
    """Each surface at its first occurrence after the end of the previous item, passing over SKIP occurrences."""
    word = _TASKS[task][1]
    pos, out = 0, []
    for i, surface in enumerate(_surfaces(key, task)):
        pattern = (r"(?<!\w)" + re.escape(surface) + r"(?!\w)") if word else re.escape(surface)
        found = list(re.finditer(pattern, text[pos:]))
        skip = SKIP.get((key, task, i), 0)
        if len(found) <= skip:
            raise ValueError(f"{key} {task}: {surface!r} not found after offset {pos}")
        start = pos + found[skip].start()
        out.append((start, start + len(surface)))
        pos = start + len(surface)
    return out


def tables():
    """The builder's tables, with the offsets of the articles and tasks that have a SKIP entry set from SKIP."""
    import polars as pl

    articles, mentions, claims, quotes = _BUILDER.tables()
    frames = {"mentions": mentions, "claims": claims, "quotes": quotes}
    keys = {f.stem: f for f in sorted((HERE / "articles").glob("*.txt"))}
    for key in keys:
        row = articles.filter(pl.col("source").str.contains(key, literal=True))
        assert row.height == 1, key
        article_id, text = row["article_id"][0], row["text"][0]
        for task, (column, _) in _TASKS.items():
            df = frames[task]
            mine = _offsets(text, key, task)
            part = df.filter(pl.col("article_id") == article_id).sort("char_start")
            rest = df.filter(pl.col("article_id") != article_id)
            assert part[column].to_list() == _surfaces(key, task), (key, task)  # the builder's rows, in list order
            if any(k[:2] == (key, task) for k in SKIP):
                part = part.with_columns(
                    pl.Series("char_start", [s for s, _ in mine], dtype=part["char_start"].dtype),
                    pl.Series("char_end", [e for _, e in mine], dtype=part["char_end"].dtype),
                )
            else:
                assert list(zip(part["char_start"], part["char_end"], strict=True)) == mine, (key, task)
            for start, end, surface in zip(part["char_start"], part["char_end"], part[column], strict=True):
                assert text[start:end] == surface, (key, task, surface)
            frames[task] = pl.concat([rest, part]).sort("article_id", "char_start")
    return articles, frames["mentions"], frames["claims"], frames["quotes"]


__all__ = ["actor_id", "actor_type", "build", "slug", "tables"]


def build(path: Path = HERE / "gold.jsonl") -> Path:
    from toolkit.validate import write_gold

    articles, mentions, claims, quotes = tables()
    return write_gold(path, articles, annotator=ANNOTATOR, mentions=mentions, claims=claims, quotes=quotes)


if __name__ == "__main__":
    print(build())
