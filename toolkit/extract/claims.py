"""Numeric claims: what number, how hedged, counting what, on whose authority.

Tables in: ``sentences`` (plus, optionally, ``mentions`` and ``quotes``); ``articles`` for the
ledger. Tables out: ``claims`` (one row per numeric claim) and ``claim_ledger`` (claims of the
same ``counted``, place and source lined up over publication time).

Method: a rule-based reader. :func:`toolkit.extract.numbers.find_numbers` finds every number (digits,
words, scales, ranges, percentages, fractions, vague amounts) and drops dates, clock times, years
and labels. Around each number the sentence is read for the hedge before it (``at least``) or
after it (``or more``), the noun phrase it counts (``what``), the category (``counted``, by the
ordered rules of ``data/claims_categories.yaml``), and the source credited with it: ``according
to X``, ``X said/says/believes``, ``..., said X.``, ``X's tally``, or the speaker of a quote the
number sits in; "X promised/pledged/announced/estimated", "X's figures", and a company's own
results ("Acme made a profit of ...", "Acme's revenue rose ...") credit X. A source span
overlapping an actor mention gets that actor's id and label. Votes and results ("voted 5-2",
"won 3-1") are one claim of ``counted`` ``score``: ``value`` the first number as written,
``value_low``/``value_high`` the smaller and the larger. The ``unit`` comes only from a vocabulary
(:mod:`toolkit.extract.units`, ``data/claims_units.yaml``: units of measure, homes and households, votes,
jobs, counted things; currencies as ISO 4217 codes and percent from the number's form; people from
the person nouns), never from whatever word follows the number; money keeps its currency, and the
claim ledger lines money up per currency. Every word list is a data file (``data/claims_*.yaml``)
that users can extend with their own.

Speed: a sentence's text alone decides its numbers, cues and categories, so each distinct text is
read once per process; which regexes can match which text is worked out for all texts at once with
polars (Aho-Corasick anchors, supersets of the Python regexes), and the Python regexes then run
only where they can match. Within a text, what a step reads only in a short piece of it is
remembered by that piece (the words after a number, a source's text, the subject before a
reporting verb, the text after a claim; the first category rule that matches the noun phrase and
clause after a number, and the first that matches the text before it; a unit), and the cues of
texts that differ only in their digits are read once.

Caching: every memo lives in :mod:`toolkit.core.cache`. The rule set compiled from the packaged
``data/claims_*.yaml`` files and a user's ``categories=``/``qualifiers=``/``sources=`` files is built
once per version of those files (:func:`toolkit.core.cache.load`: keyed by each file's path,
modification time and size), so an edited file takes effect on the next call. Each memo is bounded
(the oldest eighth is dropped when it is full), belongs to one rule set (:func:`toolkit.core.cache.scoped`:
a new rule set starts with empty memos) unless it reads no rule, is read with one atomic ``get`` and
written under a lock, so several threads may share it. Each is a pure function of its key: the
tables are the same with the memos empty, warm, or evicted on every write (the tests check this,
with several threads). What a memo holds is made of tuples, strings and numbers only, which the
cyclic garbage collector stops tracking, so a large memo does not slow its passes.

>>> from toolkit.io.loading import read_articles
>>> from toolkit.text.tokenize import split_sentences
>>> arts = read_articles(["Strikes killed at least 31,988 people in Gaza, the health ministry says."]).articles
>>> c = extract_claims(split_sentences(arts))
>>> c.select("surface", "value", "qualifier", "counted", "unit", "what", "source_surface").rows()
[('31,988', 31988.0, 'at_least', 'killed', 'people', 'people', 'health ministry')]
"""

from __future__ import annotations

import itertools
import operator
import re
from collections.abc import Iterator
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

import polars as pl

from toolkit.core import cache
from toolkit.core.resources import load_yaml
from toolkit.core.schema import conform, empty, require_columns
from toolkit.extract.numbers import (
    _FOLD_GUARD,
    NumberSpan,
    _data_file,
    _find,
    _grammar,
    _matches,
    _memos,
    _packaged,
    _prefilter_exprs,
    _required_literals,
    _starts_expr,
    number_words_version,
)
from toolkit.extract.units import (
    UNITS_FILE,
    UnitVocabulary,
    load_unit_vocabulary,
    load_units,
    unit_after,
    unit_of_noun,
)

CATEGORIES_FILE = "claims_categories.yaml"
QUALIFIERS_FILE = "claims_qualifiers.yaml"
SOURCES_FILE = "claims_sources.yaml"

COUNTED = (
    "killed", "dead", "injured", "hostages", "prisoners", "arrested", "displaced", "population",
    "aid", "money", "percent", "duration", "ordinal", "score", "other",
)  # fmt: skip
QUALIFIERS = ("exact", "about", "at_least", "more_than", "nearly", "up_to", "fewer_than")
PEOPLE_COUNTED = {"killed", "dead", "injured", "hostages", "prisoners", "arrested", "displaced", "population"}
LEDGER_SKIP = ("ordinal", "duration", "score")  # votes and results are no running counts

_TIME_UNITS = {
    "second": "seconds", "minute": "minutes", "hour": "hours", "day": "days", "night": "nights",
    "week": "weeks", "month": "months", "year": "years", "decade": "decades", "century": "centuries",
}  # fmt: skip
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
_HEAD_AFTER_PERSON = {"deaths", "casualties", "fatalities", "bodies", "injuries", "families", "prisoners", "detainees", "hostages"}
_SKIP_WHAT_LEAD = {"presumed", "believed", "confirmed", "reported", "feared", "reportedly", "more", "other", "additional", "further"}

# regexes of the hot paths, compiled once
_RE_WHAT_TOKEN = re.compile(rf"({_WORD})|([,;:.()!?\[\]—–/%$€£])|[“”\"‘’«»]")
_RE_WORD = re.compile(_WORD)
_RE_TRAILING_DETERMINERS = re.compile(r"(?:\s+(?:all|the|another|other|additional|an additional|of|of the|a further|further))+\s*$")
_TRAILING_DETERMINER_ENDS = ("all", "the", "another", "other", "additional", "of", "further")  # its words' ends
_RE_SOURCE_LEAD = re.compile(r"^[\s,“”\"‘’(]*(?:(?:and|but|or|while|as|with)\s+)?(?:(?:the|a|an)\s+)?", re.I)
_RE_SOURCE_TAIL = re.compile(
    r"(?:\s+(?:on|in|late|early|this|last)\s+(?:monday|tuesday|wednesday|thursday|friday|saturday|sunday|a statement|week|month|year)"
    r"|\s+(?:monday|tuesday|wednesday|thursday|friday|saturday|sunday|today|yesterday))+[\s,.]*$|[\s,.;:”\"’)]+$",
    re.I,
)
_RE_CLAUSE_BREAK = re.compile(r"[,;:()—–]|\s(?:and|but|while|whereas)\s")
_RE_PLACE_CLAUSE_END = re.compile(r"[;:]|,\s+(?:the|a|an|according|said|says)\b|$")
_RE_PLACE_AFTER = re.compile(r"[^,;:.]*?\b(?:in|across|throughout|inside)\s+((?:the\s+)?[A-Z][\w’'\-]+(?:\s+[A-Z][\w’'\-]+)*)")
_RE_YEARS_OLD = re.compile(r"\s*years?[\s\-]+old\b", re.I)
_RE_TIME_UNIT = re.compile(rf"(?:{'|'.join(_TIME_UNITS)})s?\b", re.I)
_RE_SUBJECT_TOKEN = re.compile(rf"{_WORD}|[,;:()“”\"—–]")
_RE_DIGITS = re.compile(r"\d[\d,.]*")
_RE_PREP_SOURCE_END = re.compile(r"[,;:()—–“”\"]|(?<!\b[A-Z])\.|\s(?:that|which|who|and said|said|says)\b|$")
_RE_APOSTROPHE = re.compile(r"['’]")
_RE_COMPOUND_AFTER = re.compile(r"[\-–—][A-Za-z]+(?:[\-–—][A-Za-z]+)?\s*")
_RE_ONE = re.compile(r"(?i)one")
_RE_ONE_IDIOM = re.compile(r"\s+(?:of|another|day|time|way|side|thing|hand)\b", re.I)
_RE_SPACES = re.compile(r"\s+")
_RE_ED_ING = re.compile(r"(?:ed|ing)$")
_RE_POSSESSIVE_S = re.compile(r"['’]s$")
_RE_NEXT_WORD = re.compile(r"\s+([\w’'\-]+)")
_RE_DEMONYM = re.compile(r"[A-Z][a-z]+(?:ans|is|ese|ians|ers)")
_RE_VERB_CLAUSE_END = re.compile(r"(?:\s+[\w’'\-]+){0,4}?\s*(?:[,;:!?”\"’]|(?<!\b[A-Z])\.(?!\d)|$)")
_RE_INVERTED_SOURCE = re.compile(r"\s+((?:the|a|an)?\s*[\w’'\-]+(?:\s+[\w’'\-]+){0,10}?)\s*(?:[,.;]|$)")
_RE_CAPITALISED_OWNER = re.compile(r"((?:[A-Z][\w’'\-]*\.?\s+){0,5}[A-Z][\w’'\-]*)\s*$")
_RE_WORDLIKE = re.compile(r"[\w’']")
_RE_SUBJECT_OPENER = re.compile(r"(?:the|a|an|[A-Z])")
_RE_LAST_WORD = re.compile(r"([\w’'\-]+)\W*$")
_RE_AFTER_PREPOSITION = re.compile(r"\b(?:of|for|in|at|from|to|on|with|by|near|inside)\s+(?:the\s+)?$", re.I)
_RE_ADDING = re.compile(r"\badding\b", re.I)
# a clause boundary that a whole-sentence cue ("according to X") does not cross
_RE_SCOPE_SPLIT = re.compile(r";|,\s+(?:while|whereas|but)\b")
# words before a reporting-verb form that make it a noun or adjective ("an estimated 80%", "some estimates")
_NOT_VERB_AFTER = frozenset(
    "a an the some these those its their his her our official latest new other many most several "
    "conservative independent unofficial earlier previous initial no".split()
)
_LOWER_OWNERS = frozenset("some other official independent unofficial conservative government local several many most".split())
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
# a conversion in brackets right after the figure it converts: "10 million rand ($557,000)"
_RE_CONVERSION_GAP = re.compile(r"\s*\(\s*(?:about|around|roughly|some|approximately|or|c\.|~)?\s*")


