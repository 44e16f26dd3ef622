"""The number grammar and the prefilters of :mod:`toolkit.extract.numbers`.

The grammar: the number words, scales, currencies, vague amounts and score cues of
``data/claims_numbers.yaml`` and what is not a claim (``data/claims_exclusions.yaml``), with a user's
``numbers=``/``exclusions=`` files merged in (:func:`load_number_words`), compiled into regexes
(``_Grammar``) once per version of those files (:func:`_grammar`).

The prefilters: polars expressions that tell, for a whole column of texts at once, where the grammar's
regexes (and the claim rules', :mod:`toolkit.extract.claims`) can match (:func:`_prefilter_exprs`,
:func:`_starts_expr`, :func:`_required_literals`), and :func:`_matches`, which scans only there.

:mod:`toolkit.extract.numbers` (the finder) re-exports what other modules import of this one.
"""

from __future__ import annotations

import functools
import itertools
import os
import re
import re._constants as _C  # the regex parser's opcodes, for _required_literals
import re._parser as _sre_parser
from collections.abc import Iterable
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

import polars as pl

from toolkit.core import cache
from toolkit.core.compat import find_char_offsets
from toolkit.core.resources import data_path, load_yaml
from toolkit.text.tokenize import _SPACE_CHARS

NUMBERS_FILE = "claims_numbers.yaml"
EXCLUSIONS_FILE = "claims_exclusions.yaml"

_DASH = r"\-–—‐‑"


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


_SERIALS = itertools.count()  # a number of its own for every rule set built in this process


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
    re_attr_before: re.Pattern[str] | None = None
    re_attr_after: re.Pattern[str] | None = None
    re_attr_whole: re.Pattern[str] | None = (
        None  # matched at a number's start: the number is part of it ("24/7")
    )
    re_attr_before_fraction: re.Pattern[str] | None = None
    re_attr_before_compound: re.Pattern[str] | None = None
    # ranking verbs before a number ("came second"), unless a noun it counts follows ("came two days after")
    re_attr_rank_before: re.Pattern[str] | None = None
    re_attr_rank_unless_after: re.Pattern[str] | None = None
    # ages (before, after): a whole number of one to three digits between them is an age ("Smith, 49, said")
    attr_ages: tuple[tuple[re.Pattern[str], re.Pattern[str]], ...] = ()
    re_attr_ages_after: re.Pattern[str] | None = (
        None  # matches where any ``after`` of attr_ages does (_union)
    )
    re_attr_ordinal: re.Pattern[str] | None = (
        None  # matched at an ordinal's start: part of a name or compound
    )
    ordinals_weak: frozenset[str] = frozenset()  # ordinals that are claims only in context ("first")
    re_ordinal_weak_before: re.Pattern[str] | None = None
    re_ordinal_weak_after: re.Pattern[str] | None = None
    label_words_lower: frozenset[str] = (
        frozenset()
    )  # lower-case words that make the number after them a label
    re_label_after: re.Pattern[str] | None = None  # what may follow such a label ("phase two was ...")
    # label words that are also verbs ("post"), and what before them makes them the verb ("will post 12")
    label_verbs: frozenset[str] = frozenset()
    re_label_verb_before: re.Pattern[str] | None = None
    # dates and clock times (see numbers._find): (kind, prefilter stage, patterns), each pattern with what
    # every match of it starts with: "digit" (a run of digits) or "month" (a match of ``re_month_lead``)
    stages: tuple[tuple[str, str, tuple[tuple[re.Pattern[str], str], ...]], ...] = ()
    re_month_lead: re.Pattern[str] | None = None  # a month name (case as written), where a month date starts
    currency_ends: frozenset[str] | None = None  # see numbers._currency_may_end
    # "a year", "an hour": a duration of one (see numbers._one_time_units); the text before and after
    # that makes it no claim (a rate "$5bn a year", "a year ago", "a year-long")
    one_time_units: tuple[str, ...] = ()
    re_one_time_unit: re.Pattern[str] | None = None
    re_one_time_not_before: re.Pattern[str] | None = None
    re_one_time_not_after: re.Pattern[str] | None = None
    # vague durations ("for decades", "several hours"): words -> (low, high) in the unit they name, and
    # the text before and after that makes them no claim ("three decades", "decades ago", "decades-long")
    vague_durations: dict[str, tuple[float, float]] = field(default_factory=dict, compare=False)
    re_vague_duration: re.Pattern[str] | None = None
    re_vague_duration_not_before: re.Pattern[str] | None = None
    re_vague_duration_not_after: re.Pattern[str] | None = None
    # before "from A to B" that is a range, not a change ("estimates range from 10 to 32")
    re_range_from_before: re.Pattern[str] | None = None
    # bare plural units ("for months", "within hours"): vague durations only where the text before them
    # matches ``re_vague_duration_bare_before`` (a preposition of duration or "some")
    vague_durations_bare: frozenset[str] = frozenset()
    re_vague_duration_bare_before: re.Pattern[str] | None = None
    re_score_before: re.Pattern[str] | None = None  # a vote or result word before "5-2" (see numbers._score)
    re_score_after: re.Pattern[str] | None = None  # a result noun after it ("a 52-48 split")
    score_units: dict[str, str | None] = field(default_factory=dict, compare=False)  # cue word -> unit
    # a word right before "47 percent to 42 percent" that makes it a change, not a tally ("fell 7% to 5%")
    re_tally_not_after: re.Pattern[str] | None = None
    # never reused in this process (a copy made with dataclasses.replace gets a new one): keys memos
    serial: int = field(default_factory=_SERIALS.__next__, init=False, compare=False)


