"""Reading a sentence's text: what it alone decides, per claim its fields (value, qualifier, category,
unit, noun phrase), offsets and source cue (``_Claim``), read once per distinct text; which regexes
can match which text is worked out for all the texts at once with polars (:func:`_read_texts`).
"""

from __future__ import annotations

import itertools
import re
from collections.abc import Iterator
from typing import Any

import polars as pl

from toolkit.extract.claims.categories import (
    _RE_TIME_UNIT,
    _TIME_UNITS,
    _categorise,
    _category_prefilter,
    _possible_rules,
)
from toolkit.extract.claims.memos import _MISSING, _RESUMED_MEMO, _Memos
from toolkit.extract.claims.nouns import _counts_things, _unit, _what
from toolkit.extract.claims.qualifiers import _q_after, _qualifier
from toolkit.extract.claims.rules import PEOPLE_COUNTED, _Rules
from toolkit.extract.claims.sources import _cues, _pick_cue
from toolkit.extract.numbers import _FOLD_GUARD, NumberSpan, _find, _memos, _prefilter_exprs, _starts_expr
from toolkit.extract.units import unit_after

# regexes of the hot paths, compiled once
_RE_SPACES = re.compile(r"\s+")
_RE_CLAUSE_BREAK = re.compile(r"[,;:()—–]|\s(?:and|but|while|whereas)\s")
_RE_COMPOUND_AFTER = re.compile(r"[\-–—][A-Za-z]+(?:[\-–—][A-Za-z]+)?\s*")
_RE_ONE = re.compile(r"(?i)one")
_RE_ONE_IDIOM = re.compile(r"\s+(?:of|another|day|time|way|side|thing|hand)\b", re.I)
_RE_ALL_BUT = re.compile(r"\ball\s+but\s+$", re.I)
# "one" as the last member of a list of counts: "four votes for and one vote against", "12 cars, three
# vans and one lorry" (a number earlier in the same list, then a list connector right before "one")
_RE_LIST_BEFORE_ONE = re.compile(
    r"(?:\d|\b(?:one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|twenty|thirty|forty|fifty|hundreds?|"
    r"thousands?|millions?|dozens?)\b)[^.;:!?]{1,80}?(?:,|\band|\bor|\bplus|\bwith)\s+$",
    re.I,
)
# "one" with its noun left out after a list of counts, before a place or a side: "three delegates in Colorado
# and one in Arkansas", "two dead in the north and one in the south"
_RE_PLACE_AFTER_ONE = re.compile(r"\s+(?:in|at|on|from|for|against|near|inside|outside)\b", re.I)
# people categories that a verb or possessive before the number gives to things too ("released 70 policy
# plans", "captured 12 towns", "its 2,000 stores"); nobody kills or injures things in the news's sense
_THINGS_MISREAD = frozenset({"prisoners", "arrested", "hostages", "displaced", "population"})
# a clause resumed after parentheticals: "13 peacekeepers, including nine South Africans, have been killed"
_RE_PAREN_HEAD = re.compile(r"[^,;:()—–]*")
_RE_PAREN_SEGMENT = re.compile(r"\s*[,(—–]\s*[^,;:()—–]{1,120}?\s*(?=[,)—–])")
_RE_PAREN_CLOSE = re.compile(r"\s*[,)—–]\s*")
_RE_PREDICATE_START = re.compile(
    r"\s*(?:(?:have|has|had|were|was|are|is|been|being|will|would|could|may|might|reportedly|also|all|now|still|"
    r"later|allegedly|since|mostly|each)\s+)*(?:have|has|had|were|was|are|is|remain(?:s|ed)?|died|perished|fled|"
    r"need(?:s|ed)?|face[sd]?|lost|shot|[a-z]+ed)\b",
    re.I,
)
# a member of a list whose head came before: "70 killed, including 35 soldiers and 32 gunmen"
_RE_INCLUDING = re.compile(
    r"\b(?:including|among them|among whom|among those|among the dead|of whom|of them|such as|mostly|mainly|"
    r"most of them|many of them|half of them)\b[^,;:()—–.]{0,80}$",
    re.I,
)
# Lower-case words of which every match of _RE_INCLUDING holds one (or a _FOLD_GUARD character, which
# re.IGNORECASE matches to an ASCII letter): a sentence holding none is not searched for it.
_INCLUDING_WORDS = ("including", "among", "of whom", "of them", "such as", "mostly", "mainly")
# a conversion in brackets right after the figure it converts: "10 million rand ($557,000)"
_RE_CONVERSION_GAP = re.compile(r"\s*\(\s*(?:about|around|roughly|some|approximately|or|c\.|~)?\s*")


