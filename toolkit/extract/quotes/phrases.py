"""Speaker phrases (step 2 of :mod:`toolkit.extract.quotes`): the words before or after a reporting cue
that say who speaks (``Blinken said``, ``said Blinken``, ``according to the ministry``), reduced to the name
when there is one, skipping appositives and participial phrases; the subject of a clause or sentence; whether
a speaker is a person or a group; whether a verb has a complement; whether a quote is a name or label
(``dubbed "Iron Wall"``).
"""

from __future__ import annotations

import re
from collections.abc import Sequence

import polars as pl

from toolkit.extract import attribution, place_gazetteer
from toolkit.extract.quotes.lexicon import _Lexicon, _lexicon  # noqa: F401  (_lexicon: the doctests call it)
from toolkit.extract.quotes.scan import _MASK

_WORD = re.compile(r"[^\s,;:()\[\]" + _MASK + r"]+")
_WEEKDAYS = {"Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday"}
_LEADING_DROP = {
    "with", "and", "but", "so", "then", "also", "meanwhile", "however", "while", "as", "in", "on", "at", "for",
    "from", "of", "by", "to", "after", "before", "during", "that", "which", "who", "where", "when", "what",
    "because", "although", "though", "if", "since", "said", "says", "told", "or", "yet", "instead", "still",
    "now", "here", "there", "earlier", "later", "speaking", "standing", "asked",
}  # fmt: skip
_DETERMINERS = {"The", "A", "An"}
_HEAD_DETERMINERS = {"the", "its", "his", "her", "their", "our"}  # a noun after one of these heads a phrase
_ABBREV = re.compile(r"(?<![\w])(?:Sen|Rep|Gen|Lt|Col|Maj|Capt|Sgt|Adm|Gov|Dr|Mr|Mrs|Ms|Prof|St|Jr|Sr|Rev|Cmdr|Brig)$")
_PREPS = {"in", "of", "from", "at", "for", "on", "near", "with", "to", "by", "across", "outside", "inside"}
# a single capital before a full stop: an initial or a letter of an initialism ("U.S.", "John F. Kennedy")
_INITIAL = re.compile(r"(?<![^\W\d_])[A-Z]$")
_AGE = re.compile(r"^\s*\d{1,3}\s*$")
_PARTICIPLE_AFTER_NAME = re.compile(r"[a-z]{3,}ing")  # a lower-case -ing word right after a name
_COMPLEMENT_OPENERS = _PREPS | {"the", "a", "an", "his", "her", "their", "its", "about", "before"}
_SUBJECT_PRONOUNS = {"he", "she", "they", "we", "i"}
_RELATIVE = re.compile(r"^\s*(?:who|which|whose|whom|where|when|now|speaking|writing|himself|herself)\b")


def _adverb(w: str, lex: _Lexicon) -> bool:
    """A lower-case word in -ly that is no noun or adjective of ``lex.ly_nouns``: an adverb between a speaker
    and its verb (``The report specifically said``), never part of the speaker.

    >>> lex = _lexicon()
    >>> [_adverb(w, lex) for w in ["specifically", "quietly", "family", "assembly", "Italy"]]
    [True, True, False, False, False]
    """
    return len(w) > 4 and w.endswith("ly") and w.isalpha() and w.islower() and w not in lex.ly_nouns


def _words(s: str, a: int, b: int) -> list[tuple[int, int]]:
    return [m.span() for m in _WORD.finditer(s, a, b)]


_PREFIXED = re.compile(r"^(?:al|el|ad|ar|as|at|an|ash|az|abu|bin|ibn|d|l|de|da|di|o|mc|mac)[-’'‘]?(?=[A-Z])|^(?:al|el)-", re.I)


def _is_cap(w: str) -> bool:
    """A capitalised word, or a name with a lower-case prefix (al-Burhan, el-Sisi, d’Estaing)."""
    return w[:1].isupper() or bool(_PREFIXED.match(w) and any(c.isupper() for c in w))


