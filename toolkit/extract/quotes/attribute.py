"""The quotes of one article (steps 3 and 4 of :mod:`toolkit.extract.quotes`): each reporting cue's
speaker (its clause, a participle's earlier verb, a pronoun's antecedent), then each quote's cue, kind
(``direct``, ``partial``, ``term``) and speaker, and the speaker's actor.
"""

from __future__ import annotations

import bisect
import functools
import re
from collections.abc import Iterator
from dataclasses import dataclass
from typing import Any

from toolkit.extract import attribution
from toolkit.extract.quotes.lexicon import _Lexicon
from toolkit.extract.quotes.mentions import _match_mention
from toolkit.extract.quotes.phrases import (
    _DETERMINERS,
    _LEADING_DROP,
    _after_adverbial,
    _clause_subject,
    _document_before,
    _group_like,
    _has_complement,
    _looks_like_clause,
    _name_in,
    _names_term,
    _person_like,
    _phrase,
    _sentence_subject,
    _subject_after,
    _subject_before,
    _verb_before,
    _words,
)
from toolkit.extract.quotes.scan import _MASK, _Cue


@dataclass(slots=True)
class _Event:
    start: int
    end: int
    form: str  # as written
    lemma: str
    group: str
    sent: int
    idx: int  # position in the article's list of cues
    norm: str  # form with its spaces normalised
    key: str  # the lexicon entry
    speaker: tuple[int, int] | None = None
    pronoun: bool = False
    passive: bool = False
    rule: str = ""
    speaker0: tuple[int, int] | None = None  # speaker and pronoun flag before pronouns are resolved
    pronoun0: bool = False
    state: int = 0  # 0 new, 1 clause speaker read (``initial``), 2 pronoun resolved (``final``)
    evidence: str = ""  # a resolved pronoun: the origin of its antecedent (attribution.Candidate.origin)


_PASSIVE = re.compile(r"(?:\b(?:was|were|is|are|been|being|be)\s+(?:\w+ly\s+)?)$")
_CLAUSE_BREAK = re.compile(
    r"(?:[;]|,\s*(?:as|while|but|when|whereas|although|though|because|since|after|before|with|amid|even as|and)\s)"
)
# inside the complement of a speech verb (``said A, and that B``; ``told reporters that A, but only on
# B``) only background clauses end what the speaker said
_COMPLEMENT_BREAK = re.compile(
    r"(?:[;]|,\s*(?:as|when|since|after|before|with|amid|even as)\s"
    r"|,\s*(?:and|but)\s+(?!(?:that|only|not|also|then|in|on|at|with|without|to|for|by|as|even|still)\b))"
)  # ", and residents fled ..." is a new clause; ", and that ...", ", but only on ..." go on


_SPACES = re.compile(r"\s+")
# a definite back-reference to a speaker described before: "the official", "the ministry spokesman"
# capitalised words that open a sentence before a name ("On Monday Greg Olsen, a lawyer, ...")
_OPENING_WORDS = frozenset("on in at by after before during since the a an then but and".split())
_BACK_REFERENCE = re.compile(r"[Tt]he(?:\s+[a-z][a-z\-]+){1,2}")
# the owner's name in "Acme Corp's statement"
_POSSESSOR = re.compile(r"([A-Z][^\s’']*(?:\s+[A-Z][^\s’']*){0,5})[’']s\s")
_POSSESSIVE = re.compile(r"[’']s?$")
# the agent of a passive cue, right after it or after the quoted label ('was described as "reckless" by X',
# 'was declared to be a "pandemic" by X')
_BY = re.compile(r"\s+(?:(?:as|to\s+be)\s+(?:an?\s+|the\s+)?[" + _MASK + r"]+\s*)?by\s+")  # '... to be "X" by
_LABEL_AS = re.compile(r",\s*as\s+(?:an?\s+|the\s+)?$")  # a labelling verb's "as" right before the quote
_CITED = re.compile(r"\b(?:cited|quoted|quoting)\s+(.+?)\s+as\s*$")
_AFTER_QUOTE = re.compile("[" + _MASK + r"][\s,.!?—–-]*(?:[a-z]{3,}ly\s+)?$")  # '"...," (audibly) said X'
_STOP_GAP = re.compile(r"[.;!?]\s")
_COLON_AFTER = re.compile(r"[ \t]*:[ \t]+(?=[A-Z])")  # "'...': Mayor Tom Hale vows": a colon after the quote
_VERB_NEXT = re.compile(r"[ \t]+[a-z]")  # a name followed by a lower-case word (its verb)
_COLON = re.compile(r"^\s*([^" + _MASK + r",.;]{2,60}):\s*$")
# a clause that announces the text it introduces: "The agency issued the following statement:", "... made the
# following announcement from the minister:" (its issuer, or the one named after "from")
_FOLLOWING = re.compile(
    r"\bthe\s+following(?:\s+[a-z\-]+){0,3}?(?:\s+from\s+(?P<src>[^" + _MASK + r",;:.!?]{2,60}?))?\s*:\s*$"
)
_LEAD = re.compile(r"[\s\-–—•*]+")
_ABSOLUTE = re.compile(r",\s*with\s+((?:[\w’'\-]+\s+){0,4}?[\w’'\-]+)\s+[a-z]+ing\b[^,;" + _MASK + r"]*,\s*$")
_RUNS_ON = re.compile(r"[ \t]*[^\W_]")
_END_PUNCT = ".,!?…;:—–-"
_SO_CALLED = re.compile(r"so-called\s*$")
# an aside after a fragment that credits it: '"ground to a halt" — as the court put it —'
_AS_PUT_IT = re.compile(
    r"[ \t]*[,—–(-]*[ \t]*as[ \t]+([^\s,;:.!?()" + _MASK + r"][^,;:.!?()—–" + _MASK + r"]{0,60}?)[ \t]+"
    r"(?:put|puts|described|describes|called|calls|phrased|phrases|termed|terms)[ \t]+it\b"
)
# editorial brackets at a quote's edges: "[a]n area like this ...", "... may say[.]"
_BRACKET_CAP = re.compile(r"\[[A-Za-z]\]")
_BRACKET_END = re.compile(r"\[(?:\.|\.\.\.|…|!|\?)\]$")
# words a title or a name leaves lower-case ("International Day of the Girl", "Kiss & Fly")
_TITLE_SMALL = frozenset("a an the and or of in on at to for by with from & 's".split())
# a relative clause between commas (", who asked not to be named,"), or one still open at the end
_REL_CLAUSE = re.compile(r",\s*(?:who|which|whom|whose)\b[^,;.!?" + _MASK + r"]*,")
_REL_OPEN = re.compile(r",\s*(?:who|which|whom|whose)\b[^,;.!?" + _MASK + r"]*$")


