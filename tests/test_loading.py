"""Loading: every format, every encoding, wire structure, stable ids, bad input."""

from __future__ import annotations

import codecs
import datetime as dt
import json
from pathlib import Path

import polars as pl
import pytest

from toolkit import LoadError, read_articles
from toolkit.core.schema import SCHEMAS
from toolkit.io.loading import decode_bytes, split_wire, stable_id

STORY = (
    "KHARTOUM (AFP) - Sudan’s army said on Monday it had retaken the bridge.\n"
    "Fighting ‘far from over’\n"
    "The Rapid Support Forces denied the claim, a spokesman told AFP.\n"
    "\n"
    "str-ac/ser\n"
)


def _one(tmp_path: Path, name: str, data: bytes | str) -> Path:
    p = tmp_path / name
    if isinstance(data, str):
        p.write_text(data, encoding="utf-8")
    else:
        p.write_bytes(data)
    return p


def test_txt_with_wire_structure(tmp_path):
    p = _one(tmp_path, "story.txt", STORY)
    arts, rep = read_articles(p)
    row = arts.row(0, named=True)
    assert row["dateline"] == "KHARTOUM (AFP) -"
    assert row["signoff"] == "str-ac/ser"
    assert row["text"].startswith("Sudan’s army said")
    assert row["text"].endswith("a spokesman told AFP.")
    assert "str-ac/ser" not in row["text"]
    assert rep.rows() == [(str(p), "loaded", None, 1, "utf-8", "txt")]
    assert arts.schema == pl.Schema(SCHEMAS["articles"])


@pytest.mark.parametrize(
    "text, body, dateline, signoff",
    [
        ("JERUSALEM, March 22 (Reuters) - Talks resumed.\n(Reporting by Jane Roe; Editing by Tim Poe)",
         "Talks resumed.", "JERUSALEM, March 22 (Reuters) -", "(Reporting by Jane Roe; Editing by Tim Poe)"),
        ("KYIV, Ukraine (AP) — Drones hit the city.\n___\nAssociated Press writer Ann Lee contributed.",
         "Drones hit the city.", "KYIV, Ukraine (AP) —", "___\nAssociated Press writer Ann Lee contributed."),
        ("Aid arrived on Tuesday.\n-- Reuters", "Aid arrived on Tuesday.", None, "-- Reuters"),
        ("Aid arrived.\r\nMore aid came.\r\njm/dv", "Aid arrived.\nMore aid came.", None, "jm/dv"),
        ("No wire marks here.", "No wire marks here.", None, None),
    ],
)  # fmt: skip
def test_split_wire(text, body, dateline, signoff):
    assert split_wire(text) == (body, dateline, signoff)


def test_sidecar_and_front_matter(tmp_path):
    _one(tmp_path, "a.txt", "Gaza talks went on.\n")
    _one(tmp_path, "a.json", json.dumps({"outlet": "AFP", "published": "2024-03-22", "title": "Talks", "url": "https://x.test/a"}))
    _one(tmp_path, "b.md", "---\ntitle: Front\noutlet: Reuters\ndate: 2024-01-05\nauthor: [A One, B Two]\n---\nKyiv was hit.\n")
    arts, rep = read_articles(tmp_path)
    assert rep["path"].to_list() == [str(tmp_path / "a.txt"), str(tmp_path / "b.md")]  # sidecar not read as input
    a, b = arts.rows(named=True)
    assert (a["title"], a["outlet"], a["published"], a["url"]) == ("Talks", "AFP", dt.date(2024, 3, 22), "https://x.test/a")
    assert (b["title"], b["outlet"], b["published"], b["byline"]) == ("Front", "Reuters", dt.date(2024, 1, 5), "A One; B Two")
    assert b["text"] == "Kyiv was hit."


def test_csv_tsv_jsonl_json_parquet(tmp_path):
    rows = [
        {"headline": "One", "body": "First story text.", "date": "2024-03-01", "publisher": "AFP"},
        {"headline": "Two", "body": "Second story text.", "date": "2 March 2024", "publisher": "AP"},
    ]
    df = pl.DataFrame(rows)
    df.write_csv(tmp_path / "a.csv")
    df.write_csv(tmp_path / "b.tsv", separator="\t")
    (tmp_path / "c.jsonl").write_text("\n".join(json.dumps(r) for r in rows), encoding="utf-8")
    (tmp_path / "d.json").write_text(json.dumps({"articles": rows}), encoding="utf-8")
    df.write_parquet(tmp_path / "e.parquet")
    arts, rep = read_articles(tmp_path)
    assert rep.select("format", "status", "n_articles").rows() == [
        ("csv", "loaded", 2), ("tsv", "loaded", 2), ("jsonl", "loaded", 2), ("json", "loaded", 2), ("parquet", "loaded", 2),
    ]  # fmt: skip
    assert arts.height == 10
    assert set(arts["title"]) == {"One", "Two"}
    assert set(arts["published"]) == {dt.date(2024, 3, 1), dt.date(2024, 3, 2)}
    assert arts["source"][0] == f"{tmp_path / 'a.csv'}#row 1"
    # same content from five files gives five distinct, stable ids
    assert arts["article_id"].n_unique() == 10


