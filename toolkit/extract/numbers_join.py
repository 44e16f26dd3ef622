"""Two numbers read as one: ranges ("between 30 and 40", "30-40"), votes and results ("voted 5-2",
"leads 47.4 percent to 42.1 percent"),
tallies ("17 out of 18"), a figure with its margin ("1010 ± 195"), a fraction of a scale word ("a quarter
of a million") and proportions ("one in five": a share, as a percentage).

Used by :func:`toolkit.extract.numbers.find_numbers` after every number of a text has been found
(:func:`_ranges`); split from :mod:`toolkit.extract.numbers`, the scanner.

>>> from toolkit.extract.numbers import find_numbers
>>> [(n.text, n.value, n.low, n.high) for n in find_numbers("The council voted 5-2; 30-40 people came")]
[('5-2', 5.0, 2.0, 5.0), ('30-40', 30.0, 30.0, 40.0)]
"""

from __future__ import annotations

import re

from toolkit.core.resources import fold_lower as _fold
from toolkit.extract.numbers_grammar import _DASH, _Grammar
from toolkit.extract.numbers_span import NumberSpan, _num, _span

_RE_SPACES = re.compile(r"\s+")
_RE_OUT_OF_GAP = re.compile(r"\s+out\s+of\s+", re.I)
_RE_BETWEEN_END = re.compile(r"\bbetween\s+$", re.I)
_RE_AND_GAP = re.compile(r"\s+and\s+")
_RE_RANGE_GAP = re.compile(rf"\s*[{_DASH}]\s*|\s+to\s+|\s+or\s+")
_RE_FROM_END = re.compile(r"\bfrom\s+$", re.I)
_RE_DIGITS_IN = re.compile(r"[^\d]*([\d.,]+)")
_RE_ANY_LETTER = re.compile(r"[a-z]", re.I)
_RE_SCORE_PART = re.compile(r"\d{1,3}")
_RE_SCORE_GAP = re.compile(rf"[{_DASH}]|\s+to\s+")
# what may follow a score: the end, punctuation, or a word that is no noun it could count
# ("voted 5-2 to approve", "won 3-1 at home"; but "won 10-15 seats" is a range)
_RE_SCORE_END = re.compile(
    r"\s*(?:$|[.,;:!?)”\"’]|(?:to|at|in|on|against|over|with|for|after|before|and|but|as|when|while|away|last|"
    r"this|yesterday|today|tonight|monday|tuesday|wednesday|thursday|friday|saturday|sunday)\b)",
    re.I,
)


def _score_part(s: NumberSpan) -> bool:
    """A number that may be one side of a score: one to three digits, or a whole number under 100 in
    words ("voted nine to two")."""
    if _RE_SCORE_PART.fullmatch(s.text):
        return True
    return s.text.isalpha() and s.value is not None and s.value < 100 and s.value == int(s.value)


def _score(text: str, s: NumberSpan, t: NumberSpan, g: _Grammar) -> NumberSpan | None:
    """``s`` and ``t`` as one score ("voted 5-2", "won 3-1", "a 52-48 split", "voted 51 to 49"), or None.

    Two whole numbers of one to three digits (or in words, under 100) joined by a dash (or "to"), with a cue word of
    ``score_cues_before`` at most three words before them or a noun of ``score_nouns_after`` right
    after them. Value: the first number as written; ``low``/``high``: the smaller and the larger;
    unit: the cue's (``votes`` for a vote, None for a match result)."""
    if g.re_score_before is None and g.re_score_after is None:
        return None
    if not (s.form == t.form == "cardinal" and _score_part(s) and _score_part(t)):
        return None
    if not _RE_SCORE_GAP.fullmatch(text, s.end, t.start):
        return None
    rest = text[t.end : t.end + 30]
    cue = g.re_score_after.match(rest) if g.re_score_after is not None else None
    if cue is None:
        cue = (
            g.re_score_before.search(text, max(0, s.start - 40), s.start)
            if g.re_score_before is not None
            else None
        )
        if cue is None or not _RE_SCORE_END.match(rest):
            return None
    unit = g.score_units.get(_RE_SPACES.sub(" ", _fold(cue.group(1))))
    lo, hi = min(s.value, t.value), max(s.value, t.value)  # type: ignore[type-var]
    return _span(s.start, t.end, text[s.start : t.end], s.value, lo, hi, "score", unit=unit)


