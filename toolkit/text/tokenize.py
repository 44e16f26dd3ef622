"""Split articles into paragraphs, sentences and word tokens with exact character offsets.

Tables in: ``articles``. Tables out: ``sentences`` (headings are rows with ``is_heading``) and
``tokens``. ``articles.text[char_start:char_end]`` is the sentence or token on every row.

Method: NLTK's Punkt sentence tokenizer (Kiss & Strunk 2006) run paragraph by paragraph, with
parameters shipped in the package (``data/abbreviations.txt`` for news abbreviations such as U.S.,
Gen., Lt. Col., a.m.; ``data/sentence_starters.txt`` as orthographic context), so no NLTK data is
downloaded. Paragraphs, headings
and one-sentence paragraphs are found with polars column operations over all articles at once;
only paragraphs with a sentence-ending mark inside reach Punkt. Words: NLTK's Treebank-style
``NLTKWordTokenizer`` rules (what ``nltk.word_tokenize`` uses), as polars expressions run once per
distinct sentence (``method="fast"``) or by NLTK itself (``method="nltk"``), on a same-length copy
of each sentence where curly apostrophes inside words are straight (``Gaza’s`` -> ``Gaza`` +
``’s``) and straight double quotes are curly, so offsets stay exact.

A paragraph is a line of wire copy, or a blank-line-separated block when the text is hard-wrapped.
A heading is a paragraph of at most 12 words with no final punctuation (``Deal ‘still possible’``).

>>> from toolkit.io.loading import read_articles
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

from toolkit.core import cache
from toolkit.core.errors import bar_disabled
from toolkit.core.resources import data_path, load_lines
from toolkit.core.schema import SCHEMAS, empty, require_columns

HEADING_MAX_WORDS = 12
HEADING_MAX_CHARS = 100
_CLOSERS = "\"'’”»)]}*_ \t"
_TERMINAL = ".!?…:;,"
# the characters Python's str.isspace() accepts; also what polars' (Rust) regex ``\s`` matches
# (Unicode White_Space) plus the separators \x1c-\x1f
_SPACE_CHARS = (
    "\t\n\v\f\r \x1c\x1d\x1e\x1f\x85\xa0\u1680" + "".join(map(chr, range(0x2000, 0x200B))) + "\u2028\u2029\u202f\u205f\u3000"
)


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


def _data_file(name_or_path: str | Path) -> Path:
    """A user's file, or the packaged data file of that name."""
    p = Path(name_or_path)
    return p if p.exists() else data_path(str(name_or_path))