def test_column_mapping_and_missing_text_column(tmp_path):
    pl.DataFrame({"story_body": ["Text A."], "x": [1]}).write_csv(tmp_path / "m.csv")
    with pytest.raises(LoadError, match=r"m\.csv: no text column .*story_body"):
        read_articles(tmp_path / "m.csv")
    arts, _ = read_articles(tmp_path / "m.csv", columns={"text": "story_body"})
    assert arts["text"].to_list() == ["Text A."]
    with pytest.raises(LoadError, match="column 'nope' given for text is not in the file"):
        read_articles(tmp_path / "m.csv", columns={"text": "nope"})


def test_html_main_text_without_scripts(tmp_path):
    html = """<html><head><title>Strikes hit Rafah</title><script>alert('x')</script>
    <meta property="og:site_name" content="Example News"></head><body>
    <nav><a href="/">Home</a> | <a href="/world">World</a></nav>
    <article><h1>Strikes hit Rafah</h1>
    <p>Israeli strikes hit Rafah on Friday, the civil defence agency said, as talks went on in Doha.</p>
    <p onclick="steal()">Residents said they had nowhere left to go after months of bombardment in the south.</p>
    <p>Aid agencies warned that fuel for hospital generators would run out within days.</p>
    </article><script>document.write('evil')</script></body></html>"""
    arts, rep = read_articles(_one(tmp_path, "page.html", html))
    text = arts["text"][0]
    assert "Israeli strikes hit Rafah" in text and "nowhere left to go" in text
    assert "alert" not in text and "evil" not in text and "steal" not in text and "Home" not in text
    assert arts["title"][0] == "Strikes hit Rafah"
    assert rep["format"][0] == "html"


@pytest.mark.parametrize(
    "encode, encoding",
    [
        (lambda s: s.encode("utf-8"), "utf-8"),
        (lambda s: codecs.BOM_UTF8 + s.encode("utf-8"), "utf-8-sig"),
        (lambda s: s.encode("utf-16"), "utf-16"),
        (lambda s: codecs.BOM_UTF16_BE + s.encode("utf-16-be"), "utf-16"),
        (lambda s: s.encode("cp1252"), "cp1252"),
    ],
)
def test_encodings(tmp_path, encode, encoding):
    text = "Gaza’s “ceasefire” talks – in Doha – went on; Zelensky’s envoy met Macron in Paris."
    arts, rep = read_articles(_one(tmp_path, "enc.txt", encode(text)))
    assert arts["text"][0] == text
    assert rep["encoding"][0] == encoding


def test_cp1252_long_text_detected(tmp_path):
    text = ("The army said “it was over”, but residents said the bombardment went on – again and again. " * 20).strip()
    arts, rep = read_articles(_one(tmp_path, "old.txt", text.encode("cp1252")))
    assert arts["text"][0] == text
    assert rep["encoding"][0] == "cp1252"


def test_stable_ids_across_runs_and_paths(tmp_path):
    a = _one(tmp_path, "x.txt", "Hamas said it had received the proposal.")
    (tmp_path / "sub").mkdir()
    b = _one(tmp_path / "sub", "y.txt", "Hamas said it had received the proposal.")
    id1 = read_articles(a).articles["article_id"][0]
    assert id1 == read_articles(a).articles["article_id"][0]
    assert id1 == read_articles(b).articles["article_id"][0]  # id follows content, not path
    assert id1 == stable_id("Hamas said it had received the proposal.", None, None, None)
    both = read_articles([a, b]).articles["article_id"].to_list()
    assert both == [id1, id1 + "-2"]  # duplicates stay distinct and ordered


