"""Who a claim credits, as its sentence says it: the source cues of a sentence (:func:`_cues`:
"according to X", "X said/says/believes", "..., said X.", "X's tally", a company's own results) and the
one that credits a number (:func:`_pick_cue`). Resolving a cue to an actor, and sources across
sentences, is :mod:`toolkit.extract.claims.resolve`.
"""

from __future__ import annotations

import operator
import re
from typing import Any

from toolkit.extract.claims.memos import _SOURCE_MEMO, _Memos
from toolkit.extract.claims.nouns import _RE_DIGITS, _WORD
from toolkit.extract.claims.rules import _SUBJECT_STOPS, _Rules
from toolkit.extract.numbers import _matches

# regexes of the hot paths, compiled once
_RE_SOURCE_LEAD = re.compile(r"^[\s,“”\"‘’(]*(?:(?:and|but|or|while|as|with)\s+)?(?:(?:the|a|an)\s+)?", re.I)
_RE_SOURCE_TAIL = re.compile(
    r"(?:\s+(?:on|in|late|early|this|last)\s+(?:monday|tuesday|wednesday|thursday|friday|saturday|sunday|a statement|week|month|year)"
    r"|\s+(?:monday|tuesday|wednesday|thursday|friday|saturday|sunday|today|yesterday))+[\s,.]*$|[\s,.;:”\"’)]+$",
    re.I,
)
_RE_SUBJECT_TOKEN = re.compile(rf"{_WORD}|[,;:()“”\"—–]")
# where an "according to X" phrase ends: punctuation, a relative or reporting word, or a count right after
# a lower-case word ("according to the police 20 people were held"; not a year, not after a determiner)
_RE_PREP_SOURCE_END = re.compile(
    r"[,;:()—–“”\"]|(?<!\b[A-Z])\.|\s(?:that|which|who|and said|said|says)\b"
    r"|(?<=[a-z])(?<!\bthe)(?<!\bof)(?<!\bits)(?<!\btop)(?<!\bfor)(?<!\bin)\s+(?=\d)(?!(?:1[89]|20)\d\d\b)|$"
)
_RE_APOSTROPHE = re.compile(r"['’]")
# a clause end within four words ("1,204,311" is no comma of a clause)
_RE_VERB_CLAUSE_END = re.compile(r"(?:\s+[\w’'\-]+){0,4}?\s*(?:,(?!\d)|[;:!?”\"’]|(?<!\b[A-Z])\.(?!\d)|$)")
_RE_INVERTED_SOURCE = re.compile(r"\s+((?:the|a|an)?\s*[\w’'\-]+(?:\s+[\w’'\-]+){0,10}?)\s*(?:[,.;]|$)")
_RE_CAPITALISED_OWNER = re.compile(r"((?:[A-Z][\w’'\-]*\.?\s+){0,5}[A-Z][\w’'\-]*)\s*$")
_RE_WORDLIKE = re.compile(r"[\w’']")
_RE_SUBJECT_OPENER = re.compile(r"(?:the|a|an|[A-Z])")
_RE_LAST_WORD = re.compile(r"([\w’'\-]+)\W*$")
_RE_WITH_AFTER = re.compile(r"\s+with\b", re.I)
_RE_ADDING = re.compile(r"\badding\b", re.I)
# a clause boundary that a whole-sentence cue ("according to X") does not cross
_RE_SCOPE_SPLIT = re.compile(r";|,\s+(?:while|whereas|but)\b")
# words before a reporting-verb form that make it a noun or adjective ("an estimated 80%", "some estimates")
_NOT_VERB_AFTER = frozenset(
    "a an the some these those its their his her our official latest new other many most several "
    "conservative independent unofficial earlier previous initial no "
    # a preposition right before the form makes it an adjective or a noun ("the number of confirmed
    # cases", "with reported deaths", "By reports, ...")
    "of with by for from in at among into without".split()
    # an ordinal before the form makes it an adjective ("the first recorded cases", "the last reported sighting")
    + "first second third last next only".split()
)
_BE = frozenset(("is", "are", "was", "were", "be", "been", "being"))
# a bare verb form right after "the/a/an" + a name, with a comma after it, is a noun ("The Netflix show,
# which airs ...", "the CDC report, released on Monday,"): a singular name takes "shows"/"reports" as a verb
_RE_NOUN_AFTER_NAME = re.compile(r"\b(?:[Tt]he|[Aa]n?)\s+(?:[A-Z][\w&\-]*\s+){1,3}$")
_RE_NOUN_FORM_END = re.compile(r"[a-z]+(?<![sd]),")
# a count after a reporting verb, not a date ("said on 12 March")
_RE_DIGIT = re.compile(r"(?<!\bon )(?<!\bin )(?<!\bat )(?<!\bby )(?<!\bof )(?<![\d,.])\d")
# "Citing X, Y estimated ...": the opening "citing" phrase gives Y's grounds; Y is the source
_RE_CITING_OPENER = re.compile(r"^\W*citing\b", re.I)
# a subject that is only a conjunction ("X said A and said B"): the verb shares the subject before it
_CONJUNCTIONS = frozenset("and but or then".split())
# function words that are never a source on their own ("The toll rose to 900": "The" owns nothing)
_FUNCTION_WORDS = frozenset(
    "the a an this that these those its their his her our my your by with of in on at for from to as".split()
)
_LOWER_OWNERS = frozenset(
    "some other official independent unofficial conservative government local several many most".split()
)