def _name_in(s: str, ws: list[tuple[int, int]], lex: _Lexicon) -> tuple[int, int] | None:
    """The trailing name run of words ``ws`` (titles stripped), or None when it ends in lower case."""
    if not ws or not _is_cap(s[ws[-1][0] : ws[-1][1]].lstrip("‘“\"'")):
        return None
    i = len(ws) - 1
    while i > 0:
        w = s[ws[i - 1][0] : ws[i - 1][1]]
        nxtw = s[ws[i][0] : ws[i][1]]
        if _is_cap(w) and not w.endswith(("’s", "'s")):
            i -= 1
        elif (w.lower() in lex.particles or w.lower().rstrip("-") in lex.particles or w in ("of", "and")) and _is_cap(nxtw):
            if i >= 2 and (_is_cap(s[ws[i - 2][0] : ws[i - 2][1]]) or w not in ("of", "and")):
                i -= 1
            else:
                break
        else:
            break
    run_words = [s[x:y] for x, y in ws[i:]]
    if "and" in run_words:
        # "and" inside a name only after an "of" ("Department of Health and Human Services"); else two names
        ka = len(run_words) - 1 - run_words[::-1].index("and")
        if not _of_before_and(run_words[:ka], lex):
            i += ka + 1
    if i > 0 and s[ws[i - 1][0] : ws[i - 1][1]] in _PREPS | {"a", "an"}:
        # a capitalised title's complement ("Special Envoy for Trade Brian Holt", "Minister for Health Ana
        # Ruiz"): the person's name, opened by a given name, ends the run
        before = s[ws[i - 2][0] : ws[i - 2][1]] if i >= 2 else ""
        if before[:1].isupper() or (before.lower(),) in lex.title_set:
            run = ws[i:]
            given = next((j for j in range(len(run) - 1) if s[run[j][0] : run[j][1]] in lex.given), None)
            if given is not None and len(run) - given <= 4:
                return run[given][0], run[-1][1]
        return None  # "a nurse in Kharkiv", "a Georgia Republican": a description, not a name
    run = ws[i:]
    # strip titles: keep what follows the last title in the run
    lower = [s[a:b].lower().rstrip(".,") for a, b in run]
    cut = 0
    for k in range(len(run)):
        for n in lex.title_lens:
            if k + n < len(run) and tuple(lower[k : k + n]) in lex.title_set:
                cut = max(cut, k + n)
    full, run = run, run[cut:]
    if cut and s[run[0][0] : run[0][1]] == "of":
        # a title's complement ("President of Ukraine Volodymyr Zelenskyy", "Secretary of State Mike Pompeo"):
        # the name opens at its first given name; without one the whole titled phrase ("Prince of Wales")
        given = next((j for j in range(1, len(run) - 1) if s[run[j][0] : run[j][1]] in lex.given), None)
        run = run[given:] if given is not None else full
    while len(run) > 1 and s[run[0][0] : run[0][1]] in _DETERMINERS:
        run = run[1:]
    if s[run[0][0] : run[0][1]] in _DETERMINERS or s[run[0][0] : run[0][1]].lower() in lex.boundaries:
        return None
    return run[0][0], run[-1][1]


def _and_in_name(s: str, ws: list[tuple[int, int]], k: int, lex: _Lexicon) -> bool:
    """The ``and`` of word ``k`` joins two parts of one name: capitalised words on both sides, and an ``of``
    inside the capitalised run before it (``Department of Health and Human Services``, not ``Biden and Sanders``)."""
    if k == 0 or k + 1 >= len(ws) or not _is_cap(s[ws[k + 1][0] : ws[k + 1][1]]):
        return False
    return _of_before_and([s[x:y] for x, y in ws[max(0, k - 4) : k]], lex)


def _of_before_and(before: list[str], lex: _Lexicon) -> bool:
    """The words ``before`` an ``and`` end in "<Capitalised> of" and one or two capitalised words that are no
    given names (``Department of Health``; not ``Secretary of State Mike Pompeo``)."""
    for n in (1, 2):
        if len(before) >= n + 2 and before[-n - 1] == "of" and _is_cap(before[-n - 2]):
            tail = before[-n:]
            return all(_is_cap(w) and w not in lex.given for w in tail)
    return False


