"""A state, place or demonym that starts a company's name is part of the name (issue 19, general news): an article
step of :func:`toolkit.extract.actors.find_mentions`.

"Kestrel Airways" is a discovered name, but "Kenya Airways" and "Indian Railways" start with a dictionary name (a
state, a place, a demonym) that the finder reads as the place. When the capitalised words right after such a
mention end in a company head of ``data/actors_general.yaml`` (``company_heads``: "Airways", "Railways", "Energy")
the whole run is one organisation, ``new:<slug>`` (rule ``place_org``), with no affiliation: owning no state, a
company is not the state's. The name ends at the last head of the run that no other mention crosses ("Kenya
Airways Chief Executive Allan Kilavuka" -> "Kenya Airways"). A title after the place ("Florida Governor Ron
DeSantis") ends in no head and is left alone; a run holding another actor (a person) is left alone. A capitalised
word before the place bars the join ("Air India Express") unless it opens the sentence, starts no name and is in
no mention ("Yesterday Kenya Airways said").

>>> import polars as pl, toolkit
>>> t = "Ruritania Airways cancelled 40 flights on Monday, and Kenya Railways suspended its night trains."
>>> toolkit.analyze_articles(pl.DataFrame({"article_id": ["a"], "text": [t]}), progress=False).tables[
...     "mentions"].select("surface", "actor_id", "actor_type").rows()[-1]
('Kenya Railways', 'new:kenya-railways', 'organization')
"""

from __future__ import annotations

import re
from typing import Any

from toolkit.core import cache
from toolkit.core.resources import data_path, load_yaml
from toolkit.extract.actors.general_news import general_rules
from toolkit.extract.actors.mentions import _START, _Mention, _Sentence
from toolkit.extract.actors.words import _slug

_PLACE_RULES = frozenset({"alias", "demonym", "capital"})
_RUN_RE = re.compile(r"(?:[ \t]+[A-Z][\w’'&-]*)+")  # the capitalised words after a mention
_PREV_RE = re.compile(r"([A-Z][\w’'&-]*)[ \t]+$")  # a capitalised word right before it
_WORD_RE = re.compile(r"\S+")


def company_heads() -> frozenset[str]:
    """The ``company_heads`` of ``data/actors_general.yaml``, read once per version of the file.

    >>> "Airways" in company_heads(), "Airport" in company_heads()
    (True, False)
    """
    path = data_path("actors_general.yaml")
    return cache.load("actors.org_names", (path,), lambda: _build(path))  # type: ignore[no-any-return]


def _build(path: Any) -> frozenset[str]:
    data = load_yaml(path)
    # a facility head ("Kabul Airport") names a place, not a company: the place keeps its mention
    return frozenset(str(w) for w in data["company_heads"]) - frozenset(
        str(w) for w in data.get("facility_heads", ())
    )


def _name_end(run: re.Match[str], heads: frozenset[str], ms: list[_Mention], m: _Mention) -> int | None:
    """Where the company name in the capitalised ``run`` after mention ``m`` ends: at the run's end when it is a
    company head, else after its last head where another mention starts with the next word ("Kenya Airways Chief
    Executive Allan Kilavuka" -> "Kenya Airways"), or None. No other mention may cross the end ("Kenya Power
    Minister John Ndege": the title "Power Minister" crosses "Power"; "Kenya Steel Workers Union": no mention
    starts at "Workers")."""
    words = list(_WORD_RE.finditer(run.group()))
    for k in range(len(words) - 1, -1, -1):
        if words[k].group() not in heads:
            continue
        e = run.start() + words[k].end()
        if any(x is not m and x.start < e < x.end for x in ms):
            continue
        if k == len(words) - 1:
            return e
        nxt = run.start() + words[k + 1].start()
        if any(x.start == nxt for x in ms):
            return e
    return None


def _opener(text: str, prev: re.Match[str], ms: list[_Mention]) -> bool:
    """Is the capitalised word before the place the sentence's first word, a word that starts no name
    (``not_initial_names`` of ``data/actors_general.yaml``, ``data/sentence_starters.txt``: "Yesterday Kenya
    Airways said") and in no mention?"""
    if text[: prev.start()].strip():
        return False
    if any(x.start < prev.end() and prev.start() < x.end for x in ms):
        return False
    return prev.group(1) in general_rules().not_initial


def place_led_companies(article: list[_Sentence], heads: frozenset[str]) -> None:
    """Join a place, state or demonym and the capitalised words after it that end in a company head into one
    organisation (see the module docstring)."""
    for sent in article:
        ms = sent.mentions
        if not ms:
            continue
        text = sent.text
        changed = False
        for m in list(ms):
            if (
                m.rule not in _PLACE_RULES
                or text[m.end : m.end + 1] != " "
                or not text[m.end + 1 : m.end + 2].isupper()
            ):
                continue  # quick exit: no capitalised word right after the mention
            if m.type not in ("state", "location") or not any(x is m for x in ms):
                continue
            run = _RUN_RE.match(text, m.end)
            if run is None:
                continue
            e = _name_end(run, heads, ms, m)
            if e is None:
                continue  # "Kenya Power Minister X": the name must end in a head that no other mention crosses
            prev = _PREV_RE.search(text, 0, m.start)
            if prev is not None and prev.group(1) != "The" and not _opener(text, prev, ms):
                continue  # "Air India Express": the run starts before the place
            inside = [x for x in ms if x is not m and x.start < e and m.start < x.end]
            if any(x.end > e or x.type not in ("state", "location", "organization", "other") for x in inside):
                continue
            if any(x.type == "organization" and not x.actor_id.startswith("new:") for x in inside):
                continue
            name = text[m.start : e]
            joined = _Mention(m.start, e, "new:" + _slug(name), name, "organization", "place_org")
            ms[:] = [joined if x is m else x for x in ms if not any(x is y for y in inside)]
            changed = True
        if changed:
            ms.sort(key=_START)