def _punkt(abbreviations: str | None = None, starters: str | None = None):  # type: ignore[no-untyped-def]
    """NLTK's Punkt with the shipped news abbreviations and sentence starters (no training, no download).

    Built once per version of its two files (see :func:`toolkit.core.cache.load`): an edited abbreviations
    file takes effect on the next call."""
    abbrev_file = _data_file(abbreviations or "abbreviations.txt")
    starters_file = _data_file(starters or "sentence_starters.txt")

    def build():  # type: ignore[no-untyped-def]
        from nltk.tokenize.punkt import _ORTHO_BEG_UC, _ORTHO_MID_LC, PunktParameters, PunktSentenceTokenizer

        params = PunktParameters()
        params.abbrev_types = {a.lower().rstrip(".") for a in load_lines(abbrev_file)}
        for w in load_lines(starters_file):
            params.ortho_context[w.lower()] |= _ORTHO_BEG_UC | _ORTHO_MID_LC
        return PunktSentenceTokenizer(params)

    return cache.load("tokenize.punkt", (abbrev_file, starters_file), build)


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
    instead of the packaged ``data/abbreviations.txt``. ``progress`` shows a bar over the
    paragraphs that need Punkt.

    Same result as :func:`sentence_spans` on each text, computed for all articles at once:
    paragraphs, headings and the paragraphs that hold a single sentence are found with column
    operations; only paragraphs with a sentence-ending mark inside go through Punkt.

    >>> from toolkit import read_articles, split_sentences
    >>> articles, _ = read_articles(["Dr. Amina Yusuf arrived on Monday. She met the U.N. envoy."])
    >>> split_sentences(articles).select("sentence_id", "char_start", "char_end", "text").rows()
    [(0, 0, 34, 'Dr. Amina Yusuf arrived on Monday.'), (1, 35, 58, 'She met the U.N. envoy.')]
    """
    require_columns(articles, ["article_id", "text"], what="split_sentences")
    if articles.height == 0:
        return empty("sentences")
    punkt = _punkt(str(abbreviations) if abbreviations else None)
    texts = articles["text"].cast(pl.String).fill_null("")
    pars = _paragraph_rows(texts)
    par_text = pars["t"]
    if par_text.null_count():  # paragraphs of hard-wrapped texts span lines: slice them from the text
        fill = par_text.is_null().arg_true()
        tx = texts.to_list()
        spans = zip(pars["ai"].gather(fill).to_list(), pars["a"].gather(fill).to_list(), pars["b"].gather(fill).to_list(), strict=True)
        par_text = par_text.scatter(fill, [tx[i][a:b] for i, a, b in spans])
    # headings: the rule of _is_heading, run only on the short paragraphs without final punctuation
    s = par_text.str.strip_chars_end(_CLOSERS)
    maybe = (par_text.str.len_chars() <= HEADING_MAX_CHARS) & (s.str.len_chars() > 0)
    maybe = maybe & ~s.str.slice(-1, 1).is_in(list(_TERMINAL))
    heading = pl.Series("is_heading", [False] * len(par_text), dtype=pl.Boolean)
    cand = maybe.arg_true()
    if cand.len():
        heading = heading.scatter(cand, [_is_heading(p) for p in par_text.gather(cand).to_list()])
    # _INNER_END: a sentence-ending mark before the closing marks and spaces that end the paragraph
    needs = ~heading & par_text.str.strip_chars_end(_END_TAIL).str.contains(r"[.?!…]")
    todo = needs.arg_true().to_list()
    rows_p: list[int] = []
    rows_a: list[int] = []
    rows_b: list[int] = []
    rows_t: list[str] = []
    if todo:
        starts = pars["a"].to_list()
        ptexts = par_text.to_list()
        it: Iterable[int] = todo
        if progress is not False:
            from tqdm.auto import tqdm

            it = tqdm(todo, desc="sentences", unit="paragraph", disable=bar_disabled(progress))
        for i in it:
            par, a = ptexts[i], starts[i]
            for s0, e0 in _merge_fragments(par, list(punkt.span_tokenize(par))):
                rows_p.append(i)
                rows_a.append(a + s0)
                rows_b.append(a + e0)
                rows_t.append(par[s0:e0])
    pars = pars.with_row_index("p").with_columns(heading, needs.alias("_needs"), par_text.alias("t"))
    simple = pars.filter(~pl.col("_needs")).select("p", "a", "b", "t", "is_heading")
    split = pl.DataFrame(
        {"p": rows_p, "a": rows_a, "b": rows_b, "t": rows_t, "is_heading": [False] * len(rows_p)}, schema=simple.schema
    )
    sents = pl.concat([simple, split]).sort("p", "a")
    p = sents["p"]
    ai = pars["ai"].gather(p)
    return pl.DataFrame(
        {"article_id": articles["article_id"].gather(ai), "paragraph_id": _rank_within(pars["ai"]).gather(p),
         "sentence_id": _rank_within(ai), "char_start": sents["a"], "char_end": sents["b"], "text": sents["t"],
         "is_heading": sents["is_heading"]},  # fmt: skip
        schema=SCHEMAS["sentences"],
    )


def _rank_within(group: pl.Series) -> pl.Series:
    """0, 1, 2, ... within each run of equal values of ``group``."""
    idx = pl.int_range(pl.len(), dtype=pl.Int64)
    first = (pl.col("g") != pl.col("g").shift(1)).fill_null(True)
    return pl.DataFrame({"g": group}).select((idx - pl.when(first).then(idx).forward_fill()).cast(pl.Int32))[
        "literal"
    ]


_OPEN_END_OK = [".", "!", "?", "”", '"', "’", ":"]  # line ends that do not suggest hard wrapping
_END_TAIL = ".?!…\"'’”»)]" + _SPACE_CHARS  # what may follow a paragraph's last sentence-ending mark


def _paragraph_rows(texts: pl.Series) -> pl.DataFrame:
    """Rows (ai, a, b, t): the paragraphs of every text as :func:`split_paragraphs` gives them.

    ``ai`` is the text's position, ``t`` the paragraph (null for hard-wrapped texts, whose
    paragraphs span lines). Lines are rows; a blank-line block is a run of lines, so the
    hard-wrapping test and the paragraph spans are column operations.
    """
    line, ai = pl.col("line"), pl.col("ai")
    idx = pl.int_range(pl.len(), dtype=pl.Int64)
    first = (ai != ai.shift(1)).fill_null(True)
    last = (ai != ai.shift(-1)).fill_null(True)
    length = pl.col("L") + 1
    lines = (
        pl.DataFrame({"line": texts.str.split("\n")})
        .with_row_index("ai")
        .explode("line")
        .with_columns(
            line.str.len_chars().cast(pl.Int64).alias("L"),
            line.str.strip_chars_start(_SPACE_CHARS).str.len_chars().cast(pl.Int64).alias("_lstripped"),
            line.str.strip_chars_end(_SPACE_CHARS).str.len_chars().cast(pl.Int64).alias("rs"),
            (line.str.strip_chars(" \t").str.len_chars() == 0).alias("_blank"),
        )
        .with_columns((pl.col("L") - pl.col("_lstripped")).alias("ls"), length.cum_sum().alias("_cum"))
        .with_columns((pl.col("_cum") - length - pl.when(first).then(pl.col("_cum") - length).forward_fill()).alias("off"))
    )
    # _BLOCK: a block starts at a non-space character and runs on over every following line except
    # a line of spaces and tabs followed by a newline
    has_s = pl.col("rs") > 0
    breaker = pl.col("_blank") & ~last
    last_s = pl.when(has_s).then(idx).when(first).then(-1).forward_fill()
    last_b = pl.when(breaker).then(idx).when(first).then(-1).forward_fill()
    lines = lines.with_columns(((last_s >= 0) & (last_s > last_b)).alias("in_block"), breaker.alias("_breaker"))
    continues = (pl.col("in_block").shift(1) & ~pl.col("_breaker") & ~first).fill_null(False)
    lines = lines.with_columns((has_s & ~continues).alias("start"))
    lines = lines.with_columns(pl.col("start").cum_sum().alias("block"))
    # hard-wrapped: most inner lines of multi-line blocks end without final punctuation
    in_block = pl.col("in_block")
    block_last = (pl.col("block") != pl.col("block").shift(-1)).fill_null(True) | ~in_block.shift(-1).fill_null(False)
    inner = in_block & ~(block_last | last)
    open_end = has_s & ~line.str.slice(pl.col("rs") - 1, 1).is_in(_OPEN_END_OK)
    lines = lines.with_columns(inner.alias("_inner"), (inner & open_end).alias("_open"))
    n_inner, n_open = pl.col("_inner").sum().over("ai"), pl.col("_open").sum().over("ai")
    wrapped = (2 * n_open > pl.max_horizontal(n_inner, 1)) & (n_inner >= 2)
    block_end = pl.when(in_block & has_s).then(pl.col("off") + pl.col("rs")).max().over("block")
    return (
        lines.with_columns(wrapped.alias("_wrapped"))
        .with_columns(
            pl.when(pl.col("_wrapped")).then(pl.col("start")).otherwise(has_s).alias("_emit"),
            pl.when(pl.col("_wrapped")).then(block_end).otherwise(pl.col("off") + pl.col("rs")).alias("b"),
        )
        .filter("_emit")
        .select(
            "ai",
            (pl.col("off") + pl.col("ls")).alias("a"),
            "b",
            pl.when(pl.col("_wrapped")).then(None).otherwise(line.str.slice("ls", pl.col("rs") - pl.col("ls"))).alias("t"),
        )
    )


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
    except Exception:  # NLTK's regexes do not raise on str input; if they ever do, keep the words
        return [(m.start(), m.end()) for m in _FALLBACK.finditer(sentence)]
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
    sentence (some 40 times slower). The two agree on almost every sentence of news text
    (``tests/test_tokenize.py`` compares them; docs/sentences.md gives the measured agreement).
    ``norm`` is the lower-cased token with curly quotes and apostrophes made straight.

    >>> s = pl.DataFrame({"article_id": ["a"], "sentence_id": [0], "char_start": [0],
    ...                   "text": ["Gaza’s 2.4 million people can't wait, the U.N. said."]})
    >>> split_tokens(s)["token"].to_list()
    ['Gaza', '’s', '2.4', 'million', 'people', 'ca', "n't", 'wait', ',', 'the', 'U.N.', 'said', '.']
    """
    from toolkit.core.errors import check_choice

    check_choice("method", method, ("fast", "nltk"))
    require_columns(sentences, ["article_id", "sentence_id", "char_start", "text"], what="split_tokens")
    if sentences.height == 0:
        return empty("tokens")
    if method == "fast":
        return _tokens_fast(sentences)
    df = _tokens_nltk(sentences, progress)
    return df.with_columns(_norm(pl.col("token")).alias("norm"), _is_punct(pl.col("token")).alias("is_punct"))


