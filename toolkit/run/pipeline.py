"""One call for every table: :func:`analyze` and its result object.

Tables in: files, folders, globs, frames or strings (see :func:`toolkit.read_articles`).
Tables out: every table of :mod:`toolkit.core.schema`, as an :class:`Analysis`.

>>> result = analyze(["Israel rejected the allegation, Hamas said.\\nburs-jxb/ami"])
>>> result.articles.height, result.sentences.height, result.tokens.height
(1, 1, 8)
>>> sorted(result.tables)[:3]
['actor_sentiment', 'articles', 'claim_ledger']
"""

from __future__ import annotations

import json
import time
from collections.abc import Iterable, Mapping
from dataclasses import dataclass, field, fields
from pathlib import Path
from typing import Any, Literal

import polars as pl

from toolkit.core.errors import check_choice
from toolkit.core.schema import AGGREGATE_TABLES, ROW_TABLES, TABLES, describe  # noqa: F401 (the table lists, also here)
from toolkit.extract import actors, claims, places, quotes
from toolkit.io import loading, stories
from toolkit.measure import cooc, sentiment, tone
from toolkit.text import tokenize

Format = Literal["parquet", "csv"]
TONE_MODEL_OFF = "tone model off (actor_sentiment: vader rows only)"
"""What a run's summary says when the tone-model stage was skipped (``tone_model=False``)."""
FORMAT_CHOICES = ("parquet", "csv")


@dataclass
class Analysis:
    """Every table of one run, as polars DataFrames (see :mod:`toolkit.core.schema` for columns).

    One attribute per table; :meth:`write` saves them all.

    >>> from toolkit import analyze_articles, read_articles
    >>> articles, _ = read_articles([{"article_id": "a1", "text": "Hamas said 12 people were killed in Gaza. Israel and Egypt met in Cairo."}])
    >>> result = analyze_articles(articles, progress=False)
    >>> result.mentions.select("surface", "actor_id").rows()[:3]
    [('Hamas', 'HAMAS'), ('Gaza', 'GAZA'), ('Israel', 'ISR')]"""

    load_report: pl.DataFrame
    articles: pl.DataFrame
    sentences: pl.DataFrame
    tokens: pl.DataFrame
    mentions: pl.DataFrame
    cooc_pairs: pl.DataFrame
    cooc_edges: pl.DataFrame
    sentiment: pl.DataFrame
    actor_sentiment: pl.DataFrame
    claims: pl.DataFrame
    claim_ledger: pl.DataFrame
    quotes: pl.DataFrame
    sources: pl.DataFrame
    places: pl.DataFrame
    settings: dict[str, Any] = field(default_factory=dict)

    @property
    def tables(self) -> dict[str, pl.DataFrame]:
        """Table name -> frame, in pipeline order."""
        return {f.name: getattr(self, f.name) for f in fields(self) if f.name in TABLES}

    def summary(self) -> str:
        """A short human summary of the run."""
        rep = self.load_report
        n_skipped = rep.filter(pl.col("status") != "loaded").height
        parts = [
            f"{self.articles.height} article(s) from {rep.filter(pl.col('status') == 'loaded').height} input(s)"
            + (f", {n_skipped} skipped or failed (see load_report)" if n_skipped else ""),
            f"{self.sentences.height} sentences, {self.tokens.height} tokens",
            f"{self.mentions.height} actor mentions, {self.cooc_edges.height} actor pairs",
            f"{self.claims.height} numeric claims, {self.quotes.height} quotes",
        ]
        if self.settings.get("tone_model") is False:
            parts.append(TONE_MODEL_OFF)
        return "; ".join(parts)

    def write(self, out: str | Path, *, format: Format = "parquet") -> list[Path]:
        """Write every table to ``out/<table>.<format>`` plus ``columns.csv`` (the data dictionary).

        List columns are written to CSV as ``;``-joined text. Returns the paths written.
        """
        check_choice("format", format, FORMAT_CHOICES)
        out = Path(out)
        out.mkdir(parents=True, exist_ok=True)
        written = []
        for name, df in self.tables.items():
            path = out / f"{name}.{format}"
            if format == "parquet":
                df.write_parquet(path)
            else:
                flat = df.with_columns(
                    pl.col(c).cast(pl.List(pl.String)).list.join(";") for c, d in df.schema.items() if isinstance(d, pl.List)
                )
                flat.write_csv(path)
            written.append(path)
        describe().write_csv(out / "columns.csv")
        (out / "run.json").write_text(json.dumps(self.settings, indent=2, default=str), encoding="utf-8")
        written += [out / "columns.csv", out / "run.json"]
        return written

    def __repr__(self) -> str:
        return f"Analysis({self.summary()})"


