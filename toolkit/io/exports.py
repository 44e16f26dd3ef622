"""News-archive exports: many articles a file, each archive's own layout.

Tables out: rows of ``articles`` (through :func:`toolkit.io.loading.read_articles`) and one
``load_report`` row per file, plus a ``failed`` row (``file#doc N`` or ``file#row N``) for every
block that could not be read, with the reason. See ``docs/importing.md``.

Layouts, picked by content (:func:`sniff_export`), not only by extension:

- ``lexisnexis``: the classic LexisNexis plain-text export ("N of M DOCUMENTS" blocks; outlet and
  date lines, title, BYLINE/SECTION/LENGTH fields, body, LOAD-DATE/LANGUAGE fields);
- ``nexis_uni``: Nexis Uni Word exports (``.docx``, "End of Document" after each article; read
  with python-docx); a ``.docx`` that is not one is read as one article of plain text (``docx``);
- ``factiva_html`` / ``factiva_rtf``: Factiva exports with field codes (HD, BY, WC, PD, SN, SE, LA,
  LP, TD, AN), as HTML tables or as RTF (read with striprtf);
- ``factiva_text``: Factiva's "Article format" saved as plain text (or RTF): each article headline,
  "N words", date, source, language, copyright, body, and a "Document <accession number>" line;
- ``proquest``: ProQuest plain-text exports (articles between lines of underscores, labelled fields
  "Title:", "Publication title:", "Publication date:", "Author:", "Section:", "Full text:", ...);
- ``mediacloud`` / ``gdelt``: Media Cloud story lists and GDELT DOC API article lists (CSV), their
  column names mapped to article fields.

>>> sniff_export(b"\\n          1 of 2 DOCUMENTS\\n\\n  The Gazette\\n", "txt")
'lexisnexis'
>>> parse_length("2,968 words")
2968
"""

from __future__ import annotations

import io
import re
from collections.abc import Iterable, Mapping
from pathlib import Path
from typing import Any

import polars as pl

from toolkit.core.errors import LoadError
from toolkit.io.loading import COLUMN_NAMES, _FileResult, _first_line, _Row, decode_bytes, parse_date

EXPORT_FORMATS = (
    "lexisnexis",
    "nexis_uni",
    "docx",
    "factiva_html",
    "factiva_article_html",
    "factiva_rtf",
    "factiva_codes",
    "factiva_text",
    "proquest",
    "rtf",
    "mediacloud",
    "gdelt",
)
"""Values the readers here put in ``load_report.format``."""

_LN_HEADER = re.compile(r"^[ \t]*(\d+) of (\d+) DOCUMENTS?[ \t\r]*$", re.M | re.I)
_FACTIVA_CODES = ("HD", "BY", "WC", "PD", "SN", "SE", "LA", "LP", "TD", "AN")


# --------------------------------------------------------------------------- helpers


def parse_length(value: Any) -> int | None:
    """The word count an archive prints ("355 words", "2,968 words"); ``None`` without digits.

    >>> parse_length("Length:\\xa0355 words"), parse_length("n/a")
    (355, None)
    """
    if value is None:
        return None
    m = re.search(r"\d[\d,.\u00a0 ]*", str(value))
    if not m:
        return None
    digits = re.sub(r"\D", "", m.group())
    return int(digits) if digits else None


def language_code(value: Any) -> str | None:
    """ISO 639-1 code of a language as archives write it ("ENGLISH", "English", "en"); ``None`` if unknown.

    >>> language_code("ENGLISH"), language_code("German"), language_code("xx-unknown")
    ('en', 'de', None)
    """
    if value is None:
        return None
    s = str(value).strip()
    if not s:
        return None
    import pycountry

    try:
        lang = pycountry.languages.lookup(s.split(";")[0].strip().title() if len(s) > 3 else s.lower())
    except LookupError:
        return None
    return getattr(lang, "alpha_2", None)


def _unwrap(paragraph: str) -> str:
    """Join the hard-wrapped lines of one paragraph with spaces."""
    return " ".join(line.strip() for line in paragraph.splitlines() if line.strip())


def _paragraphs(text: str) -> list[str]:
    return [p.strip("\n") for p in re.split(r"\n(?:[ \t]*\n)+", text) if p.strip()]


# --------------------------------------------------------------------------- sniffing


def sniff_export(data: bytes, fmt: str | None) -> str | None:
    """The archive layout of a file's bytes, or ``None`` for an ordinary file of format ``fmt``.

    >>> sniff_export(b"stories_id,publish_date,title,url,media_name\\n", "csv")
    'mediacloud'
    >>> sniff_export(b"Just one article.", "txt") is None
    True
    """
    if data.startswith(b"PK\x03\x04"):
        return "docx" if fmt in ("docx", "txt", None) else None
    if data.lstrip()[:5] == b"{\\rtf":
        return "rtf"
    if fmt in ("csv", "tsv"):
        header = data[:4096].split(b"\n", 1)[0].decode("utf-8", errors="replace").lstrip("\ufeff")
        cols = {c.strip().strip('"').lower() for c in re.split(r"[,\t]", header)}
        if "stories_id" in cols or {"media_name", "publish_date", "url"} <= cols:
            return "mediacloud"
        if {"seendate", "url"} <= cols or {"url", "mobileurl", "date", "title"} <= cols:
            return "gdelt"
        return None
    head = data[:2_000_000].decode("utf-8", errors="replace")
    if fmt in ("txt", "md", None) and _is_proquest(head):
        return "proquest"
    if fmt in ("txt", "md", None) and _is_factiva_codes(head):
        return "factiva_codes"
    if fmt in ("txt", "md", None) and _is_factiva_text(head):
        return "factiva_text"
    if fmt in ("txt", "md", None) and _LN_HEADER.search(head):
        return "lexisnexis"
    if fmt == "html" and _is_factiva_article_html(head):
        return "factiva_article_html"
    if fmt == "html" and _is_factiva_html(head):
        return "factiva_html"
    return None


