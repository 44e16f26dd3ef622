"""What the rules build and edit while they read: a mention (:class:`_Mention`), a capitalised name not yet
typed (:class:`_Pending`) and a sentence with both (:class:`_Sentence`), with the helpers that sort and
test lists of mentions.
"""

from __future__ import annotations

import operator
from dataclasses import dataclass, field


@dataclass(slots=True)
class _Mention:
    start: int
    end: int
    actor_id: str
    label: str
    type: str
    rule: str
    is_place: bool = False
    affiliation: str | None = None
    role: str | None = None
    title: str | None = None
    name_start: int | None = None  # where the name starts when a title is attached
    group: bool = False  # a group of people of a state ("Syrian refugees"): kept only with groups=True
    inst_role: str | None = None  # a lower-case institution ("the health ministry") resolved per article


@dataclass(slots=True)
class _Pending:
    start: int
    end: int
    tokens: list[tuple[int, int, str]]


@dataclass(slots=True)
class _Sentence:
    row: int
    text: str
    mentions: list[_Mention] = field(default_factory=list)
    pending: list[_Pending] = field(default_factory=list)


_START = operator.attrgetter("start")  # the sort key of mentions


def _has_type(ms: list[_Mention], typ: str) -> bool:
    """``any(m.type == typ for m in ms)``, without a generator (these checks run per sentence)."""
    for m in ms:
        if m.type == typ:
            return True
    return False
