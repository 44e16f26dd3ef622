"""The actor dictionary: the packaged files (states, actors, the gazetteer of places) and a user's file, read
into one table (:func:`load_actors`), checked for duplicate ids, conflicting aliases and bad types
(:class:`DictionaryError`), and memoised per version of its files.
"""

from __future__ import annotations

import csv
import io
import re
from pathlib import Path
from typing import Any

import polars as pl

from toolkit.core import cache
from toolkit.core.resources import data_path, load_yaml

ACTOR_TYPES = ("person", "state", "organization", "armed_group", "group", "location", "other")
"""Valid values of ``actor_type``."""

PACKAGED_DICTIONARY = "actors.yaml"
PACKAGED_STATES = "actors_states.csv"
PACKAGED_PLACES = "actors_places.csv"
PACKAGED_AGENCIES = "actors_agencies.csv"

_ACTOR_SCHEMA: dict[str, Any] = {
    "actor_id": pl.String,
    "label": pl.String,
    "type": pl.String,
    "aliases": pl.List(pl.String),
    "demonyms": pl.List(pl.String),
    "people": pl.List(pl.String),
    "capitals": pl.List(pl.String),
    "affiliation": pl.String,
    "role": pl.String,
    "title": pl.String,
    "roles": pl.String,
    "stands_for": pl.String,
    "source": pl.String,
}


class DictionaryError(ValueError):
    """An actor dictionary file is malformed: duplicate ids, conflicting aliases, bad types."""


def _split(value: Any) -> list[str]:
    if value is None:
        return []
    if isinstance(value, str):
        return [v.strip() for v in value.split(";") if v.strip()]
    return [str(v).strip() for v in value if str(v).strip()]


def _read_csv_rows(path: Path) -> list[dict[str, str]]:
    text = "\n".join(ln for ln in path.read_text(encoding="utf-8").splitlines() if not ln.startswith("#"))
    return list(csv.DictReader(io.StringIO(text)))


def _entry(raw: dict[str, Any], source: str) -> dict[str, Any]:
    if not raw.get("id") or not raw.get("label"):
        raise DictionaryError(f"{source}: every actor needs an id and a label; got {raw!r}")
    typ = str(raw.get("type") or "other")
    if typ not in ACTOR_TYPES:
        raise DictionaryError(
            f"{source}: actor {raw['id']!r} has type {typ!r}; valid types: {', '.join(ACTOR_TYPES)}"
        )
    roles = raw.get("roles")
    return {
        "actor_id": str(raw["id"]),
        "label": str(raw["label"]),
        "type": typ,
        "aliases": _split(raw.get("aliases")) or [str(raw["label"])],
        "demonyms": _split(raw.get("demonyms")),
        "people": _split(raw.get("people")),
        "capitals": _split(raw.get("capitals")),
        "affiliation": raw.get("affiliation") or None,
        "role": raw.get("role") or None,
        "title": raw.get("title") or None,
        "roles": None if not roles else str(roles),
        "stands_for": raw.get("stands_for") or None,
        "source": source,
    }


def _read_dictionary_file(path: Path) -> tuple[list[dict[str, Any]], str]:
    """Entries and a ``name version`` string from a YAML or CSV actor dictionary."""
    if path.suffix.lower() == ".csv":
        rows = _read_csv_rows(path)
        version = None
        for line in path.read_text(encoding="utf-8").splitlines():
            m = re.match(r"#\s*version:\s*(\S+)", line)
            if m:
                version = m.group(1)
        entries = [_entry(dict(r), path.name) for r in rows]
    else:
        doc = load_yaml(path)
        if not isinstance(doc, dict) or not isinstance(doc.get("actors"), list):
            raise DictionaryError(f"{path}: an actor dictionary needs a top-level `actors:` list")
        version = doc.get("version")
        entries = [_entry(r, path.name) for r in doc["actors"]]
    return entries, f"{path.name} {version}" if version else path.name


def _check_unique(entries: list[dict[str, Any]], source: str) -> None:
    seen: set[str] = set()
    for e in entries:
        if e["actor_id"] in seen:
            raise DictionaryError(f"{source}: duplicate actor id {e['actor_id']!r}")
        seen.add(e["actor_id"])