# the unit words of the figure converted, between it and the bracket: "eight kilometers (five miles)"
_RE_UNIT_WORDS_GAP = re.compile(r"\s*(?:[^\W\d_]+\.?\s*){1,2}")


def _converts(text: str, last: tuple[tuple[Any, ...], int], sp: NumberSpan, claim: tuple[Any, ...]) -> bool:
    """Whether ``sp`` is a conversion in brackets of the claim before it: right after it ("10 million
    rand ($557,000)"), or after its unit of measure when the two units differ ("eight kilometers (five
    miles)"; not "20 people (five children)")."""
    if text.find("(", last[1], sp.start) < 0:
        return False
    if _RE_CONVERSION_GAP.fullmatch(text, last[1], sp.start):
        return True
    m = _RE_UNIT_WORDS_GAP.match(text, last[1], sp.start)
    unit, last_unit = claim[_UNIT], last[0][_UNIT]
    return (
        m is not None
        and unit is not None
        and last_unit is not None
        and unit != last_unit
        and unit not in ("people", "percent")
        and _RE_CONVERSION_GAP.fullmatch(text, m.end(), sp.start) is not None
    )


def _read_texts(column: pl.Series, g: Any, rules: _Rules) -> dict[str, tuple[_Claim, ...]]:
    """What each distinct text of ``column`` decides (:func:`_read_sentence`), by text.

    Texts read by an earlier call with the same rules and grammar (a batch before) are taken from
    the memo (one ``get`` each). Which regex stages can match which new text is worked out for all
    of them at once with polars and handed to the reader a text at a time (see :func:`_values`)."""
    memos = _Memos(rules)
    memo, serial = memos.sentences, g.serial
    read: dict[str, tuple[_Claim, ...]] = {}
    new: list[str] = []
    for t in column.unique(maintain_order=True).to_list():
        hit = memo.get((serial, t))
        if hit is None:
            new.append(t)
        else:
            read[t] = hit
    if not new:
        return read
    tests = {**_prefilter_exprs(g), **_cue_prefilters(rules)}
    flags = (
        pl.DataFrame({"text": new}, schema={"text": pl.String}).lazy().select(**tests).collect()
    )  # the tests share work
    names = flags.columns
    per_text = (
        zip(*(_values(flags.get_column(c)) for c in names), strict=False) if names else itertools.repeat(())
    )
    number_memos = _memos(g)
    for t, h in zip(new, per_text, strict=False):
        read[t] = memo.put(
            (serial, t), _read_sentence(t, g, rules, dict(zip(names, h, strict=False)), memos, number_memos)
        )
    return read


def _values(column: pl.Series) -> Iterator[Any]:
    """The values of ``column``, in order; a list column's lists are made one at a time, from one flat
    list of its items (``to_list`` would make them all at once: a large tree of objects that the
    garbage collector walks again and again while the texts are read)."""
    if not isinstance(column.dtype, pl.List):
        yield from column.to_list()
        return
    items = column.explode(empty_as_null=False, keep_nulls=False).to_list()
    pos = 0
    for n in column.list.len().to_list():
        if n is None:
            yield None
        else:
            yield items[pos : pos + n]
            pos += n


