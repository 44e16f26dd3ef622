"""Find and parse the numbers of news copy, with exact character offsets.

Tables in: none (works on one string). Used by :mod:`toolkit.extract.claims`.

Forms: digits with separators (``31,988``, ``1 200``), decimals with scales (``2.4 million``,
``1.5bn``, ``$20m``), words (``thirty-three``, ``a dozen``, ``six-week``), ranges (``between 30 and
40``, ``30-40``, ``two or three``; both ends of one kind: ``12% to $4bn`` is two numbers),
percentages (``80%``, ``12 per cent``), fractions (``two-thirds of``), ordinals (``fifth``, ``21st``),
vague amounts (``hundreds of``, ``tens of thousands``) and votes and results (``voted 5-2``, ``won
3-1``, ``a 52-48 split``: one span of form ``score``, see :func:`_score`).
Dates (``October 7``), clock times (``1:00 am``), years (``in 2023``) and labels (``Resolution
2728``, ``F-16``, ``phase two``, ``week 22 of``) are found too and marked by ``kind`` so that callers can
drop them, as are ages (``Smith, 49,``), number-adjectives (``six-year terms``), race names (``400 m
hurdles``) and ordinals in names or compounds (``116th Congress``, ``third-party``): kind ``attribute``.
A race time (``finished in 2:14:04``) is a claim in hours; a tally (``17 out of 18``) is one span.

The number words, scales, currencies, vague amounts and score cues are data (``data/claims_numbers.yaml``);
what is not a claim is ``data/claims_exclusions.yaml``. A small parser of our own is used rather
than text2num, which turns ``2.4 million`` into ``2.4 1000000`` and has no notion of vague amounts.

Caching (all of it in :mod:`toolkit.core.cache`): the grammar compiled from those files, and from a
user's ``numbers=``/``exclusions=`` files, is built once per version of the files
(:func:`toolkit.core.cache.load`, keyed by each file's path, modification time and size), so an edited
file takes effect on the next call; a call checks its files with one ``os.stat`` each. What
follows a number, the context tests of a figure and how a run of number words splits are pure
functions of short pieces of text, remembered in bounded memos that belong to the grammar
(:func:`toolkit.core.cache.scoped`): safe under threads, evicted oldest first when full, and the
output is the same with them empty, full or evicted half-way through a call.

The grammar and the prefilters (where its regexes can match, for a column of texts at once) are
:mod:`toolkit.extract.numbers_grammar`; this module re-exports what other modules import of them.
Two numbers read as one (ranges, scores, tallies, shares such as ``one in five``) are
:mod:`toolkit.extract.numbers_join`; the span type, :class:`NumberSpan`, is :mod:`toolkit.extract.numbers_span`.

>>> [(n.text, n.value, n.form, n.kind) for n in find_numbers("About 2.4 million people, since October 7.")]
[('2.4 million', 2400000.0, 'cardinal', 'claim'), ('October 7', 7.0, 'cardinal', 'date')]
>>> parse_number_words("one hundred and thirty-three")
133.0
"""

from __future__ import annotations

import operator
import re
from collections.abc import Iterable, Iterator
from dataclasses import replace
from pathlib import Path
from typing import Any

from toolkit.core import cache
from toolkit.core.resources import fold_lower as _fold
from toolkit.extract.numbers_grammar import (
    _DASH,
    _Grammar,
    _grammar,
    _matches,
    _matches_at,
    _may_match_in,
    _window_needs,
)

# the grammar's names that other modules import from this one
from toolkit.extract.numbers_grammar import _DIGITS_PLAIN as _DIGITS_PLAIN
from toolkit.extract.numbers_grammar import _FOLD_GUARD as _FOLD_GUARD
from toolkit.extract.numbers_grammar import _WHITESPACE as _WHITESPACE
from toolkit.extract.numbers_grammar import EXCLUSIONS_FILE as EXCLUSIONS_FILE
from toolkit.extract.numbers_grammar import NUMBERS_FILE as NUMBERS_FILE
from toolkit.extract.numbers_grammar import _data_file as _data_file
from toolkit.extract.numbers_grammar import _packaged as _packaged
from toolkit.extract.numbers_grammar import _prefilter_exprs as _prefilter_exprs
from toolkit.extract.numbers_grammar import _required_literals as _required_literals
from toolkit.extract.numbers_grammar import _starts_expr as _starts_expr
from toolkit.extract.numbers_grammar import load_number_words as load_number_words
from toolkit.extract.numbers_grammar import number_words_version as number_words_version
from toolkit.extract.numbers_join import _ranges
from toolkit.extract.numbers_span import NumberSpan, _num, _span