# A source cue: (start, end: the source's span within the sentence; scope: before, after, all or
# adjacent (the number right before the source); at: where the cue sits, for distance; kind).
# A plain tuple of numbers and strings, which the garbage collector stops tracking once a memo holds it.
_Cue = tuple[int, int, str, int, str]


def _clean_source(text: str, a: int, b: int) -> tuple[int, int]:
    """Trim punctuation, leading articles and trailing time words from a source span. A pure
    function of ``text[a:b]`` (sources repeat: "the UN", "the health ministry"): remembered."""
    seg = text[a:b]
    hit = _SOURCE_MEMO.get(seg)
    if hit is None:
        hit = _SOURCE_MEMO.put(seg, _trim_source(seg))
    lead, length = hit
    return a + lead, b if length is None else a + lead + length


def _trim_source(seg: str) -> tuple[int, int | None]:
    """(characters to trim from the front of ``seg`` (punctuation, a leading conjunction or
    article), length of what is left when the end is trimmed too (time words, punctuation), else None)."""
    m = _RE_SOURCE_LEAD.match(seg)
    lead = m.end() if m else 0
    m2 = _RE_SOURCE_TAIL.search(seg[lead:])
    return lead, m2.start() if m2 else None


def _subject_before(
    text: str, v: int, rules: _Rules, *, after_number: list[bool] | None = None, memos: _Memos | None = None
) -> tuple[int, int] | None:
    """:func:`_walk_subject`, remembered by the text it reads: the walk back from ``v``
    stops at the last punctuation mark of ``_SUBJECT_STOPS`` before it (a word of its own that is
    not word-like; none is an adverb, else ``rules.subject_memo_ok`` is False and nothing is
    remembered) exactly as at the start of the text, so the answer is a pure function of the text
    from there to ``v`` ("the UN", "the health ministry") and the two characters after it
    (``_RE_SUBJECT_OPENER`` reads up to three from the phrase's start)."""
    if not rules.subject_memo_ok:
        return _walk_subject(text, v, rules, after_number=after_number)
    if memos is None:
        memos = _Memos(rules)
    stop = _RE_SUBJECT_STOP.search(text[v - 1 :: -1]) if v > 0 else None  # the last one, read backwards
    cut = v - stop.start() if stop else 0
    gloss = _RE_GLOSS_BEFORE.search(text, max(0, cut - 40), cut) if cut and text[cut - 1] == ")" else None
    if gloss is not None:  # "Johns Hopkins University (JHU) data": read on past the gloss
        stop = _RE_SUBJECT_STOP.search(text[gloss.start() - 1 :: -1]) if gloss.start() > 0 else None
        cut = gloss.start() - stop.start() if stop else 0
    # the words end at v; a determiner test at the phrase's start reads up to 3 characters on
    key = (text[cut : v + 2], v - cut, after_number is not None)
    hit = memos.subject.get(key)
    if hit is None:
        flag = [False]
        span = _walk_subject(key[0], key[1], rules, after_number=flag if key[2] else None)
        hit = memos.subject.put(key, (span, flag[0]))
    span, flag_set = hit
    if flag_set and after_number is not None:
        after_number[0] = True
    return None if span is None else (span[0] + cut, span[1] + cut)


