"""The finishing jobs of a run: every output table written from the chunks of the store (the reused ones and the
new), one job per table: row tables concatenated in input order, the corpus-wide tables (co-occurrence edges, actor
sentiment, claim ledger, sources, places) computed exactly and in bounded memory from only the columns they use.

Each table is written to a temporary file and renamed (:func:`_write_frame`): a run killed while writing never
leaves a half-written table under the table's name.

>>> import tempfile
>>> with tempfile.TemporaryDirectory() as tmp:
...     _write_frame(pl.DataFrame({"a": [1, 2]}), Path(tmp) / "t.parquet", "parquet")
...     pl.read_parquet(Path(tmp) / "t.parquet")["a"].to_list()
[1, 2]
"""

from __future__ import annotations

import hashlib
import json
import os
import shutil
import time
from pathlib import Path

import polars as pl

from toolkit.core.schema import ROW_TABLES, SCHEMAS, empty
from toolkit.run.batches import COUNT_PARTS, _release_memos
from toolkit.run.store import KEY, SKETCH_COLUMNS, _chunk_meta, _ids_hash

LZ4_TABLES = ("tokens", "cooc_pairs")
"""Output tables written with LZ4 compression instead of polars' default (zstd): the two largest row tables, which
every run (a re-analysis too) writes again from the chunks. Measured on the chunks of 20,000 generated news articles,
CPU seconds to write (one thread) and size: tokens 3.35 s, 89 MB (zstd) against 2.58 s, 111 MB (LZ4); cooc_pairs
3.74 s, 53 MB against 3.18 s, 82 MB; reading them back costs the same. pyarrow, pandas and DuckDB read both."""


ARTICLES_ROW_GROUP = 5_000
"""Rows per Parquet row group of the ``articles`` table. Polars' default (262,144 rows) held the whole text of a
100,000-article corpus in memory while writing it (1.0 GB of the job's peak); 5,000 articles are a few MB."""


def _write_frame(
    df: pl.DataFrame | pl.LazyFrame, path: Path, fmt: str, *, lz4: bool = False, row_group: int | None = None
) -> None:
    """Write a table to a temporary file beside ``path``, then rename it: a run killed while writing never
    leaves a half-written table under the table's name. ``lz4``: Parquet compressed with LZ4 (faster to write,
    larger) instead of zstd; ``row_group``: rows per Parquet row group (polars' default when ``None``)."""
    lf = df.lazy()
    tmp = path.with_name(f".{path.name}.tmp")
    if fmt == "csv":
        lists = [c for c, d in lf.collect_schema().items() if isinstance(d, pl.List)]
        lf = lf.with_columns(pl.col(c).cast(pl.List(pl.String)).list.join(";") for c in lists)
        lf.sink_csv(tmp)
    else:
        lf.sink_parquet(tmp, compression="lz4" if lz4 else "zstd", row_group_size=row_group)
    os.replace(tmp, path)


FINISH_IN_POOL_MAX_SENTENCES = 200_000
"""Up to this many sentences the corpus-wide files are written by the pool's workers side by side; above
it, one by one in the main process after the pool is closed (bounded memory on large corpora)."""

_SLOW_FINISH = ("actor_sentiment", "tokens", "cooc_pairs", "sentences")
"""Finishing jobs started first (the longest), so the pool's workers end together."""


LEDGER_IN_ONE_PIECE_MAX_CLAIMS = 200_000
"""Up to this many claims the claim ledger is one query (about 200 MB at most); above it, in pieces."""

LEDGER_PIECE_MAX_CLAIMS = 200_000
"""Claims per piece of a large run's claim ledger: the places of a category are taken together, in the order of
their series, up to this many claims (one place of one category with more is one piece). Measured on 100,000
generated news articles (4.8 million claims, 1.8 million of one category): one category at a time peaked at
1,460 MB, pieces of up to 200,000 claims (the largest, one place's, 400,000) at a few hundred MB."""


