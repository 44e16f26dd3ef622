"""Find and parse the numbers of news copy, with exact character offsets.

Tables in: none (works on one string). Used by :mod:`toolkit.claims`.

Forms: digits with separators (``31,988``, ``1 200``), decimals with scales (``2.4 million``,
``1.5bn``, ``$20m``), words (``thirty-three``, ``a dozen``, ``six-week``), ranges (``between 30 and
40``, ``30-40``, ``two or three``), percentages (``80%``, ``12 per cent``), fractions (``two-thirds
of``), ordinals (``fifth``, ``21st``) and vague amounts (``hundreds of``, ``tens of thousands``).
Dates (``October 7``), clock times (``1:00 am``), years (``in 2023``) and labels (``Resolution
2728``, ``F-16``) are found too and marked by ``kind`` so that callers can drop them.

The number words, scales, currencies and vague amounts are data (``data/claims_numbers.yaml``);
what is not a claim is ``data/claims_exclusions.yaml``. A small parser of our own is used rather
than text2num, which turns ``2.4 million`` into ``2.4 1000000`` and has no notion of vague amounts.

>>> [(n.text, n.value, n.form, n.kind) for n in find_numbers("About 2.4 million people, since October 7.")]
[('2.4 million', 2400000.0, 'cardinal', 'claim'), ('October 7', 7.0, 'cardinal', 'date')]
>>> parse_number_words("one hundred and thirty-three")
133.0
"""

from __future__ import annotations

import functools
import re
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from .resources import load_yaml

NUMBERS_FILE = "claims_numbers.yaml"
EXCLUSIONS_FILE = "claims_exclusions.yaml"

_DASH = r"\-–—‐‑"


