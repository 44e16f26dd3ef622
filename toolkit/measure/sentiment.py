"""Sentiment per sentence, paragraph, article and actor, by voice, with NLTK's VADER.

Tables in: ``sentences`` (and optionally ``quotes``, ``mentions``). Tables out: ``sentiment``
(one row per sentence), ``actor_sentiment`` (per actor and voice), plus two frames documented
on their functions: paragraph/article aggregates (:func:`summarise_sentiment`) and targeted
tone per mention (:func:`score_targeted_sentiment`).

Method: VADER (Hutto & Gilbert 2014) exactly as NLTK 3.10 computes it, via :mod:`toolkit.measure.vader`
(same scores as ``nltk.sentiment.vader.SentimentIntensityAnalyzer().polarity_scores``, faster).
VADER was built for short texts and drifts to ±1 on long ones, so paragraphs and articles are
never scored as one string: their scores are means of sentence scores.

Voice: a quote's tone is its speaker's, not the outlet's. Each sentence is ``narrator`` (no
quoted words), ``quoted`` (only quoted words) or ``mixed``; ``narrator_compound`` scores the
words outside the quotation marks and ``quoted_compound`` the quoted spans, apart.

>>> from toolkit.io.loading import read_articles
>>> from toolkit.text.tokenize import split_sentences
>>> arts = read_articles(["Aid finally reached Gaza City. “We are terrified,” a nurse said."]).articles
>>> score_sentiment(split_sentences(arts)).select("sentence_id", "compound", "voice", "narrator_compound", "quoted_compound").rows()
[(0, 0.1027, 'narrator', 0.1027, None), (1, 0.0, 'mixed', 0.0, -0.6124)]
"""

from __future__ import annotations

import hashlib
import math
import re
import zlib
from collections.abc import Mapping
from pathlib import Path
from typing import Any, Literal

import numpy as np
import polars as pl

from toolkit.core import cache
from toolkit.core.errors import check_choice
from toolkit.core.resources import data_path
from toolkit.core.schema import conform, empty, require_columns
from toolkit.extract.quotes import quoted_spans
from toolkit.measure.vader import RULES_FILE, Lexicon, Vader, default_lexicon_file, lexicon_file

By = Literal["paragraph", "article"]
BY_CHOICES = ("paragraph", "article")
Window = Literal["weighted", "clause", "words", "sentence"]
WINDOW_CHOICES = ("weighted", "clause", "words", "sentence")

_QUOTE_CHARS = "\"“”«»„‹›‘’"
_HAS_QUOTE = "[" + re.escape(_QUOTE_CHARS) + "]"
_WORD = re.compile(r"[^\W_]")
# VADER's authors' thresholds for a positive / negative text (Hutto & Gilbert 2014, README)
POS_THRESHOLD = 0.05
NEG_THRESHOLD = -0.05


def get_vader(lexicon: str | Path | Lexicon | None = None) -> Vader:
    """The VADER engine for ``lexicon`` (``None``: NLTK's VADER lexicon alone), made once per version of
    the lexicon and rule files (:func:`toolkit.core.cache.load`: an edited lexicon takes effect on the next
    call). Engines keep their memos of token information and scores (:class:`toolkit.measure.vader.Vader`).

    >>> get_vader().polarity_scores("A fragile but welcome truce.")["compound"]
    0.6124
    """
    if isinstance(lexicon, Lexicon):
        return Vader(lexicon=lexicon)
    path = None if lexicon is None else lexicon_file(lexicon)
    files = (data_path(RULES_FILE), default_lexicon_file(), path)
    return cache.load("sentiment.engine", files, lambda: Vader(lexicon=path))


# --------------------------------------------------------------------------- voice


def _merge(spans: list[tuple[int, int]]) -> list[tuple[int, int]]:
    out: list[tuple[int, int]] = []
    for a, b in sorted(spans):
        if out and a <= out[-1][1]:
            out[-1] = (out[-1][0], max(out[-1][1], b))
        elif b > a:
            out.append((a, b))
    return out


def split_voice(text: str, spans: list[tuple[int, int]]) -> tuple[str, str]:
    """(narrator words, quoted words) of ``text`` given quoted ``spans`` (inside the marks).

    Quoted spans are joined with a space; the narrator part is the rest, without the marks.

    >>> t = "“We will win,” he said, “soon.”"
    >>> split_voice(t, quoted_spans(t))
    ('he said,', 'We will win, soon.')
    """
    spans = _merge([(max(0, a), min(len(text), b)) for a, b in spans])
    quoted = " ".join(text[a:b] for a, b in spans)
    pieces, pos = [], 0
    for a, b in spans:
        cut_a = a - 1 if a > 0 and text[a - 1] in _QUOTE_CHARS else a
        cut_b = b + 1 if b < len(text) and text[b] in _QUOTE_CHARS else b
        pieces.append(text[pos:max(pos, cut_a)])
        pos = max(pos, cut_b)
    pieces.append(text[pos:])
    narrator = " ".join(p.strip() for p in pieces if p.strip())
    return narrator, quoted


