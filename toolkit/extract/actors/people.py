"""People not in the dictionary, within a sentence: a dictionary name inside a longer personal name, names
introduced by a title, an apposition, a reporting verb, a given name or a possessive, names in a list,
nicknames; and the places and armed groups named by their form on the way ("the village of X", "X camp").
"""

from __future__ import annotations

import itertools
import re

from toolkit.extract.actors import quick_exits
from toolkit.extract.actors.lexicon import _Lexicon
from toolkit.extract.actors.mentions import _START, _has_type, _Mention, _Pending, _Sentence
from toolkit.extract.actors.name_chunks import _name_chunks
from toolkit.extract.actors.place_phrases import _is_place, _place_after
from toolkit.extract.actors.rules import _Rules
from toolkit.extract.actors.surnames import _surname_mention
from toolkit.extract.actors.titles import _head_match, _title_before, _title_org
from toolkit.extract.actors.words import _CAP, _CONJ_GAP_RE, _slug

_LEFT_RUN_RE = re.compile(rf"(?:(?<=\s)|^)((?:{_CAP}\s){{1,3}})$")
_RIGHT_RUN_RE = re.compile(rf"^((?:\s{_CAP}){{1,2}})")


def _name_word(w: str, rules: _Rules, lex: _Lexicon) -> bool:
    return not (
        w in rules.not_names
        or w.lower() in rules.heads
        or (w.isupper() and len(w) > 1)
        or w in lex.demonym_state
        or w in rules.particles
        or w in rules.org_heads
        or w in rules.place_heads
    )


def _absorb_in_names(sent: _Sentence, rules: _Rules, lex: _Lexicon) -> None:
    """A dictionary name inside a longer personal name is part of that name, not the actor it names.

    "Foreign Minister Thérèse Kayikwamba Wagner" is not the Wagner group, "Minister Wellington Koo" not New
    Zealand's capital, and "Hafez al-Assad" not Bashar al-Assad (another given name before the dictionary
    person's surname). A one-word match with capitalised name words around it becomes a person when the whole
    name is introduced as one (a title before it, a common given name first, an apposition or a reporting
    verb after it); a person's one-word alias after another given name is always a different person.
    """
    text = sent.text
    ms = sent.mentions
    for m in list(ms):
        # cheap test first: a capitalised word right before (or, for non-people, right after) the match
        b = m.start
        cap_left = b >= 2 and text[b - 1] == " " and text[text.rfind(" ", 0, b - 1) + 1 : b][:1].isupper()
        cap_right = (
            m.type != "person" and text[m.end : m.end + 1] == " " and text[m.end + 1 : m.end + 2].isupper()
        )
        if not (cap_left or cap_right) or m.group or " " in text[m.start : m.end]:
            continue
        if m.type != "person" and text[m.start : m.end] in lex.demonym_state:
            continue  # "Philippine Coast Guard", "Israel Katz": a state's name or adjective starts no person here
        if m.role == "party" and m.type != "person":
            continue  # "Democrat Hale", "Republican Kevin Hale": the person's party, then the person
        lm = _LEFT_RUN_RE.search(text[max(0, m.start - 60) : m.start]) if cap_left else None
        left: list[str] = []
        for w in reversed(lm.group(1).split() if lm else []):  # the name words right before the match
            if (
                not _name_word(w, rules, lex) or w.lower() in rules.portfolio_words
            ):  # not "Secretary of State X"
                break
            left.insert(0, w)
        if not left and not cap_right:
            continue
        others = [(x.start, x.end) for x in ms if x is not m]
        s = m.start - sum(len(w) + 1 for w in left)
        if m.type == "person":
            label_words = m.label.split()
            if not left or left[0] == label_words[0] or left[-1] in label_words:
                if (
                    left
                    and all(w in label_words for w in left)
                    and not any(a < m.start and s < b for a, b in others)
                ):
                    m.start = m.name_start = s  # "Omar Touray" for "Omar Alieu Touray": the same person
                continue
            e = m.end
        else:
            rm = _RIGHT_RUN_RE.match(text[m.end : m.end + 40]) if cap_right else None
            right = rm.group(1).split() if rm else []
            while right and not _name_word(right[-1], rules, lex):
                right.pop()
            if any(not _name_word(w, rules, lex) for w in right):
                right = []
            if not left and not right:
                continue
            e = m.end + sum(len(w) + 1 for w in right)
            words = [*left, text[m.start : m.end], *right]
            if not (
                words[0] in rules.given
                or _title_before(text, s, rules, others) is not None
                or rules.apposition_re.match(text[e:])
                or rules.verbs_after_re.match(text[e:])
            ):
                continue
        if any(a < e and s < b for a, b in others):
            continue
        name = text[s:e]
        p = _Mention(s, e, "new:" + _slug(name), name, "person", "full_name", name_start=s)
        t0 = _title_before(text, s, rules, others)
        if t0 is not None:
            p.title = text[t0:s].rstrip(" ,")
            p.start = t0
        ms[ms.index(m)] = p
    ms.sort(key=_START)


