"""The memos of actor mentions, quotes and sentiment (issue 18): sound under threads and edits.

Every memo is a pure function of its key, so the tables are the same with the memos empty, full, evicting
on every put (``cache.limit(1)``) or shared by threads that evict each other's entries mid-run; and a
rule set is read again when one of its files was edited.
"""

from __future__ import annotations

import importlib.util
import random
import sys
from concurrent.futures import ThreadPoolExecutor
from pathlib import Path

import polars as pl
import pytest
import yaml
from heldout_sets import in_sample_article_dirs

from toolkit.core import cache
from toolkit.core.resources import data_path, load_lines, load_yaml
from toolkit.extract.actors import find_mentions
from toolkit.extract.quotes import extract_quotes
from toolkit.io.loading import read_articles
from toolkit.measure.sentiment import get_vader, score_sentiment
from toolkit.text.tokenize import split_sentences

ROOT = Path(__file__).parents[1]
HELDOUT = in_sample_article_dirs()  # the in-sample sets' article folders; held-out sets stay unread


def _bench_corpus() -> object:
    spec = importlib.util.spec_from_file_location("bench_corpus", ROOT / "bench" / "corpus.py")
    assert spec is not None and spec.loader is not None
    mod = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(mod)
    return mod


def _corpora() -> list[pl.DataFrame]:
    """Eight different corpora: the held-out article sets and generated wire copy of several seeds."""
    gen = _bench_corpus()
    out = [read_articles([str(d)], progress=False).articles for d in HELDOUT]
    seed = 0
    while len(out) < 8:
        rng = random.Random(seed)
        texts = [gen.make_article(rng, rng.randint(4, 14)) for _ in range(12)]  # type: ignore[attr-defined]
        out.append(read_articles(texts, progress=False).articles)
        seed += 1
    return out[:8]


@pytest.fixture(scope="module")
def corpora() -> list[pl.DataFrame]:
    return _corpora()


def _tables(articles: pl.DataFrame) -> tuple[pl.DataFrame, pl.DataFrame, pl.DataFrame]:
    """Mentions, quotes and sentiment of ``articles`` (the stages whose memos this file tests)."""
    sents = split_sentences(articles, progress=False)
    ments = find_mentions(sents)
    quots = extract_quotes(sents, articles, mentions=ments)
    return ments, quots, score_sentiment(sents, quotes=quots)


def _equal(a: tuple[pl.DataFrame, ...], b: tuple[pl.DataFrame, ...]) -> bool:
    return all(x.equals(y) for x, y in zip(a, b, strict=True))