# A claim as its text decides it, one flat tuple: its _CLAIM_FIELDS values, its offsets in the text
# (at _AT_A, _AT_B), its source cue's five values (from _AT_CUE; five None for none), the offsets of
# its phrase (hedge, number, unit: at _AT_SPAN_A, _AT_SPAN_B). Numbers and
# strings only, one level below the sentence's tuple: the garbage collector stops tracking such
# tuples at its first passes (nested deeper, they would reach its oldest generation first).
_Claim = tuple[Any, ...]
_CLAIM_FIELDS = (
    "value",
    "value_low",
    "value_high",
    "qualifier",
    "counted",
    "unit",
    "what",
    "vague",
    "counted_rule",
)
_QUALIFIER, _COUNTED, _UNIT, _WHAT = 3, 4, 5, 6  # where these fields are
_AT_A = len(_CLAIM_FIELDS)
_AT_B = _AT_A + 1
_AT_CUE = _AT_A + 2
_AT_CUE_KIND = _AT_CUE + 4
_NO_CUE = (None,) * 5
_AT_SPAN_A = _AT_CUE + len(_NO_CUE)
_AT_SPAN_B = _AT_SPAN_A + 1


def _read_sentence(
    text: str,
    g: Any,
    rules: _Rules,
    hints: dict[str, Any] | None = None,
    memos: _Memos | None = None,
    number_memos: Any = None,
) -> tuple[_Claim, ...]:
    """What one sentence's text decides: per claim, its fields, offsets and source cue (see
    ``_Claim``). ``hints``:
    what the prefilters say of ``text`` (see :func:`_read_texts`); ``memos``: those of ``rules``
    (looked up when None); ``number_memos``: those of ``g`` (see ``numbers._memos``)."""
    spans = [n for n in _find(text, g, hints, number_memos) if n.kind == "claim"]
    if not spans:
        return ()
    if memos is None:
        memos = _Memos(rules)
    cue_key = hints.get("cue_key") if hints else None
    if cue_key is None:
        cues = _cues(text, rules, hints, memos)
    else:  # texts that differ only in their digits 1-9 have the same cues (see _cue_prefilters)
        hit = memos.cues.get(cue_key)
        if hit is None:
            hit = memos.cues.put(cue_key, _cues(text, rules, hints, memos))
        cues = hit
    if hints and "categories" in hints:
        found = hints["categories"]
        possible = _possible_rules(rules, found, memos.possible)
        fold = found is None  # null exactly where the text holds a _FOLD_GUARD character
    else:
        possible = None
        fold = any(c in text for c in _FOLD_GUARD)
    # whether _RE_INCLUDING may match in the text before a number: once per sentence, not per claim
    low = text.lower()
    including = fold or any(w in low for w in _INCLUDING_WORDS)
    out: list[_Claim] = []
    prev: tuple[Any, ...] | None = None
    last: tuple[tuple[Any, ...], int] | None = None
    for sp in spans:
        fields = _read_claim(text, sp, rules, prev, possible, fold, memos, including)
        if fields is None:
            continue
        claim, (lead, tail) = fields[:_AT_A], fields[_AT_A:]
        if last is not None and claim[_QUALIFIER] != last[0][_QUALIFIER] and _converts(text, last, sp, claim):
            # "an estimated 10 million rand ($557,000)", "about eight kilometers (five miles)": the
            # conversion takes the hedge of the amount it converts, even where it says "about" itself
            claim = (*claim[:_QUALIFIER], last[0][_QUALIFIER], *claim[_QUALIFIER + 1 :])
        last = (claim, sp.end)
        cue = _pick_cue(cues, sp.start, sp.end, text)
        out.append(
            (*claim, sp.start, sp.end, *(_NO_CUE if cue is None else cue), sp.start - lead, sp.end + tail)
        )
        if claim[_COUNTED] not in ("other", "ordinal", "duration", "percent", "money") and claim[_WHAT]:
            prev = claim
    return tuple(out)