@pytest.mark.parametrize(
    "name, data, reason",
    [
        ("empty.txt", b"", "empty file"),
        ("blank.txt", b"   \n\n  \t", "empty file"),
        ("only_signoff.txt", b"burs-jxb/ami\n", "empty article"),
        ("bin.txt", bytes(range(256)) * 4, "binary file"),
        ("bad.json", b"{not json", "invalid JSON"),
        ("bad.parquet", b"PAR1 this is not parquet", "not a valid Parquet file"),
        ("bad.csv", b'"a,b\n1,"2', "no text column"),
        ("bad.md", b"---\ntitle: [unclosed\n---\nBody.", "invalid YAML front matter"),
    ],
)
def test_bad_files_raise_one_clear_error(tmp_path, name, data, reason):
    p = _one(tmp_path, name, data)
    with pytest.raises(LoadError) as err:
        read_articles(p)
    msg = str(err.value)
    assert msg.startswith(str(p) + ": ")
    assert reason in msg
    assert "\n" not in msg


def test_skip_lists_every_bad_file(tmp_path):
    _one(tmp_path, "good.txt", "Kyiv was hit overnight.")
    _one(tmp_path, "empty.txt", b"")
    _one(tmp_path, "bin.txt", bytes(range(256)) * 4)
    _one(tmp_path, "image.png", b"\x89PNG")
    arts, rep = read_articles(tmp_path, on_error="skip")
    assert arts.height == 1
    got = {Path(p).name: (s, r) for p, s, r in rep.select("path", "status", "reason").rows()}
    assert got["good.txt"] == ("loaded", None)
    assert got["empty.txt"] == ("skipped", "empty file")
    assert got["bin.txt"][0] == "skipped" and "binary" in got["bin.txt"][1]
    assert got["image.png"] == ("skipped", "unsupported file type .png")


def test_first_bad_file_stops_by_default(tmp_path):
    _one(tmp_path, "a_empty.txt", b"")
    _one(tmp_path, "b_good.txt", "Kyiv was hit overnight.")
    with pytest.raises(LoadError, match="a_empty.txt: empty file"):
        read_articles(tmp_path)


def test_jsonl_broken_line_reported_good_rows_load(tmp_path):
    lines = ['{"text": "First."}', "{broken", '["not", "an", "object"]', '{"text": ""}', '{"text": "Last."}']
    p = _one(tmp_path, "x.jsonl", "\n".join(lines))
    arts, rep = read_articles(p)
    assert arts["text"].to_list() == ["First.", "Last."]
    assert rep.select("path", "status", "n_articles").rows() == [
        (str(p), "loaded", 2),
        (f"{p}#line 2", "failed", 0),
        (f"{p}#line 3", "failed", 0),
        (f"{p}#line 4", "failed", 0),
    ]
    assert rep["reason"].to_list()[1:] == [
        "invalid JSON: Expecting property name enclosed in double quotes at column 2",
        "line is a JSON list, not an object",
        "empty text",
    ]


def test_missing_paths_and_globs(tmp_path):
    with pytest.raises(LoadError, match="no such file or folder"):
        read_articles(tmp_path / "nope.txt")
    with pytest.raises(LoadError, match="no files match this pattern"):
        read_articles(str(tmp_path / "*.txt"))
    _one(tmp_path, "a.txt", "One.")
    _one(tmp_path, "b.txt", "Two.")
    arts, _ = read_articles(str(tmp_path / "*.txt"))
    assert arts["text"].to_list() == ["One.", "Two."]


def test_strings_dicts_frames_and_bad_option():
    arts, rep = read_articles(["A story about Gaza.\nsecond line.", {"text": "Dict story.", "outlet": "AFP"}])
    assert arts["text"].to_list() == ["A story about Gaza.\nsecond line.", "Dict story."]
    assert rep["format"].to_list() == ["string", "dict"]
    arts, _ = read_articles(pl.DataFrame({"content": ["Frame story."]}))
    assert arts["text"].to_list() == ["Frame story."]
    with pytest.raises(ValueError, match="valid values: 'raise', 'skip'"):
        read_articles(["x."], on_error="ignore")  # type: ignore[arg-type]
    arts, rep = read_articles(["   "], on_error="skip")
    assert arts.height == 0 and rep.row(0)[1:3] == ("skipped", "empty article (no text after loading)")


def test_empty_input_gives_full_schema():
    arts, rep = read_articles([])
    assert arts.height == 0 and arts.schema == pl.Schema(SCHEMAS["articles"])
    assert rep.height == 0 and rep.schema == pl.Schema(SCHEMAS["load_report"])


def test_decode_bytes_rejects_nul_binary():
    with pytest.raises(LoadError, match="binary file"):
        decode_bytes(b"\x00\x01abc\x00" * 10, "f.bin")