def _is_factiva_html(html: str) -> bool:
    return bool(re.search(r">\s*HD\s*<", html) and re.search(r">\s*(AN|TD)\s*<", html))


def read_export(path: Path, kind: str, data: bytes, columns: Mapping[str, str] | None = None) -> _FileResult:
    """Read one archive export of layout ``kind`` (from :func:`sniff_export`) into article rows."""
    text_readers = {  # layouts read from decoded text: one reader each
        "lexisnexis": read_lexisnexis_text, "factiva_html": read_factiva_html,
        "factiva_article_html": read_factiva_article_html, "factiva_codes": read_factiva_codes,
        "factiva_text": read_factiva_text, "proquest": read_proquest_text,
    }  # fmt: skip
    if kind in text_readers:
        text, enc = decode_bytes(data, str(path))
        return text_readers[kind](text, str(path), encoding=enc)
    if kind == "docx":
        return read_docx(path, data)
    if kind == "rtf":
        return read_rtf(path, data)
    if kind in ("mediacloud", "gdelt"):
        return _read_csv_export(path, kind, data, columns)
    raise ValueError(f"unknown export layout {kind!r}; valid layouts: {', '.join(EXPORT_FORMATS)}")


# --------------------------------------------------------------------------- LexisNexis plain text

_LN_LEAD = ("BYLINE", "SECTION", "LENGTH", "DATELINE", "HIGHLIGHT", "SOURCE", "EDITION", "BODY", "HEADLINE")
_LN_TRAIL = (
    "LOAD-DATE", "LANGUAGE", "PUBLICATION-TYPE", "GRAPHIC", "JOURNAL-CODE", "DOCUMENT-TYPE", "URL", "SUBJECT",
    "ORGANIZATION", "PERSON", "GEOGRAPHIC", "COUNTRY", "CITY", "STATE", "INDUSTRY", "TICKER", "COMPANY",
    "CORRECTION-DATE", "CORRECTION", "NOTES", "DISTRIBUTION", "TYPE", "ACC-NO", "SERIES", "PUBLICATION",
)  # fmt: skip
_LN_FIELD = re.compile(r"^([A-Z][A-Z-]*(?: [A-Z][A-Z-]*)?):(?:[ \t\u00a0]+(.*))?$")


def _ln_fields(paragraph: str, names: Iterable[str]) -> dict[str, str] | None:
    """The ``NAME: value`` fields of a paragraph whose first line is one of ``names``; else ``None``."""
    lines = [ln.strip() for ln in paragraph.strip().splitlines()]
    m = _LN_FIELD.match(lines[0])
    if not m or m.group(1) not in names:
        return None
    out: dict[str, str] = {}
    key = ""
    for line in lines:
        m = _LN_FIELD.match(line)
        if m and m.group(1) in names:
            key = m.group(1)
            out[key] = (m.group(2) or "").strip()
        elif key:
            out[key] = (out[key] + " " + line).strip()
    return out


def read_lexisnexis_text(text: str, path: str = "<text>", *, encoding: str | None = "utf-8") -> _FileResult:
    """Articles of a classic LexisNexis plain-text export: one ``#doc N`` row per "N of M DOCUMENTS" block.

    The lines above the title (centred in the export) give the outlet (first line) and the date (the first
    that parses); the lines between them and the first BYLINE/SECTION/LENGTH field are the title. The body
    runs to the LOAD-DATE/LANGUAGE/... fields at the end; its hard-wrapped lines are joined, paragraphs are
    kept apart by a blank line.

    >>> res = read_lexisnexis_text(
    ...     "   1 of 1 DOCUMENTS\\n\\n      The Gazette\\n\\n    May 2, 2011 Monday\\n\\nDam opens\\n\\n"
    ...     "BYLINE: Ann Roe\\n\\nLENGTH: 9 words\\n\\nThe new dam\\nopened today.\\n\\nLOAD-DATE: May 3, 2011\\n")
    >>> f = list(res.rows)[0].fields
    >>> f["outlet"], f["published"], f["title"], f["byline"], f["length"], f["text"]
    ('The Gazette', 'May 2, 2011 Monday', 'Dam opens', 'Ann Roe', 9, 'The new dam opened today.')
    """
    text = text.replace("\r\n", "\n").replace("\r", "\n")
    heads = list(_LN_HEADER.finditer(text))
    if not heads:
        raise LoadError(path, 'not a LexisNexis export (no "N of M DOCUMENTS" line)')
    rows: list[_Row] = []
    failures: list[tuple[str, str]] = []
    notes: list[str] = []
    for i, h in enumerate(heads, start=1):
        src = f"{path}#doc {i}"
        end = heads[i].start() if i < len(heads) else len(text)
        try:
            fields = _ln_block(text[h.end() : end])
        except ValueError as exc:
            failures.append((src, f"{exc} (document {h.group(1)} of {h.group(2)})"))
            continue
        fields["language"] = language_code(fields.get("language"))
        rows.append(_Row(src, fields))
    last = heads[-1]
    if int(last.group(1)) < int(last.group(2)) and int(last.group(2)) - int(last.group(1)) < len(heads):
        notes.append(f"the file ends at document {last.group(1)} of {last.group(2)}: cut off?")
    return _FileResult(rows, encoding, failures, notes, "lexisnexis")


