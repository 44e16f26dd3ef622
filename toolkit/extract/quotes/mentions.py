"""Speakers to actors (step 5 of :mod:`toolkit.extract.quotes`): the mention of the ``mentions`` table a
speaker's words stand for (one overlapping the head word of the phrase, else one whose surface or surname
matches).
"""

from __future__ import annotations

from typing import Any

from toolkit.extract.quotes.phrases import _PREPS, _words

_HEAD_RANK = {"person": 0, "organization": 1, "organisation": 1, "armed_group": 1, "state": 2}


def _head_word(text: str, sp: tuple[int, int]) -> tuple[int, int]:
    """The head word of the speaker phrase: its last word before a preposition
    (``The U.N. Assistance Mission in Somalia`` -> ``Mission``)."""
    ws = _words(text, sp[0], sp[1])
    if not ws:
        return sp
    for k in range(1, len(ws)):
        if text[ws[k][0] : ws[k][1]] in _PREPS:
            return ws[k - 1]
    return ws[-1]


def _match_mention(
    sp: tuple[int, int],
    surface: str,
    ments: list[tuple[Any, ...]],
    near: list[tuple[Any, ...]] | None = None,
    *,
    text: str | None = None,
    bodies: frozenset[str] = frozenset(),
) -> tuple[Any, ...] | None:
    """The mention of the speaker ``sp``; ``near``: the part of ``ments`` that can overlap it.

    With ``text``, the mention must cover the head word of the speaker phrase: ``The UN support
    mission in Libya`` is not the UN, and a new actor read from part of a longer name (``Assistance
    Mission`` in ``The U.N. Assistance Mission in Somalia``) is not the speaker's actor either.
    """
    over = [m for m in (ments if near is None else near) if m[0] < sp[1] and m[1] > sp[0] and not m[5]]
    if over and text is not None:
        ha, hb = _head_word(text, sp)
        on_head = [m for m in over if m[0] < hb and m[1] > ha]
        if on_head:
            m = min(on_head, key=lambda m: (_HEAD_RANK.get(m[4], 3), -(min(m[1], sp[1]) - max(m[0], sp[0])), -m[0]))
            if m[4] != "person" and str(m[2]).startswith("new:"):
                first = next((w for w in _words(text, sp[0], ha + 1) if text[w[0] : w[1]].lower() not in ("the", "a", "an")), None)
                if first is not None and m[0] > first[0]:
                    return None  # a sub-word of a longer name
            return m
        if text[ha:hb].lower().rstrip(".,’'") in bodies:
            return None  # an organisation of its own, named after another actor
    if over:
        rank = {"person": 0}
        return min(over, key=lambda m: (rank.get(m[4], 1), -(min(m[1], sp[1]) - max(m[0], sp[0])), -m[0]))
    key = surface.casefold()
    last = key.split()[-1] if key.split() else key
    for m in ments:
        if not m[5] and str(m[6]).casefold() == key:
            return m
    for m in ments:
        if not m[5] and m[4] == "person" and str(m[6]).casefold().split()[-1:] == [last]:
            return m
    return None