def _phrase(s: str, a: int, b: int, lex: _Lexicon, *, backwards: bool) -> tuple[int, int] | None:
    """Clean a speaker phrase in s[a:b]: a name if it ends in one, else the description."""
    ws = _words(s, a, b)
    # drop words between the speaker and the verb (Blinken on Friday also said)
    if backwards:
        while ws and (s[ws[-1][0] : ws[-1][1]] in lex.between or s[ws[-1][0] : ws[-1][1]] in _WEEKDAYS
                      or _adverb(s[ws[-1][0] : ws[-1][1]], lex)):  # fmt: skip
            if len(ws) >= 2 and s[ws[-2][0] : ws[-2][1]].lower() in _HEAD_DETERMINERS:
                break  # "The statement said": the noun is the subject's head, not words between it and the verb
            ws = ws[:-1]
        for k in range(len(ws) - 1, -1, -1):
            w = s[ws[k][0] : ws[k][1]]
            if w in lex.boundaries or (w.lower() in lex.boundaries and k == 0):
                if w == "and" and _and_in_name(s, ws, k, lex):
                    continue  # "the Department of Health and Human Services said"
                ws = ws[k + 1 :]
                break
    while ws and s[ws[0][0] : ws[0][1]].lower() in _LEADING_DROP:
        ws = ws[1:]
    if backwards:
        # a participial phrase after the name, no commas: "Kyriakos Mitsotakis speaking to a think tank called"
        # (a verb's complement follows: "speaking to", "addressing the", "visiting Kyiv"; not "UN peacekeeping mission")
        cut_at = next((j for j in range(1, len(ws) - 1) if _PARTICIPLE_AFTER_NAME.fullmatch(s[ws[j][0] : ws[j][1]])
                       and _is_cap(s[ws[j - 1][0] : ws[j - 1][1]])
                       and (_is_cap(s[ws[j + 1][0] : ws[j + 1][1]]) or s[ws[j + 1][0] : ws[j + 1][1]] in _COMPLEMENT_OPENERS)), None)
        if cut_at is not None and _name_in(s, ws[:cut_at], lex):
            ws = ws[:cut_at]
    while ws and not any(c.isalnum() for c in s[ws[-1][0] : ws[-1][1]]):
        ws = ws[:-1]
    if not ws:
        return None
    if len(ws) > 1 and s[ws[0][0] : ws[0][1]].lower() in _SUBJECT_PRONOUNS and s[ws[1][0] : ws[1][1]].islower():
        return ws[0]  # "She went on to say", "He underlined the call by saying": the pronoun is the subject
    if any(s[x:y] in attribution.HEAD_BREAKS for x, y in ws[1:-1]):
        # "Dr. Ellen Novak of the University of Illinois": the person, not the university
        hk = attribution.person_head([s[x:y] for x, y in ws], names=lex.given, titles=lex.title_lasts)
        head = _name_in(s, ws[:hk], lex) if hk else None
        if head:
            return head
    name = _name_in(s, ws, lex)
    if name:
        return name
    if len(ws) > 8:
        return None  # a clause, not a speaker
    end = ws[-1][1]
    while end > ws[-1][0] and s[end - 1] in ".’'\"”":
        end -= 1
    return ws[0][0], end


_AUX = {"would", "will", "could", "can", "should", "must", "may", "might", "was", "were", "is", "are", "has",
        "have", "had", "did", "does", "do"}


def _looks_like_clause(s: str, span: tuple[int, int], lex: _Lexicon) -> bool:
    """A description with a finite verb in it (``Odinga rejected the results``) is no speaker."""
    ws = s[span[0] : span[1]].split()
    for k in range(1, len(ws)):
        w = ws[k]
        if w in _AUX or (w.islower() and (w.endswith("ed") or w in lex.lemma) and ws[k - 1].lower() not in {"a", "an", "the"}):
            return True
    return False


def _verb_before(s: str, lo: int, sp: tuple[int, int], lex: _Lexicon) -> bool:
    """A finite verb in the clause before the speaker words ``sp`` or opening them: the words are its object or
    complement, not the subject of a participle cue that follows (``Lopez rejected the offer from the Council
    saying``: not the Council; ``X, the president, explained the decision saying``: not "explained ...").

    >>> lex = _lexicon()
    >>> t = "Lopez rejected the offer from the Springfield Council saying"
    >>> _verb_before(t, 0, (t.index("Springfield"), t.index(" saying")), lex), _verb_before(t, 0, (0, 5), lex)
    (True, False)
    """
    a = lo
    for sep in (",", ";", ":", "—", "–", "(", _MASK):
        k = s.rfind(sep, lo, sp[0])
        a = max(a, k + 1)
    ws = _words(s, a, sp[0]) + _words(s, sp[0], sp[1])[:1]
    for x, y in ws:
        w = s[x:y]
        if w.islower() and (w in _AUX or w in lex.lemma or (w.endswith("ed") and len(w) > 4)):
            return True
    return False


