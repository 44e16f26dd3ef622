"""The re-analysis store (``OUT/.store``): what a run keeps of every batch it computed, which articles a later run
reuses from it, and the plan by which a run's tables are assembled from its chunks.

Every batch a run computes is kept as a *chunk*: ``.store/chunks/<run>-<batch>/`` holds the batch's row tables
and co-occurrence counts (``<table>.parquet``), ``keys.parquet`` (``article_id`` and the article's content key)
and, written last, ``meta.json`` (the settings key, the ids its co-occurrence counts counted, rows per table).
A batch is written to ``<name>.tmp/`` and renamed when complete, so a chunk folder without ``.tmp`` is whole;
a killed run leaves only whole chunks (reused by the next run) and ``.tmp`` folders (deleted by it).
A later run on the same folder reuses the rows of every article whose ``article_id`` and content key are in a
chunk written under the same settings key (:func:`settings_key`), computes only the others, and builds every
output table from the chunks that hold the articles of this run (a chunk some of whose articles are gone is read
filtered; :mod:`toolkit.run.finish`). A chunk's ``meta.json`` also holds its *text key* (:func:`text_key`): a run
whose settings differ only in the actor dictionary, the lexicon or the tone model takes the sentences, tokens and
sketches of the chunk's unchanged articles and computes only the stages that read the actors.

>>> import polars as pl
>>> keys = content_keys(pl.DataFrame({"article_id": ["a", "b"], "text": ["Kyiv was hit.", "Kyiv was hit."]}))
>>> keys.len(), keys[0] != keys[1]  # the id is part of the content
(2, True)
"""

from __future__ import annotations

import hashlib
import json
import os
import shutil
import sys
import time
from collections.abc import Iterable, Iterator
from pathlib import Path
from typing import Any

import polars as pl

from toolkit.io.loading import ArticleStream

STORE = ".store"
"""Folder (inside the output folder) of the chunks a later run reuses."""

KEY = "_content_key"
"""Column of the spooled batches: a hash of the article's input columns (:func:`content_keys`)."""


def content_keys(articles: pl.DataFrame) -> pl.Series:
    """A 128-bit hash (hex) of each article's input columns: an article whose text or metadata changed gets a
    new key even when its ``article_id`` is kept. Not in it: ``story_id`` and ``story_size`` (the run computes
    them) and ``source`` (where the input was read: no row table but ``articles`` holds it, and ``articles`` is
    always written from this run's input), so an article moved to another file is still reused."""
    cols = sorted(c for c in articles.columns if c not in ("source", "story_id", "story_size", KEY))
    head = json.dumps(cols).encode()
    if not cols or articles.height == 0:
        return pl.Series(KEY, [hashlib.blake2b(head, digest_size=16).hexdigest()] * articles.height, dtype=pl.String)
    # each row as JSON by polars (half the CPU of Python's json per row; polars' version is in the settings key)
    rows = articles.select(pl.struct(cols).struct.json_encode())
    keys = [hashlib.blake2b(head + row.encode(), digest_size=16).hexdigest() for row in rows.to_series()]
    return pl.Series(KEY, keys, dtype=pl.String)


_PACKAGE_SUFFIXES = (".py", ".yaml", ".yml", ".csv", ".tsv", ".txt", ".json")


def package_fingerprint() -> list[tuple[str, int, int]]:
    """``(path inside the package, modification time in ns, size)`` of the toolkit's code and data files: an
    edited rule, vocabulary or extractor changes the rows, so it invalidates what earlier runs computed."""
    from toolkit.core.cache import fingerprint

    package = Path(__file__).resolve().parents[1]
    files = sorted(
        p for p in package.rglob("*") if p.suffix in _PACKAGE_SUFFIXES and "__pycache__" not in p.parts and p.is_file()
    )
    return [(os.path.relpath(path, package), mtime, size) for path, mtime, size in fingerprint(*files)]


