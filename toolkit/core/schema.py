"""The table contract: every table's columns, dtypes and meaning, in one place.

Tables in: none. Tables out: none. Every other module builds its frames through
:func:`empty` and :func:`conform`, so the names and dtypes here are the ones users get
in Python, in Parquet/CSV files written by ``python -m toolkit analyze`` and in the notebooks.

Offsets are 0-based, end-exclusive Python string indices into ``articles.text``;
``articles.text[char_start:char_end]`` equals ``surface`` (or ``quote`` / ``text``) on every row.
``sentence_id`` and ``paragraph_id`` count from 0 within each article.

>>> empty("sentences").columns[:4]
['article_id', 'paragraph_id', 'sentence_id', 'char_start']
>>> sorted(TABLES)[:3]
['actor_sentiment', 'articles', 'claim_ledger']
"""

from __future__ import annotations

from collections.abc import Mapping
from typing import TypeVar

import polars as pl

Str = pl.String
I32 = pl.Int32
I64 = pl.Int64
F64 = pl.Float64
Bool = pl.Boolean

# table -> column -> (dtype, description)
_SPEC: dict[str, dict[str, tuple[pl.DataType | type[pl.DataType], str]]] = {
    "load_report": {
        "path": (Str, "input file; for a failed row of a tabular file, `file#row N` or `file#line N`"),
        "status": (Str, "`loaded`, `skipped` (bad input skipped with --on-error skip) or `failed` (a bad row)"),
        "reason": (Str, "why the file or row was skipped or failed; null when loaded"),
        "n_articles": (I64, "articles loaded from this file"),
        "encoding": (Str, "text encoding used to decode the file (null for parquet or unreadable files)"),
        "format": (Str, "input format: txt, md, html, csv, tsv, jsonl, json, parquet"),
    },
    "articles": {
        "article_id": (Str, "stable id: a hash of the article's text and metadata, the same on every run"),
        "source": (Str, "file path, plus `#row N` for a row of a tabular file"),
        "title": (Str, "headline, when the input has one"),
        "outlet": (Str, "publisher or agency"),
        "published": (pl.Date, "publication date"),
        "url": (Str, "address of the article"),
        "byline": (Str, "author(s)"),
        "section": (Str, "section or desk as a news archive's export gives it (`NEWS; Pg. 3`), null otherwise"),
        "length": (I64, "length in words as a news archive's export states it (`LENGTH: 355 words`), null otherwise"),
        "doc_id": (Str, "the archive's own document id (Factiva accession number, Media Cloud stories_id), null otherwise"),
        "language": (Str, "ISO 639-1 language code (default `en`)"),
        "dateline": (Str, "wire dateline removed from the start of the body, e.g. `GAZA CITY (AFP) -`"),
        "signoff": (Str, "agency desk sign-off removed from the end, e.g. `burs-jxb/ami`"),
        "text": (Str, "body text that every offset points into; never modified after loading"),
        "story_id": (Str, "syndicated story (toolkit.io.stories): the article_id of the earliest-published copy, the same for every copy of one story (MinHash/LSH over word shingles, verified on the exact shingle sets); the article's own id when it has no copy"),
        "story_size": (I64, "articles in the corpus that are copies of this story (1: no copy found)"),
    },
    "sentences": {
        "article_id": (Str, "article"),
        "paragraph_id": (I32, "paragraph (one line of wire copy, or one blank-line block) within the article"),
        "sentence_id": (I32, "sentence within the article, from 0"),
        "char_start": (I64, "start offset into articles.text"),
        "char_end": (I64, "end offset (exclusive)"),
        "text": (Str, "the sentence: articles.text[char_start:char_end]"),
        "is_heading": (Bool, "a subheading: a short line without final punctuation"),
    },
    "tokens": {
        "article_id": (Str, "article"),
        "sentence_id": (I32, "sentence"),
        "token_id": (I32, "token within the sentence, from 0"),
        "char_start": (I64, "start offset into articles.text"),
        "char_end": (I64, "end offset (exclusive)"),
        "token": (Str, "the token as written: articles.text[char_start:char_end]"),
        "norm": (Str, "lower-cased token with curly apostrophes and quotes made straight"),
        "is_punct": (Bool, "token has no letter or digit"),
    },
    "mentions": {
        "article_id": (Str, "article"),
        "sentence_id": (I32, "sentence"),
        "paragraph_id": (I32, "paragraph"),
        "char_start": (I64, "start offset into articles.text"),
        "char_end": (I64, "end offset (exclusive)"),
        "surface": (Str, "the words matched"),
        "actor_id": (Str, "canonical actor id from the dictionary, or `new:<slug>` for a discovered actor"),
        "actor_label": (Str, "canonical label"),
        "actor_type": (Str, "person, state, organization, armed_group, group, location, other"),
        "is_place": (Bool, "the name is used as a place (`in Gaza`), not as an actor"),
        "rule": (Str, "how the mention was found: alias, demonym, capital, surname, title, org_form, ...; general news (toolkit.extract.actors.general_news): alias_context, alias_unresolved, company, club, short_form, acronym, name_form, name_other, acronym_other (type other: a name nothing typed)"),
        "affiliation": (Str, "actor id this actor belongs to (Netanyahu -> ISR)"),
        "role": (Str, "role within the affiliation (government, military, ...), or the role noun's role (`Israeli forces` -> military)"),
        "title": (Str, "title words attached to a person mention (`UN rights chief`), part of `surface`; null otherwise"),
        "dictionary": (Str, "dictionary name and version that produced the match"),
        "place_id": (I64, "the place a place mention names (`places.place_id`: the GeoNames id where known); null when not a place or not in the gazetteer"),
        "tone_score": (F64, "tone towards the mention by the targeted tone model (toolkit.measure.tone): p_positive - p_negative, in -1..1, from its sentence alone; null when not scored (no actor_id, or the mention is not inside a sentence); actor_sentiment's `model` rows average it; null throughout when the run skipped the model (`analyze(..., tone_model=False)`, `--no-tone-model`)"),
    },
    "cooc_pairs": {
        "article_id": (Str, "article"),
        "window": (Str, "sentence, paragraph or article"),
        "unit_id": (I32, "sentence_id, paragraph_id or 0 (article) of the window"),
        "actor_a": (Str, "actor id (actor_a < actor_b)"),
        "actor_b": (Str, "actor id"),
        "sentence_ids": (pl.List(pl.Int32), "sentences in the window where either actor is mentioned"),
    },
    "cooc_edges": {
        "actor_a": (Str, "actor id (actor_a < actor_b)"),
        "actor_b": (Str, "actor id"),
        "window": (Str, "sentence, paragraph or article"),
        "n_units": (I64, "windows where both actors appear"),
        "n_articles": (I64, "articles where both appear in one window"),
        "n_a": (I64, "windows with actor_a"),
        "n_b": (I64, "windows with actor_b"),
        "n_total": (I64, "all windows (of this kind) in the corpus"),
        "pmi": (F64, "pointwise mutual information, log2"),
        "npmi": (F64, "normalised PMI in [-1, 1]"),
        "dice": (F64, "Dice coefficient 2*n_ab/(n_a+n_b)"),
        "llr": (F64, "log-likelihood ratio G² (Dunning 1993)"),
        "count_unit": (Str, "how copies of a syndicated story were counted: `articles` (every copy, the default) or `stories` (each story once, from its first copy: analyze --count stories)"),
    },
    "sentiment": {
        "article_id": (Str, "article"),
        "sentence_id": (I32, "sentence"),
        "paragraph_id": (I32, "paragraph (from the sentences table; null when it had none)"),
        "char_start": (I64, "start offset of the sentence into articles.text (null when the input had none)"),
        "char_end": (I64, "end offset (exclusive)"),
        "neg": (F64, "VADER negative proportion"),
        "neu": (F64, "VADER neutral proportion"),
        "pos": (F64, "VADER positive proportion"),
        "compound": (F64, "VADER compound score in [-1, 1]"),
        "voice": (Str, "narrator (no quoted words), quoted (only quoted words) or mixed"),
        "narrator_compound": (F64, "VADER compound of the words outside quotation marks (null if none)"),
        "quoted_compound": (F64, "VADER compound of the quoted spans, joined (null if none)"),
        "lexicon": (Str, "lexicon that produced the scores: VADER's file and any domain lexicon added"),
    },
    "actor_sentiment": {
        "actor_id": (Str, "actor"),
        "actor_label": (Str, "label"),
        "measure": (Str, "`vader`: each sentence's VADER compound (the whole sentence's tone); `model`: the targeted tone model's tone score towards the actor (mentions.tone_score: p_positive - p_negative, mean over the actor's mentions in the sentence; toolkit.measure.tone). Every run has both, unless it skipped the model (`tone_model=False`, `--no-tone-model`: vader rows only)"),
        "voice": (Str, "voice of the sentences: narrator, quoted, mixed, or all of them"),
        "n_sentences": (I64, "sentences (of that voice) mentioning the actor, each counted once"),
        "mean_compound": (F64, "mean score of those sentences, in -1..1, by `measure`: VADER compound or the model's tone_score"),
        "ci_low": (F64, "percentile bootstrap interval (95% by default), lower bound"),
        "ci_high": (F64, "percentile bootstrap interval, upper bound"),
        "ci_method": (Str, "`bootstrap` (percentile, seeded), or `normal`: its large-sample limit, used above 1,000 sentences"),
        "count_unit": (Str, "how copies of a syndicated story were counted: `articles` (every copy, the default) or `stories` (each story once, from its first copy: analyze --count stories)"),
    },
    "claims": {
        "article_id": (Str, "article"),
        "sentence_id": (I32, "sentence"),
        "char_start": (I64, "start offset of the number phrase"),
        "char_end": (I64, "end offset (exclusive)"),
        "surface": (Str, "the number phrase as written"),
        "value": (F64, "the number (null when vague; for a score, the first number as written: votes for, the named side's)"),
        "value_low": (F64, "lower bound (ranges, vague amounts; for a score, the smaller number)"),
        "value_high": (F64, "upper bound (for a score, the larger number)"),
        "qualifier": (Str, "exact, about, at_least, more_than, nearly, up_to, fewer_than"),
        "counted": (Str, "killed, dead, injured, hostages, prisoners, arrested, displaced, population, aid, money, percent, duration, ordinal, score (votes and results: 'voted 5-2', one claim), other"),
        "unit": (Str, "from a vocabulary only (data/claims_units.yaml): people, an ISO 4217 currency code (USD), percent, days, m, km2, kg, l, mph, °C, MW, kWh, bp, homes, households, votes, jobs, trucks, ...; null when none"),
        "what": (Str, "the noun phrase counted"),
        "vague": (Bool, "a vague amount (`hundreds of`)"),
        "source_actor_id": (Str, "actor credited with the number"),
        "source_label": (Str, "label of that actor"),
        "source_surface": (Str, "words naming the source"),
        "source_char_start": (I64, "start offset of source_surface in articles.text: the evidence of source_rule (for `carried` and a resolved `pronoun`, in an earlier sentence)"),
        "source_char_end": (I64, "end offset of source_surface (exclusive)"),
        "source_rule": (Str, "how the source was found (toolkit.extract.attribution.SOURCE_RULES): quote (the speaker of the quote holding the number), clause (a source cue in the sentence), pronoun (a pronoun source; resolved to an agreeing source of an earlier sentence of the paragraph when no actor was found), carried (no source in the sentence: an earlier sentence's of the same paragraph); null: no source"),
        "place": (Str, "actor id of the place the claim is about (nearest place mention in the clause), or null"),
        "place_surface": (Str, "words naming that place (from a mention, or `in X` in the text when no mention)"),
        "counted_rule": (Str, "how `counted` was decided: form:<money|percent|...>, what:N / after:N / before:N (rule N of the category file), inherited, default"),
        "dictionary": (Str, "category rules and number-word files (name and version) that produced the row"),
        "span_start": (I64, "start offset of the claim's whole phrase: its hedge before the number when there is one (`nearly` 15,000), else char_start; span_start <= char_start"),
        "span_end": (I64, "end offset (exclusive) of the claim's whole phrase: after its unit of measure or time unit (about 275 `kg`, 45 `minutes`) or a hedge right after the number (12 `or more`), else char_end; a counted noun (15,000 `people`) is not part of it"),
    },
    "claim_ledger": {
        "counted": (Str, "category"),
        "place": (Str, "place the claim is about (actor id of a location/state), or null"),
        "source_actor_id": (Str, "source"),
        "source_label": (Str, "source label"),
        "published": (pl.Date, "publication date of the article"),
        "article_id": (Str, "article"),
        "sentence_id": (I32, "sentence"),
        "value": (F64, "value"),
        "value_low": (F64, "lower bound"),
        "value_high": (F64, "upper bound"),
        "qualifier": (Str, "qualifier"),
        "surface": (Str, "words"),
        "vague": (Bool, "a vague amount (value null; the comparisons use value_low)"),
        "unit": (Str, "unit"),
        "what": (Str, "noun phrase counted"),
        "source_surface": (Str, "words naming the source"),
        "char_start": (I64, "start offset of the claim in articles.text"),
        "char_end": (I64, "end offset (exclusive)"),
        "series": (Str, "`counted|place|source` key the claim is lined up in (`?` for unknown place or source); money adds `|currency` (ISO 4217), so currencies never mix"),
        "n_in_series": (I64, "claims in the series"),
        "previous_value": (F64, "value (or lower bound) of the previous claim in the series"),
        "change": (F64, "value minus previous_value: how the figure moved"),
        "days_since_previous": (I64, "days between the previous claim's publication and this one"),
        "n_sources_same_day": (I64, "distinct sources giving this category for this place on this date"),
        "low_same_day": (F64, "lowest figure among them"),
        "high_same_day": (F64, "highest figure among them"),
        "sources_disagree": (Bool, "two or more sources gave different figures for this category and place on this date"),
        "count_unit": (Str, "how copies of a syndicated story were counted: `articles` (every copy, the default) or `stories` (each story once, from its first copy: analyze --count stories)"),
    },
    "quotes": {
        "article_id": (Str, "article"),
        "sentence_id": (I32, "sentence where the quote starts"),
        "char_start": (I64, "start of the text inside the marks"),
        "char_end": (I64, "end (exclusive): articles.text[char_start:char_end] == quote"),
        "quote": (Str, "text inside the marks"),
        "kind": (Str, "direct, partial or term"),
        "cue": (Str, "reporting verb (lemma, e.g. `say`, `tell`, `according to`) credited with the quote"),
        "speaker_surface": (Str, "words naming the speaker (for a pronoun, the words it refers back to)"),
        "speaker_actor_id": (Str, "actor id of the speaker (from mentions)"),
        "speaker_label": (Str, "speaker label (actor label from mentions)"),
        "paragraph_id": (I32, "paragraph where the quote starts"),
        "n_words": (I64, "words inside the marks"),
        "cue_surface": (Str, "the reporting verb as written (`told`, `According to`)"),
        "speaker_char_start": (I64, "start offset of speaker_surface in articles.text"),
        "speaker_char_end": (I64, "end offset (exclusive) of speaker_surface"),
        "speaker_name": (Str, "speaker for counting: actor label, else the fullest form of the name in the article (Blinken -> Antony Blinken)"),
        "attribution": (Str, "how the speaker was found (toolkit.extract.attribution.QUOTE_ATTRIBUTION): after, before, clause, according_to, colon, pronoun, previous_quote, previous_clause, continued_quote, heading, byline, document (a text speaks for its issuer named in an earlier sentence), description (a definite back-reference such as 'the official' takes an earlier speaker described with the same noun), turn (an answer in an interview transcript: the person its speaker tag names, toolkit.extract.transcripts); the evidence is at speaker_char_start/speaker_char_end"),
        "continued": (Bool, "a multi-paragraph quote that goes on in the next paragraph"),
        "dictionary": (Str, "reporting-verb list and version that produced the cues"),
    },
    "sources": {
        "article_id": (Str, "article (null in the corpus-wide rows)"),
        "speaker_actor_id": (Str, "speaker actor id (null when the speaker is not a known actor)"),
        "speaker_label": (Str, "speaker: actor label, else speaker_name of the quotes (null: unattributed quotes)"),
        "n_quotes": (I64, "direct and partial quotes"),
        "n_words": (I64, "words quoted"),
        "n_direct": (I64, "direct quotes"),
        "n_partial": (I64, "partial quotes"),
        "n_articles": (I64, "articles where the speaker is quoted"),
        "share_words": (F64, "share of the quoted words of the article (corpus rows: of the corpus)"),
        "count_unit": (Str, "how copies of a syndicated story were counted: `articles` (every copy, the default) or `stories` (each story once, from its first copy: analyze --count stories)"),
    },
    "places": {
        "place_id": (I64, "GeoNames id where GeoNames has the place; otherwise a stable negative id (toolkit.extract.places)"),
        "name": (Str, "the place's name in the gazetteer"),
        "country": (Str, "ISO 3166-1 alpha-3 code of the country (null for seas and straits)"),
        "admin1": (Str, "first-level region (state, province, nation of the UK), where known"),
        "lat": (F64, "latitude, WGS84 degrees (a representative point; approximate for countries, regions and rivers)"),
        "lon": (F64, "longitude, WGS84 degrees"),
        "feature": (Str, "continent, country, region, county, city, river, sea (oceans too), strait, canal, camp, crossing, territory, corridor, landmark"),
        "population": (I64, "population (GeoNames), null when unknown"),
        "n_mentions": (I64, "mentions of the place in the corpus"),
        "n_articles": (I64, "articles that mention it"),
    },
}