# a sentence that ends in a title's or an initial's full stop ("... said Lt. Col.", "said U.S."): it goes on
_TITLE_END = re.compile(
    r"(?<![\w])(?:Sen|Rep|Gen|Lt|Col|Maj|Capt|Sgt|Adm|Gov|Dr|Mr|Mrs|Ms|Prof|Rev|Cmdr|Brig|[A-Z])\.[\s\u2028]*$"
)
_NAME_BEFORE = re.compile(r"(?<![\w’'])[A-Z][\w’'.\-]*[ \t]+$")
_NAME_AFTER = re.compile(r"[ \t]+[A-Z]")


_BYLINE_END = re.compile(r"(?<![\w.])(?:[A-Z][a-z]{0,3}|[A-Z])\.")  # "Col.", "Lt.", "U." inside a name: no end


def _byline_after(s: str, c: int, hi: int, lex: _Lexicon) -> tuple[int, int] | None:
    """The name of a speaker standing alone right after a quote, with no reporting verb, as press releases
    write it: ``"...," U.S. Army Col. Rafael Torres, the operations centre director. "..."``. The words up to
    the full stop are a name (of two words or more, titles allowed), then at most a description after a comma
    with no verb, and the next thing is another quote or the paragraph's end.
    """
    k = c
    while k < hi and s[k] in " \t,\u2028\u00a0":
        k += 1
    if k >= hi or not s[k].isupper():
        return None
    end = k
    while True:
        end = s.find(".", end + 1, hi)
        if end < 0:
            return None
        if not _BYLINE_END.search(s, max(k, end - 5), end + 1) or s[end - 1 : end + 1] == "..":
            break
    seg = s[k:end]
    if _MASK in seg or "\n" in seg or len(seg) > 160:
        return None
    after = s[end + 1 : end + 40].lstrip(" \t\u2028\u00a0")
    if after and after[0] != _MASK and after[0] != "\n":
        return None
    head = seg.split(",", 1)[0]
    ws = _words(s, k, k + len(head))
    if len(ws) < 2 or not all(s[x:y][:1].isupper() or s[x:y].lower() in lex.particles for x, y in ws):
        return None
    for x, y in _words(s, k, end):
        w = s[x:y]
        if w.islower() and (w in lex.lemma or w in _VERBISH):
            return None
    return _name_in(s, ws, lex)


_VERBISH = frozenset({"is", "are", "was", "were", "has", "have", "had", "will", "would", "can", "could"})


def _title_like(quote: str) -> bool:
    """A name or title in title case ("International Day of the Girl Celebration"): two to eight words, each
    capitalised but the small words of titles, no sentence punctuation. A name, not someone's words: ``term``.

    >>> _title_like("Harvest Festival of the Lakes"), _title_like("We Will Rebuild."), _title_like("we will rebuild")
    (True, False, False)
    """
    ws = quote.split()
    if not 2 <= len(ws) <= 8 or any(ch in quote for ch in ".,;:!?…"):
        return False
    caps = 0
    for w in ws:
        if w[:1].isupper():
            caps += 1
        elif w.lower() not in _TITLE_SMALL:
            return False
    return caps >= 2 and ws[0][:1].isupper()


def _nickname(text: str, o: int, c: int, quote: str) -> bool:
    """A nickname inside a name (``Joaquin "El Chapo" Guzman``): capitalised words between two parts of
    a name. A name, not someone's words: ``term``."""
    ws = quote.split()
    return (
        0 < len(ws) <= 4
        and all(w[:1].isupper() for w in ws)
        and bool(_NAME_BEFORE.search(text, max(0, o - 40), o))
        and bool(_NAME_AFTER.match(text, c))
    )


_OWNED_DOCUMENT = re.compile(r"([A-Z][^\s’'" + _MASK + r"]*(?:\s+[A-Z][^\s’'" + _MASK + r"]*){0,4})[’']s\s+([a-z\-]+)(?:\s+([a-z]+))?")


def _owned_document(pre: str, lex: _Lexicon) -> tuple[int, int] | None:
    """The named owner of a text in the clause before a quote that ends in a comma or a colon: "Part of
    Hale's post included the line, " -> the span of "Hale" (the noun is one of ``lex.documents``: statement,
    letter, post, tweet ...; one modifier may stand between: "Hale's farewell letter"); None when the clause
    has a reporting cue's quote marks in it or names no such owner.

    >>> from toolkit.extract.quotes.lexicon import _lexicon
    >>> pre = "Part of Tom Hale's post included the line, "
    >>> sp = _owned_document(pre, _lexicon())
    >>> pre[sp[0] : sp[1]]
    'Tom Hale'
    >>> _owned_document("Hale's team won the game, ", _lexicon()) is None
    True
    """
    if _MASK in pre:
        return None
    for m in _OWNED_DOCUMENT.finditer(pre):
        owner_word = m.group(1).split()[-1].lower()
        if (m.group(2) in lex.documents or m.group(3) in lex.documents) and owner_word not in lex.time_openers:
            return m.span(1)  # (not "Monday's statement")
    return None


_FRONTED_FOR = re.compile(r"\s*(?:For|To)\s+([A-Z][\w.’'\-]*(?:\s+[A-Z][\w.’'\-]*){1,3})\s*,")