@functools.lru_cache(maxsize=32)
def _packaged(name: str) -> Path:
    """:func:`toolkit.core.resources.data_path` (where the package's data files are: fixed for the
    process, so kept; what the file holds is checked by the caller, see :func:`_grammar`)."""
    return data_path(name)


def _data_file(name_or_path: str | Path) -> Path:
    """The file :func:`toolkit.core.resources.load_yaml` reads for ``name_or_path``: a user's path,
    else the packaged file of that name."""
    p = Path(name_or_path)
    return p if p.exists() else _packaged(str(name_or_path))


def load_number_words(
    numbers: str | Path | None = None, exclusions: str | Path | None = None
) -> dict[str, Any]:
    """The packaged number words merged with a user's file (same keys); also the exclusions.

    >>> load_number_words()["cardinals"]["thirty"]
    30
    """
    data = _merge(load_yaml(_packaged(NUMBERS_FILE)), load_yaml(numbers) if numbers else None)
    excl = _merge(load_yaml(_packaged(EXCLUSIONS_FILE)), load_yaml(exclusions) if exclusions else None)
    return {**data, **{k: v for k, v in excl.items() if k not in ("source", "licence", "version")}}


_RE_BACKREF = re.compile(r"\\[1-9]|\(\?P=|\(\?\(")  # a group reference: numbering shifts in a union


def _union(patterns: list[str]) -> re.Pattern[str] | None:
    """One case-insensitive regex that matches (``match``, at a position) where any of ``patterns``
    does: a quick test before trying them one by one. None when there are none or they cannot be
    joined (a group reference, a global flag).

    >>> _union([r"^\\s*,", r"^\\)"]).match(" , aged"), _union([r"^\\s*,", r"^\\)"]).match(" years")
    (<re.Match object; span=(0, 2), match=' ,'>, None)
    >>> _union([r"(a)\\1"]) is None
    True
    """
    if not patterns or any(_RE_BACKREF.search(p) for p in patterns):
        return None
    try:
        return re.compile("|".join(f"(?:{p})" for p in patterns), re.I)
    except re.error:  # pragma: no cover - e.g. a global flag inside one pattern
        return None


def _any_of(patterns: list[str] | None) -> re.Pattern[str] | None:
    """One case-insensitive regex matching where any of ``patterns`` does (None for none)."""
    return re.compile("|".join(f"(?:{p})" for p in patterns), re.I) if patterns else None