def _cue_prefilters(rules: _Rules) -> dict[str, pl.Expr]:
    """Vectorised hints for the cue stages of :func:`toolkit.extract.claims.sources._cues` (see
    ``numbers._prefilter_exprs``) and for the category rules (``categories``: see
    :func:`toolkit.extract.claims.categories._category_prefilter`); ``cue_key``:
    the text with every digit 1-9 made 0, under which :func:`_read_sentence` remembers its cues.

    The cues do not depend on which digits a text has: the source words hold none (else there
    is no ``cue_key``), every pattern and test of :func:`~toolkit.extract.claims.sources._cues` and
    its helpers sees a digit only as a digit (``\\d``, ``\\w``, ``\\b``), and the offsets stay the
    same (one ASCII character for another). Wire copy repeats its sentences with new figures ("... has
    displaced 2,981 people since April, the UN says.")."""
    out = {}
    if rules.cues_digit_blind:
        out["cue_key"] = pl.col("text").str.replace_all("[1-9]", "0")
    for stage, words in rules.anchors:
        expr = _starts_expr(list(words))
        if expr is not None:
            out[stage] = expr
    out["categories"] = _category_prefilter(rules)
    return out


_After = tuple[str, int, bool, tuple[str, int, int], tuple[str, str], str | None, int, int]


def _read_after(after: str, compound: bool, rules: _Rules, memos: _Memos) -> _After:
    """What :func:`_read_claim` reads in the text after a number (``compound``: the number has a
    hyphenated word): its noun phrase, where that ends, whether it is a time unit, the qualifier
    phrase after it (:func:`toolkit.extract.claims.qualifiers._q_after`), the clause after the number
    and after that phrase, the unit named right after the number
    (:func:`toolkit.extract.units.unit_after`, None: none), and where in ``after`` the words of that
    unit end and those of the time unit the noun phrase starts with end (0: none; the claim's phrase
    span takes them in, see :func:`_span_tail`)."""
    what, what_start, what_end = _what(after, rules, memos)
    if compound:
        what_after = _RE_COMPOUND_AFTER.match(after)
        if what_after:
            what, _, what_end = _what(after[what_after.end() :], rules, memos)
            what_end += what_after.end()
    found_after = _q_after(after, rules, what_end)
    clause = _clause(after)
    # (the clause after the qualifier phrase is the same text when there is none)
    clauses = (clause, _clause(after[found_after[2] :]) if found_after[2] else clause)
    measure = unit_after(after, rules.units) if rules.units is not None else None
    measure_end = 0
    if measure is not None and rules.units is not None and rules.units.re_after is not None:
        m = rules.units.re_after.match(after)  # what unit_after read
        measure_end = m.end() if m is not None else 0
    time_unit = _RE_TIME_UNIT.match(what)
    # the time unit's words end: only for a noun phrase read right after the number (not a compound's)
    time_end = what_start + time_unit.end() if time_unit is not None and not compound else 0
    return what, what_end, time_unit is not None, found_after, clauses, measure, measure_end, time_end


# families of data/claims_units.yaml whose units name what is counted ("300 homes", "12 votes", "500
# jobs"), not a measure: like a counted noun ("15,000 people"), their word stays out of a claim's phrase span
_COUNTED_FAMILIES = frozenset({"households", "votes", "jobs"})


def _measures(unit: str, rules: _Rules) -> bool:
    """Whether ``unit`` (one of the unit vocabulary's) is a unit of measure, not of counted things."""
    return rules.units is not None and rules.units.families.get(unit) not in _COUNTED_FAMILIES


def _span_tail(
    q_after: int, counted: str, unit: str | None, measured: bool, measure_end: int, time_end: int
) -> int:
    """How many characters after the number the claim's phrase span takes in: a hedge right after it
    (``q_after``: "12 or more"), the words of its unit of measure when the claim's unit is the one named
    right after the number (``measured``: "about 275 kg", "75 miles per hour"), or the time unit a
    duration counts ("45 minutes"). A counted noun ("15,000 people", "300 homes") is not part of it,
    as in the gold sets' annotation format.

    >>> _span_tail(0, "other", "kg", True, 3, 0), _span_tail(8, "other", None, False, 0, 0)
    (3, 8)
    >>> _span_tail(0, "duration", "minutes", False, 0, 8), _span_tail(0, "displaced", "people", False, 0, 0)
    (8, 0)
    """
    tail = q_after
    if counted == "duration":
        tail = max(tail, time_end)
    elif measured and unit is not None:
        tail = max(tail, measure_end)
    return tail