UNWIRED_TABLES: tuple[str, ...] = ()
"""Tables whose schema is fixed here but that the pipeline does not build yet (none today).
:func:`empty`, :func:`conform`, :func:`validate` and :func:`describe` know them; :data:`TABLES` (what a
run writes) leaves them out until they are wired in."""

TABLES: tuple[str, ...] = tuple(t for t in _SPEC if t not in UNWIRED_TABLES)
"""Every table name a run produces, in pipeline order."""

ROW_TABLES = ("articles", "sentences", "tokens", "mentions", "cooc_pairs", "quotes", "sentiment", "claims")
"""Tables computed article by article (so batch by batch)."""
AGGREGATE_TABLES = ("cooc_edges", "actor_sentiment", "claim_ledger", "sources", "places")
"""Tables computed over the whole corpus from the row tables (merged exactly across batches)."""

SCHEMAS: dict[str, dict[str, pl.DataType]] = {
    t: {c: (d() if isinstance(d, type) else d) for c, (d, _) in cols.items()} for t, cols in _SPEC.items()
}
"""table -> {column: polars dtype}."""

DOCS: dict[str, dict[str, str]] = {t: {c: doc for c, (_, doc) in cols.items()} for t, cols in _SPEC.items()}
"""table -> {column: description}."""