_RE_SUBJECT_STOP = re.compile("[" + re.escape("".join(sorted(_SUBJECT_STOPS))) + "]")
# a short parenthesised gloss or acronym inside a noun phrase ("Johns Hopkins University (JHU) data")
_RE_GLOSS_BEFORE = re.compile(r"\s\((?:[A-Za-z][\w&.\-]*)(?:\s[A-Za-z][\w&.\-]*){0,3}\)$")


def _walk_subject(
    text: str, v: int, rules: _Rules, *, after_number: list[bool] | None = None
) -> tuple[int, int] | None:
    """The noun phrase ending just before position ``v`` (a reporting verb), back to a boundary.
    With ``after_number``, a phrase opened by a determiner or a capital right after a number is
    taken ("34 the Israeli military says are dead") and ``after_number[0]`` is set."""
    words = list(_RE_SUBJECT_TOKEN.finditer(text[:v]))
    end = None
    start = None
    after_conj = None  # the start of the words after the last conjunction read ("40 cases and the Trust")
    n = 0
    order = iter(range(len(words) - 1, -1, -1))
    for i in order:
        m = words[i]
        w = m.group()
        lw = w.lower()
        if end is None and lw == "of" and i > 1 and words[i - 1].group().lower() == "as" and start is None:
            next(order)  # "Reports as of Wednesday said": a time adverbial between subject and verb
            continue
        if w == ")" and end is not None:
            gloss = _RE_GLOSS_BEFORE.search(text, max(0, m.end() - 40), m.end())
            if gloss is not None:  # "Johns Hopkins University (JHU) data said": the gloss is in the phrase
                for j in order:
                    if words[j].start() <= gloss.start() + 1:
                        break  # the opening bracket
                continue
        if end is None:
            if lw in rules.adverbs:
                continue
            if lw in _BE:
                return None  # passive: "33 are believed dead"
            if i > 0 and lw.endswith("ly") and w.islower() and words[i - 1].group().lower() in _BE:
                return None  # passive behind an adverb: "its winds are only predicted to reach"
            if not _RE_WORDLIKE.match(w):
                return None
            end = m.end()
            if lw in _CONJUNCTIONS:
                return m.start(), end  # "... and said": the caller gives it the subject before
        if not _RE_WORDLIKE.match(w):
            break
        if lw in rules.boundaries and not (w[:1].isupper() and i > 0 and words[i - 1].group()[:1].isupper()):
            break  # a capitalised boundary word after a capitalised word is part of a name ("Independence Day")
        if _RE_DIGITS.fullmatch(w):
            if after_number is not None and start is not None and _RE_SUBJECT_OPENER.match(text, start):
                after_number[0] = True
                break
            if after_conj is not None and _RE_SUBJECT_OPENER.match(text, after_conj):
                start = after_conj  # "40 cases and the Trust reports 12": the subject after the conjunction
                break
            return None
        if lw in _BE and start is not None:
            return None  # a verb inside the phrase: no noun phrase ("The outbreak was first confirmed by")
        if lw in _CONJUNCTIONS and start is not None and after_conj is None:
            after_conj = start
        start = m.start()
        n += 1
        if n > 12:
            return None
    if start is None or end is None:
        return None
    first = _RE_SUBJECT_TOKEN.match(text, start)
    if first is not None and first.end() < end and first.group().lower() in rules.pronouns:
        # a pronoun takes no modifiers: the words after it are a verb chain ("He went on to say")
        return start, first.end()
    phrase = text[start:end].lower().strip()
    if (phrase in rules.not_sources and phrase not in rules.pronouns) or phrase in ("the", "a", "an"):
        return None
    return start, end