def _ledger_pieces(sizes: pl.DataFrame) -> list[tuple[str, list[str] | None]]:
    """The pieces of a claim ledger, in the order of its series: (``counted``, the place keys it takes, ``None``:
    all of the category's), from the claims per category and place key (``counted``, ``_pk``, ``len``; a place
    key is the ledger's place, ``?`` when none, then ``|``). Series ``counted|place|source`` sort in the order of
    ``counted + "|"`` and, within a category, of the place key, so consecutive place keys make a piece; a category
    one of whose places holds a ``|`` (the order would not hold) is one piece.

    >>> sizes = pl.DataFrame({"counted": ["aid", "aid", "aid", "killed"], "_pk": ["Gaza|", "?|", "Rafah|", "?|"],
    ...                       "len": [150_000, 90_000, 30_000, 10]})
    >>> _ledger_pieces(sizes)
    [('aid', ['?|']), ('aid', ['Gaza|', 'Rafah|']), ('killed', ['?|'])]
    """
    pieces: list[tuple[str, list[str] | None]] = []
    for cat in sorted(sizes["counted"].unique().to_list(), key=lambda c: c + "|"):
        rows = sizes.filter(pl.col("counted") == cat).sort("_pk")
        if rows["_pk"].str.strip_suffix("|").str.contains("|", literal=True).any():
            pieces.append((cat, None))
            continue
        keys: list[str] = []
        n = 0
        for key, size in rows.select("_pk", "len").iter_rows():
            if keys and n + size > LEDGER_PIECE_MAX_CLAIMS:
                pieces.append((cat, keys))
                keys, n = [], 0
            keys.append(key)
            n += size
        pieces.append((cat, keys))
    return pieces


def _claim_ledger_by_category(claims_parts: pl.LazyFrame, articles_parts: pl.LazyFrame, folder: Path) -> pl.LazyFrame:
    """The claim ledger of a run, in pieces of a category's places (:func:`_ledger_pieces`): every series and
    every same-day comparison lies within one category and place, and the pieces, written one after another (to
    ``folder``), come in the order of the series, so they are the whole table, while memory holds one piece's
    claims, not the corpus's. The claims the ledger uses are first written to ``folder`` (streaming, only the
    columns it reads), so each piece reads that one file, not every chunk again."""
    from toolkit.extract import claims

    needed = [c for c in SCHEMAS["claims"] if c in SCHEMAS["claim_ledger"] or c == "place_surface"]
    published = articles_parts.select("article_id", "published").collect()
    if claims_parts.select(pl.len()).collect().item() <= LEDGER_IN_ONE_PIECE_MAX_CLAIMS:
        return claims.claim_ledger_lazy(claims_parts.select(needed), published.lazy())
    shutil.rmtree(folder, ignore_errors=True)
    folder.mkdir(parents=True)
    place_key = (pl.coalesce("place", "place_surface").fill_null("?") + "|").alias("_pk")
    used = folder / "claims.parquet"
    # the categories the ledger leaves out, and null ones, are never in it
    claims_parts.filter(pl.col("counted").is_not_null() & ~pl.col("counted").is_in(claims.LEDGER_SKIP)).select(
        *needed, place_key
    ).sink_parquet(used)
    sizes = pl.scan_parquet(used).group_by("counted", "_pk").len().collect()
    files = []
    for i, (cat, keys) in enumerate(_ledger_pieces(sizes)):
        chosen = pl.col("counted") == cat
        if keys is not None:
            chosen &= pl.col("_pk").is_in(keys)
        piece = claims.claim_ledger_lazy(pl.scan_parquet(used).filter(chosen).select(needed), published.lazy())
        piece.collect().write_parquet(folder / f"part-{i:04d}.parquet")
        files.append(folder / f"part-{i:04d}.parquet")
    used.unlink()
    return pl.scan_parquet(files) if files else empty("claim_ledger").lazy()