def settings_key(dictionary: str | Path | None = None, lexicon: str | Path | None = None, *, tone_model: bool = True) -> str:
    """The settings the row tables of an article depend on, as one hash: the toolkit's version, the
    fingerprints (:func:`toolkit.core.cache.fingerprint`: path, modification time, size) of its code and
    data files (rules, vocabularies) and of the user's ``dictionary`` and ``lexicon``, polars' version and
    whether the tone model ran (``tone_model=False`` leaves ``mentions.tone_score`` empty).
    ``stories`` and ``count`` are not in it: they change which rows are kept and counted, which every run
    recomputes from the chunks."""
    from toolkit.core.cache import fingerprint

    payload = {
        "toolkit": getattr(sys.modules.get("toolkit"), "__version__", ""),
        "polars": pl.__version__,
        "package": package_fingerprint(),
        "dictionary": fingerprint(dictionary),
        "lexicon": fingerprint(lexicon),
    }
    if not tone_model:  # only when off: the key of a default run stays what it was (earlier stores still reused)
        payload["tone_model"] = False
    return hashlib.blake2b(json.dumps(payload, default=str).encode(), digest_size=16).hexdigest()


def text_key() -> str:
    """The settings the actor-independent rows of an article depend on (its ``sentences`` and ``tokens``, and its
    MinHash sketch for the stories), as one hash: :func:`settings_key` without the user's ``dictionary``, ``lexicon``
    and the tone model. A run whose settings key differs from a chunk's but whose text key is the chunk's (only the
    dictionary, the lexicon or ``tone_model`` changed) takes the sentences and tokens of the chunk's unchanged
    articles instead of splitting them again, and computes only the stages after them.

    >>> text_key() == text_key() and len(text_key()) == 32
    True
    """
    payload = {
        "toolkit": getattr(sys.modules.get("toolkit"), "__version__", ""),
        "polars": pl.__version__,
        "package": package_fingerprint(),
        "text": 1,
    }
    return hashlib.blake2b(json.dumps(payload, default=str).encode(), digest_size=16).hexdigest()


def _ids_hash(ids: Iterable[str]) -> str:
    return hashlib.blake2b("\n".join(sorted(ids)).encode(), digest_size=16).hexdigest()


def _load_store(chunks: Path, key: str, text: str | None = None) -> pl.DataFrame:
    """``article_id``, content key and ``chunk`` of every article held by a whole chunk written under
    ``key`` (oldest chunk first); ``.tmp`` folders left by a killed run are deleted. With ``text`` (a
    :func:`text_key`): those of the whole chunks written under another settings key but this text key instead."""
    frames = []
    for d in sorted(chunks.iterdir()):
        if d.name.endswith(".tmp"):
            shutil.rmtree(d, ignore_errors=True)
            continue
        meta = _chunk_meta(d)
        if meta is None or (meta.get("settings_key") != key if text is None else not _text_only(meta, key, text)):
            continue
        frames.append(pl.read_parquet(d / "keys.parquet").with_columns(pl.lit(d.name).alias("chunk")))
    schema = {"article_id": pl.String, KEY: pl.String, "chunk": pl.String}
    return pl.concat(frames) if frames else pl.DataFrame(schema=schema)


def _text_only(meta: dict[str, Any], key: str, text: str) -> bool:
    return meta.get("settings_key") != key and meta.get("text_key") == text


def _chunk_meta(d: Path) -> dict[str, Any] | None:
    try:
        return dict(json.loads((d / "meta.json").read_text(encoding="utf-8")))
    except (OSError, ValueError):
        return None


def _commit_chunk(
    tmp: Path, key: str, keys: pl.DataFrame, counted: str, rows: dict[str, int], text: str | None = None
) -> str:
    """Write ``keys.parquet``, ``sketches.parquet`` (the articles' MinHash sketches, which a later run reuses
    to find the stories) and, last, ``meta.json`` into a batch's temporary folder, then rename it to the
    chunk's name: from here on a later run may reuse it."""
    keys.select("article_id", KEY).write_parquet(tmp / "keys.parquet")
    sketches = keys.select(
        KEY, "article_id", pl.col("published_sketch").alias("published"),
        pl.col("_signature").alias("signature"), pl.col("_shingles").alias("shingles"),
    )  # fmt: skip
    sketches.write_parquet(tmp / "sketches.parquet", compression="lz4")
    meta = {"settings_key": key, "text_key": text, "counted": counted, "rows": rows}
    (tmp / "meta.json").write_text(json.dumps(meta), encoding="utf-8")
    final = tmp.with_name(tmp.name.removesuffix(".tmp"))
    os.replace(tmp, final)
    return final.name


def _kept_keys(files: list[Path], story_table: pl.DataFrame, stories: str) -> pl.DataFrame:
    """``article_id`` and content key of the articles this run keeps (after ``stories``), in input order."""
    from toolkit.io.stories import add_stories, select_stories

    frames = [
        select_stories(add_stories(pl.read_parquet(path, columns=["article_id", KEY]), story_table), stories=stories)  # type: ignore[arg-type]
        .select("article_id", KEY)
        for path in files
    ]
    return pl.concat(frames) if frames else pl.DataFrame(schema={"article_id": pl.String, KEY: pl.String})