def _grammar(numbers: str | Path | None = None, exclusions: str | Path | None = None) -> _Grammar:
    """The number grammar of the packaged files and a user's ``numbers``/``exclusions`` files, built
    once per version of those files (:func:`toolkit.core.cache.load`): an edited file gives a new grammar
    on the next call.

    ``cache.load`` resolves and stats every file (tens of microseconds here, as much as reading a
    short text); :func:`toolkit.extract.numbers.find_numbers` is called per text, so the grammar last
    loaded for the same arguments is kept with each file's ``os.stat`` (inode, modification time,
    size) and used while all of them still match. Only absolute paths (and the packaged files) are
    kept so: a relative path may name another file after a change of directory.
    """
    key = (numbers, exclusions)
    hit = _GRAMMARS.get(key)
    if hit is not None and _stat_stamps(hit[0]) == hit[1]:
        return hit[2]  # type: ignore[no-any-return]
    files = (_packaged(NUMBERS_FILE), _packaged(EXCLUSIONS_FILE), _data_file(numbers) if numbers else None,
             _data_file(exclusions) if exclusions else None)  # fmt: skip
    stamps = _stat_stamps(files)  # before loading: a file edited meanwhile is seen on the next call
    kind = (
        f"numbers.grammar:{'n' if numbers else '-'}{'e' if exclusions else '-'}"  # which user file is which
    )
    g = cache.load(kind, files, lambda: _build_grammar(numbers, exclusions))
    if stamps is not None and all(p is None or os.path.isabs(p) for p in (numbers, exclusions)):
        _GRAMMARS.put(key, (files, stamps, g))
    return g


_GRAMMARS = cache.memo(
    "numbers.grammars", 16
)  # (numbers, exclusions) -> (files, their _stat_stamps, grammar)


def _stat_stamps(files: tuple[Path | None, ...]) -> tuple[tuple[int, int, int, int] | None, ...] | None:
    """Per file (None: none), what ``os.stat`` says of it: (device, inode, modification time in ns,
    size); None when one cannot be read."""
    try:
        return tuple(None if f is None else _stamp(os.stat(f)) for f in files)
    except OSError:
        return None


def _stamp(st: os.stat_result) -> tuple[int, int, int, int]:
    return st.st_dev, st.st_ino, st.st_mtime_ns, st.st_size


