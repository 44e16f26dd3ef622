"""Read articles from files, folders, globs, frames or strings.

Tables out: ``articles`` and ``load_report`` (see :mod:`toolkit.core.schema`).

Formats: ``.txt``/``.md`` (optional YAML front matter, or a sidecar ``.json`` with the same stem
holding title, outlet, published, url, byline, language), ``.csv``/``.tsv``/``.parquet``/``.jsonl``/
``.json`` (one article a row; columns found by common names or mapped with ``columns=``) and
``.html`` (main text extracted with trafilatura; scripts, styles and navigation dropped).
News-archive exports (LexisNexis text, Nexis Uni ``.docx``, Factiva HTML/RTF/text, ProQuest text, Media Cloud and GDELT
CSV) are recognised by their content and read by :mod:`toolkit.io.exports`, one article per document.

Encodings: UTF-8, UTF-8/16/32 with a byte-order mark, and legacy encodings (cp1252 and others)
detected by charset-normalizer; the encoding used is recorded in ``load_report.encoding``.

Wire copy: a dateline at the start ("GAZA CITY (AFP) -") and desk sign-offs at the end
("burs-jxb/ami", "-- Reuters") are moved to ``articles.dateline`` / ``articles.signoff``.

>>> loaded = read_articles(["Israel rejected the allegation.\\nburs-jxb/ami"])
>>> loaded.articles.select("text", "signoff").row(0)
('Israel rejected the allegation.', 'burs-jxb/ami')
>>> loaded.load_report["status"].to_list()
['loaded']
"""

from __future__ import annotations

import codecs
import glob
import hashlib
import io
import json
import logging
import re
import unicodedata
from collections.abc import Iterable, Iterator, Mapping
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any, Literal, NamedTuple

import polars as pl

from toolkit.core import cache
from toolkit.core.errors import LoadError, bar_disabled, check_choice
from toolkit.core.resources import data_path, load_yaml
from toolkit.core.schema import SCHEMAS, conform, empty
from toolkit.io.dates import parse_date

OnError = Literal["raise", "skip"]
ON_ERROR_CHOICES = ("raise", "skip")

FORMATS: dict[str, str] = {
    ".txt": "txt", ".text": "txt", ".md": "md", ".markdown": "md",
    ".html": "html", ".htm": "html", ".xhtml": "html",
    ".csv": "csv", ".tsv": "tsv", ".tab": "tsv",
    ".jsonl": "jsonl", ".ndjson": "jsonl", ".json": "json",
    ".parquet": "parquet", ".pq": "parquet",
    ".docx": "docx", ".rtf": "rtf",
}  # fmt: skip
TABULAR = {"csv", "tsv", "jsonl", "json", "parquet"}

# article field -> column names looked for (case-insensitive), first found wins
COLUMN_NAMES: dict[str, tuple[str, ...]] = {
    "text": ("text", "body", "content", "article", "full_text", "fulltext", "maintext", "story", "article_text"),
    "title": ("title", "headline", "heading", "head", "hed"),
    "outlet": ("outlet", "source", "publisher", "media", "media_outlet", "site", "sitename", "newspaper", "agency"),
    "published": ("published", "date", "pub_date", "publication_date", "published_at", "datetime", "date_publish", "time"),
    "url": ("url", "link", "uri", "href"),
    "byline": ("byline", "author", "authors", "by"),
    "language": ("language", "lang"),
}  # fmt: skip

MAX_FILE_BYTES = 512 * 1024 * 1024
STREAM_BYTES = 32 * 1024 * 1024
"""JSONL and Parquet files larger than this are read in slices, never whole (bounded memory)."""


class Loaded(NamedTuple):
    """What :func:`read_articles` returns: the ``articles`` and ``load_report`` tables."""

    articles: pl.DataFrame
    load_report: pl.DataFrame


# --------------------------------------------------------------------------- decoding


def decode_bytes(data: bytes, path: str = "<bytes>") -> tuple[str, str]:
    """Decode ``data`` and name the encoding used; raise :class:`LoadError` for binary data.

    >>> decode_bytes("Gaza’s".encode("cp1252"))
    ('Gaza’s', 'cp1252')
    >>> decode_bytes(codecs.BOM_UTF16_LE + "hi".encode("utf-16-le"))
    ('hi', 'utf-16')
    """
    for bom, enc in (
        (codecs.BOM_UTF32_LE, "utf-32"),
        (codecs.BOM_UTF32_BE, "utf-32"),
        (codecs.BOM_UTF8, "utf-8-sig"),
        (codecs.BOM_UTF16_LE, "utf-16"),
        (codecs.BOM_UTF16_BE, "utf-16"),
    ):
        if data.startswith(bom):
            try:
                return _check_text(data.decode(enc), path), enc
            except UnicodeDecodeError as exc:
                raise LoadError(path, f"invalid {enc} data at byte {exc.start}") from None
    try:
        return _check_text(data.decode("utf-8"), path), "utf-8"
    except UnicodeDecodeError:
        pass
    if b"\x00" in data[:8192]:
        raise LoadError(path, "binary file (contains NUL bytes and no UTF-16 byte-order mark)")
    mixed = _decode_mixed(data)
    if mixed is not None:
        return _check_text(mixed, path), "utf-8+cp1252"
    legacy = _detect_legacy(data)
    if legacy is None:
        raise LoadError(path, "could not detect the text encoding (binary file?)")
    return _check_text(data.decode(legacy, errors="strict"), path), legacy


