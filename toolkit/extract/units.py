"""Units of numeric claims: a data-driven vocabulary, never whatever word follows a number.

Tables in: none (works on the text after a number and on a noun phrase). Used by
:mod:`toolkit.extract.claims`, which sets ``claims.unit`` from it.

The vocabulary is ``data/claims_units.yaml``: units of measure (length, area, mass, volume, speed,
temperature, energy and power, basis points and index points), households and homes, votes and
seats, jobs, each with the words and symbols that name it, and plural nouns of counted things
(``trucks``, ``hospitals``). Currencies (ISO 4217 codes) and percentages are read with the number
itself (``data/claims_numbers.yaml``), people from the person nouns of
``data/claims_categories.yaml``. A user's file of the same keys (``extract_claims(..., units=PATH)``)
is merged over the packaged one; the vocabulary is built once per version of the files
(:func:`toolkit.core.cache.load`).

>>> v = load_unit_vocabulary()
>>> unit_after(" metres above normal", v), unit_after("mm of rain", v), unit_after("°C in Madrid", v)
('m', 'mm', '°C')
>>> unit_after(" people fled", v) is None, unit_of_noun("trucks", v), unit_of_noun("hospital", v)
(True, 'trucks', 'hospitals')
>>> unit_family("km"), unit_family("GBP"), unit_family("percent")
('length', 'currency', 'percent')
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from toolkit.core import cache
from toolkit.core.resources import data_path, load_yaml, locate

UNITS_FILE = "claims_units.yaml"

_OTHER_FAMILIES = {
    "percent": "percent", "fraction": "percent", "people": "people", "years": "time", "seconds": "time",
    "minutes": "time", "hours": "time", "days": "time", "nights": "time", "weeks": "time", "months": "time",
    "decades": "time", "centuries": "time",
}  # fmt: skip
_RE_ISO4217 = re.compile(r"[A-Z]{3}")


@dataclass(frozen=True)
class UnitVocabulary:
    """A compiled unit vocabulary (see :func:`load_unit_vocabulary`)."""

    re_after: re.Pattern[str] | None  # a unit word or symbol right after a number
    by_word: dict[str, str]  # lower-cased word form -> unit
    by_symbol: dict[str, str]  # symbol as written -> unit
    count_nouns: frozenset[str]
    families: dict[str, str]  # unit -> family
    phrase_ends: frozenset[str]  # lower-cased one-word forms that end the noun phrase counted
    version: str


def _packaged(name: str) -> Path:
    """The packaged data file ``name`` (a seam: tests point it at copies)."""
    return data_path(name)


def load_units(units: str | Path | None = None) -> dict[str, Any]:
    """The packaged unit vocabulary with a user's file merged over it (``units`` by unit,
    ``count_nouns`` added).

    >>> load_units()["units"]["km"]["family"]
    'length'
    """
    data = dict(load_yaml(_packaged(UNITS_FILE)))
    if units:
        user = load_yaml(units) or {}
        data["units"] = {**data["units"], **(user.get("units") or {})}
        data["count_nouns"] = list(dict.fromkeys([*data["count_nouns"], *(user.get("count_nouns") or [])]))
        data["version"] = f"{data['version']}+{Path(str(units)).name}"
    for unit, spec in data["units"].items():
        if not isinstance(spec, dict) or not spec.get("family"):
            raise ValueError(f"unit {unit!r}: needs a family, words and symbols (got {spec!r})")
    return data


def load_unit_vocabulary(units: str | Path | None = None) -> UnitVocabulary:
    """The unit vocabulary compiled, once per version of its files (:func:`toolkit.core.cache.load`)."""
    files = (_packaged(UNITS_FILE), locate(units) if units else None)
    return cache.load("units.vocabulary:" + ("u" if units else "-"), files, lambda: _build(units))


def _alt(words: list[str]) -> str:
    return "|".join(re.escape(w).replace(r"\ ", r"\s+") for w in sorted(set(words), key=len, reverse=True))


def _build(units: str | Path | None) -> UnitVocabulary:
    d = load_units(units)
    by_word: dict[str, str] = {}
    by_symbol: dict[str, str] = {}
    families: dict[str, str] = {}
    words: list[str] = []  # as written: "5 House Democrats" names no unit
    for unit, spec in d["units"].items():
        unit = str(unit)
        families[unit] = str(spec["family"])
        for w in spec.get("words") or []:
            words.append(str(w))
            by_word[re.sub(r"\s+", " ", str(w).lower())] = unit
        for s in spec.get("symbols") or []:
            by_symbol[str(s)] = unit
    parts = []
    if by_word:
        parts.append(rf"(?:\s+|[\-–—])?(?:{_alt(words)})")
    if by_symbol:
        parts.append(rf"(?:\s?|[\-–—])(?:[°º]\s?)?(?:{_alt(list(by_symbol))})")
    re_after = re.compile(rf"^(?:{'|'.join(parts)})(?![\w’'/²³])") if parts else None
    count = frozenset(str(w).lower() for w in d.get("count_nouns") or [])
    # one-word unit names end the noun phrase ("5.2 metres above normal"); symbols do not ("82mm mortar rounds")
    ends = frozenset(w for w in by_word if " " not in w and "-" not in w)
    return UnitVocabulary(re_after, by_word, by_symbol, count, families, ends, f"{UNITS_FILE} v{d.get('version', '')}")


_RE_SPACES = re.compile(r"\s+")
_RE_LEAD = re.compile(r"^[\s\-–—]*(?:[°º]\s?)?")


def unit_after(text: str, vocab: UnitVocabulary) -> str | None:
    """The unit named right after a number (``text``: what follows it), else None.

    >>> v = load_unit_vocabulary()
    >>> unit_after("-km stretch", v), unit_after(" basis points", v), unit_after("C in Seville", v)
    ('km', 'bp', '°C')
    >>> unit_after(" Celsius", v), unit_after(" metrics", v), unit_after(" MW of power", v)
    ('°C', None, 'MW')
    """
    if vocab.re_after is None:
        return None
    m = vocab.re_after.match(text)
    if m is None:
        return None
    found = _RE_LEAD.sub("", m.group())
    unit = vocab.by_symbol.get(found)
    return unit if unit is not None else vocab.by_word.get(_RE_SPACES.sub(" ", found.lower()))


def unit_of_noun(word: str, vocab: UnitVocabulary) -> str | None:
    """The unit the head noun of the phrase counted names (a unit word, or a counted thing in the
    singular or plural, written in lower case: "House" is a name), else None."""
    w = word.strip("’'")
    if not w.islower():
        return None
    unit = vocab.by_word.get(w)
    if unit is not None:
        return unit
    nouns = vocab.count_nouns
    if w in nouns:
        return w
    for plural in (w + "s", w + "es", w[:-1] + "ies" if w.endswith("y") else ""):
        if plural and plural in nouns:
            return plural
    return None


def unit_family(unit: str | None, *, units: str | Path | None = None) -> str | None:
    """The family of a ``claims.unit`` value: ``length``, ``area``, ``mass``, ``volume``, ``speed``,
    ``temperature``, ``energy``, ``power``, ``rate``, ``households``, ``votes``, ``jobs``,
    ``count``, ``currency`` (an ISO 4217 code), ``percent``, ``people``, ``time``; None for none."""
    if unit is None:
        return None
    vocab = load_unit_vocabulary(units)
    fam = vocab.families.get(unit) or _OTHER_FAMILIES.get(unit)
    if fam is not None:
        return fam
    if _RE_ISO4217.fullmatch(unit):
        return "currency"
    return "count" if unit in vocab.count_nouns else None


__all__ = ["UnitVocabulary", "load_unit_vocabulary", "load_units", "unit_after", "unit_family", "unit_of_noun"]
