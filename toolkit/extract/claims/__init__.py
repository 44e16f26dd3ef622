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
``value_low``/``value_high`` the smaller and the larger. A range ("75,000-90,000", "between $5 and $7
billion") is one claim over the whole range: ``value`` null, its bounds in ``value_low``/``value_high``,
qualifier ``about``; a tally ("17 out of 18") is one claim valued as its first number; a race time
("in 2:14:04") is a ``duration`` in hours. The ``unit`` comes only from a vocabulary
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

Modules: :mod:`~toolkit.extract.claims.rules` (the rule files, merged and compiled),
:mod:`~toolkit.extract.claims.memos` (every memo of the readers), :mod:`~toolkit.extract.claims.qualifiers`
(the hedge), :mod:`~toolkit.extract.claims.categories` (``counted``), :mod:`~toolkit.extract.claims.nouns`
(``what`` and ``unit``), :mod:`~toolkit.extract.claims.sources` (the source cues of a sentence),
:mod:`~toolkit.extract.claims.reading` (what a sentence's text decides), :mod:`~toolkit.extract.claims.resolve`
(sources and places resolved against mentions, quotes and earlier sentences),
:mod:`~toolkit.extract.claims.table` (:func:`extract_claims`) and :mod:`~toolkit.extract.claims.ledger`
(:func:`summarise_claim_ledger`).

>>> from toolkit.io.loading import read_articles
>>> from toolkit.text.tokenize import split_sentences
>>> arts = read_articles(["Strikes killed at least 31,988 people in Gaza, the health ministry says."]).articles
>>> c = extract_claims(split_sentences(arts))
>>> c.select("surface", "value", "qualifier", "counted", "unit", "what", "source_surface").rows()
[('31,988', 31988.0, 'at_least', 'killed', 'people', 'people', 'health ministry')]
"""

from __future__ import annotations

from toolkit.extract.claims.ledger import LEDGER_SKIP, claim_ledger_lazy, summarise_claim_ledger
from toolkit.extract.claims.rules import (
    CATEGORIES_FILE,
    COUNTED,
    PEOPLE_COUNTED,
    QUALIFIERS,
    QUALIFIERS_FILE,
    SOURCES_FILE,
    load_claim_rules,
)
from toolkit.extract.claims.table import extract_claims

# names of the numbers and units modules that ``toolkit.extract.claims`` held before it became a package
from toolkit.extract.numbers import NumberSpan as NumberSpan
from toolkit.extract.numbers import number_words_version as number_words_version
from toolkit.extract.units import UNITS_FILE as UNITS_FILE
from toolkit.extract.units import UnitVocabulary as UnitVocabulary
from toolkit.extract.units import load_unit_vocabulary as load_unit_vocabulary
from toolkit.extract.units import load_units as load_units
from toolkit.extract.units import unit_after as unit_after
from toolkit.extract.units import unit_of_noun as unit_of_noun

__all__ = [
    "CATEGORIES_FILE", "COUNTED", "LEDGER_SKIP", "PEOPLE_COUNTED", "QUALIFIERS", "QUALIFIERS_FILE", "SOURCES_FILE",
    "claim_ledger_lazy", "extract_claims", "load_claim_rules", "summarise_claim_ledger",
]  # fmt: skip