def _ln_block(block: str) -> dict[str, Any]:
    paras = _paragraphs(block)
    if not paras:
        raise ValueError("empty document block")
    i = 0
    masthead: list[str] = []
    while i < len(paras) and paras[i].startswith((" ", "\t")):
        masthead += [ln.strip() for ln in paras[i].splitlines() if ln.strip()]
        i += 1
    lead_at = next((k for k in range(i, min(len(paras), i + 8)) if _ln_fields(paras[k], _LN_LEAD)), None)
    title = None
    if lead_at is not None:
        title = " ".join(_unwrap(p) for p in paras[i:lead_at]) or None
        i = lead_at
    lead: dict[str, str] = {}
    while i < len(paras) and (f := _ln_fields(paras[i], _LN_LEAD)) is not None:
        lead.update(f)
        i += 1
    j = len(paras)
    trail: dict[str, str] = {}
    while j > i:
        p = paras[j - 1]
        f = _ln_fields(p, _LN_TRAIL)
        if f is not None:
            trail = {**f, **trail}
        elif not p.startswith((" ", "\t")):  # centred copyright lines are skipped too
            break
        j -= 1
    body = "\n\n".join(_unwrap(p) for p in paras[i:j])
    if not body.strip():
        raise ValueError("document block has no body text")
    published = next((ln for ln in masthead[1:] if parse_date(ln) is not None), None)
    return {
        "text": body, "title": title, "outlet": masthead[0] if masthead else None, "published": published,
        "byline": lead.get("BYLINE"), "section": lead.get("SECTION"), "length": parse_length(lead.get("LENGTH")),
        "language": trail.get("LANGUAGE"), "doc_id": None,
    }  # fmt: skip


# --------------------------------------------------------------------------- Nexis Uni .docx

_NU_META = re.compile(r"^(Section|Length|Byline|Dateline|Highlight|Edition)\s*:\s*(.*)$", re.I)
_NU_TRAIL = re.compile(
    r"^(Classification|Language|Load-Date|Publication-Type|Journal Code|Subject|Organization|Person|Geographic|"
    r"Industry|Company|Ticker|Graphic|Notes|Correction|Document-Type|URL|Country|City|State)\b\s*:?",
    re.I,
)


def read_docx(path: Path, data: bytes) -> _FileResult:
    """A Nexis Uni Word export (one ``#doc N`` row per "End of Document" block), read with python-docx.

    A ``.docx`` without "End of Document" lines is not a Nexis export: it is read as one article of
    plain text (its paragraphs), format ``docx``, with a note in ``load_report.reason``.
    """
    import docx

    try:
        document = docx.Document(io.BytesIO(data))
    except Exception as exc:  # python-docx raises BadZipFile, KeyError, PackageNotFoundError on bad files
        raise LoadError(
            str(path), f"not a readable .docx file (truncated or corrupt?): {_first_line(exc)}"
        ) from None
    paras = [p.text.replace("\u00a0", " ").strip() for p in document.paragraphs]
    if not any(p == "End of Document" for p in paras):
        body = "\n\n".join(p for p in paras if p)
        if not body:
            raise LoadError(str(path), "empty .docx (no paragraphs of text)")
        note = 'not a Nexis Uni export (no "End of Document" line): read as one article'
        return _FileResult([_Row(str(path), {"text": body})], None, [], [note], "docx")
    return read_nexis_uni_paragraphs(paras, str(path))


def read_nexis_uni_paragraphs(paras: list[str], path: str = "<docx>") -> _FileResult:
    """Articles from the paragraphs of a Nexis Uni export (title, outlet, date, Section/Length/Byline, Body).

    >>> res = read_nexis_uni_paragraphs(["Documents (1)", "1. Dam opens", "", "Dam opens", "The Gazette",
    ...     "May 2, 2011 Monday 9:00 AM GMT", "Section: NEWS; Version:2", "Length: 9 words", "Byline: Ann Roe",
    ...     "Body", "The new dam opened.", "Load-Date: May 3, 2011", "End of Document"])
    >>> f = list(res.rows)[0].fields
    >>> f["title"], f["outlet"], f["section"], f["length"], f["text"]
    ('Dam opens', 'The Gazette', 'NEWS', 9, 'The new dam opened.')
    """
    blocks: list[list[str]] = [[]]
    for p in paras:
        if p == "End of Document":
            blocks.append([])
        else:
            blocks[-1].append(p)
    rows: list[_Row] = []
    failures: list[tuple[str, str]] = []
    notes: list[str] = []
    tail = blocks.pop()
    if any(p.strip() == "Body" for p in tail):
        blocks.append(tail)
        notes.append('the last document has no "End of Document" line: the file may be cut off')
    for n, block in enumerate(blocks, start=1):
        src = f"{path}#doc {n}"
        try:
            rows.append(_Row(src, _nexis_uni_block(block)))
        except ValueError as exc:
            failures.append((src, str(exc)))
    return _FileResult(rows, None, failures, notes, "nexis_uni")


def _nexis_uni_block(block: list[str]) -> dict[str, Any]:
    lines = [p.strip() for p in block]
    try:
        body_at = lines.index("Body")
    except ValueError:
        raise ValueError('document block has no "Body" line') from None
    meta_at = body_at
    meta: dict[str, str] = {}
    for k in range(body_at - 1, -1, -1):
        m = _NU_META.match(lines[k])
        if m:
            meta[m.group(1).lower()] = m.group(2).strip()
            meta_at = k
        elif lines[k]:
            break
    head = [ln for ln in lines[:meta_at] if ln and not ln.lower().startswith("copyright")]
    date_at = next((k for k in range(len(head) - 1, -1, -1) if parse_date(head[k]) is not None), None)
    outlet = title = published = None
    if date_at is not None:
        published = head[date_at]
        outlet = head[date_at - 1] if date_at >= 1 else None
        title = head[date_at - 2] if date_at >= 2 else None
    body_lines = lines[body_at + 1 :]
    end = len(body_lines)
    trail: dict[str, str] = {}
    for k in range(len(body_lines) - 1, -1, -1):
        ln = body_lines[k]
        m = _NU_TRAIL.match(ln)
        if m:
            value = ln[m.end() :].strip()
            trail[m.group(1).lower()] = value
            end = k
        elif ln:
            break
    body = "\n\n".join(ln for ln in body_lines[:end] if ln)
    if not body:
        raise ValueError("document block has no body text")
    section = meta.get("section")
    if section:
        section = re.sub(r";\s*Version:\s*\d+\s*$", "", section).strip() or None
    return {
        "text": body, "title": title, "outlet": outlet, "published": published, "byline": meta.get("byline"),
        "section": section, "length": parse_length(meta.get("length")),
        "language": language_code(trail.get("language")), "doc_id": None,
    }  # fmt: skip