_QUOTES_FROM = ["’", "‘", "ʼ", "“", "”", "„", "«", "»"]
_QUOTES_TO = ["'", "'", "'", '"', '"', '"', '"', '"']


def _norm(token: pl.Expr) -> pl.Expr:
    return token.str.to_lowercase().str.replace_many(_QUOTES_FROM, _QUOTES_TO)


def _is_punct(token: pl.Expr) -> pl.Expr:
    return ~token.str.contains(r"[\p{L}\p{N}]")


def _tokens_fast(sentences: pl.DataFrame) -> pl.DataFrame:
    """The Treebank rules as column operations, in four passes that each touch a column once.

    1. Each distinct sentence text is matched once with ``_TOKEN_PATTERN`` (wire copy repeats
       sentences); 2. every distinct match (a few thousand strings) gets its facts once (length,
       closing mark, word-final, contraction cut) and rows receive them by a join; 3. the period
       and contraction rules are integer arithmetic on rows; 4. rows are expanded back to the input
       sentences, and strings, ``norm`` and ``is_punct`` are gathered from the distinct strings.
    """
    text = sentences["text"].fill_null("")
    uniq = text.unique(maintain_order=True)  # each distinct sentence text is tokenised once
    u_of_row = pl.DataFrame({"text": text}).join(
        pl.DataFrame({"text": uniq}).with_row_index("u"), on="text", how="left", maintain_order="left"
    )["u"]
    u = pl.col("u")
    first = (u != u.shift(1)).fill_null(True)
    mlen = pl.col("m").str.len_chars()
    df = (
        pl.DataFrame({"m": uniq.str.extract_all(_TOKEN_PATTERN)}).with_row_index("u")
        .explode("m").drop_nulls("m")
    )
    # per distinct match (a few thousand): the token without its leading space and the facts the rules need
    tok = pl.col("token")
    suffix = tok.str.extract(_SUFFIX, 2)
    vocab = (
        pl.DataFrame({"m": df["m"].unique()}).with_row_index("v")
        .with_columns(pl.col("m").str.strip_chars_start(_SPACE_CHARS).alias("token"), mlen.alias("_mlen"))
        .with_columns(
            tok.str.len_chars().alias("_len"),
            (tok == ".").alias("_dot"),
            tok.str.contains(_CLOSING).alias("_closing"),
            tok.str.contains(r"\w$").alias("_wordend"),
            pl.when(tok.str.to_lowercase().is_in(_CONTRACTIONS2)).then(3)
            .when(suffix.is_not_null()).then(tok.str.len_chars() - suffix.str.len_chars())
            .alias("_cut"),
        )
    )
    df = (
        df.join(vocab.drop("token"), on="m", how="left", maintain_order="left").drop("m")
        .with_columns(pl.col("_mlen").cum_sum().alias("_cum"))
        .with_columns(
            (pl.col("_cum") - pl.when(first).then(pl.col("_cum") - pl.col("_mlen")).forward_fill()).alias("char_end")
        )
        .with_columns((pl.col("char_end") - pl.col("_len")).alias("char_start"))
    )
    nv = vocab.height
    content = ~pl.col("_closing")
    # a "." right after a word joins it unless it is the sentence-final period: the last token of the
    # sentence that is not a closing quote or bracket
    last_content = content & (pl.when(content).then(u).shift(-1).backward_fill() != u).fill_null(True)
    joins = (
        pl.col("_dot")
        & (u == u.shift(1))
        & (pl.col("char_start") == pl.col("char_end").shift(1))
        & pl.col("_wordend").shift(1)
        & ~last_content
    ).fill_null(False)
    df = df.with_columns(joins.alias("_join"))
    df = df.with_columns(pl.col("_join").shift(-1, fill_value=False).alias("_absorb"))
    df = df.filter(~pl.col("_join"))
    # string ids: v (token), v + nv (token + "."), v + 2nv (head of a split token), v + 3nv (its tail)
    df = df.with_columns(
        pl.when(pl.col("_absorb")).then(pl.col("char_end") + 1).otherwise(pl.col("char_end")).alias("char_end"),
        pl.when(pl.col("_absorb")).then(pl.col("v") + nv).otherwise(pl.col("v")).alias("sid"),
        pl.when(pl.col("_absorb")).then(None).otherwise(pl.col("_cut")).alias("_cut"),
    )
    # a split token (can't -> ca + n't, cannot -> can + not) becomes two rows
    cut = pl.col("_cut")
    key = pl.int_range(pl.len(), dtype=pl.Int64) * 2
    heads = df.select(
        "u", "char_start",
        pl.when(cut.is_null()).then(pl.col("char_end")).otherwise(pl.col("char_start") + cut).alias("char_end"),
        pl.when(cut.is_null()).then(pl.col("sid")).otherwise(pl.col("v") + 2 * nv).alias("sid"),
        key.alias("_key"),
    )
    tails = df.select(
        "u", (pl.col("char_start") + cut).alias("char_start"), "char_end", (pl.col("v") + 3 * nv).alias("sid"),
        (key + 1).alias("_key"),
    ).filter(pl.col("char_start").is_not_null())
    df = heads.merge_sorted(tails, key="_key").drop("_key")
    idx1 = pl.int_range(pl.len(), dtype=pl.Int64)
    df = df.with_columns((idx1 - pl.when(first).then(idx1).forward_fill()).cast(pl.Int32).alias("token_id"))
    # the strings, their norm and is_punct, computed once per distinct string
    vt = vocab["token"]
    strings = pl.concat([vt, vt + ".", vt.str.slice(0, vocab["_cut"]), vt.str.slice(vocab["_cut"])]).rechunk()
    facts = pl.DataFrame({"s": strings}).select(_norm(pl.col("s")).alias("norm"), _is_punct(pl.col("s")).alias("p"))
    norm, punct = facts["norm"], facts["p"]
    # expand to the input rows
    us = df["u"]
    rng = pl.Series(range(uniq.len()), dtype=us.dtype)
    lo = us.search_sorted(rng, side="left")
    hi = us.search_sorted(rng, side="right")
    rows = sentences.select(
        "article_id", pl.col("sentence_id").cast(pl.Int32), pl.col("char_start").cast(pl.Int64).alias("_off"),
        pl.int_ranges(lo.gather(u_of_row), hi.gather(u_of_row)).alias("_i"),
    ).explode("_i").drop_nulls("_i")
    picked = df[rows["_i"]]
    sid = picked["sid"]
    return pl.DataFrame({
        "article_id": rows["article_id"],
        "sentence_id": rows["sentence_id"],
        "token_id": picked["token_id"],
        "char_start": picked["char_start"] + rows["_off"],
        "char_end": picked["char_end"] + rows["_off"],
        "token": strings.gather(sid),
        "norm": norm.gather(sid),
        "is_punct": punct.gather(sid),
    }, schema=SCHEMAS["tokens"])


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
    for aid, sid, off, text in tqdm(rows, total=sentences.height, desc="tokens", unit="sentence", disable=bar_disabled(progress)):
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