# regexes of the hot paths, compiled once
_RE_HYPHEN_COMPOUND = re.compile(rf"^[{_DASH}]([A-Za-z]+)(?:[{_DASH}]([A-Za-z]+))?")
_RE_NUMBER_SIGN = re.compile(r"(?:#|\bNo\.?\s?|\bNos\.?\s?)$")
_RE_LABEL_WORD = re.compile(r"\b([A-Z][A-Za-z]*)\.?\s+$")
_RE_NON_DIGIT = re.compile(r"\D")
_RE_SPACES = re.compile(r"\s+")
_RE_SPACE_OR_DASH = re.compile(rf"[\s{_DASH}]+")
_RE_DIGIT_RUN = re.compile(r"\d+")
_RE_LETTER_DASH_END = re.compile(r"[A-Za-z][" + _DASH + r"]?$")
_RE_LETTER = re.compile(r"[A-Za-z]")
_RE_DIGIT_DASH_END = re.compile(r"\d[" + _DASH + r"]$")
_RE_DASH_DIGIT = re.compile(r"[" + _DASH + r"]\d")
_RE_FOUR_DIGITS = re.compile(r"\d{4}")
_RE_NEXT_LOWER_WORD = re.compile(r"\s+([a-z]+)")
_RE_HEDGE_BEFORE_YEAR = re.compile(
    r"\b(?:about|around|some|nearly|almost|over|than|least|estimated|roughly|approximately|up to)\s+$", re.I
)
# a hedge that dates, not counts: "in around 2000", "since about 1990"
_RE_DATING_HEDGE = re.compile(r"\b(?:in|since|from|until|till|by|before|after|circa|of)\s+\S+\s+$", re.I)
_RE_NEXT_WORD = re.compile(r"\s+([A-Za-z]+)")
_RE_PLURAL_S = re.compile(r"s\b")
_RE_TWO_TO_FOUR_DIGITS = re.compile(r"\d{2,4}")
_RE_DASH = re.compile(rf"[{_DASH}]")
_RE_SPACE = re.compile(r"\s")
_RE_LETTERS = re.compile(r"[A-Za-z]+")
_RE_COUNTED_AFTER = re.compile(r"\s+(?:of\s+)?[\w“‘\"]")
_RE_S_AFTER = re.compile(r"(?:s\b|'s\b|’s\b)")
_RE_LEADING_SPACE_DASH = re.compile(rf"^[\s{_DASH}]+")
_RE_A_DIGIT = re.compile(r"\d")
_RE_RACE_TIME = re.compile(r"\d{1,2}:\d{2}:\d{2}(?:\.\d+)?")
_RE_AT_END = re.compile(r"\bat\s+$", re.I)
_RE_WHOLE_3 = re.compile(r"\d{1,3}")
# a plural noun after "1.2m" that makes it millions, not metres ("1.2m barrels"; not "the 100m hurdles")
_RE_PLURAL_NOUN = re.compile(
    r"(?!(?:hurdles|metres|meters|miles|yards|feet|inches|seconds|minutes|hours)$)[a-z]{3,}s"
)
_RE_LOWER_WORD_END = re.compile(r"\b([a-z]+)\s+$")
_RE_LABEL_LIST_END = re.compile(r"(?<=\s)(?:\d+[A-Za-z]?(?:,\s*|\s+(?:,\s*)?(?:and|or|&)\s+|&\s*))+$")
_RE_LIST_GOES_ON = re.compile(r"\s*,\s*\d|\s+(?:and|or|&)\s+\d")
_RE_AND_A_HALF = re.compile(r" and a half\b(?![\-‐‑–])")


# --------------------------------------------------------------------------- word numbers

_TENS_LIMIT = 100


def _parse_words(words: list[str], g: _Grammar) -> tuple[float, int]:
    """Value of the longest valid number-word prefix of ``words`` and how many words it used."""
    total = 0.0
    current = 0.0
    prev = ""  # unit, teen, tens, hundred, scale, and, a
    used = 0
    seen_number = False
    for i, raw in enumerate(words):
        w = _fold(raw)
        if w in ("a", "an"):
            if i == 1 and _fold(words[0]) == "half":
                used = i + 1
                continue
            if i != 0:
                break
            current, prev = 1.0, "a"
            used = i + 1
            continue
        if w == "half" and i == 0:
            current, prev = 0.5, "a"
            used = i + 1
            continue
        if w == "and":
            if prev not in ("hundred", "scale"):
                break
            prev = "and"
            continue
        if w in g.cardinals:
            v = g.cardinals[w]
            kind = "unit" if v < 10 else "teen" if v < 20 else "tens"
            if prev in ("unit", "teen") or (prev == "tens" and kind != "unit") or prev == "a":
                break
            current += v
            prev = kind
            seen_number = True
        elif w in g.scales:
            s = g.scales[w]
            if prev == "":
                break
            if s == 12:  # dozen
                current = (current or 1.0) * s
                prev = "scale"
            elif s == 100:
                if prev == "hundred":
                    break
                current = (current or 1.0) * s
                prev = "hundred"
            else:
                total += (current or 1.0) * s
                current = 0.0
                prev = "scale"
            seen_number = True
        else:
            break
        used = i + 1
    if not seen_number:
        return 0.0, 0
    return total + current, used


def parse_number_words(text: str, *, numbers: str | Path | None = None) -> float | None:
    """Value of a number written in words, or None.

    >>> parse_number_words("a dozen"), parse_number_words("thirty-three"), parse_number_words("two million")
    (12.0, 33.0, 2000000.0)
    >>> parse_number_words("fish") is None
    True
    """
    g = _grammar(numbers)
    words = [w for w in _RE_SPACE_OR_DASH.split(text.strip()) if w]
    value, used = _parse_words(words, g)
    return value if used == len(words) and used else None


def _word_spans(
    text: str, g: _Grammar, hint: Any = True, memo: cache.Memo[Any] | None = None
) -> list[tuple[int, int, float]]:
    """(start, end, value) of the numbers written in words in ``text``. How a match of
    ``re_words`` splits into numbers (:func:`_split_words`) is a pure function of its text,
    remembered per grammar ("two", "three million") in ``memo`` (looked up when None)."""
    if memo is None:
        memo = _memos(g)[2]
    out: list[tuple[int, int, float]] = []
    for m in _matches(g.re_words, text, hint):
        words = m.group()
        parts = memo.get(words)
        if parts is None:
            parts = memo.put(words, _split_words(words, g))
        start = m.start()
        out.extend((a + start, b + start, v) for a, b, v in parts)
    return out


def _split_words(words: str, g: _Grammar) -> tuple[tuple[int, int, float], ...]:
    """The numbers in a match of ``re_words``: (start, end, value) within it."""
    toks = [(t.start(), t.end(), t.group()) for t in _RE_LETTERS.finditer(words)]
    out = []
    i = 0
    while i < len(toks):
        value, used = _parse_words([t[2] for t in toks[i:]], g)
        if used == 0:
            i += 1
            continue
        out.append((toks[i][0], toks[i + used - 1][1], value))
        i += used
    return tuple(out)


# --------------------------------------------------------------------------- scanner


def _masked(spans: list[tuple[int, int]], a: int, b: int) -> bool:
    for s, e in spans:
        if a < e and s < b:
            return True
    return False