def analyze(
    inputs: str | Path | pl.DataFrame | Iterable[str | Path | Mapping[str, Any]],
    *,
    on_error: loading.OnError = "raise",
    columns: Mapping[str, str] | None = None,
    dictionary: str | Path | None = None,
    lexicon: str | Path | None = None,
    progress: bool | None = None,
    stories: stories.Stories = "mark",
    count: stories.Count = "articles",
    tone_model: bool = True,
) -> Analysis:
    """Load ``inputs`` and compute every table.

    ``on_error``: ``"raise"`` stops at the first bad file, ``"skip"`` lists it in ``load_report``.
    ``columns`` maps article fields to your column names (tabular inputs). ``dictionary``: your
    actor dictionary file (added to the packaged one). ``lexicon``: your sentiment lexicon
    additions. ``progress``: show progress bars (default: when attached to a terminal or notebook).
    ``stories``: syndicated copies (``articles.story_id``, :mod:`toolkit.io.stories`) are ``"mark"``-ed only
    (default), reduced to the ``"first"`` (earliest) copy of each story, or ``"drop"``-ped: every story
    with a copy removed, original included (:func:`toolkit.io.stories.select_stories`). ``count``:
    ``"stories"`` counts each story once in the aggregates (co-occurrence edges, actor sentiment, claim
    ledger, sources: from the first copy's rows only); ``"articles"`` (default) counts every copy.
    ``tone_model``: score each mention with the targeted tone model (:mod:`toolkit.measure.tone`; default). With
    ``False`` the stage is skipped: ``mentions.tone_score`` is empty (null) and ``actor_sentiment`` holds only
    the ``vader`` rows (the summary says so).

    >>> from toolkit import analyze
    >>> result = analyze(["Hamas said 12 people were killed in Gaza.", "Israel and Egypt met in Cairo."], progress=False)
    >>> result.articles.height, result.claims.select("value", "counted").rows()
    (2, [(12.0, 'killed')])
    """
    loaded = loading.read_articles(inputs, on_error=on_error, columns=columns, progress=progress)
    return analyze_articles(
        loaded.articles, load_report=loaded.load_report, dictionary=dictionary, lexicon=lexicon, progress=progress,
        stories=stories, count=count, tone_model=tone_model,
    )  # fmt: skip