def _document_before(s: str, lo: int, v: int, lex: _Lexicon) -> tuple[int, int] | None:
    """A text that speaks, right before an -ing cue at ``v`` with no comma between (``found with a night letter
    stating``): the noun phrase of a document noun (``lex.documents``) that opens the clause or follows a
    preposition other than *in* (``issued a statement saying``: the issuer speaks, not the statement).

    >>> lex = _lexicon()
    >>> t = "The man was found with a Taliban night letter stating"
    >>> sp = _document_before(t, 0, t.index(" stating") + 1, lex); t[sp[0] : sp[1]]
    'a Taliban night letter'
    >>> _document_before("The ministry issued a statement saying", 0, 31, lex) is None
    True
    """
    ws = _words(s, lo, v)
    if not ws or s[ws[-1][1] : v].strip() or s[ws[-1][0] : ws[-1][1]].lower() not in lex.documents:
        return None
    k = len(ws) - 1
    while k > 0:
        w = s[ws[k - 1][0] : ws[k - 1][1]]
        if w in _PREPS or w in lex.boundaries or w in _AUX or (w.islower() and (w in lex.lemma or w.endswith("ed"))):
            break
        k -= 1
    opener = s[ws[k - 1][0] : ws[k - 1][1]] if k > 0 else ""
    if k > 0 and (opener not in _PREPS or opener == "in"):
        return None
    if k > 0 and "," in s[ws[k - 1][1] : ws[k][0]]:
        return None
    return ws[k][0], ws[-1][1]


# a participial or absolute phrase between commas: it ends in a lower-case -ing or -ed word
_ABSOLUTE_PHRASE = re.compile(r"(?<![\w’'\-])[a-z]{2,}(?:ing|ed)\s*$")
_PARTICIPIAL = re.compile(r"^\s*(?:[a-z]+(?:ed|en)\s+(?:by|in|to|with|from|on|as)\b|led\b|run\b|held\b|set\s+up\b)")
_DESCRIPTION = re.compile(r"^\s*(?:a|an|the|its|his|her|their|our|one|two|three|four|five|six|seven|eight|nine|ten)\s")
_COORD = {"and", "but", "or"}
# an adverbial between the commas after a subject, not a description of it ("Hurley, on radio from orbit,
# said", "Ruiz, in a statement on Tuesday, said", "Lee, speaking at a briefing in Ottawa, said")
_ADVERBIAL_CHUNK = re.compile(
    r"^\s*(?:in|on|at|during|after|before|from|via|over|through|while|when|speaking|writing|addressing|"
    r"later|earlier|once|again|meanwhile|however|too|also|then)\b"
)
_REL_PRONOUNS = {"who", "which"}
_NOT_VERB_AFTER = {"the", "a", "an", "its", "his", "her", "their", "our", "some", "many", "most", "several", "other",
                   "all", "both", "few", "more", "newly", "so-called", "of", "and", "or", "two", "three", "four"}


