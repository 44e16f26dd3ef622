"""Titles and roles next to a name: a title before a person ("army chief Herzi Halevi", "Minister of National
Defense X"), attached to the mention; an organisation split off the front of a title ("Gran Grif leader X");
and the quick matches of a role noun or a title head right after a mention.
"""

from __future__ import annotations

import re

from toolkit.extract.actors import quick_exits
from toolkit.extract.actors.lexicon import _Lexicon
from toolkit.extract.actors.mentions import _START, _Mention, _Sentence
from toolkit.extract.actors.rules import _Rules
from toolkit.extract.actors.words import _SPACES_RE, _STOP, _WORD_RE, _slug, _tokens

_WS_WORD_RE = re.compile(r"\s+(\w*)")  # white space, then the word after it (maybe empty)


def _starts_none(after: str, firsts: frozenset[str]) -> bool:
    """True when ``after`` cannot be white space then a phrase whose first word (lower case) is in ``firsts``:
    it does not start with white space, or the word after it is an ASCII word that is not in ``firsts``."""
    m = _WS_WORD_RE.match(after)
    if m is None:
        return True
    word = m.group(1)
    return word.isascii() and word.lower() not in firsts


def _role_match(after: str, rules: _Rules) -> re.Match[str] | None:
    """``rules.role_re.match(after)``, skipping the regex when the word after the white space starts no role
    phrase (role_re wants white space, then a modifier or a role noun, whose first word must be that word)."""
    if (
        quick_exits._FAST_ROLE
        and rules.role_first is not None
        and after[:1] not in ("’", "'")
        and _starts_none(after, rules.role_first)
    ):
        return None
    return rules.role_re.match(after)


def _head_match(after: str, rules: _Rules) -> re.Match[str] | None:
    """``rules.head_re.match(after)``, skipping the regex when the word after the white space starts no title
    head (head_re wants white space, then a title head, whose first word must be that word)."""
    if quick_exits._FAST_ROLE and rules.head_first is not None and _starts_none(after, rules.head_first):
        return None
    return rules.head_re.match(after)


_TRAIL_SPACE_RE = re.compile(r"(,?\s+)$")
_DET_RE = re.compile(r"\b(?:the|a|an|its|their|his|her)\b[^,]{0,40}$", re.I)
_DIGIT_RE = re.compile(r"\d")


def _attach_titles(sent: _Sentence, rules: _Rules, lex: _Lexicon, covered: list[tuple[int, int]]) -> None:
    """Extend person mentions over the title before them ("army chief Herzi Halevi")."""
    for m in list(sent.mentions):
        if m.type != "person" or m.title:
            continue
        t0 = _title_before(sent.text, m.start, rules, covered)
        if t0 is not None:
            t0 = _title_org(sent, t0, m.start, rules, lex)
            m.title = sent.text[t0 : m.start].rstrip(" ,")
            m.name_start = m.start
            m.start = t0
    sent.mentions.sort(key=_START)