class SchemaError(ValueError):
    """A frame does not have the columns a table needs."""


def _check_table(table: str) -> None:
    if table not in SCHEMAS:
        raise ValueError(f"unknown table {table!r}; valid tables: {', '.join(TABLES)}")


def empty(table: str) -> pl.DataFrame:
    """An empty frame with the full schema of ``table``.

    >>> empty("claims").height
    0
    """
    _check_table(table)
    return pl.DataFrame(schema=SCHEMAS[table])


_Frame = TypeVar("_Frame", pl.DataFrame, pl.LazyFrame)


def conform(df: _Frame, table: str, *, extra: bool = False) -> _Frame:
    """Cast ``df`` to the schema of ``table``: contract columns first, in order.

    Missing contract columns are added as nulls; with ``extra=True`` other columns are kept
    after them, otherwise dropped.

    >>> conform(pl.DataFrame({"article_id": ["a"]}), "sentences").schema["sentence_id"]
    Int32
    """
    _check_table(table)
    schema = SCHEMAS[table]
    names = df.collect_schema().names()  # a frame's or a lazy frame's columns
    exprs = [(pl.col(c).cast(d) if c in names else pl.lit(None, dtype=d).alias(c)) for c, d in schema.items()]
    if extra:
        exprs += [pl.col(c) for c in names if c not in schema]
    return df.select(exprs)