def find_numbers(
    text: str, *, numbers: str | Path | None = None, exclusions: str | Path | None = None
) -> list[NumberSpan]:
    """Every number in ``text`` (claims and non-claims), left to right, without overlaps.

    >>> [(n.text, n.value, n.low, n.high) for n in find_numbers("between 30 and 40 died; two-thirds of homes")]
    [('between 30 and 40', 30.0, 30.0, 40.0), ('two-thirds', 0.6666666666666666, None, None)]
    >>> [(n.text, n.kind) for n in find_numbers("Resolution 2728 passed at 1:00 am in 2024")]
    [('2728', 'label'), ('1:00 am', 'time'), ('2024', 'year')]
    >>> [(n.text, n.value, n.unit, n.vague) for n in find_numbers("$20m and hundreds of trucks")]
    [('$20m', 20000000.0, 'USD', False), ('hundreds', None, None, True)]
    """
    g = _grammar(numbers, exclusions)
    return _find(text, g)


def _find(
    text: str, g: _Grammar, hints: dict[str, Any] | None = None, memos: _Memos | None = None
) -> list[NumberSpan]:
    """:func:`find_numbers` with a grammar; ``hints`` per scanner stage come from
    :func:`_prefilter_exprs` (see :func:`_matches`) and spare regex scans that cannot match.
    ``memos``: those of ``g`` (:func:`_memos`; looked up when None)."""
    hint = (hints or _NO_HINTS).get
    found: list[NumberSpan] = []
    taken: list[tuple[int, int]] = []
    # every date and clock-time regex, ``re_ordinal_digit`` and ``re_digits`` need a digit (``\d``)
    first = _RE_A_DIGIT.search(text)
    # dates and clock times first: they hide the numbers inside them. Each pattern is tried only where
    # its matches can start (the same matches as its finditer): a run of digits or a month name
    leads: dict[str, list[int]] = {}
    for kind, stage, patterns in g.stages if first is not None else ():
        if hint(stage, True) is False:
            continue
        for pat, lead in patterns:
            starts = leads.get(lead)
            if starts is None:
                starts = leads[lead] = _lead_starts(text, lead, first.start(), g)  # type: ignore[union-attr]
            for m in _matches_at(pat, text, starts):
                a, b = m.span()
                if taken and _masked(taken, a, b):
                    continue
                dm = _RE_DIGIT_RUN.search(m.group())
                v = float(dm.group()) if dm else None
                if (
                    kind == "time"
                    and _RE_RACE_TIME.fullmatch(m.group())
                    and not _RE_AT_END.search(text, max(0, a - 4), a)
                ):
                    # "finished in 2:14:04": a time taken (hours, minutes, seconds), a duration in hours
                    found.append(_span(a, b, m.group(), v, None, None, "cardinal", compound="hours"))
                else:
                    found.append(_span(a, b, m.group(), v, None, None, "cardinal", kind=kind))
                taken.append((a, b))
    h = hint("vague_duration", True)
    if g.re_vague_duration is not None and (h is None or h):
        _vague_durations(text, g, taken, _adder(found, taken), h)
    # vague amounts and fractions (a hint that is False or an empty list of starts: no match)
    h = hint("vague", True)
    if h is None or h:
        for m in _matches(g.re_vague, text, h):
            if taken and _masked(taken, m.start(), m.end()):
                continue
            key = _RE_SPACES.sub(" ", _fold(m.group()))
            low, high = g.vague[key]
            # the span is the amount's words: "hundreds" of "hundreds of homes" (the "of" that ties it
            # to what it counts is not part of it, as in the gold sets' annotation format)
            end = m.end()
            weak = key in g.vague_weak
            if weak and not _RE_COUNTED_AFTER.match(text, end):
                continue
            found.append(
                _span(m.start(), end, text[m.start() : end], None, low, high, "vague", vague=True, weak=weak)
            )
            taken.append((m.start(), end))
    h = hint("one_time_unit", True)
    if g.re_one_time_unit is not None and (h is None or h):
        _one_time_units(text, g, taken, _adder(found, taken), h)
    h = hint("fraction", True)
    if h is not False:
        for m in _matches(g.re_fraction, text, h):
            if taken and _masked(taken, m.start(), m.end()):
                continue
            parts = _RE_SPACE_OR_DASH.split(_fold(m.group()))
            frac = g.fractions[parts[-1]]
            num = 1.0 if len(parts) == 1 or parts[0] in ("a", "an") else g.cardinals.get(parts[0], 1.0)
            found.append(
                _span(m.start(), m.end(), m.group(), num * frac, None, None, "fraction", unit="fraction")
            )
            taken.append(m.span())
    h = hint("ordinal_digit", True) if first is not None else False
    if h is None or h:
        _ordinals(text, g.re_ordinal_digit, g, taken, _adder(found, taken), h)
    # cardinals written with digits or words
    # a match of re_digits starts with a digit: scanning from the first one finds the same
    raw: list[tuple[int, int, float, bool]] = (
        [
            (*m.span(), _num(m.group()), True)
            for m in g.re_digits.finditer(text, first.start())
            if not text[m.start() - 1 : m.start()].isalpha()
            or text[m.start() - 3 : m.start()] in g.currency_symbols
        ]  # a digit glued to letters only after a currency code ("SEK9 million"; not "BBC1")
        if first
        else []
    )
    h = hint("words", True)
    if h is None or h:
        if memos is None:
            memos = _memos(g)
        words = _word_spans(text, g, h, memos[2])
        if words:
            raw += [(a, b, v, False) for a, b, v in words]
            raw.sort()
    if raw:
        if memos is None:
            memos = _memos(g)
        for a, b, v, is_digit in raw:
            if taken and _masked(taken, a, b):
                continue
            span = _extend(text, a, b, v, is_digit, g, memos)
            if span is None or (taken and _masked(taken, span.start, span.end)):
                continue
            found.append(span)
            taken.append((span.start, span.end))
    h = hint("ordinal_word", True)
    if h is None or h:
        _ordinals(text, g.re_ordinal_word, g, taken, _adder(found, taken), h)
    if len(found) > 1:
        found.sort(key=_by_start)
        found = _ranges(text, found, g)
    return _attributes(text, found, g, hints, memos) if found else found