def _subject_before(
    s: str,
    lo: int,
    v: int,
    lex: _Lexicon,
    *,
    appositive: bool = True,
    coordinated: bool = True,
    persons: Sequence[tuple[int, int]] = (),
) -> tuple[int, int] | None:
    """Speaker words before a reporting verb at ``v``, within s[lo:v].

    Appositives and participial phrases between commas are skipped (``Tom Andrews, the UN
    rapporteur on Myanmar, said``; ``The army, led by General X, condemned``); a verb joined by
    *and* to an earlier one takes that verb's subject (``Danon thanked the US and said``).
    ``persons``: the spans of the article's person mentions (a one-word appositive that is one is no place).
    """
    for sep in (";", "—", "–", " - ", "(", ")", ":"):
        k = s.rfind(sep, lo, v)
        if k >= 0:
            lo = k + len(sep)
    lo_clause = lo
    k = s.rfind(_MASK, lo, v)
    lo = max(lo, k + 1)
    seg = s[lo:v]
    commas = [lo + m.start() for m in re.finditer(",", seg)]
    tail_start = commas[-1] + 1 if commas else lo
    tail_ws = _words(s, tail_start, v)
    while tail_ws and (s[tail_ws[-1][0] : tail_ws[-1][1]] in lex.between or s[tail_ws[-1][0] : tail_ws[-1][1]] in _WEEKDAYS
                       or _adverb(s[tail_ws[-1][0] : tail_ws[-1][1]], lex)):  # fmt: skip
        tail_ws = tail_ws[:-1]
    if tail_ws and s[tail_ws[-1][0] : tail_ws[-1][1]] in _REL_PRONOUNS:
        # a relative clause's verb: "drafted by Ruth Okafor, who said": the speaker is the antecedent
        end = tail_ws[-1][0]
        while end > lo and s[end - 1] in " ,":
            end -= 1
        # the antecedent is the noun phrase that ends there, after the clause's last preposition or verb
        for x, y in reversed(_words(s, lo, end)):
            w = s[x:y]
            if (w in _PREPS and w != "of") or w in _AUX or w in lex.boundaries or (w.islower() and (w in lex.lemma or w.endswith("ed"))):
                lo = y
                break
        return _subject_before(s, lo, end, lex, appositive=appositive, coordinated=False, persons=persons) if end > lo else None
    if coordinated and tail_ws and s[tail_ws[-1][0] : tail_ws[-1][1]] in _COORD:
        # "X thanked the US and said": the subject of the first verb of the clause
        return _clause_subject(s, lo_clause, tail_ws[-1][0], lex)
    rel = next((k for k in range(1, len(tail_ws)) if s[tail_ws[k][0] : tail_ws[k][1]] in _REL_PRONOUNS), None)
    if rel is not None:
        # "a lecturer who asked not to be named said": the subject is the noun phrase before the relative clause
        head = _phrase(s, tail_start, tail_ws[rel][0], lex, backwards=True)
        if head:
            return head
    tail = _phrase(s, tail_start, v, lex, backwards=True)
    if tail:
        return tail
    if not commas or tail_ws or not appositive:
        return None
    # appositive or relative clause: "Linda Thomas-Greenfield, the US ambassador, said"
    bounds = [lo, *[c + 1 for c in commas]]
    chunks = [(bounds[i], commas[i]) for i in range(len(commas))]
    best: tuple[int, int] | None = None
    for n, (ca, cb) in enumerate(reversed(chunks)):
        text = s[ca:cb]
        if _RELATIVE.match(text) or _AGE.match(text) or not text.strip():
            continue
        if n < len(chunks) - 1 and _ABSOLUTE_PHRASE.search(text):
            continue  # "The mayor, her voice audibly shaking, said", "Doe, visibly moved, said": not the subject
        if n < len(chunks) - 1 and _PARTICIPIAL.match(text):
            continue  # "led by General X": not the subject
        conj = _CONJ_NAME.match(text)
        if conj is not None:
            # "..., while Brightmart, in a post on Friday, called": a new clause whose subject is the name
            ph = _phrase(s, ca + conj.start(1), cb, lex, backwards=True)
            if ph is not None and _name_in(s, _words(s, ph[0], ph[1]), lex):
                return ph
        if n < len(chunks) - 1 and _ADVERBIAL_CHUNK.match(text):
            continue  # "Hurley, on radio from low Earth orbit, said": not the subject
        if (
            best is None
            and n < len(chunks) - 1
            and _PLACE_QUALIFIER.match(text)
            and _CAP_END.search(s, bounds[0], ca - 1)
            and _place_word(s, ca, cb, lex, persons)
        ):
            continue  # "..., the University of Arkansas, Fayetteville, said": one word naming where, not who
        ph = _phrase(s, ca, cb, lex, backwards=True)
        if ph is None and best is None and n < len(chunks) - 1 and _DESCRIPTION.match(text):
            continue  # a long description: "a mother of five at a camp outside Goma"
        if ph is None or _looks_like_clause(s, ph, lex):
            break
        if best is None:
            best = ph
            if _name_in(s, _words(s, ph[0], ph[1]), lex) and not (n < len(chunks) - 1 and _after_prep(s, ca, ph[0])):
                break
            continue  # a description, or one naming an organisation ("head of the Norwegian Refugee Council")
        if _name_in(s, _words(s, ph[0], ph[1]), lex) and ph[1] - ph[0] < 60:
            best = ph
        break
    return best


# one capitalised word alone between commas, after a chunk that ends in a capitalised word: the place that
# qualifies that name, as news writes an address ("the University of Arkansas, Fayetteville,"; "Springfield,
# Illinois,") when the word names a place (_place_word); a person known by one name ("The head of the WHO,
# Tedros, said") is the speaker
_PLACE_QUALIFIER = re.compile(r"^\s*[A-Z][a-z]+\s*$")
_CAP_END = re.compile(r"[A-Z][\w.’'\-]*$")
_PLACE_KINDS = ("name", "alias")  # a place's own name or official alias, not a variant or a small town's


