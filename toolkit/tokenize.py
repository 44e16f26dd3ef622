"""Split articles into paragraphs, sentences and word tokens with exact character offsets.

Tables in: ``articles``. Tables out: ``sentences`` (headings are rows with ``is_heading``) and
``tokens``. ``articles.text[char_start:char_end]`` is the sentence or token on every row.

Method: NLTK's Punkt sentence tokenizer (Kiss & Strunk 2006) run paragraph by paragraph, with
parameters shipped in the package (``data/abbreviations.txt`` for news abbreviations such as U.S.,
Gen., Lt. Col., a.m.; ``data/sentence_starters.txt`` as orthographic context), so no NLTK data is
downloaded. Words: NLTK's Treebank-style ``NLTKWordTokenizer`` (what ``nltk.word_tokenize`` uses),
applied to a same-length copy of each sentence where curly apostrophes inside words are straight
(``Gaza’s`` -> ``Gaza`` + ``’s``) and straight double quotes are curly, so offsets stay exact.

A paragraph is a line of wire copy, or a blank-line-separated block when the text is hard-wrapped.
A heading is a paragraph of at most 12 words with no final punctuation (``Deal ‘still possible’``).

>>> from toolkit.loading import read_articles
>>> arts = read_articles(["Deal ‘still possible’\\nLt. Col. Smith met Gen. Halevi at 9 a.m. Gaza’s war went on."]).articles
>>> split_sentences(arts).select("paragraph_id", "sentence_id", "text", "is_heading").rows()
[(0, 0, 'Deal ‘still possible’', True), (1, 1, 'Lt. Col. Smith met Gen. Halevi at 9 a.m. Gaza’s war went on.', False)]
>>> split_tokens(split_sentences(arts)).filter(pl.col("sentence_id") == 1)["token"].to_list()[-6:]
['Gaza', '’s', 'war', 'went', 'on', '.']
"""

from __future__ import annotations

import functools
import re
from collections.abc import Iterable
from pathlib import Path
from typing import Literal

import polars as pl

from .resources import load_lines
from .schema import SCHEMAS, empty, require_columns

HEADING_MAX_WORDS = 12
HEADING_MAX_CHARS = 100
_CLOSERS = "\"'’”»)]}*_ \t"
_TERMINAL = ".!?…:;,"


# --------------------------------------------------------------------------- paragraphs


def _is_heading(par: str) -> bool:
    s = par.rstrip(_CLOSERS)
    if not s or s[-1] in _TERMINAL or len(par) > HEADING_MAX_CHARS:
        return False
    if not re.search(r"[^\W\d_]", s):
        return False
    return len(par.split()) <= HEADING_MAX_WORDS


_BLOCK = re.compile(r"\S[^\n]*(?:\n(?![ \t]*\n)[^\n]*)*")  # blank-line-separated blocks


def split_paragraphs(text: str) -> list[tuple[int, int]]:
    """(start, end) offsets of the paragraphs of ``text``, trimmed of surrounding whitespace.

    One line is one paragraph, unless the text is hard-wrapped (blank-line-separated blocks whose
    lines mostly end mid-sentence), in which case a block is a paragraph.

    >>> t = "Title line\\nFirst para.\\nSecond para."
    >>> [t[a:b] for a, b in split_paragraphs(t)]
    ['Title line', 'First para.', 'Second para.']
    >>> t = "A long sentence that\\nwraps over lines.\\n\\nNext block\\nwraps too."
    >>> [t[a:b] for a, b in split_paragraphs(t)]
    ['A long sentence that\\nwraps over lines.', 'Next block\\nwraps too.']
    """
    blocks = [(m.start(), m.end()) for m in _BLOCK.finditer(text)]
    multi = [text[a:b].split("\n") for a, b in blocks if "\n" in text[a:b]]
    wrapped = False
    if multi:
        inner = [ln for lines in multi for ln in lines[:-1]]
        open_ends = sum(1 for ln in inner if ln.rstrip() and ln.rstrip()[-1] not in ".!?”\"’:")
        wrapped = open_ends > 0.5 * max(1, len(inner)) and len(inner) >= 2
    if wrapped:
        return [_trim(text, a, b) for a, b in blocks]
    out = []
    for m in re.finditer(r"[^\n]+", text):
        if m.group().strip():
            out.append(_trim(text, m.start(), m.end()))
    return out


def _trim(text: str, a: int, b: int) -> tuple[int, int]:
    while a < b and text[a].isspace():
        a += 1
    while b > a and text[b - 1].isspace():
        b -= 1
    return a, b


# --------------------------------------------------------------------------- sentences


