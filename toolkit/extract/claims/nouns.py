"""What a claim counts: the noun phrase right after its number (``what``), and the claim's ``unit``,
only ever from a vocabulary (the number's form, a time unit, :mod:`toolkit.extract.units`, the person
nouns of ``data/claims_categories.yaml``).
"""

from __future__ import annotations

import re

from toolkit.extract.claims.categories import _TIME_UNITS
from toolkit.extract.claims.memos import _Memos
from toolkit.extract.claims.rules import PEOPLE_COUNTED, _Rules
from toolkit.extract.numbers import NumberSpan
from toolkit.extract.units import unit_of_noun

_WORD = r"(?:[A-Z]\.){2,}|[\w’'\-]+"
_STOP_WHAT = {
    "in", "on", "at", "from", "to", "into", "onto", "by", "for", "with", "without", "since", "during", "after",
    "before", "as", "than", "over", "under", "around", "across", "near", "inside", "outside", "among", "between",
    "who", "whom", "which", "that", "whose", "where", "when", "while", "and", "or", "but", "nor", "were", "was",
    "are", "is", "be", "been", "being", "have", "has", "had", "will", "would", "could", "should", "may", "might",
    "must", "can", "remain", "remained", "remains", "including", "of", "per", "a", "an", "the", "this", "these",
    "those", "it", "they", "them", "he", "she", "we", "said", "says", "say", "according", "more", "less",
    "fewer", "each", "every", "last", "ago", "earlier", "later", "away", "so", "far", "already", "still",
    "now", "reportedly", "also", "both", "all", "out", "up", "down", "off", "there", "here", "if", "not",
    "killing", "wounding", "injuring", "leaving", "left", "taking", "bringing", "making",
    "overnight", "today", "yesterday", "tonight", "recently", "alone", "too", "only", "again", "ever",
}  # fmt: skip
_ADJ_PERSON = {"injured", "wounded", "dead", "killed", "displaced", "elderly", "missing", "detained"}
_HEAD_AFTER_PERSON = {
    "deaths",
    "casualties",
    "fatalities",
    "bodies",
    "injuries",
    "families",
    "prisoners",
    "detainees",
    "hostages",
}
_SKIP_WHAT_LEAD = {
    "presumed",
    "believed",
    "confirmed",
    "reported",
    "feared",
    "reportedly",
    "more",
    "other",
    "additional",
    "further",
}

# regexes of the hot paths, compiled once
_RE_WHAT_TOKEN = re.compile(rf"({_WORD})|([,;:.()!?\[\]—–/%$€£])|[“”\"‘’«»]")
_RE_WORD = re.compile(_WORD)
_RE_DIGITS = re.compile(r"\d[\d,.]*")
_RE_ED_ING = re.compile(r"(?:ed|ing)$")
_RE_POSSESSIVE_S = re.compile(r"['’]s$")
_RE_NEXT_WORD = re.compile(r"\s+([\w’'\-]+)")
_RE_DEMONYM = re.compile(r"[A-Z][a-z]+(?:ans|is|ese|ians|ers)")


def _what(after: str, rules: _Rules, memos: _Memos | None = None) -> tuple[str, int, int]:
    """The noun phrase right after a number: (phrase, start, end) within ``after``.

    The phrase ends at the first punctuation mark of ``_RE_WHAT_CUT`` (no word token holds one,
    and :func:`_read_what` stops there), so it is a pure function of the text before that
    mark, which repeats ("people since April"): remembered."""
    if memos is None:
        memos = _Memos(rules)
    cut = _RE_WHAT_CUT.search(after)
    key = after[: cut.start()] if cut else after
    hit = memos.what.get(key)
    if hit is None:
        hit = memos.what.put(key, _read_what(key, rules.person_nouns, rules.phrase_heads))
    return hit


_RE_WHAT_CUT = re.compile(r"[,;:()!?\[\]—–/%$€£]")  # _RE_WHAT_TOKEN's group 2 but "." ("U.S.")