def _may_pre_appos(pre: str, rules: _Rules) -> bool:
    """False when ``rules.pre_appos_re`` cannot match ``pre`` (the quick exit before its search from every position).

    The regex ends with a title head, then at most six words ("for Syria", "in the Central African Republic"), then
    a comma and white space: one of the last seven words before the comma is a head's last word (compared in lower
    case; a word that is not ASCII may match a head through case folding, so it always goes to the regex).

    >>> from toolkit.extract.actors.rules import _rules
    >>> _may_pre_appos("The UN special envoy for Syria, ", _rules()), _may_pre_appos("On a cold day in March, ", _rules())
    (True, False)
    """
    if not quick_exits._FAST_ROLE or rules.head_tails is None:
        return True
    body = pre.rstrip()
    if not body.endswith(","):
        return True  # no such phrase: the regex says so
    for word in body[:-1].split()[-7:]:
        if not word.isascii() or word.lower() in rules.head_tails:
            return True
    return False


_PREP_PARTICLES = frozenset({"at", "in", "to", "from"})
# a name-shaped word: a capital, then lower case (with one apostrophe or hyphen part: "O'Neill", "Smith-Jones")
_NAME_SHAPE = re.compile(r"[A-Z][a-zà-ÿ]+(?:[’'-][A-Za-z][a-zà-ÿ]+)?|Mc[A-Z][a-z]+|Mac[A-Z][a-z]+")


def _find_people(
    sent: _Sentence,
    rules: _Rules,
    lex: _Lexicon,
    covered: list[tuple[int, int]],
    known: dict[str, _Mention | None],
) -> list[str]:
    """People and places not in the dictionary; returns the chunk keys looked up in ``known``."""
    text = sent.text
    keys: list[str] = []
    if "“" in text or '"' in text:
        _find_nicknamed(sent, rules, covered)
    for chunk in _name_chunks(text, rules, covered):
        s, e = chunk[0][0], chunk[-1][1]
        words = [w for _, _, w in chunk]
        if words[0] in lex.demonym_state or words[-1] in rules.org_heads:
            continue
        rule = None
        title_start = _title_before(text, s, rules, covered)
        while len(chunk) > 2 and words[0].lower() in rules.portfolio_words:
            t1 = _title_before(
                text, chunk[1][0], rules, covered
            )  # "Minister of National Defense Chen Wei-lun"
            if t1 is None:
                break
            chunk, words, title_start = chunk[1:], words[1:], t1
            s = chunk[0][0]
        key = " ".join(words)
        keys.append(key)
        src = known.get(key)
        if src is not None:  # the surname of a person named earlier in the article
            m = _surname_mention(src, text, s, e, title_start)
            sent.mentions.append(m)
            covered.append((m.start, e))
            continue
        if title_start is not None:
            title_start = _title_org(sent, title_start, s, rules, lex)
            rule = "title"
        elif (
            len(words) >= 2
            and text[s - 2 : s] == ", "
            and (text[e : e + 1] in (",", ";") or rules.verbs_after_re.match(text[e:]))
            and rules.pre_appos_re is not None
            and _may_pre_appos(text[max(0, s - 120) : s], rules)
            and rules.pre_appos_re.search(text[max(0, s - 120) : s])
        ):
            rule = "apposition"  # "The UN special envoy for Syria, Geir Pedersen, said"
        elif _head_match(text[e : e + 60], rules):
            continue  # "Ti Makak leader Ronel Dorvil": the name before a title is split off with the title
        else:
            kind = _place_after(text, e, rules)
            place_ok = (
                words[0] not in rules.given
                # "from Hillary Clinton's aides": a possessive person, not a place
                and not (len(words) >= 2 and words[0] in rules.given_more and text[e : e + 2] in ("’s", "'s"))
                and not any(w in rules.not_place_names for w in words)
            )
            if kind is None and len(words) == 1 and words[0] in rules.compass_words:
                place_ok = False  # "the South Caucasus" split, a bare "North": never an actor on its own
            if kind is None and place_ok:
                if _is_place(text, s, rules) or any(
                    x.is_place and _CONJ_GAP_RE.fullmatch(text[x.end : s])
                    for x in sent.mentions
                    if x.end <= s
                ):
                    kind = (e, "location")
            if kind is not None and (place_ok or kind[1] == "armed_group"):
                end, typ = kind
                for _, te, w in chunk[:-1]:  # "Medics at Al-Awda Hospital": the place starts after "at"
                    if w in _PREP_PARTICLES:
                        s = te + 1
                name = (
                    text[s:end]
                    if text[end - 1 : end].isupper() or text[e + 1 : e + 2].isupper()
                    else text[s:e]
                )
                sent.mentions.append(
                    _Mention(s, end, "new:" + _slug(name), name, typ, "place_form" if typ == "location" else "group_form",
                             is_place=typ == "location")
                )  # fmt: skip
                covered.append((s, end))
                continue
        if rule is not None:
            pass
        elif len(words) >= 2 and words[-1] in rules.name_heads and words[0] not in rules.given:
            pass  # "Dangote Cement said": a company or club, typed by toolkit.extract.actors.general_news
        elif rules.apposition_re.match(text[e:]):
            rule = "apposition"
        elif len(words) >= 2 and (
            rules.verbs_after_re.match(text[e:]) or rules.verbs_before_re.search(text[:s])
        ):
            rule = "name_verb"
        elif len(words) >= 2 and words[0] in rules.given:
            rule = "given_name"
        elif (
            2 <= len(words) <= 3
            and words[0] in rules.given_more
            and words[-1] not in rules.place_heads
            and all(_NAME_SHAPE.fullmatch(w) for w in words)
        ):
            rule = "given_name"  # a census given name, then one or two name-shaped words: "Hillary Clinton"
        elif (
            len(words) >= 2
            and (
                text[s - 3 : s] in ("’s ", "'s ")
                or (text[s - 2 : s] in ("’ ", "' ") and text[s - 3 : s - 2] == "s")
            )
            and any(
                x.end in (s - 3, s - 2) and x.type in ("organization", "armed_group", "state")
                for x in sent.mentions
            )
        ):
            rule = "possessive"  # "Al Jazeera's Resul Serdar"
        if rule is None:
            sent.pending.append(_Pending(s, e, chunk))
            continue
        name = text[s:e]
        m = _Mention(s, e, "new:" + _slug(name), name, "person", rule, name_start=s)
        if title_start is not None:
            m.title = text[title_start:s].rstrip(" ,")
            m.start = title_start
        sent.mentions.append(m)
        covered.append((m.start, e))
    if sent.pending and (len(sent.pending) > 1 or _has_type(sent.mentions, "person")):
        _name_lists(sent, rules, lex)
    sent.mentions.sort(key=_START)
    return keys