def _clause(text: str) -> str:
    """``text`` up to its first clause break."""
    clause = _RE_CLAUSE_BREAK.search(text)
    return text[: clause.start()] if clause else text


def _resumed(after: str, inside: bool) -> str | None:
    """:func:`_resumed_clause`, remembered by its arguments (it reads no rule)."""
    key = (after, inside)
    hit = _RESUMED_MEMO.get(key, _MISSING)
    if hit is _MISSING:
        hit = _RESUMED_MEMO.put(key, _resumed_clause(after, inside))
    return hit  # type: ignore[no-any-return]


def _rule_index(rule: str) -> int:
    return int(rule.rsplit(":", 1)[1])


def _resumed_clause(after: str, inside: bool = False) -> str | None:
    """The number's noun phrase joined to the clause that resumes after up to three parentheticals
    (``, including nine South Africans,``, `` — half of them children —``), when that clause starts
    with a verb; else None. ``inside``: the number itself sits in a parenthetical ("including six
    children, were killed"), so the clause may resume right after its noun phrase."""
    head = _RE_PAREN_HEAD.match(after)
    head_end = pos = head.end() if head else 0
    for n in range(4):
        if n or inside:
            close = _RE_PAREN_CLOSE.match(after, pos)
            if close and _RE_PREDICATE_START.match(after, close.end()):
                rest = after[close.end() :]
                clause = _RE_CLAUSE_BREAK.search(rest)
                return after[:head_end] + " " + (rest[: clause.start()] if clause else rest)
        if n == 3:
            break
        if after.startswith(")", pos):
            pos += 1
        seg = _RE_PAREN_SEGMENT.match(after, pos)
        if not seg:
            break
        pos = seg.end()
    return None


_YEARS_IN = {"decades": 10.0, "centuries": 100.0}  # durations counted in these units are read in years


