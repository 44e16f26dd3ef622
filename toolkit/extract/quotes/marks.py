"""Quotation marks: the spans inside each pair of marks, paragraph by paragraph (step 1 of
:mod:`toolkit.extract.quotes`).

Holds :func:`quoted_spans` and ``_find_quotes`` (the same spans with their marks and whether a quote runs on
into the next paragraph), which :func:`toolkit.extract.quotes.extract_quotes` reads.
"""

from __future__ import annotations

import bisect
import re
from dataclasses import dataclass, field

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
        # after any space (also a no-break space or a Unicode line separator, U+2028, as in exported releases)
        opens_here = (prev in _PRE_OPEN or prev.isspace()) and not nxt.isspace()
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
            elif _misplaced_open(text, i, b):
                stack.append(_Open('"', i + 1))  # the quote starts after the space that follows the mark
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
            elif stack and stack[-1].mark in "“\"" and closes_here and not opens_here:
                close_at(len(stack) - 1, i)  # “...“ or "...“ typo: a closing mark facing the wrong way
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
        nxt_par = text[_past_captions(text, b) :].lstrip()
        continues = bool(nxt_par) and nxt_par[0] in _DOUBLE | {"‘"} and _same_family(bottom.mark, nxt_par[0])
        runs_on = bottom.pos == a or bottom.mark in "“„«"  # typographic openers are never apostrophes
        if bottom.mark in _DOUBLE and (continues or runs_on) and text[bottom.pos + 1 : b].strip():
            out.append((bottom.pos, bottom.pos + 1, b, b, continues))
        else:
            out.extend(nested)
    return sorted(out)


def _past_captions(text: str, b: int) -> int:
    """Where the text goes on after the paragraph ending at ``b``, past any picture captions (lines that end
    in a credit, ``Image: NASA.``; ``credits`` in ``data/quotes_words.yaml``), which a quote runs on over.

    >>> t = 'He said, "We tried.\\n\\nThe pier at dawn. Image: NASA.\\n\\n"We failed," he said.'
    >>> t[_past_captions(t, t.index("\\n")) :].lstrip()[:4]
    '"We '
    """
    from toolkit.extract.quotes.lexicon import _lexicon

    credit_re = None
    for _ in range(3):  # at most three caption lines in a row
        k = len(text) - len(text[b:].lstrip())
        end = text.find("\n", k)
        end = len(text) if end < 0 else end
        if k >= len(text) or _MARKS.match(text, k):
            return b
        credit_re = credit_re or _lexicon().credit_re
        if not credit_re.search(text, k, end) or end - k > 300:
            return b
        b = end
    return b


def _same_family(a: str, b: str) -> bool:
    fam = {"“": "c", "„": "c", "”": "c", '"': "s", "«": "g", "‘": "c", "'": "s"}
    return fam.get(a) == fam.get(b) or {a, b} <= {"“", "„", "”", "‘"}


def _misplaced_open(text: str, i: int, b: int) -> bool:
    """A straight ``"`` typed before the space instead of after it, as hand-edited news often has it
    (``said," We will ..."``): the mark follows a word and a comma or colon, then a space and a capital
    (or ``[``, an editor's insertion); and the next straight mark of the paragraph can close (it follows a
    non-space and is not followed by a letter). Only read where no quote is open, so a normal closing
    mark (``"Yes," he said``) is never taken for an opening one.

    >>> t = 'He also said," We will stay". Then he left.'
    >>> _misplaced_open(t, t.index('"'), len(t))
    True
    >>> t = 'We will win," he said. Then "more".'
    >>> _misplaced_open(t, t.index('"'), len(t))
    False
    """
    if i < 2 or text[i - 1] not in ",:" or not text[i - 2].isalnum():
        return False
    if text[i + 1 : i + 2] != " " or not (text[i + 2 : i + 3].isupper() or text[i + 2 : i + 3] == "["):
        return False
    j = text.find('"', i + 1, b)
    return j > i + 2 and not text[j - 1].isspace() and not text[j + 1 : j + 2].isalnum()


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