def _new_batches(
    files: list[Path],
    story_table: pl.DataFrame,
    stories: str,
    reused: set[str],
    batch_size: int,
    *,
    any_kept: bool,
    text_from: pl.DataFrame | None = None,
    chunks: Path | None = None,
) -> Iterator[pl.DataFrame]:
    """The spooled articles not reused from the store, with ``story_id`` and ``story_size``, filtered by
    ``stories``, in batches of ``batch_size`` (one empty batch when the run keeps no article at all, so a run
    on no article still writes every table). ``text_from`` (content key, ``chunk``): articles whose sentences and
    tokens a chunk of other settings holds (:func:`text_key`); their batch names the chunk in :data:`TEXT_CHUNK`
    and carries their sketches from it (see :func:`_with_text_chunks`)."""
    from toolkit.io.stories import add_stories, select_stories

    held: list[pl.DataFrame] = []
    n = 0
    done = pl.Series(KEY, list(reused), dtype=pl.String).implode()
    for path in files:
        if reused and pl.read_parquet(path, columns=[KEY])[KEY].is_in(done).all():
            continue  # every article of this part is reused: its text is not read again (a re-run's old input)
        batch = select_stories(add_stories(pl.read_parquet(path), story_table), stories=stories)  # type: ignore[arg-type]
        batch = batch.filter(~pl.col(KEY).is_in(done)) if reused else batch
        while batch.height:
            take = batch.head(batch_size - n)
            batch = batch.slice(take.height)
            held.append(take)
            n += take.height
            if n >= batch_size:
                yield _with_text_chunks(pl.concat(held), text_from, chunks)
                held, n = [], 0
    if held:
        yield _with_text_chunks(pl.concat(held), text_from, chunks)
    elif not any_kept and files:
        yield select_stories(add_stories(pl.read_parquet(files[0]), story_table), stories=stories).head(0)  # type: ignore[arg-type]


TEXT_CHUNK = "_text_chunk"
"""Column of a batch naming, for each article whose sentences and tokens a chunk of other settings holds, that
chunk (null for the others); :func:`toolkit.run.batches.process_batch` takes it away and reads them from there."""


def _with_text_chunks(batch: pl.DataFrame, text_from: pl.DataFrame | None, chunks: Path | None) -> pl.DataFrame:
    """``batch`` with :data:`TEXT_CHUNK` (when any of its articles is in ``text_from``) and, for those articles, the
    MinHash sketch columns filled from their chunk (the stories pass took their sketches from there and spooled none;
    the batch's own chunk keeps them for the next run)."""
    if text_from is None or chunks is None or text_from.height == 0:
        return batch
    src = text_from.select(KEY, pl.col("chunk").alias(TEXT_CHUNK)).unique(KEY, keep="last")
    out = batch.join(src, on=KEY, how="left", maintain_order="left")
    names = out[TEXT_CHUNK].drop_nulls().unique().sort().to_list()
    if not names:
        return batch
    wanted = out.filter(pl.col(TEXT_CHUNK).is_not_null()).select(KEY)
    sk = pl.concat(
        [pl.read_parquet(chunks / name / "sketches.parquet").join(wanted, on=KEY, how="semi") for name in names]
    ).unique(KEY, keep="last")
    sk = sk.select(KEY, *(pl.col(c).alias(f"{s}_given") for c, s in zip(_SKETCH_SOURCES, SKETCH_COLUMNS, strict=True)))
    out = out.join(sk, on=KEY, how="left", maintain_order="left")
    return out.with_columns(pl.coalesce(s, f"{s}_given").alias(s) for s in SKETCH_COLUMNS).drop(
        *(f"{s}_given" for s in SKETCH_COLUMNS)
    )


_SKETCH_SOURCES = ("published", "signature", "shingles")
"""The columns of a chunk's ``sketches.parquet`` that hold :data:`SKETCH_COLUMNS`, in that order."""


def _noting(
    batches: Iterable[pl.DataFrame], notes: dict[int, tuple[pl.DataFrame, str]], count: str
) -> Iterator[pl.DataFrame]:
    """The batches without their content keys and sketches, noting those and the ids each one counted, for
    its chunk."""
    from toolkit.io.stories import first_copies

    for i, b in enumerate(batches):
        counted = first_copies(b)["article_id"] if count == "stories" else b["article_id"]
        notes[i] = (b.select("article_id", KEY, *SKETCH_COLUMNS), _ids_hash(counted.to_list()))
        yield b.drop(KEY, *SKETCH_COLUMNS)