_NO_HINTS: dict[str, Any] = {}


def _lead_starts(text: str, lead: str, first_digit: int, g: _Grammar) -> list[int]:
    """Where a match of a date or time pattern (``g.stages``) may start: every run of digits
    (``lead`` "digit", from the first digit ``first_digit`` on) or every position where a month name
    of ``g.re_month_lead`` matches ("month").

    >>> g = _grammar(None)
    >>> _lead_starts("On 4 May, 12,000 rallied", "digit", 3, g), _lead_starts("May 4, 2020", "month", 0, g)
    ([3, 10, 13], [0])
    """
    if lead == "digit":
        return [m.start() for m in _RE_DIGIT_RUN.finditer(text, first_digit)]
    pat = g.re_month_lead
    if pat is None:  # pragma: no cover - a grammar's month-led patterns come with it
        return list(range(len(text)))
    out = []
    m = pat.search(text)
    while m is not None:  # every start, even one inside an earlier match
        out.append(m.start())
        m = pat.search(text, m.start() + 1)
    return out


def _one_time_units(text: str, g: _Grammar, taken: list[tuple[int, int]], add: Any, hint: Any = True) -> None:
    """Add "a year", "an hour", "a week and a half": a duration of one unit of time (1.5 with "and a
    half"), unless a rate ("$5bn a year"), an age or adjective ("a year old", "a year-long"), or "a year ago".

    >>> [(n.text, n.value, n.compound) for n in find_numbers("Repairs may take a year and a half.")]
    [('a year and a half', 1.5, 'year')]
    >>> find_numbers("It earns $20m a year and was founded a year ago.")[1:]
    []
    """
    pat = g.re_one_time_unit
    if pat is None:
        return
    for m in _free_matches(
        _matches(pat, text, hint), text, taken, g.re_one_time_not_before, g.re_one_time_not_after
    ):  # hint: _prefilter_exprs
        a, b = m.span()
        add(
            _span(
                a,
                b,
                m.group(),
                1.5 if m.group(2) else 1.0,
                None,
                None,
                "cardinal",
                compound=m.group(1).lower(),
            )
        )


def _free_matches(
    matches: Iterable[re.Match[str]],
    text: str,
    taken: list[tuple[int, int]],
    not_before: re.Pattern[str] | None,
    not_after: re.Pattern[str] | None,
) -> Iterator[re.Match[str]]:
    """The phrase matches that no earlier number covers and that the words around them do not rule out:
    ``not_before`` searched in the 40 characters before, ``not_after`` matched right after."""
    for m in matches:
        a, b = m.span()
        if taken and _masked(taken, a, b):
            continue
        if not_before is not None and not_before.search(text, max(0, a - 40), a):
            continue
        if not_after is not None and not_after.match(text, b):
            continue
        yield m


def _vague_durations(
    text: str, g: _Grammar, taken: list[tuple[int, int]], add: Any, hint: Any = True
) -> None:
    """Add "decades", "several hours", "a few weeks", "for months": a vague duration (``vague_durations``
    of the number words; a bare plural of ``vague_durations_bare`` only after ``vague_duration_bare_before``),
    value null, bounds in the unit named, unless a number comes before it ("three decades") or
    "ago", "old" or a hyphen after it ("decades ago", "a decades-long feud").

    >>> [(n.text, n.value, n.low, n.compound, n.vague) for n in find_numbers("Talks took several hours.")]
    [('several hours', None, 3.0, 'hour', True)]
    >>> [n.text for n in find_numbers("It ended three decades of rule, decades ago.")]
    ['three']
    >>> [n.text for n in find_numbers("They waited for months; in recent months it rained.")]
    ['months']
    """
    pat = g.re_vague_duration
    if pat is None:
        return
    not_before, not_after = g.re_vague_duration_not_before, g.re_vague_duration_not_after
    for m in _free_matches(
        _matches(pat, text, hint), text, taken, not_before, not_after
    ):  # hint: _prefilter_exprs
        a, b = m.span()
        words = _RE_SPACES.sub(" ", _fold(m.group()))
        if words in g.vague_durations_bare and not (
            g.re_vague_duration_bare_before is not None
            and g.re_vague_duration_bare_before.search(text, max(0, a - 40), a)
        ):
            continue
        low, high = g.vague_durations[words]
        unit = words.rsplit(" ", 1)[-1]
        unit = "century" if unit == "centuries" else unit.removesuffix("s")
        add(_span(a, b, m.group(), None, low, high, "vague", vague=True, compound=unit))


def _adder(found: list[NumberSpan], taken: list[tuple[int, int]]) -> Any:
    """A function that adds a span to ``found`` and its offsets to ``taken``."""

    def add(span: NumberSpan) -> None:
        found.append(span)
        taken.append((span.start, span.end))

    return add


_ATTR_WINDOW = 40
_RE_RANK_SIGN = re.compile(r"(?:\bno\.\s*|\bnumber\s+|#)$", re.I)
_by_start = operator.attrgetter("start")