# --------------------------------------------------------------------------- rules


_SERIALS = itertools.count()  # a number of its own for every rule set built in this process


@dataclass(frozen=True)
class _Rules:
    categories: tuple[tuple[str, str, re.Pattern[str], float | None], ...]
    case_scoped: frozenset[int]  # category rules that switch case-insensitivity off somewhere, "(?-i:...)"
    category_needs: tuple[frozenset[str] | None, ...]  # per rule: one of these is in any text it matches
    person_nouns: frozenset[str]
    q_before: tuple[tuple[re.Pattern[str], str], ...]
    q_before_index: dict[str, tuple[int, ...]]  # lower-cased last word of a q_before phrase -> its rows
    q_before_always: tuple[int, ...]  # q_before rows with no usable last word: always tried
    q_before_key_lengths: tuple[int, ...]
    q_after: tuple[tuple[re.Pattern[str], str], ...]
    q_after_any: re.Pattern[str] | None  # the q_after patterns as one alternation, one group each, in order
    q_not_before_durations: frozenset[str]
    verbs: re.Pattern[str]
    preps: re.Pattern[str]
    possessive: re.Pattern[str]
    adverbs: frozenset[str]
    boundaries: frozenset[str]
    not_sources: frozenset[str]
    pronouns: frozenset[str]
    appositive_openers: frozenset[str]
    version: str
    anchors: tuple[tuple[str, tuple[str, ...]], ...]  # cue stage -> the words its matches start with
    cues_digit_blind: bool  # no source word holds a digit 1-9: the cues of a text are those of it with each made 0
    category_table: tuple[_CategoryRow, ...] = ()  # per category rule, what _categorise reads of it
    category_min_values: tuple[float, ...] = ()  # the distinct min_values of the category rules
    subject_memo_ok: bool = False  # no adverb is one of _SUBJECT_STOPS (see _subject_before)
    units: UnitVocabulary | None = None  # the unit vocabulary (toolkit.extract.units)
    phrase_heads: frozenset[str] = frozenset()  # unit words that end the noun phrase counted (as person nouns do)
    possessive_tail: re.Pattern[str] | None = None  # "'s figures" ending a verb's subject: the owner is the source
    # never reused in this process (a copy made with dataclasses.replace gets a new one): keys memos
    serial: int = field(default_factory=_SERIALS.__next__, init=False, compare=False)


_POSSESSIVE_ADJ = ("latest", "new", "own", "official", "daily", "updated")


def _alt(words: list[str]) -> str:
    return "|".join(re.escape(w).replace(r"\ ", r"\s+") for w in sorted(set(words), key=len, reverse=True))


def load_claim_rules(
    *,
    categories: str | Path | None = None,
    qualifiers: str | Path | None = None,
    sources: str | Path | None = None,
    units: str | Path | None = None,
) -> dict[str, Any]:
    """The packaged claim rules, with a user's files merged in (their category rules first; a
    user's units over the packaged ones, see :func:`toolkit.extract.units.load_units`).

    >>> rules = load_claim_rules()
    >>> rules["qualifiers"]["before"]["at least"], rules["categories"]["rules"][0]["counted"]
    ('at_least', 'dead')
    """
    cat = dict(load_yaml(_packaged(CATEGORIES_FILE)))
    qual = dict(load_yaml(_packaged(QUALIFIERS_FILE)))
    src = dict(load_yaml(_packaged(SOURCES_FILE)))
    if categories:
        user = load_yaml(categories) or {}
        cat["rules"] = [*user.get("rules", []), *cat["rules"]]
        cat["person_nouns"] = [*cat["person_nouns"], *user.get("person_nouns", [])]
        cat["version"] = f"{cat['version']}+{Path(str(categories)).name}"
    if qualifiers:
        user = load_yaml(qualifiers) or {}
        for k in ("before", "after"):
            qual[k] = {**qual[k], **user.get(k, {})}
    if sources:
        user = load_yaml(sources) or {}
        for k, v in user.items():
            if isinstance(v, list) and isinstance(src.get(k), list):
                src[k] = [*src[k], *v]
    for rule in cat["rules"]:
        if rule.get("counted") not in COUNTED:
            raise ValueError(f"category rule {rule!r}: counted must be one of {', '.join(COUNTED)}")
    for k in ("before", "after"):
        for phrase, q in qual[k].items():
            if q not in QUALIFIERS:
                raise ValueError(f"qualifier {phrase!r} -> {q!r}: must be one of {', '.join(QUALIFIERS)}")
    return {"categories": cat, "qualifiers": qual, "sources": src, "units": load_units(units)}


def _rules(
    categories: str | Path | None = None,
    qualifiers: str | Path | None = None,
    sources: str | Path | None = None,
    units: str | Path | None = None,
) -> _Rules:
    """The rule set of the packaged files and a user's, built once per version of those files
    (:func:`toolkit.core.cache.load`): an edited file gives a new rule set, with empty memos, on the next call."""
    files = (
        _packaged(CATEGORIES_FILE), _packaged(QUALIFIERS_FILE), _packaged(SOURCES_FILE), _packaged(UNITS_FILE),
        *(_data_file(p) if p else None for p in (categories, qualifiers, sources, units)),
    )  # fmt: skip
    given = (categories, qualifiers, sources, units)
    kind = "claims.rules:" + "".join(c if p else "-" for c, p in zip("cqsu", given, strict=True))
    return cache.load(kind, files, lambda: _build_rules(categories, qualifiers, sources, units))


