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
"""

from __future__ import annotations

import datetime as dt
import hashlib
import json
import math
import os
import warnings
from collections.abc import Hashable, Iterable, Mapping, Sequence
from dataclasses import dataclass, field
from pathlib import Path
from typing import TYPE_CHECKING, Any, Literal

import krippendorff
import numpy as np
import polars as pl

from toolkit.core.errors import check_choice
from toolkit.core.schema import SCHEMAS, conform, empty, require_columns

if TYPE_CHECKING:
    import altair as alt

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


# --------------------------------------------------------------------------- sampling


def sample_units(
    sentences: pl.DataFrame,
    *,
    n: int,
    unit: Unit = "sentence",
    seed: int = 0,
    stratify: Stratify | None = None,
    articles: pl.DataFrame | None = None,
    headings: bool = False,
) -> pl.DataFrame:
    """A reproducible random sample of sentences (or of whole articles) to annotate.

    ``n`` sentences (``unit="sentence"``) or ``n`` articles, all of whose sentences are returned
    (``unit="article"``). The same ``seed`` on the same corpus gives the same sample whatever the
    row order. ``stratify="outlet"`` allocates ``n`` to outlets in proportion to their size (largest
    remainder; needs ``articles``). Headings are left out unless ``headings=True``. Columns:
    ``rank`` (the order to annotate in), ``article_id``, ``sentence_id``, ``outlet``.

    >>> s = pl.DataFrame({"article_id": ["a", "a", "b"], "sentence_id": [0, 1, 0], "is_heading": [False] * 3})
    >>> sample_units(s, n=2, seed=1).equals(sample_units(s.reverse(), n=2, seed=1))
    True
    >>> sample_units(s, n=1, unit="article", seed=3)["article_id"].unique().len()
    1
    """
    check_choice("unit", unit, UNIT_CHOICES)
    if stratify is not None:
        check_choice("stratify", stratify, STRATIFY_CHOICES)
    require_columns(sentences, ["article_id", "sentence_id"], what="sample_units")
    if n < 0:
        raise ValueError(f"invalid n={n}; the sample size must be 0 or more")
    pool = sentences
    if not headings and "is_heading" in pool.columns:
        pool = pool.filter(~pl.col("is_heading").fill_null(False))
    pool = pool.select(pl.col("article_id").cast(pl.String), pl.col("sentence_id").cast(pl.Int32))
    if articles is not None:
        require_columns(articles, ["article_id", "outlet"], what="sample_units(articles=...)")
        pool = pool.join(articles.select("article_id", pl.col("outlet").cast(pl.String)), on="article_id", how="left")
    elif stratify is not None:
        raise ValueError("stratify='outlet' needs articles=: the articles table holds the outlets")
    else:
        pool = pool.with_columns(pl.lit(None, dtype=pl.String).alias("outlet"))
    pool = pool.unique(["article_id", "sentence_id"]).sort("article_id", "sentence_id")
    draw = pool if unit == "sentence" else pool.group_by("article_id").agg(pl.col("outlet").first()).sort("article_id")
    rng = np.random.default_rng(seed)
    if stratify is None:
        chosen = draw[rng.permutation(draw.height)[: min(n, draw.height)].tolist()] if draw.height else draw
    else:
        strata = draw.with_columns(pl.col("outlet").fill_null("(unknown)").alias("_stratum"))
        sizes = strata.group_by("_stratum").len().sort("_stratum")
        quota = _largest_remainder(sizes["len"].to_list(), min(n, draw.height))
        parts = []
        for name, k in zip(sizes["_stratum"].to_list(), quota, strict=True):
            part = strata.filter(pl.col("_stratum") == name)
            parts.append(part[rng.permutation(part.height)[:k].tolist()].drop("_stratum"))
        chosen = pl.concat(parts) if parts else draw
        chosen = chosen[rng.permutation(chosen.height).tolist()] if chosen.height else chosen
    chosen = chosen.with_row_index("rank")
    if unit == "article":
        chosen = pool.join(chosen.select("rank", "article_id"), on="article_id").sort("rank", "sentence_id")
        chosen = chosen.with_columns(pl.int_range(pl.len()).alias("rank"))
    return chosen.select(pl.col(c).cast(d) for c, d in SAMPLE_SCHEMA.items())


def _largest_remainder(sizes: Sequence[int], n: int) -> list[int]:
    total = sum(sizes)
    if total == 0:
        return [0] * len(sizes)
    exact = [n * s / total for s in sizes]
    quota = [min(s, math.floor(e)) for s, e in zip(sizes, exact, strict=True)]
    order = sorted(range(len(sizes)), key=lambda i: (-(exact[i] - math.floor(exact[i])), i))
    left = n - sum(quota)
    while left > 0:
        moved = False
        for i in order:
            if left and quota[i] < sizes[i]:
                quota[i] += 1
                left -= 1
                moved = True
        if not moved:
            break
    return quota


# --------------------------------------------------------------------------- annotation store


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


class AnnotationStore:
    """An append-only JSON-lines file of annotation records (``docs/annotation_format.md``).

    Every call that records something writes one line per record, flushes and ``fsync``s before it
    returns, so a kernel restart loses nothing; a second session (or a second annotator) reading the
    same file sees every decision made so far. Appends of one line are atomic on local file systems,
    so two sessions may append to the same file.

    >>> import tempfile
    >>> store = AnnotationStore(Path(tempfile.mkdtemp()) / "gold.jsonl")
    >>> arts = pl.DataFrame({"article_id": ["a1"], "text": ["Hamas said 12 people were killed."]})
    >>> store.add_articles(arts)
    1
    >>> rec = store.decide(annotator="ann1", task="claims", decision="add",
    ...                    row={"article_id": "a1", "sentence_id": 0, "char_start": 11, "char_end": 13, "surface": "12"})
    >>> store.read().claims.select("annotator", "surface").rows()
    [('ann1', '12')]
    """

    def __init__(self, path: str | Path, *, corpus: pl.DataFrame | str | None = None) -> None:
        """``corpus``: the corpus's ``articles`` (or its :func:`corpus_id`): the store then refuses a file
        holding decisions on another corpus (:class:`CorpusMismatchError`), and records the corpus in the
        file with its first sample."""
        self.path = Path(path)
        self._texts: dict[str, str] | None = None
        self.corpus_id = corpus if isinstance(corpus, str) or corpus is None else corpus_id(corpus)
        if self.corpus_id is not None:
            self._check_corpus(self.corpus_id)

    def recorded_corpus(self) -> dict[str, Any] | None:
        """The ``corpus`` record of the file (the corpus its sample was drawn from), or None."""
        if not self.path.exists():
            return None
        return next((r for r in _read_records(self.path) if r.get("record") == "corpus"), None)

    def _check_corpus(self, cid: str) -> None:
        rec = self.recorded_corpus()
        if rec is not None and rec.get("corpus_id") != cid:
            raise CorpusMismatchError(
                f"{self.path} holds annotations of another corpus ({rec.get('corpus_id')}, {rec.get('n_articles')} "
                f"articles), not of this one ({cid}): decisions are never mixed between corpora. Use "
                "validation.store_for(articles, folder) for a store of this corpus, or give another file."
            )

    # -- writing
    def append(self, records: Iterable[Mapping[str, Any]]) -> int:
        """Append records (one JSON object a line), flushed and synced to disk; return how many."""
        lines = [json.dumps({k: _json_value(v) for k, v in r.items()}, ensure_ascii=False) + "\n" for r in records]
        if not lines:
            return 0
        self.path.parent.mkdir(parents=True, exist_ok=True)
        with open(self.path, "a", encoding="utf-8") as fh:
            fh.write("".join(lines))
            fh.flush()
            os.fsync(fh.fileno())
        return len(lines)

    def texts(self) -> dict[str, str]:
        """article_id -> text of the articles stored in the file."""
        if self._texts is None:
            self._texts = {}
            for rec in _read_records(self.path) if self.path.exists() else []:
                if rec.get("record") == "article" and isinstance(rec.get("text"), str):
                    self._texts.setdefault(str(rec["article_id"]), rec["text"])
        return self._texts

    def add_articles(self, articles: pl.DataFrame) -> int:
        """Store the articles (text and metadata) not stored yet, so the gold file stands alone."""
        require_columns(articles, ["article_id", "text"], what="AnnotationStore.add_articles")
        known = self.texts()
        art = conform(articles, "articles")
        new = [r for r in art.iter_rows(named=True) if r["article_id"] not in known]
        n = self.append({"record": "article", **r} for r in new)
        for r in new:
            known[r["article_id"]] = r["text"]
        return n

    def add_sample(self, sample: pl.DataFrame, articles: pl.DataFrame) -> int:
        """Store a sample (from :func:`sample_units`) and its articles; already stored units are skipped.

        Every annotator then works on the sample read back from the file (:meth:`read`), so two
        annotators see the same sentences in the same order. Returns the number of records written.
        """
        require_columns(sample, ["article_id", "sentence_id"], what="AnnotationStore.add_sample")
        require_columns(articles, ["article_id", "text"], what="AnnotationStore.add_sample")
        ids = set(sample["article_id"].to_list())
        missing = ids - set(articles["article_id"].to_list())
        if missing:
            raise ValueError(f"the sample has article(s) not in the articles given: {', '.join(sorted(missing)[:5])}")
        cid = corpus_id(articles)
        if self.corpus_id is not None and cid != self.corpus_id:
            raise CorpusMismatchError(
                f"this store is for corpus {self.corpus_id}; the articles given are corpus {cid} ({articles.height} articles)"
            )
        self._check_corpus(cid)
        n = 0
        if self.recorded_corpus() is None:
            n += self.append([{"record": "corpus", "corpus_id": cid, "n_articles": articles.height}])
        self.corpus_id = cid
        n += self.add_articles(articles.filter(pl.col("article_id").is_in(list(ids))))
        have = self.read().sample if self.path.exists() else pl.DataFrame(schema=SAMPLE_SCHEMA)
        seen = set(have.select("article_id", "sentence_id").rows())
        start = have.height
        recs: list[dict[str, Any]] = []
        for r in sample.iter_rows(named=True):
            key = (r["article_id"], r["sentence_id"])
            if key not in seen:
                seen.add(key)
                recs.append({"record": "sample", "article_id": key[0], "sentence_id": key[1], "rank": start + len(recs)})
        return n + self.append(recs)

    def decide(
        self,
        *,
        annotator: str,
        task: str,
        decision: str,
        row: Mapping[str, Any],
        item: str | None = None,
    ) -> dict[str, Any]:
        """Record one decision on one item and return the record written.

        ``row`` holds the columns of the ``task`` table (at least ``article_id``, ``char_start``,
        ``char_end`` and the span text); the offsets are checked against the stored article text.
        ``item`` is the id of the item decided on (default: from the row's span, see :func:`item_id`);
        a correction keeps the id of the proposal it corrects, even when it moves the span.
        """
        check_choice("task", task, SPAN_TASKS)
        check_choice("decision", decision, DECISIONS)
        if not annotator or not str(annotator).strip():
            raise ValueError("annotator must be a non-empty id, e.g. 'ann1'")
        require_columns(pl.DataFrame({k: [None] for k in row}), ["article_id", "char_start", "char_end"], what="decide(row=...)")
        schema = SCHEMAS[task]
        unknown = [k for k in row if k not in schema]
        if unknown:
            raise ValueError(f"unknown {task} column(s) {', '.join(unknown)}; valid: {', '.join(schema)}")
        aid, a, b = str(row["article_id"]), int(row["char_start"]), int(row["char_end"])
        text = self.texts().get(aid)
        span = TEXT_COLUMN[task]
        if text is not None:
            if not 0 <= a < b <= len(text):
                raise ValueError(f"offsets {a}-{b} are outside article {aid} ({len(text)} characters)")
            if row.get(span) is not None and text[a:b] != row[span]:
                raise ValueError(f"{span}={row[span]!r} is not the article text at {a}-{b} ({text[a:b]!r})")
        full = {c: row.get(c) for c in schema}
        if text is not None:
            full[span] = text[a:b]
        rec = {"record": task, "annotator": str(annotator).strip(), "decision": decision,
               "item_id": item or item_id(task, aid, a, b), "time": _now(), **full}  # fmt: skip
        self.append([rec])
        return rec

    def mark_done(self, *, annotator: str, article_id: str, sentence_id: int | None) -> dict[str, Any]:
        """Record that ``annotator`` finished a sentence (or, with ``sentence_id=None``, a whole article).

        Only finished units are scored: what the annotator did not accept, correct or add there is
        not in the gold set.
        """
        if not annotator or not str(annotator).strip():
            raise ValueError("annotator must be a non-empty id, e.g. 'ann1'")
        rec = {"record": "done", "annotator": str(annotator).strip(), "article_id": article_id,
               "sentence_id": sentence_id, "time": _now()}  # fmt: skip
        self.append([rec])
        return rec

    def read(self) -> Gold:
        """Replay the file into a :class:`Gold` set."""
        return read_gold(self.path)


# --------------------------------------------------------------------------- reading gold


@dataclass
class Gold:
    """A gold set: articles, the sample, finished units and the annotated rows of each task.

    ``items[task]`` holds the final decision on every item (rejections included, for agreement);
    :attr:`mentions`, :attr:`claims`, :attr:`quotes` and :attr:`pairs` are the gold rows:
    ``annotator`` then the table's own columns, then ``item_id`` and ``decision``.
    """

    articles: pl.DataFrame
    sample: pl.DataFrame
    units: pl.DataFrame
    items: dict[str, pl.DataFrame] = field(default_factory=dict)
    include_places: bool = False

    def table(self, task: str) -> pl.DataFrame:
        """Gold rows of ``task`` (rejected items removed)."""
        check_choice("task", task, TASKS)
        if task == "pairs":
            return find_sentence_pairs(self.table("mentions"), include_places=self.include_places)
        return self.items[task].filter(pl.col("decision") != "reject")

    @property
    def mentions(self) -> pl.DataFrame:
        return self.table("mentions")

    @property
    def claims(self) -> pl.DataFrame:
        return self.table("claims")

    @property
    def quotes(self) -> pl.DataFrame:
        return self.table("quotes")

    @property
    def pairs(self) -> pl.DataFrame:
        return self.table("pairs")

    @property
    def annotators(self) -> list[str]:
        """Annotator ids in the order they first appear."""
        seen: dict[str, None] = {}
        for a in self.units["annotator"].to_list():
            seen.setdefault(a)
        for df in self.items.values():
            for a in df["annotator"].to_list():
                seen.setdefault(a)
        return list(seen)


def _read_records(path: Path) -> list[dict[str, Any]]:
    lines = path.read_text(encoding="utf-8").splitlines()
    out = []
    for i, line in enumerate(lines, 1):
        if not line.strip():
            continue
        try:
            rec = json.loads(line)
        except json.JSONDecodeError as exc:
            if i == len(lines):  # a line cut short by a crash mid-write: the decision was not saved
                warnings.warn(f"{path}:{i}: incomplete last line skipped", stacklevel=3)
                continue
            raise ValueError(f"{path}:{i}: not a JSON object ({exc.msg})") from None
        if not isinstance(rec, dict) or "record" not in rec:
            raise ValueError(f"{path}:{i}: every line needs a 'record' field")
        out.append(rec)
    return out


class CorpusMismatchError(ValueError):
    """An annotation file holds decisions made on another corpus than the one given."""


def corpus_id(articles: pl.DataFrame) -> str:
    """A short key of a corpus's content: the same articles (by their stable ``article_id``) give the same key,
    whatever their order or where they were loaded from.

    >>> corpus_id(pl.DataFrame({"article_id": ["b", "a"]})) == corpus_id(pl.DataFrame({"article_id": ["a", "b"]}))
    True
    """
    require_columns(articles, ["article_id"], what="corpus_id")
    ids = sorted(set(articles["article_id"].cast(pl.Utf8).to_list()))
    return hashlib.sha256("\n".join(ids).encode("utf-8")).hexdigest()[:16]


def store_for(articles: pl.DataFrame, folder: str | Path) -> AnnotationStore:
    """The annotation store of this corpus under ``folder``: ``folder/validation/<corpus_id>/annotations.jsonl``.

    Each corpus gets its own file, so decisions are never mixed between corpora; the store refuses a file
    of another corpus. Put ``folder`` next to the corpus's tables (the ``--out`` of ``toolkit analyze`` or
    ``toolkit report``).

    >>> import tempfile
    >>> arts = pl.DataFrame({"article_id": ["a1"], "text": ["Hamas said 12 people were killed."]})
    >>> store = store_for(arts, tempfile.mkdtemp())
    >>> store.path.parts[-3:-1] == ("validation", corpus_id(arts))
    True
    """
    cid = corpus_id(articles)
    return AnnotationStore(Path(folder) / "validation" / cid / "annotations.jsonl", corpus=cid)


def _gold_paths(path: str | Path | Sequence[str | Path]) -> list[Path]:
    paths = [Path(path)] if isinstance(path, (str, Path)) else [Path(p) for p in path]
    out: list[Path] = []
    for p in paths:
        if p.is_dir():
            out += sorted(p.glob("*.jsonl"))
        elif p.exists():
            out.append(p)
        else:
            raise FileNotFoundError(f"gold file {p} not found")
    if not out:
        raise FileNotFoundError(f"no .jsonl gold files in {', '.join(map(str, paths))}")
    return out


def read_gold(path: str | Path | Sequence[str | Path], *, include_places: bool = False) -> Gold:
    """Read annotation files (a file, several, or a folder of ``*.jsonl``) into a :class:`Gold` set.

    Decisions are replayed in file order: the last decision of an annotator on an item wins, and a
    ``reject`` removes the item. A ``done`` record with ``sentence_id`` null finishes every sentence of
    the article; gold rows without ``sentence_id`` get it from their offsets. Both use the toolkit's
    sentence splitter on the stored article text.
    ``include_places``: whether place mentions (``is_place``) count in actor pairs.
    """
    records: list[dict[str, Any]] = []
    for p in _gold_paths(path):
        records += _read_records(p)
    arts: dict[str, dict[str, Any]] = {}
    sample: dict[tuple[str, int], int] = {}
    done: list[dict[str, Any]] = []
    last: dict[tuple[str, str, str], dict[str, Any]] = {}
    for rec in records:
        kind = rec["record"]
        if kind == "article":
            arts.setdefault(str(rec["article_id"]), rec)
        elif kind == "sample":
            sample.setdefault((str(rec["article_id"]), int(rec["sentence_id"])), len(sample))
        elif kind == "done":
            done.append(rec)
        elif kind == "corpus":
            continue  # which corpus the sample was drawn from (checked by AnnotationStore)
        elif kind in SPAN_TASKS:
            last[(kind, str(rec.get("annotator")), str(rec.get("item_id")))] = rec
        else:
            raise ValueError(f"unknown record {kind!r}; valid records: corpus, article, sample, done, {', '.join(SPAN_TASKS)}")
    articles = _articles_frame(list(arts.values()))
    sents = _split(articles)
    items = {}
    for task in SPAN_TASKS:
        rows = [r for (k, _, _), r in last.items() if k == task]
        df = pl.from_dicts(rows, schema={**_META, **SCHEMAS[task]}, strict=False) if rows else pl.DataFrame(schema={**_META, **SCHEMAS[task]})
        df = _fill_sentence_ids(df, sents)
        items[task] = df.select("annotator", *SCHEMAS[task], "item_id", "decision")
    sample_df = pl.DataFrame(
        [{"rank": i, "article_id": a, "sentence_id": s} for (a, s), i in sample.items()], schema=SAMPLE_SCHEMA
    ).drop("outlet")
    sample_df = sample_df.join(articles.select("article_id", "outlet"), on="article_id", how="left").select(list(SAMPLE_SCHEMA))
    units = _units_frame(done, sents)
    return Gold(articles=articles, sample=sample_df, units=units, items=items, include_places=include_places)


def _articles_frame(recs: list[dict[str, Any]]) -> pl.DataFrame:
    if not recs:
        return empty("articles")
    rows = []
    for r in recs:
        r = dict(r)
        pub = r.get("published")
        if isinstance(pub, str):
            r["published"] = dt.date.fromisoformat(pub[:10])
        rows.append(r)
    return pl.from_dicts(rows, schema=SCHEMAS["articles"], strict=False)


def _split(articles: pl.DataFrame) -> pl.DataFrame:
    if articles.height == 0:
        return empty("sentences")
    from toolkit.text.tokenize import split_sentences

    return split_sentences(articles, progress=False)


def _fill_sentence_ids(df: pl.DataFrame, sents: pl.DataFrame) -> pl.DataFrame:
    missing = df.filter(pl.col("sentence_id").is_null())
    if missing.height == 0:
        return df
    known = set(sents["article_id"].unique().to_list())
    lost = sorted(set(missing["article_id"].to_list()) - known)
    if lost:
        raise ValueError(f"gold rows without sentence_id for article(s) not in the gold file: {', '.join(lost[:5])}")
    starts = sents.select("article_id", pl.col("sentence_id").alias("_sid"), pl.col("char_start").alias("_s")).sort("article_id", "_s")
    filled = (
        missing.with_row_index("_row")
        .sort("article_id", "char_start")
        .join_asof(starts, left_on="char_start", right_on="_s", by="article_id", strategy="backward", check_sortedness=False)
        .sort("_row")
        .with_columns(pl.col("_sid").alias("sentence_id"))
        .drop("_row", "_sid", "_s")
    )
    return pl.concat([df.filter(pl.col("sentence_id").is_not_null()), filled.select(df.columns)])


def _units_frame(done: list[dict[str, Any]], sents: pl.DataFrame) -> pl.DataFrame:
    rows = []
    by_article: dict[str, list[int]] = {}
    if sents.height:
        for aid, sids in sents.group_by("article_id").agg("sentence_id").iter_rows():
            by_article[aid] = sorted(sids)
    for rec in done:
        aid, sid = str(rec["article_id"]), rec.get("sentence_id")
        if sid is None:
            if aid not in by_article:
                raise ValueError(f"'done' record for article {aid}, which is not in the gold file")
            rows += [{"annotator": rec["annotator"], "article_id": aid, "sentence_id": s} for s in by_article[aid]]
        else:
            rows.append({"annotator": rec["annotator"], "article_id": aid, "sentence_id": int(sid)})
    return pl.DataFrame(rows, schema=_UNITS_SCHEMA).unique(maintain_order=True)


def gold_from_tables(
    articles: pl.DataFrame,
    *,
    annotator: str,
    mentions: pl.DataFrame | None = None,
    claims: pl.DataFrame | None = None,
    quotes: pl.DataFrame | None = None,
    include_places: bool = False,
) -> Gold:
    """A :class:`Gold` set from tables: every row is gold, every article of ``articles`` finished.

    Use it to score against tables you corrected by hand (or another tool's output) without an
    annotation file; :func:`write_gold` saves the same set as a file.
    """
    records = _records_from_tables(articles, annotator=annotator, mentions=mentions, claims=claims, quotes=quotes)
    arts = _articles_frame([r for r in records if r["record"] == "article"])
    sents = _split(arts)
    items = {}
    for task in SPAN_TASKS:
        rows = [r for r in records if r["record"] == task]
        df = pl.from_dicts(rows, schema={**_META, **SCHEMAS[task]}, strict=False) if rows else pl.DataFrame(schema={**_META, **SCHEMAS[task]})
        items[task] = _fill_sentence_ids(df, sents).select("annotator", *SCHEMAS[task], "item_id", "decision")
    units = _units_frame([r for r in records if r["record"] == "done"], sents)
    return Gold(articles=arts, sample=pl.DataFrame(schema=SAMPLE_SCHEMA), units=units, items=items, include_places=include_places)


_OPTIONAL_GOLD_COLUMNS: dict[str, tuple[str, ...]] = {
    "mentions": ("place_id",), "claims": ("source_rule",),
    "articles": ("section", "length", "doc_id", "story_id", "story_size"),
}
"""Columns added to a table after gold files were first written: a gold record holds them only when set, so
gold files built before them are rebuilt byte for byte."""


def _records_from_tables(
    articles: pl.DataFrame,
    *,
    annotator: str,
    mentions: pl.DataFrame | None,
    claims: pl.DataFrame | None,
    quotes: pl.DataFrame | None,
) -> list[dict[str, Any]]:
    require_columns(articles, ["article_id", "text"], what="gold articles")
    art = conform(articles, "articles")
    texts = dict(art.select("article_id", "text").iter_rows())
    later = _OPTIONAL_GOLD_COLUMNS.get("articles", ())
    records: list[dict[str, Any]] = [
        {"record": "article", **{k: v for k, v in r.items() if v is not None or k not in later}}
        for r in art.iter_rows(named=True)
    ]
    for task, df in (("mentions", mentions), ("claims", claims), ("quotes", quotes)):
        if df is None:
            continue
        require_columns(df, ["article_id", "char_start", "char_end"], what=f"gold {task}")
        span = TEXT_COLUMN[task]
        for r in conform(df, task).iter_rows(named=True):
            text = texts.get(r["article_id"])
            if text is None:
                raise ValueError(f"gold {task} row for article {r['article_id']}, which is not in articles")
            a, b = r["char_start"], r["char_end"]
            if r[span] is not None and text[a:b] != r[span]:
                raise ValueError(f"gold {task}: {span}={r[span]!r} is not the article text at {a}-{b} ({text[a:b]!r})")
            r[span] = text[a:b]
            for col in _OPTIONAL_GOLD_COLUMNS.get(task, ()):
                if r.get(col) is None:
                    r.pop(col, None)  # columns added to the tables later: written only when known
            records.append({"record": task, "annotator": annotator, "decision": "add",
                            "item_id": item_id(task, r["article_id"], a, b), **r})  # fmt: skip
    records += [{"record": "done", "annotator": annotator, "article_id": a, "sentence_id": None} for a in texts]
    return records


def write_gold(
    path: str | Path,
    articles: pl.DataFrame,
    *,
    annotator: str,
    mentions: pl.DataFrame | None = None,
    claims: pl.DataFrame | None = None,
    quotes: pl.DataFrame | None = None,
) -> Path:
    """Write tables as a gold file (overwriting it atomically); :func:`read_gold` gives them back.

    Every row becomes an ``add`` decision by ``annotator`` and every article is marked finished,
    so gold sets made elsewhere (or corrected toolkit output) can be shared in the documented format.
    """
    records = _records_from_tables(articles, annotator=annotator, mentions=mentions, claims=claims, quotes=quotes)
    path = Path(path)
    path.parent.mkdir(parents=True, exist_ok=True)
    tmp = path.with_name(path.name + ".tmp")
    with open(tmp, "w", encoding="utf-8") as fh:
        for r in records:
            fh.write(json.dumps({k: _json_value(v) for k, v in r.items()}, ensure_ascii=False) + "\n")
        fh.flush()
        os.fsync(fh.fileno())
    os.replace(tmp, path)
    return path


# --------------------------------------------------------------------------- gold ids of new actors


def _slug_tokens(text: str | None) -> tuple[str, ...]:
    import unicodedata

    if not text:
        return ()
    plain = unicodedata.normalize("NFKD", text).encode("ascii", "ignore").decode().lower()
    return tuple(t for t in "".join(c if c.isalnum() else " " for c in plain).split() if t)


def _same_actor_name(gold_id: str, pred_id: str, pred_label: str | None) -> bool:
    """Whether ``new:<slug>`` and a predicted id name the same actor: the predicted id is a discovered
    one too, or its id or label spells the slug, or one name holds the other's words (two words or more:
    "Geir Pedersen" / "UN envoy Geir Pedersen"; a lone "Wagner" never stands for "Therese Kayikwamba Wagner")."""
    if pred_id.startswith("new:"):
        return True
    g = _slug_tokens(gold_id[4:].replace("-", " "))
    for cand in (_slug_tokens(pred_id.replace("_", " ")), _slug_tokens(pred_label)):
        if not cand or not g:
            continue
        if cand == g:
            return True
        small, big = (cand, g) if len(cand) <= len(g) else (g, cand)
        if len(small) >= 2 and set(small) <= set(big):
            return True
    return False


def align_new_ids(predicted: pl.DataFrame, gold: pl.DataFrame) -> pl.DataFrame:
    """Match gold ids ``new:<slug>`` to the toolkit's ids, article by article: ``article_id``,
    ``gold_id``, ``pred_id``.

    A gold ``new:`` id marks an actor the annotator did not find in the dictionary when the gold was
    built; when the dictionary later learns that actor, or the toolkit discovers it under another slug,
    the same words carry a different id. Each such gold actor takes the id the toolkit gives most of
    its mentions (overlapping spans) if that id is a discovered one or names the same actor (see
    :func:`_same_actor_name`), one to one within the article, and never an id the gold uses for another
    actor there. Everything else keeps its gold id, so a wrong resolution stays wrong.

    >>> g = pl.DataFrame({"article_id": ["a"], "char_start": [0], "char_end": [13], "actor_id": ["new:geir-pedersen"]})
    >>> p = pl.DataFrame({"article_id": ["a"], "char_start": [0], "char_end": [13], "actor_id": ["pedersen"],
    ...                   "actor_label": ["Geir Pedersen"]})
    >>> align_new_ids(p, g).rows()
    [('a', 'new:geir-pedersen', 'pedersen')]
    >>> align_new_ids(p.with_columns(actor_id=pl.lit("WAGNER"), actor_label=pl.lit("Wagner Group")), g).height
    0
    """
    schema = {"article_id": pl.String, "gold_id": pl.String, "pred_id": pl.String}
    if gold.height == 0 or predicted.height == 0:
        return pl.DataFrame(schema=schema)
    label = predicted["actor_label"] if "actor_label" in predicted.columns else pl.Series([None] * predicted.height)
    preds = predicted.select("article_id", "char_start", "char_end", "actor_id").with_columns(label.alias("actor_label"))
    golds = gold.select("article_id", "char_start", "char_end", "actor_id")
    cands = (
        golds.filter(pl.col("actor_id").str.starts_with("new:"))
        .join(preds, on="article_id", suffix="_p")
        .filter((pl.col("char_start") < pl.col("char_end_p")) & (pl.col("char_start_p") < pl.col("char_end")))
        .group_by("article_id", "actor_id", "actor_id_p")
        .agg(pl.len().alias("n"), pl.col("actor_label").first())
        .sort("article_id", "n", "actor_id", "actor_id_p", descending=[False, True, False, False])
    )
    used_gold = {(a, i) for a, i in golds.select("article_id", "actor_id").unique().rows()}
    taken: set[tuple[str, str]] = set()
    done: set[tuple[str, str]] = set()
    rows = []
    for art, gid, pid, _, plabel in cands.rows():
        if (art, gid) in done or (art, pid) in taken or pid is None:
            continue
        if pid != gid and (art, pid) in used_gold:
            continue  # the gold names another actor so in this article
        if _same_actor_name(gid, pid, plabel):
            rows.append((art, gid, pid))
            done.add((art, gid))
            taken.add((art, pid))
    return pl.DataFrame(rows, schema=schema, orient="row")


def _apply_ids(df: pl.DataFrame, mapping: pl.DataFrame, column: str) -> pl.DataFrame:
    if column not in df.columns or mapping.height == 0:
        return df
    m = mapping.rename({"gold_id": column, "pred_id": "_pred"})
    return (
        df.join(m, on=["article_id", column], how="left", maintain_order="left")
        .with_columns(pl.coalesce("_pred", column).alias(column))
        .drop("_pred")
    )


# --------------------------------------------------------------------------- pairs and fields


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


def _norm(v: Any) -> Any:
    if v is None:
        return None
    if isinstance(v, str):
        v = " ".join(v.casefold().split())
        return v or None
    return v


def field_key(extractor: str, field: str, row: Mapping[str, Any]) -> Hashable:
    """The value of ``field`` compared between a predicted and a gold row (``None`` = not given).

    ``actor``/``type``/``place``: ``actor_id``/``actor_type``/``is_place``; ``place_id``: the place's id
    (GeoNames id; ``None`` = none); ``value``: the number to 9
    significant digits; ``qualifier``/``counted``/``kind``: the column; ``source``/``speaker``: the
    actor id, else the words naming the source, case-folded. Scoring compares ``source``/``speaker``
    by actor id when both sides have one, else by the words (equal, or one contained in the other as
    whole words: ``Zelensky`` and ``President Volodymyr Zelensky`` agree).

    >>> field_key("claims", "value", {"value": 150})
    150.0
    >>> field_key("quotes", "speaker", {"speaker_actor_id": None, "speaker_surface": "  Nabil Abu Thabet"})
    'nabil abu thabet'
    """
    check_choice("field", field, FIELDS.get(extractor, ()))
    if field == "actor":
        return _norm(row.get("actor_id"))
    if field == "type":
        return _norm(row.get("actor_type"))
    if field == "place":
        return bool(row.get("is_place"))
    if field == "place_id":
        pid = row.get("place_id")
        return None if pid is None else int(pid)
    if field == "value":
        v = row.get("value")
        return None if v is None or (isinstance(v, float) and math.isnan(v)) else float(f"{float(v):.9g}")
    if field in ("qualifier", "counted", "kind"):
        return _norm(row.get(field))
    actor, words = _who(field, row)
    return actor if actor is not None else words


def _who(field: str, row: Mapping[str, Any]) -> tuple[Any, Any]:
    prefix = "source" if field == "source" else "speaker"
    return _norm(row.get(f"{prefix}_actor_id")), _norm(row.get(f"{prefix}_surface"))


def _same(extractor: str, field: str, pred: Mapping[str, Any], gold: Mapping[str, Any]) -> bool:
    if field in ("source", "speaker"):
        p, g = _who(field, pred), _who(field, gold)
        if p[0] is not None and g[0] is not None:
            return bool(p[0] == g[0])
        if p[1] is None or g[1] is None:  # no words on one side: agree only if neither names anyone
            return p[0] is None and g[0] is None and p[1] is None and g[1] is None
        return bool(p[1] == g[1] or f" {p[1]} " in f" {g[1]} " or f" {g[1]} " in f" {p[1]} ")
    return bool(field_key(extractor, field, pred) == field_key(extractor, field, gold))


def _attrs(extractor: str, row: Mapping[str, Any]) -> str:
    cols = {
        "mentions": ("actor_id", "actor_type", "is_place", "place_id"),
        "claims": ("value", "qualifier", "counted", "source_actor_id", "source_surface"),
        "quotes": ("kind", "speaker_actor_id", "speaker_surface"),
    }[extractor]
    return " ".join(f"{c}={row.get(c)}" for c in cols if row.get(c) is not None)


# --------------------------------------------------------------------------- matching


def _tables(predicted: Any) -> Mapping[str, pl.DataFrame]:
    if hasattr(predicted, "tables") and not isinstance(predicted, Mapping):
        return dict(predicted.tables)
    if isinstance(predicted, Mapping):
        return predicted
    raise TypeError(f"predicted must be an Analysis or a mapping of table name to frame, not {type(predicted).__name__}")


def _predicted(tables: Mapping[str, pl.DataFrame], task: str, include_places: bool) -> pl.DataFrame:
    if task == "pairs":
        cooc = tables.get("cooc_pairs")
        if cooc is not None and cooc.height:
            out = cooc.filter(pl.col("window") == "sentence").select(
                pl.lit(None, dtype=pl.String).alias("annotator"), "article_id",
                pl.col("unit_id").cast(pl.Int32).alias("sentence_id"), "actor_a", "actor_b",
            )  # fmt: skip
            return out.unique()
        ments = tables.get("mentions")
        if ments is None:
            return pl.DataFrame(schema=_PAIRS_SCHEMA)
        return find_sentence_pairs(ments.drop("annotator", strict=False), include_places=include_places)
    df = tables.get(task)
    if df is None:
        return empty(task)
    return conform(df, task)


def _overlap(a1: int, b1: int, a2: int, b2: int) -> int:
    return max(0, min(b1, b2) - max(a1, a2))


def _match_spans(pred: list[dict[str, Any]], gold: list[dict[str, Any]], match: str) -> list[tuple[int, int]]:
    """One-to-one (pred index, gold index) pairs: exact spans, or largest overlap first."""
    cands = []
    for i, p in enumerate(pred):
        for j, g in enumerate(gold):
            if p["article_id"] != g["article_id"]:
                continue
            if match == "exact":
                if p["char_start"] == g["char_start"] and p["char_end"] == g["char_end"]:
                    cands.append((1.0, i, j))
            else:
                ov = _overlap(p["char_start"], p["char_end"], g["char_start"], g["char_end"])
                if ov > 0:
                    union = max(p["char_end"], g["char_end"]) - min(p["char_start"], g["char_start"])
                    cands.append((ov / union, i, j))
    cands.sort(key=lambda c: (-c[0], c[1], c[2]))
    used_p: set[int] = set()
    used_g: set[int] = set()
    out = []
    for _, i, j in cands:
        if i not in used_p and j not in used_g:
            used_p.add(i)
            used_g.add(j)
            out.append((i, j))
    return out


def match_extractions(
    predicted: Any,
    gold: Gold,
    *,
    match: Match = "overlap",
    annotator: str | None = None,
    align_new: bool = True,
) -> pl.DataFrame:
    """Row-level comparison: every predicted and gold item in the finished units, as tp, fp or fn.

    ``predicted``: an :class:`toolkit.Analysis` or a mapping with ``mentions``, ``claims``, ``quotes``
    (and ``cooc_pairs``; without it pairs come from the predicted mentions). Only items in sentences
    an annotator finished count. ``match``: ``"exact"`` spans or ``"overlap"`` (one-to-one, largest
    overlap first). ``annotator``: one annotator (default: each in turn). Matched rows carry
    ``same_<field>`` for each attribute of :data:`FIELDS`, except ``same_place_id``, which is set on the gold
    mentions that carry a ``place_id`` only: on a matched one, whether the predicted ``place_id`` is the
    same (a null predicted id is not); on an unmatched one, False; null elsewhere (gold mentions without a
    place id, predicted mentions no gold mention matches). Pairs match on article, sentence and actors.
    ``align_new``: gold ids ``new:<slug>`` take the toolkit's id for the same actor (:func:`align_new_ids`)
    in mentions, pairs, quote speakers and claim sources; ``False`` compares the ids as written.
    """
    check_choice("match", match, MATCH_CHOICES)
    tables = _tables(predicted)
    annotators = gold.annotators if annotator is None else [annotator]
    if annotator is not None and annotator not in gold.annotators:
        raise ValueError(f"invalid annotator={annotator!r}; valid values: {', '.join(map(repr, gold.annotators))}")
    rows: list[dict[str, Any]] = []
    for ann in annotators:
        units = gold.units.filter(pl.col("annotator") == ann).select("article_id", "sentence_id")
        gold_tables = {t: gold.table(t).filter(pl.col("annotator") == ann) for t in SPAN_TASKS}
        pred_ments = tables.get("mentions")
        if align_new and pred_ments is not None:
            mapping = align_new_ids(pred_ments, gold_tables["mentions"])
            gold_tables["mentions"] = _apply_ids(gold_tables["mentions"], mapping, "actor_id")
            gold_tables["quotes"] = _apply_ids(gold_tables["quotes"], mapping, "speaker_actor_id")
            gold_tables["claims"] = _apply_ids(gold_tables["claims"], mapping, "source_actor_id")
        gold_tables["pairs"] = find_sentence_pairs(gold_tables["mentions"], include_places=gold.include_places)
        for task in TASKS:
            pred_df = _predicted(tables, task, gold.include_places).join(units, on=["article_id", "sentence_id"], how="semi")
            gold_df = gold_tables[task].join(units, on=["article_id", "sentence_id"], how="semi")
            if task == "pairs":
                rows += _match_pairs(ann, pred_df, gold_df)
            else:
                rows += _match_task(ann, task, pred_df, gold_df, match)
    out = pl.DataFrame(rows, schema=MATCHES_SCHEMA) if rows else pl.DataFrame(schema=MATCHES_SCHEMA)
    return out.sort("annotator", "extractor", "article_id", pl.coalesce("gold_start", "pred_start"), "status", maintain_order=True)


def _match_task(ann: str, task: str, pred_df: pl.DataFrame, gold_df: pl.DataFrame, match: str) -> list[dict[str, Any]]:
    span = TEXT_COLUMN[task]
    preds = pred_df.sort("article_id", "char_start", "char_end").to_dicts()
    golds = gold_df.sort("article_id", "char_start", "char_end").to_dicts()
    by_article: dict[str, tuple[list[int], list[int]]] = {}
    for i, p in enumerate(preds):
        by_article.setdefault(p["article_id"], ([], []))[0].append(i)
    for j, g in enumerate(golds):
        by_article.setdefault(g["article_id"], ([], []))[1].append(j)
    pairs = []
    for pi, gi in by_article.values():  # candidate pairs only within an article
        pairs += [(pi[i], gi[j]) for i, j in _match_spans([preds[i] for i in pi], [golds[j] for j in gi], match)]
    rows = []
    blank = {f"same_{f}": None for f in ALL_FIELDS}
    for i, j in pairs:
        p, g = preds[i], golds[j]
        rows.append({
            "annotator": ann, "extractor": task, "article_id": g["article_id"], "sentence_id": g["sentence_id"],
            "status": "tp", "pred_start": p["char_start"], "pred_end": p["char_end"], "pred_text": p[span],
            "gold_start": g["char_start"], "gold_end": g["char_end"], "gold_text": g[span], "gold_item_id": g["item_id"],
            "pred_attrs": _attrs(task, p), "gold_attrs": _attrs(task, g),
            **blank, **{f"same_{f}": _same(task, f, p, g) for f in FIELDS[task]},
        })  # fmt: skip
        if task == "mentions" and g.get("place_id") is None:
            rows[-1]["same_place_id"] = None  # a gold mention without a place id: its place is not scored
    mp, mg = {i for i, _ in pairs}, {j for _, j in pairs}
    for i, p in enumerate(preds):
        if i not in mp:
            rows.append({
                "annotator": ann, "extractor": task, "article_id": p["article_id"], "sentence_id": p["sentence_id"],
                "status": "fp", "pred_start": p["char_start"], "pred_end": p["char_end"], "pred_text": p[span],
                "pred_attrs": _attrs(task, p), **blank,
            })  # fmt: skip
    for j, g in enumerate(golds):
        if j not in mg:
            rows.append({
                "annotator": ann, "extractor": task, "article_id": g["article_id"], "sentence_id": g["sentence_id"],
                "status": "fn", "gold_start": g["char_start"], "gold_end": g["char_end"], "gold_text": g[span],
                "gold_item_id": g["item_id"], "gold_attrs": _attrs(task, g), **blank,
            })  # fmt: skip
            if task == "mentions" and g.get("place_id") is not None:
                rows[-1]["same_place_id"] = False  # a gold place not found: not found with the right place
    return rows


def _match_pairs(ann: str, pred_df: pl.DataFrame, gold_df: pl.DataFrame) -> list[dict[str, Any]]:
    keys = ["article_id", "sentence_id", "actor_a", "actor_b"]
    p = set(pred_df.select(keys).rows())
    g = set(gold_df.select(keys).rows())
    rows = []
    for status, keyset in (("tp", p & g), ("fp", p - g), ("fn", g - p)):
        for aid, sid, a, b in sorted(keyset):
            label = f"{a} – {b}"
            rows.append({
                "annotator": ann, "extractor": "pairs", "article_id": aid, "sentence_id": sid, "status": status,
                "pred_text": label if status != "fn" else None, "gold_text": label if status != "fp" else None,
            })  # fmt: skip
    return rows


# --------------------------------------------------------------------------- scores


def _prf(tp: np.ndarray, n_pred: np.ndarray, n_gold: np.ndarray) -> tuple[np.ndarray, np.ndarray, np.ndarray]:
    with np.errstate(divide="ignore", invalid="ignore"):
        p = np.where(n_pred > 0, tp / np.where(n_pred > 0, n_pred, 1), np.nan)
        r = np.where(n_gold > 0, tp / np.where(n_gold > 0, n_gold, 1), np.nan)
        d = n_pred + n_gold
        f = np.where(d > 0, 2 * tp / np.where(d > 0, d, 1), np.nan)
    return p, r, f


def _num(x: float) -> float | None:
    return None if x is None or not math.isfinite(x) else float(x)


def summarise_scores(
    matches: pl.DataFrame,
    units: pl.DataFrame,
    *,
    match: Match = "overlap",
    n_boot: int = 1000,
    seed: int = 0,
    ci: float = 0.95,
    cluster: Cluster = "article",
) -> pl.DataFrame:
    """Precision, recall and F1 per annotator, extractor and field, with bootstrap intervals.

    ``matches`` from :func:`match_extractions`; ``units`` the finished sentences (``Gold.units``), so
    that units without any item still count in the resampling. Field ``span``: a true positive is a
    matched span. Other fields: a matched span whose attribute also agrees (so precision and recall
    fall when the attribute is wrong), and ``accuracy`` is the share of matched spans where it agrees.
    Field ``place_id`` (mentions) counts only the gold mentions that carry a ``place_id`` (the GeoNames id
    of the place meant; ``same_place_id`` not null): ``n_gold`` those, ``n_pred`` those a predicted mention
    matches (the same one-to-one span matching as every field), ``n_tp`` those whose predicted ``place_id``
    is the gold one. So ``precision`` = ``accuracy`` (right place among matched gold places, with its
    bootstrap interval) and ``recall`` = gold places found with the right place / all gold places with an
    id; predicted places no gold id covers are not judged (``span`` and ``place`` score those).
    Intervals: percentile bootstrap over ``cluster`` units (articles by default: errors within an
    article are not independent), ``n_boot`` resamples drawn from ``seed`` (``n_boot=0``: no
    intervals). Undefined values (no predictions, no gold items) are null.
    """
    check_choice("match", match, MATCH_CHOICES)
    check_choice("cluster", cluster, CLUSTER_CHOICES)
    if not 0 < ci < 1:
        raise ValueError(f"invalid ci={ci}; a coverage between 0 and 1, e.g. 0.95")
    if n_boot < 0:
        raise ValueError(f"invalid n_boot={n_boot}; 0 (no intervals) or more")
    ckey = ["article_id"] if cluster == "article" else ["article_id", "sentence_id"]
    out = []
    alpha = (1 - ci) / 2
    annotators = list(dict.fromkeys(units["annotator"].to_list() + matches["annotator"].to_list()))
    for ann in annotators:
        u = units.filter(pl.col("annotator") == ann).select(ckey).unique().sort(ckey)
        m = matches.filter(pl.col("annotator") == ann)
        clusters = {k: i for i, k in enumerate(u.rows())}
        for k in m.select(ckey).unique().sort(ckey).rows():
            clusters.setdefault(k, len(clusters))
        k_n = len(clusters)
        rng = np.random.default_rng(seed)
        weights = rng.multinomial(k_n, np.full(k_n, 1 / k_n), size=n_boot).astype(float) if k_n and n_boot else None
        cidx = np.array([clusters[k] for k in m.select(ckey).rows()], dtype=np.int64)
        status = m["status"].to_numpy()
        n_units = units.filter(pl.col("annotator") == ann).height
        for task in TASKS:
            in_task = (m["extractor"] == task).to_numpy()
            for fld in ("span", *FIELDS[task]):
                tp_mask = in_task & (status == "tp")
                if fld != "span":
                    tp_mask = tp_mask & m[f"same_{fld}"].fill_null(False).to_numpy()
                pred_mask = in_task & (status != "fn")
                gold_mask = in_task & (status != "fp")
                if fld == "place_id":  # only gold mentions with a place id (same_place_id set) are judged
                    judged = m["same_place_id"].is_not_null().to_numpy()
                    tp_mask, gold_mask = tp_mask & judged, gold_mask & judged
                    pred_mask = gold_mask & (status == "tp")
                counts = np.zeros((k_n, 3))
                for col, mask in enumerate((tp_mask, pred_mask, gold_mask)):
                    np.add.at(counts[:, col], cidx[mask], 1)
                tot = counts.sum(axis=0)
                p, r, f = _prf(tot[0:1], tot[1:2], tot[2:3])
                n_matched = int((in_task & (status == "tp")).sum()) if fld != "place_id" else int(tot[1])
                row: dict[str, Any] = {
                    "annotator": ann, "extractor": task, "field": fld, "match": "exact" if task == "pairs" else match,
                    "n_units": n_units, "n_gold": int(tot[2]), "n_pred": int(tot[1]), "n_tp": int(tot[0]),
                    "precision": _num(p[0]), "recall": _num(r[0]), "f1": _num(f[0]),
                    "accuracy": _num(tot[0] / n_matched) if fld != "span" and n_matched else None,
                }  # fmt: skip
                if weights is not None:
                    boot = weights @ counts
                    bp, br, bf = _prf(boot[:, 0], boot[:, 1], boot[:, 2])
                    for name, vals in (("precision", bp), ("recall", br), ("f1", bf)):
                        ok = vals[np.isfinite(vals)]
                        row[f"{name}_low"] = _num(np.quantile(ok, alpha)) if ok.size else None
                        row[f"{name}_high"] = _num(np.quantile(ok, 1 - alpha)) if ok.size else None
                out.append(row)
    return pl.DataFrame(out, schema=SCORES_SCHEMA) if out else pl.DataFrame(schema=SCORES_SCHEMA)


def score_extractions(
    predicted: Any,
    gold: Gold,
    *,
    match: Match = "overlap",
    annotator: str | None = None,
    n_boot: int = 1000,
    seed: int = 0,
    ci: float = 0.95,
    cluster: Cluster = "article",
) -> pl.DataFrame:
    """:func:`match_extractions` then :func:`summarise_scores`: the scores table in one call."""
    matches = match_extractions(predicted, gold, match=match, annotator=annotator)
    units = gold.units if annotator is None else gold.units.filter(pl.col("annotator") == annotator)
    return summarise_scores(matches, units, match=match, n_boot=n_boot, seed=seed, ci=ci, cluster=cluster)


# --------------------------------------------------------------------------- agreement


def krippendorff_alpha(
    reliability_data: Sequence[Sequence[Hashable | None]], *, level: Level = "nominal"
) -> tuple[float | None, float | None, int]:
    """Krippendorff's alpha for a coders × units table (``None`` = missing value).

    Returns ``(alpha, observed_agreement, n_values)``: alpha is ``None`` when it is undefined (fewer
    than two pairable values, or a single category), observed agreement the share of agreeing pairs
    of values within units, n the number of pairable values. ``level``: ``"nominal"`` (categories) or
    ``"interval"`` (numbers, squared difference). Alpha comes from the ``krippendorff`` package (the
    coincidence-matrix method of Krippendorff (2011), "Computing Krippendorff's alpha-reliability"; his
    worked nominal example gives 0.743); observed agreement and ``n`` from the same matrix, built here.

    >>> a = [[1, 2, 3, 3, 2, 1, 4, 1, 2, None, None, None],
    ...      [1, 2, 3, 3, 2, 2, 4, 1, 2, 5, None, 3],
    ...      [None, 3, 3, 3, 2, 3, 4, 2, 2, 5, 1, None],
    ...      [1, 2, 3, 3, 2, 4, 4, 1, 2, 5, 1, None]]
    >>> round(krippendorff_alpha(a)[0], 3)
    0.743
    """
    check_choice("level", level, LEVEL_CHOICES)
    if not reliability_data:
        return None, None, 0
    n_units = len(reliability_data[0])
    if any(len(row) != n_units for row in reliability_data):
        raise ValueError("every coder needs one value (or None) per unit")
    values = sorted({v for row in reliability_data for v in row if v is not None}, key=repr)
    index = {v: i for i, v in enumerate(values)}
    counts = np.zeros((n_units, len(values)))
    for row in reliability_data:
        for u, v in enumerate(row):
            if v is not None:
                counts[u, index[v]] += 1
    m = counts.sum(axis=1)
    keep = m >= 2
    counts, m = counts[keep], m[keep]
    n = float(m.sum())
    if n < 2 or not values:
        return None, None, int(n)
    scaled = counts / (m - 1)[:, None]
    coinc = scaled.T @ counts - np.diag(scaled.sum(axis=0))  # o_ck
    n_c = coinc.sum(axis=1)
    if level == "nominal":
        delta = 1.0 - np.eye(len(values))
    else:
        try:
            num = np.array([float(v) for v in values])  # type: ignore[arg-type]
        except (TypeError, ValueError):
            raise ValueError("level='interval' needs numeric values") from None
        delta = (num[:, None] - num[None, :]) ** 2
    d_e = float((np.outer(n_c, n_c) * delta).sum()) / (n - 1)
    observed = float(np.trace(coinc) / n)
    if d_e == 0:  # one category (or one number): alpha is undefined
        return None, observed, int(n)
    # alpha itself from the well-kept `krippendorff` package (same coincidence-matrix method)
    coded = np.full((len(reliability_data), n_units), np.nan)
    for r, row in enumerate(reliability_data):
        for u, v in enumerate(row):
            if v is not None:
                coded[r, u] = index[v] if level == "nominal" else float(v)  # type: ignore[arg-type]
    domain = list(range(len(values))) if level == "nominal" else sorted({float(v) for v in values})  # type: ignore[arg-type]
    alpha = float(krippendorff.alpha(reliability_data=coded, value_domain=domain, level_of_measurement=level))
    return alpha, observed, int(n)


def summarise_agreement(
    gold: Gold,
    *,
    match: Match = "overlap",
    annotators: Sequence[str] | None = None,
    predicted: Any = None,
) -> pl.DataFrame:
    """Krippendorff's alpha (nominal) between annotators, per extractor and field.

    Units are the items any annotator accepted, corrected, added or rejected in sentences finished
    by at least two annotators, plus (with ``predicted``, the tables the annotators saw) every
    proposal there; items are one unit when their spans are the same (``match="exact"``) or overlap
    (``"overlap"``; pairs always exact). Field ``span``: does the annotator count the item (1) or not
    (0: rejected it, or finished its sentence without it); other fields: the attribute, on units two
    annotators count. Without ``predicted``, units nobody counts are missing, so the ``span`` alpha
    is pessimistic (few 0-0 agreements); read it with ``observed_agreement``. Empty with fewer than
    two annotators.
    """
    check_choice("match", match, MATCH_CHOICES)
    anns = list(annotators) if annotators is not None else gold.annotators
    unknown = [a for a in anns if a not in gold.annotators]
    if unknown:
        raise ValueError(f"invalid annotator {unknown[0]!r}; valid values: {', '.join(map(repr, gold.annotators))}")
    if len(anns) < 2:
        return pl.DataFrame(schema=AGREEMENT_SCHEMA)
    done = {a: set(gold.units.filter(pl.col("annotator") == a).select("article_id", "sentence_id").rows()) for a in anns}
    rows = []
    for task in TASKS:
        if task == "pairs":
            items = gold.table("pairs").with_columns(pl.lit("add").alias("decision"), pl.lit(0, dtype=pl.Int64).alias("char_start"))
            items = items.with_columns(pl.lit(1, dtype=pl.Int64).alias("char_end"))
        else:
            items = gold.items[task]
        items = items.filter(pl.col("annotator").is_in(anns))
        recs = [r for r in items.to_dicts() if (r["article_id"], r["sentence_id"]) in done[r["annotator"]]]
        if predicted is not None:
            shared = set.union(*done.values())
            props = _predicted(_tables(predicted), task, gold.include_places)
            if task == "pairs":
                props = props.with_columns(pl.lit(0, dtype=pl.Int64).alias("char_start"), pl.lit(1, dtype=pl.Int64).alias("char_end"))
            recs += [
                {**r, "annotator": None, "decision": "proposal"}
                for r in props.to_dicts()
                if (r["article_id"], r["sentence_id"]) in shared
            ]
        clusters = _cluster_items(task, recs, "exact" if task == "pairs" else match)
        for fld in ("span", *FIELDS[task]):
            data: list[list[Hashable | None]] = [[] for _ in anns]
            for members in clusters:
                sent = (members[0]["article_id"], members[0]["sentence_id"])
                for ai, a in enumerate(anns):
                    mine = [r for r in members if r["annotator"] == a]
                    counted = [r for r in mine if r["decision"] != "reject"]
                    if fld == "span":
                        val: Hashable | None = (1 if counted else 0) if (mine or sent in done[a]) else None
                    else:
                        val = repr(field_key(task, fld, counted[0])) if counted else None
                    data[ai].append(val)
            alpha, observed, n_values = krippendorff_alpha(data) if clusters else (None, None, 0)
            n_pairable = sum(1 for u in range(len(clusters)) if sum(d[u] is not None for d in data) >= 2)
            rows.append({
                "extractor": task, "field": fld, "match": "exact" if task == "pairs" else match,
                "annotators": ", ".join(anns), "n_units": n_pairable, "n_values": n_values,
                "observed_agreement": observed, "alpha": alpha,
            })  # fmt: skip
    return pl.DataFrame(rows, schema=AGREEMENT_SCHEMA)


def _cluster_items(task: str, recs: list[dict[str, Any]], match: str) -> list[list[dict[str, Any]]]:
    if task == "pairs":
        groups: dict[tuple[Any, ...], list[dict[str, Any]]] = {}
        for r in recs:
            groups.setdefault((r["article_id"], r["sentence_id"], r["actor_a"], r["actor_b"]), []).append(r)
        return list(groups.values())
    recs = sorted(recs, key=lambda r: (r["article_id"], r["char_start"], r["char_end"], r["annotator"] or ""))
    clusters: list[list[dict[str, Any]]] = []
    end = -1
    for r in recs:
        cur = clusters[-1] if clusters else None
        if cur is not None and cur[0]["article_id"] == r["article_id"]:
            if match == "exact" and (cur[0]["char_start"], cur[0]["char_end"]) == (r["char_start"], r["char_end"]):
                cur.append(r)
                continue
            if match == "overlap" and r["char_start"] < end:
                cur.append(r)
                end = max(end, r["char_end"])
                continue
        clusters.append([r])
        end = r["char_end"]
    return clusters


# --------------------------------------------------------------------------- reporting


def plot_scores(scores: pl.DataFrame, *, annotator: str | None = None, field: str | None = None) -> alt.LayerChart:
    """Precision, recall and F1 with their intervals, one row per extractor and field (not displayed).

    ``annotator``: whose gold set (default: the first in ``scores``). ``field``: one field only
    (e.g. ``"span"``); default all.
    """
    import altair as alt

    require_columns(scores, list(SCORES_SCHEMA), what="plot_scores")
    if annotator is None and scores.height:
        annotator = scores["annotator"][0]
    df = scores.filter(pl.col("annotator") == annotator) if annotator is not None else scores
    if field is not None:
        df = df.filter(pl.col("field") == field)
    if df.filter(pl.col("f1").is_not_null() | pl.col("precision").is_not_null() | pl.col("recall").is_not_null()).height == 0:
        # nothing scored yet: a one-line message of a normal size (an empty layered chart drew an SVG
        # about 1.8e308 pixels wide)
        note = "No finished annotations yet: annotate, mark sentences done, then re-run this cell."
        text = alt.Chart(pl.DataFrame({"note": [note]})).mark_text(align="left", x=0, fontSize=13).encode(text="note:N", tooltip="note:N")
        return alt.LayerChart(layer=[text], width=360, height=30, title="Extractors against the gold set")
    long = pl.concat(
        [
            df.select(
                pl.format("{} · {}", "extractor", "field").alias("measure"), "extractor", "field",
                pl.lit(m).alias("metric"), pl.col(m).alias("estimate"),
                pl.col(f"{m}_low").alias("low"), pl.col(f"{m}_high").alias("high"), "n_gold", "n_pred",
            )  # fmt: skip
            for m in ("precision", "recall", "f1")
        ]
    )
    order = df.select(pl.format("{} · {}", "extractor", "field")).to_series().to_list()
    y = alt.Y("measure:N", sort=order, title=None)
    base = alt.Chart(long).encode(y=y, yOffset="metric:N", color=alt.Color("metric:N", title=None))
    rules = base.mark_rule().encode(x=alt.X("low:Q", scale=alt.Scale(domain=[0, 1]), title="score (95% bootstrap interval)"), x2="high:Q")
    points = base.mark_point(filled=True).encode(
        x="estimate:Q", tooltip=["extractor", "field", "metric", alt.Tooltip("estimate:Q", format=".2f"),
                                 alt.Tooltip("low:Q", format=".2f"), alt.Tooltip("high:Q", format=".2f"), "n_gold", "n_pred"],
    )  # fmt: skip
    return (rules + points).properties(title=f"Extractors against the gold set of {annotator}" if annotator else "No finished annotations yet", width=360)


def _fmt(v: float | None, low: float | None = None, high: float | None = None) -> str:
    if v is None:
        return "–"
    s = f"{v:.2f}"
    if low is not None and high is not None:
        s += f" [{low:.2f}, {high:.2f}]"
    return s


def format_model_card(
    scores: pl.DataFrame,
    agreement: pl.DataFrame | None = None,
    *,
    gold: Gold | None = None,
    annotator: str | None = None,
    title: str = "Validation of the toolkit's extractors",
) -> str:
    """A short model-card style summary in Markdown, to paste into a paper's appendix.

    Reports the gold set (articles, sentences, outlets, annotators), the scores of ``annotator``
    (default: the first) with their intervals, agreement between annotators and the caveats.
    """
    from toolkit import __version__

    require_columns(scores, list(SCORES_SCHEMA), what="format_model_card")
    if annotator is None and scores.height:
        annotator = scores["annotator"][0]
    df = scores.filter(pl.col("annotator") == annotator) if annotator is not None else scores
    lines = [f"## {title}", ""]
    match = df["match"].filter(df["extractor"] != "pairs")
    match_s = match[0] if match.len() else "overlap"
    if gold is not None and annotator is not None:
        u = gold.units.filter(pl.col("annotator") == annotator)
        n_art = u["article_id"].n_unique()
        outlets = sorted({o for o in gold.articles.filter(pl.col("article_id").is_in(u["article_id"].unique().to_list()))["outlet"].to_list() if o})
        lines.append(
            f"**Gold standard.** {u.height} sentences from {n_art} articles"
            + (f" ({', '.join(outlets)})" if outlets else "")
            + f", annotated by {annotator}"
            + (f"; second annotation by {', '.join(a for a in gold.annotators if a != annotator)}" if len(gold.annotators) > 1 else "")
            + ". Annotators saw the toolkit's proposals and accepted, corrected, rejected or added items."
        )
    lines += [
        "",
        f"**Model.** toolkit {__version__}: dictionary and rule-based extractors (actor mentions, actor pairs "
        "per sentence, numeric claims, quotes with speakers). Spans are matched "
        + ("exactly" if match_s == "exact" else "when they overlap (one-to-one)")
        + "; an attribute counts as correct only on a matched span.",
        "",
        "| extractor | field | gold | predicted | precision | recall | F1 |",
        "|---|---|---:|---:|---|---|---|",
    ]
    for r in df.iter_rows(named=True):
        lines.append(
            f"| {r['extractor']} | {r['field']} | {r['n_gold']} | {r['n_pred']} | "
            f"{_fmt(r['precision'], r['precision_low'], r['precision_high'])} | "
            f"{_fmt(r['recall'], r['recall_low'], r['recall_high'])} | {_fmt(r['f1'], r['f1_low'], r['f1_high'])} |"
        )
    lines += ["", "Brackets: 95% percentile bootstrap intervals over articles (seeded)."]
    if agreement is not None and agreement.height:
        parts = [
            f"{r['extractor']} {r['field']} α = {_fmt(r['alpha'])} (n = {r['n_units']})"
            for r in agreement.iter_rows(named=True)
            if r["n_units"]
        ]
        lines += ["", f"**Agreement** between {agreement['annotators'][0]} (Krippendorff's alpha, nominal): " + "; ".join(parts) + "."]
    lines += [
        "",
        "**Limitations.** Scores hold for this sample of this corpus; small gold sets give wide intervals. "
        "Rules were written for English wire copy and may miss other styles; quotes without quotation "
        "marks and numbers in tables are out of scope. Report these figures beside any count built on the tables.",
    ]
    return "\n".join(lines) + "\n"


# --------------------------------------------------------------------------- command line


def evaluate_gold(
    gold_path: str | Path | Sequence[str | Path],
    out_dir: str | Path,
    *,
    corpus: Any = None,
    match: Match = "overlap",
    n_boot: int = 1000,
    seed: int = 0,
    cluster: Cluster = "article",
    format: Format = "csv",
    dictionary: str | Path | None = None,
    align_new: bool = True,
) -> dict[str, pl.DataFrame]:
    """Score a corpus against a gold file and write the tables (``python -m toolkit evaluate``).

    ``corpus``: ``None`` runs the toolkit on the articles stored in the gold file; otherwise paths
    (as for :func:`toolkit.analyze`), an :class:`toolkit.Analysis` or a mapping of tables, which must
    hold every gold article (same ``article_id``). Writes ``scores``, ``agreement`` and ``matches``
    (``.csv`` or ``.parquet``), ``model_card.md`` and ``scores_chart.html`` to ``out_dir``; returns
    the three tables. ``align_new``: see :func:`match_extractions`.
    """
    check_choice("match", match, MATCH_CHOICES)
    check_choice("format", format, FORMAT_CHOICES)
    gold = read_gold(gold_path)
    if gold.articles.height == 0:
        raise ValueError(f"gold file {gold_path} holds no articles (records with \"record\": \"article\")")
    from toolkit.run.pipeline import analyze, analyze_articles

    if corpus is None:
        tables: Mapping[str, pl.DataFrame] = analyze_articles(gold.articles, dictionary=dictionary, progress=False).tables
    elif isinstance(corpus, Mapping) or hasattr(corpus, "tables"):
        tables = _tables(corpus)
    else:
        tables = analyze(corpus, dictionary=dictionary, progress=False).tables
    if "articles" in tables:
        have = set(tables["articles"]["article_id"].to_list())
        missing = [a for a in gold.units["article_id"].unique().to_list() if a not in have]
        if missing:
            raise ValueError(
                f"{len(missing)} gold article(s) are not in the corpus (article ids hash the text and metadata; "
                f"omit the corpus to analyse the gold file's own articles): {', '.join(sorted(missing)[:3])}"
            )
    matches = match_extractions(tables, gold, match=match, align_new=align_new)
    scores = summarise_scores(matches, gold.units, match=match, n_boot=n_boot, seed=seed, cluster=cluster)
    agreement = summarise_agreement(gold, match=match)
    out = Path(out_dir)
    out.mkdir(parents=True, exist_ok=True)
    result = {"scores": scores, "agreement": agreement, "matches": matches}
    for name, df in result.items():
        if format == "csv":
            df.write_csv(out / f"{name}.csv")
        else:
            df.write_parquet(out / f"{name}.parquet")
    (out / "model_card.md").write_text(format_model_card(scores, agreement, gold=gold), encoding="utf-8")
    if scores.height:
        plot_scores(scores).save(str(out / "scores_chart.html"))
    return result