def _spans_from_quotes(sentences: pl.DataFrame, quotes: pl.DataFrame) -> dict[tuple[str, int], list[tuple[int, int]]]:
    """Quote char spans (article offsets) cut to each sentence, as sentence-local offsets."""
    q = quotes.select("article_id", pl.col("char_start").alias("q0"), pl.col("char_end").alias("q1")).drop_nulls()
    s = sentences.select("article_id", "sentence_id", pl.col("char_start").alias("s0"), pl.col("char_end").alias("s1"))
    hits = (
        s.join(q, on="article_id")
        .filter((pl.col("q0") < pl.col("s1")) & (pl.col("q1") > pl.col("s0")))
        .select(
            "article_id", "sentence_id",
            (pl.max_horizontal("q0", "s0") - pl.col("s0")).alias("a"),
            (pl.min_horizontal("q1", "s1") - pl.col("s0")).alias("b"),
        )
    )  # fmt: skip
    out: dict[tuple[str, int], list[tuple[int, int]]] = {}
    for aid, sid, a, b in hits.iter_rows():
        out.setdefault((aid, sid), []).append((a, b))
    return out


# --------------------------------------------------------------------------- sentences


def score_sentiment(
    sentences: pl.DataFrame,
    *,
    quotes: pl.DataFrame | None = None,
    lexicon: str | Path | Lexicon | None = None,
    voice: bool = True,
) -> pl.DataFrame:
    """VADER scores of every sentence, with its voice and the narrator/quoted scores apart.

    ``sentences`` needs ``article_id``, ``sentence_id``, ``text`` (``paragraph_id``,
    ``char_start``, ``char_end`` are carried when present). ``quotes``: the ``quotes`` table;
    its char spans mark the quoted words (a quote running over several sentences counts in each).
    Without it (or when it has no rows, or ``sentences`` has no offsets) quoted spans come from
    pairing the quotation marks inside each sentence (:func:`toolkit.extract.quotes.quoted_spans`).
    ``lexicon``: a domain lexicon file adding to / overriding VADER's (see
    :func:`toolkit.measure.vader.load_lexicon`); the ``lexicon`` column names what produced the scores.
    ``voice=False`` skips the quote split (``voice`` and the two voice scores are null).

    >>> s = pl.DataFrame({"article_id": ["a"], "sentence_id": [0], "text": ["Airstrikes hit Rafah."]})
    >>> score_sentiment(s)["compound"][0], score_sentiment(s, lexicon="lexicon_conflict.yaml")["compound"][0]
    (0.0, -0.5106)
    """
    require_columns(sentences, ["article_id", "sentence_id", "text"], what="score_sentiment")
    engine = get_vader(lexicon)
    if sentences.height == 0:
        return empty("sentiment")
    texts = sentences["text"].fill_null("").to_list()
    scores = engine.score_many(texts)
    neg, neu, pos, comp = (list(col) for col in zip(*scores, strict=True))
    cols: dict[str, list[object]] = {"neg": neg, "neu": neu, "pos": pos, "compound": comp}
    if voice:
        cols.update(_voice_columns(sentences, texts, comp, quotes, engine))
    out = sentences.select(
        [c for c in ("article_id", "sentence_id", "paragraph_id", "char_start", "char_end") if c in sentences.columns]
    ).with_columns(
        [pl.Series(k, v, dtype=pl.Float64) if k != "voice" else pl.Series(k, v, dtype=pl.String) for k, v in cols.items()]
    ).with_columns(pl.lit(engine.label).alias("lexicon"))
    return conform(out, "sentiment")


def _voice_columns(
    sentences: pl.DataFrame, texts: list[str], comp: list[float], quotes: pl.DataFrame | None, engine: Vader
) -> dict[str, list[object]]:
    n = len(texts)
    use_table = (
        quotes is not None and quotes.height > 0 and {"char_start", "char_end"} <= set(sentences.columns)
        and {"article_id", "char_start", "char_end"} <= set(quotes.columns)
    )  # fmt: skip
    if use_table:
        assert quotes is not None
        by_sentence = _spans_from_quotes(sentences, quotes)
        keys = list(zip(sentences["article_id"].to_list(), sentences["sentence_id"].to_list(), strict=True))
        span_list = [by_sentence.get(k, []) for k in keys]
    else:
        maybe = sentences["text"].fill_null("").str.contains(_HAS_QUOTE).to_list()
        span_list = [quoted_spans(t) if m else [] for t, m in zip(texts, maybe, strict=True)]
    voice: list[object] = ["narrator"] * n
    narr: list[object] = list(comp)
    quot: list[object] = [None] * n
    for k, spans in enumerate(span_list):
        if not spans:
            continue
        text = texts[k]
        narrator, quoted = split_voice(text, spans)
        has_q, has_n = bool(_WORD.search(quoted)), bool(_WORD.search(narrator))
        if not has_q:
            continue
        quot[k] = engine.score_cached(quoted)[3]
        if has_n:
            voice[k] = "mixed"
            narr[k] = engine.score_cached(narrator)[3]
        else:
            voice[k] = "quoted"
            narr[k] = None
    return {"voice": voice, "narrator_compound": narr, "quoted_compound": quot}


# --------------------------------------------------------------------------- aggregates


