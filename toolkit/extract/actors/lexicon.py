"""The alias table of the actor dictionary (:class:`_Lexicon`): every alias, demonym, people name and capital
with its actor, rule and role, their spelling variants (:func:`_variants`), and the lookups the rules use (a
demonym's state, an actor's state, the institutions a state has).
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field
from typing import Any

import polars as pl

from toolkit.core import cache
from toolkit.extract.actors.dictionary import _dictionary, _dictionary_files


@dataclass(frozen=True)
class _Lexicon:
    aliases: pl.DataFrame  # alias, actor_id, rule, role
    patterns: list[str]
    actors: dict[str, dict[str, Any]]
    demonym_state: dict[str, str]
    institutions: dict[tuple[str, str], str]
    name: str
    state_of: dict[str, str] = field(default_factory=dict)  # actor id -> the state it belongs to
    alias_ids: dict[str, str] = field(default_factory=dict)  # dictionary alias (rule ``alias``) -> actor id
    info: dict[str, tuple[str, str, str | None]] = field(
        default_factory=dict
    )  # alias -> (actor id, rule, role)
    # alias -> its _Mention's fields after start and end (actor id, label, type, rule, is_place, affiliation, role)
    mention_args: dict[str, tuple[Any, ...]] = field(default_factory=dict)


_DOTTED = {"UN": "U.N.", "US": "U.S.", "UK": "U.K.", "EU": "E.U."}
_DOTTED_RE = re.compile(r"\b(UN|US|UK|EU)\b(?=\s)")

_ARTICLE_START_RE = re.compile(r"^(Al|El|Ad|As|Ash|At|Az)-[A-Z]")


def _variants(alias: str) -> list[str]:
    """Spelling variants news copy uses for a dictionary alias.

    Dotted abbreviations ("UN refugee agency" -> "U.N. refugee agency"), the other apostrophe, lower-case
    Arabic articles ("El-Fasher" -> "el-Fasher"), title-case acronyms of four or more letters ("ASEAN" ->
    "Asean") and a name without its leading "The" ("The Guardian" -> "Guardian").

    >>> _variants("UN refugee agency"), _variants("ASEAN"), _variants("El-Fasher")
    (['U.N. refugee agency'], ['Asean'], ['el-Fasher'])
    """
    out = []
    if _DOTTED_RE.search(alias):
        out.append(_DOTTED_RE.sub(lambda m: _DOTTED[m.group(1)], alias))
    for a, b in (("'", "’"), ("’", "'")):
        if a in alias:
            out.append(alias.replace(a, b))
    m = _ARTICLE_START_RE.match(alias)
    if m:
        out.append(m.group(1).lower() + alias[len(m.group(1)) :])
    if len(alias) >= 4 and alias.isalpha() and alias.isupper():
        out.append(alias.capitalize())
    if alias.startswith("The ") and alias[4:5].isupper():
        out.append(alias[4:])
    return out


def _lexicon(user: str | None) -> _Lexicon:
    """The alias table of the dictionary (``user``: a resolved path or None), built once per version of its files."""
    return cache.load("actors.lexicon", _dictionary_files(user), lambda: _build_lexicon(user))


def _build_lexicon(user: str | None) -> _Lexicon:
    table, name = _dictionary(user)
    rows: list[tuple[str, str, str, str | None]] = []
    demonym_state: dict[str, str] = {}
    for r in table.iter_rows(named=True):
        for a in r["aliases"]:
            rows.append((a, r["actor_id"], "alias", r["role"]))
        for a in r["demonyms"]:
            rows.append((a, r["actor_id"], "demonym", None))
            demonym_state[a] = r["actor_id"]
        for a in r["people"]:
            rows.append((a, r["actor_id"], "people", "population"))
        for a in r["capitals"]:
            rows.append((a, r["actor_id"], "capital", "government"))
        if r["type"] == "state":
            for a in r["aliases"]:
                demonym_state.setdefault(a, r["actor_id"])
    known = {r[0] for r in rows}
    extra = []
    for a, actor, rule, role in rows:
        for v in _variants(a):
            if v not in known:
                known.add(v)
                extra.append((v, actor, rule, role))
    aliases = pl.DataFrame(
        rows + extra,
        schema={"alias": pl.String, "actor_id": pl.String, "rule": pl.String, "role": pl.String},
        orient="row",
    ).unique("alias", keep="first", maintain_order=True)
    patterns = sorted(aliases["alias"].to_list(), key=lambda a: (-len(a.encode()), a))
    actors = {r["actor_id"]: r for r in table.iter_rows(named=True)}
    institutions = {
        (r["affiliation"], r["stands_for"]): r["actor_id"]
        for r in actors.values()
        if r["stands_for"] and r["affiliation"]
    }
    state_of: dict[str, str] = {}
    for aid, r in actors.items():
        cur: dict[str, Any] | None = r
        for _ in range(4):  # Gaza City -> Gaza Strip -> PSE; Houthi health ministry -> Houthis -> YEM
            if cur is None or cur["type"] == "state":
                break
            cur = actors.get(cur["affiliation"]) if cur["affiliation"] else None
        if cur is not None and cur["type"] == "state":
            state_of[aid] = cur["actor_id"]
    alias_ids = {a: i for a, i, r in aliases.select("alias", "actor_id", "rule").iter_rows() if r == "alias"}
    info = {r[0]: r[1:] for r in aliases.iter_rows()}
    margs = {
        alias: (aid, actors[aid]["label"], actors[aid]["type"], rule, False, actors[aid]["affiliation"], role)
        for alias, (aid, rule, role) in info.items()
    }
    return _Lexicon(
        aliases, patterns, actors, demonym_state, institutions, name, state_of, alias_ids, info, margs
    )