# --------------------------------------------------------------------------- Factiva

_FACTIVA_MAP = {
    "HD": "title",
    "BY": "byline",
    "SN": "outlet",
    "SE": "section",
    "PD": "published",
    "LA": "language",
}


def _factiva_fields(codes: list[tuple[str, str]]) -> dict[str, Any]:
    """Article fields from a Factiva document's (code, value) pairs; body = LP then TD."""
    vals: dict[str, str] = {}
    for code, value in codes:
        vals[code] = (vals[code] + "\n\n" + value) if code in vals else value
    paras = [p.strip() for v in (vals.get("LP"), vals.get("TD")) if v for p in v.split("\n\n") if p.strip()]
    while paras and len(paras[-1]) < 300 and _FV_COPYRIGHT.search(paras[-1]):
        paras.pop()  # the copyright line Factiva appends to TD ("(c) 2000 Gazeta Mercantil S/A.")
    body = "\n\n".join(paras)
    if not body.strip():
        raise ValueError("document has no LP/TD (body) text")
    fields: dict[str, Any] = {f: vals.get(code) for code, f in _FACTIVA_MAP.items()}
    fields["text"] = body.strip()
    fields["length"] = parse_length(vals.get("WC"))
    fields["language"] = language_code(fields["language"])
    an = vals.get("AN")
    fields["doc_id"] = re.sub(r"^\s*Document\s+", "", an).strip() if an else None
    return fields


def read_factiva_html(html: str, path: str = "<html>", *, encoding: str | None = "utf-8") -> _FileResult:
    """A Factiva HTML export with field codes (two-cell table rows: code, value), one ``#doc N`` per HD row.

    >>> res = read_factiva_html("<table><tr><td>HD</td><td>Dam opens</td></tr><tr><td>WC</td><td>9 words</td></tr>"
    ...     "<tr><td>TD</td><td><p>The new dam opened.</p></td></tr><tr><td>AN</td><td>Document GAZ0000</td></tr></table>")
    >>> f = list(res.rows)[0].fields
    >>> f["title"], f["length"], f["doc_id"], f["text"]
    ('Dam opens', 9, 'GAZ0000', 'The new dam opened.')
    """
    import lxml.html

    try:
        root = lxml.html.fromstring(html)
    except Exception as exc:
        raise LoadError(path, f"could not parse HTML ({_first_line(exc)})") from None
    docs: list[list[tuple[str, str]]] = []
    for tr in root.iter("tr"):
        cells = [c for c in tr if c.tag in ("td", "th")]
        if len(cells) < 2:
            continue
        code = cells[0].text_content().strip()
        if not re.fullmatch(r"[A-Z]{2}", code):
            continue
        ps = [p.text_content().strip() for p in cells[1].iter("p")]
        value = "\n\n".join(p for p in ps if p) if ps else cells[1].text_content().strip()
        if code == "HD" or not docs:
            docs.append([])
        docs[-1].append((code, value))
    return _factiva_result(docs, path, encoding, "factiva_html")


# Factiva's "Article format" in a browser, saved as HTML ("Format for Saving" > "Article Format", then the
# browser's "Save Page"): one <div class="article enArticle"> per article (the prefix is the article's
# language), the headline in <span class="enHeadline">, the byline in <div class="author">, the metadata
# in attribute-less <div> lines, the body in <p class="articleParagraph ...">, the id in "Document <id>".
_FV_ART_CLASS = re.compile(r"^[a-z]{2,3}Article$")
_FV_WORDS_ANY = re.compile(
    r"^\d[\d,.\u00a0 ]*\s+(?:words|mots|Wörter|palabras|parole|palavras|woorden|ord)$", re.I
)
_FV_DOC_P = re.compile(r"^(?:Document|Dokument|Documento)\s+([A-Za-z0-9]{12,})$")


def _is_factiva_article_html(html: str) -> bool:
    return bool(re.search(r'class="article [a-z]{2,3}Article"', html) and "articleParagraph" in html)


def _squash(text: str) -> str:
    return " ".join(text.split())


def read_factiva_article_html(
    html: str, path: str = "<html>", *, encoding: str | None = "utf-8"
) -> _FileResult:
    """Factiva's "Article format" saved from the browser as HTML: one ``#doc N`` per article ``<div>``.

    Section (a line above the headline), headline, byline (``div.author``), then "N words", the date, an
    optional time, the source name, source code / edition / page lines, the language and the copyright line;
    the body paragraphs (``p.articleParagraph``) and the "Document <accession number>" line (``doc_id``).

    >>> res = read_factiva_article_html('<div class="article enArticle"><div>News</div><div id="hd">'
    ...     '<span class="enHeadline">Dam opens</span></div><div class="author">Ann Roe</div><div>9 words</div>'
    ...     '<div>2 May 2011</div><div>The Gazette</div><div>GAZ</div><div>English</div><div>(c) 2011 Gazette</div>'
    ...     '<p class="articleParagraph enarticleParagraph">The new dam opened.</p>'
    ...     '<p>Document GAZ0000020110502e7520000a</p></div>')
    >>> f = list(res.rows)[0].fields
    >>> f["section"], f["title"], f["byline"], f["length"], f["published"], f["outlet"], f["language"], f["doc_id"]
    ('News', 'Dam opens', 'Ann Roe', 9, '2 May 2011', 'The Gazette', 'en', 'GAZ0000020110502e7520000a')
    """
    import lxml.html

    try:
        root = lxml.html.fromstring(html)
    except Exception as exc:
        raise LoadError(path, f"could not parse HTML ({_first_line(exc)})") from None
    arts = [
        el for el in root.iter("div") if any(_FV_ART_CLASS.match(c) for c in (el.get("class") or "").split())
    ]
    if not arts:
        raise LoadError(path, 'no Factiva articles found (no <div class="article enArticle">)')
    rows: list[_Row] = []
    failures: list[tuple[str, str]] = []
    for n, art in enumerate(arts, start=1):
        src = f"{path}#doc {n}"
        try:
            rows.append(_Row(src, _factiva_article_div(art)))
        except ValueError as exc:
            failures.append((src, str(exc)))
    return _FileResult(rows, encoding, failures, [], "factiva_article_html")


