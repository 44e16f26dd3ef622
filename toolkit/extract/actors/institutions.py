"""Lower-case institutions ("the health ministry", "the Houthi-run health ministry") resolved in their article
to an owner: the actor before "-run", a state after "in", the nearest state before it, or the article's main
state.
"""

from __future__ import annotations

import re

from toolkit.core import cache
from toolkit.extract.actors.lexicon import _Lexicon
from toolkit.extract.actors.mentions import _START, _Mention, _Sentence
from toolkit.extract.actors.rules import _Rules
from toolkit.extract.actors.words import _slug

_RUN_RE = re.compile(r"^-(?:run|led|controlled|ruled|held)\b")
_IN_RE = re.compile(r"^\s+in\s+(?:the\s+)?$")


def _article_state(sents: list[_Sentence], lex: _Lexicon) -> str | None:
    """The state an article is mostly about: the most frequent state among its mentions (first wins a tie).

    A place counts twice: a story told from Taipei names Taiwan's places and China as an actor, so "the
    Presidential Office" there is Taiwan's.
    """
    counts: dict[str, int] = {}
    for sent in sents:
        for m in sent.mentions:
            if m.type != "person" and not m.group:
                st = lex.state_of.get(m.actor_id)
                if st is not None:
                    counts[st] = counts.get(st, 0) + (2 if m.is_place else 1)
    return max(counts, key=lambda k: counts[k]) if counts else None


def _institution_pre(text: str, start: int, rules: _Rules) -> re.Match[str] | None:
    """``rules.institution_pre_re.search(text[max(0, start - 30) : start])``, memoised per window (the window
    before an institution repeats: "according to the", "while the")."""
    window = text[max(0, start - 30) : start]
    found = rules.inst_pre.get(window, cache.MISSING)  # read once: another thread may evict it
    if found is cache.MISSING:
        found = rules.inst_pre.put(window, rules.institution_pre_re.search(window))  # type: ignore[union-attr]
    return found  # type: ignore[no-any-return]


def _find_institutions(sents: list[_Sentence], rules: _Rules, lex: _Lexicon, flags: list[bool]) -> None:
    """Lower-case institutions ("the health ministry", "the Houthi-run health ministry") resolved in context.

    The owner is, in order: the actor before "-run"/"-led"; a state or capital right after "in"; the
    nearest state, place or institution before it in the sentence; the article's main state. The mention
    is the owner's institution for that role when the dictionary has one (``stands_for``), else the owner
    with the role (rule ``institution``); with no owner it keeps a ``new:`` id.
    """
    main: str | None = ""  # the article's state, computed when first needed
    rx, pre_rx = rules.institution_re, rules.institution_pre_re
    if rx is None or pre_rx is None:
        return
    for sent, flag in zip(sents, flags, strict=True):
        text = sent.text
        if flag:
            for hit in rx.finditer(text):
                s, e = hit.span()
                if any(x.start < e and s < x.end for x in sent.mentions):
                    continue
                phrase = hit.group()
                if not phrase[0].isupper() and not _institution_pre(text, s, rules):
                    continue  # a capitalised body ("Parliament") is named alone, without "the"
                sent.mentions.append(
                    _Mention(s, e, "new:" + _slug(phrase), phrase, "organization", "institution",
                             inst_role=rules.institutions[phrase])
                )  # fmt: skip
            sent.mentions.sort(key=_START)
        for i, m in enumerate(sent.mentions):
            if m.inst_role is None:
                continue
            owner = None
            pm = _institution_pre(text, m.start, rules)
            prev = [x for x in sent.mentions[:i] if x.type != "person" and not x.group]
            if pm and pm.group("run") and prev and text[prev[-1].end : m.start].startswith("-"):
                owner = prev[-1].actor_id  # "the Houthi-run health ministry"
            if owner is None and i + 1 < len(sent.mentions):
                nx = sent.mentions[i + 1]
                if _IN_RE.match(text[m.end : nx.start]) and nx.actor_id in lex.state_of:
                    # "the interior ministry in Damascus", "the health ministry in the Hamas-run territory"
                    run = _RUN_RE.match(text[nx.end : nx.end + 16])
                    owner = nx.actor_id if run else lex.state_of[nx.actor_id]
            if owner is None:
                for x in reversed(prev):
                    if x.actor_id in lex.state_of:
                        owner = lex.state_of[x.actor_id]
                        break
            if owner is None and main == "":
                main = _article_state(sents, lex)
            owner = owner or main
            if owner is None or owner not in lex.actors:
                continue
            inst = lex.institutions.get((owner, m.inst_role)) or lex.institutions.get(
                (lex.state_of.get(owner, owner), m.inst_role)
            )
            a = lex.actors[inst or owner]
            m.actor_id, m.label, m.type = a["actor_id"], a["label"], a["type"]
            if inst is None and a["type"] not in ("state", "organization"):
                m.type = "organization"  # the Houthis' health ministry is an organisation of an armed group
            m.affiliation = a["affiliation"] if inst else owner
            m.role = m.inst_role