def _place_word(s: str, a: int, b: int, lex: _Lexicon, persons: Sequence[tuple[int, int]] = ()) -> bool:
    """The one word of s[a:b] names a place (a gazetteer name or alias: a city of 15,000 people or more, a
    region, a country) and no person: not a given name (``data/given_names_gender.csv``) nor a person mention.

    >>> lex = _lexicon()
    >>> _place_word(" Fayetteville", 0, 13, lex), _place_word(" Tedros", 0, 7, lex), _place_word(" Lula", 0, 5, lex)
    (True, False, False)
    """
    word = s[a:b].strip()
    if word in lex.given or any(x < b and y > a for x, y in persons):
        return False
    key = pl.select(place_gazetteer._norm(pl.lit(word))).item()  # the gazetteer's own name key
    names = place_gazetteer._names_for(pl.Series([key]))
    return bool(names.height) and bool(names["kind"].is_in(_PLACE_KINDS).any())

# a clause opened by a conjunction whose subject is a name alone, capitalised words only ("while Brightmart")
_CONJ_NAME = re.compile(r"^\s*(?:while|whereas|although|though)\s+((?:[A-Z][\w’'.&\-]*\s*){1,5})$")


def _after_prep(s: str, a: int, b: int) -> bool:
    """The words s[a:b] end in a preposition, articles aside (``head of the``, ``a spokesman for``), or in a
    participle after a noun (``a Boston lawyer representing``): the name that follows is its object.

    >>> text = "a Boston lawyer representing the"
    >>> _after_prep(text, 0, len(text)), _after_prep("a Boston lawyer", 0, 15)
    (True, False)
    """
    ws = [s[x:y] for x, y in _words(s, a, b) if s[x:y].lower() not in ("the", "a", "an")]
    if len(ws) >= 2 and ws[-1][:1].isupper() and ws[-1].endswith(("’s", "'s")):
        ws = ws[:-1]  # "director of Haiti's": the owner's name is part of the complement
    if len(ws) >= 2 and ws[-1].islower() and ws[-1].endswith("ing") and len(ws[-1]) > 5:
        return True
    return bool(ws) and ws[-1] in _PREPS


_THAT_OR_QUOTE = re.compile(r"\s+(?:that\b|[\"“‘'" + _MASK + r"])")


def _first_verb(s: str, lo: int, hi: int, lex: _Lexicon) -> int | None:
    """Start of the first word of s[lo:hi] that looks like the clause's finite verb.

    Verbs of participial or relative phrases between commas (``, led by X,``) do not count.
    """
    ws = _words(s, lo, hi)
    skip_to = -1
    for k, (a, b) in enumerate(ws):
        if a < skip_to:
            continue
        w = s[a:b]
        after_comma = s[lo:a].rstrip().endswith(",")
        if after_comma and w in ("who", "which", "whose", "whom"):
            nxt = s.find(",", b, hi)
            skip_to = nxt if nxt >= 0 else hi
            continue
        if k == 0 or not w.islower() or "-" in w:
            continue
        if not (w in _AUX or w in lex.lemma or (w.endswith("ed") and len(w) > 4)):
            continue
        if s[ws[k - 1][0] : ws[k - 1][1]].lower() in _NOT_VERB_AFTER:
            continue
        if after_comma and w in lex.lemma and _THAT_OR_QUOTE.match(s, b, hi):
            return a  # "Acme, in its release, reported that ...": a reporting verb and its complement
        if after_comma:
            nxt = s.find(",", b, hi)
            if nxt >= 0 or _PARTICIPIAL.match(s[a:hi]):  # (a `^` pattern never matches at pos > 0)
                skip_to = nxt if nxt >= 0 else hi
                continue  # ", led by General X," / ", based in Goma,"
        return a
    return None


def _clause_subject(s: str, lo: int, hi: int, lex: _Lexicon) -> tuple[int, int] | None:
    """The subject of the clause that starts at ``lo``: the words before its first verb, after an opening
    adverbial that ends in a comma (``In a video posted online, Lopez thanked voters``: Lopez)."""
    lo = _after_adverbial(s, lo, hi, lex) or lo
    v = _first_verb(s, lo, hi, lex)
    if v is None:
        return None
    return _subject_before(s, lo, v, lex, coordinated=False)