def _factiva_article_div(art: Any) -> dict[str, Any]:
    title = byline = section = None
    before: list[str] = []  # attribute-less lines above the headline (the section)
    lines: list[str] = []  # attribute-less lines below it
    for div in art.iter("div"):
        if div is art:
            continue
        text = _squash(div.text_content())
        if div.get("id") == "hd":
            title = text or None
        elif "author" in (div.get("class") or "").split():
            byline = re.sub(r"^by\s+", "", text, flags=re.I) or None
        elif not div.attrib and text:
            (lines if title is not None else before).append(text)
    section = before[-1] if before else None
    wc = next((k for k, ln in enumerate(lines) if _FV_WORDS_ANY.match(ln)), None)
    if wc is None:
        raise ValueError('no word count line ("N words"): not a Factiva article')
    rest = lines[wc + 1 :]
    published = None
    at = 0
    if rest and parse_date(rest[0]) is not None:
        published, at = rest[0], 1
    elif rest and re.search(r"\d{4}$", rest[0]):  # a date in the interface's language ("9 Januar 1993")
        at = 1
    if at < len(rest) and _FV_TIME.match(rest[at]):
        at += 1
    outlet = rest[at] if at < len(rest) else None
    language = next(
        (ln for ln in rest[at + 1 :] if re.fullmatch(r"[^\W\d_]{4,}", ln) and language_code(ln)), None
    )
    paras = [_squash(p.text_content()) for p in art.iter("p") if "articleParagraph" in (p.get("class") or "")]
    body = "\n\n".join(p for p in paras if p)
    if not body:
        raise ValueError("document has no body paragraphs")
    doc_id = None
    for p in art.iter("p"):
        m = _FV_DOC_P.match(_squash(p.text_content()))
        if m:
            doc_id = m.group(1)
    if doc_id is None:
        holder = art.getparent()
        m = re.match(r"^article-([A-Za-z0-9]{12,})$", (holder.get("id") or "") if holder is not None else "")
        doc_id = m.group(1) if m else None
    return {
        "text": body, "title": title, "outlet": outlet, "published": published, "byline": byline,
        "section": section, "length": parse_length(lines[wc]), "language": language_code(language), "doc_id": doc_id,
    }  # fmt: skip


def _factiva_result(
    docs: list[list[tuple[str, str]]], path: str, encoding: str | None, fmt: str
) -> _FileResult:
    if not docs:
        raise LoadError(path, "no Factiva documents found (export with 'Full Article/Report plus Indexing')")
    rows: list[_Row] = []
    failures: list[tuple[str, str]] = []
    for n, codes in enumerate(docs, start=1):
        try:
            rows.append(_Row(f"{path}#doc {n}", _factiva_fields(codes)))
        except ValueError as exc:
            failures.append((f"{path}#doc {n}", str(exc)))
    return _FileResult(rows, encoding, failures, [], fmt)


_FACTIVA_CODE_SET = ("HD", "BY", "WC", "PD", "ET", "SN", "SC", "SE", "ED", "PG", "LA", "CY", "LP", "TD", "CT", "RF",
                     "CO", "IN", "NS", "RE", "IPC", "IPD", "PUB", "AN")  # fmt: skip
# A field code opening a line: alone, before a table-cell bar ("HD| ..." as striprtf writes an RTF table row),
# or before its value on the same line ("HD Harbour dredging ...").
_FACTIVA_LINE = re.compile(
    r"^(" + "|".join(_FACTIVA_CODE_SET) + r")(?:[ \t]*(\|)[ \t]*(.*?)|[ \t]+(.*?))?[ \t|]*$"
)
_FACTIVA_BODY = ("LP", "TD")


def _factiva_code_docs(text: str) -> list[list[tuple[str, str]]]:
    """The (code, value) pairs of each document of a Factiva export with field codes, as text.

    A document opens at an ``HD`` line. A code is on its own line with its value on the next lines (the text
    Factiva's RTF gives, and striprtf's ``HD| value |`` table rows), or before its value on one line. In the
    body (``LP``, ``TD``) a line is a new field only when the code stands alone (or before a cell bar), or is
    ``AN Document ...``: a body paragraph that starts with "IN" or "AN" stays in the body.

    >>> _factiva_code_docs("HD\\n Dam opens\\nTD\\n IN the town, a dam opened.\\nAN\\nDocument GAZ0000000000001\\n")
    [[('HD', 'Dam opens'), ('TD', 'IN the town, a dam opened.'), ('AN', 'Document GAZ0000000000001')]]
    """
    docs: list[list[tuple[str, str]]] = []
    code = None
    for raw in text.split("\n"):
        line = raw.strip().replace("\u00a0", " ")
        m = _FACTIVA_LINE.match(line)
        if (
            m
            and code in _FACTIVA_BODY
            and m.group(4)
            and not (m.group(1) == "AN" and m.group(4).startswith("Document"))
        ):
            m = None  # "IN the town ..." inside the body is text, not a field
        if m:
            code = m.group(1)
            if code == "HD":
                docs.append([])
            if docs:
                docs[-1].append((code, (m.group(3) or m.group(4) or "").strip()))
            continue
        line = line.strip("|").strip()
        if docs and code is not None and line:
            c, v = docs[-1][-1]
            docs[-1][-1] = (c, (v + ("\n\n" if c in _FACTIVA_BODY else " ") + line).strip())
    return docs


