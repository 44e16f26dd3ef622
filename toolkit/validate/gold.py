"""Gold sets: replay an annotation file into tables, build one from tables, write one; ids of new actors aligned."""

from __future__ import annotations

import datetime as dt
import hashlib
import json
import os
import warnings
from collections.abc import Sequence
from dataclasses import dataclass, field
from pathlib import Path
from typing import TYPE_CHECKING, Any

import polars as pl

from toolkit.core.errors import check_choice
from toolkit.core.schema import SCHEMAS, conform, empty, require_columns
from toolkit.validate.tasks import (
    _META,
    _UNITS_SCHEMA,
    SAMPLE_SCHEMA,
    SPAN_TASKS,
    TASKS,
    TEXT_COLUMN,
    _json_value,
    find_sentence_pairs,
    item_id,
)

if TYPE_CHECKING:
    pass

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

    >>> import tempfile
    >>> import polars as pl
    >>> from toolkit import read_gold
    >>> from toolkit.validate import write_gold
    >>> text = 'Ruiz said: "We will rebuild."'
    >>> quotes = pl.DataFrame({"article_id": ["a1"], "sentence_id": [0], "char_start": [11], "char_end": [29],
    ...                        "quote": [text[11:29]], "kind": ["direct"], "speaker_surface": ["Ruiz"]})
    >>> path = Path(tempfile.mkdtemp()) / "gold.jsonl"
    >>> _ = write_gold(path, pl.DataFrame({"article_id": ["a1"], "text": [text]}), annotator="ann1", quotes=quotes)
    >>> read_gold(path).quotes.select("annotator", "quote", "speaker_surface").rows()
    [('ann1', '"We will rebuild."', 'Ruiz')]
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
    "mentions": ("place_id", "tone_score"), "claims": ("source_rule", "span_start", "span_end"),
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








