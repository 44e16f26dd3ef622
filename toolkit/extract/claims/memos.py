"""The memos of the claim readers, every one of them in :mod:`toolkit.core.cache`: those of one rule set
(``_Memos``: :func:`toolkit.core.cache.scoped`) and the two that read no rule (a source's text, the
clause resumed after a number).
"""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

from toolkit.core import cache
from toolkit.extract.claims.rules import _Rules

if TYPE_CHECKING:  # these modules import this one
    from toolkit.extract.claims.reading import _After, _Claim
    from toolkit.extract.claims.sources import _Cue


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


_SOURCE_MEMO = cache.memo("claims.source", _SMALL_MEMO_SIZE)  # source span text -> what sources._trim_source says
_RESUMED_MEMO = cache.memo("claims.resumed", _SMALL_MEMO_SIZE)  # (text after a number, inside) -> reading._resumed_clause
_MISSING = cache.MISSING
