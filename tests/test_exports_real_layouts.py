"""Archive exports in the layouts real exports have (checked against public samples: see docs/importing.md).

The fixtures in tests/data/exports/ are written for the toolkit (invented articles) in the same layouts as
real exports: Factiva "Article format" saved from the browser as HTML, Factiva field codes saved as RTF
(table rows) and as text (a code on its own line), and ProQuest's text export without a report header.
"""

from __future__ import annotations

import datetime as dt
from pathlib import Path

from toolkit import read_articles
from toolkit.io.exports import _factiva_code_docs, sniff_export

DATA = Path(__file__).parent / "data" / "exports"
COLS = ("title", "byline", "length", "published", "outlet", "section", "language", "doc_id")


def _read(path: Path):
    return read_articles([path], progress=False)


def test_factiva_article_format_html_saved_from_the_browser():
    path = DATA / "factiva_article_format.html"
    assert sniff_export(path.read_bytes(), "html") == "factiva_article_html"
    arts, rep = _read(path)
    assert arts.select(COLS).rows() == [
        ("Ferry service returns to Pine Harbour", "Zoë Okafor", 412, dt.date(2024, 3, 4), "The Lakeside Courier",
         "Regional News", "en", "LKCOUR0020240304ek3400001"),
        ("Bridge numbers don't add up", None, 1023, dt.date(2024, 2, 29), "Valley Evening Star", "Letters", "en",
         "VALSTR0020240229ek2t0000b"),
    ]  # fmt: skip
    first = arts["text"][0]
    assert first.startswith("PINE HARBOUR - The ferry to Gull Island")  # highlighted search term kept as text
    assert "Harbour Ferry Co had hired" in first and first.count("\n\n") == 1
    assert "Document" not in first and "Lakeside Courier Ltd." not in first  # trailer lines are not body
    assert rep.select("status", "n_articles", "format").rows() == [
        ("loaded", 2, "factiva_article_html"),
        ("failed", 0, "factiva_article_html"),
    ]
    assert rep["reason"][1] == "document has no body paragraphs"


def test_factiva_field_codes_as_rtf_table_rows():
    arts, rep = _read(DATA / "factiva_codes_table.rtf")
    assert rep.select("n_articles", "format").row(0) == (2, "factiva_rtf")
    assert arts.select("title", "byline", "length", "published", "outlet", "doc_id").rows() == [
        ("Harbour dredging to start in June.", "Tomás Ruiz", 1204, dt.date(2024, 3, 4), "Coastal Business Daily",
         "CBDLY00020240304ek340000a"),
        ("Council backs bridge repairs.", None, 48, dt.date(2024, 2, 29), "Valley Evening Star",
         "VALSTR0020240229ek2t0000b"),
    ]  # fmt: skip
    # LP then TD, paragraph by paragraph; the copyright line closing TD is not article text
    assert arts["text"][0] == (
        "Dredging of Pine Harbour will start in June, the port authority said on Monday.\n\n"
        "The work will take eight weeks.\n\nIN the meantime ferries will keep running, a spokeswoman said."
    )


def test_factiva_field_codes_as_text_each_code_on_its_own_line():
    path = DATA / "factiva_codes.txt"
    assert sniff_export(path.read_bytes(), "txt") == "factiva_codes"
    arts, rep = _read(path)
    assert arts.select("title", "length", "published", "outlet", "language", "doc_id").rows() == [
        ("Harbour dredging to start in June.", 1204, dt.date(2024, 3, 4), "Coastal Business Daily", "en",
         "CBDLY00020240304ek340000a"),
        ("Council backs bridge repairs.", 48, dt.date(2024, 2, 29), "Valley Evening Star", "en",
         "VALSTR0020240229ek2t0000b"),
    ]  # fmt: skip
    assert arts["text"][0].endswith(
        "IN the meantime ferries will keep running on the old timetable, a spokeswoman said."
    )
    assert rep.select("status", "n_articles").rows() == [("loaded", 2), ("failed", 0)]
    assert rep["path"][1].endswith("factiva_codes.txt#doc 3")


def test_a_body_paragraph_starting_like_a_field_code_stays_in_the_body():
    docs = _factiva_code_docs(
        "HD\nVote\nLP\nAN official said the vote was close.\nIN May the count resumes.\nAN\nDocument X00000000000001\n"
    )
    assert docs == [[
        ("HD", "Vote"), ("LP", "AN official said the vote was close.\n\nIN May the count resumes."),
        ("AN", "Document X00000000000001"),
    ]]  # fmt: skip


def test_proquest_newsstream_export_without_report_header():
    arts, rep = _read(DATA / "proquest_newsstream.txt")
    assert arts.select("title", "outlet", "published", "section", "language", "doc_id").rows() == [
        ("Ferry service returns to Pine Harbour after three-week pause", "The Lakeside Courier (Online)",
         dt.date(2024, 3, 4), "news/local", "en", "2937000201"),
    ]  # fmt: skip
    # "Full Text:" (capital T) paragraphs one a line, no blank lines between them; the CAPTION line is not body
    assert arts["text"][0].split("\n\n") == [
        "PINE HARBOUR - The ferry to Gull Island ran again on Monday after a three-week pause, the town council said.",
        '"We are glad to have it back," said María López, who runs the café by the pier.',
        "The council said repairs to the landing had cost $140,000, about a third more than planned.",
    ]
    # "Abstract: None available." is no text: the second document is a citation only, not an article
    assert rep.select("status", "reason").rows()[1] == (
        "failed",
        'no "Full text:" or "Abstract:" (a citation only)',
    )


def test_factiva_html_from_a_german_interface_keeps_its_date(tmp_path):
    """Factiva's German interface prints "412 Wörter" and "4 März 2024": the date is read (data/date_words.yaml)."""
    html = (DATA / "factiva_article_format.html").read_text(encoding="utf-8")
    german = html.replace("412 words", "412 Wörter").replace("4 March 2024", "4 März 2024")
    german = german.replace("1,023 words", "1.023 Wörter").replace("29 February 2024", "29 Februar 2024")
    path = tmp_path / "factiva_de.html"
    path.write_text(german, encoding="utf-8")
    arts, _ = _read(path)
    assert arts["published"].to_list() == [dt.date(2024, 3, 4), dt.date(2024, 2, 29)]
    assert arts["title"].to_list() == ["Ferry service returns to Pine Harbour", "Bridge numbers don't add up"]
