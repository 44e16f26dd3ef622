"""What is scored: the tasks and fields, the annotation vocabularies, and the columns of the validation tables."""

from __future__ import annotations

import datetime as dt
import math
from typing import TYPE_CHECKING, Any, Literal

import polars as pl

from toolkit.core.schema import require_columns

if TYPE_CHECKING:
    pass

Match = Literal["exact", "overlap"]
MATCH_CHOICES = ("exact", "overlap")
Unit = Literal["sentence", "article"]
UNIT_CHOICES = ("sentence", "article")
Cluster = Literal["article", "sentence"]
CLUSTER_CHOICES = ("article", "sentence")
Stratify = Literal["outlet"]
STRATIFY_CHOICES = ("outlet",)
Level = Literal["nominal", "interval"]
LEVEL_CHOICES = ("nominal", "interval")
Format = Literal["csv", "parquet"]
FORMAT_CHOICES = ("csv", "parquet")

SPAN_TASKS: tuple[str, ...] = ("mentions", "claims", "quotes")
"""Tasks annotated as spans (rows of the table of the same name)."""
TASKS: tuple[str, ...] = ("mentions", "pairs", "claims", "quotes")
"""Every extractor scored: pairs are actor pairs per sentence, derived from the mentions."""
DECISIONS: tuple[str, ...] = ("accept", "correct", "add", "reject")
"""What an annotator can do with an item: the last decision per item wins."""

TEXT_COLUMN = {"mentions": "surface", "claims": "surface", "quotes": "quote"}
FIELDS: dict[str, tuple[str, ...]] = {
    "mentions": ("actor", "type", "place", "place_id"),
    "pairs": (),
    "claims": ("value", "qualifier", "counted", "source"),
    "quotes": ("speaker", "kind"),
}
"""Attributes compared on matched spans, per extractor (see :func:`field_key`). ``place_id`` is scored on the
gold mentions that carry one only (see :func:`summarise_scores`)."""
ALL_FIELDS: tuple[str, ...] = tuple(dict.fromkeys(f for fs in FIELDS.values() for f in fs))

# The documented vocabularies (TABLES.md); the widget offers them, the store does not enforce them.
VOCAB: dict[str, tuple[str, ...]] = {
    "actor_type": ("person", "state", "organization", "armed_group", "group", "location", "other"),
    "qualifier": ("exact", "about", "at_least", "more_than", "nearly", "up_to", "fewer_than"),
    "counted": ("killed", "dead", "injured", "hostages", "prisoners", "arrested", "displaced", "population",
                "aid", "money", "percent", "duration", "ordinal", "other"),
    "kind": ("direct", "partial", "term"),
}  # fmt: skip

_META = {"annotator": pl.String, "item_id": pl.String, "decision": pl.String}
_PAIRS_SCHEMA = {
    "annotator": pl.String, "article_id": pl.String, "sentence_id": pl.Int32,
    "actor_a": pl.String, "actor_b": pl.String,
}  # fmt: skip
_UNITS_SCHEMA = {"annotator": pl.String, "article_id": pl.String, "sentence_id": pl.Int32}
SAMPLE_SCHEMA = {"rank": pl.Int32, "article_id": pl.String, "sentence_id": pl.Int32, "outlet": pl.String}
MATCHES_SCHEMA: dict[str, Any] = {
    "annotator": pl.String, "extractor": pl.String, "article_id": pl.String, "sentence_id": pl.Int32,
    "status": pl.String, "pred_start": pl.Int64, "pred_end": pl.Int64, "pred_text": pl.String,
    "gold_start": pl.Int64, "gold_end": pl.Int64, "gold_text": pl.String, "gold_item_id": pl.String,
    "pred_attrs": pl.String, "gold_attrs": pl.String,
    **{f"same_{f}": pl.Boolean for f in ALL_FIELDS},
}  # fmt: skip
SCORES_SCHEMA: dict[str, Any] = {
    "annotator": pl.String, "extractor": pl.String, "field": pl.String, "match": pl.String,
    "n_units": pl.Int64, "n_gold": pl.Int64, "n_pred": pl.Int64, "n_tp": pl.Int64,
    "precision": pl.Float64, "precision_low": pl.Float64, "precision_high": pl.Float64,
    "recall": pl.Float64, "recall_low": pl.Float64, "recall_high": pl.Float64,
    "f1": pl.Float64, "f1_low": pl.Float64, "f1_high": pl.Float64,
    "accuracy": pl.Float64,
}  # fmt: skip
AGREEMENT_SCHEMA: dict[str, Any] = {
    "extractor": pl.String, "field": pl.String, "match": pl.String, "annotators": pl.String,
    "n_units": pl.Int64, "n_values": pl.Int64, "observed_agreement": pl.Float64, "alpha": pl.Float64,
}  # fmt: skip


def item_id(task: str, article_id: str, char_start: int, char_end: int) -> str:
    """The id of an annotated span: one gold item per task and span.

    >>> item_id("claims", "a1", 11, 13)
    'claims:a1:11-13'
    """
    return f"{task}:{article_id}:{int(char_start)}-{int(char_end)}"


def _now() -> str:
    return dt.datetime.now(dt.timezone.utc).isoformat(timespec="seconds")


def _json_value(v: Any) -> Any:
    if isinstance(v, float) and not math.isfinite(v):
        return None
    if isinstance(v, (dt.date, dt.datetime)):
        return v.isoformat()
    return v


def find_sentence_pairs(mentions: pl.DataFrame, *, include_places: bool = False) -> pl.DataFrame:
    """Actor pairs per sentence from mentions: ``annotator`` (if any), ``article_id``, ``sentence_id``,
    ``actor_a`` < ``actor_b``. Place mentions are left out unless ``include_places=True``.

    >>> m = pl.DataFrame({"article_id": ["a"] * 3, "sentence_id": [0] * 3, "actor_id": ["USA", "ISR", "USA"],
    ...                   "is_place": [False] * 3})
    >>> find_sentence_pairs(m).select("actor_a", "actor_b").rows()
    [('ISR', 'USA')]
    """
    require_columns(mentions, ["article_id", "sentence_id", "actor_id"], what="find_sentence_pairs")
    m = mentions if "annotator" in mentions.columns else mentions.with_columns(pl.lit(None, dtype=pl.String).alias("annotator"))
    if not include_places and "is_place" in m.columns:
        m = m.filter(~pl.col("is_place").fill_null(False))
    m = m.filter(pl.col("actor_id").is_not_null()).select(
        pl.col("annotator").cast(pl.String), pl.col("article_id").cast(pl.String),
        pl.col("sentence_id").cast(pl.Int32), pl.col("actor_id").cast(pl.String),
    ).unique()  # fmt: skip
    keys = ["annotator", "article_id", "sentence_id"]
    pairs = (
        m.join(m, on=keys, suffix="_b", nulls_equal=True)
        .filter(pl.col("actor_id") < pl.col("actor_id_b"))
        .select(*keys, pl.col("actor_id").alias("actor_a"), pl.col("actor_id_b").alias("actor_b"))
        .sort(keys + ["actor_a", "actor_b"], nulls_last=True)
    )
    return pairs.select(pl.col(c).cast(d) for c, d in _PAIRS_SCHEMA.items())