def _cues(
    text: str, rules: _Rules, hints: dict[str, Any] | None = None, memos: _Memos | None = None
) -> tuple[_Cue, ...]:
    """Source cues of a sentence; ``hints`` (per stage: preps, verbs, possessive) spare regex
    scans that cannot match (see ``numbers._matches``). ``memos``: those of ``rules`` (looked up when None)."""
    if memos is None:
        memos = _Memos(rules)
    hint = (hints or {}).get
    cues: list[_Cue] = []
    verb_seen = False  # a reporting verb of the sentence's own clause (whatever its subject)
    for m in _matches(rules.preps, text, hint("preps", True)):
        end_m = _RE_PREP_SOURCE_END.search(text[m.end() :])
        b = m.end() + (end_m.start() if end_m else len(text) - m.end())
        a, b = _clean_source(text, m.end(), b)
        if b > a:
            cues.append((a, b, "all", m.start(), "according_to"))
    for m in _matches(rules.verbs, text, hint("verbs", True)):
        at = m.start()
        if any(c[0] <= at < c[1] for c in cues):
            continue
        if _word_before_in(text, at, _NOT_VERB_AFTER) is not None:
            continue  # "an estimated 80%", "some estimates": not a reporting verb
        if _RE_WITH_AFTER.match(text, m.end()):
            continue  # "The season concluded with 14 wins": intransitive, no reporting
        # (the cheap test first: a bare form with a comma right after it is rare)
        if _RE_NOUN_FORM_END.match(text, at) and _RE_NOUN_AFTER_NAME.search(text, max(0, at - 60), at):
            continue  # "The Netflix show, which ...", "the CDC report, released ...": a noun after a name
        if m.group().endswith(("ing", "ING")):
            # a participle after a comma ("..., claiming 85,000 ..."): the subject of the clause before
            if text[: m.start()].rstrip().endswith(","):
                c = _participle_cue(text, m.start(), cues, rules)
                if c is not None:
                    cues.append(c)
            continue  # "a statement saying 40 died", "the reporting period": no cue of its own
        verb_seen = True
        after_number = [False]
        subj = _subject_before(text, m.start(), rules, after_number=after_number, memos=memos)
        appositive = subj is None
        if appositive:
            subj = _subject_before_appositive(text, m.start(), rules, memos)
        if subj is not None:
            pre = "" if appositive else text[: subj[0]].rstrip(' “”"‘’')
            a, b = _clean_source(text, *subj)
            if b <= a:
                continue
            if text[a:b].lower() in _CONJUNCTIONS:
                # "X said A and said B": the subject of the reporting verb before it, else none
                main = [c for c in cues if c[4] in ("verb", "pronoun") and c[3] < m.start()]
                if main:
                    c = max(main, key=_CUE_AT)
                    cues.append((c[0], c[1], "after", m.start(), c[4]))
                continue
            if text[a:b].lower() in _FUNCTION_WORDS:
                continue
            tail = rules.possessive_tail.search(text, a, b) if rules.possessive_tail is not None else None
            if tail is not None and tail.start() > a:
                b = tail.start()  # "The Met Office's figures showed": the owner is the source
            # the clause-end test only where the subject follows a clause break
            # ("..., the agency said 14 died.": the clause after the verb holds a number, it reports forward)
            tail_end = _RE_VERB_CLAUSE_END.match(text[m.end() :]) if pre and pre[-1] in ",;—–" else None
            forward = tail_end is not None and bool(_RE_DIGIT.search(text, m.end(), m.end() + tail_end.end()))
            trailing = tail_end is not None and not forward
            # "Forty died, the agency said that 12 were children": both numbers are the agency's
            scope = "adjacent" if after_number[0] else "before" if trailing else "all" if forward else "after"
            kind = "pronoun" if text[a:b].lower() in rules.pronouns else "verb"
            cues.append((a, b, scope, m.start(), kind))
            continue
        # inverted: "..., said the health ministry."
        pre = text[: m.start()].rstrip()
        if pre.endswith((",", "”", '"', "’")):
            inv = _RE_INVERTED_SOURCE.match(text[m.end() :])
            if inv:
                a, b = _clean_source(text, m.end() + inv.start(1), m.end() + inv.end(1))
                if b > a and text[a:b].lower() not in rules.not_sources:
                    cues.append((a, b, "before", m.start(), "verb"))
    for m in _matches(rules.possessive, text, hint("possessive", True)):
        ms, me = m.span()
        if any(c[0] <= ms and me <= c[1] for c in cues):
            continue
        if any(c[0] <= ms < c[1] + 1 and c[4] == "according_to" for c in cues):
            continue
        if _RE_APOSTROPHE.match(m.group()):  # "the ministry's tally": the owner before the 's
            subj = _subject_before(text, m.start(), rules, memos=memos)
            span = _clean_source(text, *subj) if subj else None
        else:  # "an AFP tally": capitalised words before the noun
            own = _capitalised_owner(text[:ms])
            span = _clean_source(text, own.start(1), own.end(1)) if own else None
            if span is None or span[1] <= span[0]:
                # "some estimates put the toll at": the quantifier and the noun, for what follows
                word_before = _word_before_in(text, ms, _LOWER_OWNERS)
                if word_before is not None:
                    cues.append((word_before.start(1), m.end(), "after", m.start(), "possessive"))
                continue
        if span and span[1] > span[0] and text[span[0] : span[1]].lower() not in _FUNCTION_WORDS:
            cues.append((span[0], span[1], "all", m.start(), "possessive"))
    if verb_seen and _RE_CITING_OPENER.match(text):
        cues = [c for c in cues if not (c[4] == "according_to" and c[3] < 8)]
    # "..., the agency said, adding that ...": "adding" takes the subject of the reporting verb before it
    if "adding" in text or "Adding" in text:
        for m in _RE_ADDING.finditer(text):
            main = [c for c in cues if c[4] in ("verb", "pronoun") and c[3] < m.start()]
            if main:
                c = max(main, key=_CUE_AT)
                cues.append((c[0], c[1], "after", m.start(), c[4]))
    return tuple(cues)