def _build_grammar(numbers: str | Path | None = None, exclusions: str | Path | None = None) -> _Grammar:
    """The grammar of :func:`_grammar`, from the files."""
    d = load_number_words(numbers, exclusions)
    card = {k.lower(): float(v) for k, v in d["cardinals"].items()}
    scales = {k.lower(): float(v) for k, v in d["scales"].items()}
    abbr = {k.lower(): float(v) for k, v in d["scale_abbreviations"].items()}
    ords = {k.lower(): float(v) for k, v in d["ordinals"].items()}
    fracs = {k.lower(): float(v) for k, v in d["fractions"].items()}
    vague = {
        k.lower(): (float(v[0]), float(v[1])) for k, v in {**d.get("vague_weak", {}), **d["vague"]}.items()
    }
    cur_sym = {str(k): str(v) for k, v in d["currency_symbols"].items()}
    cur_words = {k.lower(): str(v) for k, v in d["currency_words"].items()}
    cur_ambiguous = {str(w).lower() for w in d.get("currency_words_ambiguous", [])}
    cur_plain = [w for w in cur_words if w not in cur_ambiguous]
    cur_amb = [w for w in cur_words if w in cur_ambiguous]
    cur_after = "|".join(
        [
            *([f"(?:{_alt(cur_plain)})\\b"] if cur_plain else []),
            *([f"(?:{_alt(cur_amb)})\\b(?!\\s*(?:of\\b|\\())"] if cur_amb else []),
        ]
    )
    months = [str(m) for m in d["months"]]
    month_alt = _alt(months)
    numword = _alt([*card, *scales])
    ordword = _alt(list(ords))
    dash = f"[{_DASH}]"
    # _DIGITS_PLAIN with its first digit read before the look-behind (the same matches, but the
    # regex engine can skip ahead to a digit instead of trying the look-behind everywhere)
    # (a digit glued to three capitals, "SEK9 million", is read too: the scanner keeps it only after an
    # ISO 4217 code of ``currency_symbols``)
    digits = r"\d(?:(?<![\w.,/:]\d)|(?<=\b[A-Z]{3}\d))(?:\d{0,2}(?:,\d{3})+|\d{0,2}(?:[ \u00a0\u202f]\d{3})+(?![\d,])|\d*)(?:\.\d+)?(?![\d])"
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
    re_dates = tuple(re.compile(p, re.I if i >= 3 else 0) for i, p in enumerate(dates))
    re_times = tuple(re.compile(p, re.I) for p in times)
    symbols = list(cur_sym)
    return _Grammar(
        cardinals=card,
        scales=scales,
        abbreviations=abbr,
        ordinals=ords,
        fractions=fracs,
        vague=vague,
        vague_weak=frozenset(
            k.lower() for k in d.get("vague_weak", {}) if k.lower() not in {x.lower() for x in d["vague"]}
        ),
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
        # a fraction before "of" ("two-thirds of"), or a change "by" a fraction at the end of its phrase
        # ("cut deaths by a third.", "fell by half in 2020"; not "by a third party")
        re_fraction=re.compile(
            rf"\b(?:(?:an?|one|two|three|four|five|six|seven|eight|nine)(?:{dash}|\s+))?(?:{_alt(list(fracs))})"
            r"(?=\s+(?:of|the|all|its|their|his|her|our|these|those)\b)"
            rf"|(?<=\bby\s)(?:(?:an?|one|two|three|four|five|six|seven|eight|nine)(?:{dash}|\s+))?(?:{_alt(list(fracs))})"
            r"(?=\s*(?:$|[.,;:!?)]|\s(?:in|since|from|over|between|after|last|this|compared|on|to|and|or|but|while|as|year|a)\b))"
            # or a share after a comparison, at the end of its phrase or before a participle ("fell by
            # more than half.", "was less than half funded"; not "more than half a million")
            rf"|(?<=\bthan\s)(?:(?:an?|one|two|three|four|five|six|seven|eight|nine)(?:{dash}|\s+))?(?:{_alt(list(fracs))})"
            r"(?=\s*(?:$|[.,;:!?)]|\s(?:in|since|from|between|after|last|this|compared|on|to|and|or|but|while)\b"
            r"|\s[a-z]+ed\b))",
            re.I,
        ),
        re_ordinal_word=re.compile(
            rf"\b(?:(?:twenty|thirty|forty|fifty|sixty|seventy|eighty|ninety){dash}(?:first|{ordword})|{ordword})\b",
            re.I,
        ),
        re_ordinal_digit=re.compile(r"(?<![\w.,])\d+(?:st|nd|rd|th)\b", re.I),
        re_dates=re_dates,
        re_times=re_times,
        re_currency_before=re.compile(rf"(?:{_alt(list(cur_sym))})\s?$"),
        re_currency_after=re.compile(rf"^\s*(?:{cur_after})", re.I),
        re_scale_after=re.compile(rf"^(?:\s+|{dash})(?:{_alt(list(scales))})\b", re.I),
        re_abbr_after=re.compile(rf"^\s?(?:{_alt(list(abbr))})\b", re.I),
        re_attached_unit=re.compile(rf"(?:{_alt([str(w) for w in d['attached_units']])})\b"),
        re_attr_before=_any_of(d.get("attribute_before")),
        re_attr_after=_any_of(d.get("attribute_after")),
        re_attr_whole=_any_of(d.get("attribute_whole")),
        re_attr_before_fraction=_any_of(d.get("attribute_before_fraction")),
        re_attr_before_compound=_any_of(d.get("attribute_before_compound")),
        re_attr_rank_before=_any_of(d.get("attribute_rank_before")),
        re_attr_rank_unless_after=_any_of(d.get("attribute_rank_unless_after")),
        attr_ages=tuple(
            (re.compile(str(p["before"]), re.I), re.compile(str(p["after"]), re.I))
            for p in [*(d.get("attribute_ages") or ()), *(d.get("attribute_around") or ())]
        ),
        re_attr_ages_after=_union(
            [str(p["after"]) for p in [*(d.get("attribute_ages") or ()), *(d.get("attribute_around") or ())]]
        ),
        re_attr_ordinal=_any_of(d.get("attribute_ordinal")),
        ordinals_weak=frozenset(str(w).lower() for w in d.get("ordinals_weak") or ()),
        re_ordinal_weak_before=_any_of(d.get("ordinal_weak_before")),
        re_ordinal_weak_after=_any_of(d.get("ordinal_weak_after")),
        label_words_lower=frozenset(str(w).lower() for w in d.get("label_words_lower") or ()),
        re_label_after=_any_of(d.get("label_after")),
        label_verbs=frozenset(str(w).lower() for w in d.get("label_verbs") or ()),
        re_label_verb_before=_any_of(d.get("label_verb_before")),
        one_time_units=tuple(str(w).lower() for w in d.get("one_time_units") or ()),
        re_one_time_unit=re.compile(
            rf"\b(?:an?)\s+({_alt([str(w) for w in d['one_time_units']])})(\s+and\s+a\s+half)?\b", re.I
        )
        if d.get("one_time_units")
        else None,
        re_one_time_not_before=_any_of([d["one_time_unit_not_before"]])
        if d.get("one_time_unit_not_before")
        else None,
        re_one_time_not_after=_any_of([d["one_time_unit_not_after"]])
        if d.get("one_time_unit_not_after")
        else None,
        vague_durations={
            " ".join(str(k).lower().split()): (float(v[0]), float(v[1]))
            for k, v in {**(d.get("vague_durations") or {}), **(d.get("vague_durations_bare") or {})}.items()
        },
        re_vague_duration=re.compile(
            rf"\b(?:{_alt([str(w) for w in [*(d.get('vague_durations') or ()), *(d.get('vague_durations_bare') or ())]])})\b",
            re.I,
        )
        if d.get("vague_durations") or d.get("vague_durations_bare")
        else None,
        vague_durations_bare=frozenset(str(k).lower() for k in d.get("vague_durations_bare") or ()),
        re_vague_duration_bare_before=_any_of([d["vague_duration_bare_before"]])
        if d.get("vague_duration_bare_before")
        else None,
        re_vague_duration_not_before=_any_of([d["vague_duration_not_before"]])
        if d.get("vague_duration_not_before")
        else None,
        re_range_from_before=_any_of(d.get("range_from_before")),
        re_vague_duration_not_after=_any_of([d["vague_duration_not_after"]])
        if d.get("vague_duration_not_after")
        else None,
        re_percent_after=re.compile(
            rf"^(?:\s?%|\s*(?:{_alt([str(w) for w in d['percent_words']])})\b)", re.I
        ),
        stages=(
            ("date", "dates_month", tuple(zip(re_dates[:3], ("month", "digit", "month"), strict=True))),
            ("date", "dates_digit", tuple((p, "digit") for p in re_dates[3:])),
            ("time", "times", tuple((p, "digit") for p in re_times)),
        ),
        re_month_lead=re.compile(f"(?:{month_alt})"),
        currency_ends=frozenset(w[-1] for w in symbols)
        if all(w and not w[-1].isspace() for w in symbols)
        else None,
        **_score_grammar(d),
    )