_RE_PLUS_MINUS = re.compile(r"\s*(?:±|\+/-|\+/−|\+-)\s*|\s+plus\s+or\s+minus\s+", re.I)
_RE_OF_GAP = re.compile(r"\s+of\s+", re.I)
_RE_ONE_SCALE = re.compile(r"(?:a|an|one)\s", re.I)


def _fraction_of_scale(text: str, s: NumberSpan, t: NumberSpan) -> NumberSpan | None:
    """``s`` (a fraction) and ``t`` (a scale word as one amount: "a million", "a billion dollars") as one
    amount: "a quarter of a million" is 250,000, "a third of a billion dollars" $333m; None when ``t`` is
    a count of its own ("two-thirds of the 1,200 staff" stays a fraction of a count)."""
    if s.value is None or t.value is None or t.value < 1000 or not _RE_OF_GAP.fullmatch(text, s.end, t.start):
        return None
    if not _RE_ONE_SCALE.match(t.text):
        return None
    value = s.value * t.value
    return _span(s.start, t.end, text[s.start : t.end], value, None, None, t.form, unit=t.unit)


_RE_BY_END = re.compile(r"\bby\s+$", re.I)
_RE_TO_GAP = re.compile(r"\s+to\s+", re.I)
_RE_IN_GAP = re.compile(r"\s+(?:in|(?:in|of)\s+every)\s+", re.I)
# what makes "3 in 10" a count and a time ("3 in 10 days", "two in 24 hours"), not a share
_RE_TIME_AFTER = re.compile(
    r"\s*(?:[\-‐‑]\s*)?(?:seconds?|minutes?|hours?|days?|nights?|weeks?|months?|years?|decades?)\b", re.I
)


def _proportion(text: str, s: NumberSpan, t: NumberSpan) -> NumberSpan | None:
    """``s`` and ``t`` as one share ("one in five", "nine in ten homes", "1 in 4", "one in every three",
    "one of every three"): form ``fraction``, valued ``s / t`` (a claim turns it into a percentage,
    as "two-thirds"), or None. Both whole cardinals, ``s`` smaller than ``t``; not a count over a time
    ("3 in 10 days"). A tally ("17 out of 18") stays a count (:func:`_ranges`).

    >>> from toolkit.extract.numbers import find_numbers
    >>> [(n.text, n.value, n.form) for n in find_numbers("Nearly one in five adults; 3 in 10 days")]
    [('one in five', 0.2, 'fraction'), ('3', 3.0, 'cardinal'), ('10', 10.0, 'cardinal')]
    """
    if not (s.kind == t.kind == "claim" and s.form == t.form == "cardinal") or s.compound or t.compound:
        return None
    if s.is_range or t.is_range or s.value is None or t.value is None or not 0 < s.value < t.value:
        return None
    if s.value != int(s.value) or t.value != int(t.value):
        return None
    if not _RE_IN_GAP.fullmatch(text, s.end, t.start) or _RE_TIME_AFTER.match(text, t.end):
        return None
    return _span(
        s.start, t.end, text[s.start : t.end], s.value / t.value, None, None, "fraction", unit="fraction"
    )


def _percent_tally(text: str, s: NumberSpan, t: NumberSpan, g: _Grammar) -> NumberSpan | None:
    """``s`` and ``t`` (two percentages) as one head-to-head result ("leads 47.4 percent to 42.1
    percent"), or None: joined by "to", the first larger than the second (a range runs upwards: "6% to
    11%"), and no word of ``percent_tally_not_after`` right before the first ("fell 7% to 5%" is a change
    and its new level). Valued as the first number, as a vote tally; ``low``/``high``: the smaller and
    the larger.

    >>> from toolkit.extract.numbers import find_numbers
    >>> [(n.text, n.value, n.is_range) for n in find_numbers("She led 52.5% to 41% in the poll; it fell 9% to 4%")]
    [('52.5% to 41%', 52.5, False), ('9%', 9.0, False), ('4%', 4.0, False)]
    """
    if not (s.kind == t.kind == "claim") or s.is_range or t.is_range or s.value is None or t.value is None:
        return None
    if s.value <= t.value or not _RE_TO_GAP.fullmatch(text, s.end, t.start):
        return None
    if g.re_tally_not_after is not None and g.re_tally_not_after.search(text, max(0, s.start - 30), s.start):
        return None
    return _span(s.start, t.end, text[s.start : t.end], s.value, t.value, s.value, "percent", unit=s.unit)