def test_streamed_jsonl_and_parquet_equal_whole_reads(tmp_path, monkeypatch):
    import toolkit.io.loading as loading

    rows = [{"text": f"Story number {i} about Kyiv.", "outlet": "AP"} for i in range(7)]
    lines = [json.dumps(r) for r in rows]
    lines.insert(3, "{oops")
    (tmp_path / "big.jsonl").write_text("\n".join(lines), encoding="utf-8")
    pl.DataFrame(rows).write_parquet(tmp_path / "big.parquet")
    whole = read_articles(tmp_path)
    monkeypatch.setattr(loading, "STREAM_BYTES", 0)
    stream = loading.ArticleStream(tmp_path, batch_size=3)
    batches = list(stream)
    assert [b.height for b in batches] == [3, 3, 3, 3, 2]
    assert pl.concat(batches).equals(whole.articles)
    assert stream.load_report.equals(whole.load_report)
    assert stream.load_report.filter(pl.col("status") == "failed")["path"].to_list() == [f"{tmp_path / 'big.jsonl'}#line 4"]


def test_multi_city_reuters_dateline():
    assert split_wire("BEIRUT/JERUSALEM, Oct 1 (Reuters) - Strikes resumed.") == (
        "Strikes resumed.", "BEIRUT/JERUSALEM, Oct 1 (Reuters) -", None,
    )  # fmt: skip


def test_long_single_line_text_is_an_article_not_a_path():
    text = "Officials said the talks in Doha would resume on Monday after a pause. " * 6  # > 255 characters, no newline
    arts, rep = read_articles([text.strip(), "Kyiv was hit\x00 again."])
    assert arts["text"].to_list() == [text.strip(), "Kyiv was hit\x00 again."]
    assert rep["format"].to_list() == ["string", "string"]


def test_stream_estimates_its_articles_cheaply(tmp_path):
    from toolkit.io.loading import ArticleStream, _count_lines

    (tmp_path / "a.jsonl").write_text('{"text": "One."}\n{"text": "Two."}\n{"text": "Three."}', encoding="utf-8")
    pl.DataFrame({"text": ["x", "y"]}).write_parquet(tmp_path / "b.parquet")
    (tmp_path / "d").mkdir()
    for i in range(3):
        (tmp_path / "d" / f"{i}.txt").write_text("Story.", encoding="utf-8")
    assert _count_lines(tmp_path / "a.jsonl") == 3
    stream = ArticleStream([tmp_path / "a.jsonl", tmp_path / "b.parquet", tmp_path / "d", "Raw text.", pl.DataFrame({"text": ["z"]})])
    assert stream.estimate_total() == 3 + 2 + 3 + 1 + 1
    assert sum(b.height for b in stream) == 10
    (tmp_path / "c.csv").write_text("text\nOne.\n", encoding="utf-8")
    assert ArticleStream([tmp_path / "c.csv"]).estimate_total() is None  # not counted without parsing
    assert ArticleStream([tmp_path / "missing.jsonl"], on_error="skip").estimate_total() == 0


def test_tables_read_whole_make_python_rows_a_batch_at_a_time(tmp_path):
    """A Parquet (or CSV) file under the streaming size is read whole by polars, but its rows become Python
    objects as batches are taken, not all at once (a 9 MB Parquet file of 20,000 articles held 400 MB so)."""
    import tracemalloc

    body = "Officials said the talks would resume in Cairo next week after a pause. " * 28  # ~2 KB
    pl.DataFrame({"text": [f"Story {i}. {body}" for i in range(3000)]}).write_parquet(tmp_path / "many.parquet")
    import toolkit.io.loading as loading

    stream = loading.ArticleStream(tmp_path / "many.parquet", batch_size=50)
    tracemalloc.start()
    try:
        first = next(iter(stream))
        _, peak = tracemalloc.get_traced_memory()
    finally:
        tracemalloc.stop()
    assert first.height == 50
    assert peak < 2_000_000, f"{peak:,} bytes of Python objects for the first 50 of 3,000 rows (6 MB of text)"


