"""Quotes and speakers (issue 6). Placeholder tables until quote extraction lands.

:func:`quoted_spans` is the shared primitive that pairs quotation marks in a text.
"""

from __future__ import annotations

import polars as pl

from .schema import empty

_OPEN = {"“": "”", "‘": "’", "«": "»", "„": "“", "‹": "›"}


def quoted_spans(text: str) -> list[tuple[int, int]]:
    """(start, end) of the text inside each pair of quotation marks, outermost pairs only.

    Curly, guillemet and straight double quotes are paired; ``’`` between letters is an
    apostrophe, not a closing mark. An opening mark never closed yields no span (it never
    swallows the rest of the text).

    >>> t = 'He said “no way” and ‘Gaza’s pain’, "fine".'
    >>> [t[a:b] for a, b in quoted_spans(t)]
    ['no way', 'Gaza’s pain', 'fine']
    """
    spans: list[tuple[int, int]] = []
    stack: list[tuple[str, int]] = []
    n = len(text)
    for i, ch in enumerate(text):
        if ch == '"':
            if stack and stack[-1][0] == '"':
                _, start = stack.pop()
                if not stack:
                    spans.append((start, i))
            elif i + 1 < n and not text[i + 1].isspace():
                stack.append(('"', i + 1))
            continue
        if ch in ("’", "”", "»", "›", "“") and stack:
            if ch == "’" and 0 < i < n - 1 and text[i - 1].isalnum() and text[i + 1].isalnum():
                continue  # apostrophe
            want = _OPEN.get(stack[-1][0])
            if want == ch:
                _, start = stack.pop()
                if not stack:
                    spans.append((start, i))
                continue
        if ch in _OPEN:
            if ch == "‘" and i > 0 and text[i - 1].isalnum():
                continue
            stack.append((ch, i + 1))
    return spans


def extract_quotes(sentences: pl.DataFrame, articles: pl.DataFrame, *, mentions: pl.DataFrame | None = None) -> pl.DataFrame:
    """Quoted spans with speakers (not implemented yet: empty ``quotes``)."""
    return empty("quotes")


def summarise_sources(quotes: pl.DataFrame) -> pl.DataFrame:
    """Who speaks and how much (not implemented yet: empty ``sources``)."""
    return empty("sources")