def test_empty_warm_and_evicting_memos_give_the_same_tables(corpora: list[pl.DataFrame]) -> None:
    arts = pl.concat(corpora, how="diagonal_relaxed")
    cache.clear_all(rule_sets=False)
    cold = _tables(arts)
    assert cold[0].height > 1000 and cold[1].height > 50
    warm = _tables(arts)  # every memo full
    assert _equal(warm, cold)
    half = _tables(arts.sample(fraction=1.0, shuffle=True, seed=1).head(arts.height // 2))  # some texts known
    assert half[0].height
    cache.clear_all(rule_sets=False)
    with cache.limit(1):  # every put evicts
        assert _equal(_tables(arts), cold)
        assert _equal(_tables(arts), cold)


def test_threads_sharing_evicting_memos_give_the_tables_of_one_thread(corpora: list[pl.DataFrame]) -> None:
    # 8 threads on different corpora, memos of 2 entries: each thread's entries are evicted by the others
    # between its reads (the old module-level memo raised KeyError there, or lost a batch's texts).
    cache.clear_all(rule_sets=False)
    expected = [_tables(c) for c in corpora]
    interval = sys.getswitchinterval()
    sys.setswitchinterval(1e-5)  # switch threads often: interleave the memo reads and writes
    try:
        with cache.limit(2), ThreadPoolExecutor(max_workers=8) as pool:
            for _ in range(3):
                cache.clear_all(rule_sets=False)
                got = list(pool.map(_tables, corpora))
                for g, e in zip(got, expected, strict=True):
                    assert _equal(g, e)
    finally:
        sys.setswitchinterval(interval)
    # without the limit too (memos shared, filled by several threads at once)
    cache.clear_all(rule_sets=False)
    with ThreadPoolExecutor(max_workers=8) as pool:
        for g, e in zip(pool.map(_tables, corpora), expected, strict=True):
            assert _equal(g, e)


# --------------------------------------------------------------------------- edited files


BAR_FRONT = "The Bar Front said it had seized the town, and Bar Front fighters moved on Rafah."


def _mentions(text: str, **kw: object) -> list[tuple[str, str]]:
    sents = split_sentences(read_articles([text], progress=False).articles)
    return find_mentions(sents, **kw).select("surface", "actor_id").rows()  # type: ignore[arg-type]


def test_an_edited_user_dictionary_takes_effect_on_the_next_call(tmp_path: Path) -> None:
    mine = tmp_path / "mine.yaml"
    entry = "  - {id: foo-org, label: Foo Organisation, type: organization}\n"
    mine.write_text("version: 1\nactors:\n" + entry, encoding="utf-8")
    assert ("Bar Front", "new:bar-front") in _mentions(BAR_FRONT, dictionary=mine)
    mine.write_text(
        "version: 2\nactors:\n" + entry + "  - {id: bar-front, label: Bar Front, type: armed_group, aliases: [Bar Front]}\n",
        encoding="utf-8",
    )
    got = _mentions(BAR_FRONT, dictionary=mine)
    assert ("Bar Front", "bar-front") in got and ("Bar Front", "new:bar-front") not in got
    mine.write_text("version: 3\nactors:\n" + entry, encoding="utf-8")  # and back
    assert ("Bar Front", "new:bar-front") in _mentions(BAR_FRONT, dictionary=mine)
    csv = tmp_path / "mine.csv"  # a CSV dictionary too
    csv.write_text("id,label,type,aliases\nfoo-org,Foo Organisation,organization,\n", encoding="utf-8")
    assert ("Bar Front", "new:bar-front") in _mentions(BAR_FRONT, dictionary=csv)
    csv.write_text(csv.read_text(encoding="utf-8") + "bar-front,Bar Front,armed_group,Bar Front\n", encoding="utf-8")
    assert ("Bar Front", "bar-front") in _mentions(BAR_FRONT, dictionary=csv)


def test_an_edited_quotes_file_takes_effect_on_the_next_call(tmp_path: Path) -> None:
    arts = read_articles(["“We will return,” Ahmed Haddad quipped on Monday."], progress=False).articles
    sents = split_sentences(arts)
    verbs = tmp_path / "verbs.yaml"
    doc = yaml.safe_load(data_path("quotes_verbs.yaml").read_text(encoding="utf-8"))
    verbs.write_text(yaml.safe_dump(doc), encoding="utf-8")
    assert extract_quotes(sents, arts, verbs=verbs)["cue"].to_list() == [None]
    doc["verbs"]["quip"] = {"group": "speech", "forms": ["quipped"]}
    verbs.write_text(yaml.safe_dump(doc), encoding="utf-8")
    got = extract_quotes(sents, arts, verbs=verbs).select("cue", "speaker_surface").rows()
    assert got == [("quip", "Ahmed Haddad")]
    words = tmp_path / "words.yaml"  # the titles and word lists file too
    wd = yaml.safe_load(data_path("quotes_words.yaml").read_text(encoding="utf-8"))
    words.write_text(yaml.safe_dump(wd), encoding="utf-8")
    assert extract_quotes(sents, arts, verbs=verbs, words=words).select("cue", "speaker_surface").rows() == got
    wd["titles"] = [*wd["titles"], "Ahmed"]  # a silly title: the speaker's name loses it
    words.write_text(yaml.safe_dump(wd), encoding="utf-8")
    assert extract_quotes(sents, arts, verbs=verbs, words=words)["speaker_surface"].to_list() == ["Haddad"]


def test_edited_data_files_are_read_again(tmp_path: Path) -> None:
    wire = tmp_path / "wire.yaml"
    wire.write_text(data_path("wire.yaml").read_text(encoding="utf-8"), encoding="utf-8")
    first = load_yaml(wire)
    assert load_yaml(wire) is first  # read once per version
    wire.write_text(wire.read_text(encoding="utf-8").replace("version: '2'", "version: '3'").replace('version: "2"', 'version: "3"'),
                    encoding="utf-8")  # fmt: skip
    assert load_yaml(wire)["version"] == "3" and first["version"] == "2"
    lines = tmp_path / "abbreviations.txt"
    lines.write_text("# a list\nu.s\n", encoding="utf-8")
    assert load_lines(lines) == ["u.s"]
    lines.write_text("# a list\nu.s\nu.k\n", encoding="utf-8")
    assert load_lines(lines) == ["u.s", "u.k"]


def test_an_edited_lexicon_takes_effect_on_the_next_call(tmp_path: Path) -> None:
    s = pl.DataFrame({"article_id": ["a"], "sentence_id": [0], "text": ["The zorblat reached Rafah."]})
    lex = tmp_path / "mine.yaml"
    lex.write_text("name: mine\nentries: {zorblat: 2.0}\n", encoding="utf-8")
    up = score_sentiment(s, lexicon=lex)["compound"][0]
    assert up > 0 and get_vader(lex) is get_vader(lex)
    lex.write_text("name: mine\nentries: {zorblat: -2.5}\n", encoding="utf-8")
    assert score_sentiment(s, lexicon=lex)["compound"][0] < 0