ACTOR_ROWS = "actor_rows"
"""Folder of the store holding the last run's ``actor_sentiment`` rows under the digest of what each actor's rows
were computed from (:func:`toolkit.measure.sentiment.actor_rows_digest`): a re-analysis takes the rows of every
actor whose sentences and scores did not change instead of drawing its bootstrap again (the same rows)."""


def _actor_sentiment(
    folder: Path, sentiment_parts: pl.LazyFrame, mentions_parts: pl.LazyFrame
) -> pl.DataFrame:
    """``actor_sentiment`` of a run, reusing the rows of the actors whose inputs are those of the last run on this
    store (kept in ``folder/actor_rows/<key>.parquet``, ``key`` a hash of the code of
    :mod:`toolkit.measure.sentiment` and polars' version; a file of another key is never read), then keeping this
    run's rows for the next one."""
    from toolkit.core.cache import fingerprint
    from toolkit.measure import sentiment

    key = hashlib.blake2b(
        json.dumps([fingerprint(sentiment.__file__), pl.__version__]).encode(), digest_size=8
    )
    path = folder / ACTOR_ROWS / f"{key.hexdigest()}.parquet"
    reuse: dict[str, list[dict[str, object]]] = {}
    if path.exists():
        try:
            for row in pl.read_parquet(path).iter_rows(named=True):
                reuse.setdefault(row.pop("digest"), []).append(row)
        except (OSError, pl.exceptions.PolarsError):  # an unreadable file: nothing reused
            reuse = {}
    keep: dict[str, list[dict[str, object]]] = {}
    frame = sentiment.summarise_actor_sentiment(sentiment_parts, mentions_parts, reuse=reuse, keep=keep)
    del reuse
    rows = [{"digest": d, **row} for d, group in keep.items() for row in group]
    shutil.rmtree(path.parent, ignore_errors=True)  # other keys' files are never read again
    path.parent.mkdir(parents=True, exist_ok=True)
    if rows:
        tmp = path.with_name(f".{path.name}.tmp")
        pl.DataFrame(rows).write_parquet(tmp)
        os.replace(tmp, path)  # whole or absent: a killed run leaves no half-written file under its name
    return frame


def finish_table(name: str, parts: str, out: str, fmt: str, count: str = "articles") -> tuple[str, int | None, float]:
    """Write ``out/<name>.<fmt>`` from the batch parts in ``parts``; returns the name, its rows when the
    table was built here (an aggregate; ``None`` for a row table, whose rows the batches counted) and the
    seconds taken. ``count="stories"``: the aggregates of :data:`toolkit.io.stories.COUNTED_TABLES` count each
    story once (the rows of its first copy; the co-occurrence counts were made so by the batches)."""
    from toolkit.extract import quotes
    from toolkit.io.stories import COUNTED_TABLES, first_copies
    from toolkit.measure import cooc

    t0 = time.perf_counter()
    _release_memos()
    folder = Path(parts)
    plan = _read_plan(folder)

    def scan_all(table: str) -> pl.LazyFrame:
        return _scan_chunks(folder, plan, table)

    keep = first_copies(scan_all("articles")).lazy() if count == "stories" and name in COUNTED_TABLES else None

    def scan(table: str) -> pl.LazyFrame:
        lf = scan_all(table)
        return lf if keep is None or table == "articles" else lf.join(keep, on="article_id", how="semi")

    frame: pl.DataFrame | pl.LazyFrame
    if name in ROW_TABLES:
        frame = scan(name)
    elif name == "cooc_edges":
        # summed from the count files by the streaming engine, scored one window kind at a time (bounded memory)
        work = folder / "cooc_edges"
        shutil.rmtree(work, ignore_errors=True)
        sums = _cooc_sums(folder, plan, count, work / "recount")
        frame = cooc.score_sums(sums, work) if plan[0] else empty("cooc_edges")
    elif name == "actor_sentiment":
        frame = _actor_sentiment(folder, scan("sentiment"), scan("mentions"))  # lazy: reads what it uses
    elif name == "claim_ledger":
        frame = _claim_ledger_by_category(scan("claims"), scan("articles"), folder / "claim_ledger")
    elif name == "sources":
        used = ["article_id", "kind", "n_words", "speaker_actor_id", "speaker_label", "speaker_name", "speaker_surface"]
        frame = quotes.summarise_sources(scan("quotes").select(used).collect())  # not the quotes' text
    elif name == "places":
        from toolkit.extract.places import count_places

        frame = count_places(scan("mentions").select("article_id", "place_id").collect())
    else:  # pragma: no cover - every table of the schema is handled above
        raise ValueError(f"no finishing job for table {name!r}")
    if name in COUNTED_TABLES:
        frame = frame.with_columns(pl.lit(count, dtype=pl.String).alias("count_unit"))
    path = Path(out) / f"{name}.{fmt}"
    _write_frame(frame, path, fmt, lz4=name in LZ4_TABLES, row_group=ARTICLES_ROW_GROUP if name == "articles" else None)
    if isinstance(frame, pl.DataFrame):
        n_rows: int | None = frame.height
    else:  # a table sunk from a query: count what was written
        reader = pl.scan_parquet if fmt == "parquet" else pl.scan_csv
        n_rows = reader(path).select(pl.len()).collect().item()
    if name == "cooc_edges":
        shutil.rmtree(folder / "cooc_edges", ignore_errors=True)  # its pieces, now in the table
    return name, n_rows, time.perf_counter() - t0


