"""The annotation store: every decision one JSON line, appended and flushed at once, one file per corpus."""

from __future__ import annotations

import json
import os
from collections.abc import Iterable, Mapping
from pathlib import Path
from typing import TYPE_CHECKING, Any

import polars as pl

from toolkit.core.errors import check_choice
from toolkit.core.schema import SCHEMAS, conform, require_columns
from toolkit.validate.gold import CorpusMismatchError, Gold, _read_records, corpus_id, read_gold
from toolkit.validate.tasks import (
    DECISIONS,
    SAMPLE_SCHEMA,
    SPAN_TASKS,
    TEXT_COLUMN,
    _json_value,
    _now,
    item_id,
)

if TYPE_CHECKING:
    pass

# --------------------------------------------------------------------------- annotation store








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
                "toolkit.validate.store_for(articles, folder) for a store of this corpus, or give another file."
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