@functools.lru_cache(maxsize=8)
def _punkt(abbreviations: str | None = None, starters: str | None = None):  # type: ignore[no-untyped-def]
    from nltk.tokenize.punkt import _ORTHO_BEG_UC, _ORTHO_MID_LC, PunktParameters, PunktSentenceTokenizer

    params = PunktParameters()
    params.abbrev_types = {a.lower().rstrip(".") for a in load_lines(abbreviations or "abbreviations.txt")}
    for w in load_lines(starters or "sentence_starters.txt"):
        params.ortho_context[w.lower()] |= _ORTHO_BEG_UC | _ORTHO_MID_LC
    return PunktSentenceTokenizer(params)


def sentence_spans(
    text: str, *, abbreviations: str | Path | None = None
) -> list[tuple[int, int, int, bool]]:
    """(paragraph_id, start, end, is_heading) for every sentence of ``text``.

    >>> sentence_spans("He met the U.S. envoy. Talks ended.")
    [(0, 0, 22, False), (0, 23, 35, False)]
    """
    punkt = _punkt(str(abbreviations) if abbreviations else None)
    out: list[tuple[int, int, int, bool]] = []
    for pid, (a, b) in enumerate(split_paragraphs(text)):
        par = text[a:b]
        if _is_heading(par):
            out.append((pid, a, b, True))
            continue
        if not _INNER_END.search(par):  # no sentence-ending mark before the end: one sentence, Punkt not needed
            out.append((pid, a, b, False))
            continue
        for s, e in _merge_fragments(par, list(punkt.span_tokenize(par))):
            out.append((pid, a + s, a + e, False))
    return out


# a sentence-ending mark followed by anything but closing marks and space up to the end of the paragraph
_INNER_END = re.compile(r"[.?!…](?![.?!…\"'’”»)\]\s]*$)")
_LIST_MARKER = re.compile(r"^\W{0,2}(?:\d{1,3}|[A-Za-z]|[ivxIVX]{1,4})[.)]{1,2}$")
_HAS_WORD = re.compile(r"[^\W_]")


def _merge_fragments(par: str, spans: list[tuple[int, int]]) -> list[tuple[int, int]]:
    """Repair Punkt's splits inside a paragraph with three general rules.

    A piece without letters or digits (``. . .``, ``.”``) joins the previous sentence; a bare list
    marker (``1.)``, ``a.``) joins the next; a piece starting in lower case continues the previous
    sentence (``“This is great.” she said.``).
    """
    out: list[list[int]] = []
    carry: int | None = None
    for s, e in spans:
        s, e = _trim(par, s, e)
        if e <= s:
            continue
        piece = par[s:e]
        if carry is not None:
            s, carry = carry, None
        if out and (not _HAS_WORD.search(piece) or piece[0].islower()):
            out[-1][1] = e
            continue
        if _LIST_MARKER.match(piece):
            carry = s
            continue
        out.append([s, e])
    if carry is not None:
        if out:
            out[-1][1] = len(par.rstrip())
        else:
            out.append([carry, len(par.rstrip())])
    return [(s, e) for s, e in out]


def split_sentences(
    articles: pl.DataFrame, *, abbreviations: str | Path | None = None, progress: bool | None = False
) -> pl.DataFrame:
    """One row per sentence (headings included) of every article.

    ``abbreviations``: your own abbreviation file (one per line, lower case, no final period)
    instead of the packaged ``data/abbreviations.txt``.
    """
    require_columns(articles, ["article_id", "text"], what="split_sentences")
    if articles.height == 0:
        return empty("sentences")
    from tqdm.auto import tqdm

    ids: list[str] = []
    pids: list[int] = []
    sids: list[int] = []
    starts: list[int] = []
    ends: list[int] = []
    texts: list[str] = []
    heads: list[bool] = []
    rows = articles.select("article_id", "text").iter_rows()
    for aid, text in tqdm(rows, total=articles.height, desc="sentences", unit="article", disable=_disable(progress)):
        for sid, (pid, a, b, h) in enumerate(sentence_spans(text or "", abbreviations=abbreviations)):
            ids.append(aid)
            pids.append(pid)
            sids.append(sid)
            starts.append(a)
            ends.append(b)
            texts.append(text[a:b])
            heads.append(h)
    return pl.DataFrame(
        {"article_id": ids, "paragraph_id": pids, "sentence_id": sids, "char_start": starts,
         "char_end": ends, "text": texts, "is_heading": heads},  # fmt: skip
        schema=SCHEMAS["sentences"],
    )


def _disable(progress: bool | None) -> bool | None:
    return True if progress is False else (None if progress is None else False)


# --------------------------------------------------------------------------- tokens

_APOS_IN_WORD = re.compile(r"(?<=\w)[’ʼ](?=\w)")
_DQUOTE = re.compile(r'"')


@functools.lru_cache(maxsize=1)
def _word_tokenizer():  # type: ignore[no-untyped-def]
    from nltk.tokenize.destructive import NLTKWordTokenizer

    return NLTKWordTokenizer()


