"""Quotes and speakers: who is quoted, in which words, and how (issue 6).

Tables in: ``sentences``, ``articles`` (and ``mentions`` when available). Tables out: ``quotes``
(one row per quoted span) and ``sources`` (who speaks, how often, with how many words).

Method (rule-based, in the spirit of the Gender Gap Tracker's quote extractor, Asr et al. 2021,
and of Pareti's attribution relations):

1. :func:`quoted_spans` pairs quotation marks paragraph by paragraph (curly, straight, single,
   guillemets; apostrophes are told apart from closing single quotes). A quote that runs over
   several paragraphs (the next paragraph opens with a new mark and the previous one is never
   closed) yields one span per paragraph. An opening mark that is never closed yields nothing, so
   no quote swallows the rest of the article.
2. Reporting cues (``data/quotes_verbs.yaml``: lemmas and their forms, plus phrases such as
   *according to*) are found in the text with the quotes blanked out. Each cue gets a speaker: the
   words before it in its clause (``Blinken said``, ``army chief Herzi Halevi has said``), or after
   it (``said Blinken``, ``according to Netanyahu``), reduced to the name when there is one
   (``French President Emmanuel Macron`` -> ``Emmanuel Macron``; titles from
   ``data/quotes_words.yaml``). Appositives and participial phrases between commas are skipped
   (``Tom Andrews, the UN rapporteur on Myanmar, said``; ``The army, led by General X, said``); a
   verb joined by *and* (``X thanked Y and said``) and a participle cue (``..., calling it``) take
   the subject of the clause's first verb. Pronouns (``he told AFP``) take the nearest preceding
   speaker; ``they``/``it`` only a group, organisation or state (head nouns in ``groups``).
3. Each quote takes the cue right after it (``"...," Blinken said``), else right before it
   (``Blinken said: "..."``), else *according to*, else the cue of its clause (``said the vetoes
   were "cynical"``): a fragment anywhere in the complement of a speech verb (``said A, and that
   "B"``) is the verb's subject's, up to a background clause (``, as``, ``, when``) or a new
   coordinated clause (``, and residents fled``). A direct quote with no cue continues the previous
   speaker (quote paragraphs that follow an attributed one, multi-paragraph quotes).
4. ``kind``: ``direct`` when the quote is a whole statement (opens its sentence, follows a colon or
   a reporting clause, or continues a split quote), ``partial`` when a fragment has a speaker (or
   stands in a subheading, where it has none), ``term`` otherwise (scare quotes). A quote after
   which its sentence runs on without punctuation (``struck "militant targets" near Tyre``) is
   never ``direct``.
5. The speaker is resolved to an actor of ``mentions`` that overlaps the speaker's words, or
   whose surface or surname matches them.

>>> from toolkit.io.loading import read_articles
>>> from toolkit.text.tokenize import split_sentences
>>> arts = read_articles(['“We will not stop,” Defence Minister Yoav Gallant said. He added: “Never.”']).articles
>>> extract_quotes(split_sentences(arts), arts).select("quote", "kind", "cue", "speaker_surface").rows()
[('We will not stop,', 'direct', 'say', 'Yoav Gallant'), ('Never.', 'direct', 'add', 'Yoav Gallant')]
"""

from __future__ import annotations

import bisect
import re
from collections.abc import Iterable, Iterator
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any, Literal

import polars as pl

from toolkit.core import cache
from toolkit.core.errors import check_choice
from toolkit.core.resources import load_yaml, locate
from toolkit.core.schema import SCHEMAS, conform, empty, require_columns
from toolkit.extract import attribution

# --------------------------------------------------------------------------- quotation marks

_MARKS = re.compile("[\"'“”‘’„«»‹›]")
_CLOSE_FOR = {"“": "”", "‘": "’", "«": "»", "„": "“”", "‹": "›", '"': '"', "'": "'", "”": "”"}
_DOUBLE = {"“", "„", "«", '"', "”"}
_PRE_OPEN = " \t\n([{—–-/“‘\"'«„‹:"
_ELISION = re.compile(r"(?:em|n|cause|til|tis|twas|\d0s|\d\d)\b")


@dataclass
class _Open:
    mark: str
    pos: int
    children: list[tuple[int, int, int, int, bool]] = field(default_factory=list)


