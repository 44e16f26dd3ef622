"""The masked text of an article (its quotes and short parentheses blanked, so that cues and speakers are
read outside quotes) and what is found in it: the reporting cues of the lexicon and the full names, read
by polars' regex engine over all articles at once and checked against Python's ``re``.
"""

from __future__ import annotations

import re

import polars as pl

from toolkit.extract.quotes.lexicon import _RS_S, _RS_W, _Lexicon

_MASK = "\ue000"
_PAREN = re.compile(r"\([^()\n" + _MASK + r"]{0,60}\)")
# a capitalised word and the names after it; ``[A-Z](?<!\w[A-Z])`` is ``\b[A-Z]``, written so that the
# engine can skip ahead to the next capital letter
_FULL_NAME = re.compile(r"[A-Z](?<!\w[A-Z])[\w’'\-]+(?:\s+(?:al-|el-|bin|ibn|abu|de|van|von|der|[A-Z][\w’'\-]+))+")


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
