"""Broken, hostile and odd input: loaded correctly or reported, offsets exact, never a traceback or a hang."""

from __future__ import annotations

import codecs
import json
import signal
from contextlib import contextmanager
from pathlib import Path

import polars as pl
import pytest
from heldout_sets import in_sample_article_files
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

import toolkit
from toolkit import LoadError, read_articles
from toolkit.core.schema import TABLES, validate

SPAN_TEXT = {"sentences": "text", "tokens": "token", "mentions": "surface", "claims": "surface", "quotes": "quote"}


@contextmanager
def deadline(seconds: int):
    """Fail (instead of hanging CI) when the block runs longer than ``seconds``."""

    def _raise(*_):
        raise TimeoutError(f"took longer than {seconds}s")

    old = signal.signal(signal.SIGALRM, _raise)
    signal.alarm(seconds)
    try:
        yield
    finally:
        signal.alarm(0)
        signal.signal(signal.SIGALRM, old)


def check_all_tables(result: toolkit.Analysis) -> None:
    """Every table has its schema and every span row points at its words."""
    for name in TABLES:
        validate(result.tables[name], name)
    texts = dict(result.articles.select("article_id", "text").iter_rows())
    for name, col in SPAN_TEXT.items():
        df = result.tables[name]
        for aid, a, b, s in df.select("article_id", "char_start", "char_end", col).iter_rows():
            assert texts[aid][a:b] == s, (name, a, b, s)


HOSTILE_TEXT = {
    "crlf.txt": b"Kyiv was hit overnight.\r\nOfficials said 12 people died.\r\n",
    "zero_width_bidi.txt": "Israel\u200b said\u200d the \u202eattack\u202c was \u2066over\u2069, Hamas said.".encode(),
    "nbsp_emoji.txt": "About\u00a02,000 people 🇺🇦 fled\u00a0Kharkiv 😢, the UN said.".encode(),
    "long_line.txt": ("word " * 400_000).encode(),
    "quotes.txt": "“Unclosed quote, he said. ‘Nested “deep” one’ and \"straight ‘mixed” end. »« ”reversed“".encode(),
    "absurd_numbers.txt": ("The ministry said 10^400 people, 1e309 dollars and 12345678901234567890123456 "
                           "trucks, or " + "9" * 400 + " tents, were counted.").encode(),  # fmt: skip
    "utf16.txt": "Sudan’s army said 40 people died.".encode("utf-16"),
    "mixed.txt": "Zelensky’s “plan” – ".encode() + "café “x” said".encode("cp1252") + b" the envoy.",
    "html_hostile.html": (b"<html><body><script>document.title='pwned'</script><article><p onmouseover=\"alert(1)\">"
                          b"Strikes hit Rafah on Friday, killing at least 12 people, the civil defence agency said, as "
                          b"talks went on in Doha and Cairo.</p><p>Residents fled north again.<img src=x onerror=alert(2)>"
                          b"</p></article></body></html>"),  # fmt: skip
}
BAD_FILES = {
    "empty.txt": b"",
    "blank.txt": b"  \n\t \r\n",
    "binary.txt": bytes(range(256)) * 16,
    "no_columns.csv": b"a,b\n1,2\n",
    "broken.jsonl": b'{"text": "Good row about Gaza."}\n{bad\n{"text": "Another good row."}\n',
}


@pytest.fixture(scope="module")
def hostile_dir(tmp_path_factory):
    d = tmp_path_factory.mktemp("hostile")
    for name, data in {**HOSTILE_TEXT, **BAD_FILES}.items():
        (d / name).write_bytes(data)
    return d


def test_hostile_corpus_loads_or_reports_everything(hostile_dir):
    with deadline(120):
        result = toolkit.analyze(hostile_dir, on_error="skip", progress=False)
    rep = result.load_report
    files = {Path(p).name for p in rep["path"] if "#" not in p}
    assert files == set(HOSTILE_TEXT) | set(BAD_FILES)  # every input has a row
    status = {Path(p).name: s for p, s in rep.select("path", "status").iter_rows() if "#" not in p}
    for name in HOSTILE_TEXT:
        assert status[name] == "loaded", (name, rep.filter(pl.col("path").str.ends_with(name)))
    for name in ("empty.txt", "blank.txt", "binary.txt", "no_columns.csv"):
        assert status[name] == "skipped"
        assert rep.filter(pl.col("path").str.ends_with(name))["reason"][0]
    assert status["broken.jsonl"] == "loaded"
    assert rep.filter(pl.col("path").str.ends_with("broken.jsonl#line 2"))["status"].to_list() == ["failed"]
    check_all_tables(result)
    texts = result.articles["text"].to_list()
    assert any("café “x” said" in t for t in texts)  # mixed encodings mended
    html = next(t for t in texts if "Strikes hit Rafah" in t)
    assert "pwned" not in html and "alert" not in html and "<" not in html