Plan = tuple[list[tuple[str, bool, int]], dict[int, pl.Series]]
Counts = tuple[pl.DataFrame, pl.DataFrame, pl.DataFrame]


def _read_plan(folder: Path) -> Plan:
    """The segments of this run (chunk, whole?, segment number) and the ``article_id`` of each filtered one."""
    plan = json.loads((folder / "plan.json").read_text(encoding="utf-8"))["segments"]
    taken = pl.read_parquet(folder / "plan.parquet")
    ids = {int(sg): df["article_id"] for (sg,), df in taken.partition_by("seg", as_dict=True).items()}  # type: ignore[call-overload]
    return [(p["chunk"], bool(p["whole"]), int(p["seg"])) for p in plan], ids


def _scan_chunks(folder: Path, plan: Plan, table: str) -> pl.LazyFrame:
    """One table of the run, assembled from the plan's segments in order (a filtered segment: the rows of its
    articles in its chunk); ``articles`` with this run's ``story_id`` and ``story_size``
    (as :func:`toolkit.io.stories.add_stories`)."""
    segments, ids = plan
    frames = []
    run: list[Path] = []  # consecutive whole chunks: one scan
    for name, whole, sg in segments:
        path = folder / "chunks" / name / f"{table}.parquet"
        if whole:
            run.append(path)
            continue
        if run:
            frames.append(pl.scan_parquet(run))
            run = []
        frames.append(pl.scan_parquet(path).filter(pl.col("article_id").is_in(ids[sg].implode())))
    if run:
        frames.append(pl.scan_parquet(run))
    lf = pl.concat(frames, how="vertical") if frames else empty(table).lazy()
    if table == "articles" and segments:  # this run's input, as the batches were given it (read lazily)
        stories = json.loads((folder / "plan.json").read_text(encoding="utf-8"))["stories"]
        story = pl.scan_parquet(folder / "stories.parquet").select("article_id", "story_id", "story_size")
        # one scan of every spooled part and one join (a join per part took 7.2 CPU s and 1.6 GB at 100,000
        # articles, 2.4 s and 0.3 GB so, with ARTICLES_ROW_GROUP); each part's own de-duplication as before
        parts = [
            pl.scan_parquet(path).drop(KEY, *SKETCH_COLUMNS).with_columns(pl.lit(i, dtype=pl.Int64).alias("_part"))
            for i, path in enumerate(sorted((folder / "spool").glob("part-*.parquet")))
        ]
        return _select_stories_lazy(_add_stories_lazy(pl.concat(parts, how="vertical"), story), stories).drop("_part")
    return lf