def _attributes(
    text: str,
    spans: list[NumberSpan],
    g: _Grammar,
    hints: dict[str, Any] | None = None,
    memos: _Memos | None = None,
) -> list[NumberSpan]:
    """Claims that describe rather than count (``attribute_*`` of the exclusions) get kind
    ``attribute``. ``hints`` (``attr_*``: False where the text lacks every word a pattern needs)
    spare the patterns that cannot match. Whether ``attribute_before`` matches the 40 characters
    before a number is remembered per grammar by that text (``memos``, :func:`_memos`): wire copy
    repeats the words before its figures."""
    hint = (hints or {}).get
    attr_before = g.re_attr_before if hint("attr_before", True) is not False else None
    attr_after = g.re_attr_after if hint("attr_after", True) is not False else None
    attr_fraction = g.re_attr_before_fraction if hint("attr_before_fraction", True) is not False else None
    compound = g.re_attr_before_compound
    rank = g.re_attr_rank_before if hint("attr_rank_before", True) is not False else None
    rank_unless = g.re_attr_rank_unless_after
    # the words each window pattern needs: a window holding none of them is not searched (_may_match_in)
    before_needs = _window_needs(attr_before) if attr_before is not None else None
    rank_needs = _window_needs(rank) if rank is not None else None
    fraction_needs = _window_needs(attr_fraction) if attr_fraction is not None else None
    before_test = (attr_before, (memos or _memos(g))[3]) if attr_before is not None else None
    out = spans  # copied when a span changes
    for i, s in enumerate(spans):
        if s.kind != "claim" or (s.compound == "hours" and ":" in s.text):  # a time taken ("in 2:14:04")
            continue
        ordinal = s.form == "ordinal"
        age = bool(g.attr_ages) and s.form == "cardinal" and _RE_WHOLE_3.fullmatch(s.text) is not None
        if (
            attr_before is None
            and attr_after is None
            and rank is None
            and s.compound is None
            and not age
            and not ordinal
            and (s.form != "fraction" or attr_fraction is None)
        ):
            continue  # no pattern to try
        before = text[max(0, s.start - _ATTR_WINDOW) : s.start]
        if (
            rank is not None
            and s.form in ("cardinal", "ordinal")
            and not s.is_range
            and _may_match_in(before, rank_needs)
            and rank.search(before)
            and (
                ordinal
                or rank_unless is None
                or _RE_RANK_SIGN.search(before) is not None  # "the world No. 2 trails"
                or not rank_unless.match(text[s.end : s.end + _ATTR_WINDOW])
            )
        ):
            # a rank ("came second", "ranked 27th in the world", "world ranking number 27"): an ordinal
            # claim, as the annotation conventions of general news read an ordinal that ranks an entity
            if not ordinal:
                if out is spans:
                    out = list(spans)
                out[i] = replace(s, form="ordinal")
            continue
        if (
            (ordinal and _ordinal_attribute(text, s, g))
            or (age and _is_age(before, text[s.end : s.end + _ATTR_WINDOW], g))
            or (attr_after is not None and attr_after.match(text[s.end : s.end + _ATTR_WINDOW]))
            or (g.re_attr_whole is not None and g.re_attr_whole.match(text[s.start : s.end + _ATTR_WINDOW]))
            or (
                before_test is not None
                and _may_match_in(before, before_needs)
                and _searched(before_test[1], before_test[0], before)
            )
            or (
                s.form == "fraction"
                and attr_fraction is not None
                and _may_match_in(before, fraction_needs)
                and attr_fraction.search(before)
            )
            or (s.compound is not None and compound is not None and compound.search(before))
        ):
            if out is spans:
                out = list(spans)
            out[i] = replace(s, kind="attribute")
    return out


def _searched(memo: cache.Memo[bool], pat: re.Pattern[str], window: str) -> bool:
    """Whether ``pat`` (always the same for ``memo``) matches somewhere in ``window``, remembered by it."""
    found = memo.get(window)
    if found is None:
        found = memo.put(window, pat.search(window) is not None)
    return found


def _is_age(before: str, after: str, g: _Grammar) -> bool:
    """Whether a whole number of one to three digits between ``before`` and ``after`` is an age
    (``attribute_ages``: "Andrew Smith, 49, was", "when she was about 57.")."""
    # the anchored ``after`` tests first: they fail at once for most numbers, the search tries every position;
    # the union of the ``after`` tests fails where each does
    if g.re_attr_ages_after is not None and not g.re_attr_ages_after.match(after):
        return False
    return any(a.match(after) and b.search(before) for b, a in g.attr_ages)


def _ordinal_attribute(text: str, s: NumberSpan, g: _Grammar) -> bool:
    """Whether the ordinal ``s`` is no claim: part of a name or a compound adjective
    (``attribute_ordinal``: "the 116th Congress", "third-party"), or a weak ordinal ("first") outside
    the context that makes it rank something (``ordinal_weak_before``/``ordinal_weak_after``)."""
    if g.re_attr_ordinal is not None and g.re_attr_ordinal.match(text[s.start : s.end + _ATTR_WINDOW]):
        return True
    if g.ordinals_weak and _fold(s.text) in g.ordinals_weak:
        before = text[max(0, s.start - _ATTR_WINDOW) : s.start]
        after = text[s.end : s.end + _ATTR_WINDOW]
        wb, wa = g.re_ordinal_weak_before, g.re_ordinal_weak_after
        return not (wb is not None and wb.search(before) and wa is not None and wa.match(after))
    return False


def _ordinals(
    text: str, pat: re.Pattern[str], g: _Grammar, taken: list[tuple[int, int]], add: Any, hint: Any = True
) -> None:
    for m in _matches(pat, text, hint):
        if _masked(taken, m.start(), m.end()):
            continue
        w = _fold(m.group())
        dm = _RE_DIGIT_RUN.match(w)
        if dm:
            v = float(dm.group())
        else:
            parts = _RE_DASH.split(w)
            v = g.ordinals.get(parts[-1], 1.0) + (g.cardinals.get(parts[0], 0.0) if len(parts) > 1 else 0.0)
        add(_span(m.start(), m.end(), m.group(), v, None, None, "ordinal"))