def _score_grammar(d: dict[str, Any]) -> dict[str, Any]:
    """The score fields of the grammar (``score_cues_before``, ``score_nouns_after``,
    ``percent_tally_not_after`` of the numbers file)."""
    before = {
        str(k).lower(): (None if v is None else str(v)) for k, v in (d.get("score_cues_before") or {}).items()
    }
    after = {
        str(k).lower(): (None if v is None else str(v)) for k, v in (d.get("score_nouns_after") or {}).items()
    }
    return {
        # the cue, then at most three words (no digit, no clause break), then the end: "beat Arsenal "
        "re_score_before": re.compile(rf"\b({_alt(list(before))})\b(?:\s+[^\W\d][\w’'.]*){{0,3}}?\s*$", re.I)
        if before
        else None,
        "re_score_after": re.compile(rf"^[\s{_DASH}]*({_alt(list(after))})\b", re.I) if after else None,
        "score_units": {**after, **before},
        "re_tally_not_after": re.compile(rf"\b(?:{_alt(words)})\s+$", re.I)
        if (words := [str(w) for w in d.get("percent_tally_not_after") or []])
        else None,
    }


# a number written with digits, as first written (``re_digits`` matches the same, faster)
_DIGITS_PLAIN = r"(?:(?<![\w.,/:])|(?<=\b[A-Z]{3}))(?:\d{1,3}(?:,\d{3})+|\d{1,3}(?:[ \u00a0\u202f]\d{3})+(?![\d,])|\d+)(?:\.\d+)?(?![\d])"


# --------------------------------------------------------------------------- prefilters