_PLURAL_BEFORE_RE = re.compile(r"(\w+),\s$")


def _name_lists(sent: _Sentence, rules: _Rules, lex: _Lexicon) -> None:
    """ "the three women, Romi Gonen, Emily Damari and Doron Steinbrecher": names listed with a person, or
    listed after a plural noun for people ("the captives, X, Y and Z"), are people."""
    text = sent.text
    two = [p for p in sent.pending if len(p.tokens) >= 2 and p.tokens[0][2] not in lex.demonym_state]
    for p, q in itertools.pairwise(two):
        pm = _PLURAL_BEFORE_RE.search(text[max(0, p.start - 30) : p.start])
        noun = pm.group(1).lower() if pm else ""
        if (
            noun.endswith("s")
            and (noun[:-1] in rules.heads or noun in rules.role_nouns)
            and _CONJ_GAP_RE.fullmatch(text[p.end : q.start])
        ):
            name = text[p.start : p.end]
            sent.mentions.append(
                _Mention(
                    p.start, p.end, "new:" + _slug(name), name, "person", "name_list", name_start=p.start
                )
            )
            sent.pending.remove(p)
            break
    changed = True
    while changed and sent.pending:
        changed = False
        spans = [
            (x.name_start if x.name_start is not None else x.start, x.end)
            for x in sent.mentions
            if x.type == "person"
        ]
        for p in list(sent.pending):
            if len(p.tokens) < 2 or p.tokens[0][2] in lex.demonym_state:
                continue
            if any(
                (pe <= p.start and _CONJ_GAP_RE.fullmatch(text[pe : p.start]))
                or (ps >= p.end and _CONJ_GAP_RE.fullmatch(text[p.end : ps]))
                for ps, pe in spans
            ):
                name = text[p.start : p.end]
                sent.mentions.append(
                    _Mention(
                        p.start, p.end, "new:" + _slug(name), name, "person", "name_list", name_start=p.start
                    )
                )
                sent.pending.remove(p)
                changed = True


_NICK_RE = re.compile(rf"({_CAP})\s+[“\"]({_CAP}(?:\s+{_CAP})?)[”\"]\s+({_CAP}(?:\s+{_CAP})?)")


def _find_nicknamed(sent: _Sentence, rules: _Rules, covered: list[tuple[int, int]]) -> None:
    """ "Monel “Mikano” Felix", "Jimmy “Barbecue” Chérizier": a person with a nickname (label without it)."""
    text = sent.text
    for m in _NICK_RE.finditer(text):
        s, e = m.span()
        first, last = m.group(1), m.group(3)
        if (
            first in rules.not_names
            or first.lower() in rules.heads
            or any(a < e and s < b for a, b in covered)
        ):
            continue
        label = f"{first} {last}"
        men = _Mention(s, e, "new:" + _slug(label), label, "person", "nickname", name_start=s)
        t0 = _title_before(text, s, rules, covered)
        if t0 is not None:
            men.title = text[t0:s].rstrip(" ,")
            men.start = t0
        sent.mentions.append(men)
        covered.append((men.start, e))
