"""Polars version differences the tables must not see.

Polars 2.2 changed ``Expr.str.find`` and ``Expr.str.find_many`` to return character offsets; up to 2.1 they
return UTF-8 byte offsets (breaking change pola-rs/polars#31026, release notes of py-2.2.0:
https://github.com/pola-rs/polars/releases/tag/py-2.2.0). :data:`FIND_GIVES_CHARS` says which one the
installed polars gives (probed once on a non-ASCII string, not read from the version number), and
:func:`find_char_offsets` turns either into character offsets.
"""

from __future__ import annotations

from collections.abc import Iterable

import polars as pl


def _probe_find_gives_chars() -> bool:
    """True when ``str.find`` counts characters ("é" before the match is one), False when it counts bytes (two)."""
    return pl.Series(["éx"]).str.find("x", literal=True).item() == 1


FIND_GIVES_CHARS: bool = _probe_find_gives_chars()
"""``str.find``/``str.find_many`` give character offsets (polars >= 2.2) rather than UTF-8 byte offsets."""


def find_char_offsets(text: str, offsets: Iterable[int]) -> list[int]:
    """Offsets from polars ``str.find_many`` on ``text`` -> sorted distinct character offsets, whatever the
    polars version (byte offsets are converted; character offsets are only sorted).

    >>> s = "né à Paris"  # 'P' is character 5, byte 7 in UTF-8
    >>> find_char_offsets(s, pl.Series([s]).str.find_many(["P", "n", "P"], overlapping=True).item().to_list())
    [0, 5]
    """
    if FIND_GIVES_CHARS or text.isascii():
        return sorted(set(offsets))
    raw = text.encode("utf-8")
    out = []
    byte = char = 0
    for o in sorted(set(offsets)):
        char += len(raw[byte:o].decode("utf-8"))
        byte = o
        out.append(char)
    return out


def find_char_offset(text: str, offset: int) -> int:
    """One offset from polars ``str.find``/``str.find_many`` on ``text`` -> its character offset.

    >>> s = "né à Paris"
    >>> find_char_offset(s, pl.Series([s]).str.find("Paris", literal=True).item())
    5
    """
    if FIND_GIVES_CHARS or text.isascii():
        return offset
    return len(text.encode("utf-8")[:offset].decode("utf-8", "ignore"))