MAX_SEGMENTS = 10_000
"""Most pieces a run's tables are assembled from (runs of consecutive input articles held by one chunk); with more
(a reordered input), one piece per chunk: the same rows, but the reused articles no longer in input order."""


def _write_plan(
    store: Path, kept: pl.DataFrame, held: pl.DataFrame, story_table: pl.DataFrame, chunks: Path, stories: str
) -> int:
    """Plan the assembly of the tables: the kept articles in input order, cut into *segments* (runs of
    consecutive articles held by one chunk), so the tables hold the rows in the order a fresh run writes them.
    ``held``: ``article_id``, content key and ``chunk`` of the reused and the new articles. Writes ``plan.json``
    (the segments in order: chunk, whole or filtered), ``plan.parquet`` (``seg``, ``article_id`` of the filtered
    ones) and ``stories.parquet`` (this run's story table). Returns the sentences the chunks hold."""
    where = kept.join(
        held.unique(KEY, keep="first"), on=["article_id", KEY], how="left", maintain_order="left"
    )
    where = where.filter(pl.col("chunk").is_not_null())
    sizes = {
        name: pl.scan_parquet(chunks / name / "keys.parquet").select(pl.len()).collect().item()
        for name in where["chunk"].unique().to_list()
    }
    seg = where.with_columns(
        (pl.col("chunk") != pl.col("chunk").shift()).fill_null(True).cum_sum().alias("seg")
    )
    if seg.height and int(seg["seg"].max()) > max(MAX_SEGMENTS, 2 * len(sizes)):  # type: ignore[arg-type]
        seg = seg.with_columns(pl.col("chunk").rank("min").alias("seg")).sort("seg", maintain_order=True)
    pieces = seg.group_by("seg", maintain_order=True).agg(pl.col("chunk").first(), pl.len().alias("n"))
    n_segs = pieces.group_by("chunk").len()
    per_chunk = dict(zip(n_segs["chunk"].to_list(), n_segs["len"].to_list(), strict=True))
    plan = [
        {"seg": int(sg), "chunk": ch, "whole": per_chunk[ch] == 1 and n == sizes[ch]}
        for sg, ch, n in pieces.select("seg", "chunk", "n").iter_rows()
    ]
    whole = [p["seg"] for p in plan if p["whole"]]
    taken = seg.filter(~pl.col("seg").is_in(whole)).select(pl.col("seg").cast(pl.Int64), "article_id")
    taken.write_parquet(store / "plan.parquet")
    story_table.write_parquet(store / "stories.parquet")
    (store / "plan.json").write_text(json.dumps({"segments": plan, "stories": stories}), encoding="utf-8")
    return sum(
        int(((_chunk_meta(chunks / name) or {}).get("rows") or {}).get("sentences", 0)) for name in sizes
    )


def plan_digest(store: Path, count: str, fmt: str) -> str:
    """A digest of what a run's tables other than ``articles`` are made from: its plan (which chunks, which of their
    articles, in which order: ``plan.json``, ``plan.parquet``), its story table, ``count`` and the output format.
    Chunks never change once written (a new batch is a new chunk, with a new name), so an equal digest means equal
    tables. ``articles`` is not covered: it is written from this run's input (its ``source`` may change).

    >>> import tempfile
    >>> with tempfile.TemporaryDirectory() as tmp:
    ...     for name in ("plan.json", "plan.parquet", "stories.parquet"):
    ...         _ = (Path(tmp) / name).write_text(name)
    ...     plan_digest(Path(tmp), "articles", "csv") == plan_digest(Path(tmp), "stories", "csv")
    False
    """
    h = hashlib.blake2b(json.dumps([count, fmt]).encode(), digest_size=16)
    for name in ("plan.json", "plan.parquet", "stories.parquet"):
        h.update((store / name).read_bytes())
    return h.hexdigest()


