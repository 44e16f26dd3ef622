"""How a claim is hedged (``qualifier``): the phrase of ``data/claims_qualifiers.yaml`` that ends the
text before its number ("at least", "nearly") or follows the number or its noun phrase ("or more").
"""

from __future__ import annotations

import re
from typing import Any

from toolkit.core import cache
from toolkit.extract.claims.memos import _MISSING, _Memos
from toolkit.extract.claims.rules import _Rules
from toolkit.extract.numbers import _FOLD_GUARD

# regexes of the hot paths, compiled once
_RE_SPACES = re.compile(r"\s+")
_RE_THAN = re.compile(r"[^.;:!?]{0,30}?\bthan\b", re.I)  # "than" soon after a number: a comparison


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
    if found is not None and not (
        rules.q_not_before_than
        and _RE_THAN.match(after)
        and _RE_SPACES.sub(" ", before[-found[1] :].strip().lower()) in rules.q_not_before_than
    ):
        return found[0], found[1], 0
    return found_after if found_after is not None else _q_after(after, rules, what_end)


def _q_before(
    before: str, rules: _Rules, is_duration: bool, order_memo: cache.Memo[Any] | None = None
) -> tuple[str, int] | None:
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
                keep = rules.q_durations_unless_after  # "for over 65 years": still a hedge
                if keep is None or not keep.search(before, 0, m.start()):
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