def _build_rules(
    categories: str | Path | None, qualifiers: str | Path | None, sources: str | Path | None, units: str | Path | None = None
) -> _Rules:
    """The rule set of :func:`_rules`, from the files."""
    d = load_claim_rules(categories=categories, qualifiers=qualifiers, sources=sources)
    cat, qual, src = d["categories"], d["qualifiers"], d["sources"]
    vocab = load_unit_vocabulary(units)
    person_nouns = frozenset(w.lower() for w in cat["person_nouns"])
    owner_nouns = [*src["possessive_nouns"], *src.get("owner_nouns", [])]
    results = src.get("results_verbs") or []
    result_nouns = src.get("results_nouns") or []
    verbs_re = rf"\b(?:{_alt(src['verbs'])})\b"
    if results and result_nouns:
        # "Acme made a profit of", "Shell posted record earnings": the company's own results
        verbs_re += rf"|\b(?:{_alt(results)})\b(?=(?:\s+[\w’'£$€.,\-]+){{0,4}}?\s+(?:{_alt(result_nouns)})\b)"
    rules = []
    for r in cat["rules"]:
        where = next(k for k in ("what", "after", "before") if k in r)
        rules.append((r["counted"], where, re.compile(r[where], re.I), r.get("min_value")))
    qb = tuple(
        (re.compile(rf"(?:^|(?<=[\s(“\"‘]))(?:{re.escape(p).replace(chr(92) + ' ', chr(92) + 's+')})\s*$", re.I), q)
        for p, q in sorted(qual["before"].items(), key=lambda kv: -len(kv[0]))
    )
    q_index: dict[str, list[int]] = {}
    q_always = []
    for i, (p, _) in enumerate(sorted(qual["before"].items(), key=lambda kv: -len(kv[0]))):
        last = p.split()[-1] if p.split() else ""
        if last and last.isascii():
            q_index.setdefault(last.lower(), []).append(i)
        else:
            q_always.append(i)
    qa = tuple(
        (re.compile(rf"^\s*(?:{re.escape(p).replace(chr(92) + ' ', chr(92) + 's+')})(?![\w])", re.I), q)
        for p, q in sorted(qual["after"].items(), key=lambda kv: -len(kv[0]))
    )
    needs = tuple(_required_literals(r[2]) for r in rules)
    case_scoped = frozenset(i for i, r in enumerate(rules) if re.search(r"\(\?[aiLmsux]*-[imsx]*i", r[2].pattern))
    table = tuple(
        (counted, where, pat, None if min_value is None else float(min_value),
         None if need is None else tuple(sorted(need)), f"{where}:{i}", i in case_scoped)
        for i, ((counted, where, pat, min_value), need) in enumerate(zip(rules, needs, strict=True))
    )  # fmt: skip
    adverbs = frozenset(w.lower() for w in src["adverbs"])
    return _Rules(
        categories=tuple(rules),
        category_needs=needs,
        case_scoped=case_scoped,
        person_nouns=person_nouns,
        q_before=qb,
        q_before_index={k: tuple(v) for k, v in q_index.items()},
        q_before_always=tuple(q_always),
        q_before_key_lengths=tuple(sorted({len(k) for k in q_index})),
        q_after=qa,
        q_after_any=re.compile("|".join(f"({p.pattern[1:]})" for p, _ in qa), re.I) if qa else None,
        q_not_before_durations=frozenset(qual.get("not_before_durations", [])),
        verbs=re.compile(verbs_re, re.I),
        preps=re.compile(rf"\b(?:{_alt(src['prepositions'])})\s+", re.I),
        possessive=re.compile(
            rf"(?:['’]s?\s+)?(?:(?:{'|'.join(_POSSESSIVE_ADJ)})\s+)*(?:{_alt(src['possessive_nouns'])})\b"
            + (rf"|['’]s?\s+(?:(?:{'|'.join(_POSSESSIVE_ADJ)})\s+)*(?:{_alt(src['owner_nouns'])})\b" if src.get("owner_nouns") else ""),
            re.I,
        ),
        adverbs=adverbs,
        boundaries=frozenset(w.lower() for w in src["boundaries"]),
        not_sources=frozenset(w.lower() for w in src["not_sources"]),
        pronouns=frozenset(w.lower() for w in src.get("pronouns", [])),
        appositive_openers=frozenset(w.lower() for w in src.get("appositive_openers", [])),
        version=f"{CATEGORIES_FILE} v{cat['version']}",
        cues_digit_blind=not any(
            re.search("[1-9]", str(w))
            for k in ("verbs", "prepositions", "possessive_nouns", "adverbs", "boundaries", "not_sources", "pronouns",
                      "appositive_openers", "owner_nouns", "results_verbs", "results_nouns")
            for w in src.get(k, [])
        ),
        anchors=(
            ("preps", tuple(src["prepositions"])),
            ("verbs", (*src["verbs"], *results)),
            ("possessive", ("'", "’", *_POSSESSIVE_ADJ, *src["possessive_nouns"])),
        ),
        category_table=table,
        category_min_values=tuple(sorted({row[3] for row in table if row[3] is not None})),
        subject_memo_ok=_SUBJECT_STOPS.isdisjoint(adverbs),
        units=vocab,
        phrase_heads=vocab.phrase_ends,
        possessive_tail=re.compile(
            rf"['’]s?\s+(?:(?:{'|'.join(_POSSESSIVE_ADJ)})\s+)*(?:{_alt(owner_nouns)})$", re.I
        ),
    )


_SMALL_MEMO_SIZE = 100_000  # entries of a memo keyed by a short piece of text
_SENTENCE_MEMO_SIZE = 50_000  # sentence texts remembered per rule set (a few hundred MB at most)


class _Memos:
    """The memos of one rule set (:func:`toolkit.core.cache.scoped`), looked up once per call and handed to
    the readers: ``sentences`` (what a sentence's text decides, by the grammar's serial and the
    text), ``cues`` (by the text with its digits made 0), ``q_before`` and ``q_order`` (the text
    before a number), ``what`` and ``after`` (the text after it), ``category_after`` and
    ``category_before`` (the first category rule that matches), ``subject`` (the text before a
    reporting verb), ``unit``, ``possible`` (the category rules a text's words allow)."""

    __slots__ = ("sentences", "cues", "q_before", "q_order", "what", "after", "category_after", "category_before",
                 "subject", "unit", "possible")  # fmt: skip
    sentences: cache.Memo[tuple[_Claim, ...]]
    cues: cache.Memo[tuple[_Cue, ...]]
    q_before: cache.Memo[tuple[str, int] | None]
    q_order: cache.Memo[Any]
    what: cache.Memo[tuple[str, int, int]]
    after: cache.Memo[_After]
    category_after: cache.Memo[int | None]
    category_before: cache.Memo[int | None]
    subject: cache.Memo[tuple[tuple[int, int] | None, bool]]
    unit: cache.Memo[str | None]
    possible: cache.Memo[tuple[int, ...]]

    def __init__(self, rules: _Rules) -> None:
        for name in self.__slots__:
            size = _SENTENCE_MEMO_SIZE if name == "sentences" else _SMALL_MEMO_SIZE
            setattr(self, name, cache.scoped(f"claims.{name}", rules, size))


_SOURCE_MEMO = cache.memo("claims.source", _SMALL_MEMO_SIZE)  # source span text -> what _trim_source says
_RESUMED_MEMO = cache.memo("claims.resumed", _SMALL_MEMO_SIZE)  # (text after a number, inside) -> _resumed_clause
_MISSING = cache.MISSING


# --------------------------------------------------------------------------- reading one number


def _qualifier(
    before: str,
    after: str,
    rules: _Rules,
    is_duration: bool,
    what_end: int = 0,
    found_after: tuple[str, int, int] | None = None,
    memos: _Memos | None = None,
) -> tuple[str, int, int]:
    """(qualifier, chars of ``before`` it uses, chars of ``after`` it uses). What ``before`` alone
    decides (:func:`_q_before`) is remembered by it (wire copy repeats the words before its
    figures). ``found_after``: what :func:`_q_after` says of ``after`` and ``what_end``, if known.
    ``memos``: those of ``rules`` (looked up when None)."""
    if memos is None:
        memos = _Memos(rules)
    key = (before, is_duration)
    found = memos.q_before.get(key, _MISSING)
    if found is _MISSING:
        found = memos.q_before.put(key, _q_before(before, rules, is_duration, memos.q_order))
    if found is not None:
        return found[0], found[1], 0
    return found_after if found_after is not None else _q_after(after, rules, what_end)


def _q_before(before: str, rules: _Rules, is_duration: bool, order_memo: cache.Memo[Any] | None = None) -> tuple[str, int] | None:
    """The qualifier phrase ``before`` ends with: (qualifier, chars it uses), or None.
    ``order_memo``: where :func:`_q_order` is remembered by the tail of ``before`` (None: not)."""
    # A before-phrase can match only where ``before`` ends with its last word (then spaces): try
    # just those phrases, in their order, unless a character that re.I folds to ASCII is there.
    lengths = rules.q_before_key_lengths
    tail = before.rstrip()[-lengths[-1] :] if lengths else ""
    order = order_memo.get(tail) if order_memo is not None else None
    if order is None:
        order = _q_order(tail, rules)
        if order_memo is not None:
            order_memo.put(tail, order)
    for i in order:
        pat, q = rules.q_before[i]
        m = pat.search(before)
        if m:
            word = _RE_SPACES.sub(" ", m.group().strip().lower())
            if is_duration and word in rules.q_not_before_durations:
                break
            return q, len(before) - m.start()
    return None


def _q_after(after: str, rules: _Rules, what_end: int) -> tuple[str, int, int]:
    """The qualifier phrase after the number (or after its noun phrase, which ends at
    ``what_end``): (qualifier, 0, chars of ``after`` it uses); "exact" for none."""
    # the q_after patterns are tried in order, each on ``after`` then on what follows the noun
    # phrase; one alternation of them (a group per pattern, each anchored) finds the first that
    # matches each text, and the earlier of the two wins (``after`` on a tie)
    any_after = rules.q_after_any
    if any_after is None:
        return "exact", 0, 0
    m = any_after.match(after)
    mw = any_after.match(after, what_end) if what_end else None
    if mw is not None and (m is None or mw.lastindex < m.lastindex):  # type: ignore[operator]
        return rules.q_after[mw.lastindex - 1][1], 0, 0  # type: ignore[operator]  # "20 people or more"
    if m is not None:
        return rules.q_after[m.lastindex - 1][1], 0, m.end()  # type: ignore[operator]
    return "exact", 0, 0


def _q_order(tail: str, rules: _Rules) -> Any:
    """The q_before rows worth trying where ``before`` ends with ``tail``: those whose phrase's
    last word ends it, in order (all rows when a character that re.I folds to ASCII is there)."""
    lengths = rules.q_before_key_lengths
    if not lengths or any(c in tail for c in _FOLD_GUARD):
        return range(len(rules.q_before))
    tail = tail.lower()
    index = rules.q_before_index
    tried = set(rules.q_before_always)
    for n in lengths:
        tried.update(index.get(tail[-n:], ()))
    return tuple(sorted(tried))


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


def _read_what(after: str, person_nouns: frozenset[str] = frozenset(), heads: frozenset[str] = frozenset()) -> tuple[str, int, int]:
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
        first = memos.category_after.put(key_a, _first_rule_after(what, after, table, min_values, possible, fold, passes))
    key_b = (before, possible, fold, passes, first)
    first_b = memos.category_before.get(key_b, _MISSING)
    if first_b is _MISSING:
        first_b = memos.category_before.put(key_b, _first_rule_before(before, table, min_values, possible, fold, passes, first))
    if first_b is not None:
        first = first_b
    if first is None:
        return "other", "default"
    return table[first][0], table[first][5]


