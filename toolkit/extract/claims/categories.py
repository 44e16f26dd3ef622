"""The category of a claim (``counted``): from the number's form (money, percent, ordinal, score, an age,
a duration), else the first of the ordered rules of ``data/claims_categories.yaml`` that matches the
noun phrase, the clause after the number or the text before it; and the polars prefilter that tells
which rules can match in a text.
"""

from __future__ import annotations

import re
from typing import Any

import polars as pl

from toolkit.core import cache
from toolkit.extract.claims.memos import _MISSING, _Memos
from toolkit.extract.claims.rules import _CategoryRow, _Rules
from toolkit.extract.numbers import _FOLD_GUARD, NumberSpan

_TIME_UNITS = {
    "second": "seconds", "minute": "minutes", "hour": "hours", "day": "days", "night": "nights",
    "week": "weeks", "month": "months", "year": "years", "decade": "decades", "century": "centuries",
}  # fmt: skip

# regexes of the hot paths, compiled once
_RE_TRAILING_DETERMINERS = re.compile(
    r"(?:\s+(?:all|the|another|other|additional|an additional|of|of the|a further|further))+\s*$"
)
_TRAILING_DETERMINER_ENDS = (
    "all",
    "the",
    "another",
    "other",
    "additional",
    "of",
    "further",
)  # its words' ends
_RE_YEARS_OLD = re.compile(r"\s*years?[\s\-]+old\b", re.I)
_RE_TIME_UNIT = re.compile(rf"(?:(?:{'|'.join(_TIME_UNITS)})s?|centuries)\b", re.I)


def _categorise(
    span: NumberSpan,
    what: str,
    before: str,
    after: str,
    rules: _Rules,
    possible: Any = None,
    fold: bool = True,
    time_unit: bool | None = None,
    memos: _Memos | None = None,
) -> tuple[str, str]:
    """(counted, rule) for one number. ``possible``: the rule indices whose required words occur
    in the sentence (see :func:`_category_prefilter`); None: all. ``fold``: False when the
    sentence holds no ``_FOLD_GUARD`` character (so neither do its parts). ``time_unit``: whether
    ``_RE_TIME_UNIT`` matches ``what`` (None: not worked out yet). ``memos``: those of ``rules``
    (looked up when None). ``tests/test_claims.py`` checks it against a plain reading of the rules."""
    form = span.form
    if form == "money":
        return "money", "form:money"
    if form in ("percent", "fraction"):
        return "percent", f"form:{form}"
    if form == "ordinal":
        return "ordinal", "form:ordinal"
    if form == "score":
        return "score", "form:score"
    compound = span.compound
    if compound and compound.startswith("year-old") or _RE_YEARS_OLD.match(after):
        return "other", "form:age"
    if compound and compound.rstrip("s") in _TIME_UNITS:
        return "duration", "form:duration"
    if time_unit is None:
        time_unit = _RE_TIME_UNIT.match(what) is not None
    if time_unit and form != "vague":
        return "duration", "form:duration"
    value = span.value if span.value is not None else span.low
    # The first rule that matches is the earlier of the first "what"/"after" rule that matches
    # (a pure function of the noun phrase and the clause after) and the first "before" rule before
    # it that matches (of the text before): each is remembered by its texts, as they repeat
    # ("people had been killed", "the ministry said at least"). A rule's min_value enters as
    # whether the value reaches it.
    table, min_values = rules.category_table, rules.category_min_values
    passes = tuple(value is not None and not value < m for m in min_values) if min_values else ()
    if memos is None:
        memos = _Memos(rules)
    key_a = (what, after, possible, fold, passes)
    first = memos.category_after.get(key_a, _MISSING)
    if first is _MISSING:
        first = memos.category_after.put(
            key_a, _first_rule_after(what, after, table, min_values, possible, fold, passes)
        )
    key_b = (before, possible, fold, passes, first)
    first_b = memos.category_before.get(key_b, _MISSING)
    if first_b is _MISSING:
        first_b = memos.category_before.put(
            key_b, _first_rule_before(before, table, min_values, possible, fold, passes, first)
        )
    if first_b is not None:
        first = first_b
    if first is None:
        return "other", "default"
    return table[first][0], table[first][5]


def _rule_applies(row: _CategoryRow, min_values: tuple[float, ...], passes: tuple[bool, ...]) -> bool:
    """Whether the value (as ``passes``: per ``min_values``, whether it reaches it) may take a rule."""
    min_value = row[3]
    return min_value is None or passes[min_values.index(min_value)]


