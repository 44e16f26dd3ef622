"""Keyword in context: every occurrence of a word, phrase, regular expression or actor, with its context.

Tables in: ``sentences`` (and ``mentions`` for an actor search). Tables out: a concordance, one row per
match (:data:`KWIC_SCHEMA`): ``article_id``, ``sentence_id``, ``char_start``, ``char_end`` (offsets of the
match into ``articles.text``: ``text[char_start:char_end] == match``), ``left``, ``match``, ``right``
(up to ``window`` words of the sentence either side, joined by single spaces).

The search runs as polars string expressions over the whole sentences table (no Python loop over
rows): sentences that hold the pattern are kept, every match of each is cut out with its offset, and
the context words are taken from the sentence. A 100,000-article corpus (3.6 million sentences) is
searched in seconds (``docs/search.md`` gives figures).

>>> import polars as pl
>>> s = pl.DataFrame({"article_id": ["a", "a"], "sentence_id": [0, 1], "char_start": [0, 30],
...                   "text": ["Hamas and Israel met in Cairo.", "Hamas said talks would go on."]})
>>> kwic(s, "hamas", window=2).select("sentence_id", "char_start", "left", "match", "right").rows()
[(0, 0, '', 'Hamas', 'and Israel'), (1, 30, '', 'Hamas', 'said talks')]
"""

from __future__ import annotations

from collections.abc import Iterable

import polars as pl

from toolkit.core.schema import require_columns

KWIC_SCHEMA: dict[str, pl.DataType] = {
    "article_id": pl.String(),
    "sentence_id": pl.Int32(),
    "char_start": pl.Int64(),
    "char_end": pl.Int64(),
    "left": pl.String(),
    "match": pl.String(),
    "right": pl.String(),
}
"""Columns of the concordance :func:`kwic` returns."""

KWIC_DOCS = {
    "article_id": "article",
    "sentence_id": "sentence holding the match",
    "char_start": "start offset of the match into articles.text",
    "char_end": "end offset (exclusive): articles.text[char_start:char_end] == match",
    "left": "up to `window` words of the sentence before the match",
    "match": "the words matched, as written",
    "right": "up to `window` words of the sentence after the match",
}
"""What each concordance column means."""

# characters with a meaning in polars' (Rust) regular expressions: escaped in a word or phrase search
_META = set("\\.+*?()|[]{}^$#&-~")


def _escape(text: str) -> str:
    return "".join("\\" + c if c in _META else c for c in text)


def _is_word_char(c: str) -> bool:
    return c.isalnum() or c == "_"


def pattern_regex(pattern: str, *, regex: bool = False, case: bool = False) -> str:
    """The regular expression (polars/Rust syntax) a search for ``pattern`` runs.

    A word or phrase (``regex=False``) matches whole words: ``\\b`` at an edge that is a letter or digit,
    any run of white space (a line break too) between its words. ``case=False`` ignores case.

    >>> pattern_regex("peace talks")
    '(?i)\\\\bpeace\\\\s+talks\\\\b'
    >>> pattern_regex("U.N.", case=True)
    '\\\\bU\\\\.N\\\\.'
    """
    if not pattern or not pattern.strip():
        raise ValueError("the search pattern is empty")
    if regex:
        body = pattern
    else:
        words = pattern.split()
        body = r"\s+".join(_escape(w) for w in words)
        if _is_word_char(words[0][0]):
            body = r"\b" + body
        if _is_word_char(words[-1][-1]):
            body = body + r"\b"
    return body if case else "(?i)" + body


def _context(col: pl.Expr, window: int, *, side: str) -> pl.Expr:
    words = col.str.extract_all(r"\S+")
    picked = words.list.tail(window) if side == "left" else words.list.head(window)
    return picked.list.join(" ").fill_null("")