_CategoryRow = tuple[str, str, re.Pattern[str], float | None, tuple[str, ...] | None, str, bool]


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
        word = (span.compound or _head(_RE_WORD.match(what).group() if _RE_WORD.match(what) else "")).split("-")[0]  # type: ignore[union-attr]
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


# --------------------------------------------------------------------------- sources

# A source cue: (start, end: the source's span within the sentence; scope: before, after, all or
# adjacent (the number right before the source); at: where the cue sits, for distance; kind).
# A plain tuple of numbers and strings, which the garbage collector stops tracking once a memo holds it.
_Cue = tuple[int, int, str, int, str]


def _clean_source(text: str, a: int, b: int) -> tuple[int, int]:
    """Trim punctuation, leading articles and trailing time words from a source span. A pure
    function of ``text[a:b]`` (sources repeat: "the UN", "the health ministry"): remembered."""
    seg = text[a:b]
    hit = _SOURCE_MEMO.get(seg)
    if hit is None:
        hit = _SOURCE_MEMO.put(seg, _trim_source(seg))
    lead, length = hit
    return a + lead, b if length is None else a + lead + length


def _trim_source(seg: str) -> tuple[int, int | None]:
    """(characters to trim from the front of ``seg`` (punctuation, a leading conjunction or
    article), length of what is left when the end is trimmed too (time words, punctuation), else None)."""
    m = _RE_SOURCE_LEAD.match(seg)
    lead = m.end() if m else 0
    m2 = _RE_SOURCE_TAIL.search(seg[lead:])
    return lead, m2.start() if m2 else None


def _subject_before(
    text: str, v: int, rules: _Rules, *, after_number: list[bool] | None = None, memos: _Memos | None = None
) -> tuple[int, int] | None:
    """:func:`_walk_subject`, remembered by the text it reads: the walk back from ``v``
    stops at the last punctuation mark of ``_SUBJECT_STOPS`` before it (a word of its own that is
    not word-like; none is an adverb, else ``rules.subject_memo_ok`` is False and nothing is
    remembered) exactly as at the start of the text, so the answer is a pure function of the text
    from there to ``v`` ("the UN", "the health ministry") and the two characters after it
    (``_RE_SUBJECT_OPENER`` reads up to three from the phrase's start)."""
    if not rules.subject_memo_ok:
        return _walk_subject(text, v, rules, after_number=after_number)
    if memos is None:
        memos = _Memos(rules)
    stop = _RE_SUBJECT_STOP.search(text[v - 1 :: -1]) if v > 0 else None  # the last one, read backwards
    cut = v - stop.start() if stop else 0
    # the words end at v; a determiner test at the phrase's start reads up to 3 characters on
    key = (text[cut : v + 2], v - cut, after_number is not None)
    hit = memos.subject.get(key)
    if hit is None:
        flag = [False]
        span = _walk_subject(key[0], key[1], rules, after_number=flag if key[2] else None)
        hit = memos.subject.put(key, (span, flag[0]))
    span, flag_set = hit
    if flag_set and after_number is not None:
        after_number[0] = True
    return None if span is None else (span[0] + cut, span[1] + cut)


_SUBJECT_STOPS = frozenset(",;:()“”\"—–")  # _RE_SUBJECT_TOKEN's one-character words
_RE_SUBJECT_STOP = re.compile("[" + re.escape("".join(sorted(_SUBJECT_STOPS))) + "]")


def _walk_subject(text: str, v: int, rules: _Rules, *, after_number: list[bool] | None = None) -> tuple[int, int] | None:
    """The noun phrase ending just before position ``v`` (a reporting verb), back to a boundary.
    With ``after_number``, a phrase opened by a determiner or a capital right after a number is
    taken ("34 the Israeli military says are dead") and ``after_number[0]`` is set."""
    words = list(_RE_SUBJECT_TOKEN.finditer(text[:v]))
    end = None
    start = None
    n = 0
    for m in reversed(words):
        w = m.group()
        lw = w.lower()
        if end is None:
            if lw in rules.adverbs:
                continue
            if lw in ("is", "are", "was", "were", "be", "been", "being"):
                return None  # passive: "33 are believed dead"
            if not _RE_WORDLIKE.match(w):
                return None
            end = m.end()
        if not _RE_WORDLIKE.match(w) or lw in rules.boundaries:
            break
        if _RE_DIGITS.fullmatch(w):
            if after_number is not None and start is not None and _RE_SUBJECT_OPENER.match(text, start):
                after_number[0] = True
                break
            return None
        start = m.start()
        n += 1
        if n > 12:
            return None
    if start is None or end is None:
        return None
    phrase = text[start:end].lower().strip()
    if (phrase in rules.not_sources and phrase not in rules.pronouns) or phrase in ("the", "a", "an"):
        return None
    return start, end


def _cues(text: str, rules: _Rules, hints: dict[str, Any] | None = None, memos: _Memos | None = None) -> tuple[_Cue, ...]:
    """Source cues of a sentence; ``hints`` (per stage: preps, verbs, possessive) spare regex
    scans that cannot match (see ``numbers._matches``). ``memos``: those of ``rules`` (looked up when None)."""
    if memos is None:
        memos = _Memos(rules)
    hint = (hints or {}).get
    cues: list[_Cue] = []
    for m in _matches(rules.preps, text, hint("preps", True)):
        end_m = _RE_PREP_SOURCE_END.search(text[m.end() :])
        b = m.end() + (end_m.start() if end_m else len(text) - m.end())
        a, b = _clean_source(text, m.end(), b)
        if b > a:
            cues.append((a, b, "all", m.start(), "according_to"))
    for m in _matches(rules.verbs, text, hint("verbs", True)):
        at = m.start()
        if any(c[0] <= at < c[1] for c in cues):
            continue
        word_before = _RE_LAST_WORD.search(text, max(0, m.start() - 20), m.start())
        if word_before and word_before.group(1).lower() in _NOT_VERB_AFTER and text[word_before.end(1) : m.start()].isspace():
            continue  # "an estimated 80%", "some estimates": not a reporting verb
        after_number = [False]
        subj = _subject_before(text, m.start(), rules, after_number=after_number, memos=memos)
        appositive = subj is None
        if appositive:
            subj = _subject_before_appositive(text, m.start(), rules, memos)
        if subj is not None:
            pre = "" if appositive else text[: subj[0]].rstrip(" “”\"‘’")
            a, b = _clean_source(text, *subj)
            if b <= a:
                continue
            tail = rules.possessive_tail.search(text, a, b) if rules.possessive_tail is not None else None
            if tail is not None and tail.start() > a:
                b = tail.start()  # "The Met Office's figures showed": the owner is the source
            # the clause-end test only where the subject follows a clause break
            trailing = bool(pre) and pre[-1] in ",;—–" and _RE_VERB_CLAUSE_END.match(text[m.end() :]) is not None
            scope = "adjacent" if after_number[0] else "before" if trailing else "after"
            kind = "pronoun" if text[a:b].lower() in rules.pronouns else "verb"
            cues.append((a, b, scope, m.start(), kind))
            continue
        # inverted: "..., said the health ministry."
        pre = text[: m.start()].rstrip()
        if pre.endswith((",", "”", "\"", "’")):
            inv = _RE_INVERTED_SOURCE.match(text[m.end() :])
            if inv:
                a, b = _clean_source(text, m.end() + inv.start(1), m.end() + inv.end(1))
                if b > a and text[a:b].lower() not in rules.not_sources:
                    cues.append((a, b, "before", m.start(), "verb"))
    for m in _matches(rules.possessive, text, hint("possessive", True)):
        ms, me = m.span()
        if any(c[0] <= ms and me <= c[1] for c in cues):
            continue
        if any(c[0] <= ms < c[1] + 1 and c[4] == "according_to" for c in cues):
            continue
        if _RE_APOSTROPHE.match(m.group()):  # "the ministry's tally": the owner before the 's
            subj = _subject_before(text, m.start(), rules, memos=memos)
            span = _clean_source(text, *subj) if subj else None
        else:  # "an AFP tally": capitalised words before the noun
            own = _RE_CAPITALISED_OWNER.search(text[: m.start()])
            span = _clean_source(text, own.start(1), own.end(1)) if own else None
            if span is None or span[1] <= span[0]:
                # "some estimates put the toll at": the quantifier and the noun, for what follows
                word_before = _RE_LAST_WORD.search(text, max(0, m.start() - 20), m.start())
                if word_before and word_before.group(1).lower() in _LOWER_OWNERS and text[word_before.end(1) : m.start()].isspace():
                    cues.append((word_before.start(1), m.end(), "after", m.start(), "possessive"))
                continue
        if span and span[1] > span[0]:
            cues.append((span[0], span[1], "all", m.start(), "possessive"))
    # "..., the agency said, adding that ...": "adding" takes the subject of the reporting verb before it
    if "adding" in text or "Adding" in text:
        for m in _RE_ADDING.finditer(text):
            main = [c for c in cues if c[4] in ("verb", "pronoun") and c[3] < m.start()]
            if main:
                c = max(main, key=_CUE_AT)
                cues.append((c[0], c[1], "after", m.start(), c[4]))
    return tuple(cues)


_CUE_AT = operator.itemgetter(3)