def summarise_sentiment(sentiment: pl.DataFrame, sentences: pl.DataFrame | None = None, *, by: By = "article") -> pl.DataFrame:
    """Paragraph or article tone as the mean of its sentences' scores (never one long string).

    Columns: ``article_id`` (and ``paragraph_id`` with ``by="paragraph"``), ``n_sentences``,
    ``mean_compound``, ``mean_neg``, ``mean_neu``, ``mean_pos``, ``share_negative`` /
    ``share_positive`` (sentences with compound <= -0.05 / >= 0.05, VADER's thresholds),
    ``n_narrator``, ``n_quoted``, ``n_mixed``, ``narrator_mean_compound``,
    ``quoted_mean_compound`` (means of the voice scores where present), ``lexicon``.
    ``sentences`` supplies ``paragraph_id`` when ``sentiment`` lacks it.

    >>> s = pl.DataFrame({"article_id": ["a", "a"], "paragraph_id": [0, 1], "sentence_id": [0, 1],
    ...                   "text": ["A great deal.", "“A terrible deal,” he said."]})
    >>> summarise_sentiment(score_sentiment(s)).select("n_sentences", pl.col("mean_compound").round(4), "n_mixed").rows()
    [(2, 0.0741, 1)]
    """
    check_choice("by", by, BY_CHOICES)
    require_columns(sentiment, ["article_id", "sentence_id", "compound"], what="summarise_sentiment")
    keys = ["article_id"] if by == "article" else ["article_id", "paragraph_id"]
    df = sentiment
    if by == "paragraph" and ("paragraph_id" not in df.columns or df["paragraph_id"].null_count() == df.height):
        if sentences is None:
            raise ValueError("summarise_sentiment(by='paragraph') needs paragraph_id: pass the sentences table")
        require_columns(sentences, ["article_id", "sentence_id", "paragraph_id"], what="summarise_sentiment")
        df = df.drop("paragraph_id", strict=False).join(
            sentences.select("article_id", "sentence_id", "paragraph_id"), on=["article_id", "sentence_id"], how="left"
        )
    for c, d in (("voice", pl.String), ("narrator_compound", pl.Float64), ("quoted_compound", pl.Float64), ("lexicon", pl.String)):
        if c not in df.columns:
            df = df.with_columns(pl.lit(None, dtype=d).alias(c))
    schema = {k: (pl.String if k == "article_id" else pl.Int32) for k in keys}
    aggs = [
        pl.len().cast(pl.Int64).alias("n_sentences"),
        pl.col("compound").mean().alias("mean_compound"),
        *[pl.col(c).mean().alias(f"mean_{c}") for c in ("neg", "neu", "pos") if c in df.columns],
        (pl.col("compound") <= NEG_THRESHOLD).mean().alias("share_negative"),
        (pl.col("compound") >= POS_THRESHOLD).mean().alias("share_positive"),
        *[(pl.col("voice") == v).sum().cast(pl.Int64).alias(f"n_{v}") for v in ("narrator", "quoted", "mixed")],
        pl.col("narrator_compound").mean().alias("narrator_mean_compound"),
        pl.col("quoted_compound").mean().alias("quoted_mean_compound"),
        pl.col("lexicon").drop_nulls().first().alias("lexicon"),
    ]
    if df.height == 0:
        return pl.DataFrame(schema=schema).with_columns(
            pl.lit(None, dtype=pl.Int64).alias("n_sentences"), pl.lit(None, dtype=pl.Float64).alias("mean_compound")
        ).head(0)
    return df.group_by(keys).agg(aggs).sort(keys).with_columns(pl.col(k).cast(d) for k, d in schema.items())


BOOTSTRAP_MAX_N = 1000
"""Above this many sentences the interval is the normal limit of the bootstrap (see ``ci_method``)."""