def _chunk_counts(folder: Path, plan: Plan, count: str, work: Path) -> list[tuple[Path, Path, Path]]:
    """The files of the co-occurrence counts of every chunk of the run (pairs, actors, totals): the chunk's own
    when it counted the same articles as this run would (every article, or every first copy with
    ``count="stories"``); else counted again from the chunk's rows of those articles (a chunk some of whose
    articles are gone, or whose first copies changed) and written to ``work``, one chunk at a time."""
    return [_count_files(folder, part, work) for part in _count_parts(folder, plan, count)]


CountPart = tuple[str, str, pl.Series | None]
"""One chunk's share of a run's co-occurrence counts: its identity (``<chunk>:<hash of the ids it counts>``), the
chunk's name, and the ids to count again from its rows (``None``: the chunk's own count files hold them)."""


def _count_parts(folder: Path, plan: Plan, count: str) -> list[CountPart]:
    """What each chunk of the run adds to the co-occurrence counts (:data:`CountPart`), without reading its counts."""
    segments, ids = plan
    chunks: dict[str, list[pl.Series] | None] = {}  # chunk -> the ids taken from it (None: all)
    for name, whole, sg in segments:
        if whole:
            chunks[name] = None
        else:
            chunks.setdefault(name, []).append(ids[sg])  # type: ignore[union-attr]
    copies = None  # with count="stories": the articles that are not the first copy of their story
    if count == "stories":
        story = pl.read_parquet(folder / "stories.parquet", columns=["article_id", "story_id"])
        copies = story.filter(pl.col("article_id") != pl.col("story_id"))["article_id"].implode()
    out: list[CountPart] = []
    for name, parts in chunks.items():
        d = folder / "chunks" / name
        taken = (
            pl.read_parquet(d / "keys.parquet", columns=["article_id"])["article_id"]
            if parts is None
            else pl.concat(parts)
        )
        if copies is not None:
            taken = taken.filter(~taken.is_in(copies))
        counted = _ids_hash(taken.to_list())
        own = (_chunk_meta(d) or {}).get("counted") == counted
        out.append((f"{name}:{counted}", name, None if own else taken))
    return out


def _count_files(folder: Path, part: CountPart, work: Path) -> tuple[Path, Path, Path]:
    """The count files of one :data:`CountPart`: the chunk's own, or counted again from its rows into ``work``."""
    from toolkit.measure import cooc

    _, name, taken = part
    d = folder / "chunks" / name
    if taken is None:
        return tuple(d / f"{t}.parquet" for t in COUNT_PARTS)  # type: ignore[return-value]

    def rows(t: str) -> pl.DataFrame:
        return pl.read_parquet(d / f"{t}.parquet").filter(pl.col("article_id").is_in(taken.implode()))

    work.mkdir(parents=True, exist_ok=True)
    recount = cooc.count_cooccurrence(rows("cooc_pairs"), rows("mentions"), rows("sentences"))
    paths = tuple(work / f"{name}-{t}.parquet" for t in COUNT_PARTS)
    for df, path in zip(recount, paths, strict=True):
        df.write_parquet(path)
    return paths  # type: ignore[return-value]


COOC_SUMS = "cooc_sums"
"""Folder of the store holding the co-occurrence counts summed by the last run (``pairs``, ``actors``, ``totals``
``.parquet``) and, written last, ``parts.json``: the identities of the chunk counts in the sum
(:data:`CountPart`). A re-analysis adds the counts of its new chunks to that sum and takes away those of the chunks
it no longer uses, instead of summing every chunk's counts again: the same integers, so the same table."""