def _after_adverbial(s: str, lo: int, hi: int, lex: _Lexicon | None = None) -> int | None:
    """Where the clause starts after an opening adverbial that ends in a comma ("In his talk on Tuesday,
    Mitsotakis said": after the comma); ``lo`` when none opens it; None when one opens it with no comma
    within 16 words ("In Kabul a lecturer said"). With ``lex``: its ``time_openers`` open an adverbial
    without a preposition ("Wednesday, Bellamy endorsed"), and an appositive of time after the adverbial's
    comma (``lex.time_appositive_re``) is part of it ("Wednesday, the same day that he dropped out, Bellamy
    endorsed": Bellamy)."""
    ws = _words(s, lo, hi)
    if not ws:
        return lo
    first = s[ws[0][0] : ws[0][1]].lower()
    timed = lex is not None and first in lex.time_openers
    if first not in _PREPS and not timed:
        return lo
    comma = s.find(",", ws[0][1], min(hi, ws[min(len(ws), 16) - 1][1] + 1))
    if comma < 0 or _MASK in s[lo:comma]:
        return lo if timed else None
    m = lex.time_appositive_re.match(s, comma + 1, hi) if lex is not None else None
    if m is not None and _MASK not in m.group(0):
        return m.end()
    return comma + 1



def _sentence_subject(s: str, lo: int, hi: int, lex: _Lexicon) -> tuple[int, int] | None:
    """The name that opens a sentence (``Opposition leader Raila Odinga rejected ...``)."""
    for sep in (" - ", "—", "–", ":", ";"):
        k = s.rfind(sep, lo, hi)
        if k >= 0:
            lo = k + len(sep)
    ws = _words(s, lo, hi)
    w0 = s[ws[0][0] : ws[0][1]].lower() if ws else ""
    if w0 in _PREPS or w0 in lex.time_openers:
        lo2 = _after_adverbial(s, lo, hi, lex)
        if lo2 is None:
            return None  # "In Kabul a lecturer said"
        ws = _words(s, lo2, hi)
    k = 0
    while k < len(ws):
        w = s[ws[k][0] : ws[k][1]]
        if not (_is_cap(w) or w.lower() in lex.particles or w.lower() in lex.title_firsts):
            break
        k += 1
    return _name_in(s, ws[:k], lex) if k else None


_AFTER_STOP = re.compile(
    r"[,.;:!?()\n" + _MASK + r"]|\s(?:in|on|at|during|after|before|who|which|when|while|as|told|to|from|"
    r"adding|speaking|referring|last|this|earlier|later|via|over|per|and|but|that)\s"
)  # ("said Ann Price per BBC News": the outlet that reported it is not the speaker)


_PUNCT_STOP = re.compile(r"[,.;:!?()\n" + _MASK + "]")
_SOURCE_STOP = re.compile(
    r"[,.;:!?()\n" + _MASK + r"]|\s(?:in|on|at|during|after|before|who|which|when|while|as|told|to|adding|"
    r"speaking|referring|last|this|earlier|later|via|over|and|but|that)\s"
)


def _subject_after(s: str, a: int, b: int, lex: _Lexicon, *, source: bool = False) -> tuple[int, int] | None:
    """Speaker words after a verb or phrase (``said Blinken``, ``according to the ministry``).

    ``source``: the phrase names a source (``according to a statement from Kyiv``): ``from`` and
    ``of`` do not end it.
    """
    stop = _SOURCE_STOP if source else _AFTER_STOP
    m = stop.search(s, a, b)
    # _ABBREV ends at the full stop; its longest word plus the character before it fit in 8
    while m and s[m.start()] == "." and (
        _ABBREV.search(s, max(0, m.start() - 8), m.start()) or _INITIAL.search(s, max(0, m.start() - 2), m.start())
    ):
        m = stop.search(s, m.end(), b)  # "said Sen. Rand Paul", "said U.S. Army Lt. Col. David Fivecoat"
    end = m.start() if m else b
    ph = _phrase(s, a, end, lex, backwards=False)
    if ph and m and s[m.start()] == ",":
        # appositive name: "said the ambassador, Linda Thomas-Greenfield."
        if not _name_in(s, _words(s, ph[0], ph[1]), lex):
            m2 = _PUNCT_STOP.search(s, m.end(), b)
            e2 = m2.start() if m2 else b
            ws = _words(s, m.end(), e2)
            if ws and len(ws) <= 5 and all(_is_cap(s[x:y]) or s[x:y].lower() in lex.particles for x, y in ws):
                nm = _name_in(s, ws, lex)
                if nm:
                    return nm
    return ph