# a time written in parts, largest unit first ("1 hour 59 minutes 40.2 seconds", "two days and six
# hours"): the unit word after a part, then (after an optional comma or "and") the next part
_TIME_RANKS = {"year": 7, "month": 6, "week": 5, "day": 4, "hour": 3, "minute": 2, "second": 1}
_RE_TIME_PART_UNIT = re.compile(
    r"\s+(years?|months?|weeks?|days?|hours?|minutes?|seconds?)\b(?:,?\s+and\b|,)?\s+", re.I
)
_RE_TIME_LAST_UNIT = re.compile(r"\s+(years?|months?|weeks?|days?|hours?|minutes?|seconds?)\b", re.I)


def _time_part(s: NumberSpan) -> bool:
    """A number that may be one part of a time written in parts: a plain count, no range."""
    return (
        s.kind == "claim"
        and s.form == "cardinal"
        and not s.is_range
        and not s.compound
        and s.value is not None
    )


def _compound_time(text: str, spans: list[NumberSpan], i: int) -> tuple[NumberSpan, int] | None:
    """The spans from ``i`` on read as one time written in parts, largest unit first ("1 hour 59
    minutes 40.2 seconds", "2 hours, 1 minute and 39 seconds"): one duration, its span up to the last
    unit word, valued as its first part in that part's unit (as a race time in clock format, "2:01:39", is valued in hours), and the
    index after its last part; None when the numbers at ``i`` are not such a time. Every part is a
    plain count and names its unit, each unit smaller than the one before.

    >>> from toolkit.extract.numbers import find_numbers
    >>> [(n.text, n.value, n.compound) for n in find_numbers("He won in 2 hours 1 minute 39 seconds.")]
    [('2 hours 1 minute 39 seconds', 2.0, 'hour')]
    >>> [n.text for n in find_numbers("In 24 hours 300 people left.")]
    ['24', '300']
    """
    s = spans[i]
    if not _time_part(s):
        return None
    m = _RE_TIME_PART_UNIT.match(text, s.end)
    if m is None:
        return None
    # .get: under re.I a unit word may hold a letter that only folds to ASCII ("dayſ", "mınute"): no time part
    first = m.group(1).lower().rstrip("s")
    rank0 = _TIME_RANKS.get(first)
    if rank0 is None:
        return None
    rank, j, end = rank0, i + 1, s.end
    while j < len(spans):
        t = spans[j]
        if not _time_part(t) or m is None or m.end() != t.start:
            break
        last = _RE_TIME_LAST_UNIT.match(text, t.end)
        nxt = None if last is None else _TIME_RANKS.get(last.group(1).lower().rstrip("s"))
        if last is None or nxt is None or nxt >= rank:
            break
        rank, j, end = nxt, j + 1, last.end()
        m = _RE_TIME_PART_UNIT.match(text, t.end)
    if j == i + 1:
        return None
    return _span(s.start, end, text[s.start : end], s.value, None, None, "cardinal", compound=first), j


def _in_range_from(text: str, start: int, pat: re.Pattern[str]) -> bool:
    """Whether ``pat`` (``range_from_before``) matches the 40 characters before ``start``: "from A to B"
    that spans a range ("estimates range from 10 to 32"), not a change ("rose from 10 to 32").

    >>> import re
    >>> _in_range_from("Ages range from 5 to 12.", 16, re.compile(r"\\brange\\s+from\\s+$"))
    True
    """
    return pat.search(text, max(0, start - 40), start) is not None