def _marks_in(text: str, a: int, b: int) -> list[tuple[int, int, int, int, bool]]:
    """Quote spans (open, start, end, close, continued) of one paragraph ``text[a:b]``."""
    out: list[tuple[int, int, int, int, bool]] = []
    stack: list[_Open] = []

    def emit(span: tuple[int, int, int, int, bool]) -> None:
        (stack[-1].children if stack else out).append(span)

    def close_at(k: int, i: int) -> None:
        # close stack[k] at position i; inner unclosed openers are discarded
        while len(stack) > k + 1:
            dropped = stack.pop()
            stack[-1].children.extend(dropped.children)
        o = stack.pop()
        if i > o.pos + 1 and text[o.pos + 1 : i].strip():
            emit((o.pos, o.pos + 1, i, i + 1, False))
        else:  # an empty pair: keep what was inside
            for ch in o.children:
                emit(ch)

    def find_open(ch: str) -> int:
        for k in range(len(stack) - 1, -1, -1):
            if ch in _CLOSE_FOR[stack[k].mark]:
                return k
        return -1

    for m in _MARKS.finditer(text, a, b):
        i = m.start()
        ch = text[i]
        prev = text[i - 1] if i > a else " "
        nxt = text[i + 1] if i + 1 < b else " "
        opens_here = prev in _PRE_OPEN and not nxt.isspace()
        closes_here = not prev.isspace() and (not nxt.isalnum())
        if ch in "’'" and prev.isalnum() and nxt.isalnum():
            continue  # apostrophe inside a word
        if ch == "’":
            k = find_open("’")
            if k >= 0 and closes_here:
                if prev in "sS" and nxt == " " and i + 2 < b and text[i + 2].islower() and _later_single_close(text, i + 1, b):
                    continue  # plural possessive (the soldiers’ families) inside a single-quoted span
                close_at(k, i)
            continue
        if ch == "'":
            k = find_open("'")
            if k >= 0 and closes_here:
                if prev in "sS" and nxt == " " and i + 2 < b and text[i + 2].islower() and _later_single_close(text, i + 1, b):
                    continue
                close_at(k, i)
            elif opens_here and (nxt.isalnum() or nxt in "“\"") and not _ELISION.match(text, i + 1):
                stack.append(_Open("'", i))
            continue
        if ch == '"':
            k = find_open('"')
            if k >= 0 and (closes_here or not opens_here):
                close_at(k, i)
            elif opens_here:
                stack.append(_Open('"', i))
            continue
        if ch == "”":
            k = find_open("”")
            if k >= 0:
                close_at(k, i)
            elif opens_here and prev in " \t\n([{—–-:":
                stack.append(_Open("”", i))  # ”...” (both marks the same)
            continue
        if ch == "“":
            k = find_open("“")  # only after „
            if k >= 0 and stack[k].mark == "„":
                close_at(k, i)
            elif stack and stack[-1].mark == "“" and closes_here and not opens_here:
                close_at(len(stack) - 1, i)  # “...“ typo
            else:
                stack.append(_Open("“", i))
            continue
        if ch in "»›":
            k = find_open(ch)
            if k >= 0:
                close_at(k, i)
            continue
        if ch == "‘":
            if prev.isalnum():
                continue
            stack.append(_Open("‘", i))
            continue
        if ch in "«„‹":
            stack.append(_Open(ch, i))
    # paragraph end: an unclosed double mark continues (multi-paragraph quote) or, at the very
    # start of the paragraph, runs to its end; anything else is dropped, keeping its inner quotes
    if stack:
        bottom = stack[0]
        nested = [c for o in stack for c in o.children]
        nxt_par = text[b:].lstrip()
        continues = bool(nxt_par) and nxt_par[0] in _DOUBLE | {"‘"} and _same_family(bottom.mark, nxt_par[0])
        runs_on = bottom.pos == a or bottom.mark in "“„«"  # typographic openers are never apostrophes
        if bottom.mark in _DOUBLE and (continues or runs_on) and text[bottom.pos + 1 : b].strip():
            out.append((bottom.pos, bottom.pos + 1, b, b, continues))
        else:
            out.extend(nested)
    return sorted(out)


def _same_family(a: str, b: str) -> bool:
    fam = {"“": "c", "„": "c", "”": "c", '"': "s", "«": "g", "‘": "c", "'": "s"}
    return fam.get(a) == fam.get(b) or {a, b} <= {"“", "„", "”", "‘"}


def _later_single_close(text: str, i: int, b: int) -> bool:
    """A later ’ or ' in text[i:b] that can close a single-quoted span (not an apostrophe)."""
    for m in re.finditer("[’']", text[i:b]):
        j = i + m.start()
        nxt = text[j + 1] if j + 1 < b else " "
        if not text[j - 1].isspace() and not nxt.isalnum():
            return True
    return False


def _find_quotes(text: str) -> list[tuple[int, int, int, int, bool]]:
    """(open, start, end, stop, continued) of every outermost quote of ``text``.

    ``stop`` is the end of the closing mark (or of the paragraph when the quote is not closed).
    """
    from toolkit.text.tokenize import split_paragraphs

    marks = [m.start() for m in _MARKS.finditer(text)]
    if not marks:
        return []  # no paragraphs needed
    out: list[tuple[int, int, int, int, bool]] = []
    for a, b in split_paragraphs(text):
        i = bisect.bisect_left(marks, a)
        if i < len(marks) and marks[i] < b:  # a mark in the paragraph
            out.extend(_marks_in(text, a, b))
    return out


def quoted_spans(text: str) -> list[tuple[int, int]]:
    """(start, end) of the text inside each pair of quotation marks, outermost pairs only.

    Curly, guillemet and straight double and single quotes are paired within a paragraph;
    ``’`` between letters is an apostrophe, not a closing mark. An opening mark never closed
    yields no span (it never swallows the rest of the text), except in a multi-paragraph quote
    (the next paragraph opens with a new mark) and for a curly or guillemet opening mark, which
    is never an apostrophe: then the span runs to the end of its paragraph, no further.

    >>> t = 'He said “no way” and ‘Gaza’s pain’, "fine".'
    >>> [t[a:b] for a, b in quoted_spans(t)]
    ['no way', 'Gaza’s pain', 'fine']
    >>> t = '“We stay.\\n“We will rebuild,” she said. A "stray mark'
    >>> [t[a:b] for a, b in quoted_spans(t)]
    ['We stay.', 'We will rebuild,']
    """
    return [(s, e) for _, s, e, _, _ in _find_quotes(text)]


# --------------------------------------------------------------------------- lexicon


@dataclass(frozen=True)
class _Lexicon:
    cue_re: re.Pattern[str]
    lemma: dict[str, str]
    group: dict[str, str]
    after: frozenset[str]
    titles: tuple[tuple[str, ...], ...]
    person_pronouns: frozenset[str]
    group_pronouns: frozenset[str]
    between: frozenset[str]
    boundaries: frozenset[str]
    particles: frozenset[str]
    version: str
    title_set: frozenset[tuple[str, ...]] = frozenset()  # the titles again, for fast look-ups
    title_lens: tuple[int, ...] = ()
    title_firsts: frozenset[str] = frozenset()
    title_lasts: frozenset[str] = frozenset()
    groups: frozenset[str] = frozenset()  # head nouns of organisations and groups (army, ministry, residents)
    bodies: frozenset[str] = frozenset()  # head nouns of an organisation in its own right (mission, army)
    naming_re: re.Pattern[str] = re.compile(r"(?!x)x")  # "dubbed", "known as" ... at the end of a text
    cue_rust: str = ""  # ``cue_re`` for polars' (Rust) regex engine, "" when it cannot be written there
    given: dict[str, str] = field(default_factory=dict)  # given name -> m/f/u (attribution.load_given_names)