def _is_factiva_codes(text: str) -> bool:
    """A Factiva export with field codes saved as text: ``HD`` and ``AN`` lines (alone or before a value)."""
    return bool(
        re.search(r"^[ \t]*HD[ \t|]*$", text, re.M)
        and re.search(r"^[ \t]*AN(?:[ \t|]*$|[ \t|]+Document\b)", text, re.M)
    )


def read_factiva_codes(text: str, path: str = "<text>", *, encoding: str | None = "utf-8") -> _FileResult:
    """A Factiva export with field codes ("Full Article/Report plus Indexing") saved as plain text: each code
    (HD, WC, PD, SN, LA, LP, TD, AN, ...) on a line of its own, its value on the next lines.

    >>> res = read_factiva_codes("HD\\n Dam opens\\nWC\\n9 words\\nPD\\n2 May 2011\\nTD\\n The dam opened.\\n\\n"
    ...     " (c) 2011 The Gazette.\\nAN\\nDocument GAZ0000020110502e7520000a\\n")
    >>> f = list(res.rows)[0].fields
    >>> f["title"], f["length"], f["published"], f["doc_id"], f["text"]
    ('Dam opens', 9, '2 May 2011', 'GAZ0000020110502e7520000a', 'The dam opened.')
    """
    text = text.replace("\r\n", "\n").replace("\r", "\n")
    return _factiva_result(_factiva_code_docs(text), path, encoding, "factiva_codes")


def read_rtf(path: Path, data: bytes) -> _FileResult:
    """An RTF export, converted to text with striprtf: Factiva field codes (a code at the start of a line
    or of a table row, ``HD`` opening a document), a LexisNexis export, Factiva's "Article format"
    (``factiva_text``), or else one article of plain text (format ``rtf``)."""
    from striprtf.striprtf import rtf_to_text

    raw, enc = decode_bytes(data, str(path))
    try:
        text = rtf_to_text(raw, errors="replace").replace("\r\n", "\n").replace("\r", "\n")
    except Exception as exc:
        raise LoadError(str(path), f"could not read RTF ({_first_line(exc)})") from None
    if _LN_HEADER.search(text):
        res = read_lexisnexis_text(text, str(path), encoding=enc)
        return res._replace(format="lexisnexis")
    docs = _factiva_code_docs(text)
    if docs:
        return _factiva_result(docs, str(path), enc, "factiva_rtf")
    if _is_factiva_text(text):  # Factiva's "Article format" saved as RTF: no field codes
        return read_factiva_text(text, str(path), encoding=enc)
    body = text.strip()
    if not body:
        raise LoadError(str(path), "empty RTF document (no text)")
    return _FileResult([_Row(str(path), {"text": body})], enc, [], [], "rtf")


# --------------------------------------------------------------------------- Factiva "Article format" (plain text)

_FV_DOC = re.compile(r"^[ \t]*Document[ \t]+([A-Za-z0-9]{12,})[ \t\r]*$", re.M)
_FV_WORDS = re.compile(r"^[ \t]*\d[\d,.\u00a0]*[ \t]+words[ \t\r]*$", re.M | re.I)
_FV_TIME = re.compile(r"^\d{1,2}[:.]\d{2}(?:[ \t]*(?:[AP]M|[A-Z]{2,4}))*$", re.I)
_FV_COPYRIGHT = re.compile(r"^(?:copyright\b|\(c\)|©)|all rights reserved", re.I)


def _is_factiva_text(text: str) -> bool:
    """Factiva's "Article format" as text: a "Document <accession number>" line and a "N words" line."""
    return bool(_FV_DOC.search(text) and _FV_WORDS.search(text))


def _looks_like_byline(line: str) -> bool:
    """A byline line of Factiva's article format: "By ..." or a short run of capitalised names."""
    if re.match(r"^by\s+\S", line, re.I):
        return True
    words = line.replace(",", " ").split()
    small = {"and", "de", "da", "del", "van", "von", "der", "den", "la", "le", "du", "bin", "al"}
    return (
        1 < len(words) <= 8
        and not re.search(r"[.!?:;\"“”]$", line)
        and all(w[0].isupper() or w in small for w in words)
    )


def read_factiva_text(text: str, path: str = "<text>", *, encoding: str | None = "utf-8") -> _FileResult:
    """Articles of Factiva's "Article format" saved as text: one ``#doc N`` row per "Document <id>" line.

    Each article: headline (and a byline line, "By ..." or a short line of capitalised names), "N words",
    the date, an optional time, the source name, optional source code / edition / page lines, the language,
    the copyright line(s), then the body (one paragraph a line) and "Document <accession number>", which
    becomes ``doc_id``. An article after the last "Document" line (a cut-off file) is read with a note.

    >>> res = read_factiva_text("Dam opens\\nBy Ann Roe\\n9 words\\n2 May 2011\\nThe Gazette\\nEnglish\\n"
    ...     "(c) 2011 The Gazette\\n\\nThe new dam opened today.\\n\\nDocument GAZ0000020110502e7520000a\\n")
    >>> f = list(res.rows)[0].fields
    >>> f["title"], f["byline"], f["length"], f["published"], f["outlet"], f["language"], f["doc_id"], f["text"]
    ('Dam opens', 'Ann Roe', 9, '2 May 2011', 'The Gazette', 'en', 'GAZ0000020110502e7520000a', 'The new dam opened today.')
    """
    text = text.replace("\r\n", "\n").replace("\r", "\n")
    ends = list(_FV_DOC.finditer(text))
    if not ends:
        raise LoadError(path, 'not a Factiva export (no "Document <accession number>" line)')
    rows: list[_Row] = []
    failures: list[tuple[str, str]] = []
    notes: list[str] = []
    start = 0
    for n, m in enumerate(ends, start=1):
        src = f"{path}#doc {n}"
        block, start = text[start : m.start()], m.end()
        try:
            fields = _factiva_text_block(block)
        except ValueError as exc:
            failures.append((src, f"{exc} (document {m.group(1)})"))
            continue
        fields["doc_id"] = m.group(1)
        rows.append(_Row(src, fields))
    tail = text[start:]
    if _FV_WORDS.search(tail):  # an article without its "Document" line (Factiva's search summary has none)
        src = f"{path}#doc {len(ends) + 1}"
        notes.append('the last document has no "Document" line: the file may be cut off')
        try:
            rows.append(_Row(src, {**_factiva_text_block(tail), "doc_id": None}))
        except ValueError as exc:
            failures.append((src, str(exc)))
    return _FileResult(rows, encoding, failures, notes, "factiva_text")