def _read_what(
    after: str, person_nouns: frozenset[str] = frozenset(), heads: frozenset[str] = frozenset()
) -> tuple[str, int, int]:
    """What :func:`_what` says of ``after``, read afresh. The phrase ends at a person noun, or at a
    unit word of ``heads`` written in lower case ("5.2 metres above normal"; "House Democrats" goes on)."""
    words: list[tuple[int, int]] = []
    for m in _RE_WHAT_TOKEN.finditer(after):
        if m.group(2):
            break
        if not m.group(1):
            continue
        lw = m.group(1).lower().strip("’'")
        if not words and lw in ("of", *_SKIP_WHAT_LEAD):
            continue  # "hundreds of people", "33 presumed dead"
        if lw in _STOP_WHAT or _RE_DIGITS.fullmatch(lw):
            break
        if words and _RE_ED_ING.search(lw) and lw not in _ADJ_PERSON:
            break  # "aid trucks entered", "people fleeing"
        words.append((m.start(1), m.end(1)))
        if len(words) == 4 or _RE_POSSESSIVE_S.search(lw):
            break
        if (lw in person_nouns or (lw in heads and m.group(1).islower())) and lw not in _ADJ_PERSON:
            nxt = _RE_NEXT_WORD.match(after[m.end() :])
            if not (nxt and nxt.group(1).lower() in _HEAD_AFTER_PERSON):
                break  # "people overnight": the head noun ends the phrase
    if not words:
        return "", 0, 0
    return after[words[0][0] : words[-1][1]], words[0][0], words[-1][1]


def _head(what: str) -> str:
    words = _RE_WORD.findall(what)
    return words[-1].lower().strip("’'") if words else ""


def _is_person(what: str, rules: _Rules) -> bool:
    for w in _RE_WORD.findall(what):
        lw = w.lower()
        if lw in rules.person_nouns or _RE_DEMONYM.fullmatch(w):
            return True
    return False


def _counts_things(what: str, rules: _Rules) -> bool:
    """Whether the noun phrase ``what`` counts things, not people: its head is a lower-case noun that is
    no person noun ("policy plans", "stores"; not "prisoners", "Palestinians", "dead", "more")."""
    words = _RE_WORD.findall(what)
    if not words:
        return False
    head = words[-1]
    lw = head.lower().strip("’'")
    if not head.islower() or not lw.isalpha() or lw in _SKIP_WHAT_LEAD or lw in _ADJ_PERSON:
        return False
    if _is_person(what, rules) or lw in _HEAD_AFTER_PERSON or lw in ("others", "more", "people"):
        return False
    # a plural noun ("plans", "towns") or a counted thing of the unit vocabulary; not an adjective
    # ("captured one alive")
    plural = lw.endswith("s") and not lw.endswith(("ss", "us", "is"))
    return plural or (rules.units is not None and unit_of_noun(lw, rules.units) is not None)


def _unit(span: NumberSpan, counted: str, what: str, rules: _Rules, measure: str | None = None) -> str | None:
    """The claim's unit, only ever from a vocabulary (never whatever word follows the number): the
    currency or percent of the number's form, the score's, a time unit, a unit named right after
    the number (``measure``: :func:`toolkit.extract.units.unit_after`), ``people`` for a person noun, a
    unit or counted thing of :mod:`toolkit.extract.units` as the head of the noun phrase, else None."""
    if span.unit in ("percent", "fraction") or span.form in ("money", "score"):
        return span.unit
    if counted == "ordinal":
        return None
    if counted == "duration":
        first = _RE_WORD.match(what)
        word = (span.compound or _head(first.group() if first else "")).split("-")[0]
        return _TIME_UNITS.get(word.rstrip("s").lower(), word or None)
    if span.compound and span.compound.startswith("year-old"):
        return "years"
    if measure is not None:
        return measure
    if _is_person(what, rules) or (not what and counted in PEOPLE_COUNTED):
        return "people"
    words = _RE_WORD.findall(what)
    if words and rules.units is not None:
        unit = unit_of_noun(words[-1], rules.units)  # the head noun ("aid trucks"), never a modifier
        if unit is not None:
            return unit
    head = _head(what)
    if counted in PEOPLE_COUNTED and head in ("", "dead", "killed", "injured", "wounded", "displaced"):
        return "people"
    return None