def _prepare(s: str) -> str:
    """Same-length copy of ``s`` that NLTK's tokenizer treats as intended."""
    s = _APOS_IN_WORD.sub("'", s)
    if '"' in s:
        s = _DQUOTE.sub(lambda m: "“" if m.start() == 0 or s[m.start() - 1] in " \t\n([{" else "”", s)
    return s


_FALLBACK = re.compile(r"\w+(?:['’]\w+)*|[^\w\s]")


def token_spans(sentence: str) -> list[tuple[int, int]]:
    """(start, end) of each NLTK word token of ``sentence``; exact offsets, nothing dropped.

    >>> s = 'Gaza’s “immediate” ceasefire, he said "now".'
    >>> [s[a:b] for a, b in token_spans(s)]
    ['Gaza', '’s', '“', 'immediate', '”', 'ceasefire', ',', 'he', 'said', '"', 'now', '"', '.']
    """
    prepared = _prepare(sentence)
    try:
        toks = _word_tokenizer().tokenize(prepared)
    except Exception:  # pragma: no cover - NLTK regexes do not raise on str input
        toks = []
    spans: list[tuple[int, int]] = []
    pos = 0
    for tok in toks:
        i = prepared.find(tok, pos)
        if i < 0:  # NLTK rewrote a token (rare): fall back to a plain regex for this sentence
            return [(m.start(), m.end()) for m in _FALLBACK.finditer(sentence)]
        spans.append((i, i + len(tok)))
        pos = i + len(tok)
    return spans


_NORM = str.maketrans({"’": "'", "‘": "'", "ʼ": "'", "“": '"', "”": '"', "„": '"', "«": '"', "»": '"'})


# Treebank rules of NLTK's word tokenizer as one left-to-right pattern (Rust regex, no look-around):
# every match is optional leading whitespace plus one token, so the cumulative match lengths of a
# sentence are exact token end offsets. Characters NLTK always splits off are tokens of their own;
# other symbols (€, /, +, emoji) stay inside words as in NLTK. A mid-sentence period joins the word
# before it (U.S., Gen.), and contractions ('s, n't, ...) are split off afterwards, as Treebank does.
_WS = r"[\s\x1c-\x1f]"
_W = r"[^\s\x1c-\x1f;@#$%\&?!*\[\](){}<>\u2012-\u2015" + '"' + r"«“‘„»”’`,:.'\-]"
_TOKEN_PATTERN = (
    _WS + r"*(?:"
    r"\.{2,}|--|``|''"  # ellipsis, dashes, TeX quotes
    r"|" + _W + r"+(?:[,:]\d" + _W + r"*|[.'’\-]" + _W + r"+)*"  # words: 31,988 2.4 U.S Thomas-Greenfield O'Brien
    r"|\S"  # any other character on its own
    r")"
)
_SUFFIX = r"(?i)^(.+?)(n['’]t|['’](?:s|m|d|ll|re|ve))$"
_CONTRACTIONS2 = ["cannot", "gonna", "gimme", "gotta", "lemme", "wanna"]  # split after 3 letters, as NLTK
_CLOSING = r"^[\]\)}>" + '"' + r"'’”»]+$"

Method = Literal["fast", "nltk"]


def split_tokens(sentences: pl.DataFrame, *, method: Method = "fast", progress: bool | None = False) -> pl.DataFrame:
    """One row per word token of every sentence, with exact offsets.

    ``method="fast"`` (default) applies the Treebank rules of NLTK's word tokenizer as polars
    expressions over all sentences at once; ``method="nltk"`` calls ``NLTKWordTokenizer`` sentence by
    sentence (about 50 times slower). The two agree on almost every sentence of news text
    (``tests/test_tokenize.py`` compares them; the README gives the measured agreement).
    ``norm`` is the lower-cased token with curly quotes and apostrophes made straight.

    >>> s = pl.DataFrame({"article_id": ["a"], "sentence_id": [0], "char_start": [0],
    ...                   "text": ["Gaza’s 2.4 million people can't wait, the U.N. said."]})
    >>> split_tokens(s)["token"].to_list()
    ['Gaza', '’s', '2.4', 'million', 'people', 'ca', "n't", 'wait', ',', 'the', 'U.N.', 'said', '.']
    """
    from .errors import check_choice

    check_choice("method", method, ("fast", "nltk"))
    require_columns(sentences, ["article_id", "sentence_id", "char_start", "text"], what="split_tokens")
    if sentences.height == 0:
        return empty("tokens")
    df = _tokens_nltk(sentences, progress) if method == "nltk" else _tokens_fast(sentences)
    norm = pl.col("token").str.to_lowercase()
    for k, v in (("’", "'"), ("‘", "'"), ("ʼ", "'"), ("“", '"'), ("”", '"'), ("„", '"'), ("«", '"'), ("»", '"')):
        norm = norm.str.replace_all(k, v, literal=True)
    return df.with_columns(
        norm.alias("norm"), (~pl.col("token").str.contains(r"[\p{L}\p{N}]")).alias("is_punct")
    ).select(list(SCHEMAS["tokens"]))