def _fronted_person(s: str, a: int, subj: int, lex: _Lexicon) -> tuple[int, int] | None:
    """The person named in a sentence's fronted "For X," or "To X," phrase (a full name opened by a given name,
    ``data/given_names_gender.csv``), before its subject at ``subj``: the one the sentence is about.

    >>> from toolkit.extract.quotes.lexicon import _lexicon
    >>> s = "For Kevin Hale, a local teacher, the mural was a gift."
    >>> sp = _fronted_person(s, 0, s.index("the mural"), _lexicon())
    >>> s[sp[0] : sp[1]], _fronted_person("For New York, it was a gift.", 0, 14, _lexicon())
    ('Kevin Hale', None)
    """
    m = _FRONTED_FOR.match(s, a)
    if m is None or m.end(1) > subj or m.group(1).split()[0] not in lex.given:
        return None
    return m.span(1)


def _issuer_before(
    s: str, prev: tuple[int, int, int, int, bool], pid: int, lex: _Lexicon, names: set[str]
) -> tuple[int, int] | None:
    """The subject of the sentence ``prev`` (the one before a quote, in its paragraph or the one before) when
    that sentence puts out a text ("Senator Tom Hale issued a statement on the ruling."; verbs of ``issuing``
    with a noun of ``documents``, ``data/quotes_words.yaml``) and holds no quote; a name, a person or a group.

    >>> from toolkit.extract.quotes.lexicon import _lexicon
    >>> s = "Senator Tom Hale issued a statement on the ruling."
    >>> sp = _issuer_before(s, (0, 0, len(s), 1, False), 1, _lexicon(), set())
    >>> s[sp[0] : sp[1]]
    'Tom Hale'
    """
    _, a, b, ppid, head = prev
    if head or pid - ppid > 1 or _MASK in s[a:b]:
        return None
    m = lex.issuing_re.search(s, a, b)
    if m is None:
        return None
    lo = _after_adverbial(s, a, m.start(), lex) or a
    subj = _subject_before(s, lo, m.start(), lex, coordinated=False)
    if subj is None or s[subj[0] : subj[1]].lower() in lex.person_pronouns | lex.group_pronouns:
        return None
    if _name_in(s, _words(s, subj[0], subj[1]), lex) or _person_like(s, subj, names, lex) or _group_like(s, subj, names, lex):
        return subj
    return None


_POSSESSIVE_WORDS = frozenset({"its", "his", "her", "their", "our", "my", "your"})


def _issuer_after_from(
    s: str, span: tuple[int, int], ments: list[tuple[Any, ...]], names: set[str], lex: _Lexicon
) -> bool:
    """May the words after "from" in 'issued the following statement from Y:' speak, ``span`` being Y's? Only a
    person or a named organisation: not a place ("from Washington", a state's capital or a location mention
    covering Y) nor a possessive phrase ("from its office in Geneva", "from the mayor's office").

    >>> from toolkit.extract.quotes.lexicon import _lexicon
    >>> t = "from Washington from its office in Geneva from the minister"
    >>> [_issuer_after_from(t, sp, [(5, 15, "USA", "", "state", False)], set(), _lexicon())
    ...  for sp in [(5, 15), (21, 41), (47, 59)]]
    [False, False, True]
    """
    words = s[span[0] : span[1]].split()
    if any(w.lower() in _POSSESSIVE_WORDS or _POSSESSIVE.search(w) for w in words):
        return False
    inside = [m for m in ments if span[0] <= m[0] and m[1] <= span[1]]
    cap = re.search(r"(?<!\S)[A-Z]", s[span[0] : span[1]])  # its name part ("the capital Nairobi": Nairobi)
    lo = span[0] + (cap.start() if cap else 0)
    if any(m[4] in ("state", "location") and m[0] <= lo and m[1] >= span[1] - 1 for m in inside):
        return False  # "from Washington", "from the capital Nairobi": a place
    return _person_like(s, span, names, lex) or any(m[4] in ("person", "organization") for m in inside)