_CUE_AT = operator.itemgetter(3)


def _word_before_in(text: str, at: int, words: frozenset[str]) -> re.Match[str] | None:
    """The last word before ``at`` (``_RE_LAST_WORD`` over the 20 characters before it) when it is one
    of ``words`` (lower-cased letters only) and only white space stands between it and ``at``; else None.

    Most calls are answered without the regex: the white space must end at ``at``, and when the last
    token before it (``str.rsplit``) is all letters, it is the regex's word (the leftmost match starts
    there: a word before it would have to reach the end through \\W only), so a token not in ``words``
    proves there is no such word; a token with other characters ("(the", "co-op") goes to the regex.

    >>> t = "An estimated 80 died; the ministry estimated 90."
    >>> _word_before_in(t, t.index("estimated"), _NOT_VERB_AFTER).group(1)
    'An'
    >>> _word_before_in(t, t.rindex("estimated"), _NOT_VERB_AFTER) is None
    True
    """
    lo = max(0, at - 20)
    if at <= lo or not text[at - 1].isspace():
        return None  # no white space right before: the words touch (or nothing is there)
    tokens = text[lo:at].rsplit(None, 1)
    if not tokens or (tokens[-1].isalpha() and tokens[-1].lower() not in words):
        return None
    m = _RE_LAST_WORD.search(text, lo, at)
    if m is not None and m.group(1).lower() in words and text[m.end(1) : at].isspace():
        return m
    return None


