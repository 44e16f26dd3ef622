"""Organisations not in the dictionary: by their form ("Ministry of Health", "Sovereign Council"), national
bodies of a state ("Pakistan Air Force"), a name followed by its initials in brackets ("Alliance Fleuve Congo
(AFC)"), and within an article the later uses of a bracketed acronym ("Arakan Army (AA)" ... "AA").
"""

from __future__ import annotations

import re

from toolkit.extract.actors import quick_exits
from toolkit.extract.actors.lexicon import _Lexicon
from toolkit.extract.actors.mentions import _START, _Mention, _Sentence
from toolkit.extract.actors.rules import _Rules
from toolkit.extract.actors.words import _SPACES_RE, _alt, _slug, _tokens

_DATE_WORDS = frozenset(
    "Monday Tuesday Wednesday Thursday Friday Saturday Sunday January February March April June July August "
    "September October November December".split()
)


def _orgs_blocked(sent: _Sentence, rules: _Rules) -> bool:
    """True when :func:`_find_orgs` provably adds nothing: every organisation head word in the sentence lies in
    a mention an organisation name may not swallow ("Red Cross", "UN Security Council"), and no head word can
    be trimmed off the front of a name (so every name the rule reads keeps a head and overlaps that mention).
    """
    ms = sent.mentions
    for h in rules.org_head_re.finditer(sent.text):  # type: ignore[union-attr]
        w = h.group()
        if w in rules.org_generic or (w in rules.not_names and w not in rules.org_first):
            return False
        s, e = h.span()
        if not any(
            x.start < e
            and s < x.end
            and x.type not in ("state", "location")
            and x.rule not in ("demonym", "capital")
            for x in ms
        ):
            return False
    return True


# a hyphenated qualifier before a name is no part of it ("Ohio-based Harwell Corporation", "Saudi-owned ...")
_QUALIFIER_TOKEN = re.compile(r"[\w.’']+-(?:based|owned|run|backed|funded|born|headquartered|registered)")
_NAME_WORD_RE = re.compile(r"[A-Z][a-zà-ÿ]+(?:-[A-Z][a-zà-ÿ]+)?")
_NOT_IN_PERSON = frozenset(
    "National Federal Central State Royal General United International Global Regional Provincial Municipal "
    "Public Supreme High Independent Democratic Republican Islamic Christian New Great First Joint Special".split()
)


def _person_before_of(words: list[str], rules: _Rules, lex: _Lexicon) -> bool:
    """Are ``words`` (before the "of" of an organisation's name) a person's name: "Nils Haagen of Rogaland Fire
    and Rescue"? Two or three name-shaped words, none a head, title or demonym ("Bank of England", "National
    Institute of Health", "Democratic Republic of Congo" are no person's)."""
    return all(
        _NAME_WORD_RE.fullmatch(w) is not None
        and w not in rules.org_heads
        and w not in rules.name_heads
        and w not in _NOT_IN_PERSON
        and w not in lex.demonym_state
        and w not in lex.info
        and w.lower() not in rules.heads
        and w not in rules.not_names
        for w in words
    )