def _cue_regex(forms: list[str], phrases: set[str]) -> re.Pattern[str]:
    """One regex for all cue forms, longest first; phrases also match capitalised.

    The alternatives are grouped by their first character (``s(?:aid|ays|...)``), which matches
    exactly what the flat alternation ``said|says|...`` matches but lets the engine reject a
    position after one character instead of trying every form there.
    """
    if not forms:
        return re.compile(r"(?!x)x")
    flat = []
    groups: dict[str, list[str]] = {}
    for form in forms:
        esc = re.escape(form).replace(r"\ ", r"\s+")
        heads = form[:1]
        if form in phrases:
            heads = f"{form[0].upper()}{form[0]}"
            esc = f"[{heads}]{esc[1:]}"
        flat.append(esc)
        for h in dict.fromkeys(heads):
            groups.setdefault(h, []).append(re.escape(form[1:]).replace(r"\ ", r"\s+"))
    if all(forms) and all(h.isalnum() for h in groups):
        alts = [f"{h}(?:{'|'.join(rests)})" for h, rests in groups.items()]
    else:  # an odd first character (space, punctuation): keep the plain alternation
        alts = flat
    return re.compile(r"(?<![\w’'\-])(?:" + "|".join(alts) + r")(?![\w\-])")


# Python's ``\w`` and ``\s`` written for the Rust engine (which has no look-around)
_RS_W = r"\p{L}\p{N}_"
_RS_S = r"[\s\x1c-\x1f]"


def _cue_rust(forms: list[str], phrases: set[str]) -> str:
    """``_cue_regex`` for polars: the look-behind becomes a consumed character (or the start) and
    the look-ahead an ASCII word boundary, checked again in Python (:func:`_cue_spans`).

    The alternatives are in the same order as in ``_cue_regex``, so that both engines, which
    prefer the first alternative that matches, pick the same one. "" when a form has a character
    other than letters and spaces, or does not start with a letter.
    """
    if not forms or not all(f[:1].isalpha() and all(c.isalpha() or c == " " for c in f) for f in forms):
        return ""
    groups: dict[str, list[str]] = {}
    for form in forms:
        heads = f"{form[0].upper()}{form[0]}" if form in phrases else form[:1]
        for h in dict.fromkeys(heads):
            groups.setdefault(h, []).append(form[1:].replace(" ", _RS_S + "+"))
    alts = [f"{h}(?:{'|'.join(rests)})" for h, rests in groups.items()]
    return rf"(?:^|[^{_RS_W}’'\-])(?:" + "|".join(alts) + r")(?-u:\b)"


def _lexicon(verbs: str | None = None, words: str | None = None) -> _Lexicon:
    """The cues, titles and word lists of ``verbs`` and ``words`` (paths, or None for the packaged files),
    built once per version of the two files: an edited file takes effect on the next call."""
    vpath, wpath = locate(verbs or "quotes_verbs.yaml"), locate(words or "quotes_words.yaml")
    gpath = locate(attribution.GIVEN_NAMES_FILE)
    return cache.load("quotes.lexicon", (vpath, wpath, gpath), lambda: _build_lexicon(vpath, wpath, verbs))


def _build_lexicon(vpath: Path, wpath: Path, verbs: str | None) -> _Lexicon:
    vd: dict[str, Any] = load_yaml(vpath)
    wd: dict[str, Any] = load_yaml(wpath)
    lemma: dict[str, str] = {}
    group: dict[str, str] = {}
    for lem, spec in (vd.get("verbs") or {}).items():
        for form in spec["forms"]:
            lemma[form] = str(lem)
            group[form] = spec.get("group", "speech")
    after = set()
    for phrase, spec in (vd.get("phrases") or {}).items():
        lemma[phrase] = str(phrase)
        group[phrase] = spec.get("group", "speech")
        if spec.get("after"):
            after.add(phrase)
    cue_re = _cue_regex(sorted(lemma, key=len, reverse=True), set(vd.get("phrases") or {}))
    cue_rust = _cue_rust(sorted(lemma, key=len, reverse=True), set(vd.get("phrases") or {}))
    titles = tuple(
        sorted({tuple(w.rstrip(".") for w in t.lower().split()) for t in wd.get("titles", [])}, key=len, reverse=True)
    )
    pr = wd.get("pronouns", {})
    name = f"{Path(verbs).name if verbs else 'quotes_verbs.yaml'} v{vd.get('version', '?')}"
    return _Lexicon(
        cue_re=cue_re, lemma=lemma, group=group, after=frozenset(after), titles=titles,
        person_pronouns=frozenset(pr.get("person", [])), group_pronouns=frozenset(pr.get("group", [])),
        between=frozenset(wd.get("between", [])), boundaries=frozenset(wd.get("boundaries", [])),
        particles=frozenset(p.lower() for p in wd.get("particles", [])), version=name,
        title_set=frozenset(titles), title_lens=tuple(sorted({len(t) for t in titles})),
        title_firsts=frozenset(t[0] for t in titles if t), title_lasts=frozenset(t[-1] for t in titles if t),
        groups=frozenset(g.lower() for g in wd.get("groups", [])),
        bodies=frozenset(g.lower() for g in wd.get("bodies", [])),
        naming_re=_naming_regex([str(w) for w in wd.get("naming", [])]), cue_rust=cue_rust,
        given=attribution.load_given_names(),
    )  # fmt: skip


def _naming_regex(words: list[str]) -> re.Pattern[str]:
    """``dubbed``, ``known as`` ... ending a text (group 1), then only spaces or a comma."""
    if not words:
        return re.compile(r"(?!x)x")
    alts = "|".join(re.escape(w).replace(r"\ ", r"\s+") for w in sorted(words, key=len, reverse=True))
    return re.compile(r"(?<![\w\-])(" + alts + r")[\s,]*$", re.I)