def _tokens_fast(sentences: pl.DataFrame) -> pl.DataFrame:
    keys = ["article_id", "sentence_id"]
    base = (
        sentences.select(*keys, "char_start", pl.col("text").str.extract_all(_TOKEN_PATTERN).alias("m"))
        .explode("m")
        .drop_nulls("m")
        .with_columns(pl.col("m").str.replace(r"^[\s\x1c-\x1f]+", "").alias("token"))
        .with_columns((pl.col("char_start") + pl.col("m").str.len_chars().cum_sum().over(keys)).alias("char_end"))
        .with_columns((pl.col("char_end") - pl.col("token").str.len_chars()).alias("char_start"))
        .select(*keys, "char_start", "char_end", "token")
        .with_row_index("_row")
    )
    # A "." right after a word joins it (U.S. envoy, Gen. Halevi) unless it is the sentence-final period:
    # the last token that is not a closing quote or bracket.
    content = base.filter(~pl.col("token").str.contains(_CLOSING))
    last_rows = content.group_by(keys).agg(pl.col("_row").max())["_row"].implode()
    prev_tok = pl.col("token").shift(1).over(keys)
    joins = (
        (pl.col("token") == ".")
        & (pl.col("char_start") == pl.col("char_end").shift(1).over(keys))
        & prev_tok.str.contains(r"\w$")
        & ~pl.col("_row").is_in(last_rows)
    )
    base = base.with_columns(joins.alias("_join"))
    base = base.with_columns(pl.col("_join").shift(-1, fill_value=False).over(keys).alias("_absorb"))
    base = base.filter(~pl.col("_join")).with_columns(
        pl.when(pl.col("_absorb")).then(pl.col("char_end") + 1).otherwise(pl.col("char_end")).alias("char_end"),
        pl.when(pl.col("_absorb")).then(pl.col("token") + ".").otherwise(pl.col("token")).alias("token"),
    )
    suffix = pl.col("token").str.extract(_SUFFIX, 2)
    base = base.with_columns(
        pl.when(pl.col("token").str.to_lowercase().is_in(_CONTRACTIONS2))
        .then(3)
        .when(suffix.is_not_null())
        .then(pl.col("token").str.len_chars() - suffix.str.len_chars())
        .alias("_cut")
    )
    cols = [*keys, "char_start", "char_end", "token", "_row"]
    whole = base.filter(pl.col("_cut").is_null()).select(cols)
    cut = base.filter(pl.col("_cut").is_not_null())
    head = cut.select(
        *keys, "char_start", (pl.col("char_start") + pl.col("_cut")).alias("char_end"),
        pl.col("token").str.slice(0, pl.col("_cut")).alias("token"), "_row",
    )  # fmt: skip
    tail = cut.select(
        *keys, (pl.col("char_start") + pl.col("_cut")).alias("char_start"), "char_end",
        pl.col("token").str.slice(pl.col("_cut")).alias("token"), "_row",
    )  # fmt: skip
    out = pl.concat([whole, head.select(cols), tail.select(cols)]).sort("_row", "char_start")
    return out.with_columns(
        pl.int_range(pl.len(), dtype=pl.Int32).over(keys).alias("token_id"),
        pl.col("sentence_id").cast(pl.Int32),
        pl.col("char_start").cast(pl.Int64),
        pl.col("char_end").cast(pl.Int64),
    ).select("article_id", "sentence_id", "token_id", "char_start", "char_end", "token")


def _tokens_nltk(sentences: pl.DataFrame, progress: bool | None) -> pl.DataFrame:
    from tqdm.auto import tqdm

    ids: list[str] = []
    sids: list[int] = []
    tids: list[int] = []
    starts: list[int] = []
    ends: list[int] = []
    toks: list[str] = []
    rows: Iterable[tuple[str, int, int, str]] = sentences.select(
        "article_id", "sentence_id", "char_start", "text"
    ).iter_rows()
    for aid, sid, off, text in tqdm(rows, total=sentences.height, desc="tokens", unit="sentence", disable=_disable(progress)):
        for tid, (a, b) in enumerate(token_spans(text)):
            ids.append(aid)
            sids.append(sid)
            tids.append(tid)
            starts.append(off + a)
            ends.append(off + b)
            toks.append(text[a:b])
    return pl.DataFrame(
        {"article_id": ids, "sentence_id": sids, "token_id": tids, "char_start": starts, "char_end": ends, "token": toks},
        schema={k: SCHEMAS["tokens"][k] for k in ("article_id", "sentence_id", "token_id", "char_start", "char_end", "token")},
    )