def _find_orgs(sent: _Sentence, rules: _Rules, lex: _Lexicon, covered: list[tuple[int, int]]) -> None:
    text = sent.text
    if quick_exits._FAST_ORGS and rules.org_head_re is not None and _orgs_blocked(sent, rules):
        return
    for m in rules.org_re.finditer(text):
        s, e = m.start(), m.end()
        toks = _tokens(text[s:e])
        the_tok = toks[0] if toks and toks[0][2] == "The" else None
        while toks and (
            toks[0][2] in rules.org_generic
            or (toks[0][2] in rules.not_names and toks[0][2] not in rules.org_first)
            or toks[0][2].lower() in rules.title_qualifiers  # "Retired Army General X": no "Retired Army"
            or _QUALIFIER_TOKEN.fullmatch(toks[0][2]) is not None  # "Ohio-based Harwell Corporation"
        ):
            toks = toks[1:]
        if not toks:
            continue
        for k, t in enumerate(toks):  # "West Bank on Tuesday": a day or month ends the name
            if k and t[2] in _DATE_WORDS:
                toks = toks[:k]
                while toks and toks[-1][2] in ("of", "for", "and", "on", "&"):
                    toks.pop()
                if not toks or toks[-1][2] not in rules.org_heads:
                    toks = []
                break
        if not toks:
            continue
        ofs = [k for k, t in enumerate(toks) if t[2] == "of"]
        if ofs and 2 <= ofs[0] <= 3 and _person_before_of([t[2] for t in toks[: ofs[0]]], rules, lex):
            toks = toks[
                ofs[0] + 1 :
            ]  # "Nils Haagen of Rogaland Fire and Rescue": a person of the organisation
            if len(toks) < 2:
                continue
        s, e = m.start() + toks[0][0], m.start() + toks[-1][1]
        words = [t[2] for t in toks]
        if len(words) < 2:
            continue
        if the_tok is not None and the_tok[1] + 1 == toks[0][0] and text[s - 4 : s] == "The ":
            before = text[: s - 4].rstrip()
            if (
                before and before[-1] not in ".!?“\"‘'(:;—–-"
            ):  # "its proxy, The Resistance Front": part of the name
                s -= 4
        inside = [x for x in sent.mentions if x.start < e and s < x.end]
        # an org name may swallow demonyms, state names and places, never other actors
        if any(x.start < s or x.end > e for x in inside):
            continue
        if any(x.type not in ("state", "location") and x.rule not in ("demonym", "capital") for x in inside):
            continue
        affiliation = lex.demonym_state.get(words[0])
        # "Democratic Republic of Congo Health Ministry", "Ministry of Health of Peru", "Toronto Police": the one
        # state named (or whose place is named) inside the name owns a body of the state
        inner = {  # not the name itself ("Oval Office") nor a demonym inside it ("Department of French")
            lex.state_of[x.actor_id]
            for x in inside
            if x.actor_id in lex.state_of
            and x.rule != "demonym"
            and (x.rule != "alias" or (x.start, x.end) != (s, e))
        }
        for x in inside:
            sent.mentions.remove(x)
        label = _SPACES_RE.sub(" ", text[s:e])
        # "Haiti's National Human Rights Defense Network", "Egypt's Suez Canal Authority": one mention
        owner = None
        if text[s - 3 : s] in ("’s ", "'s "):
            for x in sent.mentions:
                if x.end == s - 3 and x.type == "state" and x.rule in ("alias", "demonym"):
                    owner = x.actor_id
                    sent.mentions.remove(x)
                    s = x.start
                    break
        body = _state_body(
            words, rules, lex, owner or affiliation or (inner.pop() if len(inner) == 1 else None)
        )
        if body is not None:
            st, body_role = body
            if st is not None:  # "Pakistan Air Force" -> the state (or its institution for the role)
                inst = lex.institutions.get((st, body_role))
                a = lex.actors[inst or st]
                sent.mentions.append(
                    _Mention(s, e, a["actor_id"], a["label"], a["type"], "org_state",
                             affiliation=a["affiliation"] if inst else st, role=body_role)
                )  # fmt: skip
                covered.append((s, e))
                continue
        known = lex.alias_ids.get(label)  # "West Bank" (a dictionary name that ends in an org head)
        if known is not None:
            a = lex.actors[known]
            sent.mentions.append(
                _Mention(s, e, known, a["label"], a["type"], "alias", is_place=a["type"] == "location",
                         affiliation=a["affiliation"], role=a["role"])
            )  # fmt: skip
            covered.append((s, e))
            continue
        role = rules.institutions.get(label.lower())  # "Constitutional Council": resolved per article
        if role is None and body is not None:
            role = body[1]  # "the Presidential Office", "Ministry of National Defense": the article's state
        sent.mentions.append(
            _Mention(
                s,
                e,
                "new:" + _slug(label),
                label,
                "organization",
                "org_form",
                affiliation=affiliation,
                inst_role=role,
            )
        )
        covered.append((s, e))
    sent.mentions.sort(key=_START)


def _state_body(
    words: list[str], rules: _Rules, lex: _Lexicon, owner: str | None
) -> tuple[str | None, str] | None:
    """Is a discovered organisation a national body of a state? (its state or None, its role), or None.

    The head must be a body head ("Air Force", "Council", "Ministry of ...") and the state named first
    ("Pakistan Air Force"), before it ("Egypt's Suez Canal Authority") or the name must read national
    ("National Security Council", "Presidential Office", "Ministry of National Defense").
    """
    heads = rules.state_body_heads
    head = words[-1] if words[-1] in heads else None
    if head is None and words[0] in heads and len(words) > 2 and words[1] in ("of", "for"):
        head = words[0]
    if head is None and owner is not None:  # "California Department of Forestry": a place's body of ...
        pairs = zip(words[1:-1], words[2:], strict=True)
        head = next((w for w, nxt in pairs if w in heads and nxt in ("of", "for")), None)
    if head is None or any(w in rules.state_body_not_words for w in words):
        return None
    st = owner
    if st is not None and lex.actors.get(st, {}).get("type") != "state":
        st = lex.state_of.get(st)
    if st is not None or any(w in rules.state_body_words for w in words):
        return st, heads[head]
    return None


_PAREN_ACR_RE = re.compile(r"\s\(([A-Z][A-Za-z&]{1,8})\)")
_RUN_WORD_RE = re.compile(r"[^\s]+")
_CONNECTORS = frozenset("of for and the de des du la le al el wal ul e on in".split())
_ARMED_WORDS = frozenset("Army Front Brigade Brigades Militia Liberation Mujahideen Jihad".split())


def _initials(word: str) -> str:
    return "".join(p[0] for p in re.split(r"[-’']", word) if p[:1].isupper())