def unchanged_tables(store: Path, out: Path, digest: str, fmt: str) -> dict[str, int]:
    """The tables the last finished run on this store wrote from a plan of the same :func:`plan_digest` and that are
    still in ``out`` as it wrote them (same size and modification time), with their rows: a run need not write
    them again. Empty when there was no finished run, another plan, or the manifest cannot be read.

    >>> import tempfile
    >>> with tempfile.TemporaryDirectory() as tmp:
    ...     unchanged_tables(Path(tmp), Path(tmp), "0" * 32, "parquet")  # no finished run here
    {}
    """
    try:
        written = json.loads((store / "manifest.json").read_text(encoding="utf-8")).get("tables") or {}
    except (OSError, ValueError):
        return {}
    if written.get("digest") != digest:
        return {}
    same = {}
    for name, (size, mtime, rows) in (written.get("files") or {}).items():
        try:
            st = (out / f"{name}.{fmt}").stat()
        except OSError:
            continue
        if st.st_size == size and st.st_mtime_ns == mtime:
            same[name] = int(rows)
    return same


def _tidy_store(store: Path, chunks: Path, key: str, tables: dict[str, Any] | None = None) -> None:
    """After a finished run: delete the chunks it did not use (other settings, articles no longer in the
    input) and the spooled input; then write ``manifest.json``, last (with ``tables``: the digest of the plan the
    tables were written from, and each table's size, modification time and rows; see :func:`unchanged_tables`)."""
    plan = json.loads((store / "plan.json").read_text(encoding="utf-8"))["segments"]
    used = {p["chunk"] for p in plan}
    for d in chunks.iterdir():
        if d.name not in used:
            shutil.rmtree(d, ignore_errors=True)
    shutil.rmtree(store / "spool", ignore_errors=True)
    manifest = {"settings_key": key, "chunks": plan, "finished": time.strftime("%Y-%m-%dT%H:%M:%S%z"), "tables": tables}
    tmp = store / ".manifest.json.tmp"
    tmp.write_text(json.dumps(manifest, indent=1), encoding="utf-8")
    os.replace(tmp, store / "manifest.json")


SKETCH_COLUMNS = ("published_sketch", "_signature", "_shingles")
"""Columns of the spooled batches holding each new article's MinHash sketch (for its chunk)."""


def _find_stories_pass(
    stream: ArticleStream, spool: Path, stage_seconds: dict[str, float], stored: pl.DataFrame, chunks: Path
) -> tuple[list[Path], pl.DataFrame]:
    """Read every batch once: spool it (with each article's content key and, for an article no chunk holds,
    its MinHash sketch) to ``spool/part-<i>.parquet``; then group the stories over the sketches of the whole
    corpus (those of the articles ``stored`` in chunks read from there, not computed again). Returns the
    spooled files and the ``article_id, story_id, story_size`` table."""
    from toolkit.io.stories import SKETCH_SCHEMA, group_stories, sketch_articles

    spool.mkdir(parents=True, exist_ok=True)
    files: list[Path] = []
    sketches: list[pl.DataFrame] = []
    held = stored[KEY].implode()
    from_store: list[pl.DataFrame] = []
    t0 = time.perf_counter()
    for i, batch in enumerate(stream):
        path = spool / f"part-{i:06d}.parquet"
        batch = batch.with_columns(content_keys(batch))
        new = batch.filter(~pl.col(KEY).is_in(held))
        from_store.append(batch.filter(pl.col(KEY).is_in(held)).select(KEY))
        sk = sketch_articles(new).with_columns(new[KEY])
        sketches.append(sk.drop(KEY))
        cols = sk.select(
            KEY, pl.col("published").alias("published_sketch"),
            pl.col("signature").alias("_signature"), pl.col("shingles").alias("_shingles"),
        )  # fmt: skip
        batch.join(cols, on=KEY, how="left", maintain_order="left").write_parquet(path, compression="lz4")
        files.append(path)
    reused = pl.concat(from_store) if from_store else pl.DataFrame(schema={KEY: pl.String})
    where = stored.join(reused, on=KEY, how="semi").unique(KEY, keep="last")
    for (name,), ks in where.partition_by("chunk", as_dict=True).items():
        sk = pl.read_parquet(chunks / str(name) / "sketches.parquet").join(ks.select(KEY), on=KEY, how="semi")
        sketches.append(sk.select(list(SKETCH_SCHEMA)))
    t1 = time.perf_counter()
    all_sketches = pl.concat(sketches) if sketches else None
    sketches.clear()  # one copy of the sketches while grouping
    table = group_stories([] if all_sketches is None else all_sketches)
    del all_sketches
    stage_seconds["stories_sketch"] = t1 - t0
    stage_seconds["stories_group"] = time.perf_counter() - t1
    return files, table