def compute_row_tables(
    articles: pl.DataFrame,
    *,
    dictionary: str | Path | None = None,
    lexicon: str | Path | None = None,
    progress: bool | None = None,
    timings: dict[str, float] | None = None,
    tone_model: bool = True,
    given: Mapping[str, pl.DataFrame] | None = None,
) -> dict[str, pl.DataFrame]:
    """The per-article tables of ``articles``: sentences, tokens, mentions, pairs, quotes, sentiment, claims.

    Each mention's ``tone_score`` (the targeted tone model, :func:`toolkit.measure.tone.score_mentions`) is
    computed here, where its sentence's text is at hand: a batch's tables carry it, so the corpus-wide
    ``actor_sentiment`` builds its ``model`` rows from one float column, never from the sentences' text.
    ``tone_model=False`` skips that stage: ``tone_score`` is null in every row (no ``model`` rows follow).

    ``timings``: a dict that receives the seconds spent in each stage (added to what it holds), for
    profiling long runs (``run.json`` of :func:`toolkit.run.engine.analyze_to_dir` carries the totals).
    Safe to call from several threads at once (the stages' memos live in :mod:`toolkit.core.cache`).

    ``given``: the ``sentences`` and ``tokens`` rows of some of the articles, computed earlier by this toolkit's code
    (a re-analysis after only the actor dictionary, the lexicon or the tone model changed: those stages do not read
    them); only the other articles are split, and the tables are those a fresh call gives.

    >>> arts = pl.DataFrame({"article_id": ["a", "b"], "text": ["Hamas met Israel.", "Kyiv was hit."]})
    >>> fresh = compute_row_tables(arts)
    >>> kept = {t: fresh[t].filter(pl.col("article_id") == "b") for t in ("sentences", "tokens")}
    >>> again = compute_row_tables(arts, given=kept)
    >>> all(again[t].equals(fresh[t]) for t in fresh)
    True
    """
    clock = _StageClock(timings)
    if given and given.get("sentences") is not None and given.get("tokens") is not None:
        sents, toks = clock("sentences_given", _with_given, articles, given, progress)
    else:
        sents = clock("sentences", tokenize.split_sentences, articles, progress=progress)
        toks = clock("tokens", tokenize.split_tokens, sents)
    ments = clock("mentions", actors.find_mentions, sents, dictionary=dictionary)
    ments = clock("places", _place_mentions, ments, articles, sents)
    ments = clock("tone", tone.score_mentions, ments, sents) if tone_model else _no_tone(ments)
    pairs = clock("cooc_pairs", cooc.find_cooccurrences, ments, sents)
    quots = clock("quotes", quotes.extract_quotes, sents, articles, mentions=ments)
    senti = clock("sentiment", sentiment.score_sentiment, sents, quotes=quots, lexicon=None if lexicon is None else str(lexicon))
    clms = clock("claims", claims.extract_claims, sents, mentions=ments, quotes=quots)
    return {
        "articles": articles, "sentences": sents, "tokens": toks, "mentions": ments, "cooc_pairs": pairs,
        "quotes": quots, "sentiment": senti, "claims": clms,
    }  # fmt: skip


def _with_given(
    articles: pl.DataFrame, given: Mapping[str, pl.DataFrame], progress: bool | None
) -> tuple[pl.DataFrame, pl.DataFrame]:
    """Sentences and tokens of ``articles``: the ``given`` rows of the articles they hold, the others split here;
    in the order of a fresh split (article by article in input order, each article's rows as given)."""
    have = given["sentences"]["article_id"].unique().implode()
    todo = articles.filter(~pl.col("article_id").is_in(have))
    sents, toks = given["sentences"], given["tokens"]
    if todo.height:
        new_sents = tokenize.split_sentences(todo, progress=progress)
        sents = pl.concat([sents, new_sents], how="vertical")
        toks = pl.concat([toks, tokenize.split_tokens(new_sents)], how="vertical")
    order = articles.select("article_id").with_row_index("_pos")

    def ordered(df: pl.DataFrame) -> pl.DataFrame:
        joined = df.join(order, on="article_id", how="left", maintain_order="left")
        return joined.sort("_pos", maintain_order=True).drop("_pos")

    return ordered(sents), ordered(toks)


def _no_tone(mentions: pl.DataFrame) -> pl.DataFrame:
    """``mentions`` with a null ``tone_score`` (the tone model skipped), in the column's usual place."""
    return mentions.with_columns(pl.lit(None, dtype=pl.Float64).alias("tone_score"))


def _place_mentions(mentions: pl.DataFrame, articles: pl.DataFrame, sentences: pl.DataFrame) -> pl.DataFrame:
    """``mentions`` with ``place_id`` (and the gazetteer's places the actor finder missed)."""
    return places.resolve_places(mentions, articles, sentences)[0]