def _cooc_sums(folder: Path, plan: Plan, count: str, work: Path) -> Counts:
    """The summed co-occurrence counts of this run's chunks, from the sum kept by the last run when that touches
    fewer count files (its chunks' identities and the files to add and take away); then kept for the next run."""
    from toolkit.measure import cooc

    parts = _count_parts(folder, plan, count)
    now = {p[0]: p for p in parts}
    kept_dir = folder / COOC_SUMS
    try:
        before = json.loads((kept_dir / "parts.json").read_text(encoding="utf-8"))
        kept = set(before["parts"]) if before.get("version") == 1 and before.get("polars") == pl.__version__ else None
    except (OSError, ValueError, KeyError, TypeError):
        kept = None
    start = None
    add = list(now)
    remove: list[str] = []
    if kept is not None:
        gone = sorted(kept - now.keys())
        # a part no longer used can be taken away only from its chunk's own count files (still in the store)
        removable = all(_own_counts(folder, ident) for ident in gone)
        new = [i for i in now if i not in kept]
        if removable and len(new) + len(gone) < len(now):
            try:
                start = tuple(pl.read_parquet(kept_dir / f"{t}.parquet") for t in ("pairs", "actors", "totals"))
                add, remove = new, gone
            except (OSError, pl.exceptions.PolarsError):  # an unreadable sum: everything summed again
                start = None
    sums = cooc.sum_count_files(
        [_count_files(folder, now[i], work) for i in add],
        start=start,  # type: ignore[arg-type]
        subtract=[_own_counts(folder, i) for i in remove],  # type: ignore[misc]
    )
    tmp = folder / f".{COOC_SUMS}.tmp"
    shutil.rmtree(tmp, ignore_errors=True)
    tmp.mkdir(parents=True)
    for df, t in zip(sums, ("pairs", "actors", "totals"), strict=True):
        df.write_parquet(tmp / f"{t}.parquet", compression="lz4")
    meta = {"version": 1, "polars": pl.__version__, "parts": sorted(now)}
    (tmp / "parts.json").write_text(json.dumps(meta), encoding="utf-8")  # last: a sum without it is never read
    shutil.rmtree(kept_dir, ignore_errors=True)
    os.replace(tmp, kept_dir)
    return sums


def _own_counts(folder: Path, ident: str) -> tuple[Path, Path, Path] | None:
    """The count files of a chunk whose own counts have the identity ``ident`` (``None`` when the chunk is gone or
    counted other articles)."""
    name, _, counted = ident.rpartition(":")
    d = folder / "chunks" / name
    if not name or (_chunk_meta(d) or {}).get("counted") != counted:
        return None
    return tuple(d / f"{t}.parquet" for t in COUNT_PARTS)  # type: ignore[return-value]


def _add_stories_lazy(lf: pl.LazyFrame, story: pl.LazyFrame) -> pl.LazyFrame:
    """:func:`toolkit.io.stories.add_stories` on a lazy frame."""
    return (
        lf.drop("story_id", "story_size", strict=False)
        .join(story, on="article_id", how="left", maintain_order="left")
        .with_columns(pl.col("story_id").fill_null(pl.col("article_id")), pl.col("story_size").fill_null(1).cast(pl.Int64))
    )


def _select_stories_lazy(lf: pl.LazyFrame, stories: str) -> pl.LazyFrame:
    """:func:`toolkit.io.stories.select_stories` on a lazy frame (one spooled batch, as the batches are given it)."""
    if stories == "first":  # the first of an id's rows within a spooled part (``_part``, when the frame holds several)
        subset = ["_part", "article_id"] if "_part" in lf.collect_schema().names() else ["article_id"]
        return lf.filter(pl.col("article_id") == pl.col("story_id")).unique(subset, keep="first", maintain_order=True)
    if stories == "drop":
        return lf.filter(pl.col("story_size") == 1)
    return lf
