"""News-archive exports: layout found by content, every metadata field, dates, every block accounted for."""

from __future__ import annotations

import datetime as dt
import io
import shutil
from pathlib import Path

import polars as pl
import pytest

from toolkit import LoadError, read_articles, split_sentences
from toolkit.core.schema import SCHEMAS
from toolkit.io.exports import language_code, parse_length, sniff_export

DATA = Path(__file__).parent / "data" / "exports"


def _read(*paths: Path, on_error: str = "raise"):
    return read_articles(list(paths), on_error=on_error, progress=False)  # type: ignore[arg-type]


# --------------------------------------------------------------------------- LexisNexis plain text


def test_lexisnexis_text_fields_dates_and_failures():
    path = DATA / "lexisnexis_two.txt"
    arts, rep = _read(path)
    assert arts.schema == pl.Schema(SCHEMAS["articles"])
    got = arts.select(
        "source", "title", "outlet", "published", "byline", "section", "length", "language", "doc_id"
    )
    assert got.rows() == [
        (f"{path}#doc 1", "Ferry service returns to Pine Harbour", "The Lakeside Courier (Ontario)",
         dt.date(2024, 3, 4), "Zoë Okafor", "NEWS; Pg. A3", 41, "en", None),
        (f"{path}#doc 2", "Council votes on bridge repairs; second reading set for April", "Valley Evening Star",
         dt.date(2024, 2, 29), None, None, 23, "en", None),
    ]  # fmt: skip
    first, second = arts["text"].to_list()
    assert first == (
        "PINE HARBOUR - The ferry to Gull Island ran again on Monday after a three-week pause, the town council said."
        '\n\n"We are glad to have it back," said María López, who runs the café by the pier.'
    )
    assert second == "The council voted seven to two to repair the old bridge.\n\nWork starts in May."
    assert rep.rows() == [
        (str(path), "loaded", None, 2, "utf-8", "lexisnexis"),
        (
            f"{path}#doc 3",
            "failed",
            "document block has no body text (document 3 of 3)",
            0,
            "utf-8",
            "lexisnexis",
        ),
    ]


def test_lexisnexis_found_by_content_not_extension(tmp_path):
    renamed = tmp_path / "download_2024.dat"
    shutil.copy(DATA / "lexisnexis_two.txt", renamed)
    arts, rep = _read(renamed)
    assert rep["format"][0] == "lexisnexis" and arts.height == 2
    plain = tmp_path / "story.txt"
    plain.write_text("Just one story about 1 of 2 ferries.\n", encoding="utf-8")
    assert _read(plain).load_report["format"].to_list() == ["txt"]


def test_lexisnexis_cp1252_crlf_and_cut_off(tmp_path):
    text = (DATA / "lexisnexis_two.txt").read_text(encoding="utf-8")
    cut = text[: text.index("2 of 3 DOCUMENTS") + 40]  # ends inside document 2, before its title
    p = tmp_path / "cut.txt"
    p.write_bytes(cut.replace("\n", "\r\n").encode("cp1252"))
    arts, rep = _read(p)
    assert arts.height == 1 and arts["byline"][0] == "Zoë Okafor"
    assert rep["status"].to_list() == ["loaded", "failed"]
    assert rep["encoding"][0] == "cp1252"
    assert rep["reason"][0] == "the file ends at document 2 of 3: cut off?"
    assert rep["path"][1] == f"{p}#doc 2" and rep["reason"][1] == "empty document block (document 2 of 3)"


def test_same_export_read_twice_gives_same_ids_and_offsets_round_trip(tmp_path):
    path = DATA / "lexisnexis_two.txt"
    a1, _ = _read(path)
    a2, _ = _read(path)
    assert a1["article_id"].to_list() == a2["article_id"].to_list()
    assert a1["article_id"].n_unique() == 2
    sents = split_sentences(a1)
    texts = dict(a1.select("article_id", "text").iter_rows())
    for aid, start, end, sent in sents.select("article_id", "char_start", "char_end", "text").iter_rows():
        assert texts[aid][start:end] == sent
    assert sents.filter(pl.col("text").str.contains("three-week pause")).height == 1  # wrapped lines joined


# --------------------------------------------------------------------------- Nexis Uni .docx


