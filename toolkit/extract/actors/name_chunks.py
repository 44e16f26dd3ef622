"""Runs of capitalised words (with name particles inside) that no mention covers: the candidate names of the
people and place rules, with the quick exit that finds where the scan must start.
"""

from __future__ import annotations

import re

from toolkit.extract.actors import quick_exits
from toolkit.extract.actors.rules import _Rules
from toolkit.extract.actors.words import _CAP


def _proper(spans: list[tuple[int, int]]) -> bool:
    """``bool(spans) and all(a < b for a, b in spans)``, without a generator."""
    for a, b in spans:
        if a >= b:
            return False
    return bool(spans)


def _word_ok(w: str, rules: _Rules) -> bool:
    """May the capitalised word ``w`` be part of a name (not a stop word, acronym or title head)? (memoised in
    ``rules.word_ok``)"""
    ok = w not in rules.not_names and not (w.isupper() and len(w) > 1 and not w.endswith("."))
    return ok and w.lower() not in rules.heads


def _chunk_scan_start(text: str, rules: _Rules, covered: list[tuple[int, int]]) -> int | None:
    """The quick exit of :func:`_name_chunks` (``covered``: proper spans): where its scan must start, or None
    when there are no chunks.

    Exact: a chunk needs a candidate word with a capital (the class that starts _CAP) that no mention covers.
    When every uncovered capital starts a word that is no name word ("The"), there are no chunks; any other
    uncovered capital goes the full way, from the start of its word (the words before it start no chunk, and no
    candidate crosses the non-word character before it). Only the gaps between the covered spans are searched.
    """
    word_ok = rules.word_ok
    search = _UPPER_RE.search
    pos = 0
    n = len(text)
    for a, b in (*sorted(covered), (n, n)):
        while pos < a:
            u = search(text, pos, a)
            if u is None:
                break
            p = u.start()
            if p and _RUN_CHAR_RE.match(text, p - 1):
                first = p - 1
                while first and _RUN_CHAR_RE.match(text, first - 1):
                    first -= 1
                return first
            c = rules.cand_re.match(text, p)
            if c is None:
                return 0
            w = c.group()
            ok = word_ok.get(w)
            if ok is None:
                ok = word_ok.put(w, _word_ok(w, rules))
            if ok:
                return p
            pos = p + 1
        if b > pos:
            pos = b
    return None


def _candidates(text: str, rules: _Rules, first: int) -> list[tuple[int, int, str]]:
    """The matches of ``rules.cand_re`` from ``first`` on that :func:`_name_chunks` can use, as (start, end, word).

    The quick exit (``quick_exits._FAST_CANDS``; only when every name particle is plain lower case): the
    capitalised words come from :data:`_UP_CAND_RE`, which starts with a character class (the regex engine jumps
    to capitals) and checks cand_re's look-behind after it; particle words only where they can matter. Exact: no
    match starts inside or right after another (every character a match takes is one the look-behind refuses),
    so cand_re's matches are its matches at each allowed start. A lower-case start is a particle; "al-Assad"
    (a particle, a hyphen, a capital) is found from its hyphen, and a lone particle ("de", "bin") only right after
    a match and one space: anywhere else _name_chunks neither adds it to a chunk nor ends one with it (a gap other
    than one space ends the chunk at the next match anyway).

    >>> from toolkit.extract.actors.rules import _rules
    >>> [w for _, _, w in _candidates("Bashar al-Assad met Abu bin Said and de Gaulle's men.", _rules(), 0)]
    ['Bashar', 'al-Assad', 'Abu', 'bin', 'Said', 'Gaulle']
    """
    cand = rules.cand_re
    firsts = rules.particle_firsts
    if firsts is None or not quick_exits._FAST_CANDS:
        return [(m.start(), m.end(), m.group()) for m in cand.finditer(text, first)]
    found = [(m.start(), m.end(), m.group()) for m in _UP_CAND_RE.finditer(text, first)]
    if "-" in text:
        low = []
        for h in _HYPHEN_CAP_RE.finditer(text, first):
            p = h.start()
            while p and _RUN_CHAR_RE.match(text, p - 1):  # the only start a particle before it can have:
                p -= 1  # the start of the word run before the hyphen
            if p >= first and p < h.start() and not _UPPER_RE.match(text, p):
                m = cand.match(text, p)
                if m is not None:
                    low.append((p, m.end(), m.group()))
        if low:
            found = sorted(found + low)
    out: list[tuple[int, int, str]] = []
    end = -1
    for item in found:
        if item[0] < end:
            continue  # a particle already chained below
        out.append(item)
        end = item[1]
        while text[end : end + 1] == " " and text[end + 1 : end + 2] in firsts:
            m = cand.match(text, end + 1)
            if m is None:
                break
            out.append((m.start(), m.end(), m.group()))
            end = m.end()
    return out


def _name_chunks(
    text: str, rules: _Rules, covered: list[tuple[int, int]]
) -> list[list[tuple[int, int, str]]]:
    """Runs of capitalised words (with name particles inside) not covered by a mention.

    Only capitalised words and particles are visited (one regex pass), so lower-case text costs nothing.
    """
    word_ok = rules.word_ok
    first = 0  # where the scan for candidates starts
    proper = _proper(covered)
    if proper and quick_exits._FAST_CHUNKS:
        found = _chunk_scan_start(text, rules, covered)
        if found is None:
            return []
        first = found
    chunks: list[list[tuple[int, int, str]]] = []
    cur: list[tuple[int, int, str]] = []
    particles = rules.particles

    def flush() -> None:
        while cur and cur[-1][2] in particles:
            cur.pop()
        if cur:
            chunks.append(cur)

    prev_end = -1
    mask = None  # characters covered by a mention, when every covered span is a proper span
    if proper:
        mask = bytearray(len(text))
        for a, b in covered:
            mask[max(a, 0) : b] = b"\x01" * (b - max(a, 0))
    for s, e, w in _candidates(text, rules, first):
        if cur and text[prev_end:s] != " ":
            flush()
            cur = []
        ok = word_ok.get(w)
        if ok is None:
            ok = word_ok.put(w, _word_ok(w, rules))
        if ok and covered:
            if mask is not None:
                ok = mask.find(1, s, e) < 0
            else:
                ok = not any(a < e and s < b for a, b in covered)
        if ok and not cur and w in particles:
            ok = False
        if ok:
            cur.append((s, e, w))
        elif cur:
            flush()
            cur = []
        prev_end = e
    flush()
    return chunks


_UPPER_RE = re.compile(r"[A-ZÀ-ÖØ-Þ]")  # the first character of _CAP
_RUN_CHAR_RE = re.compile(r"[\w’'\-.]")  # the characters cand_re's look-behind refuses
_REST_CAP = _CAP.removeprefix("[A-ZÀ-ÖØ-Þ]")  # _CAP after its first character
assert _REST_CAP != _CAP
# cand_re's alternatives that start with a capital, the class first and the look-behind after it ("[A-Z]\.(?=\s)"
# before _CAP, as in cand_re): the regex engine then skips to the next capital instead of trying every position
_UP_CAND_RE = re.compile(rf"[A-ZÀ-ÖØ-Þ](?<![\w’'\-.].)(?:(?<=[A-Z])\.(?=\s)|{_REST_CAP})")
_HYPHEN_CAP_RE = re.compile(r"-[A-ZÀ-ÖØ-Þ]")  # where a particle joined to a name ends ("al-Assad")