# Non-ASCII characters that Python's ``re.IGNORECASE`` matches to an ASCII letter (İ ı -> i,
# ſ -> s, Kelvin sign -> k). A text holding one of them is never prefiltered.
_FOLD_GUARD = ["\u0130", "\u0131", "\u017f", "\u212a"]
# Supersets of the hard-coded date and clock-time regexes of ``_grammar`` (Rust syntax; ``\s``
# widened to Python's whitespace, which also counts \x1c-\x1f). Keep in step with ``dates``/``times``.
_SP = r"[\s\x1c-\x1f]*"
_DATES_DIGIT_SUPERSET = r"\d[\-/.]\d"
_TIMES_SUPERSET = rf"\d[:.]\d|\d{_SP}(?i:[ap]\.|[ap]m|gmt|utc|hours|local|hrs|zulu)"
_ORDINAL_DIGIT_SUPERSET = r"\d(?i:st|nd|rd|th)"


def _anchors(words: list[str] | Any, *, ignore_case: bool) -> list[str] | None:
    """The literals a match of ``_alt(words)`` starts with, for each word: its first space-separated
    piece (``_alt`` turns spaces into ``\\s+``). A short first piece ("a" of "a tally by") would
    start candidates everywhere, so it is joined to what must follow: one space and the next
    piece, or any whitespace character then any (Python's ``\\s`` is ``str.isspace``). None when
    there is no safe anchor (an empty list, a blank word, a cased non-ASCII character under
    ``ignore_case``): the regex then always runs."""

    def safe(piece: str) -> bool:
        return not ignore_case or all(
            c.isascii() or (not c.isalnum() and c.lower() == c == c.upper()) for c in piece
        )

    out = []
    for w in words:
        pieces = [p for p in str(w).split(" ") if p]
        if not pieces or not safe(pieces[0]):
            return None
        if len(pieces) > 1 and len(pieces[0]) <= _SHORT_PIECE and safe(pieces[1]):
            out.append(f"{pieces[0]} {pieces[1]}")
            out.extend(f"{pieces[0]}{ws}" for ws in _WHITESPACE if ws != " ")
            out.extend(f"{pieces[0]} {ws}" for ws in _WHITESPACE)
        else:
            out.append(pieces[0])
    return sorted(set(out)) or None


_SHORT_PIECE = 3  # first pieces this short are joined to the next piece (see _anchors)
_WHITESPACE = sorted(_SPACE_CHARS)  # what re's \s matches in a str (written out: enumerating costs 0.1 s)


def _anchor_expr(words: list[str] | Any, *, ignore_case: bool) -> pl.Expr | None:
    """Boolean expression on a ``text`` column: it holds an anchor of ``words`` (so a regex built
    from them could match), or a character that breaks the ASCII case-folding shortcut."""
    anchors = _anchors(words, ignore_case=ignore_case)
    if anchors is None:
        return None
    text = pl.col("text")
    hit = text.str.contains_any(anchors, ascii_case_insensitive=ignore_case)
    return hit | text.str.contains_any(_FOLD_GUARD) if ignore_case else hit


def _starts_expr(words: list[str] | Any, *, given: pl.Expr | None = None) -> pl.Expr | None:
    """List of offsets where an anchor of ``words`` starts (case-insensitive; UTF-8 bytes up to polars 2.1,
    characters from 2.2: see :mod:`toolkit.core.compat`), or null when the text holds a character that breaks the ASCII case-folding shortcut. For a regex
    whose every match starts with an anchor, matching only there gives what ``finditer`` gives
    (see :func:`_matches`). ``given``: a Boolean test every match also needs (empty list where false)."""
    anchors = _anchors(words, ignore_case=True)
    if anchors is None:
        return None
    text = pl.col("text")
    starts = text.str.find_many(anchors, ascii_case_insensitive=True, overlapping=True)
    if given is not None:
        starts = pl.when(given).then(starts).otherwise(pl.lit([], dtype=pl.List(pl.UInt32)))
    return pl.when(text.str.contains_any(_FOLD_GUARD)).then(None).otherwise(starts)


def _char_starts(text: str, offsets: list[int]) -> list[int]:
    """Offsets from ``str.find_many`` into ``text`` (UTF-8 bytes up to polars 2.1, characters from 2.2)
    -> sorted distinct character offsets."""
    return find_char_offsets(text, offsets)


def _matches(pat: re.Pattern[str], text: str, hint: Any = True) -> Any:
    """``pat.finditer(text)``, sped up by a prefilter ``hint``: False (cannot match: nothing),
    True/None (unknown: scan), or the candidate start offsets (from ``str.find_many``: see :func:`_char_starts`) of every match."""
    if hint is None or hint is True:
        return pat.finditer(text)
    if hint is False:
        return ()
    return _matches_at(pat, text, _char_starts(text, hint))


