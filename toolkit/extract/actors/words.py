"""The pieces of text the actor rules share: regex helpers (an alternation of words, a capitalised word),
white space and word patterns, stop words, tokens and the slugs of ``new:<slug>`` ids.
"""

from __future__ import annotations

import re
import unicodedata
from collections.abc import Iterable


def _alt(words: Iterable[str]) -> str:
    return "|".join(re.escape(w) for w in sorted(set(words), key=lambda w: (-len(w), w)))


_CAP = r"[A-ZÀ-ÖØ-Þ][\w]*(?:[’'\-](?!s\b)\w+)*"

_WORD_RE = re.compile(r"[\w.’'-]+")
_SPACES_RE = re.compile(r"\s+")

_CONJ_GAP_RE = re.compile(r"\s*(?:,|and|or|,\s*and)\s*")

_STOP = frozenset(
    "the a an and or but of in on at to for from by with as is was were are be been has have had said says told "
    "that this these those who which whose whom its it his her their our your my he she they we you i not no "
    "after before since during while when where than then also about over into onto upon via per between among "
    "against with without toward towards amid under across behind near like including".split()
)

_NON_SLUG_RE = re.compile(r"[^a-z0-9]+")

_TOKEN_RE = re.compile(r"\w+(?:[’'\-.]\w+)*\.?")
_ABBREV_RE = re.compile(r"(?:[A-Z]\.)+|[A-Z][a-z]{0,3}\.")


# name suffixes, never a name of their own ("Martin Luther King Jr.", "Henry Ford II"); used by general_news and
# general_people
NAME_SUFFIXES = frozenset({"Jr", "Sr", "II", "III", "IV"})


def _slug(text: str) -> str:
    t = unicodedata.normalize("NFKD", text).encode("ascii", "ignore").decode().lower()
    return _NON_SLUG_RE.sub("-", t).strip("-") or "x"


def _tokens(text: str) -> list[tuple[int, int, str]]:
    out = []
    for m in _TOKEN_RE.finditer(text):
        s, e = m.start(), m.end()
        w = m.group()
        if w.endswith(".") and not _ABBREV_RE.fullmatch(w):
            e -= 1
            w = w[:-1]
        for suf in ("’s", "'s"):
            if w.endswith(suf) and len(w) > 2:
                e -= 2
                w = w[:-2]
        out.append((s, e, w))
    return out