# --------------------------------------------------------------------------- speaker phrases

_MASK = "\ue000"
_WORD = re.compile(r"[^\s,;:()\[\]" + _MASK + r"]+")
_WEEKDAYS = {"Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday"}
_LEADING_DROP = {
    "with", "and", "but", "so", "then", "also", "meanwhile", "however", "while", "as", "in", "on", "at", "for",
    "from", "of", "by", "to", "after", "before", "during", "that", "which", "who", "where", "when", "what",
    "because", "although", "though", "if", "since", "said", "says", "told", "or", "yet", "instead", "still",
    "now", "here", "there", "earlier", "later", "speaking", "standing", "asked",
}  # fmt: skip
_DETERMINERS = {"The", "A", "An"}
_ABBREV = re.compile(r"(?<![\w.])(?:Sen|Rep|Gen|Lt|Col|Maj|Capt|Sgt|Adm|Gov|Dr|Mr|Mrs|Ms|Prof|St|Jr|Sr|Rev|Cmdr|Brig)$")
_PAREN = re.compile(r"\([^()\n" + _MASK + r"]{0,60}\)")
_PREPS = {"in", "of", "from", "at", "for", "on", "near", "with", "to", "by", "across", "outside", "inside"}
_AGE = re.compile(r"^\s*\d{1,3}\s*$")
_RELATIVE = re.compile(r"^\s*(?:who|which|whose|whom|where|when|now|speaking|writing|himself|herself)\b")


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
        elif (w.lower() in lex.particles or w.lower().rstrip("-") in lex.particles or w == "of") and _is_cap(nxtw):
            if i >= 2 and (_is_cap(s[ws[i - 2][0] : ws[i - 2][1]]) or w != "of"):
                i -= 1
            else:
                break
        else:
            break
    if i > 0 and s[ws[i - 1][0] : ws[i - 1][1]] in _PREPS | {"a", "an"}:
        return None  # "a nurse in Kharkiv", "a Georgia Republican": a description, not a name
    run = ws[i:]
    # strip titles: keep what follows the last title in the run
    lower = [s[a:b].lower().rstrip(".,") for a, b in run]
    cut = 0
    for k in range(len(run)):
        for n in lex.title_lens:
            if k + n < len(run) and tuple(lower[k : k + n]) in lex.title_set:
                cut = max(cut, k + n)
    run = run[cut:]
    while len(run) > 1 and s[run[0][0] : run[0][1]] in _DETERMINERS:
        run = run[1:]
    if s[run[0][0] : run[0][1]] in _DETERMINERS or s[run[0][0] : run[0][1]].lower() in lex.boundaries:
        return None
    return run[0][0], run[-1][1]


def _phrase(s: str, a: int, b: int, lex: _Lexicon, *, backwards: bool) -> tuple[int, int] | None:
    """Clean a speaker phrase in s[a:b]: a name if it ends in one, else the description."""
    ws = _words(s, a, b)
    # drop words between the speaker and the verb (Blinken on Friday also said)
    if backwards:
        while ws and (s[ws[-1][0] : ws[-1][1]] in lex.between or s[ws[-1][0] : ws[-1][1]] in _WEEKDAYS):
            ws = ws[:-1]
        for k in range(len(ws) - 1, -1, -1):
            w = s[ws[k][0] : ws[k][1]]
            if w in lex.boundaries or (w.lower() in lex.boundaries and k == 0):
                ws = ws[k + 1 :]
                break
    while ws and s[ws[0][0] : ws[0][1]].lower() in _LEADING_DROP:
        ws = ws[1:]
    while ws and not any(c.isalnum() for c in s[ws[-1][0] : ws[-1][1]]):
        ws = ws[:-1]
    if not ws:
        return None
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


_PARTICIPIAL = re.compile(r"^\s*(?:[a-z]+(?:ed|en)\s+(?:by|in|to|with|from|on|as)\b|led\b|run\b|held\b|set\s+up\b)")
_DESCRIPTION = re.compile(r"^\s*(?:a|an|the|its|his|her|their|our|one|two|three|four|five|six|seven|eight|nine|ten)\s")
_COORD = {"and", "but", "or"}
_NOT_VERB_AFTER = {"the", "a", "an", "its", "his", "her", "their", "our", "some", "many", "most", "several", "other",
                   "all", "both", "few", "more", "newly", "so-called", "of", "and", "or", "two", "three", "four"}


