"""The dictionary matches of a sentence read in their context: roles after demonyms and states ("Israeli
officials"), groups of people ("Syrian refugees"), place flags, a state before its own institution ("US
Department of State") and a match shrunk before a title ("Sudan's army chief X").
"""

from __future__ import annotations

import itertools
import re

from toolkit.core.resources import fold_lower as _fold
from toolkit.extract.actors.lexicon import _Lexicon
from toolkit.extract.actors.mentions import _has_type, _Mention, _Sentence
from toolkit.extract.actors.place_phrases import _acts, _is_place, _kind_subject, _owner
from toolkit.extract.actors.rules import _Rules
from toolkit.extract.actors.titles import _head_match, _role_match
from toolkit.extract.actors.words import _CONJ_GAP_RE

_FIRST_WORD_RE = re.compile(r"[\w.-]+")

_GROUP_AFTER_RE = re.compile(r"^\s+(?:[a-z]+\s+)?groups?\b")  # "the Palestinian (militant) group"


def _shrink_before_titles(sent: _Sentence, rules: _Rules, lex: _Lexicon) -> None:
    """In "Sudan's army chief Abdel Fattah al-Burhan" the state is a mention and "army chief" a title.

    A dictionary match such as "Sudan's army" or "Israeli military" followed by a title head and a name
    shrinks to its first word when that word names a state (or is dropped when it does not).
    """
    keep = []
    for m in sent.mentions:
        if (
            m.type == "organization"
            and m.actor_id not in lex.state_of  # "Israeli military spokesman X": the military is the mention
            and " " in sent.text[m.start : m.end]
            and _head_match(sent.text[m.end :], rules)
        ):
            first = _FIRST_WORD_RE.match(sent.text[m.start : m.end])
            state = lex.demonym_state.get(first.group()) if first else None
            if state is None or first is None:
                continue
            a = lex.actors[state]
            rule = "demonym" if first.group() in a["demonyms"] else "alias"
            m = _Mention(
                m.start,
                m.start + first.end(),
                state,
                a["label"],
                a["type"],
                rule,
                affiliation=a["affiliation"],
            )
        keep.append(m)
    sent.mentions = keep


_OWNED_ROLES = frozenset(
    "government military security intelligence diplomacy health judiciary legislature civil_defence elections".split()
)


def _merge_owned(sent: _Sentence, lex: _Lexicon) -> None:
    """Two dictionary matches that name one actor.

    A state before its own institution is one mention of the institution ("US Department of State",
    "Egypt's Interior Ministry"), and a descriptive alias right before the actor's acronym keeps only the
    parent organisation it names first ("the UN refugee agency UNHCR" -> "UN" and "UNHCR").
    """
    ms = sent.mentions
    if all(n.start - m.end > 3 for m, n in itertools.pairwise(ms)):  # nothing adjacent: nothing to merge
        return
    text = sent.text
    out: list[_Mention] = []
    i = 0
    while i < len(ms):
        m = ms[i]
        n = ms[i + 1] if i + 1 < len(ms) else None
        if n is not None:
            gap = text[m.end : n.start]
            if (
                m.type == "state"
                and m.rule in ("alias", "demonym")
                and gap in (" ", "’s ", "'s ")
                and n.type == "organization"
                and lex.state_of.get(n.actor_id) == m.actor_id
                and (gap != " " or lex.actors[n.actor_id]["role"] in _OWNED_ROLES)
            ):
                n.start = m.start
                i += 1
                continue
            if gap == " " and n.actor_id == m.actor_id and " " in text[m.start : m.end]:
                first = text[m.start : m.end].split(" ", 1)[0]
                other = lex.alias_ids.get(first)
                if other is not None and other != m.actor_id:
                    a = lex.actors[other]
                    m = _Mention(m.start, m.start + len(first), other, a["label"], a["type"], "alias",
                                 affiliation=a["affiliation"], role=a["role"])  # fmt: skip
        out.append(m)
        i += 1
    sent.mentions = out


def _as_group(m: _Mention) -> None:
    """A group of people of a state ("Syrian refugees", "Yemenis"): type ``group``, affiliated to the state."""
    m.group = True
    m.affiliation = m.actor_id
    m.type = "group"
    m.role = m.role or "population"


_PLACE_TYPES = frozenset(("state", "location"))
_CONTEXT_RULES = frozenset(("people", "demonym", "capital"))  # with _PLACE_TYPES: what _contextualise reads


