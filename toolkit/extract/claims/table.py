"""The ``claims`` table: :func:`extract_claims`, the entry point. It reads each distinct sentence text
once (:mod:`toolkit.extract.claims.reading`), then credits each claim's source and place
(:mod:`toolkit.extract.claims.resolve`).
"""

from __future__ import annotations

import operator
import re
from pathlib import Path
from typing import Any

import polars as pl

from toolkit.core.schema import conform, empty, require_columns
from toolkit.extract.claims.reading import (
    _AT_A,
    _AT_B,
    _AT_CUE,
    _AT_CUE_KIND,
    _AT_SPAN_A,
    _AT_SPAN_B,
    _CLAIM_FIELDS,
    _read_texts,
)
from toolkit.extract.claims.resolve import (
    _MENTION_COLS,
    _QUOTE_COLS,
    _ROW_COLS,
    _actor_in,
    _actor_types,
    _antecedent,
    _carry_sources,
    _index,
    _place,
    _quote_at,
    _quote_spans,
    _type_of,
)
from toolkit.extract.claims.rules import _rules
from toolkit.extract.numbers import _FOLD_GUARD, _grammar, number_words_version


def _empty_claims() -> pl.DataFrame:
    return empty("claims")


def extract_claims(
    sentences: pl.DataFrame,
    *,
    mentions: pl.DataFrame | None = None,
    quotes: pl.DataFrame | None = None,
    categories: str | Path | None = None,
    qualifiers: str | Path | None = None,
    sources: str | Path | None = None,
    numbers: str | Path | None = None,
    units: str | Path | None = None,
) -> pl.DataFrame:
    """One row per numeric claim in ``sentences`` (the ``claims`` table).

    ``mentions`` resolve sources (and places) to actors; ``quotes`` credit numbers inside a quote
    to its speaker. A pronoun source ("It said", "..., he said") keeps the pronoun as
    ``source_surface`` and gets the actor of the latest source of its kind before it.

    What a sentence's text alone decides is remembered across calls (:mod:`toolkit.core.cache`: a memo
    of the rule set in use, bounded at ``_SENTENCE_MEMO_SIZE`` (50,000) texts, its oldest dropped
    first), so a corpus read in batches does not read a repeated sentence (a wire boilerplate line)
    twice; the output is the same as without it. ``categories``, ``qualifiers``, ``sources``,
    ``numbers`` and ``units`` are your own YAML files in the format of the packaged ``data/claims_*.yaml``; they
    extend the packaged rules, and an edited file takes effect on the next call. Safe to call from
    several threads at once.

    >>> from toolkit.io.loading import read_articles
    >>> from toolkit.text.tokenize import split_sentences
    >>> s = split_sentences(read_articles(["Militants seized about 250 hostages, of whom Israel believes "
    ...     "around 130 remain in Gaza, including 33 presumed dead."]).articles)
    >>> extract_claims(s).select("value", "qualifier", "counted", "what", "source_surface").rows()
    [(250.0, 'about', 'hostages', 'hostages', None), (130.0, 'about', 'hostages', 'hostages', 'Israel'), (33.0, 'exact', 'dead', 'dead', 'Israel')]
    """
    require_columns(
        sentences, ["article_id", "sentence_id", "char_start", "char_end", "text"], what="extract_claims"
    )
    return _extract_claims(
        sentences, mentions=mentions, quotes=quotes, categories=categories, qualifiers=qualifiers, sources=sources,
        numbers=numbers, units=units,
    )  # fmt: skip