_NAMING_AFTER_NOUN = {"called", "dubbed", "named", "labelled", "labeled", "branded", "termed", "titled", "entitled",
                      "styled"}  # fmt: skip
_PASSIVE_AUX = {"was", "were", "is", "are", "been", "be", "being"}
_RELATIVE_WORDS = {"what", "which", "that", "as", "whom", "who", "whose"}


def _names_term(s: str, lo: int, o: int, lex: _Lexicon) -> bool:
    """The quote opening at ``o`` is a name or label (``the operation, dubbed "Iron Wall"``;
    ``a militia known as "the Janjaweed"``), not someone's words. ``called``/``dubbed``/``named``
    count after a noun, a comma or a passive auxiliary, not after a subject (``what Netanyahu called``).

    >>> lex = _lexicon()
    >>> [_names_term(t, 0, len(t), lex) for t in ["the raid, dubbed ", "what he called ", "a group known as "]]
    [True, False, True]
    """
    m = lex.naming_re.search(s, max(lo, o - 60), o)
    if m is None:
        return False
    if m.group(1).lower() not in _NAMING_AFTER_NOUN:
        return True  # so-called, known as, code-named, nicknamed
    before = s[lo : m.start(1)].rstrip()
    if before.endswith(","):
        return True
    ws = before.split()
    if not ws:
        return False
    last = ws[-1]
    if last in _PASSIVE_AUX:
        return True
    if not (last.isalpha() and last.islower()) or last in _AUX or last in lex.between:
        return False
    if last in lex.person_pronouns or last in lex.group_pronouns:
        return False
    return not any(w.lower() in _RELATIVE_WORDS for w in ws[-4:])


def _has_complement(s: str, a: int, b: int, lex: _Lexicon) -> bool:
    """The reporting verb ending at ``a`` introduces what was said (``said the attack was``), not a
    parenthetical (``the agency said on Tuesday, as ...``)."""
    for x, y in _words(s, a, b):
        w = s[x:y]
        if w not in lex.between and w not in _WEEKDAYS:
            return not s[a:x].rstrip().endswith(",")
    return False


def _person_like(s: str, span: tuple[int, int], names: set[str], lex: _Lexicon) -> bool:
    """A speaker that ``he``/``she`` can stand for: a full name, a known surname or given name, or a
    description headed by a title or a person noun (its head before an "of": "the head of the investigators").

    >>> lex = _lexicon()
    >>> [_person_like(t, (0, len(t)), set(), lex) for t in ["the head of the fire investigators", "the investigators"]]
    [True, False]
    """
    words = s[span[0] : span[1]].split()
    if not words:
        return False
    if len(words) >= 2 and all(_is_cap(w) or w.lower() in lex.particles for w in words):
        return True
    if len(words) == 1 and _is_cap(words[0]):
        # a surname seen with a given name, or a name right after a person's title ("president Erdogan")
        before = s[max(0, span[0] - 30) : span[0]].split()
        titled = bool(before) and before[-1].lower().rstrip(".") in lex.title_lasts | attribution.HONORIFICS
        return words[0] in names or titled or words[0] in lex.given
    head = words[-1].lower().rstrip(".,")
    if head in lex.title_lasts or head in lex.persons:
        return True
    # a description whose head comes before "of": "the head of the city's fire investigators" is one person
    k = next((i for i, w in enumerate(words) if w == "of"), 0)
    if k >= 1 and words[k - 1].islower():
        head = words[k - 1].rstrip(".,")
        return head in lex.title_lasts or head in lex.persons
    return False


def _group_like(s: str, span: tuple[int, int], names: set[str], lex: _Lexicon) -> bool:
    """A speaker that ``they``/``it`` can stand for: an organisation, a state, a group of people.

    >>> lex = _lexicon()
    >>> [_group_like(t, (0, len(t)), set(), lex) for t in ["The White House", "RSF", "Omar Siddig", "the envoy"]]
    [True, True, False, False]
    """
    words = s[span[0] : span[1]].split()
    if not words:
        return False
    head = words[-1].lower().rstrip(".,’'")
    if head in lex.groups or (words[-1].isupper() and len(words[-1]) >= 2):
        return True
    if head in lex.title_lasts or head in lex.persons:
        return False
    return words[0] in _DETERMINERS or not _person_like(s, span, names, lex)