_UTF8_MULTI = re.compile(rb"[\xc2-\xf4][\x80-\xbf]+")
_ESCAPED = re.compile("[\udc80-\udcff]")


def _decode_mixed(data: bytes) -> str | None:
    """Mostly UTF-8 with stray cp1252 bytes (archives stitched from two systems): mend byte by byte.

    Used only when the file has real UTF-8 multi-byte sequences and at most 1% (or 8) invalid bytes.

    >>> _decode_mixed("Kyiv’s ".encode() + "café “x”".encode("cp1252"))
    'Kyiv’s café “x”'
    """
    if not _UTF8_MULTI.search(data):
        return None
    text = data.decode("utf-8", errors="surrogateescape")
    n_bad = len(_ESCAPED.findall(text))
    if n_bad > max(8, len(data) // 100):
        return None
    return _ESCAPED.sub(lambda m: bytes([ord(m.group()) - 0xDC00]).decode("cp1252", errors="replace"), text)


# Legacy single-byte encodings tried in order when the bytes are not UTF-8. cp1252 is by far the
# most common in news archives (curly quotes 0x91-0x94); charset-normalizer arbitrates otherwise.
def _detect_legacy(data: bytes) -> str | None:
    from charset_normalizer import from_bytes

    try:
        cand: str | None = data.decode("cp1252")
    except UnicodeDecodeError:
        cand = None
    if cand is not None and re.search("[\x80-\x9f]", cand):
        cand = None
    if cand is not None and len(data) < 256:
        return "cp1252"  # too short for statistical detection; cp1252 decodes it cleanly
    best = from_bytes(data).best()
    if best is None:
        return "cp1252" if cand is not None else None
    western = {"cp1252", "windows-1252", "latin_1", "iso8859_15", "cp1250", "iso8859_2", "mac_roman"}
    if cand is not None and (best.encoding in western or best.encoding.startswith("utf_16")):
        return "cp1252"
    return str(best.encoding)


_CONTROL = re.compile("[\x00-\x08\x0e-\x1f\x7f]")


def _check_text(text: str, path: str) -> str:
    if text:
        sample = text[:20000]
        n_ctrl = len(_CONTROL.findall(sample))
        if n_ctrl > max(3, len(sample) // 100):
            raise LoadError(path, f"binary file ({n_ctrl} control characters in the first {len(sample)})")
    return text


# --------------------------------------------------------------------------- wire copy


@dataclass
class WirePatterns:
    """Compiled dateline and sign-off patterns from a YAML file (default ``data/wire.yaml``)."""

    datelines: list[re.Pattern[str]] = field(default_factory=list)
    signoffs: list[re.Pattern[str]] = field(default_factory=list)

    @classmethod
    def load(cls, path: str | Path | None = None) -> WirePatterns:
        spec = load_yaml(path or "wire.yaml")
        agencies = "|".join(re.escape(a) for a in spec.get("agencies", []))
        comp = [re.compile(p.replace("{agencies}", agencies)) for p in spec.get("datelines", [])]
        sign = [re.compile(p.replace("{agencies}", agencies)) for p in spec.get("signoffs", [])]
        return cls(comp, sign)


def _wire(path: str | Path | None) -> WirePatterns:
    """The wire patterns of ``path`` (default ``data/wire.yaml``), compiled once per version of the file
    (:func:`toolkit.core.cache.load`: an edited file is read again on the next call)."""
    file = data_path("wire.yaml") if path is None else Path(path)
    return cache.load("loading.wire", (file,), lambda: WirePatterns.load(path))


def split_wire(text: str, *, wire_patterns: str | Path | None = None) -> tuple[str, str | None, str | None]:
    """Split wire copy into (body, dateline, sign-off); normalises line ends to ``\\n``.

    >>> split_wire("GAZA CITY (AFP) - Israel struck.\\n\\nburs-jxb/ami\\n")
    ('Israel struck.', 'GAZA CITY (AFP) -', 'burs-jxb/ami')
    """
    pats = _wire(wire_patterns)
    text = text.replace("\r\n", "\n").replace("\r", "\n")
    lines = text.split("\n")
    signoff: list[str] = []
    while lines:
        last = lines[-1].strip()
        if not last:
            lines.pop()
            continue
        if len(last) <= 200 and any(p.match(last) for p in pats.signoffs):
            signoff.append(last)
            lines.pop()
            continue
        break
    body = "\n".join(lines).strip()
    dateline = None
    for p in pats.datelines:
        m = p.match(body)
        if m:
            dateline = m.group("dateline").strip()
            body = body[m.end() :].lstrip()
            break
    return body, dateline, ("\n".join(reversed(signoff)) or None)


_FRONT_MATTER = re.compile(r"\A---[ \t]*\n(.*?\n)---[ \t]*\n", re.S)


def split_front_matter(text: str) -> tuple[dict[str, Any], str]:
    """Separate YAML front matter (``---`` ... ``---``) from the body of a text file.

    >>> split_front_matter("---\\ntitle: T\\n---\\nBody.")
    ({'title': 'T'}, 'Body.')
    """
    m = _FRONT_MATTER.match(text)
    if not m:
        return {}, text
    import yaml

    try:
        meta = yaml.safe_load(m.group(1))
    except yaml.YAMLError as exc:
        raise ValueError(f"invalid YAML front matter: {str(exc).splitlines()[0]}") from None
    if not isinstance(meta, dict):
        raise ValueError("YAML front matter is not a mapping")
    return meta, text[m.end() :]


# --------------------------------------------------------------------------- metadata helpers

def _clean_meta(value: Any) -> str | None:
    if value is None:
        return None
    if isinstance(value, list):
        value = "; ".join(str(v) for v in value)
    s = str(value).strip()
    return s or None


def stable_id(text: str, *meta: str | None) -> str:
    """A 16-hex-digit id from the text and metadata: the same on every run and machine.

    >>> stable_id("Israel rejected the allegation.", "AFP")
    'ec4eb800e8c3281b'
    """
    h = hashlib.sha1()
    h.update(unicodedata.normalize("NFC", text).encode("utf-8"))
    for m in meta:
        h.update(b"\x1f" + (m or "").encode("utf-8"))
    return h.hexdigest()[:16]


# --------------------------------------------------------------------------- per-format readers


class _Row(NamedTuple):
    source: str
    fields: dict[str, Any]


class _FileResult(NamedTuple):
    rows: Iterable[_Row]
    encoding: str | None
    failures: list[tuple[str, str]]  # (path#row, reason)
    notes: list[str]
    format: str | None = None  # the layout read (an archive export's name), when not the extension's


def _pick_columns(columns: list[str], mapping: Mapping[str, str] | None, path: str) -> dict[str, str]:
    lower = {c.lower().strip(): c for c in columns}
    picked: dict[str, str] = {}
    mapping = dict(mapping or {})
    for fld, col in mapping.items():
        check_choice("columns key", fld, COLUMN_NAMES)
        if col not in columns:
            raise LoadError(path, f"column {col!r} given for {fld} is not in the file (columns: {', '.join(columns)})")
        picked[fld] = col
    for fld, names in COLUMN_NAMES.items():
        if fld in picked:
            continue
        for n in names:
            if n in lower:
                picked[fld] = lower[n]
                break
    if "text" not in picked:
        raise LoadError(
            path,
            f"no text column (looked for {', '.join(COLUMN_NAMES['text'])}; the file has "
            f"{', '.join(columns) or 'no columns'}); map yours with columns={{'text': NAME}} or --text-column",
        )
    return picked


def _rows_from_records(records: Iterable[tuple[str, Mapping[str, Any]]], picked: dict[str, str]) -> list[_Row]:
    return [_Row(src, {fld: rec.get(col) for fld, col in picked.items()}) for src, rec in records]


def _read_text_file(path: Path, fmt: str, data: bytes) -> _FileResult:
    text, enc = decode_bytes(data, str(path))
    meta: dict[str, Any] = {}
    try:
        meta, text = split_front_matter(text.replace("\r\n", "\n"))
    except ValueError as exc:
        raise LoadError(str(path), str(exc)) from None
    sidecar = path.with_suffix(".json")
    if sidecar.exists() and sidecar != path:
        try:
            side = json.loads(sidecar.read_text(encoding="utf-8-sig"))
        except (OSError, UnicodeDecodeError, json.JSONDecodeError) as exc:
            raise LoadError(str(sidecar), f"invalid sidecar metadata: {exc}") from None
        if not isinstance(side, dict):
            raise LoadError(str(sidecar), "sidecar metadata is not a JSON object")
        meta = {**side, **meta}
    fields = {k: meta.get(k) for k in COLUMN_NAMES if k != "text"}
    for alias_from, alias_to in (("date", "published"), ("author", "byline"), ("headline", "title"), ("source", "outlet")):
        if fields.get(alias_to) is None and meta.get(alias_from) is not None:
            fields[alias_to] = meta[alias_from]
    if not split_wire(text)[0].strip():
        raise LoadError(str(path), "empty article (no text after loading)")
    fields["text"] = text
    return _FileResult([_Row(str(path), fields)], enc, [], [])


def _read_html(path: Path, data: bytes) -> _FileResult:
    import trafilatura

    html, enc = decode_bytes(data, str(path))
    tlog = logging.getLogger("trafilatura")
    if tlog.level == logging.NOTSET:  # trafilatura logs ERROR lines for pages it cannot parse; we report instead
        tlog.setLevel(logging.CRITICAL)
    try:
        body = trafilatura.extract(
            html, output_format="txt", include_comments=False, include_tables=False,
            include_images=False, include_links=False, favor_precision=True, deduplicate=False,
        )  # fmt: skip
        meta = trafilatura.extract_metadata(html)
    except Exception as exc:  # trafilatura/lxml raise many kinds on broken markup
        raise LoadError(str(path), f"could not parse HTML ({type(exc).__name__}: {exc})") from None
    if not body or not body.strip():
        raise LoadError(str(path), "no main text found in the HTML page")
    fields: dict[str, Any] = {"text": body}
    if meta is not None:
        fields.update(
            title=meta.title, outlet=meta.sitename, published=meta.date, url=meta.url,
            byline=meta.author, language=getattr(meta, "language", None),
        )  # fmt: skip
    return _FileResult([_Row(str(path), fields)], enc, [], [])


def _first_line(exc: BaseException) -> str:
    """The first line of an exception's message (parsers' messages run over many lines)."""
    text = str(exc).strip()
    return text.splitlines()[0] if text else type(exc).__name__


def _json_line(line: str, where: str, failures: list[tuple[str, str]]) -> dict[str, Any] | None:
    """One JSON Lines record, or ``None`` with the reason appended to ``failures``."""
    try:
        obj = json.loads(line)
    except json.JSONDecodeError as exc:
        failures.append((where, f"invalid JSON: {exc.msg} at column {exc.colno}"))
        return None
    if not isinstance(obj, dict):
        failures.append((where, f"line is a JSON {type(obj).__name__}, not an object"))
        return None
    return obj


def _read_jsonl(path: Path, data: bytes, columns: Mapping[str, str] | None) -> _FileResult:
    text, enc = decode_bytes(data, str(path))
    records: list[tuple[str, Mapping[str, Any]]] = []
    failures: list[tuple[str, str]] = []
    keys: list[str] = []
    for i, line in enumerate(text.splitlines(), start=1):
        if not line.strip():
            continue
        obj = _json_line(line, f"{path}#line {i}", failures)
        if obj is None:
            continue
        for k in obj:
            if k not in keys:
                keys.append(k)
        records.append((f"{path}#line {i}", obj))
    if not records and failures:
        raise LoadError(str(path), f"no valid JSON lines ({failures[0][1]} on line 1 of {len(failures)} bad)")
    if not records:
        raise LoadError(str(path), "empty file")
    picked = _pick_columns(keys, columns, str(path))
    return _FileResult(_rows_from_records(records, picked), enc, failures, [])


def _read_json(path: Path, data: bytes, columns: Mapping[str, str] | None) -> _FileResult:
    text, enc = decode_bytes(data, str(path))
    try:
        obj = json.loads(text)
    except json.JSONDecodeError as exc:
        raise LoadError(str(path), f"invalid JSON: {exc.msg} at line {exc.lineno} column {exc.colno}") from None
    if isinstance(obj, dict) and isinstance(obj.get("articles"), list):
        obj = obj["articles"]
    if isinstance(obj, dict):
        obj = [obj]
    if not isinstance(obj, list) or not all(isinstance(o, dict) for o in obj):
        raise LoadError(str(path), "JSON must be an object, a list of objects or {'articles': [...]}")
    keys: list[str] = []
    for o in obj:
        keys += [k for k in o if k not in keys]
    picked = _pick_columns(keys, columns, str(path))
    recs = [(f"{path}#row {i}", o) for i, o in enumerate(obj, start=1)]
    return _FileResult(_rows_from_records(recs, picked), enc, [], [])


def _read_frame_rows(df: pl.DataFrame, label: str, columns: Mapping[str, str] | None) -> Iterator[_Row]:
    """The rows of a table as articles' fields: the columns are checked now, the rows made as they are read
    (a batch at a time, not the whole file's Python objects at once: a 9 MB Parquet file of 20,000 articles
    held 400 MB as one list)."""
    picked = _pick_columns(df.columns, columns, label)
    sub = df.select([pl.col(c).alias(f) for f, c in picked.items()])
    return (_Row(f"{label}#row {i}", rec) for i, rec in enumerate(sub.iter_rows(named=True), start=1))


def _read_delimited(path: Path, fmt: str, data: bytes, columns: Mapping[str, str] | None) -> _FileResult:
    text, enc = decode_bytes(data, str(path))
    if not text.strip():
        raise LoadError(str(path), "empty file")
    try:
        df = pl.read_csv(
            io.BytesIO(text.encode("utf-8")), separator="\t" if fmt == "tsv" else ",",
            infer_schema=False, truncate_ragged_lines=False,
        )  # fmt: skip
    except Exception as exc:  # polars raises ComputeError/NoDataError with long messages
        raise LoadError(str(path), f"not a valid {fmt.upper()} file: {_first_line(exc)}") from None
    return _FileResult(_read_frame_rows(df, str(path), columns), enc, [], [])


def _read_parquet(path: Path, columns: Mapping[str, str] | None) -> _FileResult:
    try:
        df = pl.read_parquet(path)
    except Exception as exc:
        raise LoadError(str(path), f"not a valid Parquet file: {_first_line(exc)}") from None
    return _FileResult(_read_frame_rows(df, str(path), columns), None, [], [])


def _stream_jsonl(path: Path, columns: Mapping[str, str] | None) -> _FileResult:
    failures: list[tuple[str, str]] = []

    def rows() -> Iterator[_Row]:
        picked: dict[str, str] | None = None
        with path.open("rb") as fh:
            for i, raw in enumerate(fh, start=1):
                if i == 1 and raw.startswith(codecs.BOM_UTF8):
                    raw = raw[len(codecs.BOM_UTF8) :]
                if not raw.strip():
                    continue
                try:
                    line = raw.decode("utf-8")
                except UnicodeDecodeError:
                    failures.append((f"{path}#line {i}", "not UTF-8 (large JSON Lines files are read as UTF-8)"))
                    continue
                obj = _json_line(line, f"{path}#line {i}", failures)
                if obj is None:
                    continue
                if picked is None:
                    picked = _pick_columns(list(obj), columns, str(path))
                yield _Row(f"{path}#line {i}", {fld: obj.get(col) for fld, col in picked.items()})

    return _FileResult(rows(), "utf-8", failures, [])


def _stream_parquet(path: Path, columns: Mapping[str, str] | None, chunk: int = 2000) -> _FileResult:
    try:
        lf = pl.scan_parquet(path)
        names = lf.collect_schema().names()
        n = int(lf.select(pl.len()).collect().item())
    except Exception as exc:
        raise LoadError(str(path), f"not a valid Parquet file: {_first_line(exc)}") from None
    picked = _pick_columns(names, columns, str(path))

    def rows() -> Iterator[_Row]:
        for off in range(0, n, chunk):
            part = lf.slice(off, chunk).select([pl.col(c).alias(f) for f, c in picked.items()]).collect()
            for j, rec in enumerate(part.iter_rows(named=True), start=off + 1):
                yield _Row(f"{path}#row {j}", rec)

    return _FileResult(rows(), None, [], [])


def _read_file(path: Path, fmt: str, columns: Mapping[str, str] | None) -> _FileResult:
    try:
        size = path.stat().st_size
        if size > STREAM_BYTES and fmt == "jsonl":
            return _stream_jsonl(path, columns)
        if size > STREAM_BYTES and fmt == "parquet":
            return _stream_parquet(path, columns)
        if size > MAX_FILE_BYTES:
            raise LoadError(str(path), f"file too large ({size} bytes; limit {MAX_FILE_BYTES})")
        if fmt == "parquet":
            return _read_parquet(path, columns)
        data = path.read_bytes()
    except PermissionError:
        raise LoadError(str(path), "permission denied") from None
    except IsADirectoryError:
        raise LoadError(str(path), "is a directory") from None
    except OSError as exc:
        raise LoadError(str(path), f"cannot read file ({exc.strerror or exc})") from None
    if not data.strip():
        raise LoadError(str(path), "empty file")
    from toolkit.io import exports

    kind = exports.sniff_export(data, fmt)
    if kind is not None:
        return exports.read_export(path, kind, data, columns)
    if fmt in ("docx", "rtf"):
        raise LoadError(str(path), f"not a {fmt} file (its bytes are not a {'Word document' if fmt == 'docx' else 'RTF document'})")
    if fmt in ("txt", "md"):
        return _read_text_file(path, fmt, data)
    if fmt == "html":
        return _read_html(path, data)
    if fmt == "jsonl":
        return _read_jsonl(path, data, columns)
    if fmt == "json":
        return _read_json(path, data, columns)
    return _read_delimited(path, fmt, data, columns)


# --------------------------------------------------------------------------- inputs


def _expand(sources: Iterable[str | Path]) -> list[tuple[Path, str | None, str | None]]:
    """(path, format or None when unsupported, error) for every input file, in a stable order."""
    out: list[tuple[Path, str | None, str | None]] = []
    for src in sources:
        s = str(src)
        p = Path(s)
        if p.is_dir():
            files = sorted(
                f for f in p.rglob("*") if f.is_file() and not any(part.startswith(".") for part in f.relative_to(p).parts)
            )
            stems = {f.with_suffix("") for f in files if FORMATS.get(f.suffix.lower()) in ("txt", "md", "html")}
            for f in files:
                fmt = FORMATS.get(f.suffix.lower())
                if fmt == "json" and f.with_suffix("") in stems:
                    continue  # sidecar metadata of a text file
                out.append((f, fmt, None))
        elif p.exists():
            out.append((p, FORMATS.get(p.suffix.lower(), "txt"), None))
        elif any(ch in s for ch in "*?["):
            matches = sorted(Path(m) for m in glob.glob(s, recursive=True) if Path(m).is_file())
            if not matches:
                out.append((p, None, "no files match this pattern"))
            for f in matches:
                out.append((f, FORMATS.get(f.suffix.lower()), None))
        else:
            out.append((p, None, "no such file or folder"))
    return out


def _is_raw_text(item: object) -> bool:
    """An input string that is an article's text, not a path (it has a line break or does not look like one)."""
    return isinstance(item, str) and ("\n" in item or not _looks_like_path(item))


def _count_lines(path: Path) -> int:
    """Lines of a file (a last line without a newline included), counted in 1 MB blocks, no decoding."""
    n, last = 0, b"\n"
    with open(path, "rb") as f:
        while block := f.read(1 << 20):
            n += block.count(b"\n")
            last = block[-1:]
    return n + (last != b"\n")


def _report_row(path: str, status: str, reason: str | None, n: int, enc: str | None, fmt: str | None) -> dict[str, Any]:
    return {"path": path, "status": status, "reason": reason, "n_articles": n, "encoding": enc, "format": fmt}


class ArticleStream:
    """Articles in batches, for corpora too big to hold at once; ``load_report`` fills as it goes.

    Iterating yields ``articles`` frames of at most ``batch_size`` rows (fewer at file ends are
    merged up to the size). Large JSONL and Parquet files are read in slices, never whole. After the
    iteration, :attr:`load_report` has one row per input (and per failed row). Options as
    :func:`read_articles`.

    >>> stream = ArticleStream(["One story.", "Two stories."], batch_size=1)
    >>> [b.height for b in stream], stream.load_report.height
    ([1, 1], 2)
    """

    def __init__(
        self,
        sources: str | Path | pl.DataFrame | Iterable[str | Path | Mapping[str, Any]],
        *,
        batch_size: int = 1000,
        on_error: OnError = "raise",
        columns: Mapping[str, str] | None = None,
        language: str = "en",
        wire_patterns: str | Path | None = None,
        progress: bool | None = None,
    ) -> None:
        check_choice("on_error", on_error, ON_ERROR_CHOICES)
        if batch_size < 1:
            raise ValueError(f"batch_size must be at least 1, not {batch_size}")
        if isinstance(sources, str):
            sources = [_single_path(sources)]
        elif isinstance(sources, (Path, pl.DataFrame, Mapping)):
            sources = [sources]  # type: ignore[list-item]
        self.items = list(sources)  # type: ignore[arg-type]
        self.batch_size = batch_size
        self.on_error = on_error
        self.columns = columns
        self.language = language
        self.wire_patterns = wire_patterns
        self.progress = progress
        self._report: list[dict[str, Any]] = []
        self._seen: dict[str, int] = {}
        self.n_articles = 0

    def estimate_total(self) -> int | None:
        """About how many articles the stream will yield, read cheaply before it starts (for a progress bar's
        total): frames by their rows, JSON Lines files by their lines, Parquet files from their metadata, text
        and HTML files one each. None when an input cannot be counted without reading it (CSV, JSON). Blank
        or broken lines make it an overestimate.

        >>> ArticleStream(["One story.", "Two stories."]).estimate_total()
        2
        """
        total = 0
        paths: list[str | Path] = []
        for s in self.items:
            if isinstance(s, pl.DataFrame):
                total += s.height
            elif isinstance(s, Mapping) or _is_raw_text(s):
                total += 1
            else:
                paths.append(s)
        for path, fmt, err in _expand(paths):
            if err is not None or fmt is None:
                continue  # reported as skipped or failed, yields nothing
            try:
                if fmt == "jsonl":
                    total += _count_lines(path)
                elif fmt == "parquet":
                    total += pl.scan_parquet(path).select(pl.len()).collect().item()
                elif fmt in TABULAR or fmt in ("docx", "rtf"):
                    return None  # rows or archive documents: not known before reading
                else:
                    total += 1
            except (OSError, pl.exceptions.PolarsError):
                continue  # a broken file: the stream reports it
        return total

    @property
    def load_report(self) -> pl.DataFrame:
        """One row per input file (and per failed row of a tabular file), so far."""
        if not self._report:
            return empty("load_report")
        return pl.DataFrame(self._report, schema=SCHEMAS["load_report"])

    def _rows(self) -> Iterator[_Row]:
        from tqdm.auto import tqdm

        report = self._report
        raw_texts = [s for s in self.items if _is_raw_text(s)]
        paths = [s for s in self.items if isinstance(s, (str, Path)) and not (isinstance(s, str) and s in raw_texts)]
        for i, s in enumerate(self.items):
            if isinstance(s, pl.DataFrame):
                label = f"<frame {i}>"
                try:
                    rows = _read_frame_rows(s, label, self.columns)
                except LoadError as exc:
                    _fail(report, exc, self.on_error, "frame", None)
                    continue
                report.append(_report_row(label, "loaded", None, 0, None, "frame"))
                yield from rows
            elif isinstance(s, Mapping):
                report.append(_report_row(f"<input {i}>", "loaded", None, 0, None, "dict"))
                yield _Row(f"<input {i}>", {k: s.get(k) for k in COLUMN_NAMES})
            elif isinstance(s, str) and s in raw_texts:
                report.append(_report_row(f"<input {i}>", "loaded", None, 0, None, "string"))
                yield _Row(f"<input {i}>", {"text": s})
            elif not isinstance(s, (str, Path)):
                raise TypeError(f"cannot read articles from a {type(s).__name__}; give paths, strings, dicts or a frame")
        expanded = _expand(paths)
        disable = bar_disabled(self.progress)
        for path, fmt, err in tqdm(expanded, desc="loading", unit="file", disable=disable or len(expanded) < 2):
            if err is not None:
                _fail(report, LoadError(str(path), err), self.on_error, None, None)
                continue
            if fmt is None:
                report.append(_report_row(str(path), "skipped", f"unsupported file type {path.suffix or '(none)'}", 0, None, None))
                continue
            try:
                res = _read_file(path, fmt, self.columns)
            except LoadError as exc:
                _fail(report, exc, self.on_error, fmt, None)
                continue
            row = _report_row(str(path), "loaded", "; ".join(res.notes) or None, 0, res.encoding, res.format or fmt)
            report.append(row)
            try:
                yield from res.rows
            except LoadError as exc:  # a streamed file found bad after it started
                if self.on_error == "raise":
                    raise
                row.update(status="skipped", reason=exc.reason)
            for src, reason in res.failures:  # filled while streaming
                report.append(_report_row(src, "failed", reason, 0, res.encoding, res.format or fmt))

    def __iter__(self) -> Iterator[pl.DataFrame]:
        batch: list[_Row] = []
        for row in self._rows():
            batch.append(row)
            if len(batch) >= self.batch_size:
                yield self._build(batch)
                batch = []
        if batch or self.n_articles == 0:
            out = self._build(batch)
            if out.height or self.n_articles == 0:
                yield out

    def _build(self, rows: list[_Row]) -> pl.DataFrame:
        arts, counts, failures, notes = _build_articles(rows, self.language, self.wire_patterns, self.on_error, self._seen)
        by_path = {r["path"]: r for r in self._report}
        for key, n in counts.items():
            if key in by_path:
                by_path[key]["n_articles"] += n
        for key, msgs in notes.items():
            if key in by_path:
                old = by_path[key]["reason"]
                by_path[key]["reason"] = "; ".join(([old] if old else []) + msgs)
        for src, reason in failures:
            if src in by_path:  # a whole input (string, dict) that was empty
                by_path[src].update(status="skipped", reason=reason, n_articles=0)
            else:
                self._report.append(_report_row(src, "failed", reason, 0, None, None))
        self.n_articles += arts.height
        return arts


def read_articles(
    sources: str | Path | pl.DataFrame | Iterable[str | Path | Mapping[str, Any]],
    *,
    on_error: OnError = "raise",
    columns: Mapping[str, str] | None = None,
    language: str = "en",
    wire_patterns: str | Path | None = None,
    progress: bool | None = None,
) -> Loaded:
    """Load articles and report on every input.

    ``sources``: a path, folder (read recursively), glob, a polars frame with a text column,
    or a list of those, of raw article strings, or of dicts with ``text`` and metadata. A single
    string is always a path, folder or glob (a clear :class:`LoadError` when there is none, never
    analysed as text); to analyse texts themselves, pass them in a list (``read_articles([text])``).
    In a list, a string is a path when it exists, has no whitespace or ends in a known extension.
    ``on_error="raise"`` (default) stops at the first bad file with a :class:`LoadError` naming the
    file and the reason; ``"skip"`` lists it in ``load_report`` with status ``skipped``. Bad rows of
    a tabular file (a broken JSON line, an empty text) never stop the run: they get a ``failed``
    row in ``load_report`` and the good rows load. ``columns`` maps article fields (text, title,
    outlet, published, url, byline, language) to the names of your columns. For corpora too big for
    memory use :class:`ArticleStream` (or ``toolkit.run.engine.analyze_to_dir``).

    >>> read_articles([{"text": "Hamas said it.", "outlet": "AFP", "published": "2024-03-22"}]).articles.select(
    ...     "outlet", "published").row(0)
    ('AFP', datetime.date(2024, 3, 22))
    """
    stream = ArticleStream(
        sources, batch_size=1_000_000_000, on_error=on_error, columns=columns, language=language,
        wire_patterns=wire_patterns, progress=progress,
    )  # fmt: skip
    batches = list(stream)
    articles = pl.concat(batches) if len(batches) > 1 else (batches[0] if batches else empty("articles"))
    return Loaded(articles, stream.load_report)


def _looks_like_path(s: str) -> bool:
    """Whether a string in a list of inputs names a file, folder or glob rather than being an article's text:
    it exists, or has no whitespace ("seeds", "data/*.jsonl"), or ends in a known extension
    ("my corpus/a.txt"). A line break always means text."""
    if len(s) > 1024 or "\n" in s:
        return False
    try:
        exists = Path(s).exists()
    except (OSError, ValueError):  # a name too long for the file system, or with NUL: not a path
        return False
    return exists or not any(ch.isspace() for ch in s) or Path(s).suffix.lower() in FORMATS


def _single_path(s: str) -> Path:
    """A single string given as the whole input: always a file, folder or glob; a clear error when there is none.

    >>> _single_path("no-such-folder-here")
    Traceback (most recent call last):
    ...
    toolkit.core.errors.LoadError: no-such-folder-here: no such file, folder or glob match (relative to ...); to analyse text itself, pass a list of strings: read_articles(["text of one article", ...])
    """
    hint = 'to analyse text itself, pass a list of strings: read_articles(["text of one article", ...])'
    is_glob = any(ch in s for ch in "*?[")
    try:
        found = Path(s).exists() or (is_glob and bool(glob.glob(s, recursive=True)))
    except (OSError, ValueError):
        found = False
    if found:
        return Path(s)
    shown = s if len(s) <= 60 and "\n" not in s else s[:57].replace("\n", " ") + "..."
    if "\n" in s or len(s) > 200:
        raise LoadError(shown, f"this looks like an article's text, not a path; {hint}")
    if is_glob and not any(ch.isspace() for ch in s):
        raise LoadError(shown, f"no files match this pattern (relative to {Path.cwd()}); {hint}")
    raise LoadError(shown, f"no such file, folder or glob match (relative to {Path.cwd()}); {hint}")


def _fail(report: list[dict[str, Any]], exc: LoadError, on_error: str, fmt: str | None, enc: str | None) -> None:
    if on_error == "raise":
        raise exc
    report.append(_report_row(exc.path, "skipped", exc.reason, 0, enc, fmt))


def _file_of(source: str) -> str:
    return source.split("#", 1)[0] if "#row " in source or "#line " in source or "#doc " in source else source


def _build_articles(
    rows: list[_Row], language: str, wire_patterns: str | Path | None, on_error: str, seen: dict[str, int]
) -> tuple[pl.DataFrame, dict[str, int], list[tuple[str, str]], dict[str, list[str]]]:
    out: list[dict[str, Any]] = []
    counts: dict[str, int] = {}
    failures: list[tuple[str, str]] = []
    notes: dict[str, list[str]] = {}
    for row in rows:
        f = row.fields
        raw = f.get("text")
        file_key = _file_of(row.source)
        tabular = file_key != row.source
        if raw is None or (isinstance(raw, float) and raw != raw):
            raw = ""
        if not isinstance(raw, str):
            raw = str(raw)
        body, dateline, signoff = split_wire(raw, wire_patterns=wire_patterns)
        if not body.strip():
            if tabular:
                failures.append((row.source, "empty text"))
                continue
            err = LoadError(row.source, "empty article (no text after loading)")
            if on_error == "raise":
                raise err
            failures.append((row.source, err.reason))
            continue
        pub_raw = f.get("published")
        published = parse_date(pub_raw)
        if published is None and _clean_meta(pub_raw) is not None:
            notes.setdefault(file_key, []).append(f"unparsed date {str(pub_raw)[:40]!r} in {row.source}")
        title, outlet = _clean_meta(f.get("title")), _clean_meta(f.get("outlet"))
        aid = stable_id(body, title, outlet, published.isoformat() if published else None)
        if aid in seen:
            seen[aid] += 1
            aid = f"{aid}-{seen[aid]}"
        else:
            seen[aid] = 1
        out.append(
            {
                "article_id": aid, "source": row.source, "title": title, "outlet": outlet,
                "published": published, "url": _clean_meta(f.get("url")), "byline": _clean_meta(f.get("byline")),
                "section": _clean_meta(f.get("section")), "length": f.get("length"), "doc_id": _clean_meta(f.get("doc_id")),
                "language": _clean_meta(f.get("language")) or language, "dateline": dateline,
                "signoff": signoff, "text": body,
            }  # fmt: skip
        )
        counts[file_key] = counts.get(file_key, 0) + 1
    articles = pl.DataFrame(out, schema=SCHEMAS["articles"]) if out else empty("articles")
    return conform(articles, "articles"), counts, failures, notes