def _read_claim(
    text: str,
    sp: NumberSpan,
    rules: _Rules,
    prev: tuple[Any, ...] | None,
    possible: Any = None,
    fold: bool = True,
    memos: _Memos | None = None,
    including: bool = True,
) -> tuple[Any, ...] | None:
    """The fields of the claim the number ``sp`` makes in ``text`` (``_CLAIM_FIELDS``), then how many
    characters before and after the number its phrase span takes in (its hedge, its unit: see
    :func:`_span_tail`); None: not a claim. ``prev``: the claim before it in the sentence that counted
    something (its noun and category carry over). ``including``: False where ``text`` holds none of
    ``_INCLUDING_WORDS`` (``_RE_INCLUDING`` cannot match in it: not searched)."""
    if memos is None:
        memos = _Memos(rules)
    a, b = sp.start, sp.end
    after = text[b:]
    before = text[:a]
    # what the text after the number alone decides, remembered by that text (see _read_after)
    key = (after, bool(sp.compound))
    hit = memos.after.get(key)
    if hit is None:
        hit = memos.after.put(key, _read_after(after, key[1], rules, memos))
    what, what_end, time_unit, found_after, clauses, measure, measure_end, time_end = hit
    is_duration = bool(sp.compound and sp.compound.rstrip("s") in _TIME_UNITS) or time_unit
    qualifier, q_before, q_after = _qualifier(before, after, rules, is_duration, what_end, found_after, memos)
    before_q = before[: len(before) - q_before]
    lead = q_before
    if (
        q_before
        and rules.q_outside_span
        and _RE_SPACES.sub(" ", before[-q_before:].strip().lower()) in rules.q_outside_span
    ):
        lead = 0  # "an estimated 300": the qualifier is "about", the phrase is "300"
    after_q = clauses[0] if q_after == 0 else clauses[1]  # q_after is 0 or what found_after uses
    counted, rule = _categorise(sp, what, before_q, after_q, rules, possible, fold, time_unit, memos)
    if rule == "default" or rule.startswith("what:"):
        # the verb may come after parentheticals: "13 peacekeepers, including nine South Africans,
        # have been killed"; a verb rule of the resumed clause wins over the noun or nothing
        resumed = _resumed(after[q_after:], including and _RE_INCLUDING.search(before_q) is not None)
        if resumed is not None:
            counted2, rule2 = _categorise(
                sp, what, before_q, resumed, rules, fold=fold, time_unit=time_unit, memos=memos
            )
            if rule2.startswith("after:") and (rule == "default" or _rule_index(rule2) < _rule_index(rule)):
                counted, rule = counted2, rule2
    if counted in _THINGS_MISREAD and what and rule.startswith("before:") and _counts_things(what, rules):
        # a verb before the number says who is counted only when its noun counts people: "released
        # 70 prisoners", but not "released 70 policy plans", "captured 12 towns" nor "its 2,000 stores"
        counted, rule = "other", "what:things"
    if prev is not None and not what:
        if counted == "other":
            counted, rule, what = prev[_COUNTED], "inherited", prev[_WHAT]
        elif counted == prev[_COUNTED]:
            what = prev[_WHAT]
    elif prev is not None and rule == "default" and including and _RE_INCLUDING.search(before_q):
        counted, rule = prev[_COUNTED], "inherited"  # "..., including 35 soldiers and 32 gunmen"
    if sp.value == 1 and sp.form == "cardinal" and not sp.is_range and _RE_ONE.fullmatch(sp.text):
        # "one" is a claim only when it counts something ("one soldier was killed"), not in
        # "said one woman" or "one of"
        if (
            (counted == "other" or (counted == "aid" and rule.startswith("what:")))
            and qualifier == "exact"
            and not _RE_ALL_BUT.search(before[-12:])
            and not ((what or _RE_PLACE_AFTER_ONE.match(after)) and _RE_LIST_BEFORE_ONE.search(before[-120:]))
        ):
            return None  # but "all but one of the member states" and "three for and one against" count
        if _RE_ONE_IDIOM.match(after) and not _RE_ALL_BUT.search(before[-12:]):
            return None
    if counted == "duration" and sp.compound is None and not what:
        return None
    if sp.weak and counted not in PEOPLE_COUNTED:
        return None  # "several" is a claim only when it counts casualties, detainees, ...
    # _unit reads only these of the span: remembered by them, the category and the noun phrase
    unit_key = (sp.unit, sp.form, sp.compound, counted, what, measure)
    unit = memos.unit.get(unit_key, _MISSING)
    if unit is _MISSING:
        unit = memos.unit.put(unit_key, _unit(sp, counted, what, rules, measure))
    value = sp.value
    if sp.form == "fraction" and value is not None:
        value, unit = value * 100, "percent"  # "half of" = 50 percent, as "50% of"
    if sp.vague and qualifier == "exact":
        qualifier = "about"  # "hundreds of" is an approximate amount
    value_low = sp.low if sp.low is not None else sp.value if sp.is_range else None
    value_high = sp.high
    factor = _YEARS_IN.get(unit) if counted == "duration" else None
    if factor is not None:
        # "three decades" is 30 years, "two centuries" 200: durations in years, as the annotation
        # conventions read them (a vague "decades" is 20 to 90 years)
        value, value_low, value_high, unit = (
            None if value is None else value * factor,
            None if value_low is None else value_low * factor,
            None if value_high is None else value_high * factor,
            "years",
        )
    if sp.is_range:
        # "between 30 and 40", "6% to 11%": one claim over the whole range, its bounds in
        # value_low/value_high, no single value, and approximate (as the annotation conventions say)
        value = None
        if qualifier == "exact":
            qualifier = "about"
    return (
        value,
        value_low,
        value_high,
        qualifier,
        counted,
        unit,
        what or None,
        sp.vague,
        rule,
        lead,
        _span_tail(
            q_after,
            counted,
            unit,
            unit is not None and unit == measure and _measures(unit, rules),
            measure_end,
            time_end,
        ),
    )  # as _CLAIM_FIELDS, then the chars before and after the number its phrase span takes in