def _spelling_start(run: list[re.Match[str]], letters: str, rules: _Rules, *, strict: bool) -> int | None:
    """The first word of the longest ``run`` whose capitals spell ``letters`` (an acronym's capitals), or None.

    Words that are never names alone (``not_name_words``: "The", "African") start no run, unless ``strict``:
    then such a word may start it when the capitals of the run are exactly the acronym's ("European Central
    Bank (ECB)", "African Continental Free Trade Area (AfCFTA)").
    """
    for k in range(len(run)):
        word = run[k].group()
        if word in _CONNECTORS or (word in rules.not_names and not strict):
            continue
        ini = "".join(_initials(w.group()) for w in run[k:])
        if strict:
            if ini == letters:
                return k
            continue
        if ini[:1] != letters[:1] or len(ini) > len(letters) + 1:
            continue
        it = iter(ini)
        if all(c in it for c in letters):
            return k
    return None


def _find_acronym_names(sent: _Sentence, rules: _Rules, lex: _Lexicon) -> None:
    """ "Alliance Fleuve Congo (AFC)", "Jama'at Nusrat al-Islam wal-Muslimin (JNIM)": a capitalised name followed
    by its initials in brackets is one organisation (the acronym's dictionary actor, or ``new:<slug>``), and the
    places or states inside it are not mentions."""
    text = sent.text
    for am in _PAREN_ACR_RE.finditer(text):
        acr = am.group(1)
        letters = "".join(c for c in acr if c.isupper())
        words = list(_RUN_WORD_RE.finditer(text, max(0, am.start() - 100), am.start()))
        run: list[re.Match[str]] = []
        for w in reversed(words):
            token = w.group()
            if (
                token[:1].isupper()
                and token not in rules.not_names
                and token.isalpha()
                or (token[:1].isupper() and re.fullmatch(r"[\w’'-]+", token))
            ):
                run.insert(0, w)
            elif token in _CONNECTORS or re.fullmatch(r"(?:al|el|wal|ul|ad|as|ash|at|az)-[\w’'-]+", token):
                run.insert(0, w)
            else:
                break
        best = _spelling_start(run, letters, rules, strict=False)
        if best is None:  # "African Continental Free Trade Area (AfCFTA)": a demonym spells the first letter
            best = _spelling_start(run, letters, rules, strict=True)
        if best is None or len(run) - best < 2:
            continue
        while run and run[-1].group() in _CONNECTORS:
            run.pop()
        s, e = run[best].start(), run[-1].end()
        if e <= s:
            continue
        inside = [x for x in sent.mentions if x.start < e and s < x.end]
        if any(x.start < s or x.end > e for x in inside) or any(
            x.rule not in ("alias", "demonym", "capital") or x.type not in ("state", "location")
            for x in inside
        ):
            continue
        for x in inside:
            sent.mentions.remove(x)
        name = _SPACES_RE.sub(" ", text[s:e])
        known = lex.alias_ids.get(acr)
        if known is not None:
            a = lex.actors[known]
            men = _Mention(s, e, known, a["label"], a["type"], "acronym_name", affiliation=a["affiliation"],
                           role=a["role"])  # fmt: skip
        else:
            typ = "armed_group" if any(w.group() in _ARMED_WORDS for w in run[best:]) else "organization"
            men = _Mention(s, e, "new:" + _slug(name), name, typ, "acronym_name",
                           affiliation=lex.demonym_state.get(run[best].group()))  # fmt: skip
        sent.mentions.append(men)
    sent.mentions.sort(key=_START)


_ACRONYM_RE = re.compile(r"^\s*\(([A-Z][A-Z0-9&]{1,7})\)")


def _find_acronyms(sents: list[_Sentence], lex: _Lexicon) -> None:
    """ "Arakan Army (AA)": the bracketed acronym and its later uses in the article are that actor."""
    defs: dict[str, _Mention] = {}
    for sent in sents:
        for m in sent.mentions:
            if (m.type in ("person", "state", "location") and m.rule != "org_state") or m.group:
                continue
            am = _ACRONYM_RE.match(sent.text[m.end : m.end + 14])
            if am and am.group(1) not in lex.actors and am.group(1) not in defs:
                defs[am.group(1)] = m
    if not defs:
        return
    rx = re.compile(rf"(?<![\w-])(?:{_alt(defs)})(?![\w-])")
    for sent in sents:
        added = False
        for hit in rx.finditer(sent.text):
            s, e = hit.span()
            if any(x.start < e and s < x.end for x in sent.mentions):
                continue
            src = defs[hit.group()]
            sent.mentions.append(
                _Mention(
                    s,
                    e,
                    src.actor_id,
                    src.label,
                    src.type,
                    "acronym",
                    affiliation=src.affiliation,
                    role=src.role,
                )
            )
            added = True
        if added:
            sent.mentions.sort(key=_START)