def _ranges(text: str, spans: list[NumberSpan], g: _Grammar) -> list[NumberSpan]:
    """Join ``between A and B``, ``A-B``, ``A to B``, ``A or B`` into one range span (both ends of
    one kind: "12% to $4bn" is two claims), and votes and results ("voted 5-2") into one score
    span (:func:`_score`)."""
    if len(spans) < 2:
        return spans
    out: list[NumberSpan] = []
    i = 0
    while i < len(spans):
        s = spans[i]
        t = spans[i + 1] if i + 1 < len(spans) else None
        timed = _compound_time(text, spans, i) if t is not None else None
        if timed is not None:
            out.append(timed[0])
            i = timed[1]
            continue
        if (
            t is not None
            and s.kind == t.kind == "claim"
            and s.form == "fraction"
            and t.form in ("cardinal", "money")
        ):
            whole = _fraction_of_scale(text, s, t)
            if whole is not None:
                out.append(whole)
                i += 2
                continue
        if (
            t is not None
            and s.kind == t.kind == "claim"
            and s.value is not None
            and t.value is not None
            and s.form == t.form
            and s.form in ("cardinal", "percent")
            and _RE_PLUS_MINUS.fullmatch(text, s.end, t.start)
        ):
            # "1010 ± 195 light years": one figure with its margin, the margin's ends as bounds
            out.append(_span(s.start, t.end, text[s.start : t.end], s.value, round(s.value - t.value, 9), round(s.value + t.value, 9), s.form,
                      unit=t.unit or s.unit))  # fmt: skip
            i += 2
            continue
        if t is not None and s.kind == t.kind == "claim" and s.form == t.form == "cardinal":
            score = _score(text, s, t, g)
            if score is not None:
                out.append(score)
                i += 2
                continue
        share = _proportion(text, s, t) if t is not None else None
        if share is not None:
            out.append(share)
            i += 2
            continue
        if (
            t is not None
            and s.kind == t.kind == "claim"
            and s.form == t.form == "cardinal"
            and not s.compound
            and _RE_OUT_OF_GAP.fullmatch(text, s.end, t.start)
        ):
            # "17 out of 18 districts": one tally, valued as its first number
            out.append(
                _span(
                    s.start,
                    t.end,
                    text[s.start : t.end],
                    s.value,
                    None,
                    None,
                    "cardinal",
                    unit=t.unit or s.unit,
                )
            )
            i += 2
            continue
        tally = _percent_tally(text, s, t, g) if t is not None and s.form == t.form == "percent" else None
        if tally is not None:
            out.append(tally)
            i += 2
            continue
        if (
            t is not None
            and s.kind == t.kind == "claim"
            and s.form not in ("vague", "ordinal", "fraction")
            and t.form not in ("vague", "ordinal", "fraction")
            and s.value is not None
            and t.value is not None
            and (s.form == t.form or "cardinal" in (s.form, t.form))  # not "12% to $4bn"
            and (s.unit is None or t.unit is None or s.unit == t.unit)  # not "£3m-$4m"
        ):
            gap = text[s.end : t.start]
            pre = text[max(0, s.start - 12) : s.start]
            bm = _RE_BETWEEN_END.search(pre)
            between = bm is not None and _RE_AND_GAP.fullmatch(gap) is not None
            plain = _RE_RANGE_GAP.fullmatch(gap) is not None and (
                not _RE_FROM_END.search(pre)
                # "from A to B" is a change ("rose from 10 to 32"), but a range after "range" or "vary"
                or (
                    g.re_range_from_before is not None
                    and _in_range_from(text, s.start, g.re_range_from_before)
                )
            )
            if plain and _RE_BY_END.search(pre) and _RE_TO_GAP.fullmatch(gap):
                plain = False  # "fell by 1,500 to 23,000": the change and the new level, two claims
            if between or plain:
                lo, hi = s.value, t.value
                t_digits = _RE_DIGITS_IN.match(t.text)
                if t_digits and not _RE_ANY_LETTER.search(s.text) and lo < hi:
                    scale = hi / _num(t_digits.group(1).rstrip(".,"))
                    if scale >= 1000 and lo * scale <= hi:
                        lo = lo * scale  # "30-40 million", "$1-2bn": the second end's scale applies
                if lo < hi:
                    start = bm.start() + max(0, s.start - 12) if between and bm else s.start
                    form = t.form if t.form != "cardinal" else s.form
                    out.append(
                        _span(start, t.end, text[start : t.end], lo, lo, hi, form, unit=t.unit or s.unit,
                                   is_range=True, compound=t.compound)
                    )  # fmt: skip
                    i += 2
                    continue
        out.append(s)
        i += 1
    return out