def _subject_before_appositive(text: str, v: int, rules: _Rules, memos: _Memos | None = None) -> tuple[int, int] | None:
    """The subject of a reporting verb at ``v`` behind an appositive: "The Syrian Observatory for
    Human Rights, a UK-based monitoring group, said" -> the span of "The Syrian Observatory ..."."""
    pre = text[:v].rstrip()
    if pre.endswith(")"):  # "The UN refugee agency (UNHCR) says"
        opening = pre.rfind("(", max(0, len(pre) - 40))
        return _subject_before(text, opening, rules, memos=memos) if opening > 0 else None
    if not pre.endswith(","):
        return None
    close = len(pre) - 1
    opening = pre.rfind(",", max(0, close - 120), close)
    if opening < 0:
        return None
    appositive = pre[opening + 1 : close].split()
    if 1 <= len(appositive) <= 3 and all(w[:1].isupper() for w in appositive):
        # "The UN agency for Palestinian refugees, UNRWA, said": the name itself
        start = opening + 1 + (len(pre[opening + 1 : close]) - len(pre[opening + 1 : close].lstrip()))
        return start, close
    if not 1 <= len(appositive) <= 12 or appositive[0].lower() not in rules.appositive_openers:
        return None
    return _subject_before(text, opening, rules, memos=memos)


def _pick_cue(cues: tuple[_Cue, ...], a: int, b: int, text: str = "") -> _Cue | None:
    """The cue that credits the number at ``a``-``b``: an "according to" cue before any other, then the nearest."""
    best: tuple[int, int, _Cue] | None = None
    for c in cues:
        start, _, scope, at, kind = c
        if start <= a < c[1]:
            continue
        if scope == "before" and start < b:
            continue
        if scope == "after" and at > a:
            continue
        if scope == "adjacent" and (start < b or text[b:start].strip().lower() not in ("", "the", "a", "an")):
            continue  # "including 34 the Israeli military says are dead": that number only
        if scope == "all" and kind != "verb" and _RE_SCOPE_SPLIT.search(text, min(b, at), max(a, at)):
            continue  # "..., according to a UN report, while gangs control 80%"
        pri = 0 if kind == "according_to" else 1
        dist = abs(at - a)
        key = (pri, dist)
        if best is None or key < best[:2]:
            best = (pri, dist, c)
    return best[2] if best else None


# --------------------------------------------------------------------------- the table


def _empty_claims() -> pl.DataFrame:
    return empty("claims")


def extract_claims(
    sentences: pl.DataFrame,
    *,
    mentions: pl.DataFrame | None = None,
    quotes: pl.DataFrame | None = None,
    categories: str | Path | None = None,
    qualifiers: str | Path | None = None,
    sources: str | Path | None = None,
    numbers: str | Path | None = None,
    units: str | Path | None = None,
) -> pl.DataFrame:
    """One row per numeric claim in ``sentences`` (the ``claims`` table).

    ``mentions`` resolve sources (and places) to actors; ``quotes`` credit numbers inside a quote
    to its speaker. A pronoun source ("It said", "..., he said") keeps the pronoun as
    ``source_surface`` and gets the actor of the latest source of its kind before it.

    What a sentence's text alone decides is remembered across calls (:mod:`toolkit.core.cache`: a memo
    of the rule set in use, bounded at ``_SENTENCE_MEMO_SIZE`` (50,000) texts, its oldest dropped
    first), so a corpus read in batches does not read a repeated sentence (a wire boilerplate line)
    twice; the output is the same as without it. ``categories``, ``qualifiers``, ``sources``,
    ``numbers`` and ``units`` are your own YAML files in the format of the packaged ``data/claims_*.yaml``; they
    extend the packaged rules, and an edited file takes effect on the next call. Safe to call from
    several threads at once.

    >>> from toolkit.io.loading import read_articles
    >>> from toolkit.text.tokenize import split_sentences
    >>> s = split_sentences(read_articles(["Militants seized about 250 hostages, of whom Israel believes "
    ...     "around 130 remain in Gaza, including 33 presumed dead."]).articles)
    >>> extract_claims(s).select("value", "qualifier", "counted", "what", "source_surface").rows()
    [(250.0, 'about', 'hostages', 'hostages', None), (130.0, 'about', 'hostages', 'hostages', 'Israel'), (33.0, 'exact', 'dead', 'dead', 'Israel')]
    """
    require_columns(sentences, ["article_id", "sentence_id", "char_start", "char_end", "text"], what="extract_claims")
    return _extract_claims(
        sentences, mentions=mentions, quotes=quotes, categories=categories, qualifiers=qualifiers, sources=sources,
        numbers=numbers, units=units,
    )  # fmt: skip


def _extract_claims(
    sentences: pl.DataFrame,
    *,
    mentions: pl.DataFrame | None,
    quotes: pl.DataFrame | None,
    categories: str | Path | None,
    qualifiers: str | Path | None,
    sources: str | Path | None,
    numbers: str | Path | None,
    units: str | Path | None = None,
) -> pl.DataFrame:
    """:func:`extract_claims` after its argument checks."""
    rules = _rules(categories, qualifiers, sources, units)
    g = _grammar(numbers)
    num_alt = "|".join([*g.cardinals, *g.scales, *g.ordinals, *g.fractions, "dozens", "hundreds", "thousands", "millions", "scores"])
    cand = _with_numbers(sentences, g, num_alt)
    if cand.height == 0:
        return _empty_claims()
    ment_by_sent = _index(mentions, ["article_id", "sentence_id"], _MENTION_COLS, within=cand)
    not_places = frozenset([*g.months, "The", "Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday"])
    quote_by_art = _index(quotes, ["article_id"], _QUOTE_COLS, within=cand)
    rows: list[tuple[Any, ...]] = []  # per claim: the _CLAIM_FIELDS values its text decides
    extra: list[tuple[Any, ...]] = []  # per claim: the _ROW_COLS values
    dictionary = f"{rules.version}; {number_words_version(numbers)}; {rules.units.version if rules.units else ''}"
    read = _read_texts(cand.get_column("text"), g, rules)
    actor_types = _actor_types(mentions)
    ment_by_art: dict[tuple[Any, ...], list[dict[str, Any]]] | None = None
    sources_seen: dict[Any, list[tuple[int, str | None, str | None, str | None]]] = {}
    quote_art: Any = object()  # the article of quote_spans
    quote_spans: list[tuple[int, int, dict[str, Any]]] = []
    place_memo: dict[str, tuple[int, str | None]] = {}
    pending: list[int] = []  # claims with no source, or a pronoun source resolved to no one
    for art, sid, s0, text in cand.select("article_id", "sentence_id", "char_start", "text").iter_rows():
        found = read[text]
        if not found:
            continue
        ments = ment_by_sent.get((art, sid), [])
        places = [m for m in ments if m.get("is_place") or m.get("actor_type") == "location"]
        quotes_here = quote_by_art.get((art,), [])
        if art != quote_art:
            quote_art, quote_spans = art, _quote_spans(quotes_here)
        seen = sources_seen.setdefault(art, [])
        for claim in found:
            a, b, cue_start = claim[_AT_A], claim[_AT_B], claim[_AT_CUE]
            # source: quote speaker, else the nearest cue that covers the number
            src_a = src_b = None
            src_surface = src_id = src_label = None
            q = _quote_at(quote_spans, s0 + a, s0 + b) if quote_spans else None
            rule = None
            if q is not None and q.get("speaker_surface"):
                src_surface, src_id, src_label = q["speaker_surface"], q.get("speaker_actor_id"), q.get("speaker_label")
                src_a, src_b, rule = q.get("speaker_char_start"), q.get("speaker_char_end"), "quote"
            elif cue_start is not None:
                cue_end = claim[_AT_CUE + 1]
                src_a, src_b = s0 + cue_start, s0 + cue_end
                src_surface = text[cue_start:cue_end]
                rule = "clause"
                if claim[_AT_CUE_KIND] == "pronoun":
                    rule = "pronoun"
                    if ment_by_art is None:
                        # only the articles with a pronoun source need their mentions by article
                        pron = [t for t, f in read.items() if any(c[_AT_CUE_KIND] == "pronoun" for c in f)]
                        wanted = cand.filter(pl.col("text").is_in(pron)).select("article_id").unique()
                        ment_by_art = _index(mentions, ["article_id"], _MENTION_COLS, within=wanted)
                    src_id, src_label = _antecedent(
                        src_surface.lower(), src_a, seen, quotes_here, ment_by_art.get((art,), []), actor_types
                    )
                else:
                    src_id, src_label = _actor_in(ments, src_a, src_b, text, s0)
                    if src_id is not None:
                        seen.append((src_a, src_id, src_label, actor_types.get(src_id) or _type_of(ments, src_id)))
            place_id, place_surface = _place(text, s0, b, places, not_places, place_memo)
            if src_surface is None or (rule == "pronoun" and src_id is None):
                pending.append(len(rows))
            rows.append(claim)
            extra.append(
                (art, sid, s0 + a, s0 + b, text[a:b], src_id, src_label, src_surface, src_a, src_b, place_id, place_surface,
                 rule)
            )
    if not rows:
        return _empty_claims()
    if pending and "paragraph_id" in sentences.columns:
        _carry_sources(sentences, mentions, rules, rows, extra, pending)
    # by column, a field at a time (``zip(*rows)`` would make an iterator per row at once)
    columns: dict[str, list[Any]] = {k: list(map(operator.itemgetter(i), rows)) for i, k in enumerate(_CLAIM_FIELDS)}
    columns.update((k, list(map(operator.itemgetter(i), extra))) for i, k in enumerate(_ROW_COLS))
    columns["dictionary"] = [dictionary] * len(rows)
    return conform(pl.DataFrame(columns, strict=False), "claims")