def _subject_before(
    s: str, lo: int, v: int, lex: _Lexicon, *, appositive: bool = True, coordinated: bool = True
) -> tuple[int, int] | None:
    """Speaker words before a reporting verb at ``v``, within s[lo:v].

    Appositives and participial phrases between commas are skipped (``Tom Andrews, the UN
    rapporteur on Myanmar, said``; ``The army, led by General X, condemned``); a verb joined by
    *and* to an earlier one takes that verb's subject (``Danon thanked the US and said``).
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
    while tail_ws and (s[tail_ws[-1][0] : tail_ws[-1][1]] in lex.between or s[tail_ws[-1][0] : tail_ws[-1][1]] in _WEEKDAYS):
        tail_ws = tail_ws[:-1]
    if coordinated and tail_ws and s[tail_ws[-1][0] : tail_ws[-1][1]] in _COORD:
        # "X thanked the US and said": the subject of the first verb of the clause
        return _clause_subject(s, lo_clause, tail_ws[-1][0], lex)
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
        if n < len(chunks) - 1 and _PARTICIPIAL.match(text):
            continue  # "led by General X": not the subject
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


def _after_prep(s: str, a: int, b: int) -> bool:
    """The words s[a:b] end in a preposition, articles aside (``head of the``, ``a spokesman for``)."""
    ws = [s[x:y] for x, y in _words(s, a, b) if s[x:y].lower() not in ("the", "a", "an")]
    return bool(ws) and ws[-1] in _PREPS


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
        if after_comma:
            nxt = s.find(",", b, hi)
            if nxt >= 0 or _PARTICIPIAL.match(s[a:hi]):  # (a `^` pattern never matches at pos > 0)
                skip_to = nxt if nxt >= 0 else hi
                continue  # ", led by General X," / ", based in Goma,"
        return a
    return None


def _clause_subject(s: str, lo: int, hi: int, lex: _Lexicon) -> tuple[int, int] | None:
    """The subject of the clause that starts at ``lo``: the words before its first verb."""
    v = _first_verb(s, lo, hi, lex)
    if v is None:
        return None
    return _subject_before(s, lo, v, lex, coordinated=False)


def _sentence_subject(s: str, lo: int, hi: int, lex: _Lexicon) -> tuple[int, int] | None:
    """The name that opens a sentence (``Opposition leader Raila Odinga rejected ...``)."""
    for sep in (" - ", "—", "–", ":", ";"):
        k = s.rfind(sep, lo, hi)
        if k >= 0:
            lo = k + len(sep)
    ws = _words(s, lo, hi)
    k = 0
    while k < len(ws):
        w = s[ws[k][0] : ws[k][1]]
        if not (_is_cap(w) or w.lower() in lex.particles or w.lower() in lex.title_firsts):
            break
        k += 1
    return _name_in(s, ws[:k], lex) if k else None


_AFTER_STOP = re.compile(
    r"[,.;:!?()\n" + _MASK + r"]|\s(?:in|on|at|during|after|before|who|which|when|while|as|told|to|from|"
    r"adding|speaking|referring|last|this|earlier|later|via|over|and|but|that)\s"
)


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
    while m and s[m.start()] == "." and _ABBREV.search(s, max(0, m.start() - 8), m.start()):
        m = stop.search(s, m.end(), b)  # "said Sen. Rand Paul"
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


# --------------------------------------------------------------------------- per article


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
# a capitalised word and the names after it; ``[A-Z](?<!\w[A-Z])`` is ``\b[A-Z]``, written so that the
# engine can skip ahead to the next capital letter
_FULL_NAME = re.compile(r"[A-Z](?<!\w[A-Z])[\w’'\-]+(?:\s+(?:al-|el-|bin|ibn|abu|de|van|von|der|[A-Z][\w’'\-]+))+")
_BY = re.compile(r"\s+by\s+")
_CITED = re.compile(r"\b(?:cited|quoted|quoting)\s+(.+?)\s+as\s*$")
_AFTER_QUOTE = re.compile("[" + _MASK + r"][\s,.!?—–-]*$")
_STOP_GAP = re.compile(r"[.;!?]\s")
_COLON = re.compile(r"^\s*([^" + _MASK + r",.;]{2,60}):\s*$")
_LEAD = re.compile(r"[\s\-–—•*]+")
_ABSOLUTE = re.compile(r",\s*with\s+((?:[\w’'\-]+\s+){0,4}?[\w’'\-]+)\s+[a-z]+ing\b[^,;" + _MASK + r"]*,\s*$")
_RUNS_ON = re.compile(r"[ \t]*[^\W_]")
_END_PUNCT = ".,!?…;:—–-"
_SO_CALLED = re.compile(r"so-called\s*$")
_NAMING_AFTER_NOUN = {"called", "dubbed", "named", "labelled", "labeled", "branded", "termed", "titled", "entitled",
                      "styled"}  # fmt: skip
_PASSIVE_AUX = {"was", "were", "is", "are", "been", "be", "being"}
_RELATIVE_WORDS = {"what", "which", "that", "as", "whom", "who", "whose"}
# a relative clause between commas (", who asked not to be named,"), or one still open at the end
_REL_CLAUSE = re.compile(r",\s*(?:who|which|whom|whose)\b[^,;.!?" + _MASK + r"]*,")
_REL_OPEN = re.compile(r",\s*(?:who|which|whom|whose)\b[^,;.!?" + _MASK + r"]*$")


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
    words = s[span[0] : span[1]].split()
    if not words:
        return False
    if len(words) >= 2 and all(_is_cap(w) or w.lower() in lex.particles for w in words):
        return True
    if len(words) == 1 and _is_cap(words[0]):
        return words[0] in names
    head = words[-1].lower().rstrip(".,")
    return head in lex.title_lasts


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
    if head in lex.title_lasts:
        return False
    return words[0] in _DETERMINERS or not _person_like(s, span, names, lex)


def _masked(text: str, quotes: list[tuple[int, int, int, int, bool]]) -> str:
    """``text`` with the quotes (marks included) and short parentheses blanked: cues and speakers
    are read outside quotes."""
    pieces, last = [], 0
    for o, _, _, stop, _ in quotes:
        pieces.append(text[last:o])
        pieces.append(_MASK * (stop - o))
        last = stop
    pieces.append(text[last:])
    return _PAREN.sub(lambda m: " " * len(m.group()), "".join(pieces))


# ``_FULL_NAME`` for polars. ``(?-u:\b)`` before the capital is ``(?<!\w)`` except after a non-ASCII
# letter or digit (``éB``): texts with one (``_NAME_RUST_RISK``) are read with ``_FULL_NAME`` instead
_NAME_RUST = (
    rf"(?-u:\b)[A-Z][{_RS_W}’'\-]+(?:{_RS_S}+(?:al-|el-|bin|ibn|abu|de|van|von|der|[A-Z][{_RS_W}’'\-]+))+"
)
_NAME_RUST_RISK = r"[[\p{L}\p{N}]--[\x00-\x7F]][A-Z]"

_Cue = tuple[int, int, str]  # start, end, the form as written


def _cue_spans(s: str, lex: _Lexicon) -> list[_Cue]:
    return [(m.start(), m.end(), m.group()) for m in lex.cue_re.finditer(s)]


def _full_names(s: str) -> list[str]:
    return [m.group() for m in _FULL_NAME.finditer(s)]


def _scan(masked: list[str], lex: _Lexicon) -> tuple[list[list[_Cue]], list[list[str]]]:
    """The reporting cues (``lex.cue_re``) and the full names (``_FULL_NAME``) of every masked
    text, found by polars' regex engine over all texts at once.

    The Rust engine's matches are checked where the two engines could differ (a form followed by
    a non-ASCII letter or a hyphen; a non-ASCII letter before a capital): such a text is read again
    with Python's ``re``, so the result is always exactly that of ``finditer``.
    """
    if not lex.cue_rust or len(masked) < 4:  # a few texts: not worth a DataFrame
        return [_cue_spans(s, lex) for s in masked], [_full_names(s) for s in masked]
    col = pl.col("s")
    df = pl.DataFrame({"s": masked}, schema={"s": pl.String}).select(
        col.str.extract_all("(?s).*?" + lex.cue_rust).list.eval(pl.element().str.len_chars().cum_sum()).alias("ends"),
        col.str.extract_all(lex.cue_rust).alias("cues"),
        col.str.extract_all(_NAME_RUST).alias("names"),
        col.str.contains(_NAME_RUST_RISK).alias("risk"),
    )
    all_cues: list[list[_Cue]] = []
    for s, ends, found in zip(masked, df.get_column("ends").to_list(), df.get_column("cues").to_list(), strict=True):
        cues: list[_Cue] | None = [] if len(ends) == len(found) else None
        for e, g in zip(ends, found, strict=False):
            if cues is None:
                break
            if not g[0].isalpha():
                g = g[1:]  # the character before the form
            nxt = s[e : e + 1]
            if nxt == "-" or (nxt > "\x7f" and nxt.isalnum()):
                cues = None  # ``(?![\w\-])`` fails where ``\b`` holds: let Python read this text
                break
            cues.append((e - len(g), e, g))
        all_cues.append(cues if cues is not None else _cue_spans(s, lex))
    all_names = [
        _full_names(s) if risk else found
        for s, found, risk in zip(masked, df.get_column("names").to_list(), df.get_column("risk").to_list(), strict=True)
    ]
    return all_cues, all_names


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
    """The quotes of one article; ``s``: its masked text (:func:`_masked`), ``cues`` and
    ``full_names`` found in it (:func:`_scan`); ``form_info``: a memo of the cues' forms."""
    if not quotes:
        return []
    starts = [x[1] for x in sents]
    ends = [x[2] for x in sents]

    def sent_of(pos: int) -> int:
        return max(0, bisect.bisect_right(starts, pos) - 1)

    # full names seen in the article, to expand surnames and recognise persons
    names: dict[str, str] = {}
    for g in full_names:
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
                if cited:
                    ev.speaker = _phrase(s, lo + cited.start(1), lo + cited.end(1), lex, backwards=False)
                else:
                    ev.speaker = _subject_before(s, lo, m_start, lex, appositive=not form.endswith("ing"))
                ev.rule = "clause"
                if ev.speaker is None and not form.endswith("ing") and _AFTER_QUOTE.search(s[lo:m_start]):
                    ev.speaker, ev.rule = _subject_after(s, m_end, hi, lex), "inverted"
                if ev.speaker is None and form.endswith("ing"):
                    prev = None  # the last earlier cue of this sentence with a speaker
                    for j in range(ev.idx - 1, -1, -1):
                        e = event(j)
                        if e.sent != si:
                            break
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
        ev.speaker0, ev.pronoun0 = ev.speaker, ev.pronoun
        return ev

    person_ments = [(r[0], r[1]) for r in ments if r[4] == "person" and not r[5]]
    person_like: dict[tuple[int, bool], bool] = {}  # (cue, for he/she): the cue's speaker is a person

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
        cands: list[tuple[int, tuple[int, int]]] = []

        def fits_pronoun(sp: tuple[int, int]) -> bool:
            # hard constraints: never inside a quote; gender agrees (titles, given names)
            return s[sp[0]] != _MASK and attribution.agrees(word, s[sp[0] : sp[1]], lex.given)

        if want_person:
            cands += [(a, (a, b)) for a, b in person_ments if b <= ev.start and fits_pronoun((a, b))]
        # the subjects of this and the two previous sentences ("Greene disagreed. 'No,' she said.")
        for k in range(ev.sent, max(-1, ev.sent - 3), -1):
            hi = min(ends[k], ev.start)
            subj = _sentence_subject(s, starts[k], hi, lex)
            if want_group:
                subj = _clause_subject(s, starts[k], hi, lex) or subj
            if subj and subj[1] <= ev.speaker[0] and s[subj[0] : subj[1]] not in pronouns:
                if want_person and not _person_like(s, subj, name_set, lex):
                    continue
                if want_group and not _group_like(s, subj, name_set, lex):
                    continue
                if not fits_pronoun(subj):
                    continue
                cands.append((subj[0], subj))
        cands = [c for c in cands if c[0] < ev.start]
        # the nearest earlier cue with a speaker that is no pronoun; it wins ties, and any cue
        # before the best other candidate cannot win
        floor = max((c[0] for c in cands), default=-1)
        for j in range(ev.idx - 1, -1, -1):
            e = event(j)
            if e.start < floor:
                break
            initial(e)
            if e.speaker0 is None or e.pronoun0:
                continue
            if want_person or want_group:
                if (j, want_person) not in person_like:
                    person_like[j, want_person] = (
                        _person_like(s, e.speaker0, name_set, lex) if want_person
                        else not _group_like(s, e.speaker0, name_set, lex)
                    )
                if person_like[j, want_person] != want_person:
                    continue
            if not fits_pronoun(e.speaker0):
                continue
            cands.insert(0, (e.start, e.speaker0))
            break
        if cands:
            ev.speaker = max(cands, key=lambda c: c[0])[1]
            ev.rule = "pronoun"
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
                sp0 = ev.speaker[0] if ev.speaker and ev.speaker[0] >= after_lo else after_lo
                lead_words = [s[x:y] for x, y in _words(s, after_lo, min(sp0, ev.start))]
                if any(w in _LEADING_DROP or w in lex.boundaries for w in lead_words):
                    break
                if nw == 0 or (ev.speaker and ev.speaker[0] >= after_lo) or ev.pronoun:
                    chosen, rule = ev, "after"
            break
        # 2. cue right before: 'Blinken said: "..."', 'according to X, "..."', split quotes
        if chosen is None:
            i0, i1 = bisect.bisect_left(ev_starts, s_start), bisect.bisect_left(ev_starts, o)
            before_evs = [event(i) for i in range(i0, i1) if ev_ends[i] <= o and not initial(event(i)).passive]
            for ev in reversed(before_evs):
                final(ev)
                gap = s[ev.end : o]
                if ev.lemma in lex.after:
                    if ev.speaker:
                        chosen, rule = ev, "according_to"
                        break
                    continue
                brk = _COMPLEMENT_BREAK if ev.group == "speech" and _has_complement(s, ev.end, o, lex) else _CLAUSE_BREAK
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
        if chosen is None and colon and len(colon.group(1).split()) <= 6:
            speaker = _phrase(s, s_start + colon.start(1), s_start + colon.end(1), lex, backwards=True)
            rule = "colon" if speaker else ""

        lead = _LEAD.sub("", pre)
        cue_imm = chosen is not None and rule == "before" and pre.rstrip().endswith((":", ",")) or (
            chosen is not None and rule == "before" and chosen.group == "speech" and quote[:1].isupper()
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
        ends_stmt = quote.rstrip()[-1:] in ".,!?…—–-" or text[c : c + 1] in (",", ".", "!", "?")
        if _SO_CALLED.search(pre) or _names_term(s, s_start, o, lex):
            kind, chosen, speaker = "term", None, None
        elif is_head:
            kind = "partial"
        elif lead and not cont and rule != "after" and _RUNS_ON.match(text, c) and quote.rstrip()[-1:] not in _END_PUNCT:
            # the sentence goes on after the quote: a fragment, not a whole statement
            kind = "partial" if chosen is not None or speaker is not None else "term"
        elif not lead and (ends_stmt or chosen is not None or len(quote.split()) >= 4 or cont or qe >= s_end - 1):
            kind = "direct"
        elif (
            lead.endswith(":")
            or split
            or cue_imm
            or (lead.endswith(",") and quote[:1].isupper() and len(quote.split()) >= 4)
            or (quote[:1].isupper() and len(quote.split()) >= 4 and quote.rstrip()[-1:] in ".!?")
        ):
            kind = "direct"
        elif chosen is not None or speaker is not None:
            kind = "partial"
        else:
            kind = "term"

        if is_head:
            chosen, speaker, rule = None, None, "heading"
        elif chosen is not None:
            speaker = chosen.speaker
            if chosen.rule in ("pronoun", "pronoun_unresolved"):
                rule = "pronoun"
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
        hit = _match_mention(sp, surface, ments, near, text=text, bodies=lex.bodies)
        if hit is not None:
            r["speaker_actor_id"], r["speaker_label"] = hit[2], hit[3]
        last_word = surface.split()[-1] if surface.split() else surface
        r["speaker_name"] = (
            r["speaker_label"] or (names[last_word] if len(surface.split()) == 1 and last_word in names else surface)
        )
    return rows


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


# --------------------------------------------------------------------------- public API


def extract_quotes(
    sentences: pl.DataFrame,
    articles: pl.DataFrame,
    *,
    mentions: pl.DataFrame | None = None,
    verbs: str | Path | None = None,
    words: str | Path | None = None,
) -> pl.DataFrame:
    """One row per quoted span of every article, with its kind, reporting verb and speaker.

    ``mentions``: the ``mentions`` table, to resolve speakers to actors. ``verbs``: your own
    reporting-verb file (same shape as ``data/quotes_verbs.yaml``); ``words``: your own titles,
    pronouns and boundary words (``data/quotes_words.yaml``).

    >>> from toolkit.io.loading import read_articles
    >>> from toolkit.text.tokenize import split_sentences
    >>> arts = read_articles(['The US envoy, Linda Thomas-Greenfield, said the vetoes were “cynical”.']).articles
    >>> extract_quotes(split_sentences(arts), arts).select("quote", "kind", "speaker_surface").row(0)
    ('cynical', 'partial', 'Linda Thomas-Greenfield')
    """
    require_columns(sentences, ["article_id", "sentence_id", "paragraph_id", "char_start", "char_end", "is_heading"],
                    what="extract_quotes")  # fmt: skip
    require_columns(articles, ["article_id", "text"], what="extract_quotes")
    if sentences.height == 0 or articles.height == 0:
        return _empty()
    lex = _lexicon(str(verbs) if verbs else None, str(words) if words else None)
    by_article: dict[str, list[tuple[Any, ...]]] = _by_article(
        sentences.sort("article_id", "char_start").with_columns(pl.col("is_heading").fill_null(False).cast(pl.Boolean)),
        ["sentence_id", "char_start", "char_end", "paragraph_id", "is_heading"],
    )
    ments: dict[str, list[tuple[Any, ...]]] = {}
    if mentions is not None and mentions.height:
        require_columns(mentions, ["article_id", "char_start", "char_end", "actor_id", "actor_label"], what="extract_quotes")
        mcols = mentions.with_columns(
            (pl.col("actor_type") if "actor_type" in mentions.columns else pl.lit(None, pl.String)).alias("_t"),
            (pl.col("is_place").fill_null(False) if "is_place" in mentions.columns else pl.lit(False)).alias("_p"),
            (pl.col("surface") if "surface" in mentions.columns else pl.lit("")).alias("_s"),
        ).filter(~pl.col("_p")).sort("article_id", "char_start")  # places are never speakers
        ments = _by_article(mcols, ["char_start", "char_end", "actor_id", "actor_label", "_t", "_p", "_s"])
    todo = []  # (article_id, text, quotes, masked text) of the articles with sentences and quotes
    for aid, text in _rows(articles, ["article_id", "text"]):
        if aid in by_article and text:
            quotes = _find_quotes(text)
            if quotes:
                todo.append((aid, text, quotes, _masked(text, quotes)))
    all_cues, all_names = _scan([t[3] for t in todo], lex)
    form_info: dict[str, tuple[str, str, str, str]] = {}
    rows: list[dict[str, Any]] = []
    for (aid, text, quotes, s), cues, full_names in zip(todo, all_cues, all_names, strict=True):
        rows.extend(
            _article_quotes(aid, text, by_article[aid], ments.get(aid, []), lex, quotes, s, cues, full_names, form_info)
        )
    if not rows:
        return _empty()
    df = pl.DataFrame(rows, schema_overrides={k: v for k, v in SCHEMAS["quotes"].items() if k != "dictionary"})
    words_expr = pl.col("quote").str.count_matches(r"[\p{L}\p{N}]+(?:['’\-][\p{L}\p{N}]+)*")
    df = df.with_columns(words_expr.alias("n_words"), pl.lit(lex.version).alias("dictionary"))
    return conform(df, "quotes")


def _by_article(df: pl.DataFrame, columns: list[str]) -> dict[str, list[tuple[Any, ...]]]:
    """The rows of ``df[columns]`` as tuples, by ``article_id`` (``df`` sorted by it), in order."""
    rows = list(_rows(df, columns))
    runs = df.get_column("article_id").rle()
    out: dict[str, list[tuple[Any, ...]]] = {}
    a = 0
    for n, aid in zip(runs.struct.field("len").to_list(), runs.struct.field("value").to_list(), strict=True):
        out[aid] = rows[a : a + n]
        a += n
    return out


def _rows(df: pl.DataFrame, columns: list[str]) -> Iterable[tuple[Any, ...]]:
    """The rows of ``df[columns]`` as tuples (faster than ``iter_rows`` for a few columns)."""
    return zip(*(df.get_column(c).to_list() for c in columns), strict=True)


def _empty() -> pl.DataFrame:
    return empty("quotes")


By = Literal["article", "corpus", "both"]
BY_CHOICES = ("article", "corpus", "both")


def summarise_sources(quotes: pl.DataFrame, *, by: By = "both", kinds: Iterable[str] = ("direct", "partial")) -> pl.DataFrame:
    """Who speaks, how often and with how many words: per article, across articles, or both.

    A speaker is its actor when the quote was resolved to one, else its name as written (with
    surnames expanded within the article). Corpus-wide rows have a null ``article_id``. Only
    quotes of ``kinds`` count (scare quotes, ``term``, have no speaker); quotes with no speaker
    are counted under a null speaker so that shares add up.

    >>> q = pl.DataFrame({"article_id": ["a", "a", "b"], "quote": ["We stay.", "No", "Yes we can"],
    ...                   "kind": ["direct", "partial", "direct"], "speaker_name": ["Ana Díaz"] * 3})
    >>> summarise_sources(q, by="corpus").select("speaker_label", "n_quotes", "n_words", "n_articles").row(0)
    ('Ana Díaz', 3, 6, 2)
    """
    check_choice("by", by, BY_CHOICES)
    kinds = list(kinds)
    for k in kinds:
        check_choice("kinds", k, ("direct", "partial", "term"))
    # the words are counted from ``quote`` unless the table has them (``n_words``)
    require_columns(quotes, ["article_id", "kind", *([] if "n_words" in quotes.columns else ["quote"])], what="summarise_sources")
    if quotes.height == 0:
        return empty("sources")

    def col(name: str) -> pl.Expr:
        return pl.col(name) if name in quotes.columns else pl.lit(None, pl.String)

    q = quotes.filter(pl.col("kind").is_in(kinds)).with_columns(
        col("speaker_actor_id").alias("speaker_actor_id"),
        pl.coalesce(col("speaker_label"), col("speaker_name"), col("speaker_surface")).alias("_label"),
        (pl.col("n_words") if "n_words" in quotes.columns
         else pl.col("quote").str.count_matches(r"[\p{L}\p{N}]+(?:['’\-][\p{L}\p{N}]+)*")).alias("_w"),
    ).with_columns(  # fmt: skip
        pl.coalesce(pl.col("speaker_actor_id"), pl.col("_label").str.to_lowercase()).alias("_key")
    )
    aggs = [
        pl.col("speaker_actor_id").first(),
        pl.col("_label").mode().sort().first().alias("speaker_label"),  # ties: the first in sort order
        pl.len().cast(pl.Int64).alias("n_quotes"),
        pl.col("_w").sum().cast(pl.Int64).alias("n_words"),
        (pl.col("kind") == "direct").sum().cast(pl.Int64).alias("n_direct"),
        (pl.col("kind") == "partial").sum().cast(pl.Int64).alias("n_partial"),
        pl.col("article_id").n_unique().cast(pl.Int64).alias("n_articles"),
    ]
    parts = []
    if by in ("article", "both"):
        parts.append(
            q.group_by("article_id", "_key").agg(aggs).sort("article_id", "n_words", "_key", descending=[False, True, False])
        )
    if by in ("corpus", "both"):
        parts.append(
            q.group_by("_key").agg(aggs).with_columns(pl.lit(None, pl.String).alias("article_id"))
            .sort("n_words", "_key", descending=[True, False])
        )
    out = pl.concat([conform(p, "sources") for p in parts])
    share = pl.col("n_words") / pl.col("n_words").sum().over("article_id")
    return out.with_columns(share.fill_nan(None).alias("share_words"))
