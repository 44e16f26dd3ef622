"""The span of one number found in a text (:class:`NumberSpan`) and the helpers that build it.

Split from :mod:`toolkit.extract.numbers` (the scanner) so that :mod:`toolkit.extract.numbers_join`
(ranges, scores, tallies and proportions made of two spans) can build spans without importing the scanner.

>>> _span(0, 2, "12", 12.0, None, None, "cardinal") == NumberSpan(0, 2, "12", 12.0, None, None, "cardinal")
True
>>> _num("31,988")
31988.0
"""

from __future__ import annotations

import re
from dataclasses import dataclass

_RE_SEPARATORS = re.compile(r"[,\s\u00a0\u202f]")


@dataclass(frozen=True)
class NumberSpan:
    """One number found in a text: offsets, parsed value and form.

    ``form``: cardinal, ordinal, percent, fraction, money, vague (ranges keep the form of their
    ends and have ``is_range``). ``kind``: claim, date, time, year, label or attribute (an age, a
    size or rank: "13-year-old", "193-member", "mother of five"); only ``claim`` rows are numeric
    claims. ``compound``: the word joined by a hyphen (``week`` in ``six-week``).
    """

    start: int
    end: int
    text: str
    value: float | None
    low: float | None
    high: float | None
    form: str
    unit: str | None = None
    vague: bool = False
    is_range: bool = False
    compound: str | None = None
    kind: str = "claim"
    weak: bool = False


_new_object = object.__new__


def _span(
    start: int,
    end: int,
    text: str,
    value: float | None,
    low: float | None,
    high: float | None,
    form: str,
    unit: str | None = None,
    vague: bool = False,
    is_range: bool = False,
    compound: str | None = None,
    kind: str = "claim",
    weak: bool = False,
) -> NumberSpan:
    """``NumberSpan(...)`` without the frozen dataclass's per-field ``object.__setattr__`` calls
    (a third of the cost): the same object, equal to one built the usual way."""
    span = _new_object(NumberSpan)
    d = span.__dict__
    d["start"], d["end"], d["text"], d["value"], d["low"], d["high"], d["form"] = (
        start,
        end,
        text,
        value,
        low,
        high,
        form,
    )
    d["unit"], d["vague"], d["is_range"], d["compound"], d["kind"], d["weak"] = (
        unit,
        vague,
        is_range,
        compound,
        kind,
        weak,
    )
    return span  # fmt: skip


def _num(text: str) -> float:
    # a match of ``re_digits`` holds no separator but these (``float`` ignores none of them)
    if "," in text or " " in text or "\u00a0" in text or "\u202f" in text:
        return float(_RE_SEPARATORS.sub("", text))
    return float(text)