@dataclass(frozen=True)
class NumberSpan:
    """One number found in a text: offsets, parsed value and form.

    ``form``: cardinal, ordinal, percent, fraction, money, vague (ranges keep the form of their
    ends and have ``is_range``). ``kind``: claim, date, time, year or label (only ``claim`` rows
    are numeric claims). ``compound``: the word joined by a hyphen (``week`` in ``six-week``).
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


def _merge(base: dict[str, Any], extra: dict[str, Any] | None) -> dict[str, Any]:
    if not extra:
        return base
    out = dict(base)
    for k, v in extra.items():
        if isinstance(v, dict) and isinstance(out.get(k), dict):
            out[k] = {**out[k], **v}
        elif isinstance(v, list) and isinstance(out.get(k), list):
            out[k] = list(dict.fromkeys([*out[k], *v]))
        else:
            out[k] = v
    return out


def _alt(words: list[str]) -> str:
    """Regex alternation, longest first, spaces matching any whitespace."""
    return "|".join(re.escape(w).replace(r"\ ", r"\s+") for w in sorted(set(words), key=len, reverse=True))


@dataclass(frozen=True)
class _Grammar:
    cardinals: dict[str, float]
    scales: dict[str, float]
    abbreviations: dict[str, float]
    ordinals: dict[str, float]
    fractions: dict[str, float]
    vague: dict[str, tuple[float, float]]
    vague_weak: frozenset[str]
    currency_symbols: dict[str, str]
    currency_words: dict[str, str]
    percent_words: list[str]
    months: list[str]
    label_words: set[str]
    compound_units: set[str]
    count_nouns: set[str]
    version: str
    re_digits: re.Pattern[str]
    re_words: re.Pattern[str]
    re_vague: re.Pattern[str]
    re_fraction: re.Pattern[str]
    re_ordinal_word: re.Pattern[str]
    re_ordinal_digit: re.Pattern[str]
    re_dates: tuple[re.Pattern[str], ...]
    re_times: tuple[re.Pattern[str], ...]
    re_currency_before: re.Pattern[str]
    re_currency_after: re.Pattern[str]
    re_scale_after: re.Pattern[str]
    re_abbr_after: re.Pattern[str]
    re_percent_after: re.Pattern[str]
    re_attached_unit: re.Pattern[str]


def load_number_words(numbers: str | Path | None = None, exclusions: str | Path | None = None) -> dict[str, Any]:
    """The packaged number words merged with a user's file (same keys); also the exclusions.

    >>> load_number_words()["cardinals"]["thirty"]
    30
    """
    data = _merge(load_yaml(NUMBERS_FILE), load_yaml(numbers) if numbers else None)
    excl = _merge(load_yaml(EXCLUSIONS_FILE), load_yaml(exclusions) if exclusions else None)
    return {**data, **{k: v for k, v in excl.items() if k not in ("source", "licence", "version")}}


@functools.lru_cache(maxsize=16)
def _grammar(numbers: str | None = None, exclusions: str | None = None) -> _Grammar:
    d = load_number_words(numbers, exclusions)
    card = {k.lower(): float(v) for k, v in d["cardinals"].items()}
    scales = {k.lower(): float(v) for k, v in d["scales"].items()}
    abbr = {k.lower(): float(v) for k, v in d["scale_abbreviations"].items()}
    ords = {k.lower(): float(v) for k, v in d["ordinals"].items()}
    fracs = {k.lower(): float(v) for k, v in d["fractions"].items()}
    vague = {k.lower(): (float(v[0]), float(v[1])) for k, v in {**d.get("vague_weak", {}), **d["vague"]}.items()}
    cur_sym = {str(k): str(v) for k, v in d["currency_symbols"].items()}
    cur_words = {k.lower(): str(v) for k, v in d["currency_words"].items()}
    months = [str(m) for m in d["months"]]
    month_alt = _alt(months)
    numword = _alt([*card, *scales])
    ordword = _alt(list(ords))
    dash = f"[{_DASH}]"
    digits = (
        r"(?<![\w.,/:])(?:\d{1,3}(?:,\d{3})+|\d{1,3}(?:[ \u00a0\u202f]\d{3})+(?![\d,])|\d+)(?:\.\d+)?(?![\d])"
    )
    day = r"\d{1,2}(?:st|nd|rd|th)?"
    dates = (
        rf"\b(?:{month_alt})\.?\s+{day}\b(?:,?\s+\d{{4}}\b)?",
        rf"\b{day}\s+(?:of\s+)?(?:{month_alt})\b\.?(?:,?\s+\d{{4}}\b)?",
        rf"\b(?:{month_alt})\.?,?\s+\d{{4}}\b",
        r"\b\d{4}-\d{1,2}-\d{1,2}\b",
        r"\b\d{1,2}/\d{1,2}/\d{2,4}\b",
        r"\b\d{1,2}\.\d{1,2}\.\d{4}\b",
    )
    ampm = r"(?:[ap]\.\s?m\.|[ap]m\b)"
    times = (
        rf"\b\d{{1,2}}[:.]\d{{2}}(?::\d{{2}})?\s*{ampm}",
        r"\b\d{1,2}:\d{2}(?::\d{2})?\b(?:\s*(?:GMT|UTC|local time|hours|hrs|h)\b)?",
        rf"\b\d{{1,2}}\s*{ampm}",
        r"\b\d{4}\s*(?:GMT|UTC|hours local|local time|hrs|Zulu)\b",
        r"\b\d{1,2}(?:[.:]\d{2})?\s*(?:GMT|UTC)\b",
    )
    return _Grammar(
        cardinals=card,
        scales=scales,
        abbreviations=abbr,
        ordinals=ords,
        fractions=fracs,
        vague=vague,
        vague_weak=frozenset(k.lower() for k in d.get("vague_weak", {}) if k.lower() not in {x.lower() for x in d["vague"]}),
        currency_symbols=cur_sym,
        currency_words=cur_words,
        percent_words=[str(w) for w in d["percent_words"]],
        months=months,
        label_words={str(w) for w in d["label_words"]},
        compound_units={str(w).lower() for w in d["compound_units"]},
        count_nouns={str(w).lower() for w in d["count_nouns_after_years"]},
        version=str(d.get("version", "")),
        re_digits=re.compile(digits),
        re_words=re.compile(
            rf"\b(?:(?:an?|half\s+an?)\s+(?=(?:{_alt(list(scales))})\b))?(?:{numword})(?:(?:{dash}|\s+|\s+and\s+)(?:{numword}))*\b",
            re.I,
        ),
        re_vague=re.compile(rf"\b(?:{_alt(list(vague))})\b", re.I),
        re_fraction=re.compile(
            rf"\b(?:(?:an?|one|two|three|four|five|six|seven|eight|nine)(?:{dash}|\s+))?(?:{_alt(list(fracs))})(?=\s+of\b)",
            re.I,
        ),
        re_ordinal_word=re.compile(
            rf"\b(?:(?:twenty|thirty|forty|fifty|sixty|seventy|eighty|ninety){dash}(?:first|{ordword})|{ordword})\b", re.I
        ),
        re_ordinal_digit=re.compile(r"(?<![\w.,])\d+(?:st|nd|rd|th)\b", re.I),
        re_dates=tuple(re.compile(p, re.I if i >= 3 else 0) for i, p in enumerate(dates)),
        re_times=tuple(re.compile(p, re.I) for p in times),
        re_currency_before=re.compile(rf"(?:{_alt(list(cur_sym))})\s?$"),
        re_currency_after=re.compile(rf"^\s*(?:{_alt(list(cur_words))})\b(?!\s*(?:of\b|\())", re.I),
        re_scale_after=re.compile(rf"^(?:\s+|{dash})(?:{_alt(list(scales))})\b", re.I),
        re_abbr_after=re.compile(rf"^\s?(?:{_alt(list(abbr))})\b", re.I),
        re_attached_unit=re.compile(rf"(?:{_alt([str(w) for w in d['attached_units']])})\b"),
        re_percent_after=re.compile(rf"^(?:\s?%|\s*(?:{_alt([str(w) for w in d['percent_words']])})\b)", re.I),
    )


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
        w = raw.lower()
        if w in ("a", "an"):
            if i == 1 and words[0].lower() == "half":
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
    g = _grammar(str(numbers) if numbers else None)
    words = [w for w in re.split(rf"[\s{_DASH}]+", text.strip()) if w]
    value, used = _parse_words(words, g)
    return value if used == len(words) and used else None


def _word_spans(text: str, g: _Grammar) -> list[tuple[int, int, float]]:
    out = []
    for m in g.re_words.finditer(text):
        toks = [(t.start() + m.start(), t.end() + m.start(), t.group()) for t in re.finditer(r"[A-Za-z]+", m.group())]
        i = 0
        while i < len(toks):
            value, used = _parse_words([t[2] for t in toks[i:]], g)
            if used == 0:
                i += 1
                continue
            out.append((toks[i][0], toks[i + used - 1][1], value))
            i += used
    return out


# --------------------------------------------------------------------------- scanner


def _masked(spans: list[tuple[int, int]], a: int, b: int) -> bool:
    return any(a < e and s < b for s, e in spans)


def _num(text: str) -> float:
    return float(re.sub(r"[,\s\u00a0\u202f]", "", text))


def find_numbers(text: str, *, numbers: str | Path | None = None, exclusions: str | Path | None = None) -> list[NumberSpan]:
    """Every number in ``text`` (claims and non-claims), left to right, without overlaps.

    >>> [(n.text, n.value, n.low, n.high) for n in find_numbers("between 30 and 40 died; two-thirds of homes")]
    [('between 30 and 40', 30.0, 30.0, 40.0), ('two-thirds', 0.6666666666666666, None, None)]
    >>> [(n.text, n.kind) for n in find_numbers("Resolution 2728 passed at 1:00 am in 2024")]
    [('2728', 'label'), ('1:00 am', 'time'), ('2024', 'year')]
    >>> [(n.text, n.value, n.unit, n.vague) for n in find_numbers("$20m and hundreds of trucks")]
    [('$20m', 20000000.0, 'USD', False), ('hundreds of', None, None, True)]
    """
    g = _grammar(str(numbers) if numbers else None, str(exclusions) if exclusions else None)
    found: list[NumberSpan] = []
    taken: list[tuple[int, int]] = []

    def add(span: NumberSpan) -> None:
        found.append(span)
        taken.append((span.start, span.end))

    # dates and clock times first: they hide the numbers inside them
    for kind, patterns in (("date", g.re_dates), ("time", g.re_times)):
        for pat in patterns:
            for m in pat.finditer(text):
                if _masked(taken, m.start(), m.end()):
                    continue
                dm = re.search(r"\d+", m.group())
                v = float(dm.group()) if dm else None
                add(NumberSpan(m.start(), m.end(), m.group(), v, None, None, "cardinal", kind=kind))
    # vague amounts and fractions
    for m in g.re_vague.finditer(text):
        if _masked(taken, m.start(), m.end()):
            continue
        key = re.sub(r"\s+", " ", m.group().lower())
        low, high = g.vague[key]
        end = m.end()
        of = re.match(r"\s+of\b", text[end:])
        if of:
            end += of.end()
        weak = key in g.vague_weak
        if weak and not re.match(r"\s+(?:of\s+)?[\w“‘\"]", text[end:]):
            continue
        add(NumberSpan(m.start(), end, text[m.start() : end], None, low, high, "vague", vague=True, weak=weak))
    for m in g.re_fraction.finditer(text):
        if _masked(taken, m.start(), m.end()):
            continue
        parts = re.split(rf"[\s{_DASH}]+", m.group().lower())
        frac = g.fractions[parts[-1]]
        num = 1.0 if len(parts) == 1 or parts[0] in ("a", "an") else g.cardinals.get(parts[0], 1.0)
        add(NumberSpan(m.start(), m.end(), m.group(), num * frac, None, None, "fraction", unit="fraction"))
    _ordinals(text, g.re_ordinal_digit, g, taken, add)
    # cardinals written with digits or words
    raw: list[tuple[int, int, float, bool]] = [
        (m.start(), m.end(), _num(m.group()), True) for m in g.re_digits.finditer(text)
    ]
    raw += [(a, b, v, False) for a, b, v in _word_spans(text, g)]
    raw.sort()
    for a, b, v, is_digit in raw:
        if _masked(taken, a, b):
            continue
        span = _extend(text, a, b, v, is_digit, g)
        if span is None or _masked(taken, span.start, span.end):
            continue
        add(span)
    _ordinals(text, g.re_ordinal_word, g, taken, add)
    found.sort(key=lambda s: s.start)
    return _ranges(text, found, g)


def _ordinals(text: str, pat: re.Pattern[str], g: _Grammar, taken: list[tuple[int, int]], add: Any) -> None:
    for m in pat.finditer(text):
        if _masked(taken, m.start(), m.end()):
            continue
        w = m.group().lower()
        dm = re.match(r"\d+", w)
        if dm:
            v = float(dm.group())
        else:
            parts = re.split(rf"[{_DASH}]", w)
            v = g.ordinals.get(parts[-1], 1.0) + (g.cardinals.get(parts[0], 0.0) if len(parts) > 1 else 0.0)
        add(NumberSpan(m.start(), m.end(), m.group(), v, None, None, "ordinal"))


def _extend(text: str, a: int, b: int, v: float, is_digit: bool, g: _Grammar) -> NumberSpan | None:
    """Grow a bare number into its full phrase (currency, scale, percent) and classify it."""
    start, end = a, b
    value = v
    unit: str | None = None
    form = "cardinal"
    kind = "claim"
    before = text[max(0, a - 6) : a]
    cur = g.re_currency_before.search(before)
    if cur and is_digit:
        unit = g.currency_symbols[re.sub(r"\s", "", cur.group())]
        start = a - len(cur.group())
        form = "money"
    rest = text[end:]
    if is_digit:
        sm = g.re_scale_after.match(rest)
        if sm:
            value *= g.scales[re.sub(rf"^[\s{_DASH}]+", "", sm.group()).lower()]
            end += sm.end()
        else:
            am = g.re_abbr_after.match(rest)
            if am:
                ab = am.group().strip().lower()
                if ab not in ("m", "b") or form == "money":
                    value *= g.abbreviations[ab]
                    end += am.end()
    rest = text[end:]
    pm = g.re_percent_after.match(rest)
    if pm:
        end += pm.end()
        form, unit = "percent", "percent"
    else:
        cw = g.re_currency_after.match(rest)
        if cw:
            end += cw.end()
            form, unit = "money", g.currency_words[re.sub(r"\s+", " ", cw.group().strip().lower())]
    compound = None
    hm = re.match(rf"^[{_DASH}]([A-Za-z]+)(?:[{_DASH}]([A-Za-z]+))?", text[end:])
    if hm and form == "cardinal":
        word = hm.group(1).lower()
        if word in g.compound_units or word.rstrip("s") in g.compound_units:
            compound = word if not hm.group(2) else f"{word}-{hm.group(2).lower()}"
        elif not is_digit:
            return None  # "two-state solution", "one-sided"
        else:
            kind = "label"  # 9-MM, 2013-01-S-025
    surface = text[start:end]
    if is_digit and kind == "claim":
        kind = _digit_kind(text, a, b, end, value, form, surface, g)
    return NumberSpan(start, end, surface, value, None, None, form, unit=unit, compound=compound, kind=kind)


def _digit_kind(text: str, a: int, b: int, end: int, value: float, form: str, surface: str, g: _Grammar) -> str:
    prev = text[max(0, a - 40) : a]
    nxt = text[end : end + 30]
    if re.search(r"[A-Za-z][" + _DASH + r"]?$", prev) or re.match(r"[A-Za-z]", nxt):
        if not re.match(r"(?:s\b|'s\b|’s\b)", nxt) and not g.re_attached_unit.match(nxt):
            return "label"  # F-16, COVID-19, MH17, 5G
    if re.search(r"\d[" + _DASH + r"]$", prev) and re.match(r"[" + _DASH + r"]\d", nxt):
        return "label"
    if re.search(r"(?:#|\bNo\.?\s?|\bNos\.?\s?)$", prev):
        return "label"
    lw = re.search(r"\b([A-Z][A-Za-z]*)\.?\s+$", prev)
    if lw and lw.group(1) in g.label_words:
        return "label"
    bare = re.sub(r"\D", "", text[a:b])
    if form == "cardinal" and len(bare) > 7 and "," not in text[a:b] and " " not in text[a:b]:
        return "label"  # phone numbers, reference codes
    if form == "cardinal" and re.fullmatch(r"\d{4}", text[a:b]) and 1800 <= value <= 2100 and end == b:
        nw = re.match(r"\s+([a-z]+)", nxt)
        qual = re.search(r"\b(?:about|around|some|nearly|almost|over|than|least|estimated)\s+$", prev, re.I)
        if not ((nw and nw.group(1) in g.count_nouns) or (qual and nw and nw.group(1) not in ("and",))):
            return "year"
    if re.match(r"s\b", nxt) and re.fullmatch(r"\d{2,4}", text[a:b]):
        return "year"  # 1990s
    return "claim"


def _ranges(text: str, spans: list[NumberSpan], g: _Grammar) -> list[NumberSpan]:
    """Join ``between A and B``, ``A-B``, ``A to B``, ``A or B`` into one range span."""
    out: list[NumberSpan] = []
    i = 0
    dash = f"[{_DASH}]"
    while i < len(spans):
        s = spans[i]
        t = spans[i + 1] if i + 1 < len(spans) else None
        if (
            t is not None
            and s.kind == t.kind == "claim"
            and s.form not in ("vague", "ordinal", "fraction")
            and t.form not in ("vague", "ordinal", "fraction")
            and s.value is not None
            and t.value is not None
        ):
            gap = text[s.end : t.start]
            pre = text[max(0, s.start - 12) : s.start]
            bm = re.search(r"\bbetween\s+$", pre, re.I)
            between = bm is not None and re.fullmatch(r"\s+and\s+", gap) is not None
            plain = re.fullmatch(rf"\s*{dash}\s*|\s+to\s+|\s+or\s+", gap) is not None and not re.search(
                r"\bfrom\s+$", pre, re.I
            )
            if between or plain:
                lo, hi = s.value, t.value
                t_digits = re.match(r"[^\d]*([\d.,]+)", t.text)
                if t_digits and not re.search(r"[a-z]", s.text, re.I) and lo < hi:
                    scale = hi / _num(t_digits.group(1).rstrip(".,"))
                    if scale >= 1000 and lo * scale <= hi:
                        lo = lo * scale  # "30-40 million", "$1-2bn": the second end's scale applies
                if lo < hi:
                    start = bm.start() + max(0, s.start - 12) if between and bm else s.start
                    form = t.form if t.form != "cardinal" else s.form
                    out.append(
                        NumberSpan(start, t.end, text[start : t.end], lo, lo, hi, form, unit=t.unit or s.unit,
                                   is_range=True, compound=t.compound)
                    )  # fmt: skip
                    i += 2
                    continue
        out.append(s)
        i += 1
    return out


def number_words_version(numbers: str | Path | None = None) -> str:
    """Version string of the number-word data in use.

    >>> number_words_version()
    'claims_numbers.yaml v1'
    """
    name = Path(str(numbers)).name if numbers else NUMBERS_FILE
    return f"{name} v{_grammar(str(numbers) if numbers else None).version}"


__all__ = ["NumberSpan", "find_numbers", "load_number_words", "number_words_version", "parse_number_words"]