def _factiva_text_block(block: str) -> dict[str, Any]:
    lines = [ln.strip().replace("\u00a0", " ") for ln in block.split("\n")]
    filled = [k for k, ln in enumerate(lines) if ln]
    if not filled:
        raise ValueError("empty document block")
    wc = next((k for k in filled[:12] if _FV_WORDS.match(lines[k])), None)
    if wc is None:
        raise ValueError('no word count line ("N words") at the top: not a Factiva article')
    head = [lines[k] for k in filled if k < wc]
    byline = None
    if len(head) >= 2 and _looks_like_byline(head[-1]):
        byline = re.sub(r"^by\s+", "", head.pop(), flags=re.I).strip() or None
    title = " ".join(head) or None
    rest = [k for k in filled if k > wc]
    published = None
    at = 0  # index into rest of the line after the date (and time)
    for t in range(min(3, len(rest))):
        if parse_date(lines[rest[t]]) is not None:
            published, at = lines[rest[t]], t + 1
            break
    if at < len(rest) and _FV_TIME.match(lines[rest[at]]):
        at += 1
    outlet = lines[rest[at]] if at < len(rest) else None
    end = language = None
    t = at + 1
    while t < min(len(rest), at + 9):
        ln = lines[rest[t]]
        if _FV_COPYRIGHT.search(ln):
            end = t
            while end + 1 < len(rest) and _FV_COPYRIGHT.search(lines[rest[end + 1]]):
                end += 1
            break
        if language is None and re.fullmatch(r"[A-Za-z]{4,}", ln) and language_code(ln) is not None:
            language, end = ln, t
        elif language is not None:
            break
        t += 1
    if end is None:
        raise ValueError("no language or copyright line after the source name: not a Factiva article")
    body = "\n\n".join(lines[k] for k in rest[end + 1 :])
    if not body:
        raise ValueError("document block has no body text")
    return {
        "text": body, "title": title, "outlet": outlet, "published": published, "byline": byline,
        "section": None, "length": parse_length(lines[wc]), "language": language_code(language),
    }  # fmt: skip


# --------------------------------------------------------------------------- ProQuest (plain text)

_PQ_SEP = re.compile(r"^[ \t]*_{20,}[ \t\r]*$", re.M)
_PQ_LABELS = frozenset((
    "title", "publication title", "publication date", "publication year", "publication info", "author", "section",
    "full text", "abstract", "links", "subject", "location", "people", "company / organization",
    "identifier / keyword", "publisher", "place of publication", "country of publication", "publication subject",
    "issn", "source type", "language of publication", "document type", "document feature", "proquest document id",
    "document url", "copyright", "last updated", "database", "credit", "dateline", "edition", "first page", "pages",
    "volume", "issue", "column", "illustration", "caption", "supplement", "update", "language",
    "business indexing term", "number of pages", "classification", "isbn", "e-issn", "doi", "coden",
))  # fmt: skip
_PQ_NONE = re.compile(r"^(?:none available|not available)\.?$", re.I)
"""ProQuest's placeholder for a missing abstract ("Abstract: None available.")."""
"""Labels of ProQuest's text export ("Publication title: ..."), lower case; a line starting with one opens a field."""
_PQ_FIELD = re.compile(r"^([A-Za-z][A-Za-z /-]{0,40}?)[ \t]*:(?:[ \t]+(.*))?$")
_PQ_ARTICLE = ("proquest document id", "publication title", "full text", "abstract", "publication date")


def _is_proquest(text: str) -> bool:
    """A ProQuest text export: lines of underscores and a "ProQuest document ID:" (or "Publication title:") line."""
    return bool(
        _PQ_SEP.search(text) and re.search(r"^(?:ProQuest document ID|Publication title):", text, re.M)
    )