def _nexis_docx(path: Path, articles: list[dict[str, str]], *, cut: bool = False) -> Path:
    import docx

    d = docx.Document()
    for line in ("Date and Time: Tuesday, 5. March 2024 10:02:00 CET", "Job Number: 00000042",
                 f"Documents ({len(articles)})"):  # fmt: skip
        d.add_paragraph(line)
    for i, a in enumerate(articles, start=1):
        d.add_paragraph(f"{i}. {a['title']}")
        d.add_paragraph("Client/Matter: -None-")
        d.add_paragraph("Search Terms: harbour")
        d.add_paragraph("")
    for n, a in enumerate(articles, start=1):
        d.add_paragraph("")
        d.add_paragraph(a["title"])
        d.add_paragraph(a["outlet"])
        d.add_paragraph(a["date"])
        d.add_paragraph("\nCopyright 2024 Invented Media Group. All Rights Reserved")
        d.add_paragraph("Section:\u00a0" + a["section"])
        d.add_paragraph("Length:\u00a0" + a["length"])
        if a.get("byline"):
            d.add_paragraph("Byline:\u00a0" + a["byline"])
        if a.get("body") is not None:
            d.add_paragraph("Body")
            d.add_paragraph("")
            for para in a["body"].split("\n\n"):
                d.add_paragraph(para)
        d.add_paragraph("Classification")
        d.add_paragraph("Language:\u00a0ENGLISH")
        d.add_paragraph("\nLoad-Date:\u00a0March 5, 2024")
        if not (cut and n == len(articles)):
            d.add_paragraph("\nEnd of Document")
    d.save(path)
    return path


ARTICLES = [
    {"title": "Ferry returns to Pine Harbour", "outlet": "The Lakeside Courier (Ontario)",
     "date": "March 4, 2024 Monday 9:20 AM EST", "section": "NEWS; Version:3", "length": "41 words",
     "byline": "Zoë Okafor", "body": "The ferry ran again on Monday.\n\n“Good news,” said María López."},
    {"title": "Bridge vote", "outlet": "Valley Evening Star", "date": "February 29, 2024 Thursday",
     "section": "LOCAL", "length": "1,023 words", "body": "The council voted seven to two."},
    {"title": "Photo gallery", "outlet": "Valley Evening Star", "date": "March 1, 2024 Friday",
     "section": "PHOTOS", "length": "0 words", "body": None},
]  # fmt: skip


def test_nexis_uni_docx_fields_and_failures(tmp_path):
    path = _nexis_docx(tmp_path / "nexis.docx", ARTICLES)
    arts, rep = _read(path)
    got = arts.select(
        "source", "title", "outlet", "published", "byline", "section", "length", "language", "text"
    )
    assert got.rows() == [
        (f"{path}#doc 1", "Ferry returns to Pine Harbour", "The Lakeside Courier (Ontario)", dt.date(2024, 3, 4),
         "Zoë Okafor", "NEWS", 41, "en", "The ferry ran again on Monday.\n\n“Good news,” said María López."),
        (f"{path}#doc 2", "Bridge vote", "Valley Evening Star", dt.date(2024, 2, 29), None, "LOCAL", 1023, "en",
         "The council voted seven to two."),
    ]  # fmt: skip
    assert rep.rows() == [
        (str(path), "loaded", None, 2, None, "nexis_uni"),
        (f"{path}#doc 3", "failed", 'document block has no "Body" line', 0, None, "nexis_uni"),
    ]
    again, _ = _read(path)
    assert again["article_id"].to_list() == arts["article_id"].to_list()


def test_nexis_uni_docx_found_by_content_and_cut_off(tmp_path):
    path = _nexis_docx(tmp_path / "nexis_no_extension", ARTICLES[:2], cut=True)
    arts, rep = _read(path)
    assert arts["title"].to_list() == ["Ferry returns to Pine Harbour", "Bridge vote"]
    assert rep["format"][0] == "nexis_uni" and rep["n_articles"][0] == 2
    assert rep["reason"][0] == 'the last document has no "End of Document" line: the file may be cut off'


def test_docx_that_is_not_a_nexis_export_is_one_article(tmp_path):
    import docx

    d = docx.Document()
    d.add_paragraph("Notes on the harbour.")
    d.add_paragraph("Second paragraph.")
    d.save(tmp_path / "notes.docx")
    arts, rep = _read(tmp_path / "notes.docx")
    assert arts["text"].to_list() == ["Notes on the harbour.\n\nSecond paragraph."]
    assert rep.select("status", "n_articles", "format").row(0) == ("loaded", 1, "docx")
    assert "not a Nexis Uni export" in rep["reason"][0]


