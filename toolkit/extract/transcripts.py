"""Interviews and transcripts: who says each turn of a question-and-answer article (issue 19).

News sites publish interviews as turns, each paragraph opened by a speaker tag and the answers written
without quotation marks: ``((WN)) How rare is it?`` / ``((Jane Doe)) Very rare.`` (Wikinews),
``Q: ...`` / ``A: ...``, ``JANE DOE: ...``, ``Doe: ...``, ``THE WITNESS: ...``. :func:`transcript_turns`
finds them:

1. A **tag** is a paragraph's opening ``((words))``, or up to four capitalised words and a colon
   (``Q:``, ``TOMAS LINDQVIST:``, ``Lindqvist:``, ``THE WITNESS:``), that is not an editorial or newsroom
   label (``Note:``, ``Pros:``, ``Referee:``, ``January:``; ``not_tags`` in ``data/transcript_tags.yaml``),
   not a heading (``Why It Matters:``: ``heading_words``, capitalised function words) and not a place
   (``Kabul:``: a mention of a ``place_actor_types`` actor). An article is a **transcript** when at least
   two of its paragraphs open with a tag, the tags name at least two different speakers, and there is
   evidence of an interview: an interviewer or answer tag (``Q``, ``WN``, ``A``), or a tagged turn ending
   in ``?`` that the next tagged turn, by another speaker, answers. So a dateline, a line-up
   (``Arsenal: ...`` / ``Chelsea: ...``) or a list of people (``John Smith: British actor``) never makes one.
2. Each tag gets a **role**: ``interviewer`` (``interviewer`` tags: ``Q``, ``WN``, ``Interviewer``...)
   or a speaker. An ``answer`` tag (``A:``) stands for the interviewee: the one named speaker of the
   transcript, else the first person (of ``mentions``) named before the first turn. Initials
   (``((PR))``) stand for the named speaker or person whose initials they are, else for the interviewee.
3. Every **answer turn** is one row per paragraph: its text after the tag, and the untagged paragraphs
   after it (the answer goes on) up to the next tag or heading. When in doubt the turn ends: at a
   paragraph that opens with a label that is no tag (``Update: ...``), at one that names the speaker in the
   third person (``Ruiz faces re-election``) or holds an editorial note (``editorial_notes``: ``The
   interview has been edited``); a paragraph that opens with a quotation mark (a pull quote) is not part of
   it. The interviewer's turns yield no row: the questions are the outlet's.

The rows have the columns of the ``quotes`` table, ``kind`` ``direct`` and ``attribution`` ``turn``, with
the speaker's words at ``speaker_char_start``/``speaker_char_end`` (the tag, or the name an ``A:`` or
initials tag stands for): :func:`toolkit.extract.quotes.extract_quotes` adds them to the quoted spans,
so the ``sources`` table counts interviewees' words and a claim in an answer is credited to the person
answering.

>>> text = "Ana Ruiz spoke to us.\\n\\nQ: How many?\\n\\nA: About 300.\\n\\nQ: Why?\\n\\nA: Cost."
>>> ruiz = (0, 8, "new:ana-ruiz", "Ana Ruiz", "person", False, "Ana Ruiz")  # a mention
>>> [(r["quote"], r["speaker_surface"]) for r in transcript_turns("a", text, _paragraphs(text), [ruiz])]
[('About 300.', 'Ana Ruiz'), ('Cost.', 'Ana Ruiz')]
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from pathlib import Path
from typing import Any, NamedTuple

from toolkit.core import cache
from toolkit.core.resources import load_yaml, locate
from toolkit.extract.attribution import HONORIFICS

TAGS_FILE = "transcript_tags.yaml"

# a paragraph's opening tag: ((words)), or up to four capitalised words (initials, names, Q) and a colon
_TAG = re.compile(
    r"[ \t]*(?:\(\([ \t]*(?P<dbl>[A-Z][^()\n]{0,58}?)[ \t]*\)\)"
    r"|(?P<col>[A-Z][\w.’'\-]*(?:[ \t]+[A-Z][\w.’'\-]*){0,3})[ \t]*:(?=[ \t]))[ \t]*"
)
# any short label and a colon opening a paragraph ("Update:", "UPDATE 2:", "Update (10:30 GMT):"): when it is
# no tag, it ends the turn before it
_LABEL = re.compile(
    r"[ \t]*[A-Z][\w.’'\-]*(?:[ \t]+[\w.’'\-]+){0,3}(?:[ \t]*\([^()\n]{0,30}\))?[ \t]*:(?=\s)"
)
_QUOTE_OPENERS = "\"“‘'«"
_WORD = re.compile(r"[A-Za-z][\w’'\-]*")


class _Tags(NamedTuple):
    interviewer: frozenset[str]
    answer: frozenset[str]
    not_tags: frozenset[str]
    heading_words: frozenset[str] = frozenset()
    title_case_words: frozenset[str] = frozenset()
    place_actor_types: frozenset[str] = frozenset()
    editorial_notes: frozenset[str] = frozenset()


def load_tags(path: str | Path | None = None) -> _Tags:
    """The tag lists of ``data/transcript_tags.yaml`` (or your own file of the same keys), lower-cased.

    >>> "wn" in load_tags().interviewer, "a" in load_tags().answer
    (True, True)
    """
    p = locate(path or TAGS_FILE)
    return cache.load("transcripts.tags", (p,), lambda: _read_tags(p))


def _read_tags(p: Path) -> _Tags:
    d: dict[str, Any] = load_yaml(p) or {}

    def words(key: str) -> frozenset[str]:
        return frozenset(str(w).strip().lower() for w in d.get(key) or [])

    return _Tags(words("interviewer"), words("answer"), words("not_tags"), words("heading_words"),
                 words("title_case_words"), words("place_actor_types"), words("editorial_notes"))  # fmt: skip


# (sentence_id, char_start, char_end, paragraph_id, is_heading), as extract_quotes reads the sentences table
_Sentence = tuple[Any, ...]


def _paragraphs(text: str) -> list[_Sentence]:
    """One pseudo-sentence per blank-line paragraph of ``text`` (for the examples and tests)."""
    out, pos = [], 0
    for k, para in enumerate(text.split("\n\n")):
        a = pos + len(para) - len(para.lstrip())
        b = pos + len(para.rstrip())
        if b > a:
            out.append((k, a, b, k, False))
        pos += len(para) + 2
    return out


def tag_at(text: str, pos: int, tags: _Tags | None = None) -> tuple[int, int, int] | None:
    """The speaker tag that opens the paragraph at ``pos``: (start and end of the speaker's words, where the
    turn's text starts), else None.

    >>> t = "((Jane Doe))  It was rare."
    >>> a, b, c = tag_at(t, 0)
    >>> t[a:b], t[c:]
    ('Jane Doe', 'It was rare.')
    >>> tag_at("Note: figures are provisional.", 0), tag_at("The mayor: yes.", 0), tag_at("Why It Matters: cost.", 0)
    (None, None, None)
    >>> a, b, c = tag_at("THE WITNESS: No.", 0)  # a court transcript's role
    >>> "THE WITNESS: No."[a:b]
    'THE WITNESS'
    """
    tags = tags or load_tags()
    m = _TAG.match(text, pos)
    if m is None or m.end() >= len(text) or text[m.end()] == "\n":
        return None
    g = "dbl" if m.group("dbl") else "col"
    a, b = m.span(g)
    words = text[a:b]
    low = words.lower()
    if low in tags.not_tags:
        return None
    ws = words.split()
    if g == "col" and ws[0].lower() in ("the", "a", "an") and low not in tags.answer and not words.isupper():
        return None  # "The mayor: yes." is a sentence, not a tag ("THE WITNESS:" is one)
    if any(w.lower().strip(".") in tags.heading_words for w in ws):
        return None  # "Why It Matters:", "What's Next:": a heading
    if any(w.istitle() and w.lower() in tags.title_case_words for w in ws[1:]):
        return None  # "By The Numbers:", "State Of Play:": a heading in Title Case
    return a, b, m.end()


def _name_words(name: str) -> set[str]:
    """The words of a speaker's name that would name them in the third person (no titles, no initials)."""
    return {
        w.casefold() for w in _WORD.findall(name) if len(w) > 2 and w.lower().strip(".") not in HONORIFICS
    }


def _ends_turn(para: str, name: set[str], tags: _Tags) -> bool:
    """Whether an untagged paragraph ends the turn rather than continuing it: it names the speaker in the
    third person (a capitalised word of ``name``) or holds an editorial note.

    >>> t = load_tags()
    >>> _ends_turn("Ruiz faces re-election in 2025.", {"ana", "ruiz"}, t), _ends_turn("We will build more.", {"ruiz"}, t)
    (True, False)
    >>> _ends_turn("This interview has been edited for length.", set(), t)
    True
    """
    low = para.casefold()
    if any(n in low for n in tags.editorial_notes):
        return True
    caps = {
        w.casefold().removesuffix("’s").removesuffix("'s") for w in _WORD.findall(para) if w[:1].isupper()
    }
    return bool(caps & name)


def _initials(name: str) -> str:
    return "".join(w[0] for w in re.findall(r"[A-Za-z][\w’'\-]*", name)).upper()


def transcript_turns(
    aid: Any,
    text: str,
    sents: list[_Sentence],
    ments: list[tuple[Any, ...]],
    tags: _Tags | None = None,
    places: Sequence[tuple[Any, ...]] = (),
) -> list[dict[str, Any]]:
    """The answer turns of article ``aid`` as rows of the ``quotes`` table (see the module docstring);
    ``[]`` when the article is no transcript. ``sents``: its sentences (sentence_id, char_start, char_end,
    paragraph_id, is_heading) in order; ``ments``: its mentions (char_start, char_end, actor_id, actor_label,
    actor_type, is_place, surface) in order, for the interviewee of ``A:`` tags and for initials; ``places``:
    mentions of the same shape that may be places (a tag that is one of ``place_actor_types`` is no tag).

    >>> text = "((WN)) Why now?\\n\\n((Jane Doe)) Orders fell.\\n\\nWe had no choice.\\n\\n((WN)) Thanks."
    >>> [(r["quote"], r["speaker_surface"], r["continued"]) for r in transcript_turns("a", text, _paragraphs(text), [])]
    [('Orders fell.', 'Jane Doe', True), ('We had no choice.', 'Jane Doe', False)]
    >>> text = "Two names.\\n\\nJohn Smith: British actor.\\n\\nAnna Kowalski: Polish director."
    >>> transcript_turns("a", text, _paragraphs(text), [])  # no question, no interviewer: a list, not turns
    []
    """
    if not sents or len(sents) < 2:
        return []
    tags = tags or load_tags()
    # paragraphs: (paragraph_id, start, end, first sentence_id, is_heading)
    paras: list[list[Any]] = []
    for sid, s0, s1, pid, head in sents:
        if paras and paras[-1][0] == pid:
            paras[-1][2] = s1
        else:
            paras.append([pid, s0, s1, sid, bool(head)])
    place_spans = {(m[0], m[1]) for m in places if m[5] or str(m[4]).lower() in tags.place_actor_types}
    # (paragraph, its tag or None, whether it opens with a label that is no tag)
    found: list[tuple[list[Any], tuple[int, int, int] | None, bool]] = []
    for p in paras:
        t = None if p[4] else tag_at(text, p[1], tags)
        if t is not None and (t[0], t[1]) in place_spans:
            t = None  # "Kabul: ...": a place, never a speaker
        found.append((p, t, t is None and not p[4] and _LABEL.match(text, p[1]) is not None))
    tagged = [(p, t) for p, t, _ in found if t is not None]
    if len(tagged) < 2:
        return []
    order = [text[t[0] : t[1]].casefold() for _, t in tagged]
    keys = set(order)
    if len(keys) < 2:
        return []
    if not any(k in tags.interviewer or k in tags.answer for k in keys):
        # no interviewer or answer tag: a question answered by the next tagged turn, by another speaker
        asked = [text[t[2] : p[2]].rstrip(" \t\"”’'»)").endswith("?") for p, t in tagged]
        if not any(asked[i] and order[i] != order[i + 1] for i in range(len(order) - 1)):
            return []
    named = {k for k in keys if k not in tags.interviewer and k not in tags.answer}
    written = {text[t[0] : t[1]].casefold(): text[t[0] : t[1]] for _, t in tagged}
    first_turn = tagged[0][0][1]
    persons = [m for m in ments if m[4] == "person" and not m[5]]

    def by_name(key: str) -> tuple[int, int] | None:
        """The span of the first tag or person whose initials are ``key`` (``PR``: Priya Raman)."""
        for _, t in tagged:
            w = text[t[0] : t[1]]
            if w.casefold() != key and len(w.split()) > 1 and _initials(w) == key.upper():
                return t[0], t[1]
        for m in persons:
            if len(str(m[6]).split()) > 1 and _initials(str(m[6])) == key.upper():
                return m[0], m[1]
        return None

    def interviewee() -> tuple[int, int] | None:
        # a name, not initials: two words or more, or one not written in capitals (``Lindqvist``)
        full = [k for k in named if len(k.split()) > 1 or not written[k].isupper()]
        if len(full) == 1:
            return next((t[0], t[1]) for _, t in tagged if text[t[0] : t[1]].casefold() == full[0])
        lead = next((m for m in persons if m[1] <= first_turn), None)
        return (lead[0], lead[1]) if lead is not None else None

    rows: list[dict[str, Any]] = []
    speaker: tuple[int, int] | None = None
    name: set[str] = set()
    for p, t, label in found:
        pid, a, b, sid, head = p
        if t is not None:
            key = text[t[0] : t[1]].casefold()
            if key in tags.interviewer:
                speaker = None
            elif key in tags.answer:
                speaker = interviewee()
            elif 2 <= len(key) <= 4 and text[t[0] : t[1]].isupper() and " " not in key:
                speaker = by_name(key) or interviewee() or (t[0], t[1])  # initials (((AN)) of an interviewee)
            else:
                speaker = (t[0], t[1])
            start = t[2]
            name = _name_words(text[speaker[0] : speaker[1]]) if speaker is not None else set()
        elif head or a < first_turn or label:
            speaker = None  # a heading, the text before the transcript, a label that is no tag ("Update:")
            continue
        elif text[a : a + 1] in _QUOTE_OPENERS:
            continue  # a pull quote
        elif speaker is not None and _ends_turn(text[a:b], name, tags):
            # "Ruiz faces re-election ...", "The interview has been edited.": when in doubt, the turn ends
            speaker = None
            continue
        else:
            start = a
        if speaker is None or b <= start:
            continue
        if t is None and rows and rows[-1]["_speaker"] == speaker:
            rows[-1]["continued"] = True  # the answer goes on in this paragraph
        rows.append({
            "article_id": aid, "sentence_id": sid, "paragraph_id": pid, "char_start": start, "char_end": b,
            "quote": text[start:b], "kind": "direct", "cue": None, "cue_surface": None,
            "speaker_char_start": speaker[0], "speaker_char_end": speaker[1],
            "speaker_surface": text[speaker[0] : speaker[1]], "attribution": "turn", "continued": False,
            "_speaker": speaker,
        })  # fmt: skip
    return rows