def _capitalised_owner(head: str) -> re.Match[str] | None:
    """``_RE_CAPITALISED_OWNER.search(head)``: the capitalised words that end ``head`` ("an AFP"). Every
    match ends with a word that holds an upper-case letter and ends ``head`` but for white space, so a
    last token without one (most: "the latest") is answered without the regex, which tries every start.

    >>> _capitalised_owner("Figures from an AFP ").group(1), _capitalised_owner("the latest ")
    ('AFP', None)
    """
    tokens = head.rsplit(None, 1)
    if not tokens or tokens[-1].lower() == tokens[-1]:
        return None
    return _RE_CAPITALISED_OWNER.search(head)


# an opening adverbial that ends in a comma before the clause's subject ("In a briefing on Monday, ...",
# "First, he ...", "Continuing a trend, Biden ..."): a preposition, an adverb or a participle, then a comma
_RE_OPENING_ADVERBIAL = re.compile(
    r"\W*(?:(?:in|on|at|after|before|during|since|by|with|for|from|over|under|despite|following|first|"
    r"second|later|earlier|meanwhile|then|also|however|separately|yesterday|today|instead|still|"
    r"[a-z]+ly|[a-z]+ing)\b[^,;:\"“”]{0,80},\s*){0,3}",
    re.I,
)
# the clause's subject: a pronoun, or a run of capitalised words (a name, "The World Bank"), then a
# lower-case word (its verb)
_RE_CLAUSE_SUBJECT = re.compile(
    r"(?:(?P<pronoun>he|she|they|it|He|She|They|It)"
    r"|(?P<name>(?:[Tt]he\s+)?[A-Z][\w’'\-.]*(?:\s+(?:of\s+|the\s+|and\s+)*[A-Z][\w’'\-.]*){0,5}))"
    r"(?=\s+(?:also\s+|later\s+|then\s+)?[a-z])"
)


def _opens_with_a_name(text: str) -> bool:
    """Whether the sentence's first word, read by ``_RE_OPENING_ADVERBIAL`` as an adverb or participle
    (any word in -ly or -ing: "Separately", "Continuing a trend"), is rather a name with its verb ("Kelly
    visited", "Beijing said"): the next word is not a function word (an opening participle or adverb is
    followed by its object or a preposition: "Speaking at", "Continuing a") nor a comma.

    >>> _opens_with_a_name("Kelly visited the plant, claiming 400 jobs"), _opens_with_a_name("Speaking at a rally, he")
    (True, False)
    >>> _opens_with_a_name("Separately, he said"), _opens_with_a_name("Continuing a feud, Lopez said")
    (False, False)
    """
    words = text.lstrip(" \t\"“‘'(").split(None, 2)
    if len(words) < 2 or not words[0][:1].isupper() or words[0].endswith(","):
        return False
    return words[1].lower() not in _FUNCTION_WORDS and words[1][:1].islower()


def _participle_cue(text: str, v: int, cues: list[_Cue], rules: _Rules) -> _Cue | None:
    """The cue of a reporting participle after a comma at ``v`` ("..., claiming 85,000 were hurt"): the
    subject of the reporting verb before it in the sentence, else the subject that opens the sentence's
    clause (a pronoun is resolved across sentences as any pronoun source); it credits the numbers after it.

    >>> from toolkit.extract.claims.rules import _rules
    >>> t = "First, he toured the plant, claiming 400 jobs were lost."
    >>> c = _participle_cue(t, t.index("claiming"), [], _rules())
    >>> t[c[0] : c[1]], c[2], c[4]
    ('he', 'after', 'pronoun')
    """
    main = [c for c in cues if c[4] in ("verb", "pronoun") and c[3] < v]
    if main:
        c = max(main, key=_CUE_AT)
        return (c[0], c[1], "after", v, c[4])
    lead = _RE_OPENING_ADVERBIAL.match(text)
    at = lead.end() if lead else 0
    m = _RE_CLAUSE_SUBJECT.match(text, at, v)
    if m is None and at and _opens_with_a_name(text):
        m = _RE_CLAUSE_SUBJECT.match(text, 0, v)  # "Kelly visited ..., claiming": a name, not an adverb in -ly
    if m is None:
        return None
    a, b = m.span("pronoun") if m.group("pronoun") else _clean_source(text, *m.span("name"))
    words = text[a:b].lower()
    if b <= a or words in _FUNCTION_WORDS or (words in rules.not_sources and words not in rules.pronouns):
        return None
    return (a, b, "after", v, "pronoun" if words in rules.pronouns else "verb")


