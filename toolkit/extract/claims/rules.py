"""The claim rules: the packaged ``data/claims_categories.yaml``, ``claims_qualifiers.yaml`` and
``claims_sources.yaml`` merged with a user's files (:func:`load_claim_rules`) and compiled into one rule
set (``_Rules``), built once per version of those files (:func:`_rules`); the categories and qualifiers
a rule may name.
"""

from __future__ import annotations

import itertools
import re
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from toolkit.core import cache
from toolkit.core.resources import load_yaml
from toolkit.extract.numbers import _data_file, _packaged, _required_literals
from toolkit.extract.units import UNITS_FILE, UnitVocabulary, load_unit_vocabulary, load_units

CATEGORIES_FILE = "claims_categories.yaml"
QUALIFIERS_FILE = "claims_qualifiers.yaml"
SOURCES_FILE = "claims_sources.yaml"

COUNTED = (
    "killed", "dead", "injured", "hostages", "prisoners", "arrested", "displaced", "population",
    "aid", "money", "percent", "duration", "ordinal", "score", "other",
)  # fmt: skip
QUALIFIERS = ("exact", "about", "at_least", "more_than", "nearly", "up_to", "fewer_than")
PEOPLE_COUNTED = {"killed", "dead", "injured", "hostages", "prisoners", "arrested", "displaced", "population"}

_SUBJECT_STOPS = frozenset(',;:()“”"—–')  # sources._RE_SUBJECT_TOKEN's one-character words


_SERIALS = itertools.count()  # a number of its own for every rule set built in this process


_CategoryRow = tuple[str, str, re.Pattern[str], float | None, tuple[str, ...] | None, str, bool]


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
    cues_digit_blind: (
        bool  # no source word holds a digit 1-9: the cues of a text are those of it with each made 0
    )
    category_table: tuple[
        _CategoryRow, ...
    ] = ()  # per category rule, what categories._categorise reads of it
    category_min_values: tuple[float, ...] = ()  # the distinct min_values of the category rules
    subject_memo_ok: bool = False  # no adverb is one of _SUBJECT_STOPS (see sources._subject_before)
    units: UnitVocabulary | None = None  # the unit vocabulary (toolkit.extract.units)
    phrase_heads: frozenset[str] = (
        frozenset()
    )  # unit words that end the noun phrase counted (as person nouns do)
    # a word before a q_not_before_durations phrase that keeps it a hedge ("for over 65 years")
    q_durations_unless_after: re.Pattern[str] | None = None
    # hedges that set the qualifier but stay out of the claim's phrase span ("an estimated")
    q_outside_span: frozenset[str] = frozenset()
    # hedges that are none where "than" follows the number ("closer to 40 than 50": a comparison)
    q_not_before_than: frozenset[str] = frozenset()
    possessive_tail: re.Pattern[str] | None = (
        None  # "'s figures" ending a verb's subject: the owner is the source
    )
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
    categories: str | Path | None,
    qualifiers: str | Path | None,
    sources: str | Path | None,
    units: str | Path | None = None,
) -> _Rules:
    """The rule set of :func:`_rules`, from the files."""
    d = load_claim_rules(categories=categories, qualifiers=qualifiers, sources=sources)
    cat, qual, src = d["categories"], d["qualifiers"], d["sources"]
    vocab = load_unit_vocabulary(units)
    person_nouns = frozenset(w.lower() for w in cat["person_nouns"])
    owner_nouns = [*src["possessive_nouns"], *src.get("owner_nouns", [])]
    results = src.get("results_verbs") or []
    # "Barclays' pre-tax profit", "Acme's annual revenue": adjectives between an owner and its results noun
    owner_adj = "|".join(re.escape(str(w)) for w in (*_POSSESSIVE_ADJ, *(src.get("owner_adjectives") or [])))
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
        (
            re.compile(
                rf"(?:^|(?<=[\s(“\"‘]))(?:{re.escape(p).replace(chr(92) + ' ', chr(92) + 's+')})\s*$", re.I
            ),
            q,
        )
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
    case_scoped = frozenset(
        i for i, r in enumerate(rules) if re.search(r"\(\?[aiLmsux]*-[imsx]*i", r[2].pattern)
    )
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
        q_outside_span=frozenset(str(w).lower() for w in qual.get("outside_span") or []),
        q_not_before_than=frozenset(str(w).lower() for w in qual.get("not_before_than") or []),
        q_durations_unless_after=(
            re.compile(rf"\b(?:{_alt(unless)})\s+$", re.I)
            if (unless := qual.get("not_before_durations_unless_after"))
            else None
        ),
        verbs=re.compile(verbs_re, re.I),
        preps=re.compile(rf"\b(?:{_alt(src['prepositions'])})\s+", re.I),
        possessive=re.compile(
            rf"(?:['’]s?\s+)?(?:(?:{'|'.join(_POSSESSIVE_ADJ)})\s+)*(?:{_alt(src['possessive_nouns'])})\b"
            + (
                rf"|['’]s?\s+(?:(?:{owner_adj})\s+)*(?:{_alt(src['owner_nouns'])})\b"
                if src.get("owner_nouns")
                else ""
            ),
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
            for k in (
                "verbs",
                "prepositions",
                "possessive_nouns",
                "adverbs",
                "boundaries",
                "not_sources",
                "pronouns",
                "appositive_openers",
                "owner_nouns",
                "owner_adjectives",
                "results_verbs",
                "results_nouns",
            )
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
        possessive_tail=re.compile(rf"['’]s?\s+(?:(?:{owner_adj})\s+)*(?:{_alt(owner_nouns)})$", re.I),
    )