def _matches_at(pat: re.Pattern[str], text: str, starts: Iterable[int]) -> Any:
    """``pat.finditer(text)`` when every match of ``pat`` starts at one of ``starts`` (character
    offsets, ascending): ``pat.match`` there, left to right, without overlaps, as ``finditer`` steps
    (a look-behind or ``\\b`` still sees the text before the start).

    >>> [m.group() for m in _matches_at(re.compile(r"\\b\\d+"), "a1 22 333", [1, 3, 4, 6])]
    ['22', '333']
    """
    out = []
    end = 0
    for p in starts:
        if p < end:
            continue
        m = pat.match(text, p)
        if m:
            if m.end() == p:  # empty match: finditer's stepping rules apply, so let it decide
                return pat.finditer(text)
            out.append(m)
            end = m.end()
    return out


def _safe_literal(code: int) -> bool:
    """A character that ``re.IGNORECASE`` matches only to its ASCII case variants (texts with a
    ``_FOLD_GUARD`` character aside): ASCII, or uncased punctuation such as ’."""
    c = chr(code)
    return c.isascii() or (not c.isalnum() and c.lower() == c == c.upper())


def _needs(items: Any) -> frozenset[str] | None:
    """Lower-cased strings one of which every match of a parsed regex sequence contains, or None."""
    best: frozenset[str] | None = None
    run = ""

    def better(a: frozenset[str] | None, b: frozenset[str] | None) -> frozenset[str] | None:
        if a is None or b is None:
            return a if b is None else b
        return a if min(map(len, a)) >= min(map(len, b)) else b

    for op, av in list(items) + [(None, None)]:
        if op is _C.LITERAL and _safe_literal(av):
            run += chr(av).lower()
            continue
        if run:
            best, run = better(best, frozenset([run])), ""
        found: frozenset[str] | None = None
        if op is _C.SUBPATTERN:
            found = _needs(av[3])
        elif op is _C.ATOMIC_GROUP:
            found = _needs(av)
        elif op is _C.BRANCH:
            parts = [_needs(b) for b in av[1]]
            found = None if any(p is None for p in parts) else frozenset().union(*parts)  # type: ignore[arg-type]
        elif op in (_C.MAX_REPEAT, _C.MIN_REPEAT, _C.POSSESSIVE_REPEAT) and av[0] >= 1:
            found = _needs(av[2])
        elif op is _C.IN and av and all(o is _C.LITERAL and _safe_literal(v) for o, v in av):
            found = frozenset(chr(v).lower() for _, v in av)
        best = better(best, found)
    return best


def _required_literals(pattern: re.Pattern[str]) -> frozenset[str] | None:
    """Lower-cased strings one of which is in every text ``pattern`` can match (case aside, and
    texts without a ``_FOLD_GUARD`` character); None when there is no such guarantee.

    >>> sorted(_required_literals(re.compile(r"\\b(?:killed|died)\\s+in\\b", re.I)))
    ['died', 'killed']
    """
    try:
        parsed = _sre_parser.parse(pattern.pattern, pattern.flags)
    except Exception:  # pragma: no cover - a pattern that compiled parses again
        return None
    found = _needs(parsed.data)
    return found if found and all(found) else None


_NEEDS_BY_ID: dict[int, tuple[re.Pattern[str], tuple[str, ...] | None]] = {}
_NEEDS_MAX = 256  # patterns remembered (all forgotten when more come: a few rule sets in one process)


def _window_needs(pattern: re.Pattern[str]) -> tuple[str, ...] | None:
    """:func:`_required_literals` of ``pattern`` as a tuple, shortest first (the likeliest to be found), once
    per pattern, without a word that holds an earlier one (it is found only where that one is); None when
    there is no guarantee. See :func:`_may_match_in`.

    Remembered by the pattern's identity (the entry keeps the pattern, so its id is not reused): hashing a
    compiled pattern hashes its whole compiled code, microseconds for a long alternation, and the number
    scanner asks once per sentence.

    >>> p = re.compile(r"\\b(?:killed|died)\\s+in\\b", re.I)
    >>> _window_needs(p), _window_needs(p) is _window_needs(p)
    (('died', 'killed'), True)
    """
    hit = _NEEDS_BY_ID.get(id(pattern))
    if hit is not None and hit[0] is pattern:
        return hit[1]
    found = _required_literals(pattern)
    needs: tuple[str, ...] | None = None
    if found is not None:
        kept: list[str] = []
        for w in sorted(found, key=lambda w: (len(w), w)):
            if not any(n in w for n in kept):  # "aged" holds "age": a window with it holds "age" too
                kept.append(w)
        needs = tuple(kept)
    if len(_NEEDS_BY_ID) >= _NEEDS_MAX:
        _NEEDS_BY_ID.clear()
    _NEEDS_BY_ID[id(pattern)] = (pattern, needs)
    return needs