class _StageClock:
    """Call a stage and add its wall seconds to ``timings[name]`` (when a dict is given)."""

    def __init__(self, timings: dict[str, float] | None) -> None:
        self.timings = timings

    def __call__(self, name: str, fn: Any, *args: Any, **kwargs: Any) -> Any:
        if self.timings is None:
            return fn(*args, **kwargs)
        t0 = time.perf_counter()
        result = fn(*args, **kwargs)
        self.timings[name] = self.timings.get(name, 0.0) + time.perf_counter() - t0
        return result


def compute_aggregates(
    *,
    articles: pl.DataFrame,
    sentences: pl.DataFrame,
    mentions: pl.DataFrame,
    cooc_pairs: pl.DataFrame,
    sentiment: pl.DataFrame,
    claims: pl.DataFrame,
    quotes: pl.DataFrame,
    count: stories.Count = "articles",
) -> dict[str, pl.DataFrame]:
    """Corpus-wide tables from the row tables. ``articles`` and ``sentences`` may lack ``text``.

    ``count="stories"``: each syndicated story counted once (the rows of its first copy, the article
    whose id is its ``story_id``; articles without ``story_id`` count as their own story).
    """
    stories.check_count(count)
    all_mentions = mentions
    if count == "stories":
        keep = stories.first_copies(articles)
        sentences, mentions, cooc_pairs, sentiment, claims, quotes = (
            df.join(keep, on="article_id", how="semi") for df in (sentences, mentions, cooc_pairs, sentiment, claims, quotes)
        )
    counted = {
        "cooc_edges": cooc.score_cooccurrence(cooc_pairs, mentions, sentences),
        "actor_sentiment": sentiment_mod.summarise_actor_sentiment(sentiment, mentions),
        "claim_ledger": claims_mod.summarise_claim_ledger(claims, articles, mentions=mentions),
        "sources": quotes_mod.summarise_sources(quotes),
    }
    return {
        **{name: stories.add_count_unit(df, count=count) for name, df in counted.items()},
        "places": places.count_places(all_mentions),
    }


sentiment_mod, claims_mod, quotes_mod, stories_mod = sentiment, claims, quotes, stories


def analyze_articles(
    articles: pl.DataFrame,
    *,
    load_report: pl.DataFrame | None = None,
    dictionary: str | Path | None = None,
    lexicon: str | Path | None = None,
    progress: bool | None = None,
    stories: stories.Stories = "mark",
    count: stories.Count = "articles",
    tone_model: bool = True,
) -> Analysis:
    """Compute every table from an ``articles`` table (the steps after loading).

    ``stories``, ``count`` and ``tone_model`` as :func:`analyze`; the stories are found here (:func:`toolkit.io.stories.find_stories`).

    >>> from toolkit import analyze_articles, read_articles
    >>> articles, _ = read_articles([{"article_id": "a1", "text": "Hamas said 12 people were killed in Gaza. Israel and Egypt met in Cairo."}])
    >>> analyze_articles(articles, progress=False).cooc_edges.filter(window="sentence").select("actor_a", "actor_b").rows()
    [('EGY', 'ISR')]
    """
    from toolkit.core.schema import empty

    stories_mod.check_count(count)
    articles = stories_mod.select_stories(stories_mod.find_stories(articles), stories=stories)
    rows = compute_row_tables(articles, dictionary=dictionary, lexicon=lexicon, progress=progress, tone_model=tone_model)
    aggs = compute_aggregates(
        **{k: rows[k] for k in ("articles", "sentences", "mentions", "cooc_pairs", "sentiment", "claims", "quotes")},
        count=count,
    )
    settings = {
        "dictionary": str(dictionary) if dictionary else "packaged", "lexicon": str(lexicon) if lexicon else "vader (NLTK)",
        "stories": stories, "count": count, "tone_model": tone_model,
    }  # fmt: skip
    return Analysis(
        load_report=load_report if load_report is not None else empty("load_report"), settings=settings, **rows, **aggs
    )