def _extend(
    text: str, a: int, b: int, v: float, is_digit: bool, g: _Grammar, memos: _Memos | None = None
) -> NumberSpan | None:
    """Grow a bare number into its full phrase (currency, scale, percent; "and a half") and classify it.

    >>> [(n.text, n.value) for n in find_numbers("It took two and a half hours; 3 and a half million fled.")]
    [('two and a half', 2.5), ('3 and a half million', 3500000.0)]
    >>> [(n.text, n.value) for n in find_numbers("Two and a half million people voted.")]
    [('Two and a half million', 2500000.0)]

    What follows the number (scale, percent, currency word, hyphenated word: :func:`_after_number`)
    is a pure function of ``text[b:]`` and is remembered per grammar (see :func:`_memos`):
    wire copy repeats the words after its figures."""
    start = a
    unit: str | None = None
    form = "cardinal"
    if is_digit and _currency_may_end(g, text[max(0, a - 3) : a]):
        cur = g.re_currency_before.search(text[max(0, a - 6) : a])
        if cur:
            unit = g.currency_symbols[_RE_SPACE.sub("", cur.group())]
            start = a - len(cur.group())
            form = "money"
    if text.startswith(" and a", b) and v == int(v):
        half = _RE_AND_A_HALF.match(text, b)
        if half is not None:
            v, b = v + 0.5, half.end()  # "two and a half hours" is 2.5 hours, "1 and a half million" 1.5m
            sm = None if is_digit else g.re_scale_after.match(text[b : b + 20])  # (anchored with ^)
            if sm is not None:  # a scale after the words ("two and a half million"; digits: below)
                v, b = v * g.scales[_fold(_RE_LEADING_SPACE_DASH.sub("", sm.group()))], b + sm.end()
    if memos is None:
        memos = _memos(g)
    memo = memos[0]
    rest = text[b:]
    decimal = is_digit and "." in text[a:b]
    key = (rest, is_digit, form == "money", decimal)
    after = memo.get(key)
    if after is None:
        after = memo.put(key, _after_number(rest, is_digit, form == "money", g, decimal))
    factor, used, form_after, unit_after, compound, kind = after
    if kind is None:
        return None  # "two-state solution", "one-sided"
    value = v * factor if factor is not None else v
    if form_after is not None:
        form, unit = form_after, unit_after
    end = b + used
    surface = text[start:end]
    if is_digit and kind == "claim" and not (start < a and text[a - 1].isalpha()):
        # (an amount glued to its currency code, "SEK9 million", is money: no code or label)
        kind = _digit_kind(text, a, b, end, value, form, surface, g, memos[1])
    elif (
        kind == "claim"
        and form == "cardinal"
        and _word_label(text[max(0, a - 40) : a], text[end : end + 30], g)
    ):
        kind = "label"  # "Phase two was planned", "in round three of the talks"
    return _span(start, end, surface, value, None, None, form, unit=unit, compound=compound, kind=kind)


def _currency_may_end(g: _Grammar, last3: str) -> bool:
    """False where ``re_currency_before`` (a symbol, an optional space, the end) cannot match
    the text before a number whose last three characters are ``last3``: the symbol's last
    character is one of them (the optional ``\\s`` and ``$`` before a final newline use at most
    two after it). True when a symbol is empty or ends with a space (then anything may match):
    ``g.currency_ends`` is None."""
    ends = g.currency_ends
    return ends is None or not ends.isdisjoint(last3)


_After = tuple[float | None, int, str | None, str | None, str | None, str | None]


def _after_number(rest: str, is_digit: bool, money: bool, g: _Grammar, decimal: bool = False) -> _After:
    """What follows a number in ``rest`` (the text after it), as :func:`_extend` reads
    it: (scale factor or None, characters used, form and unit it sets (None: unchanged), the
    hyphenated compound, kind: claim, label, or None for not a number)."""
    end = 0
    factor: float | None = None
    if is_digit:
        sm = g.re_scale_after.match(rest)
        if sm:
            factor = g.scales[_fold(_RE_LEADING_SPACE_DASH.sub("", sm.group()))]
            end += sm.end()
        else:
            am = g.re_abbr_after.match(rest)
            if am:
                ab = _fold(am.group().strip())
                nxt = _RE_NEXT_LOWER_WORD.match(rest, am.end()) if ab in ("m", "b") and not money else None
                # "20m" is 20 million in "20m people" (a count noun follows), else 20 metres ("100m sprint")
                # and a decimal before a plural noun is millions too ("1.2m barrels", "3.5m doses")
                if (
                    ab not in ("m", "b")
                    or money
                    or (nxt is not None and nxt.group(1) in g.count_nouns)
                    or (decimal and nxt is not None and _RE_PLURAL_NOUN.fullmatch(nxt.group(1)) is not None)
                ):
                    factor = g.abbreviations[ab]
                    end += am.end()
    form: str | None = None
    unit: str | None = None
    tail = rest[end:]
    pm = g.re_percent_after.match(tail)
    if pm:
        end += pm.end()
        form, unit = "percent", "percent"
    else:
        cw = g.re_currency_after.match(tail)
        if cw:
            end += cw.end()
            form, unit = "money", g.currency_words[_RE_SPACES.sub(" ", _fold(cw.group().strip()))]
    compound = None
    kind: str | None = "claim"
    hm = _RE_HYPHEN_COMPOUND.match(rest[end:])
    if hm and (form or ("money" if money else "cardinal")) == "cardinal":
        word = _fold(hm.group(1))
        if word in g.compound_units or word.rstrip("s") in g.compound_units:
            compound = word if not hm.group(2) else f"{word}-{_fold(hm.group(2))}"
        elif not is_digit:
            kind = None
        else:
            kind = "label"  # 9-MM, 2013-01-S-025
    return factor, end, form, unit, compound, kind