def _extract_claims(
    sentences: pl.DataFrame,
    *,
    mentions: pl.DataFrame | None,
    quotes: pl.DataFrame | None,
    categories: str | Path | None,
    qualifiers: str | Path | None,
    sources: str | Path | None,
    numbers: str | Path | None,
    units: str | Path | None = None,
) -> pl.DataFrame:
    """:func:`extract_claims` after its argument checks."""
    rules = _rules(categories, qualifiers, sources, units)
    g = _grammar(numbers)
    num_alt = "|".join(
        [
            *g.cardinals,
            *g.scales,
            *g.ordinals,
            *g.fractions,
            "dozens",
            "hundreds",
            "thousands",
            "millions",
            "scores",
            *g.one_time_units,  # "a year", "an hour" (numbers._one_time_units)
        ]
    )
    cand = _with_numbers(sentences, g, num_alt)
    if cand.height == 0:
        return _empty_claims()
    ment_by_sent = _index(mentions, ["article_id", "sentence_id"], _MENTION_COLS, within=cand)
    not_places = frozenset(
        [*g.months, "The", "Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday"]
    )
    quote_by_art = _index(quotes, ["article_id"], _QUOTE_COLS, within=cand)
    rows: list[tuple[Any, ...]] = []  # per claim: the _CLAIM_FIELDS values its text decides
    extra: list[tuple[Any, ...]] = []  # per claim: the _ROW_COLS values
    dictionary = (
        f"{rules.version}; {number_words_version(numbers)}; {rules.units.version if rules.units else ''}"
    )
    read = _read_texts(cand.get_column("text"), g, rules)
    actor_types = _actor_types(mentions)
    ment_by_art: dict[tuple[Any, ...], list[dict[str, Any]]] | None = None
    sources_seen: dict[Any, list[tuple[int, str | None, str | None, str | None]]] = {}
    quote_art: Any = object()  # the article of quote_spans
    quote_spans: list[tuple[int, int, dict[str, Any]]] = []
    place_memo: dict[str, tuple[int, str | None]] = {}
    pending: list[int] = []  # claims with no source, or a pronoun source resolved to no one
    for art, sid, s0, text in cand.select("article_id", "sentence_id", "char_start", "text").iter_rows():
        found = read[text]
        if not found:
            continue
        ments = ment_by_sent.get((art, sid), [])
        places = [m for m in ments if m.get("is_place") or m.get("actor_type") == "location"]
        quotes_here = quote_by_art.get((art,), [])
        if art != quote_art:
            quote_art, quote_spans = art, _quote_spans(quotes_here)
        seen = sources_seen.setdefault(art, [])
        for claim in found:
            a, b, cue_start = claim[_AT_A], claim[_AT_B], claim[_AT_CUE]
            # source: quote speaker, else the nearest cue that covers the number
            src_a = src_b = None
            src_surface = src_id = src_label = None
            q = _quote_at(quote_spans, s0 + a, s0 + b) if quote_spans else None
            rule = None
            if q is not None and q.get("speaker_surface"):
                src_surface, src_id, src_label = (
                    q["speaker_surface"],
                    q.get("speaker_actor_id"),
                    q.get("speaker_label"),
                )
                src_a, src_b, rule = q.get("speaker_char_start"), q.get("speaker_char_end"), "quote"
            elif cue_start is not None:
                cue_end = claim[_AT_CUE + 1]
                src_a, src_b = s0 + cue_start, s0 + cue_end
                src_surface = text[cue_start:cue_end]
                rule = "clause"
                if claim[_AT_CUE_KIND] == "pronoun":
                    rule = "pronoun"
                    if ment_by_art is None:
                        # only the articles with a pronoun source need their mentions by article
                        pron = [t for t, f in read.items() if any(c[_AT_CUE_KIND] == "pronoun" for c in f)]
                        wanted = cand.filter(pl.col("text").is_in(pron)).select("article_id").unique()
                        ment_by_art = _index(mentions, ["article_id"], _MENTION_COLS, within=wanted)
                    src_id, src_label = _antecedent(
                        src_surface.lower(),
                        src_a,
                        seen,
                        quotes_here,
                        ment_by_art.get((art,), []),
                        actor_types,
                    )
                else:
                    src_id, src_label = _actor_in(ments, src_a, src_b, text, s0)
                    if src_id is not None:
                        seen.append(
                            (src_a, src_id, src_label, actor_types.get(src_id) or _type_of(ments, src_id))
                        )
            place_id, place_surface = _place(text, s0, b, places, not_places, place_memo)
            if src_surface is None or (rule == "pronoun" and src_id is None):
                pending.append(len(rows))
            rows.append(claim)
            extra.append(
                (
                    art,
                    sid,
                    s0 + a,
                    s0 + b,
                    text[a:b],
                    src_id,
                    src_label,
                    src_surface,
                    src_a,
                    src_b,
                    place_id,
                    place_surface,
                    rule,
                )
            )
    if not rows:
        return _empty_claims()
    if pending and "paragraph_id" in sentences.columns:
        _carry_sources(sentences, mentions, rules, rows, extra, pending)
    # by column, a field at a time (``zip(*rows)`` would make an iterator per row at once)
    columns: dict[str, list[Any]] = {
        k: list(map(operator.itemgetter(i), rows)) for i, k in enumerate(_CLAIM_FIELDS)
    }
    columns.update((k, list(map(operator.itemgetter(i), extra))) for i, k in enumerate(_ROW_COLS))
    columns["dictionary"] = [dictionary] * len(rows)
    # the claim's phrase (hedge, number, unit) in the article's text: its offsets in the sentence's plus
    # the sentence's start, which ``extra`` holds as char_start minus the number's offset in the sentence
    starts = columns["char_start"]
    for name, at in (("span_start", _AT_SPAN_A), ("span_end", _AT_SPAN_B)):
        columns[name] = [s - c[_AT_A] + c[at] for s, c in zip(starts, rows, strict=True)]
    return conform(pl.DataFrame(columns, strict=False), "claims")


def _with_numbers(sentences: pl.DataFrame, g: Any, num_alt: str) -> pl.DataFrame:
    """The sentences holding a digit or a number word (``(?i)\\d|\\b(?:num_alt)\\b``), or a vague
    duration ("for decades", "several hours": the regex of ``vague_durations``, Rust regex syntax as
    well). The regexes are slow on non-ASCII text, so they run only where a cheap literal test leaves
    them a chance."""
    text = pl.col("text")
    exact = text.str.contains(rf"(?i)\d|\b(?:{num_alt})\b")
    words = num_alt.split("|")
    durations = g.re_vague_duration
    if durations is not None:
        exact = exact | text.str.contains(f"(?i){durations.pattern}")
        # the first word of each ("decades", "several", "few"): a match holds one of them
        words += sorted({next(w for w in k.split() if w not in ("a", "an")) for k in g.vague_durations})
    if not all(re.fullmatch(r"[A-Za-z]+", w) for w in words):
        return sentences.filter(exact)
    # (?i) matches ASCII letters only to themselves, K (Kelvin sign) and ſ (long s): both are guarded
    maybe = (
        text.str.contains(r"\d")
        | text.str.contains_any(words, ascii_case_insensitive=True)
        | text.str.contains_any(_FOLD_GUARD)
    )
    return sentences.filter(maybe).filter(exact)
