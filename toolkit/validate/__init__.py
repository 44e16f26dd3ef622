"""Validation: measure each extractor on your own articles before you trust its counts.

Tables in: ``articles``, ``sentences`` and the predicted ``mentions``, ``cooc_pairs``, ``claims`` and
``quotes`` (an :class:`toolkit.Analysis` or a mapping of table name to frame), plus a gold set read from
an annotation file. Tables out: a sample of sentences to annotate, the gold tables (same columns as
``mentions``/``claims``/``quotes`` plus ``annotator``), ``matches`` (one row per predicted or gold item:
tp, fp or fn, the row-level table behind every score), ``scores`` (precision, recall and F1 with
bootstrap intervals per extractor and field) and ``agreement`` (Krippendorff's alpha between annotators).

The loop: :func:`sample_units` draws a seeded sample (stratified by outlet if asked);
:class:`AnnotationStore` keeps every decision as one JSON line, appended and flushed to disk at once
(format: ``docs/annotation_format.md``); :func:`toolkit.validate.annotate.annotation_widget` is the notebook
front end; :func:`read_gold` replays the file into tables; :func:`score_extractions`,
:func:`summarise_agreement`, :func:`plot_scores` and :func:`format_model_card` report; and
:func:`evaluate_gold` does all of it from the command line (``python -m toolkit evaluate GOLD --out DIR``).

Methods: spans match exactly or by overlap (greedy one-to-one by largest overlap); the place a mention
resolves to (``place_id``, the GeoNames id) is scored on the gold mentions that carry one, through the same
matching; intervals are percentile bootstrap intervals over articles (cluster bootstrap, Efron & Tibshirani
1993) with a fixed seed; agreement is Krippendorff's alpha (Krippendorff 2011, "Computing Krippendorff's
alpha-reliability") computed from the coincidence matrix.

>>> import polars as pl
>>> gold = gold_from_tables(
...     pl.DataFrame({"article_id": ["a1"], "text": ["Hamas said 12 people were killed."]}),
...     claims=pl.DataFrame({"article_id": ["a1"], "sentence_id": [0], "char_start": [11],
...                          "char_end": [13], "surface": ["12"], "value": [12.0], "counted": ["killed"]}),
...     annotator="ann1")
>>> predicted = {"claims": gold.claims.with_columns(pl.lit("dead").alias("counted"))}
>>> scores = score_extractions(predicted, gold, n_boot=0)
>>> scores.filter(pl.col("extractor") == "claims").select("field", "n_tp", "f1").rows()
[('span', 1, 1.0), ('value', 1, 1.0), ('qualifier', 1, 1.0), ('counted', 0, 0.0), ('source', 1, 1.0)]

Modules: :mod:`~toolkit.validate.tasks` (what is scored, the tables' columns), :mod:`~toolkit.validate.sampling`,
:mod:`~toolkit.validate.store`, :mod:`~toolkit.validate.gold`, :mod:`~toolkit.validate.scoring`,
:mod:`~toolkit.validate.agreement`, :mod:`~toolkit.validate.evaluate` and the notebook front end
:mod:`~toolkit.validate.annotate`.
"""

from __future__ import annotations

from toolkit.validate.agreement import krippendorff_alpha, summarise_agreement
from toolkit.validate.evaluate import evaluate_gold, format_model_card, plot_scores
from toolkit.validate.gold import (
    CorpusMismatchError,
    Gold,
    corpus_id,
    gold_from_tables,
    read_gold,
    write_gold,
)
from toolkit.validate.sampling import sample_units
from toolkit.validate.scoring import (
    align_new_ids,
    field_key,
    match_extractions,
    score_extractions,
    summarise_scores,
)
from toolkit.validate.store import AnnotationStore, store_for
from toolkit.validate.tasks import (
    AGREEMENT_SCHEMA,
    ALL_FIELDS,
    CLUSTER_CHOICES,
    DECISIONS,
    FIELDS,
    FORMAT_CHOICES,
    LEVEL_CHOICES,
    MATCH_CHOICES,
    MATCHES_SCHEMA,
    SAMPLE_SCHEMA,
    SCORES_SCHEMA,
    SPAN_TASKS,
    STRATIFY_CHOICES,
    TASKS,
    TEXT_COLUMN,
    UNIT_CHOICES,
    VOCAB,
    Cluster,
    Format,
    Level,
    Match,
    Stratify,
    Unit,
    find_sentence_pairs,
    item_id,
)

__all__ = ["AGREEMENT_SCHEMA", "ALL_FIELDS", "AnnotationStore", "CLUSTER_CHOICES", "Cluster", "CorpusMismatchError", "DECISIONS", "FIELDS", "FORMAT_CHOICES", "Format", "Gold", "LEVEL_CHOICES", "Level", "MATCHES_SCHEMA", "MATCH_CHOICES", "Match", "SAMPLE_SCHEMA", "SCORES_SCHEMA", "SPAN_TASKS", "STRATIFY_CHOICES", "Stratify", "TASKS", "TEXT_COLUMN", "UNIT_CHOICES", "Unit", "VOCAB", "align_new_ids", "corpus_id", "evaluate_gold", "field_key", "find_sentence_pairs", "format_model_card", "gold_from_tables", "item_id", "krippendorff_alpha", "match_extractions", "plot_scores", "read_gold", "sample_units", "score_extractions", "store_for", "summarise_agreement", "summarise_scores", "write_gold"]  # fmt: skip