def _title_before(text: str, pos: int, rules: _Rules, covered: list[tuple[int, int]]) -> int | None:
    """Start of a title phrase ending right before ``pos`` (optionally followed by a comma), or None."""
    if pos == 0 or not text[pos - 1].isspace():  # the phrase must end in white space
        return None
    pre = text[:pos]
    # the white space (and a comma before it) the phrase ends with: _TRAIL_SPACE_RE without its scan of ``pre``
    end = pos - 1
    while end > 0 and pre[end - 1].isspace():
        end -= 1
    comma = end > 0 and pre[end - 1] == ","
    if comma:
        end -= 1
    if comma and not _DET_RE.search(pre[:end]):
        return None
    words = list(_WORD_RE.finditer(pre[max(0, end - 60) : end]))
    off = max(0, end - 60)
    if not words:
        return None
    # the head: longest title head ending at the last word. A head equal to the phrase (in lower case) ends
    # with the phrase's last token, so a last token that ends no head skips the loop (heads in ASCII only:
    # then lower case maps each character of the phrase to one character and keeps its tokens).
    head_start = None
    last = words[-1].group().lower()
    tries = (
        0
        if quick_exits._FAST_ROLE
        and rules.head_last is not None
        and last not in rules.head_last
        and last.partition("-")[2] not in rules.head_last  # "then-mayor"
        else 4
    )
    for k in range(min(tries, len(words)), 0, -1):
        cand = words[-k:]
        if cand[-1].end() + off != end:
            break
        phrase = pre[cand[0].start() + off : end]
        if _SPACES_RE.sub(" ", phrase).lower() in rules.heads:
            head_start = cand[0].start() + off
            n_head = k
            break
        q, dash, rest = phrase.partition("-")  # "then-Mayor", "ex-Senator": the title starts after the hyphen
        if dash and q.lower() in rules.title_qualifiers and _SPACES_RE.sub(" ", rest).lower() in rules.heads:
            return cand[0].start() + off + len(q) + 1
    if head_start is None and len(words) >= 3 and words[-1].group()[:1].isupper():
        # "Minister of National Defense Wellington Koo": a head, of/for, then capitalised portfolio words
        j = len(words)
        while j > 0 and (
            (words[j - 1].group()[:1].isupper() and words[j - 1].group().lower() in rules.portfolio_words)
            or words[j - 1].group() in ("and", "&")
        ):
            j -= 1
        if j < len(words) and j >= 2 and words[j - 1].group() in ("of", "for"):
            for k in range(min(3, j - 1), 0, -1):
                cand = words[j - 1 - k : j - 1]
                phrase = pre[cand[0].start() + off : cand[-1].end() + off]
                if _SPACES_RE.sub(" ", phrase).lower() in rules.heads:
                    head_start = cand[0].start() + off
                    n_head = len(words) - (j - 1 - k)
                    break
    if head_start is None:
        return None
    if any(a < end and head_start < b for a, b in covered):
        return None
    start = head_start
    # up to three modifiers: words that are not stop words, not covered by another mention
    mods = words[: len(words) - n_head]
    for w in reversed(mods[-3:]):
        ws, we = w.start() + off, w.end() + off
        gap = pre[we:start]
        if not _SPACES_RE.fullmatch(gap) or any(a < we and ws < b for a, b in covered):
            break
        token = w.group()
        if (
            token.lower() in _STOP
            or token.lower() in rules.title_qualifiers  # "defeating incumbent Mayor X": the title is "Mayor"
            or token in rules.not_names
            or token.endswith(("’s", "'s"))
            or _DIGIT_RE.search(token)
            # a verb before the title is no part of it: "the council thanked Mayor X", "declined Prime Minister X"
            or (token[:1].islower() and "-" not in token and token.endswith(("ed", "ing")))
        ):
            break
        start = ws
    return start


def _title_org(sent: _Sentence, t0: int, name_start: int, rules: _Rules, lex: _Lexicon) -> int:
    """Split an organisation off the front of a title: "Gran Grif leader X", "Civil defence spokesman X".

    Returns the new start of the title; the organisation (capitalised words inside a sentence, or an
    institution phrase such as "civil defence" at its start) becomes its own mention.
    """
    text = sent.text
    toks = _tokens(text[t0:name_start])
    if len(toks) < 2 or not toks[0][2][:1].isupper():
        return t0
    # the head: the longest title head at the end of the title
    for k in range(min(4, len(toks)), 0, -1):
        head = " ".join(w for _, _, w in toks[-k:]).lower()
        if head in rules.heads:
            mods = toks[:-k]
            break
    else:
        return t0
    if not mods or any(w.endswith(".") or w.lower() in rules.heads for _, _, w in mods):
        return t0
    if all(w in rules.title_modifiers for _, _, w in mods):
        return t0  # "Supreme Leader X", "Grand Ayatollah X": a rank of the title, not an organisation
    if head in rules.portfolio_heads or all(w.lower() in rules.portfolio_words for _, _, w in mods):
        if not any(w in lex.demonym_state for _, _, w in mods):
            return t0  # "Energy Minister X", "National Security Advisor X": a portfolio, not an organisation
    s, e = t0 + mods[0][0], t0 + mods[-1][1]
    if (
        len(mods) == 1 and mods[0][2] in rules.org_heads
    ):  # "ECOWAS Commission President X": the org's own body
        for x in sent.mentions:
            if x.end + 1 == s and text[x.end] == " " and x.type == "organization":
                x.end = e
                return t0 + toks[-k][0]
    phrase = _SPACES_RE.sub(" ", text[s:e])
    role = rules.institutions.get(phrase.lower())
    initial = s == 0 or not text[:s].strip() or text[:s].rstrip()[-1] in "“\"‘'(:"
    if role is not None:
        m = _Mention(s, e, "new:" + _slug(phrase), phrase, "organization", "institution", inst_role=role)
    elif not initial and all(w[:1].isupper() and w not in rules.not_names for _, _, w in mods):
        if mods[0][2] in lex.demonym_state:
            return t0
        m = _Mention(s, e, "new:" + _slug(phrase), phrase, "organization", "title_org")
    else:
        return t0
    sent.mentions.append(m)
    return t0 + toks[-k][0]