def kwic(
    sentences: pl.DataFrame | pl.LazyFrame,
    pattern: str | None = None,
    *,
    window: int = 8,
    regex: bool = False,
    case: bool = False,
    actor: str | Iterable[str] | None = None,
    mentions: pl.DataFrame | pl.LazyFrame | None = None,
) -> pl.DataFrame:
    """Concordance of ``pattern`` (or of the mentions of ``actor``) in ``sentences``: one row per match.

    ``sentences`` needs ``article_id``, ``sentence_id``, ``char_start``, ``text``. ``pattern``: a word or
    a phrase (whole words, case ignored unless ``case=True``: :func:`pattern_regex`), or with
    ``regex=True`` a regular expression in polars' syntax (Rust ``regex``: no look-around or
    back-references; a pattern that can match the empty string is refused). Matches do not cross
    sentences. ``window``: words of context either side. ``actor``: an actor id (or several) instead of
    a pattern; the rows are its ``mentions`` (places included), ``match`` the words of the mention.

    Rows are sorted by article, then offset.

    >>> s = pl.DataFrame({"article_id": ["a"], "sentence_id": [0], "char_start": [100],
    ...                   "text": ["Talks in Doha: the peace talks and Peace  Talks resumed."]})
    >>> kwic(s, "peace talks", window=1).select("char_start", "char_end", "left", "match", "right").rows()
    [(119, 130, 'the', 'peace talks', 'and'), (135, 147, 'and', 'Peace  Talks', 'resumed.')]
    >>> kwic(s, r"\\b[A-Z]\\w+", regex=True, case=True)["match"].to_list()
    ['Talks', 'Doha', 'Peace', 'Talks']
    >>> m = pl.DataFrame({"article_id": ["a"], "sentence_id": [0], "char_start": [109], "char_end": [113], "actor_id": ["QAT"]})
    >>> kwic(s, actor="QAT", mentions=m, window=2).select("left", "match", "right").rows()
    [('Talks in', 'Doha', ': the')]
    """
    if window < 0:
        raise ValueError(f"window must be >= 0 words, got {window!r}")
    s = sentences.lazy()
    require_columns(s, ["article_id", "sentence_id", "char_start", "text"], what="kwic")
    s = s.select("article_id", pl.col("sentence_id").cast(pl.Int32), pl.col("char_start").cast(pl.Int64).alias("_s0"), "text")
    if actor is not None:
        if pattern is not None:
            raise ValueError("give a pattern or an actor, not both")
        if mentions is None:
            raise ValueError("an actor search needs the mentions table: kwic(sentences, actor=..., mentions=mentions)")
        ids = [actor] if isinstance(actor, str) else list(actor)
        m = mentions.lazy()
        require_columns(m, ["article_id", "sentence_id", "char_start", "char_end", "actor_id"], what="kwic")
        hits = (
            m.filter(pl.col("actor_id").is_in(ids))
            .select("article_id", pl.col("sentence_id").cast(pl.Int32), pl.col("char_start").cast(pl.Int64),
                    pl.col("char_end").cast(pl.Int64))
            .join(s, on=["article_id", "sentence_id"], how="inner")
            .with_columns((pl.col("char_start") - pl.col("_s0")).alias("_a"), (pl.col("char_end") - pl.col("_s0")).alias("_b"))
            .filter((pl.col("_a") >= 0) & (pl.col("_b") <= pl.col("text").str.len_chars()) & (pl.col("_b") > pl.col("_a")))
        )  # fmt: skip
    else:
        if pattern is None:
            raise ValueError("give a pattern (a word, phrase or regular expression) or an actor id")
        rx = pattern_regex(pattern, regex=regex, case=case)
        try:
            matches_empty = pl.Series([""]).str.contains(rx).item()
        except pl.exceptions.PolarsError as e:
            lines = [ln.strip() for ln in str(e).splitlines()]  # the regex engine's reason is on an "error:" line
            why = next((ln[len("error:") :].strip() for ln in lines if ln.startswith("error:")), lines[0] if lines else "")
            raise ValueError(f"invalid regular expression {pattern!r}: {why}") from None
        if matches_empty:
            raise ValueError(f"the pattern {pattern!r} matches the empty string; it must match at least one character")
        flags, body = ("", rx) if case else ("(?i)", rx[4:])
        # each piece is the text since the previous match plus the next match: their lengths add up to the offsets
        pieces = (
            s.filter(pl.col("text").str.contains(rx))
            .with_columns(pl.col("text").str.extract_all(f"(?s){flags}.*?(?:{body})").alias("_piece"),
                          pl.col("text").str.extract_all(rx).alias("match"))
            .explode("_piece", "match")
            .drop_nulls("match")
        )  # fmt: skip
        hits = pieces.with_columns(
            pl.col("_piece").str.len_chars().cast(pl.Int64).cum_sum().over("article_id", "sentence_id").alias("_b")
        ).with_columns(
            (pl.col("_b") - pl.col("match").str.len_chars().cast(pl.Int64)).alias("_a")
        ).with_columns((pl.col("_s0") + pl.col("_a")).alias("char_start"), (pl.col("_s0") + pl.col("_b")).alias("char_end"))
    out = hits.select(
        "article_id", "sentence_id", "char_start", "char_end",
        _context(pl.col("text").str.slice(0, pl.col("_a")), window, side="left").alias("left"),
        pl.col("text").str.slice(pl.col("_a"), pl.col("_b") - pl.col("_a")).alias("match"),
        _context(pl.col("text").str.slice(pl.col("_b")), window, side="right").alias("right"),
    ).sort("article_id", "char_start", "char_end")  # fmt: skip
    return out.collect().cast(KWIC_SCHEMA)  # type: ignore[arg-type]