def read_proquest_text(text: str, path: str = "<text>", *, encoding: str | None = "utf-8") -> _FileResult:
    """Articles of a ProQuest plain-text export: one ``#doc N`` row per block with labelled fields.

    Blocks are separated by lines of underscores; the report header, the table of contents and the closing
    "Contact ProQuest" block have no article fields and are passed over. In an article block, the unlabelled
    line at the top is the title (unless a "Title:" field gives it); the body runs from "Full text:" to the
    next labelled field, one paragraph a line. A document with only an "Abstract:" is read with its abstract as
    the text (a note in ``load_report`` names it); one with neither is a ``failed`` row.

    >>> res = read_proquest_text("____________________\\nDam opens\\n\\nAuthor: Roe, Ann\\n\\n"
    ...     "Full text: The new dam opened.\\n\\nPublication title: The Gazette; Montreal, Que.\\n\\n"
    ...     "Publication date: May 2, 2011\\n\\nProQuest document ID: 123456\\n____________________\\n")
    >>> f = list(res.rows)[0].fields
    >>> f["title"], f["outlet"], f["published"], f["byline"], f["doc_id"], f["text"]
    ('Dam opens', 'The Gazette', 'May 2, 2011', 'Roe, Ann', '123456', 'The new dam opened.')
    """
    text = text.replace("\r\n", "\n").replace("\r", "\n")
    if not _PQ_SEP.search(text):
        raise LoadError(path, "not a ProQuest export (no line of underscores between documents)")
    rows: list[_Row] = []
    failures: list[tuple[str, str]] = []
    abstracts: list[str] = []
    n = 0
    for part in _PQ_SEP.split(text):
        fields, loose = _pq_fields(part)
        if not any(k in fields for k in _PQ_ARTICLE):
            continue  # report header, table of contents, "Contact ProQuest" block
        n += 1
        src = f"{path}#doc {n}"
        body = fields.get("full text") or ""
        if not body.strip():
            body = fields.get("abstract") or ""
            body = "" if _PQ_NONE.match(body.strip()) else body
            if body.strip():
                abstracts.append(str(n))
        if not body.strip():
            failures.append((src, 'no "Full text:" or "Abstract:" (a citation only)'))
            continue
        outlet = (fields.get("publication title") or "").split(";")[0].strip() or None
        title = fields.get("title") or next(
            (ln for ln in loose if not re.match(r"^Document \d+ of \d+$", ln)), None
        )
        rows.append(_Row(src, {
            "text": body.strip(), "title": title, "outlet": outlet, "published": fields.get("publication date"),
            "byline": fields.get("author") or None, "section": fields.get("section") or None, "length": None,
            "language": language_code(fields.get("language of publication") or fields.get("language")), "url": fields.get("document url") or None,
            "doc_id": fields.get("proquest document id") or None,
        }))  # fmt: skip
    if n == 0:
        raise LoadError(
            path, 'no ProQuest documents found (no "Publication title:" or "ProQuest document ID:" field)'
        )
    notes = []
    if abstracts:
        which = (
            f"document {abstracts[0]} has"
            if len(abstracts) == 1
            else f"documents {', '.join(abstracts)} have"
        )
        notes.append(f"{which} no full text: the abstract was read as the text")
    return _FileResult(rows, encoding, failures, notes, "proquest")


def _pq_fields(part: str) -> tuple[dict[str, str], list[str]]:
    """The labelled fields of one ProQuest block (label lower case -> value; the body fields keep one
    paragraph a line) and its unlabelled lines before the first field."""
    fields: dict[str, str] = {}
    loose: list[str] = []
    key = None
    for raw in part.split("\n"):
        line = raw.strip().replace("\u00a0", " ")
        m = _PQ_FIELD.match(line)
        if m and m.group(1).strip().lower() in _PQ_LABELS:
            key = m.group(1).strip().lower()
            value = (m.group(2) or "").strip()
            fields[key] = (
                (fields[key] + "\n\n" + value).strip()
                if key in fields and value
                else fields.get(key) or value
            )
        elif not line:
            continue
        elif key is None:
            if line != "ProQuest document link":
                loose.append(line)
        elif key in ("full text", "abstract"):
            fields[key] = (fields[key] + "\n\n" + line).strip()
        else:
            fields[key] = (fields[key] + " " + line).strip()
    return fields, loose


# --------------------------------------------------------------------------- Media Cloud, GDELT (CSV)

# article field -> the archive's column names (lower case), first found wins
CSV_EXPORT_COLUMNS: dict[str, dict[str, tuple[str, ...]]] = {
    "mediacloud": {
        "doc_id": ("stories_id", "id"), "published": ("publish_date",), "title": ("title",), "url": ("url",),
        "outlet": ("media_name",), "language": ("language",), "byline": ("author", "authors"),
    },
    "gdelt": {
        "doc_id": ("gkgrecordid",), "published": ("seendate", "date"), "title": ("title",), "url": ("url",),
        "outlet": ("domain", "sourcecommonname"), "language": ("language",),
    },
}  # fmt: skip
_NO_TEXT = {
    "mediacloud": "Media Cloud exports list stories (id, date, title, url), not their text",
    "gdelt": "GDELT article lists give urls and titles, not the text",
}


def _read_csv_export(path: Path, kind: str, data: bytes, columns: Mapping[str, str] | None) -> _FileResult:
    text, enc = decode_bytes(data, str(path))
    sep = "\t" if path.suffix.lower() in (".tsv", ".tab") else ","
    try:
        df = pl.read_csv(io.BytesIO(text.encode("utf-8")), separator=sep, infer_schema=False)
    except Exception as exc:
        raise LoadError(str(path), f"not a valid CSV file: {_first_line(exc)}") from None
    lower = {c.lower().strip(): c for c in df.columns}
    spec = {**CSV_EXPORT_COLUMNS[kind], "text": COLUMN_NAMES["text"]}
    picked: dict[str, str] = {}
    for fld, names in spec.items():
        col = next((lower[n] for n in names if n in lower), None)
        if col is not None:
            picked[fld] = col
    for fld, col in (columns or {}).items():
        if col not in df.columns:
            raise LoadError(str(path), f"column {col!r} given for {fld} is not in the file")
        picked[fld] = col
    rows: list[_Row] = []
    failures: list[tuple[str, str]] = []
    for i, rec in enumerate(df.iter_rows(named=True), start=1):
        src = f"{path}#row {i}"
        fields = {fld: rec.get(col) for fld, col in picked.items()}
        if not (fields.get("text") or "").strip():
            failures.append(
                (src, f"no article text: {_NO_TEXT[kind]}; fetch the pages and add a `text` column")
            )
            continue
        fields["language"] = language_code(fields.get("language"))
        rows.append(_Row(src, fields))
    return _FileResult(rows, enc, failures, [], kind)