def _digit_kind(
    text: str,
    a: int,
    b: int,
    end: int,
    value: float,
    form: str,
    surface: str,
    g: _Grammar,
    memo: cache.Memo[Any] | None = None,
) -> str:
    """The kind of a number written with digits that :func:`_extend` made a claim: label (F-16,
    COVID-19, Resolution 2728, phone numbers), year (in 2023, the 1990s) or claim. Its tests of the
    context alone (:func:`_context_label`: the 40 characters before the number and the 30 after its
    phrase) are remembered per grammar by that text; its tests of the number's own text are guarded
    by their length (a cheap test that a failing one would fail too)."""
    prev = text[max(0, a - 40) : a]
    nxt = text[end : end + 30]
    if memo is None:
        memo = _memos(g)[1]
    key = (prev, nxt)
    label = memo.get(key)
    if label is None:
        label = memo.put(key, _context_label(prev, nxt, g))
    if label:
        return "label"
    mm = _RE_MODEL_DASH.search(prev) if prev.endswith(("-", "–")) else None
    if mm is not None and value > float(mm.group(1)) and not _counts_after(nxt, g):
        return "label"  # the second part of a model number, "Boeing 737-800" (not "the House 218-214")
    digits = text[a:b]
    n = len(digits)
    if form == "cardinal" and n > 1 and digits[0] == "0" and digits[1].isdigit():
        return "label"  # a leading zero: part of a phone number or code ("0800 123 456", "555-0123")
    if (
        form == "cardinal"
        and n > 7
        and "," not in digits
        and " " not in digits
        and len(_RE_NON_DIGIT.sub("", digits)) > 7
    ):
        return "label"  # phone numbers, reference codes
    if (
        n == 4
        and form == "cardinal"
        and _RE_FOUR_DIGITS.fullmatch(digits)
        and 1800 <= value <= 2100
        and end == b
    ):
        nw = _RE_NEXT_LOWER_WORD.match(nxt)
        qual = _RE_HEDGE_BEFORE_YEAR.search(prev)
        # a hedge and a word after it make it a count ("roughly 2000 Thai stores"), unless the
        # hedge itself follows a dating preposition ("in around 2000 Thai farmers began ...")
        nw_any = _RE_NEXT_WORD.match(nxt) if qual else None
        counted = (
            qual
            and nw_any
            and nw_any.group(1).lower() not in ("and", "or", "to")
            and not _RE_DATING_HEDGE.search(prev)
        )
        if not ((nw and nw.group(1) in g.count_nouns) or counted):
            return "year"
    if 2 <= n <= 4 and _RE_PLURAL_S.match(nxt) and _RE_TWO_TO_FOUR_DIGITS.fullmatch(digits):
        return "year"  # 1990s
    if form == "cardinal" and end == b and digits.isdigit() and _name_number(prev, nxt, g, value):
        return "label"  # "the Falcon 9 rocket", "Interstate 80", "HR 6819", "a Bell 206"
    return "claim"


_RE_NAME_BEFORE = re.compile(r"(?:^|[\s(\[“\"‘'])([A-Z][A-Za-z]*|[A-Z]{2,})\s$")
_RE_SENTENCE_START = re.compile(r"(?:^|[.!?:;]\s+|[“\"‘'(\[]\s*)$")
# what may follow a count after a name ("told Reuters 40 people ...", "Biden 47 to 40", "Kenya 3-1"; not a
# model's dash and three digits, "Boeing 737-800", nor "news" or "series", which are no plurals: "WXYZ 7 news")
_RE_COUNT_AFTER_NAME = re.compile(
    r"\s*(?:[\-–—](?!\d{3,}(?![\d,.]))|(?:to|and|or|out\s+of|of|per|a|an)\s+\d|[A-Za-z]+s\b(?<!\bis)(?<!\bwas)(?<!\bhas)(?<!\bas)(?<!\bits)(?<!\bthis)(?<!\bus)(?<!\bnews)(?<!\bseries))"
)
_RE_LOWER_WORD = re.compile(r"\b[a-z]{4,}\b")
# a name, a number of three digits or more and a dash: the number after is the model's second part
_RE_MODEL_DASH = re.compile(r"(?:^|[\s(])[A-Z][A-Za-z]+\s(\d{3,})[\-–]$")
# a group of a phone number: after a group with a leading zero, a "+" or an area code in brackets, or
# between groups of three and four digits joined by dashes or dots; before a group with a leading zero
_RE_PHONE_BEFORE = re.compile(r"(?:\+\d{0,3}\s?|(?<![\d,.])0\d+[ \-.]|\(0?\d{2,5}\)\s?|\d[\-.]\d{3}[\-.])$")
_RE_PHONE_AFTER = re.compile(r"(?:[ \-.]0\d|[\-.]\d{3}[\-.]\d{3,4}\b)")
_RE_DASH_NUMBER = re.compile(r"[\-–—](\d{3,})")
_RE_WORD_AFTER = re.compile(r"\s*([a-z]+)")


def _counts_after(nxt: str, g: _Grammar) -> bool:
    """Whether a lower-case word right after a number is a noun it counts: a plural or a count noun
    ("300-400 people", "737-800s" is no word)."""
    m = _RE_WORD_AFTER.match(nxt)
    return m is not None and (
        m.group(1) in g.count_nouns or (len(m.group(1)) > 3 and m.group(1).endswith("s"))
    )


_WEEKDAYS = frozenset({"Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday"})


def _name_number(prev: str, nxt: str, g: _Grammar, value: float) -> bool:
    """Whether a plain number right after a capitalised word inside a sentence names something (a model,
    road, catalogue or product number: "the Falcon 9 rocket", "Interstate 80", "a Bell 206 came down",
    "HR 6819 contains") rather than counts: no plural noun, second number or dash follows it. Not after
    a sentence's first word, a weekday or a month, and not in a title-case headline (no lower-case
    word of four letters or more around it)."""
    m = _RE_NAME_BEFORE.search(prev)
    if m is None:
        return False
    word = m.group(1)
    if word in _WEEKDAYS or word in g.months or _RE_SENTENCE_START.search(prev, 0, m.start(1)):
        return False
    if _RE_COUNT_AFTER_NAME.match(nxt):
        return False
    dm = _RE_DASH_NUMBER.match(nxt)
    if dm is not None and (_counts_after(nxt[dm.end() :], g) or float(dm.group(1)) <= value):
        return (
            False  # "told Reuters 300-400 people", "passed the House 218-214", but "a Boeing 737-800 landed"
        )
    nw = _RE_NEXT_WORD.match(nxt)
    if nw is not None and nw.group(1).lower() in g.count_nouns:
        return False  # "told Reuters 40 people died"
    return _RE_LOWER_WORD.search(prev) is not None or _RE_LOWER_WORD.search(nxt) is not None


