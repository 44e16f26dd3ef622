"""The cross-call memos of :func:`~toolkit.extract.actors.finder.find_mentions`: their sizes, and a sentence
result packed as they hold it (flat tuples of numbers and strings) and unpacked again.
"""

from __future__ import annotations

import operator
from collections.abc import Iterable
from typing import Any

from toolkit.extract.actors.mentions import _Mention, _Pending

# Cross-call memos of the per-text work (a batch need not re-read sentences an earlier batch of the same
# process read), scoped to the rule set in use (toolkit.core.cache.scoped: an edited dictionary or rule file gives a
# new rule set, with empty memos): the dictionary matches of each text, and per (discover, bare_demonyms) the
# sentence rules' result (mentions, pending names, name keys) for texts whose result does not depend on the
# article's known surnames. Bounded, safe under threads: each value is read once (Memo.get) into this call's
# own tables, so an eviction by another thread (or a full memo) only costs a recomputation.
_MEMO_SIZE = 50_000  # texts per memo (some tens of MB); the oldest eighth is dropped when full
_WORD_MEMO_SIZE = 500_000  # capitalised words (rules.word_ok)
_NO_MATCH: tuple[Any, ...] = ((), (), (), False)  # a text's matches: starts, ends, aliases, next to a capital

_MENTION_FIELDS = operator.attrgetter(*_Mention.__slots__)
_Packed = tuple[Any, ...]  # (name keys, pending names, *mentions): see _pack


def _pack(mentions: Iterable[_Mention], pending: Iterable[_Pending], keys: Iterable[str]) -> _Packed:
    """A sentence result as the memos hold it: ``(name keys, pending names, *the fields of each mention)``,
    the pending names flat: ``(start, end, number of tokens, *each token's start, end and word, ...)``.

    Tuples of numbers and strings only, nested as little as may be: the garbage collector stops tracking
    such tuples after a collection or two (memos of objects made every full collection walk tens of
    thousands of them: about a quarter of find_mentions' time on a call of 17,000 sentences).
    """
    flat: list[Any] = []
    for p in pending:
        flat += (p.start, p.end, len(p.tokens))
        for tok in p.tokens:
            flat += tok
    return (tuple(keys), tuple(flat), *[_MENTION_FIELDS(m) for m in mentions])


def _unpack_pending(flat: tuple[Any, ...]) -> list[_Pending]:
    """The pending names :func:`_pack` flattened, as new objects."""
    out = []
    i = 0
    while i < len(flat):
        start, end, n = flat[i : i + 3]
        i += 3
        out.append(_Pending(start, end, [flat[i + 3 * k : i + 3 * k + 3] for k in range(n)]))
        i += 3 * n
    return out