def _bootstrap_ci(x: np.ndarray, *, n_boot: int, level: float, rng: np.random.Generator) -> tuple[float, float]:
    n = len(x)
    if n == 1:
        return float(x[0]), float(x[0])
    if n > BOOTSTRAP_MAX_N:
        # The percentile bootstrap of a mean converges to mean ± z·s/√n (s with ddof=0, as resampling
        # uses); for n > 1000 the two differ by far less than the bootstrap's own Monte Carlo error.
        from statistics import NormalDist

        z = NormalDist().inv_cdf(0.5 + level / 2)
        half = z * float(x.std()) / np.sqrt(n)
        return float(x.mean()) - half, float(x.mean()) + half
    means = np.empty(n_boot)
    chunk = max(1, 2_000_000 // n)
    for s in range(0, n_boot, chunk):
        m = min(chunk, n_boot - s)
        means[s : s + m] = x[rng.integers(0, n, size=(m, n))].mean(axis=1)
    alpha = (1 - level) / 2
    return _quantile(means, alpha), _quantile(means, 1 - alpha)


def _quantile(values: np.ndarray, q: float) -> float:
    """``np.quantile(values, q)`` (its default, linear method), bit for bit, without its per-call overhead (a
    partial sort around the one or two order statistics needed, then numpy's own interpolation formula).

    >>> v = np.random.default_rng(1).normal(size=1000)
    >>> all(_quantile(v, q) == float(np.quantile(v, q)) for q in (0.0, 0.025, 0.5, 0.975, 1.0))
    True
    """
    n = len(values)
    virtual = (n - 1) * q
    below = int(np.floor(virtual))
    if n < 2 or below >= n - 1 or below < 0 or np.isnan(values).any():
        return float(np.quantile(values, q))  # the edges (and NaN): numpy's own path
    part = np.partition(values, (below, below + 1))
    a, b, t = float(part[below]), float(part[below + 1]), virtual - below
    diff = b - a  # numpy's _lerp: a + diff * t, or b - diff * (1 - t) from the upper half (t >= 0.5)
    return b - diff * (1 - t) if t >= 0.5 else a + diff * t


def summarise_actor_sentiment(
    sentiment: pl.DataFrame | pl.LazyFrame,
    mentions: pl.DataFrame | pl.LazyFrame,
    *,
    n_boot: int = 1000,
    level: float = 0.95,
    seed: int | None = 0,
    include_places: bool = False,
    sentences: pl.DataFrame | pl.LazyFrame | None = None,
    reuse: Mapping[str, list[dict[str, object]]] | None = None,
    keep: dict[str, list[dict[str, object]]] | None = None,
) -> pl.DataFrame:
    """Mean sentence tone per actor and voice, with a percentile bootstrap interval, by VADER and by the tone model.

    A sentence counts once per actor mentioned in it. Rows per actor: one per voice the actor's
    sentences have (``narrator``, ``quoted``, ``mixed``) and ``all``. The interval resamples
    the actor's sentences ``n_boot`` times (``level``: 0.95 gives a 95% interval); ``seed``
    fixes the resampling (each actor/voice gets its own stream derived from it, so results do
    not depend on the other actors in the table); ``None`` draws fresh randomness. Mentions
    used as places (``is_place``) are left out unless ``include_places``, and so are mentions
    without an ``actor_id``. Either table may be a
    ``LazyFrame`` (``pl.scan_parquet`` of a large run's files): only the columns used are read.

    ``measure``: ``vader`` rows average the sentences' VADER compound (the whole sentence's tone);
    ``model`` rows average the targeted tone model's score towards the actor (``p_positive - p_negative``
    towards the mention, -1..1; an actor named twice in a sentence gets the mean of the two) over its
    sentences. The scores come from the mentions' ``tone_score`` column when they have one (a run's mentions
    do: :func:`toolkit.measure.tone.score_mentions`, batch by batch, so this reads one float column), and,
    for the mentions without a score, from ``sentences`` (with ``text`` and ``char_start``) when it is
    passed and the mentions have ``char_start``/``char_end`` (:func:`toolkit.measure.tone.score_target_tone`).
    No scores at all: no ``model`` rows.

    ``reuse`` and ``keep`` (re-analysis, :mod:`toolkit.run.finish`): ``keep``, a dict, receives each actor's rows
    of each measure under a digest of everything they are computed from (:func:`actor_rows_digest`: the actor,
    the measure, its sentences' scores and voices in order, ``seed``, ``n_boot``, ``level``); an actor whose
    digest is in ``reuse`` (the ``keep`` of an earlier call) takes those rows instead of drawing its bootstrap
    again. They are the rows it would compute: the bootstrap stream of an actor and voice is seeded by their
    names alone. Not used with ``seed=None``.

    >>> s = pl.DataFrame({"article_id": ["a"] * 3, "sentence_id": [0, 1, 2],
    ...                   "text": ["Hamas welcomed the deal.", "Hamas rejected the awful plan.", "Rain."]})
    >>> m = pl.DataFrame({"article_id": ["a", "a"], "sentence_id": [0, 1], "actor_id": ["HAMAS"] * 2,
    ...                   "actor_label": ["Hamas"] * 2})
    >>> summarise_actor_sentiment(score_sentiment(s), m).select("measure", "voice", "n_sentences", pl.col("mean_compound").round(4)).rows()
    [('vader', 'all', 2, -0.2015), ('vader', 'narrator', 2, -0.2015)]
    >>> s = s.with_columns(char_start=pl.Series([0, 25, 56]))
    >>> m = m.with_columns(char_start=pl.Series([0, 25]), char_end=pl.Series([5, 30]))
    >>> out = summarise_actor_sentiment(score_sentiment(s), m, sentences=s)
    >>> out.filter(voice="all").select("measure", "n_sentences").rows()
    [('model', 2), ('vader', 2)]
    >>> from toolkit.measure.tone import score_mentions
    >>> summarise_actor_sentiment(score_sentiment(s), score_mentions(m, s)).equals(out)
    True
    """
    s, m = sentiment.lazy(), mentions.lazy()  # frames or lazy frames (the engine passes scans of its parts)
    s_cols, m_cols = s.collect_schema().names(), m.collect_schema().names()
    require_columns(s, ["article_id", "sentence_id", "compound"], what="summarise_actor_sentiment")
    require_columns(m, ["article_id", "sentence_id", "actor_id"], what="summarise_actor_sentiment")
    if not 0 < level < 1:
        raise ValueError(f"level must be between 0 and 1 (e.g. 0.95), got {level!r}")
    if n_boot < 1:
        raise ValueError(f"n_boot must be at least 1, got {n_boot!r}")
    m = m.filter(pl.col("actor_id").is_not_null())  # a mention of no actor has no actor to summarise
    if not include_places and "is_place" in m_cols:
        m = m.filter(~pl.col("is_place").fill_null(False))
    label = pl.col("actor_label") if "actor_label" in m_cols else pl.col("actor_id")
    # each actor's first label in row order: the row number of each actor's first labelled mention, then those
    # mentions' labels, both on the streaming engine (the mentions' strings are never held whole; an actor with
    # no label gets none from the join below)
    numbered = m.select("actor_id", label.alias("actor_label")).with_row_index("_row")
    first = numbered.filter(pl.col("actor_label").is_not_null()).group_by("actor_id").agg(pl.col("_row").min())
    labels = numbered.join(first, on=["actor_id", "_row"], how="semi").drop("_row").collect(engine="streaming")
    voice = pl.col("voice").fill_null("narrator") if "voice" in s_cols else pl.lit("narrator")
    # the voices as an Enum: the pairs below hold a small integer per sentence, not a string
    names = sorted(s.select(voice.alias("voice")).unique().collect(engine="streaming")["voice"].drop_nulls().to_list())
    voice = voice.cast(pl.Enum(names))
    # Each actor's sentences in article and sentence order (one sort, on integer ranks of the sorted ids), so
    # the seeded resampling (and the float sum of the mean) does not depend on how rows were split into
    # batches or threads; a voice's sentences are that order's subsequence. Everything before the sort is
    # keyed by those ranks and runs on polars' streaming engine: a large corpus's mentions are never held
    # whole as strings.
    arts = s.select("article_id").unique().sort("article_id").with_row_index("_art").collect(engine="streaming")
    actors = m.select("actor_id").unique().sort("actor_id").with_row_index("_act").collect(engine="streaming")
    if seed is None:
        reuse = keep = None  # fresh randomness: nothing to reuse or keep
    memo = {"reuse": reuse or {}, "keep": keep}
    rows = _actor_rows(s, m, arts, actors, voice, "vader", n_boot=n_boot, level=level, seed=seed, memo=memo)
    tone = _mention_scores(m, m_cols, sentences)
    if tone is not None:
        rows += _actor_rows(s, tone, arts, actors, voice, "model", n_boot=n_boot, level=level, seed=seed, memo=memo)
    if not rows:
        return empty("actor_sentiment")
    out = pl.DataFrame(rows).join(labels, on="actor_id", how="left").sort(["actor_id", "measure", "voice"])
    return conform(out, "actor_sentiment")


def _mention_scores(
    m: pl.LazyFrame, m_cols: list[str], sentences: pl.DataFrame | pl.LazyFrame | None
) -> pl.LazyFrame | None:
    """The mentions (``article_id``, ``sentence_id``, ``actor_id``) with their tone score as ``compound``: the
    ``tone_score`` column where the mentions have one (lazy: the engine's scans read that float column, no
    text), the mentions it leaves null scored from ``sentences`` when given; ``None`` when neither can."""
    keys = [pl.col("article_id"), pl.col("sentence_id").cast(pl.Int64), pl.col("actor_id")]
    if "tone_score" not in m_cols:
        return None if sentences is None else _mention_tone(sentences.lazy(), m, m_cols)
    have = m.filter(pl.col("tone_score").is_not_null()).select(*keys, pl.col("tone_score").alias("compound"))
    if sentences is None:
        return have
    rest = _mention_tone(sentences.lazy(), m.filter(pl.col("tone_score").is_null()), m_cols)
    return have if rest is None else pl.concat([have, rest.select(*keys, "compound")])


def _mention_tone(sentences: pl.LazyFrame, m: pl.LazyFrame, m_cols: list[str]) -> pl.LazyFrame | None:
    """The mentions (``article_id``, ``sentence_id``, ``actor_id``) with the tone model's ``tone_score``
    towards each, or ``None`` when the sentences have no text or the mentions no offsets."""
    from toolkit.measure.tone import score_target_tone

    have = sentences.collect_schema().names()
    if not {"article_id", "sentence_id", "text", "char_start"} <= set(have) or not {"char_start", "char_end"} <= set(m_cols):
        return None
    j = (
        m.select("article_id", pl.col("sentence_id").cast(pl.Int64), "actor_id", "char_start", "char_end")
        .join(sentences.select("article_id", pl.col("sentence_id").cast(pl.Int64), "text", pl.col("char_start").alias("_s0")),
              on=["article_id", "sentence_id"])
        .select("article_id", "sentence_id", "actor_id", "text",
                (pl.col("char_start") - pl.col("_s0")).alias("char_start"), (pl.col("char_end") - pl.col("_s0")).alias("char_end"))
        .collect()
    )  # fmt: skip
    scored = score_target_tone(j).select("article_id", "sentence_id", "actor_id", pl.col("tone_score").alias("compound"))
    return scored.lazy()


def _actor_rows(
    s: pl.LazyFrame, m: pl.LazyFrame, arts: pl.DataFrame, actors: pl.DataFrame, voice: pl.Expr, measure: str,
    *, n_boot: int, level: float, seed: int | None, memo: dict[str, Any] | None = None,
) -> list[dict[str, object]]:
    """Rows of actor_sentiment for one measure (``voice``: the sentences' voice as an Enum): ``vader`` takes each
    sentence's ``compound`` from ``s``;
    ``model`` the mean of ``m``'s per-mention ``compound`` (the tone score) per actor and sentence."""
    if measure == "vader":
        pairs_lazy = (
            m.select("article_id", "sentence_id", "actor_id")
            .join(arts.lazy(), on="article_id").join(actors.lazy(), on="actor_id")
            .select("_act", "_art", pl.col("sentence_id").cast(pl.Int64)).unique()
            .join(
                s.join(arts.lazy(), on="article_id")
                .select("_art", pl.col("sentence_id").cast(pl.Int64), "compound", voice.alias("voice")),
                on=["_art", "sentence_id"],
            )
        )  # fmt: skip
    else:
        pairs_lazy = (
            m.join(arts.lazy(), on="article_id").join(actors.lazy(), on="actor_id")
            # the mean of the sorted list, summed in order: polars drops a sort before .mean() and sums a group in
            # row and morsel order, whose last bit differed between polars 2.1 and 2.2 for three or more mentions
            .group_by("_act", "_art", pl.col("sentence_id").cast(pl.Int64)).agg(pl.col("compound").sort())
            .with_columns(pl.col("compound").list.mean())
            .join(
                s.join(arts.lazy(), on="article_id").drop_nulls("compound")
                .select("_art", pl.col("sentence_id").cast(pl.Int64), voice.alias("voice")),
                on=["_art", "sentence_id"],
            )
        )  # fmt: skip
    # collected, then sorted in memory: the rows are a few numbers each, and polars' streaming sort held twice as much
    pairs = (
        pairs_lazy.drop_nulls("compound")
        .select("_act", "_art", "sentence_id", "voice", pl.col("compound").cast(pl.Float64))
        .collect(engine="streaming")
        .sort("_act", "_art", "sentence_id")
        .drop("_art", "sentence_id")
    )
    if pairs.height == 0:
        return []
    # the voice Enum's codes (``voice``: an Enum of every voice), renumbered to the voices these sentences have
    voices = sorted(pairs["voice"].unique().cast(pl.String).to_list())
    names = pairs["voice"].dtype.categories.to_list()  # type: ignore[attr-defined]
    lookup = np.array([voices.index(v) if v in voices else -1 for v in names], dtype=np.int16)
    codes = lookup[pairs["voice"].to_physical().to_numpy()]
    compound = pairs["compound"].to_numpy()
    actor_ids = actors["actor_id"].to_list()
    runs = pairs.with_row_index("_i").group_by("_act", maintain_order=True).agg(pl.col("_i").first(), pl.len())
    rows: list[dict[str, object]] = []
    salt = "" if measure == "vader" else "\x00model"  # the vader streams stay what they were
    reuse, keep = (memo or {}).get("reuse") or {}, (memo or {}).get("keep")
    settings = (measure, seed, n_boot, level, BOOTSTRAP_MAX_N, voices)
    for act, start, n in runs.iter_rows():
        actor_id = actor_ids[act]
        x_all, c = compound[start : start + n], codes[start : start + n]
        digest = None if keep is None else actor_rows_digest(actor_id, settings, x_all, c)
        if digest is not None and digest in reuse:
            rows += reuse[digest]
            keep[digest] = reuse[digest]  # type: ignore[index]
            continue
        first = len(rows)
        groups = [("all", x_all)] + [(voices[k], x_all[c == k]) for k in np.unique(c).tolist()]
        for voice_name, x in groups:
            stream = None if seed is None else [seed, zlib.crc32(f"{actor_id}\x00{voice_name}{salt}".encode())]
            lo, hi = _bootstrap_ci(x, n_boot=n_boot, level=level, rng=np.random.default_rng(stream))
            rows.append({
                "actor_id": actor_id, "measure": measure, "voice": voice_name, "n_sentences": len(x),
                "mean_compound": float(x.mean()), "ci_low": lo, "ci_high": hi,
                "ci_method": "normal" if len(x) > BOOTSTRAP_MAX_N else "bootstrap",
            })  # fmt: skip
        if digest is not None:
            keep[digest] = rows[first:]  # type: ignore[index]
    return rows


def actor_rows_digest(actor_id: str, settings: tuple[object, ...], compound: np.ndarray, codes: np.ndarray) -> str:
    """A digest of what one actor's rows of ``actor_sentiment`` (one measure) are computed from: the actor, the
    ``settings`` (measure, seed, ``n_boot``, ``level``, the normal-limit threshold, the voices' names the
    ``codes`` index) and its sentences' scores and voice codes in article and sentence order. Equal digests,
    equal rows (the bootstrap streams are seeded by actor and voice), so a re-analysis reuses them.

    >>> x, c = np.array([0.5, -0.25]), np.array([0, 0], dtype=np.int16)
    >>> d = actor_rows_digest("HAMAS", ("vader", 0, 1000, 0.95, 1000, ["narrator"]), x, c)
    >>> d == actor_rows_digest("HAMAS", ("vader", 0, 1000, 0.95, 1000, ["narrator"]), x.copy(), c.copy())
    True
    >>> d == actor_rows_digest("HAMAS", ("vader", 0, 1000, 0.95, 1000, ["narrator"]), x[::-1].copy(), c)
    False
    """
    h = hashlib.blake2b(digest_size=16)
    h.update(repr((actor_id, settings, np.__version__)).encode())
    h.update(np.ascontiguousarray(compound, dtype=np.float64).tobytes())
    h.update(np.ascontiguousarray(codes, dtype=np.int16).tobytes())
    return h.hexdigest()


# --------------------------------------------------------------------------- targeted tone

# clause boundaries: punctuation that separates clauses, and conjunctions/relatives that open one
_CLAUSE_PUNCT = re.compile(r"[,;:()\[\]]|\s[-–—]+\s|[–—]")
_CLAUSE_WORDS = re.compile(
    r"\b(?:but|while|whereas|although|though|because|however|yet|and|or|who|which|that|after|before|when|since|unless|if)\b",
    re.IGNORECASE,
)


def clause_span(text: str, start: int, end: int) -> tuple[int, int]:
    """(start, end) of the clause of ``text`` around the mention at ``start:end``.

    A clause runs between separating punctuation (``,;:()``, dashes) and clause-opening words
    (``but``, ``while``, ``because``, ``who``, ``which``, ``and`` ..., which open the next clause);
    quotation marks do not cut.

    >>> t = "Smith praised the deal, but Jones called it a disaster."
    >>> a, b = clause_span(t, 28, 33); t[a:b]
    'but Jones called it a disaster.'
    """
    cuts = [(m.start(), m.end()) for m in _CLAUSE_PUNCT.finditer(text)]
    cuts += [(m.start(), m.start()) for m in _CLAUSE_WORDS.finditer(text)]
    lo, hi = 0, len(text)
    for a, b in cuts:
        if b <= start and b > lo:
            lo = b
        if a >= end and a < hi:
            hi = a
    while lo < hi and text[lo].isspace():
        lo += 1
    while hi > lo and text[hi - 1].isspace():
        hi -= 1
    return lo, hi


def window_span(text: str, start: int, end: int, size: int) -> tuple[int, int]:
    """(start, end) covering ``size`` whitespace-separated words either side of ``start:end``.

    >>> t = "Officials in Kyiv said Russia shelled the city again overnight."
    >>> a, b = window_span(t, 23, 29, 2); t[a:b]
    'Kyiv said Russia shelled the'
    """
    bounds = [(m.start(), m.end()) for m in re.finditer(r"\S+", text)]
    before = [b for b in bounds if b[1] <= start]
    after = [b for b in bounds if b[0] >= end]
    lo = before[-size][0] if size and len(before) >= size else (before[0][0] if before and size else start)
    hi = after[size - 1][1] if size and len(after) >= size else (after[-1][1] if after and size else end)
    return min(lo, start), max(hi, end)


# Python's str.split() whitespace, so word offsets line up with VADER's words exactly
# (the 29 characters of Unicode 15 whose str.isspace() is true, written out: enumerating all code points at
# import took 0.3 s per process; tests/test_sentiment.py checks the list against this Python)
_PY_SPACE = (
    "\t\n\x0b\x0c\r\x1c\x1d\x1e\x1f \x85\xa0\u1680\u2000\u2001\u2002\u2003\u2004\u2005\u2006\u2007"
    "\u2008\u2009\u200a\u2028\u2029\u202f\u205f\u3000"
)
_NONSPACE = re.compile("[^" + re.escape(_PY_SPACE) + "]+")


def _weighted_compound(
    engine: Vader, text: str, a: int, b: int, *, decay: float, other_clause: float, before: float
) -> float:
    """VADER word valences weighted by closeness to the mention at ``a:b``, normalised like compound."""
    words = [(m.start(), m.end()) for m in _NONSPACE.finditer(text) if m.end() - m.start() > 1]
    vals = engine.word_valences(text)
    if len(vals) != len(words):  # pragma: no cover - defensive
        return engine.score(text)[3]
    lo, hi = clause_span(text, a, b)
    inside = [k for k, (x, y) in enumerate(words) if x < b and y > a]
    c = inside[0] if inside else sum(1 for _, y in words if y <= a)
    total = 0.0
    for k, ((x, y), v) in enumerate(zip(words, vals, strict=True)):
        if not v or (inside and inside[0] <= k <= inside[-1]):
            continue
        w = math.exp(-abs(k - c) / decay) if decay > 0 else 1.0
        if x < lo or y > hi:
            w *= other_clause
        if k < c:
            w *= before
        total += v * w
    return round(total / math.sqrt(total * total + 15), 4) if total else 0.0


def score_targeted_sentiment(
    sentences: pl.DataFrame,
    mentions: pl.DataFrame,
    *,
    window: Window = "weighted",
    size: int = 6,
    decay: float = 30.0,
    other_clause: float = 0.25,
    before: float = 0.5,
    lexicon: str | Path | Lexicon | None = None,
    mask_mention: bool = True,
) -> pl.DataFrame:
    """Tone towards each actor mention, from the words around it rather than the whole sentence.

    ``window``:

    - ``"weighted"`` (default): every VADER word valence of the sentence (NLTK's per-word
      scores, negation/booster/"but" rules applied) weighted by its closeness to the mention:
      ``exp(-distance / decay)`` in words, times ``other_clause`` for words outside the mention's
      clause (:func:`clause_span`) and ``before`` for words before the mention; the weighted sum
      is normalised like VADER's compound (``x / sqrt(x² + 15)``). ``neg``/``neu``/``pos`` are
      null. Defaults chosen on NewsMTSC's dev splits (``bench/eval_newsmtsc.py``).
    - ``"clause"``: VADER on the mention's clause; ``"words"``: on ``size`` words either side
      (:func:`window_span`); ``"sentence"``: the whole sentence (the baseline).

    ``mask_mention`` leaves the mention's own words out (so a name such as "Hope" or "Love" does
    not colour its own score).

    One row per mention: ``article_id``, ``sentence_id``, ``char_start``, ``char_end``,
    ``surface``, ``actor_id``, ``actor_label``, ``window``, ``context_start``, ``context_end``
    (offsets of the words scored, into ``articles.text``), ``context``, ``neg``, ``neu``,
    ``pos``, ``compound``, ``sentence_compound`` (the whole sentence, for comparison), ``lexicon``.

    >>> s = pl.DataFrame({"article_id": ["a"], "sentence_id": [0], "char_start": [0],
    ...                   "text": ["Smith praised the brave rescuers, but Jones called it a disaster."]})
    >>> m = pl.DataFrame({"article_id": ["a", "a"], "sentence_id": [0, 0], "char_start": [0, 38],
    ...                   "char_end": [5, 43], "actor_id": ["SMITH", "JONES"]})
    >>> score_targeted_sentiment(s, m, window="clause").select("actor_id", "context", "compound").rows()
    [('SMITH', 'Smith praised the brave rescuers', 0.765), ('JONES', 'but Jones called it a disaster.', -0.7684)]
    >>> score_targeted_sentiment(s, m).select("actor_id", "compound", "sentence_compound").rows()
    [('SMITH', 0.3157, -0.5187), ('JONES', -0.7145, -0.5187)]
    """
    check_choice("window", window, WINDOW_CHOICES)
    if size < 0:
        raise ValueError(f"size must be >= 0 words, got {size!r}")
    require_columns(sentences, ["article_id", "sentence_id", "text"], what="score_targeted_sentiment")
    require_columns(mentions, ["article_id", "sentence_id", "char_start", "char_end", "actor_id"], what="score_targeted_sentiment")
    engine = get_vader(lexicon)
    if mentions.height == 0 or sentences.height == 0:
        return pl.DataFrame(schema=_TARGETED_SCHEMA)
    s = sentences.select(
        "article_id", "sentence_id", "text",
        (pl.col("char_start") if "char_start" in sentences.columns else pl.lit(0, dtype=pl.Int64)).alias("s0"),
    )  # fmt: skip
    m = mentions
    for c in ("surface", "actor_label"):
        if c not in m.columns:
            m = m.with_columns(pl.lit(None, dtype=pl.String).alias(c))
    j = m.select("article_id", "sentence_id", "char_start", "char_end", "surface", "actor_id", "actor_label").join(
        s, on=["article_id", "sentence_id"], how="inner", maintain_order="left"
    )
    sent_cache: dict[str, float] = {}
    rows = []
    for aid, sid, c0, c1, surface, actor_id, label, text, s0 in j.iter_rows():
        a, b = c0 - s0, c1 - s0
        neg: float | None
        neu: float | None
        pos: float | None
        if window == "weighted":
            lo, hi = 0, len(text)
            neg = neu = pos = None
            comp = _weighted_compound(engine, text, a, b, decay=decay, other_clause=other_clause, before=before)
        else:
            if window == "clause":
                lo, hi = clause_span(text, a, b)
            elif window == "words":
                lo, hi = window_span(text, a, b, size)
            else:
                lo, hi = 0, len(text)
            ctx = text[lo:a] + " " + text[b:hi] if mask_mention and lo <= a and b <= hi else text[lo:hi]
            neg, neu, pos, comp = engine.score(ctx)
        if text not in sent_cache:
            sent_cache[text] = engine.score(text)[3]
        rows.append((aid, sid, c0, c1, surface if surface is not None else text[a:b], actor_id, label, window,
                     s0 + lo, s0 + hi, text[lo:hi], neg, neu, pos, comp, sent_cache[text], engine.label))  # fmt: skip
    return pl.DataFrame(rows, schema=_TARGETED_SCHEMA, orient="row")


_TARGETED_SCHEMA = {
    "article_id": pl.String, "sentence_id": pl.Int32, "char_start": pl.Int64, "char_end": pl.Int64,
    "surface": pl.String, "actor_id": pl.String, "actor_label": pl.String, "window": pl.String,
    "context_start": pl.Int64, "context_end": pl.Int64, "context": pl.String,
    "neg": pl.Float64, "neu": pl.Float64, "pos": pl.Float64, "compound": pl.Float64,
    "sentence_compound": pl.Float64, "lexicon": pl.String,
}  # fmt: skip