def _alias_owners(entries: list[dict[str, Any]]) -> dict[str, set[str]]:
    owners: dict[str, set[str]] = {}
    for e in entries:
        for a in set(e["aliases"] + e["demonyms"] + e["people"] + e["capitals"]):
            owners.setdefault(a, set()).add(e["actor_id"])
    return owners


def _places(entries: list[dict[str, Any]]) -> list[dict[str, Any]]:
    """The packaged gazetteer (``data/actors_places.csv``), less ids and aliases the other files already use."""
    ids = {e["actor_id"] for e in entries}
    taken = set(_alias_owners(entries))
    out = []
    for r in _read_csv_rows(data_path(PACKAGED_PLACES)):
        e = _entry({**r, "type": r.get("type") or "location"}, PACKAGED_PLACES)
        e["aliases"] = [a for a in e["aliases"] if a not in taken]
        if e["actor_id"] in ids or not e["aliases"]:
            continue
        ids.add(e["actor_id"])
        taken.update(e["aliases"])
        out.append(e)
    return out


def _dictionary_files(user: str | None) -> tuple[Path | None, ...]:
    """Every file the actor dictionary is read from (packaged states, actors, agencies and places, the user's
    file)."""
    if user is not None and not Path(user).exists():
        raise FileNotFoundError(f"actor dictionary {user!r} not found")
    return (
        data_path(PACKAGED_STATES), data_path(PACKAGED_DICTIONARY), data_path(PACKAGED_AGENCIES),
        data_path(PACKAGED_PLACES), None if user is None else Path(user),
    )  # fmt: skip


def _dictionary(user: str | None) -> tuple[pl.DataFrame, str]:
    """The dictionary table and its name, read once per version of its files (an edited file is read again)."""
    return cache.load("actors.dictionary", _dictionary_files(user), lambda: _read_dictionary(user))


def _read_dictionary(user: str | None) -> tuple[pl.DataFrame, str]:
    states = [
        _entry({**r, "type": "state"}, PACKAGED_STATES) for r in _read_csv_rows(data_path(PACKAGED_STATES))
    ]
    packaged, name = _read_dictionary_file(data_path(PACKAGED_DICTIONARY))
    agencies, _ = _read_dictionary_file(data_path(PACKAGED_AGENCIES))
    entries = states + packaged + agencies
    _check_unique(entries, "packaged actor dictionary")
    entries += _places(entries)
    conflicts = {a: ids for a, ids in _alias_owners(entries).items() if len(ids) > 1}
    if conflicts:
        a, ids = next(iter(sorted(conflicts.items())))
        raise DictionaryError(f"packaged actor dictionary: alias {a!r} belongs to {sorted(ids)}")
    if user is not None:
        upath = Path(user)
        extra, uname = _read_dictionary_file(upath)
        _check_unique(extra, str(upath))
        by_id = {e["actor_id"]: e for e in entries}
        user_aliases = {a for e in extra for a in e["aliases"] + e["demonyms"] + e["people"] + e["capitals"]}
        for e in by_id.values():  # the user's aliases win over packaged ones
            for key in ("aliases", "demonyms", "people", "capitals"):
                e[key] = [a for a in e[key] if a not in user_aliases]
        for e in extra:
            by_id[e["actor_id"]] = e
        entries = list(by_id.values())
        name = f"{name} + {uname}"
    return pl.DataFrame(entries, schema=_ACTOR_SCHEMA), name


def load_actors(dictionary: str | Path | None = None) -> pl.DataFrame:
    """The actor dictionary as a table: one row per actor (packaged, plus ``dictionary`` if given).

    Columns: ``actor_id``, ``label``, ``type``, ``aliases`` (list), ``demonyms``, ``people`` and ``capitals``
    (lists, states only), ``affiliation``, ``role``, ``title``, ``roles`` (dated role history as text) and
    ``source`` (the file the entry came from). A user file (YAML like ``data/actors.yaml``, or CSV with
    columns ``id,label,type,aliases,affiliation,role,title``; aliases ``;``-separated) adds actors and
    replaces packaged entries with the same id; its aliases win over packaged ones.

    >>> actors = load_actors()
    >>> actors.filter(pl.col("actor_id") == "ISR").select("label", "type", "capitals").row(0)
    ('Israel', 'state', [])
    >>> actors.filter(pl.col("actor_id") == "benjamin-netanyahu")["affiliation"][0]
    'ISR'
    """
    return _dictionary(None if dictionary is None else str(Path(dictionary).resolve()))[0]