def _subject_before_appositive(
    text: str, v: int, rules: _Rules, memos: _Memos | None = None
) -> tuple[int, int] | None:
    """The subject of a reporting verb at ``v`` behind an appositive: "The Syrian Observatory for
    Human Rights, a UK-based monitoring group, said" -> the span of "The Syrian Observatory ...";
    a name of up to five capitalised words between commas is the subject itself ("the director of
    the agency, Dr Anna Maria Lopez, said" -> Dr Anna Maria Lopez)."""
    pre = text[:v].rstrip()
    if pre.endswith(")"):  # "The UN refugee agency (UNHCR) says"
        opening = pre.rfind("(", max(0, len(pre) - 40))
        return _subject_before(text, opening, rules, memos=memos) if opening > 0 else None
    if not pre.endswith(","):
        return None
    close = len(pre) - 1
    opening = pre.rfind(",", max(0, close - 120), close)
    if opening < 0:
        return None
    appositive = pre[opening + 1 : close].split()
    if 1 <= len(appositive) <= 5 and all(w[:1].isupper() for w in appositive):
        # "The UN agency for Palestinian refugees, UNRWA, said": the name itself
        start = opening + 1 + (len(pre[opening + 1 : close]) - len(pre[opening + 1 : close].lstrip()))
        return start, close
    if not 1 <= len(appositive) <= 12:
        return None
    if appositive[0].lower() not in rules.appositive_openers and not appositive[0].endswith(("'s", "’s")):
        return None  # an appositive opens with a determiner or a possessive ("Acme's chief executive")
    return _subject_before(text, opening, rules, memos=memos)


# an "according to" cue whose position lies within the sentence's first characters opens the sentence ("According
# to", "But according to", a quote mark before it)
_OPENING_CHARS = 8


def _pick_cue(cues: tuple[_Cue, ...], a: int, b: int, text: str = "") -> _Cue | None:
    """The cue that credits the number at ``a``-``b``: an "according to" cue before any other (unless it
    opens the sentence and a named speaker's verb after it governs the number), then the nearest; a possessive
    cue ("a Gallup poll") does not reach back into the sentence's opening adverbials."""
    best: tuple[int, int, _Cue] | None = None
    # "According to the agency, the minister said 36 ...": the speaker whose verb governs the number, not
    # the medium that relayed it (a verb cue whose subject comes after the opening "according to" phrase)
    relayed = [
        c
        for c in cues
        if c[4] == "according_to"
        and c[3] < _OPENING_CHARS
        and any(v[4] == "verb" and c[1] < v[0] and v[3] < a and text[v[0] : v[0] + 1].isupper() for v in cues)
    ]  # (a named speaker: "According to the report, the virus claimed 6606 lives" stays the report's)
    opening = -1
    for c in cues:
        if relayed and c in relayed:
            continue
        start, _, scope, at, kind = c
        if kind == "possessive" and a < at:
            if opening < 0:
                m = _RE_OPENING_ADVERBIAL.match(text)
                opening = m.end() if m else 0
            if a < opening <= at:
                continue  # "By May, with deaths passing 100,000, Smith led in a Gallup poll": not the poll's
        if start <= a < c[1]:
            continue
        if scope == "before" and start < b:
            continue
        if scope == "after" and at > a:
            continue
        if scope == "adjacent" and (start < b or text[b:start].strip().lower() not in ("", "the", "a", "an")):
            continue  # "including 34 the Israeli military says are dead": that number only
        if scope == "all" and kind != "verb" and _RE_SCOPE_SPLIT.search(text, min(b, at), max(a, at)):
            continue  # "..., according to a UN report, while gangs control 80%"
        pri = 0 if kind == "according_to" else 1
        dist = abs(at - a)
        key = (pri, dist)
        if best is None or key < best[:2]:
            best = (pri, dist, c)
    return best[2] if best else None