def validate(df: pl.DataFrame, table: str) -> pl.DataFrame:
    """Check ``df`` has every contract column of ``table`` with its dtype; return it unchanged.

    >>> validate(empty("tokens"), "tokens").height
    0
    """
    _check_table(table)
    problems = []
    for c, d in SCHEMAS[table].items():
        if c not in df.columns:
            problems.append(f"missing column {c!r}")
        elif df.schema[c] != d:
            problems.append(f"column {c!r} is {df.schema[c]}, expected {d}")
    if problems:
        raise SchemaError(f"{table}: " + "; ".join(problems))
    return df


def require_columns(df: pl.DataFrame | pl.LazyFrame, columns: Mapping[str, str] | list[str], *, what: str) -> None:
    """Raise a clear error when an input frame (or lazy frame) lacks columns a function needs."""
    names = df.collect_schema().names()  # a frame's or a lazy frame's columns
    missing = [c for c in columns if c not in names]
    if missing:
        raise SchemaError(f"{what} needs column(s) {', '.join(missing)}; the frame has: {', '.join(names) or '(none)'}")


def describe(table: str | None = None) -> pl.DataFrame:
    """One row per column: table, column, dtype, description (the data dictionary, unwired tables too).

    >>> describe("quotes").filter(pl.col("column") == "kind")["description"][0]
    'direct, partial or term'
    """
    if table is not None:
        _check_table(table)
    rows = [
        {"table": t, "column": c, "dtype": str(SCHEMAS[t][c]), "description": DOCS[t][c]}
        for t in (tuple(_SPEC) if table is None else (table,))
        for c in SCHEMAS[t]
    ]
    return pl.DataFrame(rows, schema={"table": Str, "column": Str, "dtype": Str, "description": Str})