def _article_quotes(
    aid: str,
    text: str,
    sents: list[tuple[int, int, int, int, bool]],
    ments: list[tuple[Any, ...]],
    lex: _Lexicon,
    quotes: list[tuple[int, int, int, int, bool]],
    s: str,
    cues: list[_Cue],
    full_names: list[str],
    form_info: dict[str, tuple[str, str, str, str]],
) -> list[dict[str, Any]]:
    """The quotes of one article; ``s``: its masked text (:func:`~toolkit.extract.quotes.scan._masked`), ``cues`` and
    ``full_names`` found in it (:func:`~toolkit.extract.quotes.scan._scan`); ``form_info``: a memo of the cues' forms."""
    if not quotes:
        return []
    starts = [x[1] for x in sents]
    ends = [x[2] for x in sents]
    person_spans = [(m[0], m[1]) for m in ments if m[4] == "person"]

    def sent_of(pos: int) -> int:
        return max(0, bisect.bisect_right(starts, pos) - 1)

    # full names seen in the article, to expand surnames and recognise persons
    names: dict[str, str] = {}
    for g in full_names:
        g = _POSSESSIVE.sub("", g)  # "Oleksiy Honcharuk's offer": the name is Oleksiy Honcharuk
        parts = g.split()
        if parts[0] in _DETERMINERS:
            continue
        last_name = parts[-1]
        if len(g) > len(names.get(last_name, "")):
            names[last_name] = g

    name_set = set(names)
    pronouns = lex.person_pronouns | lex.group_pronouns

    # reporting cues; their speakers are worked out lazily, only for the cues a quote looks at
    # (and the earlier cues those depend on), in two steps that each depend only on earlier cues:
    # ``_initial`` reads the speaker from the cue's clause, ``_final`` resolves pronouns. The
    # ``_Event`` of a cue is made when it is first looked at (``event``)
    ev_starts: list[int] = []
    ev_ends: list[int] = []
    ev_raw: list[str] = []
    for m_start, m_end, raw in cues:
        info = form_info.get(raw)
        if info is None:
            form = raw if raw.isalpha() else _SPACES.sub(" ", raw)
            key = form if form in lex.lemma else form[0].lower() + form[1:]
            info = form_info[raw] = (form, key, lex.lemma.get(key, key), lex.group.get(key, "speech"))
        if info[3] == "label" and s[m_end : m_end + 3].lstrip(" ,")[:1] == _MASK:
            si0 = sent_of(m_start)
            if _names_term(s, starts[si0], m_end, lex):
                continue  # 'the operation, dubbed "Iron Wall"': a name, not a reporting cue
        ev_starts.append(m_start)
        ev_ends.append(m_end)
        ev_raw.append(raw)
    events: list[_Event | None] = [None] * len(ev_starts)

    def event(i: int) -> _Event:
        ev = events[i]
        if ev is None:
            form, key, lemma, group = form_info[ev_raw[i]]
            ev = events[i] = _Event(ev_starts[i], ev_ends[i], ev_raw[i], lemma, group, sent_of(ev_starts[i]), i, form, key)
        return ev

    def initial(ev: _Event) -> _Event:
        """The speaker of the cue's own clause (pronouns unresolved)."""
        if ev.state:
            return ev
        ev.state = 1
        m_start, m_end, form, key, si = ev.start, ev.end, ev.norm, ev.key, ev.sent
        lo, hi = starts[si], ends[si]
        if si + 1 < len(sents) and sents[si + 1][3] == sents[si][3] and _TITLE_END.search(s, max(lo, hi - 12), hi):
            hi = ends[si + 1]  # a sentence split after a title ("said Lt.Col. | Ian Tudlong"): the name is in the next
        if key in lex.after:
            ev.speaker, ev.rule = _subject_after(s, m_end, hi, lex, source=True), "according_to"
        elif key == "quoted as saying":
            ev.speaker, ev.rule = _subject_before(s, lo, m_start, lex), "clause"
        else:
            before = s[lo:m_start]
            if _PASSIVE.search(before):
                ev.passive = True
                by = _BY.match(s[m_end:hi])
                ev.speaker = _subject_after(s, m_end + by.end(), hi, lex) if by else None
                ev.rule = "passive"
            else:
                cited = _CITED.search(before) if form == "saying" else None
                document = _document_before(s, lo, m_start, lex) if form.endswith("ing") else None
                if document:
                    ev.speaker = document  # "a night letter stating"
                elif cited:
                    ev.speaker = _phrase(s, lo + cited.start(1), lo + cited.end(1), lex, backwards=False)
                else:
                    ev.speaker = _subject_before(
                        s, lo, m_start, lex, appositive=not form.endswith("ing"), persons=person_spans
                    )
                    if ev.speaker and form.endswith("ing") and (
                        _looks_like_clause(s, ev.speaker, lex) or _verb_before(s, lo, ev.speaker, lex)
                    ):
                        ev.speaker = None  # "X underlined the call by saying": a clause, the participle's subject is X
                ev.rule = "clause"
                if ev.speaker is None and not form.endswith("ing") and _AFTER_QUOTE.search(s[lo:m_start]):
                    ev.speaker, ev.rule = _subject_after(s, m_end, hi, lex), "inverted"
                if ev.speaker is None and form.endswith("ing"):
                    prev = None  # the last earlier cue of this sentence with a speaker
                    for j in range(ev.idx - 1, -1, -1):
                        e = event(j)
                        if e.sent != si and _STOP_GAP.search(s, e.end, ev.start):
                            break  # (a sentence split inside a quote does not count: the quotes are masked)
                        initial(e)
                        if e.speaker0:
                            prev = e
                            break
                    if prev:
                        ev.speaker, ev.pronoun, ev.rule = prev.speaker0, prev.pronoun0, "participle"
                    else:
                        absolute = _ABSOLUTE.search(s, lo, m_start)  # ", with Israeli forces raiding ..., claiming"
                        subj = (
                            _phrase(s, absolute.start(1), absolute.end(1), lex, backwards=False) if absolute
                            else _clause_subject(s, lo, m_start, lex) or _sentence_subject(s, lo, m_start, lex)
                        )  # fmt: skip
                        ev.speaker, ev.rule = subj, "participle"
        if ev.speaker and s[ev.speaker[0] : ev.speaker[1]] in pronouns:
            ev.pronoun = True
        elif ev.speaker and not ev.passive:
            poss = _POSSESSOR.match(s, ev.speaker[0], ev.start)
            if poss and any(w.lower().strip(".,") in lex.documents for w in s[poss.end() : ev.start].split()):
                ev.speaker = (ev.speaker[0], poss.end(1))  # "Stardom's official statement read": Stardom
            issuer = _document_issuer(s, ev.speaker, si)
            if issuer is not None:
                ev.speaker, ev.rule = issuer, "document"
            elif _BACK_REFERENCE.fullmatch(s, ev.speaker[0], ev.speaker[1]):
                fuller = _described_before(ev) or _named_before(ev)
                if fuller is not None:
                    ev.speaker, ev.rule = fuller, "description"
        ev.speaker0, ev.pronoun0 = ev.speaker, ev.pronoun
        return ev

    def _described_before(ev: _Event) -> tuple[int, int] | None:
        """'an Iranian official told Reuters ... "...," the official said': a definite back-reference takes
        the nearest earlier cue's speaker with the same head noun and more words (of this or the two
        paragraphs before) when those words name an affiliation (a capitalised word)."""
        assert ev.speaker is not None
        head = s[ev.speaker[0] : ev.speaker[1]].split()[-1]
        n_words = len(s[ev.speaker[0] : ev.speaker[1]].split())
        pid = sents[ev.sent][3]
        for j in range(ev.idx - 1, -1, -1):
            e = event(j)
            if sents[e.sent][3] < pid - 2:
                return None
            initial(e)
            if e.speaker0 is None or e.pronoun0:
                continue
            words = s[e.speaker0[0] : e.speaker0[1]].split()
            if len(words) > n_words and words[-1] == head and _MASK not in s[e.speaker0[0] : e.speaker0[1]]:
                # only a description that names who it is ("an Iranian official", "an Interpol spokesperson");
                # "a rescue worker" adds nothing to "the worker": the words as written stay
                return e.speaker0 if any(w[:1].isupper() for w in words[1:]) else None
        return None

    def _named_before(ev: _Event) -> tuple[int, int] | None:
        """'Greg Olsen, a lawyer for the family, filed ... "...," the lawyer said': a definite back-reference
        to a person (its noun a title or a person noun of the lexicon) takes the nearest earlier name described
        with that noun, in apposition ('Greg Olsen, a lawyer'; 'the ministry's spokeswoman, Clara Weiss') or
        as a title ('spokeswoman Clara Weiss'), in this or the two paragraphs before and outside quotes."""
        assert ev.speaker is not None
        head = s[ev.speaker[0] : ev.speaker[1]].split()[-1].lower()
        if head not in lex.title_lasts and head not in lex.persons:
            return None
        pid = sents[ev.sent][3]
        k = ev.sent
        while k > 0 and sents[k - 1][3] >= pid - 2:
            k -= 1
        best: tuple[int, int] | None = None
        for m in attribution.described_name_regex(head).finditer(s, starts[k], ev.speaker[0]):
            g = "name1" if m.group("name1") else "name2"
            a, b = m.start(g), m.end(g)
            for w in re.finditer(r"\S+", s[a:b]):  # "On Monday Greg Olsen, a lawyer": Greg Olsen
                lw = w.group(0).lower()
                if lw not in _OPENING_WORDS and lw not in lex.time_openers:
                    a += w.start()
                    break
            if len(s[a:b].split()) >= 2 and (best is None or a > best[0]):
                best = (a, b)
        return best

    def _document_issuer(s: str, sp: tuple[int, int], si: int) -> tuple[int, int] | None:
        """'X released a statement. The statement said: "..."': a document named before (the/its + a noun
        of ``documents``) speaks for the subject of the earlier sentence of the paragraph that names it."""
        ws = s[sp[0] : sp[1]].split()
        if len(ws) != 2 or ws[0].lower() not in ("the", "its", "their", "this") or ws[1].lower() not in lex.documents:
            return None
        noun = re.compile(r"\b" + re.escape(ws[1].lower()) + r"\b")
        for k in range(si - 1, max(-1, si - 3), -1):
            if sents[k][3] != sents[si][3]:
                break
            if noun.search(s, starts[k], ends[k]) is None:
                continue
            subj = _clause_subject(s, starts[k], ends[k], lex)
            if subj is None or _MASK in s[subj[0] : subj[1]] or s[subj[0] : subj[1]] in pronouns:
                return None
            head = s[subj[0] : subj[1]].split()
            if head and head[-1].lower() in lex.documents:
                return None  # "The report said ...": a document again, no issuer named
            return subj
        return None

    person_ments = [(r[0], r[1]) for r in ments if r[4] == "person" and not r[5]]
    state_spans = [(r[0], r[1]) for r in ments if r[4] == "state"]
    person_like: dict[tuple[int, int, bool], bool] = {}  # (speaker words, for he/she): a person (else: a group)

    def final(ev: _Event) -> _Event:
        """Resolve a pronoun to the nearest preceding speaker (persons for he/she)."""
        if ev.state == 2:
            return ev
        initial(ev)
        ev.state = 2
        if ev.speaker is None or not ev.pronoun:
            return ev
        word = s[ev.speaker[0] : ev.speaker[1]]
        want_person = word in lex.person_pronouns
        # "they"/"it" stand for a group, an organisation or a state, never one person
        want_group = word in lex.group_pronouns and word.lower() in ("they", "it")
        Cand = attribution.Candidate

        def kind_fits(c: attribution.Candidate) -> bool:
            if not (want_person or want_group) or c.origin in ("mention", "chain"):
                return True  # a person mention; an antecedent an earlier pronoun of this kind resolved to
            if word.lower() == "they" and any(a <= c.start + 4 and b >= c.end for a, b in state_spans):
                return False  # "they" speak for people, a party or a body; a state is "it" ("Britain has cut ...")
            key = (c.start, c.end, want_person)
            if key not in person_like:
                sp = (c.start, c.end)
                person_like[key] = (
                    _person_like(s, sp, name_set, lex) if want_person else _group_like(s, sp, name_set, lex)
                )
            return person_like[key]

        def inside_quote(i: int) -> bool:
            return s[i] == _MASK

        static: list[attribution.Candidate] = []
        if want_person:
            static += [Cand(a, b, s[a:b], a, "mention") for a, b in person_ments if b <= ev.start]
        # the subjects of this and the two previous sentences ("Greene disagreed. 'No,' she said.")
        for k in range(ev.sent, max(-1, ev.sent - 3), -1):
            hi = min(ends[k], ev.start)
            subj = _sentence_subject(s, starts[k], hi, lex)
            if want_group:
                subj = _clause_subject(s, starts[k], hi, lex) or subj
            if subj and subj[1] <= ev.speaker[0] and s[subj[0] : subj[1]] not in pronouns:
                at = subj[0]
                if k < ev.sent:  # an earlier sentence's subject outranks its objects and appositives
                    nxt = bisect.bisect_left(ev_starts, subj[1])
                    cue_at = ev_starts[nxt] if nxt < len(ev_starts) else None
                    at = attribution.subject_salience(subj[0], ends[k], cue_at)
                static.append(Cand(subj[0], subj[1], s[subj[0] : subj[1]], at, "subject"))
            topic = _fronted_person(s, starts[k], subj[0] if subj else hi, lex) if k < ev.sent and want_person else None
            if topic is not None:
                # "For Kevin Hale, a local teacher, the mural was a gift. He said ...": the person the
                # sentence is about, named in its fronted phrase, is whom the next sentence's "he" continues
                nxt = bisect.bisect_left(ev_starts, topic[1])
                at = attribution.subject_salience(topic[0], ends[k], ev_starts[nxt] if nxt < len(ev_starts) else None)
                static.append(Cand(topic[0], topic[1], s[topic[0] : topic[1]], at + 1, "subject"))
        resolve = functools.partial(
            attribution.resolve_pronoun,
            word,
            before=ev.start,
            names=lex.given,
            inside_quote=inside_quote,
            kind_fits=kind_fits,
            full_names=names,
        )
        best = resolve(attribution.nearest_first(static))
        floor = best.at if best is not None else -1

        def cue_cands() -> Iterator[attribution.Candidate]:
            """The earlier cues' speakers, nearest first, down to the best other candidate (a cue wins ties):
            a reporting clause's subject, or the antecedent an earlier pronoun of the same kind resolved to."""
            for j in range(ev.idx - 1, -1, -1):
                e = event(j)
                at = e.start
                if e.sent < ev.sent:  # an earlier sentence's cue: its subject outranks that sentence's objects
                    at = attribution.subject_salience(e.start, ends[e.sent], ev_starts[j + 1])
                if at < floor:
                    return
                initial(e)
                if e.speaker0 is None:
                    continue
                if e.pronoun0:
                    w0 = s[e.speaker0[0] : e.speaker0[1]]
                    if (w0 in lex.person_pronouns) != want_person or final(e).speaker is None or e.speaker is None:
                        continue
                    if attribution.pronoun_gender(w0) not in (None, attribution.pronoun_gender(word)):
                        continue
                    yield Cand(e.speaker[0], e.speaker[1], s[e.speaker[0] : e.speaker[1]], at, "chain")
                else:
                    yield Cand(e.speaker0[0], e.speaker0[1], s[e.speaker0[0] : e.speaker0[1]], at, "cue")

        best = resolve(cue_cands()) or best
        if best is not None:
            ev.speaker, ev.rule = (best.start, best.end), "pronoun"
            ev.evidence = best.origin
        else:
            ev.speaker = None
            ev.rule = "pronoun_unresolved"
        return ev

    def events_between(a: int, b: int) -> Iterator[_Event]:
        """The cues that start in [a, b), speakers resolved as they are reached."""
        for i in range(bisect.bisect_left(ev_starts, a), bisect.bisect_left(ev_starts, b)):
            yield final(event(i))

    rows: list[dict[str, Any]] = []
    prev_q: dict[str, Any] | None = None
    for o, qs, qe, c, cont in quotes:
        si = sent_of(qs)
        _, s_start, s_end, pid, is_head = sents[si]
        quote = text[qs:qe]
        ci = sent_of(max(qs, c - 1))
        after_lo = c
        after_hi = ends[ci]
        # quote ends its sentence: read the next sentence of the paragraph when it continues
        if (
            after_hi <= after_lo + 1
            and ci + 1 < len(sents)
            and sents[ci + 1][3] == sents[ci][3]
            and (quote.rstrip()[-1:] in "?!,—–-" or s[sents[ci + 1][1] : sents[ci + 1][1] + 1].islower())
        ):
            after_hi = ends[ci + 1]
        pre = s[s_start:o]
        chosen: _Event | None = None
        rule = ""
        # 1. cue right after the quote: '"...," Blinken said' / '"...," said Blinken'
        for ev in events_between(after_lo, after_hi):
            gap = s[after_lo : ev.start]
            if _MASK in gap or ev.form.endswith("ing"):
                break
            if _REL_OPEN.search(gap):
                continue  # a verb of a relative clause: '"...," a nurse, who asked not to be named, told'
            nw = len(_words(s, after_lo, ev.start)) - sum(len(r.group().split()) for r in _REL_CLAUSE.finditer(gap))
            if nw <= 10 and not _STOP_GAP.search(gap) and (ev.speaker or ev.rule == "pronoun_unresolved"):
                # (a back-reference or a document resolved to earlier words: its own words follow the quote)
                moved = ev.rule in ("document", "description")
                sp0 = ev.speaker[0] if ev.speaker and ev.speaker[0] >= after_lo else after_lo
                lead_words = [s[x:y] for x, y in _words(s, after_lo, min(sp0, ev.start))]
                if not moved and any(w in _LEADING_DROP or w in lex.boundaries for w in lead_words):
                    break
                if nw == 0 or (ev.speaker and ev.speaker[0] >= after_lo) or ev.pronoun or moved:
                    chosen, rule = ev, "after"
            break
        # 2. cue right before: 'Blinken said: "..."', 'according to X, "..."', split quotes
        if chosen is None:
            i0, i1 = bisect.bisect_left(ev_starts, s_start), bisect.bisect_left(ev_starts, o)
            before_evs = [event(i) for i in range(i0, i1) if ev_ends[i] <= o and not (initial(event(i)).passive and event(i).speaker is None)]
            for ev in reversed(before_evs):
                final(ev)
                gap = s[ev.end : o]
                if ev.lemma in lex.after:
                    if ev.speaker:
                        chosen, rule = ev, "according_to"
                        break
                    continue
                brk = _COMPLEMENT_BREAK if ev.group == "speech" and _has_complement(s, ev.end, o, lex) else _CLAUSE_BREAK
                if ev.group == "label":  # 'justified the strike, which killed four, as "defensive"': the label's "as"
                    gap = _LABEL_AS.sub("", _REL_CLAUSE.sub(" ", gap))
                if brk.search(gap) and not (ev.group == "speech" and gap.rstrip().endswith((":", ","))
                                            and len(_words(s, ev.end, o)) <= 3):
                    break
                if ev.speaker is None and ev.rule != "pronoun_unresolved":
                    continue
                chosen = ev
                rule = "before" if len(_words(s, ev.end, o)) <= 6 and _MASK not in gap else "clause"
                break
        # 3. 'according to' elsewhere in the sentence
        if chosen is None:
            for ev in events_between(s_start, after_hi):
                if ev.lemma in lex.after and ev.speaker and ev.start >= after_lo:
                    chosen, rule = ev, "according_to"
                    break
        # 4. cue later in the sentence: 'the "gaps are narrowing" between them, Blinken said.'
        if chosen is None:
            for ev in events_between(after_lo, after_hi):
                if ev.speaker and ev.speaker[0] >= after_lo and not ev.passive and not _CLAUSE_BREAK.search(s[after_lo : ev.start]):
                    residue = s[ev.end : after_hi].strip()
                    first = residue.split()[0] if residue.split() else ""
                    if (
                        not residue
                        or residue[0] in ".,;!?"
                        or first in {"on", "in", "at", "during", "after", "before", "from", "via", "when", "while",
                                     "as", "last", "this", "earlier", "later", "late", "told", "to", "Monday",
                                     "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday"}
                        or (ev.lemma == "tell" and len(residue.split()) <= 3)
                    ):  # fmt: skip
                        chosen, rule = ev, "after"
                break
        # 5. "Blinken: "..."" (a name and a colon)
        speaker: tuple[int, int] | None = None
        colon = _COLON.match(pre)
        owned = _owned_document(pre, lex) if chosen is None and pre.rstrip().endswith((",", ":")) else None
        if owned is not None:
            # "Part of Hale's post included the line, "..."": a named owner's text speaks for its owner
            speaker, rule = (s_start + owned[0], s_start + owned[1]), "document"
        elif chosen is None and colon and len(colon.group(1).split()) <= 6 and not _FOLLOWING.search(pre):
            speaker = _phrase(s, s_start + colon.start(1), s_start + colon.end(1), lex, backwards=True)
            rule = "colon" if speaker else ""
        elif chosen is None and pre.rstrip().endswith(":") and not pre.rstrip()[:-1].rstrip().endswith(_MASK):
            # 'Governor X addressed the crowd: "..."': a person or a named body whose clause ends in a colon
            # (after an opening adverbial: 'In a statement, the ministry justified the strike as "...": "..."');
            # a pronoun subject resolves as a cue's would ('In his message, he praised him: "..."')
            k = s_start + len(pre.rstrip()) - 1
            lo2 = _after_adverbial(s, s_start, k)
            subj = _clause_subject(s, lo2, k, lex) if lo2 is not None else None
            following = _FOLLOWING.search(pre)
            if following is not None and subj is None:
                # the verb right before "the following" ends the subject ("Earlier this week, an official
                # account made the following announcement:"; irregular verbs such as "made" are not in the lexicon)
                lo3 = _after_adverbial(s, s_start, k, lex) or s_start
                verb = _words(s, lo3, s_start + following.start())
                if len(verb) >= 2:
                    subj = _subject_before(s, lo3, verb[-1][0], lex, coordinated=False)
            if following is not None and following.group("src"):
                src = _phrase(s, s_start + following.start("src"), s_start + following.end("src"), lex, backwards=False)
                if src is not None and _issuer_after_from(s, src, ments, name_set, lex):
                    subj = src  # 'issued the following statement from the king: "..."': the king
            if subj and s[subj[0] : subj[1]] in lex.person_pronouns:
                pev = _Event(subj[0], subj[1], "", "", "speech", si, bisect.bisect_left(ev_starts, subj[0]), "", "",
                             speaker=subj, pronoun=True, speaker0=subj, pronoun0=True, state=1)  # fmt: skip
                subj = final(pev).speaker
                if subj is not None:
                    speaker, rule = subj, "pronoun"
            elif subj and (
                _person_like(s, subj, name_set, lex) or _name_in(s, _words(s, subj[0], subj[1]), lex)
                or (following is not None and _MASK not in s[subj[0] : subj[1]])
            ):  # (a clause announcing "the following" text: whoever issues it, a person or not)
                speaker, rule = subj, "colon"
        if chosen is None and speaker is None and not is_head:
            # 6. a name standing alone after the quote, no verb ('"...," Col. Rafael Torres, the centre director.')
            speaker = _byline_after(s, c, ends[min(len(ends) - 1, ci + 2)], lex)
            rule = "byline" if speaker else rule

        if chosen is None and speaker is None and not is_head:
            # 7. an "as X put it" aside right after the fragment credits it to X
            aside = _AS_PUT_IT.match(s, c)
            if aside is not None:
                speaker = _phrase(s, aside.start(1), aside.end(1), lex, backwards=True)
                rule = "clause" if speaker else rule

        if chosen is None and speaker is None:
            # 8. a name after the quote and a colon, as the subject of its own clause, as headlines write it
            # ("'Never again': Mayor Tom Hale vows to rebuild"): the name speaks
            after_colon = _COLON_AFTER.match(s, c)
            if after_colon is not None:
                subj = _sentence_subject(s, after_colon.end(), ends[ci], lex)
                if subj is not None and _VERB_NEXT.match(s, subj[1]) and s[subj[0] : subj[1]].lower() not in pronouns:
                    speaker, rule = subj, "colon"

        if chosen is None and speaker is None and not is_head and not pre.strip() and si > 0:
            # 9. "Senator Hale issued a statement on the ruling. "...."": a quote that opens the sentence after
            # one that puts out a text has that text's issuer as its speaker
            speaker = _issuer_before(s, sents[si - 1], pid, lex, name_set)
            rule = "document" if speaker else rule

        lead = _LEAD.sub("", pre)
        capital = quote[:1].isupper() or _BRACKET_CAP.match(quote) is not None  # "[a]n area": a sentence's start
        cue_imm = chosen is not None and rule == "before" and pre.rstrip().endswith((":", ",")) or (
            chosen is not None and rule == "before" and chosen.group == "speech" and capital
            and len(quote.split()) >= 3
        )
        split = (
            prev_q is not None
            and prev_q["sentence_id"] == sents[si][0]
            and prev_q["kind"] == "direct"
            and chosen is not None
            and rule == "before"
            and prev_q.get("_event") is chosen
        )
        qlast = quote.rstrip().rstrip("'’\"”").rstrip()[-1:]  # its last character, a nested quote's closing mark aside
        if _BRACKET_END.search(quote.rstrip()):
            qlast = "."  # "... may say[.]": the editor's full stop ends the statement
        ends_stmt = qlast in ".,!?…—–-" or text[c : c + 1] in (",", ".", "!", "?")
        if (
            _SO_CALLED.search(pre) or _names_term(s, s_start, o, lex) or _nickname(text, o, c, quote)
            or (not is_head and not pre.rstrip().endswith(":") and _title_like(quote))
        ):
            kind, chosen, speaker = "term", None, None
        elif is_head:
            kind = "partial"
        elif lead and not cont and rule != "after" and _RUNS_ON.match(text, c) and qlast not in _END_PUNCT:
            # the sentence goes on after the quote: a fragment, not a whole statement
            kind = "partial" if chosen is not None or speaker is not None else "term"
        elif not lead and (ends_stmt or chosen is not None or len(quote.split()) >= 4 or cont or qe >= s_end - 1):
            kind = "direct"
        elif (
            lead.endswith(":")
            or split
            or cue_imm
            or (lead.endswith(",") and quote[:1].isupper() and len(quote.split()) >= 4)
            or (quote[:1].isupper() and len(quote.split()) >= 4 and qlast in ".!?")
        ):
            kind = "direct"
        elif chosen is not None or speaker is not None:
            kind = "partial"
        else:
            kind = "term"

        if is_head and chosen is None and speaker is None:
            rule = "heading"  # a heading's quote with no speaker in the heading itself
        elif chosen is not None:
            speaker = chosen.speaker
            if chosen.rule in ("pronoun", "pronoun_unresolved"):
                rule = "pronoun"
            elif chosen.rule in ("document", "description") and speaker is not None:
                rule = chosen.rule  # the speaker's words are in an earlier sentence: say how they were found
        # 6. an unattributed direct quote continues the previous speaker; a quote's own cue
        # (``they warned``, its pronoun unresolved) stays its cue, and "they"/"it" never fall back to a person
        group_pronoun = (
            chosen is not None and chosen.speaker0 is not None
            and s[chosen.speaker0[0] : chosen.speaker0[1]].lower() in ("they", "it")
        )  # fmt: skip

        def fits(sp: tuple[int, int], group_pronoun: bool = group_pronoun) -> bool:
            return not group_pronoun or _group_like(s, sp, name_set, lex)

        if kind == "direct" and speaker is None and not is_head and prev_q is not None:
            near = pid - prev_q["paragraph_id"] <= 1 or prev_q["continued"]
            if near and prev_q["_speaker"] is not None and fits(prev_q["_speaker"]):
                speaker, rule = prev_q["_speaker"], "previous_quote"
                chosen = chosen or prev_q.get("_event")
        if kind == "direct" and speaker is None and not is_head:
            recent = next(
                (event(i) for i in range(bisect.bisect_left(ev_starts, o) - 1, -1, -1)
                 if ev_ends[i] <= o and sents[sent_of(ev_starts[i])][3] >= pid - 1 and final(event(i)).speaker),
                None,
            )
            if recent and recent.speaker is not None and fits(recent.speaker):
                speaker, rule, chosen = recent.speaker, "previous_clause", chosen or recent
        if kind == "term":
            speaker, chosen, rule = None, None, ""
        elif speaker is None and rule == "pronoun":
            rule = ""  # the pronoun found no antecedent
        row = {
            "article_id": aid, "sentence_id": sents[si][0], "paragraph_id": pid, "char_start": qs, "char_end": qe,
            "quote": quote, "kind": kind, "cue": chosen.lemma if chosen else None,
            "cue_surface": chosen.form if chosen else None,
            "speaker_char_start": speaker[0] if speaker else None, "speaker_char_end": speaker[1] if speaker else None,
            "speaker_surface": text[speaker[0] : speaker[1]] if speaker else None,
            "attribution": rule or None, "continued": cont, "_speaker": speaker, "_event": chosen,
        }  # fmt: skip
        rows.append(row)
        prev_q = row

    # a multi-paragraph quote takes the speaker named at any of its paragraphs
    for i in range(len(rows) - 2, -1, -1):
        r, nxt = rows[i], rows[i + 1]
        if r["continued"] and r["_speaker"] is None and nxt["_speaker"] is not None and r["kind"] == "direct":
            for col in ("speaker_char_start", "speaker_char_end", "speaker_surface", "_speaker", "cue", "cue_surface"):
                r[col] = nxt[col]
            r["attribution"] = "continued_quote"

    # actors: a mention overlapping the speaker's words, else one whose surface or surname matches
    m_starts = [m[0] for m in ments]
    try:
        m_sorted = all(m_starts[i] <= m_starts[i + 1] for i in range(len(m_starts) - 1))
        m_longest = max((m[1] - m[0] for m in ments), default=0)
    except TypeError:  # missing offsets: look at every mention
        m_sorted, m_longest = False, 0
    heads_of_own = lex.bodies | lex.documents  # a body or a text in its own right: not its modifier's actor
    for r in rows:
        sp = r.pop("_speaker")
        r.pop("_event")
        r["speaker_actor_id"] = r["speaker_label"] = None
        r["speaker_name"] = None
        if sp is None:
            continue
        surface = text[sp[0] : sp[1]]
        near = None
        if m_sorted:  # only mentions that start before the speaker ends and may reach into it
            near = ments[bisect.bisect_right(m_starts, sp[0] - m_longest) : bisect.bisect_left(m_starts, sp[1])]
        hit = _match_mention(sp, surface, ments, near, text=text, bodies=heads_of_own)
        if hit is not None:
            r["speaker_actor_id"], r["speaker_label"] = hit[2], hit[3]
        last_word = surface.split()[-1] if surface.split() else surface
        r["speaker_name"] = (
            r["speaker_label"] or (names[last_word] if len(surface.split()) == 1 and last_word in names else surface)
        )
    return rows