def _first_rule_after(
    what: str, after: str, table: tuple[_CategoryRow, ...], min_values: tuple[float, ...], possible: Any, fold: bool,
    passes: tuple[bool, ...],
) -> int | None:  # fmt: skip
    """The first "what" or "after" category rule (of ``possible``, None: all) that matches the
    noun phrase ``what`` or the clause ``after``, else None. ``fold``: as for :func:`_categorise`."""
    # a rule whose regex needs a word the text lacks is skipped without running it
    what_l = what.lower() if not (fold and any(c in what for c in _FOLD_GUARD)) else None
    after_l = after.lower() if not (fold and any(c in after for c in _FOLD_GUARD)) else None
    for i in range(len(table)) if possible is None else possible:
        row = table[i]
        where = row[1]
        if where == "before" or (row[3] is not None and not _rule_applies(row, min_values, passes)):
            continue
        text, low = (what, what_l) if where == "what" else (after, after_l)
        if not text:
            continue
        needs = row[4]
        if needs is not None and low is not None:
            for n in needs:
                if n in low:
                    break
            else:
                continue
        if row[2].search(text):
            return i
    return None


def _first_rule_before(
    before: str, table: tuple[_CategoryRow, ...], min_values: tuple[float, ...], possible: Any, fold: bool,
    passes: tuple[bool, ...], limit: int | None,
) -> int | None:  # fmt: skip
    """The first "before" category rule (of ``possible``, None: all; below ``limit``, None: any)
    that matches the text before the number (its trailing determiners dropped), else None."""
    before_c = (" " + before).rstrip()
    if before_c.endswith(_TRAILING_DETERMINER_ENDS):  # else the regex cannot match
        before_c = _RE_TRAILING_DETERMINERS.sub("", " " + before).rstrip()
    before_c += " "
    before_l = before_c.lower()
    # under re.I an ASCII text and its lower case match alike, unless a rule scopes re.I away
    same = before_c.isascii()
    guarded = fold and any(c in before_c for c in _FOLD_GUARD)
    for i in range(len(table)) if possible is None else possible:
        if limit is not None and i >= limit:
            break
        row = table[i]
        if row[1] != "before" or (row[3] is not None and not _rule_applies(row, min_values, passes)):
            continue
        needs = row[4]
        if needs is not None and not guarded:
            for n in needs:
                if n in before_l:
                    break
            else:
                continue
        pat = row[2]
        if pat.search(before_l) or (not (same and not row[6]) and pat.search(before_c)):
            return i
    return None


def _category_prefilter(rules: _Rules) -> pl.Expr:
    """Per text, the words of ``category_needs`` it holds (one Aho-Corasick pass, case aside; lower
    case, distinct, sorted and joined by NUL characters: a key), from
    which :func:`_possible_rules` works out the category rules that can match in it: a rule whose
    regex needs one of some words is left out where the text holds none of them. Null (all rules)
    for texts with a character that breaks the ASCII case-folding shortcut. The texts a rule is
    tested on (the number's noun phrase, the clause after it, the text before it after a space)
    are parts of " " + text, so :func:`_categorise` gives the same answer."""
    words = sorted({w for needs in rules.category_needs if needs for w in needs})
    text = pl.col("text")
    found = (
        (pl.lit(" ") + text)
        .str.extract_many(words, ascii_case_insensitive=True, overlapping=True)
        .list.eval(pl.element().str.to_lowercase())
        .list.unique()
        .list.sort()
        .list.join("\x00")
    )
    return pl.when(text.str.contains_any(_FOLD_GUARD)).then(None).otherwise(found)


def _possible_rules(
    rules: _Rules, found: Any, memo: cache.Memo[tuple[int, ...]] | None = None
) -> tuple[int, ...] | None:
    """The category rules that can match in a text holding the words ``found`` (None: all):
    a list of them, or (from :func:`_category_prefilter`) their lower-cased forms, sorted and
    joined by NUL characters. ``memo``: where the answer is remembered by ``found`` (None: not)."""
    if found is None:
        return None
    key = found if isinstance(found, str) else frozenset(w.lower() for w in found)
    hit = memo.get(key) if memo is not None else None
    if hit is None:
        words = (frozenset(key.split("\x00")) if key else frozenset()) if isinstance(key, str) else key
        hit = tuple(
            i for i, needs in enumerate(rules.category_needs) if needs is None or not needs.isdisjoint(words)
        )
        if memo is not None:
            memo.put(key, hit)
    return hit