# the columns a claim's row adds to what its text alone decides, in the order of ``extra``
_ROW_COLS = (
    "article_id", "sentence_id", "char_start", "char_end", "surface", "source_actor_id", "source_label",
    "source_surface", "source_char_start", "source_char_end", "place", "place_surface", "source_rule",
)  # fmt: skip
_X_ID, _X_SID, _X_START, _X_SRC_ID, _X_SRC_LABEL, _X_SRC_SURFACE, _X_SRC_A, _X_SRC_B, _X_RULE = 0, 1, 2, 5, 6, 7, 8, 9, 12
_CARRY_BACK = 3  # sentences of the paragraph a pronoun source looks back over
_RE_OPENING_ACCORDING = re.compile(r"\s*According\s+to\b")


def _carry_sources(
    sentences: pl.DataFrame,
    mentions: pl.DataFrame | None,
    rules: _Rules,
    rows: list[_Claim],
    extra: list[tuple[Any, ...]],
    pending: list[int],
) -> None:
    """Sources across sentences (``source_rule`` ``carried`` / ``pronoun``), in place on ``extra``.

    A claim with no source (and no source cue anywhere in its sentence) takes the "According to X" that
    opens the previous sentence of its paragraph (or the source carried into that sentence from one). A pronoun source that found no actor ("She added that ...") takes the
    nearest source of the paragraph's previous sentences (at most ``_CARRY_BACK``: a number's, else a
    reporting clause's subject) whose gender agrees (:func:`toolkit.extract.attribution.agrees`); its words and
    offsets become the source's.
    """
    from toolkit.extract.attribution import agrees, load_given_names

    arts = {extra[i][_X_ID] for i in pending}
    sents = sentences.filter(pl.col("article_id").is_in(list(arts))).select(
        "article_id", "sentence_id", "paragraph_id", "char_start", "text"
    )
    by_sent: dict[tuple[Any, Any], tuple[Any, int, str]] = {
        (a, sid): (pid, s0, t) for a, sid, pid, s0, t in sents.iter_rows()
    }
    ment_memo: list[dict[tuple[Any, ...], list[dict[str, Any]]]] = []

    def ments_of(art: Any, k: Any) -> list[dict[str, Any]]:
        if not ment_memo:  # only when a source is carried from a sentence's own cue
            ment_memo.append(_index(mentions, ["article_id", "sentence_id"], _MENTION_COLS, within=sents))
        return ment_memo[0].get((art, k), [])

    # the source each sentence's claims were credited in the sentence itself (first claim with one)
    credited: dict[tuple[Any, Any], tuple[Any, ...]] = {}
    for x in extra:
        if x[_X_RULE] in ("clause", "quote") and x[_X_SRC_A] is not None and (x[0], x[1]) not in credited:
            credited[x[0], x[1]] = (x[_X_SRC_A], x[_X_SRC_B], x[_X_SRC_ID], x[_X_SRC_LABEL], x[_X_SRC_SURFACE])
    carried: dict[tuple[Any, Any], tuple[Any, ...]] = {}
    names = load_given_names()
    memos = _Memos(rules)
    for i in pending:
        x = extra[i]
        art, sid = x[_X_ID], x[_X_SID]
        here = by_sent.get((art, sid))
        if here is None:
            continue
        pid, _, own_text = here
        pronoun = x[_X_SRC_SURFACE] if x[_X_RULE] == "pronoun" else None
        if pronoun is None:
            prev = by_sent.get((art, sid - 1))
            if prev is None or prev[0] != pid or ((art, sid - 1) not in carried and not _RE_OPENING_ACCORDING.match(prev[2])):
                continue  # nothing to carry (checked first: the cheap test)
            if any(c[4] in ("verb", "according_to", "possessive") for c in _cues(own_text, rules, None, memos)):
                continue  # the sentence names a source that does not cover this number: nothing to carry
        found = None
        for k in range(sid - 1, sid - 1 - _CARRY_BACK, -1):
            prev = by_sent.get((art, k))
            if prev is None or prev[0] != pid:
                break
            cand = credited.get((art, k))
            if pronoun is None:
                # a plain claim takes only the previous sentence's "According to X" that opens it (or a
                # source carried there from one): a source credited to a number there is not carried
                # (annotators of the held-out sets 2-4 leave such claims unsourced)
                cand = carried.get((art, k))
                if cand is None and _RE_OPENING_ACCORDING.match(prev[2]):
                    _, p0, ptext = prev
                    c = next((c for c in _cues(ptext, rules, None, memos) if c[4] == "according_to"), None)
                    if c is not None:
                        aid, alabel = _actor_in(ments_of(art, k), p0 + c[0], p0 + c[1], ptext, p0)
                        cand = (p0 + c[0], p0 + c[1], aid, alabel, ptext[c[0] : c[1]])
                if cand is not None:
                    found = cand
                break
            if cand is None:
                _, p0, ptext = prev
                cues = [c for c in _cues(ptext, rules, None, memos) if c[4] in ("verb", "according_to")]
                if cues:
                    c = min(cues, key=lambda c: (c[4] != "according_to", c[3]))
                    sa, sb = p0 + c[0], p0 + c[1]
                    aid, alabel = _actor_in(ments_of(art, k), sa, sb, ptext, p0)
                    cand = (sa, sb, aid, alabel, ptext[c[0] : c[1]])
            if cand is None:
                continue
            if pronoun is not None and not agrees(pronoun, str(cand[4]), names):
                continue
            found = cand
            break
        if found is None:
            continue
        rule = "pronoun" if pronoun is not None else "carried"
        extra[i] = (*x[:_X_SRC_ID], found[2], found[3], found[4], found[0], found[1], *x[_X_SRC_B + 1 : _X_RULE], rule)
        if rule == "carried":
            carried.setdefault((art, sid), found)


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
    flags = pl.DataFrame({"text": new}, schema={"text": pl.String}).lazy().select(**tests).collect()  # the tests share work
    names = flags.columns
    per_text = zip(*(_values(flags.get_column(c)) for c in names), strict=False) if names else itertools.repeat(())
    number_memos = _memos(g)
    for t, h in zip(new, per_text, strict=False):
        read[t] = memo.put((serial, t), _read_sentence(t, g, rules, dict(zip(names, h, strict=False)), memos, number_memos))
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
# (at _AT_A, _AT_B), its source cue's five values (from _AT_CUE; five None for none). Numbers and
# strings only, one level below the sentence's tuple: the garbage collector stops tracking such
# tuples at its first passes (nested deeper, they would reach its oldest generation first).
_Claim = tuple[Any, ...]
_CLAIM_FIELDS = ("value", "value_low", "value_high", "qualifier", "counted", "unit", "what", "vague", "counted_rule")
_QUALIFIER, _COUNTED, _WHAT = 3, 4, 6  # where these fields are
_AT_A = len(_CLAIM_FIELDS)
_AT_B = _AT_A + 1
_AT_CUE = _AT_A + 2
_AT_CUE_KIND = _AT_CUE + 4
_NO_CUE = (None,) * 5


def _with_numbers(sentences: pl.DataFrame, g: Any, num_alt: str) -> pl.DataFrame:
    """The sentences holding a digit or a number word (``(?i)\\d|\\b(?:num_alt)\\b``). The word regex
    is slow on non-ASCII text, so it runs only where a cheap literal test leaves it a chance."""
    text = pl.col("text")
    exact = text.str.contains(rf"(?i)\d|\b(?:{num_alt})\b")
    words = num_alt.split("|")
    if not all(re.fullmatch(r"[A-Za-z]+", w) for w in words):
        return sentences.filter(exact)
    # (?i) matches ASCII letters only to themselves, K (Kelvin sign) and ſ (long s): both are guarded
    maybe = text.str.contains(r"\d") | text.str.contains_any(words, ascii_case_insensitive=True) | text.str.contains_any(_FOLD_GUARD)
    return sentences.filter(maybe).filter(exact)