def _phone_before(prev: str) -> bool:
    """``_RE_PHONE_BEFORE.search(prev[-16:])``: the text before a number ends in a group of a phone number.

    Answered without the regex where ``prev`` ends with white space right after a letter, as before most
    numbers ("about 40"): each alternative ends with a digit, "+", ")", "-" or "." and at most one white
    space after it (``$`` may also match before a final newline: then a letter ends the match, which none does).

    >>> _phone_before("call +44 "), _phone_before("call 0800 "), _phone_before("killed about ")
    (True, True, False)
    """
    if len(prev) > 1 and prev[-1].isspace() and prev[-2].isalpha():
        return False
    return _RE_PHONE_BEFORE.search(prev[-16:]) is not None


def _last_word_search(pat: re.Pattern[str], text: str) -> re.Match[str] | None:
    """``pat.search(text)`` for ``pat`` a word, then white space to the end (``_RE_LABEL_WORD``,
    ``_RE_LOWER_WORD_END``: no white space before their ``\\s+$``): a match needs ``text`` to end with white
    space and starts inside the last run of other characters, so the search starts there (``\\b`` still
    sees the character before it).

    >>> _last_word_search(_RE_LABEL_WORD, "the rebels in Phase ").group(1)
    'Phase'
    >>> _last_word_search(_RE_LABEL_WORD, "the Phase two"), _last_word_search(_RE_LOWER_WORD_END, "x")
    (None, None)
    """
    head = text.rstrip()
    if len(head) == len(text):
        return None  # no white space at the end
    last = head.rsplit(None, 1)
    return pat.search(text, len(head) - len(last[-1]) if last else 0)


def _context_label(prev: str, nxt: str, g: _Grammar) -> bool:
    """The tests of :func:`_digit_kind` that read only the 40 characters before the
    number (``prev``) and the 30 after its phrase (``nxt``): True where they make it a label."""
    # the end-anchored patterns below match at most 6 characters (with a newline before the end)
    # and look at most one further back (\b): they are searched in the last 8 only
    prev8 = prev[-8:]
    if _RE_LETTER_DASH_END.search(prev8) or _RE_LETTER.match(nxt):
        if not _RE_S_AFTER.match(nxt) and not g.re_attached_unit.match(nxt):
            return True  # F-16, COVID-19, MH17, 5G
    if _RE_DIGIT_DASH_END.search(prev8) and _RE_DASH_DIGIT.match(nxt):
        return True
    if _phone_before(prev) or _RE_PHONE_AFTER.match(nxt):
        return True  # the other groups of a phone number ("0800 123 456", "555-0123", "+44 20 7946 0958")
    lw = _last_word_search(_RE_LABEL_WORD, prev)
    if (
        _RE_NUMBER_SIGN.search(prev8)
        or bool(lw and lw.group(1) in g.label_words)
        or _lower_label(prev, nxt, g)
    ):
        # but a rank after "number" or "No." is no label ("world ranking number 27", "the world No. 1")
        return g.re_attr_rank_before is None or g.re_attr_rank_before.search(prev) is None
    # the later numbers of a list of labels ("posts 112 and 113 were", "Route 9, 10 and 11,"), where
    # what follows the last is what follows a label
    # (a bare comma ends the list only where it goes on after the number: "Route 9, 10 and 11", not "In
    # week 5, 12 were")
    lm = _RE_LABEL_LIST_END.search(prev)
    if lm and g.re_label_after is not None and g.re_label_after.match(nxt):
        if lm.group().rstrip().endswith(",") and not _RE_LIST_GOES_ON.match(nxt):
            return False
        return _context_label(prev[: lm.start()], nxt, g)
    return False


def _lower_label(prev: str, nxt: str, g: _Grammar) -> bool:
    """A lower-case label word (``label_words_lower``: "phase", "week", ...) right before the number,
    and after it what a label is followed by (``label_after``: the end of a clause, "of", a verb):
    "up to week 22 of a pregnancy", "phase two was planned"; not "within a week 5,000 people fled"."""
    if not g.label_words_lower or g.re_label_after is None:
        return False
    lw = _last_word_search(_RE_LOWER_WORD_END, prev[-20:])
    if not (lw and lw.group(1) in g.label_words_lower and g.re_label_after.match(nxt)):
        return False
    # a label word that is also a verb is the verb after "to", a modal or a pronoun ("will post 12 of")
    verb_before = g.re_label_verb_before
    if lw.group(1) in g.label_verbs and verb_before is not None:
        cut = len(prev) - len(prev[-20:]) + lw.start(1)
        return verb_before.search(prev, max(0, cut - 30), cut) is None
    return True


def _word_label(prev: str, nxt: str, g: _Grammar) -> bool:
    """A number written in words after a label word: a capitalised one (``label_words``:
    "Phase two") or a lower-case one (:func:`_lower_label`), followed by what a label is followed by."""
    if g.re_label_after is None or not g.re_label_after.match(nxt):
        return False
    lw = _last_word_search(_RE_LABEL_WORD, prev)
    if (lw and lw.group(1) in g.label_words and prev.endswith((" ", "\u00a0"))) or _lower_label(prev, nxt, g):
        # but a rank is no label: "the world number one"
        return g.re_attr_rank_before is None or g.re_attr_rank_before.search(prev) is None
    return False


_MEMO_SIZE = 200_000  # entries of each per-grammar memo (the oldest eighth is dropped when full)


_Memos = tuple[
    cache.Memo[_After], cache.Memo[bool], cache.Memo[tuple[tuple[int, int, float], ...]], cache.Memo[bool]
]


def _memos(g: _Grammar) -> _Memos:
    """The memos of grammar ``g`` (:func:`toolkit.core.cache.scoped`), by their texts: what follows a
    number (:func:`_after_number`), the context tests of :func:`_digit_kind`, how a run of
    number words splits (:func:`_word_spans`) and whether ``attribute_before`` matches before a number
    (:func:`_attributes`). A caller reading many texts looks them up once."""
    return (
        cache.scoped("numbers.after", g, _MEMO_SIZE),
        cache.scoped("numbers.context", g, _MEMO_SIZE),
        cache.scoped("numbers.words", g, _MEMO_SIZE),
        cache.scoped("numbers.attr_before", g, _MEMO_SIZE),
    )


__all__ = ["NumberSpan", "find_numbers", "load_number_words", "number_words_version", "parse_number_words"]