def test_truncated_docx_is_a_clear_error(tmp_path):
    buf = io.BytesIO()
    _nexis_docx(tmp_path / "whole.docx", ARTICLES[:1])
    data = (tmp_path / "whole.docx").read_bytes()
    buf.write(data[: len(data) // 2])
    bad = tmp_path / "bad.docx"
    bad.write_bytes(buf.getvalue())
    with pytest.raises(LoadError, match="not a readable .docx file"):
        _read(bad)
    arts, rep = _read(bad, tmp_path / "whole.docx", on_error="skip")
    assert arts.height == 1
    assert rep.select("status", "format").rows() == [("skipped", "docx"), ("loaded", "nexis_uni")]


# --------------------------------------------------------------------------- Media Cloud, GDELT


def test_mediacloud_csv_columns_mapped_and_rows_without_text_reported():
    path = DATA / "mediacloud_stories.csv"
    arts, rep = _read(path)
    assert arts.select("source", "doc_id", "title", "outlet", "published", "url", "language", "text").rows() == [
        (f"{path}#row 1", "1800001", "Ferry returns", "Lakeside Courier", dt.date(2024, 3, 4),
         "https://courier.example/ferry", "en", "The ferry ran again on Monday."),
    ]  # fmt: skip
    assert rep.select("path", "status", "n_articles", "format").rows() == [
        (str(path), "loaded", 1, "mediacloud"),
        (f"{path}#row 2", "failed", 0, "mediacloud"),
    ]
    assert rep["reason"][1].startswith("no article text: Media Cloud exports list stories")


def test_gdelt_csv_every_row_accounted_for_and_text_added_later(tmp_path):
    path = DATA / "gdelt_artlist.csv"
    arts, rep = _read(path)
    assert arts.height == 0
    assert rep.select("status", "n_articles").rows() == [("loaded", 0), ("failed", 0), ("failed", 0)]
    assert rep["format"].to_list() == ["gdelt"] * 3
    with_text = pl.read_csv(path, infer_schema=False).with_columns(
        text=pl.Series(["The ferry ran again.", "Le port a rouvert mardi."])
    )
    with_text.write_csv(tmp_path / "gdelt.csv")
    arts, rep = _read(tmp_path / "gdelt.csv")
    assert arts.select("title", "outlet", "published", "language", "url").rows() == [
        ("Ferry returns", "courier.example", dt.date(2024, 3, 4), "en", "https://courier.example/ferry"),
        ("Le port rouvre", "gazette.example", dt.date(2024, 3, 5), "fr", "https://gazette.example/fr/port"),
    ]
    assert rep.rows() == [(str(tmp_path / "gdelt.csv"), "loaded", None, 2, "utf-8", "gdelt")]


# --------------------------------------------------------------------------- Factiva


def test_factiva_html_fields_and_failures():
    path = DATA / "factiva_two.html"
    arts, rep = _read(path)
    assert arts.select("source", "title", "byline", "length", "published", "outlet", "section", "language",
                       "doc_id", "text").rows() == [
        (f"{path}#doc 1", "Harbour dredging to start in June", "Tomás Ruiz", 1204, dt.date(2024, 3, 4),
         "Coastal Business Daily", "Regional", "en", "CBDLY00020240304ek340000a",
         "Dredging of Pine Harbour will start in June, the port authority said.\n\n"
         "The work will take eight weeks.\n\nFerries will keep running."),
    ]  # fmt: skip
    assert rep.select("path", "status", "reason", "n_articles", "format").rows() == [
        (str(path), "loaded", None, 1, "factiva_html"),
        (f"{path}#doc 2", "failed", "document has no LP/TD (body) text", 0, "factiva_html"),
    ]


def test_factiva_rtf(tmp_path):
    rtf = (
        r"{\rtf1\ansi\deff0 {\fonttbl {\f0 Times;}}"
        r"HD Harbour dredging to start\par BY Tom\'e1s Ruiz\par WC 12 words\par PD 4 March 2024\par"
        r" SN Coastal Business Daily\par LA English\par LP \par Dredging starts in June.\par TD \par"
        r" The work takes eight weeks.\par AN Document CBDLY0001\par}"
    )
    p = tmp_path / "factiva.rtf"
    p.write_text(rtf, encoding="ascii")
    arts, rep = _read(p)
    assert arts.select("title", "byline", "length", "published", "outlet", "doc_id", "text").row(0) == (
        "Harbour dredging to start", "Tomás Ruiz", 12, dt.date(2024, 3, 4), "Coastal Business Daily", "CBDLY0001",
        "Dredging starts in June.\n\nThe work takes eight weeks.",
    )  # fmt: skip
    assert rep.select("n_articles", "format").row(0) == (1, "factiva_rtf")


def test_plain_rtf_is_one_article(tmp_path):
    p = tmp_path / "memo.rtf"
    p.write_text(r"{\rtf1\ansi Ferries run again.\par}", encoding="ascii")
    arts, rep = _read(p)
    assert arts["text"].to_list() == ["Ferries run again."]
    assert rep["format"].to_list() == ["rtf"]


# --------------------------------------------------------------------------- helpers


@pytest.mark.parametrize(
    "data, fmt, kind",
    [
        (b"\xef\xbb\xbf\r\n\r\n       1 of 3 DOCUMENTS\r\n", "txt", "lexisnexis"),
        (b"id,indexed_date,language,media_name,media_url,publish_date,title,url\n", "csv", "mediacloud"),
        (b"url,url_mobile,title,seendate,socialimage,domain,language,sourcecountry\n", "csv", "gdelt"),
        (b"title,text,date\n", "csv", None),
        (b"{\\rtf1 hi}", "rtf", "rtf"),
        (b"<table><tr><td>HD</td><td>x</td></tr><tr><td>TD</td><td>y</td></tr></table>", "html", "factiva_html"),
        (b"<html><body><p>A page.</p></body></html>", "html", None),
    ],
)  # fmt: skip
def test_sniff_export(data, fmt, kind):
    assert sniff_export(data, fmt) == kind


def test_parse_length_and_language_code():
    assert [parse_length(s) for s in ("355 words", "Length:\u00a02,968 words", None, "")] == [
        355,
        2968,
        None,
        None,
    ]
    assert [language_code(s) for s in ("ENGLISH", "French", "de", "Klingonish", None)] == [
        "en",
        "fr",
        "de",
        None,
        None,
    ]


# --------------------------------------------------------------------------- Factiva "Article format" (text)


def test_factiva_article_format_text_fields_and_failures():
    path = DATA / "factiva_article_format.txt"
    arts, rep = _read(path)
    assert arts.schema == pl.Schema(SCHEMAS["articles"])
    got = arts.select(
        "source", "title", "outlet", "published", "byline", "section", "length", "language", "doc_id"
    )
    assert got.rows() == [
        (f"{path}#doc 1", "Ferry service returns to Pine Harbour", "The Lakeside Courier", dt.date(2024, 3, 4),
         "Zoë Okafor", None, 412, "en", "LKCOUR0020240304ek3400001"),
        (f"{path}#doc 2", "Bridge repairs approved after long debate", "Valley Evening Star", dt.date(2024, 2, 29),
         "Tomás Ferreira and Ana Silva", None, 1023, "en", "VALSTR0020240229ek2t0000b"),
    ]  # fmt: skip
    first, second = arts["text"].to_list()
    assert first.startswith("PINE HARBOUR - The ferry") and first.endswith("café by the pier.")
    assert "\n\n" in first and "Copyright" not in first and "All Rights Reserved" not in first
    assert (
        second
        == "The council voted seven to two to repair the old bridge.\n\nWork starts in May, the mayor said."
    )
    assert rep.rows() == [
        (str(path), "loaded", None, 2, "utf-8", "factiva_text"),
        (f"{path}#doc 3", "failed", "document block has no body text (document VALSTR0020240301ek310000c)", 0,
         "utf-8", "factiva_text"),
    ]  # fmt: skip


def test_factiva_article_format_found_by_content_cut_off_and_rtf(tmp_path):
    text = (DATA / "factiva_article_format.txt").read_text(encoding="utf-8")
    renamed = tmp_path / "factiva_download.dat"
    renamed.write_bytes(text.replace("\n", "\r\n").encode("cp1252", errors="replace"))
    arts, rep = _read(renamed)
    assert rep["format"][0] == "factiva_text" and arts.height == 2
    cut = tmp_path / "cut.txt"  # ends inside the second article, before its "Document" line
    cut.write_text(text[: text.index("Document VALSTR0020240229")], encoding="utf-8")
    arts, rep = _read(cut)
    assert arts.height == 2 and arts["doc_id"].to_list() == ["LKCOUR0020240304ek3400001", None]
    assert rep["reason"][0] == 'the last document has no "Document" line: the file may be cut off'
    rtf = tmp_path / "factiva.rtf"  # the same layout saved as RTF (no field codes)
    body = "".join(
        ("".join(c if ord(c) < 128 else f"\\u{ord(c)}?" for c in line)) + "\\par\n"
        for line in text.splitlines()
    )
    rtf.write_text("{\\rtf1\\ansi\\deff0 " + body + "}", encoding="ascii")
    arts, rep = _read(rtf)
    assert (
        rep["format"][0] == "factiva_text"
        and arts["title"].to_list()[1] == "Bridge repairs approved after long debate"
    )


def test_factiva_article_format_block_without_word_count_is_reported(tmp_path):
    p = tmp_path / "odd.txt"
    p.write_text(
        "Ferry back\n12 words\n4 March 2024\nThe Lakeside Courier\nEnglish\n\nThe ferry ran again.\n\n"
        "Document LKCOUR0020240304ek3400009\n\nA note without the usual header.\n\nDocument LKCOUR0020240304ek3400010\n",
        encoding="utf-8",
    )
    arts, rep = _read(p)
    assert arts["text"].to_list() == ["The ferry ran again."]
    assert rep.rows()[1] == (
        f"{p}#doc 2", "failed",
        'no word count line ("N words") at the top: not a Factiva article (document LKCOUR0020240304ek3400010)',
        0, "utf-8", "factiva_text",
    )  # fmt: skip


# --------------------------------------------------------------------------- ProQuest (text)


def test_proquest_text_fields_abstract_and_citation_only():
    path = DATA / "proquest_three.txt"
    arts, rep = _read(path)
    assert arts.schema == pl.Schema(SCHEMAS["articles"])
    got = arts.select(
        "source", "title", "outlet", "published", "byline", "section", "length", "language", "doc_id", "url"
    )
    assert got.rows() == [
        (f"{path}#doc 1", "Ferry service returns to Pine Harbour", "The Lakeside Courier", dt.date(2024, 3, 4),
         "Okafor, Zoë", "News", None, "en", "2937000101",
         "https://www.proquest.com/newspapers/ferry-service-returns-pine-harbour/docview/2937000101/se-2"),
        (f"{path}#doc 2", "Council backs bridge repairs", "Valley Evening Star", dt.date(2024, 2, 29), None, "Local",
         None, "en", "2937000102",
         "https://www.proquest.com/newspapers/council-backs-bridge-repairs/docview/2937000102/se-2"),
    ]  # fmt: skip
    first, second = arts["text"].to_list()
    assert first == (
        "PINE HARBOUR - The ferry to Gull Island ran again on Monday after a three-week pause, the town council said."
        '\n\n"We are glad to have it back," said María López, who runs the café by the pier.'
    )  # "Credit:" and the fields after it are not body text
    assert second == "The council voted seven to two to repair the old bridge; work starts in May."
    assert rep.rows() == [
        (str(path), "loaded", "document 2 has no full text: the abstract was read as the text", 2, "utf-8", "proquest"),
        (f"{path}#doc 3", "failed", 'no "Full text:" or "Abstract:" (a citation only)', 0, "utf-8", "proquest"),
    ]  # fmt: skip


def test_proquest_found_by_content_and_plain_text_with_underscores_is_not(tmp_path):
    renamed = tmp_path / "ProQuestDocuments-2024-03-05.dat"
    shutil.copy(DATA / "proquest_three.txt", renamed)
    assert _read(renamed).load_report["format"][0] == "proquest"
    plain = tmp_path / "memo.txt"
    plain.write_text(
        "Notes\n______________________________\nPublication title of the memo: none\n", encoding="utf-8"
    )
    assert _read(plain).load_report["format"].to_list() == ["txt"]
    assert sniff_export((DATA / "proquest_three.txt").read_bytes(), "txt") == "proquest"
    assert sniff_export((DATA / "factiva_article_format.txt").read_bytes(), "txt") == "factiva_text"
    assert sniff_export(b"Document review\n12 words\n", "txt") is None