def _read_sentence(
    text: str, g: Any, rules: _Rules, hints: dict[str, Any] | None = None, memos: _Memos | None = None, number_memos: Any = None
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
    out: list[_Claim] = []
    prev: tuple[Any, ...] | None = None
    last: tuple[tuple[Any, ...], int] | None = None
    for sp in spans:
        claim = _read_claim(text, sp, rules, prev, possible, fold, memos)
        if claim is None:
            continue
        if last is not None and claim[_QUALIFIER] == "exact" and _RE_CONVERSION_GAP.fullmatch(text, last[1], sp.start):
            # "an estimated 10 million rand ($557,000)"
            claim = (*claim[:_QUALIFIER], last[0][_QUALIFIER], *claim[_QUALIFIER + 1 :])
        last = (claim, sp.end)
        cue = _pick_cue(cues, sp.start, sp.end, text)
        out.append((*claim, sp.start, sp.end, *(_NO_CUE if cue is None else cue)))
        if claim[_COUNTED] not in ("other", "ordinal", "duration", "percent", "money") and claim[_WHAT]:
            prev = claim
    return tuple(out)


def _cue_prefilters(rules: _Rules) -> dict[str, pl.Expr]:
    """Vectorised hints for the cue stages of :func:`_cues` (see ``numbers._prefilter_exprs``)
    and for the category rules (``categories``: see :func:`_category_prefilter`); ``cue_key``:
    the text with every digit 1-9 made 0, under which :func:`_read_sentence` remembers its cues.

    The cues do not depend on which digits a text has: the source words hold none (else there
    is no ``cue_key``), every pattern and test of :func:`_cues` and its helpers sees a digit only
    as a digit (``\\d``, ``\\w``, ``\\b``), and the offsets stay the same (one ASCII character
    for another). Wire copy repeats its sentences with new figures ("... has displaced 2,981
    people since April, the UN says.")."""
    out = {}
    if rules.cues_digit_blind:
        out["cue_key"] = pl.col("text").str.replace_all("[1-9]", "0")
    for stage, words in rules.anchors:
        expr = _starts_expr(list(words))
        if expr is not None:
            out[stage] = expr
    out["categories"] = _category_prefilter(rules)
    return out


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


def _possible_rules(rules: _Rules, found: Any, memo: cache.Memo[tuple[int, ...]] | None = None) -> tuple[int, ...] | None:
    """The category rules that can match in a text holding the words ``found`` (None: all):
    a list of them, or (from :func:`_category_prefilter`) their lower-cased forms, sorted and
    joined by NUL characters. ``memo``: where the answer is remembered by ``found`` (None: not)."""
    if found is None:
        return None
    key = found if isinstance(found, str) else frozenset(w.lower() for w in found)
    hit = memo.get(key) if memo is not None else None
    if hit is None:
        words = (frozenset(key.split("\x00")) if key else frozenset()) if isinstance(key, str) else key
        hit = tuple(i for i, needs in enumerate(rules.category_needs) if needs is None or not needs.isdisjoint(words))
        if memo is not None:
            memo.put(key, hit)
    return hit


_After = tuple[str, int, bool, tuple[str, int, int], tuple[str, str], str | None]


def _read_after(after: str, compound: bool, rules: _Rules, memos: _Memos) -> _After:
    """What :func:`_read_claim` reads in the text after a number (``compound``: the number has a
    hyphenated word): its noun phrase, where that ends, whether it is a time unit, the qualifier
    phrase after it (:func:`_q_after`), the clause after the number and after that phrase, and the
    unit named right after the number (:func:`toolkit.extract.units.unit_after`, None: none)."""
    what, _, what_end = _what(after, rules, memos)
    if compound:
        what_after = _RE_COMPOUND_AFTER.match(after)
        if what_after:
            what, _, what_end = _what(after[what_after.end() :], rules, memos)
            what_end += what_after.end()
    found_after = _q_after(after, rules, what_end)
    clauses = (_clause(after), _clause(after[found_after[2] :]))
    measure = unit_after(after, rules.units) if rules.units is not None else None
    return what, what_end, _RE_TIME_UNIT.match(what) is not None, found_after, clauses, measure


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


def _read_claim(
    text: str,
    sp: NumberSpan,
    rules: _Rules,
    prev: tuple[Any, ...] | None,
    possible: Any = None,
    fold: bool = True,
    memos: _Memos | None = None,
) -> tuple[Any, ...] | None:
    """The fields of the claim the number ``sp`` makes in ``text`` (``_CLAIM_FIELDS``; None: not a
    claim). ``prev``: the claim before it in the sentence that counted something (its noun and
    category carry over)."""
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
    what, what_end, time_unit, found_after, clauses, measure = hit
    is_duration = bool(sp.compound and sp.compound.rstrip("s") in _TIME_UNITS) or time_unit
    qualifier, q_before, q_after = _qualifier(before, after, rules, is_duration, what_end, found_after, memos)
    before_q = before[: len(before) - q_before]
    after_q = clauses[0] if q_after == 0 else clauses[1]  # q_after is 0 or what found_after uses
    counted, rule = _categorise(sp, what, before_q, after_q, rules, possible, fold, time_unit, memos)
    if rule == "default" or rule.startswith("what:"):
        # the verb may come after parentheticals: "13 peacekeepers, including nine South Africans,
        # have been killed"; a verb rule of the resumed clause wins over the noun or nothing
        resumed = _resumed(after[q_after:], _RE_INCLUDING.search(before_q) is not None)
        if resumed is not None:
            counted2, rule2 = _categorise(sp, what, before_q, resumed, rules, fold=fold, time_unit=time_unit, memos=memos)
            if rule2.startswith("after:") and (rule == "default" or _rule_index(rule2) < _rule_index(rule)):
                counted, rule = counted2, rule2
    if prev is not None and not what:
        if counted == "other":
            counted, rule, what = prev[_COUNTED], "inherited", prev[_WHAT]
        elif counted == prev[_COUNTED]:
            what = prev[_WHAT]
    elif prev is not None and rule == "default" and _RE_INCLUDING.search(before_q):
        counted, rule = prev[_COUNTED], "inherited"  # "..., including 35 soldiers and 32 gunmen"
    if sp.value == 1 and sp.form == "cardinal" and not sp.is_range and _RE_ONE.fullmatch(sp.text):
        # "one" is a claim only when it counts something ("one soldier was killed"), not in
        # "said one woman" or "one of"
        if counted == "other" and qualifier == "exact":
            return None
        if _RE_ONE_IDIOM.match(after):
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
    return value, value_low, sp.high, qualifier, counted, unit, what or None, sp.vague, rule  # as _CLAIM_FIELDS


_MENTION_COLS = ("sentence_id", "char_start", "char_end", "surface", "actor_id", "actor_label", "actor_type", "is_place")
_QUOTE_COLS = ("char_start", "char_end", "speaker_surface", "speaker_actor_id", "speaker_label", "speaker_char_start", "speaker_char_end")


def _index(
    df: pl.DataFrame | None, keys: list[str], fields: tuple[str, ...], *, within: pl.DataFrame | None = None
) -> dict[tuple[Any, ...], list[dict[str, Any]]]:
    """Rows of ``df`` (as dicts of ``keys`` and ``fields``) by ``keys``, in ``char_start`` order;
    with ``within``, only the keys that occur there."""
    if df is None or df.height == 0 or any(k not in df.columns for k in keys):
        return {}
    cols = [*keys, *(c for c in fields if c in df.columns and c not in keys)]
    rows = df.select(cols)
    if within is not None:
        wanted = within.select(pl.col(k).cast(rows.schema[k], strict=False) for k in keys).unique()
        rows = rows.join(wanted, on=keys, how="semi")
    out: dict[tuple[Any, ...], list[dict[str, Any]]] = {}
    rows = rows.sort([*keys, "char_start"])
    # the dicts built from the columns' lists (faster than ``to_dicts``); ``cols`` starts with ``keys``
    lists = [rows.get_column(c).to_list() for c in cols]
    dicts = [dict(zip(cols, r, strict=False)) for r in zip(*lists, strict=False)]  # of one frame: equal lengths
    for key, d in zip(zip(*lists[: len(keys)], strict=False), dicts, strict=True):
        group = out.get(key)
        if group is None:
            out[key] = [d]
        else:
            group.append(d)
    return out


def _actor_types(mentions: pl.DataFrame | None) -> dict[str, str]:
    """actor id -> actor type, from the mentions."""
    if mentions is None or mentions.height == 0 or not {"actor_id", "actor_type"} <= set(mentions.columns):
        return {}
    pairs = mentions.select("actor_id", "actor_type").drop_nulls().unique(subset="actor_id", keep="first")
    return dict(pairs.iter_rows())


def _type_of(ments: list[dict[str, Any]], actor_id: str) -> str | None:
    return next((m.get("actor_type") for m in ments if m.get("actor_id") == actor_id), None)


def _antecedent(
    pronoun: str,
    at: int,
    seen: list[tuple[int, str | None, str | None, str | None]],
    quotes: list[dict[str, Any]],
    ments: list[dict[str, Any]],
    actor_types: dict[str, str],
) -> tuple[str | None, str | None]:
    """The actor a pronoun source refers back to: the latest claim source or quote speaker before
    it of the right kind (a person for he/she; an organisation, group or state for it/they), else
    the first such actor mentioned in the nearest sentence before with one."""
    person = pronoun in ("he", "she")

    def fits(kind: str | None) -> bool:
        return kind == "person" if person else kind not in (None, "person", "location")

    best: tuple[int, str | None, str | None] | None = None
    for pos, actor, label, kind in seen:
        if pos < at and fits(kind) and (best is None or pos > best[0]):
            best = (pos, actor, label)
    for q in quotes:
        actor = q.get("speaker_actor_id")
        if actor and q["char_start"] < at and fits(actor_types.get(actor)) and (best is None or q["char_start"] > best[0]):
            best = (q["char_start"], actor, q.get("speaker_label"))
    if best is not None:
        return best[1], best[2]
    earlier = [m for m in ments if m["char_end"] <= at and m.get("actor_id") and fits(m.get("actor_type"))]
    if not earlier:
        return None, None
    last_sentence = max(m["sentence_id"] for m in earlier)
    first = min((m for m in earlier if m["sentence_id"] == last_sentence), key=lambda m: m["char_start"])
    return first.get("actor_id"), first.get("actor_label")


def _quote_spans(quotes: list[dict[str, Any]]) -> list[tuple[int, int, dict[str, Any]]]:
    """(start, end, quote) of ``quotes``, in order, for :func:`_quote_at`."""
    return [(q["char_start"], q["char_end"], q) for q in quotes]


def _quote_at(spans: list[tuple[int, int, dict[str, Any]]], a: int, b: int) -> dict[str, Any] | None:
    """The first quote (of :func:`_quote_spans`) that holds the span ``a``-``b``."""
    for qa, qb, q in spans:
        if qa <= a and b <= qb:
            return q
    return None


def _actor_in(ments: list[dict[str, Any]], a: int, b: int, text: str = "", s0: int = 0) -> tuple[str | None, str | None]:
    """The actor of a source span: the mention at the head of the noun phrase (the last one that
    is not a place or after a preposition: "the UN's World Food Programme" -> WFP, "civil defence
    spokesman Mahmud Bassal" -> Bassal, "the health ministry in Gaza" -> the ministry)."""
    inside = [m for m in ments if m["char_start"] < b and a < m["char_end"] and m.get("actor_id")]
    if not inside:
        inside = [m for m in ments if m["char_start"] < b and a < m["char_end"]]
        if not inside:
            return None, None
    if len(inside) == 1:
        return inside[0].get("actor_id"), inside[0].get("actor_label")

    def key(m: dict[str, Any]) -> tuple[bool, bool, int]:
        lead = text[max(0, a - s0) : max(0, m["char_start"] - s0)]
        return bool(m.get("is_place")), bool(_RE_AFTER_PREPOSITION.search(lead)), -m["char_end"]

    inside.sort(key=key)
    return inside[0].get("actor_id"), inside[0].get("actor_label")


def _place_mention(places: list[dict[str, Any]], at: int, limit: int) -> tuple[Any, Any] | None:
    """The place mention after the number within its clause (``at`` to ``limit``), else the last one before it."""
    after = [m for m in places if at <= m["char_start"] < limit]
    if after:
        return after[0].get("actor_id"), after[0]["surface"]
    before = [m for m in places if m["char_end"] <= at]
    if before:
        return before[-1].get("actor_id"), before[-1]["surface"]
    return None


def _place(
    text: str,
    s0: int,
    b: int,
    places: list[dict[str, Any]],
    not_places: frozenset[str] = frozenset(),
    memo: dict[str, tuple[int, str | None]] | None = None,
) -> tuple[str | None, str | None]:
    """The place a claim is about: the nearest place mention (of the sentence's ``places``, in
    ``char_start`` order) after it in the clause, else before it; else a capitalised name after
    ``in``/``across``/... close behind it. ``memo`` (one call's, for one ``not_places``): what the
    text after the claim alone decides (:func:`_place_in_text`), by that text."""
    rest = text[b:]
    hit = memo.get(rest) if memo is not None else None
    if hit is None:
        hit = _place_in_text(rest, not_places)
        if memo is not None:
            memo[rest] = hit
    found = _place_mention(places, s0 + b, s0 + b + hit[0]) if places else None
    return found if found is not None else (None, hit[1])


def _place_in_text(rest: str, not_places: frozenset[str]) -> tuple[int, str | None]:
    """What :func:`_place` reads in the text after a claim: where its clause ends, and the
    capitalised name after "in"/"across"/... (None: none)."""
    clause_end = _RE_PLACE_CLAUSE_END.search(rest)
    m = _RE_PLACE_AFTER.match(rest)
    name = m.group(1) if m and m.start(1) < 60 and m.group(1).split()[0] not in not_places else None
    return (clause_end.start() if clause_end else len(rest)), name


# --------------------------------------------------------------------------- the ledger


def summarise_claim_ledger(
    claims: pl.DataFrame,
    articles: pl.DataFrame,
    *,
    mentions: pl.DataFrame | None = None,
    skip: tuple[str, ...] = LEDGER_SKIP,
) -> pl.DataFrame:
    """Claims of the same ``counted``, place and source lined up over publication time.

    One row per claim (``skip``: categories left out, by default ordinals, durations and scores) with
    the article's ``published`` date, sorted by series and date. Money is lined up per currency: a
    series of money ends with its ISO 4217 code (``money|?|IMF|USD``), and figures in different
    currencies are never compared or subtracted. ``previous_value`` and ``change``
    show how a series (a toll from one source about one place) moves; ``n_sources_same_day``,
    ``low_same_day``/``high_same_day`` and ``sources_disagree`` compare the sources that gave a
    figure for the same category and place on the same day. ``mentions`` is accepted for
    pipeline symmetry (places are already resolved in ``claims``).

    >>> import datetime as dt
    >>> arts = pl.DataFrame({"article_id": ["a", "b"], "published": [dt.date(2024, 3, 1), dt.date(2024, 3, 8)]})
    >>> c = pl.DataFrame({"article_id": ["a", "b"], "sentence_id": [0, 0], "value": [30000.0, 31000.0],
    ...     "counted": ["killed", "killed"], "source_surface": ["health ministry", "Health Ministry"],
    ...     "place_surface": ["Gaza", "Gaza"], "surface": ["30,000", "31,000"], "qualifier": ["exact", "at_least"]})
    >>> summarise_claim_ledger(c, arts).select("series", "published", "value", "change").rows()
    [('killed|Gaza|health ministry', datetime.date(2024, 3, 1), 30000.0, None), ('killed|Gaza|health ministry', datetime.date(2024, 3, 8), 31000.0, 1000.0)]
    """
    require_columns(claims, ["article_id", "counted", "value"], what="summarise_claim_ledger")
    if claims.height == 0:
        return empty("claim_ledger")
    out = claim_ledger_lazy(claims.lazy(), articles.lazy(), skip=skip).collect()
    return out if out.height else empty("claim_ledger")


def claim_ledger_lazy(claims: pl.LazyFrame, articles: pl.LazyFrame, *, skip: tuple[str, ...] = LEDGER_SKIP) -> pl.LazyFrame:
    """:func:`summarise_claim_ledger` as a query on lazy frames (``pl.scan_parquet`` of a large run's
    ``claims`` and ``articles`` files): nothing is read until it is collected or sunk to a file.

    >>> import datetime as dt
    >>> arts = pl.LazyFrame({"article_id": ["a"], "published": [dt.date(2024, 3, 1)]})
    >>> c = pl.LazyFrame({"article_id": ["a"], "sentence_id": [0], "value": [30000.0], "counted": ["killed"],
    ...     "source_surface": ["the health ministry"], "place_surface": ["Gaza"]})
    >>> claim_ledger_lazy(c, arts).collect().select("series", "published", "value").rows()
    [('killed|Gaza|health ministry', datetime.date(2024, 3, 1), 30000.0)]
    """
    require_columns(claims, ["article_id", "counted", "value"], what="summarise_claim_ledger")
    c = conform(claims, "claims", extra=True).filter(~pl.col("counted").is_in(list(skip)))
    pub = (
        articles.select("article_id", pl.col("published").cast(pl.Date))
        if "published" in articles.collect_schema().names()
        else articles.select("article_id").with_columns(pl.lit(None, dtype=pl.Date).alias("published"))
    )
    norm_src = (
        pl.col("source_surface").str.to_lowercase().str.replace_all(r"^(?:the|a|an)\s+|['’]s$", "").str.strip_chars()
    )
    c = c.join(pub, on="article_id", how="left").with_columns(
        pl.coalesce("place", "place_surface").alias("place"),
        pl.coalesce("source_actor_id", norm_src).alias("source_key"),
        pl.coalesce("value", "value_low").alias("_v"),
        # money keeps its currency: one series (and one same-day comparison) per currency
        pl.when(pl.col("counted") == "money").then(pl.col("unit").fill_null("?")).alias("_currency"),
    )
    c = c.with_columns(
        pl.concat_str(
            [pl.col("counted"), pl.col("place").fill_null("?"), pl.col("source_key").fill_null("?")], separator="|"
        ).alias("series")
    ).with_columns(
        pl.when(pl.col("_currency").is_not_null())
        .then(pl.concat_str([pl.col("series"), pl.col("_currency")], separator="|"))
        .otherwise(pl.col("series"))
        .alias("series")
    ).sort(["series", "published", "article_id", "sentence_id", "char_start"], nulls_last=True)
    c = c.with_columns(
        pl.col("_v").shift(1).over("series").alias("previous_value"),
        pl.col("published").shift(1).over("series").alias("previous_published"),
    ).with_columns(
        (pl.col("_v") - pl.col("previous_value")).alias("change"),
        (pl.col("published") - pl.col("previous_published")).dt.total_days().alias("days_since_previous"),
        pl.len().over("series").alias("n_in_series"),
    )
    day = ["counted", "_currency", "place", "published"]
    c = c.with_columns(
        (pl.col("source_key").n_unique() - pl.col("source_key").is_null().any().cast(pl.Int64))
        .over(day)
        .alias("n_sources_same_day"),
        pl.col("_v").min().over(day).alias("low_same_day"),
        pl.col("_v").max().over(day).alias("high_same_day"),
    ).with_columns(
        ((pl.col("n_sources_same_day") > 1) & (pl.col("high_same_day") > pl.col("low_same_day"))).alias("sources_disagree")
    )
    return conform(c, "claim_ledger")