def test_crlf_zero_width_and_utf16_text_kept_exactly(hostile_dir):
    arts = read_articles([hostile_dir / "crlf.txt", hostile_dir / "zero_width_bidi.txt", hostile_dir / "utf16.txt"]).articles
    assert arts["text"].to_list() == [
        "Kyiv was hit overnight.\nOfficials said 12 people died.",
        "Israel\u200b said\u200d the \u202eattack\u202c was \u2066over\u2069, Hamas said.",
        "Sudan’s army said 40 people died.",
    ]


@pytest.mark.parametrize("name", ["empty.txt", "blank.txt", "binary.txt", "no_columns.csv"])
def test_without_skip_the_first_bad_file_stops_with_one_line(hostile_dir, name):
    with pytest.raises(LoadError) as err:
        read_articles(hostile_dir / name)
    assert str(err.value).startswith(str(hostile_dir / name) + ": ") and "\n" not in str(err.value)


@settings(max_examples=60, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(st.text(alphabet=st.characters(blacklist_categories=("Cs",)), min_size=1, max_size=400))
def test_any_unicode_text_gives_valid_tables(text):
    if not text.strip():
        return
    result = toolkit.analyze([text + "\n"], on_error="skip", progress=False)
    check_all_tables(result)


NEWSY = st.lists(
    st.sampled_from([
        "Israel", "Hamas", "said", "“", "”", "‘", "’", "\"", "at least", "31,988", "killed", "Netanyahu",
        "told AFP", ".", ",", "\n", "UN", "about", "2.4 million", "hundreds of", "Gaza’s", "Blinken said:",
        "Russia", "Kyiv", "Sudan", "percent", "(", ")", "Deal", "—", "according to", "the health ministry",
    ]),  # fmt: skip
    min_size=1, max_size=60,
).map(" ".join)


@settings(max_examples=80, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(NEWSY)
def test_newsy_word_salad_gives_valid_tables(text):
    if not text.strip():
        return
    check_all_tables(toolkit.analyze([text], on_error="skip", progress=False))


@settings(max_examples=150, deadline=None, suppress_health_check=[HealthCheck.too_slow, HealthCheck.function_scoped_fixture])
@given(data=st.binary(max_size=2000), ext=st.sampled_from([".txt", ".md", ".html", ".csv", ".tsv", ".jsonl", ".json", ".parquet"]))
def test_fuzz_loaders_on_random_bytes(tmp_path, data, ext):
    import tempfile

    p = Path(tempfile.mkdtemp(dir=tmp_path)) / f"fuzz{ext}"
    p.write_bytes(data)
    try:
        loaded = read_articles(p)
    except LoadError as exc:
        assert str(exc).startswith(str(p)) and "\n" not in str(exc)
        loaded = read_articles(p, on_error="skip")
        assert loaded.load_report["status"].to_list()[0] == "skipped"
    assert loaded.load_report.height >= 1
    for t in loaded.articles["text"]:
        assert t.strip()


def test_utf32_and_utf8_bom(tmp_path):
    (tmp_path / "a.txt").write_bytes(codecs.BOM_UTF8 + b"Kyiv.")
    (tmp_path / "b.txt").write_bytes("Gaza.".encode("utf-32"))
    loaded = read_articles(tmp_path)
    assert loaded.articles["text"].to_list() == ["Kyiv.", "Gaza."]
    assert loaded.load_report["encoding"].to_list() == ["utf-8-sig", "utf-32"]


def test_jsonl_with_wrong_types(tmp_path):
    p = tmp_path / "t.jsonl"
    p.write_text("\n".join(json.dumps(r) for r in [{"text": 12345}, {"text": None}, {"text": ["a", "b"]}, {"text": "Fine."}]))
    loaded = read_articles(p)
    assert loaded.articles["text"].to_list() == ["12345", "['a', 'b']", "Fine."]
    assert loaded.load_report.filter(pl.col("status") == "failed")["reason"].to_list() == ["empty text"]


# Letters Python's case-insensitive regexes match as ASCII letters while str.lower() keeps them apart
# (long s, Kelvin sign, dotless and dotted I): every lookup keyed by matched words must fold them.
_FOLDED = [("s", "ſ"), ("k", "\u212a"), ("K", "\u212a"), ("i", "ı"), ("I", "İ")]


@pytest.mark.parametrize("old,new", _FOLDED)
def test_regex_folded_letters_in_real_copy_give_valid_tables(old, new):
    root = Path(__file__).parent
    texts = [p.read_text(encoding="utf-8") for p in in_sample_article_files()[::3]]
    texts.append((root.parent / "seeds" / "000_1ee66edd6f6d697a.txt").read_text(encoding="utf-8"))
    variants = [t.replace(old, new) for t in texts] + [t.upper().replace(old.upper(), new) for t in texts[:3]]
    check_all_tables(toolkit.analyze(variants, on_error="skip", progress=False))