@pytest.mark.parametrize(
    ("raw", "expected"),
    [
        ("2024-03-22T10:15:00Z", dt.date(2024, 3, 22)),
        ("Fri, 22 Mar 2024 10:00:00 GMT", dt.date(2024, 3, 22)),
        ("22 March 2024", dt.date(2024, 3, 22)),
        ("March 22, 2024", dt.date(2024, 3, 22)),
        ("January 11, 2010 Monday", dt.date(2010, 1, 11)),  # Nexis/LexisNexis exports
        ("Friday 22 March 2024 10:15 GMT", dt.date(2024, 3, 22)),
        ("22.03.2024", dt.date(2024, 3, 22)),
        ("2024/03/22", dt.date(2024, 3, 22)),
        ("13/04/2024", dt.date(2024, 4, 13)),
        ("03/04/2024", None),  # day and month could be either way round: not guessed
        ("March 2024", None),  # no day: not made up
        ("March 22", None),  # no year
        ("2024", None),
        ("12", None),
        ("5 people", None),
        ("", None),
        (None, None),
        # archives' interfaces in other languages (data/date_words.yaml)
        ("Montag, 9. Januar 1993", dt.date(1993, 1, 9)),  # Factiva, German
        ("9 janvier 1993", dt.date(1993, 1, 9)),
        ("le 9 février 2021", dt.date(2021, 2, 9)),
        ("9 de enero de 1993", dt.date(1993, 1, 9)),
        ("1 de março de 2022", dt.date(2022, 3, 1)),
        ("11 marzo 2020", dt.date(2020, 3, 11)),
        ("Donnerstag, 11. März 2010", dt.date(2010, 3, 11)),
        ("9 januari 2020", dt.date(2020, 1, 9)),
        ("9 Januar", None),  # still no year
        ("März 2010", None),  # still no day
    ],
)
def test_parse_date_reads_archive_formats_and_never_invents_a_part(raw, expected):
    from toolkit.io.loading import parse_date

    assert parse_date(raw) == expected


def test_a_single_string_is_a_path_never_silent_text(tmp_path, monkeypatch):
    """Run outside the checkout, ``analyze("seeds")`` once returned one article whose text was "seeds"."""
    import toolkit

    monkeypatch.chdir(tmp_path)
    with pytest.raises(LoadError, match=r"seeds: no such file, folder or glob match .*pass a list of strings"):
        toolkit.analyze("seeds", progress=False)
    with pytest.raises(LoadError, match="no such file"):
        read_articles("seeds", on_error="skip")  # nothing else to load: skipping would return nothing, silently
    with pytest.raises(LoadError, match="looks like an article's text"):
        read_articles("Strikes hit the town.\nOfficials said 12 people died.")
    (tmp_path / "seeds").mkdir()
    (tmp_path / "seeds" / "a.txt").write_text("Officials said 12 people died.", encoding="utf-8")
    assert read_articles("seeds").articles["text"].to_list() == ["Officials said 12 people died."]
    assert read_articles("seeds/*.txt").articles.height == 1


def test_strings_in_a_list_are_texts_unless_they_look_like_paths(tmp_path, monkeypatch):
    monkeypatch.chdir(tmp_path)
    texts = ["Did he say it?", "He said 3/4 of homes flooded [officials].", "Strikes hit\nthe town."]
    loaded = read_articles(texts)
    assert loaded.articles["text"].to_list() == texts  # a '?', '/' or '[' inside a sentence is no glob
    with pytest.raises(LoadError, match="corpus: no such file or folder"):
        read_articles(["corpus"])  # one word, no whitespace: a path, and it is missing
    skipped = read_articles(["corpus", "Officials said 12 people died."], on_error="skip")
    assert skipped.articles.height == 1
    assert skipped.load_report.filter(pl.col("status") == "skipped")["path"].to_list() == ["corpus"]


def test_folder_of_archive_exports_streams_like_it_reads(tmp_path):
    """Factiva "Article format" and ProQuest text exports among ordinary files: found by content, every
    document accounted for, the same rows in batches as at once."""
    import shutil

    from toolkit.io.loading import ArticleStream

    exports = Path(__file__).parent / "data" / "exports"
    shutil.copy(exports / "factiva_article_format.txt", tmp_path / "a_factiva.txt")
    shutil.copy(exports / "proquest_three.txt", tmp_path / "b_proquest.txt")
    (tmp_path / "c_story.txt").write_text("The ferry ran again on Monday, the council said.\n", encoding="utf-8")
    arts, rep = read_articles(tmp_path, progress=False)
    assert arts.height == 5
    assert rep.select("path", "status", "n_articles", "format").rows() == [
        (str(tmp_path / "a_factiva.txt"), "loaded", 2, "factiva_text"),
        (f"{tmp_path / 'a_factiva.txt'}#doc 3", "failed", 0, "factiva_text"),
        (str(tmp_path / "b_proquest.txt"), "loaded", 2, "proquest"),
        (f"{tmp_path / 'b_proquest.txt'}#doc 3", "failed", 0, "proquest"),
        (str(tmp_path / "c_story.txt"), "loaded", 1, "txt"),
    ]
    stream = ArticleStream(tmp_path, batch_size=2, progress=False)
    batches = list(stream)
    assert pl.concat(batches)["article_id"].to_list() == arts["article_id"].to_list()
    assert stream.load_report.equals(rep)