def _contextualise(sent: _Sentence, rules: _Rules, lex: _Lexicon) -> None:
    """Roles after demonyms, states and places; groups of people; place flags."""
    if _has_type(sent.mentions, "organization"):  # both rules work on organisations
        _shrink_before_titles(sent, rules, lex)
        if len(sent.mentions) > 1 and _has_type(sent.mentions, "organization"):
            _merge_owned(sent, lex)
    text = sent.text
    ms = sent.mentions
    drop = []
    for i, m in enumerate(ms):
        if m.type not in _PLACE_TYPES and m.rule not in _CONTEXT_RULES:
            continue  # "Hamas", "AFP", "Netanyahu": no rule below reads other actors' matches
        nxt_start = ms[i + 1].start if i + 1 < len(ms) else len(text)
        if m.rule == "people":
            _as_group(m)
            continue
        if m.type == "state" or m.rule in ("demonym", "capital"):
            after = text[m.end : m.end + 40]
            c0 = after[:1]
            if c0 == "-" or (m.rule == "demonym" and c0 == " "):
                if rules.demonym_not_re is not None and rules.demonym_not_re.match(after):
                    drop.append(m)  # "French initials", "a Greek-flagged tanker"
                    continue
            if (
                m.rule == "demonym"
                and rules.group_demonym_re is not None
                and rules.group_demonym_re.search(text[max(0, m.start - 20) : m.start])
            ):
                m.rule = "demonym_group"  # "ethnic Armenian fighters", "ethnic Russians"
                _as_group(m)
                continue
            if m.rule == "demonym" and c0 != "-":
                pd = rules.person_demonym_re
                if (
                    pd is not None
                    and pd[1].match(after)
                    and pd[0].search(text[max(0, m.start - 12) : m.start])
                ):
                    m.rule = "demonym_person"  # "every Syrian,", "a Yemeni who"
                    _as_group(m)
                    continue
                if (
                    rules.group_nouns_re is not None and rules.group_nouns_re.match(after)
                ) or _GROUP_AFTER_RE.match(after):
                    m.rule = "demonym_group"  # "Congolese Tutsis"
                    _as_group(m)
                    continue
        if m.type in ("state", "location") or m.rule in ("demonym", "capital"):
            rm = _role_match(text[m.end : nxt_start], rules)
            if (
                rm
                and m.rule != "people"
                and (
                    not _head_match(text[m.end + rm.end() :], rules)
                    or (
                        m.type == "state"
                        and (m.actor_id, rules.role_nouns[_fold(rm.group(1))]) in lex.institutions
                    )
                )
            ):
                m.end = m.end + rm.end()
                m.role = rules.role_nouns[_fold(rm.group(1))]
                if m.role in rules.group_roles and m.type == "state":  # "Palestinian prisoners"
                    m.rule = "demonym_group" if m.rule == "demonym" else "state_group"
                    _as_group(m)
                    continue
                m.rule = {
                    "demonym": "demonym_role",
                    "alias": "state_role" if m.type == "state" else "place_role",
                }.get(m.rule, m.rule + "_role")
                inst = lex.institutions.get((m.actor_id, m.role))
                if inst is not None and m.type == "state":
                    a = lex.actors[inst]
                    m.actor_id, m.label, m.type, m.affiliation = inst, a["label"], a["type"], a["affiliation"]
                continue
        if m.rule == "demonym" and i + 1 < len(ms):  # "Qatari and Egyptian officials"
            nm = ms[i + 1]
            gap = text[m.end : nm.start]
            if _CONJ_GAP_RE.fullmatch(gap) and nm.rule == "demonym":
                rm = _role_match(text[nm.end : ms[i + 2].start if i + 2 < len(ms) else len(text)], rules)
                if rm:
                    m.role = rules.role_nouns[_fold(rm.group(1))]
                    m.rule = "demonym_role"
                    continue
        if m.type == "location" and m.rule in ("alias", "prefixed_name"):  # "Wharf Jérémie" as "Jérémie"
            sm = rules.place_suffix_re.match(text[m.end : m.end + 30]) if rules.place_suffix_re else None
            if sm and (i + 1 == len(ms) or ms[i + 1].start >= m.end + sm.end()):  # "Rakhine state"
                m.end += sm.end()
        if (m.type == "state" and m.rule == "alias") or m.rule == "capital" or m.type == "location":
            # a place only where used as a location ("Women in Nevada"), not where it acts or owns an office
            # ("Nevada became the first state", "the governor of Louisiana"; docs/actors.md, "Places")
            if _owner(text, m.start, m.end, rules):
                m.is_place = False  # "the governor of Texas", "Senator from Vermont", "Ukraine President X"
            elif m.type == "location" and m.rule in ("alias", "prefixed_name"):
                # a place unless it acts or owns, and a place after a place phrase ("Women in Nevada have said")
                # (but "The state of Ohio passed ...": the subject named by its kind, not a place)
                m.is_place = not _acts(text, m.start, m.end, rules) or (
                    _is_place(text, m.start, rules, m.end) and not _kind_subject(text, m.start, rules)
                )
            else:
                m.is_place = _is_place(text, m.start, rules, m.end) and not (
                    m.type == "location" and _acts(text, m.start, m.end, rules)
                )
            if (
                m.is_place
                and i + 1 < len(ms)
                and ms[i + 1].start == m.end + 3
                and text[m.end : m.end + 3] in ("’s ", "'s ")
                and ms[i + 1].type in ("organization", "armed_group", "person")
            ):
                m.is_place = False  # "turned to Russia's Wagner Group": the owner of an actor, not a place
            if (
                not m.is_place
                and i > 0
                and ms[i - 1].is_place
                and _CONJ_GAP_RE.fullmatch(text[ms[i - 1].end : m.start])
            ):
                m.is_place = True  # "in Latakia and Tartus", "countries such as Chad and Egypt"
        elif m.rule == "demonym" and rules.place_after_re is not None:
            m.is_place = bool(rules.place_after_re.match(text[m.end : m.end + 40]))  # "Polish airspace"
    if drop:
        sent.mentions = [m for m in ms if all(m is not d for d in drop)]