def _may_match_in(window: str, needs: tuple[str, ...] | None) -> bool:
    """False only where a regex whose :func:`_window_needs` are ``needs`` cannot match anywhere in
    ``window``: it holds none of them (case aside) and no ``_FOLD_GUARD`` character. A cheap test
    before searching a short window with a long alternation (most windows hold none of its words).

    >>> needs = _window_needs(re.compile(r"\\b(?:mothers?|fathers?)\\s+of\\s+$", re.I))
    >>> _may_match_in("the Mother OF ", needs), _may_match_in("troops killed ", needs)
    (True, False)
    >>> _may_match_in("troops killed ", None)
    True
    """
    if needs is None:
        return True
    low = window.lower()
    for w in needs:
        if w in low:
            return True
    return not window.isascii() and any(c in window for c in _FOLD_GUARD)


def _prefilter_exprs(g: _Grammar) -> dict[str, pl.Expr]:
    """Per scanner stage of :func:`toolkit.extract.numbers._find`, a vectorised hint on a ``text`` column (see
    :func:`_matches`): Boolean (false: the stage's regexes cannot match) or a list of candidate
    match starts. Stages without a hint always scan. Used by :func:`toolkit.extract.claims.extract_claims`
    on all sentences at once; the output is the same as without hints."""
    text = pl.col("text")
    guard = text.str.contains_any(_FOLD_GUARD)
    tens = [
        "twenty",
        "thirty",
        "forty",
        "fifty",
        "sixty",
        "seventy",
        "eighty",
        "ninety",
    ]  # as in re_ordinal_word
    out: dict[str, pl.Expr | None] = {
        "dates_month": _anchor_expr(g.months, ignore_case=False),
        "dates_digit": pl.col("text").str.contains(_DATES_DIGIT_SUPERSET),
        "times": pl.col("text").str.contains(_TIMES_SUPERSET) | guard,
        "ordinal_digit": pl.col("text").str.contains(_ORDINAL_DIGIT_SUPERSET) | guard,
        "vague": _starts_expr(list(g.vague)),
        "vague_duration": _starts_expr(list(g.vague_durations)) if g.vague_durations else None,
        # re_one_time_unit: "a" or "an", whitespace, a unit ("a year", "an hour")
        "one_time_unit": _starts_expr([f"{a} {u}" for a in ("a", "an") for u in g.one_time_units])
        if g.one_time_units
        else None,
        "fraction": _anchor_expr(list(g.fractions), ignore_case=True),
        "ordinal_word": _starts_expr([*tens, *g.ordinals]),
        # a match starts with a number word, or with "a"/"an"/"half" before a scale word
        # attribute patterns look at a window of the text: a text without a word they need is spared them
        **{
            stage: text.str.contains_any(sorted(needs), ascii_case_insensitive=True) | guard
            for stage, pat in (
                ("attr_before", g.re_attr_before),
                ("attr_after", g.re_attr_after),
                ("attr_before_fraction", g.re_attr_before_fraction),
                ("attr_rank_before", g.re_attr_rank_before),
            )
            if pat is not None and (needs := _required_literals(pat)) is not None
        },
        "words": _starts_expr(
            [*(f"{a} {s}" for a in ("a", "an") for s in g.scales), "half", *g.cardinals, *g.scales],
            given=_anchor_expr([*g.cardinals, *g.scales], ignore_case=True),
        ),
    }
    return {k: v for k, v in out.items() if v is not None}


def number_words_version(numbers: str | Path | None = None) -> str:
    """Version string of the number-word data in use.

    >>> number_words_version()
    'claims_numbers.yaml v4'
    """
    name = Path(str(numbers)).name if numbers else NUMBERS_FILE
    return f"{name} v{_grammar(numbers).version}"
