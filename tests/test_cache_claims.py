"""The memos of numeric claims and numbers (issue 18): sound under threads and edits.

Every memo of :mod:`toolkit.extract.claims` and :mod:`toolkit.extract.numbers` lives in :mod:`toolkit.core.cache` and is a
pure function of its key, so the tables are the same with the memos empty, warm, evicting on every
put (``cache.limit(1)``), or shared by threads that evict each other's entries mid-run; and a rule
set is built again when one of the files it was read from (a user's or a packaged one) is edited.
"""

from __future__ import annotations

import gc
import importlib.util
import json
import os
import random
import shutil
import sys
from collections.abc import Iterator
from concurrent.futures import ThreadPoolExecutor
from pathlib import Path
from typing import Any

import polars as pl
import pytest
import yaml
from heldout_sets import in_sample_article_dirs

from toolkit.core import cache
from toolkit.extract import claims, numbers, numbers_grammar, units
from toolkit.extract.claims import extract_claims
from toolkit.extract.numbers import NumberSpan, find_numbers
from toolkit.io.loading import read_articles
from toolkit.text.tokenize import split_sentences

ROOT = Path(__file__).parents[1]
HELDOUT = in_sample_article_dirs()  # the in-sample sets' article folders; held-out sets stay unread
ISAF = Path("/work/shared/benchmarks/isaf_press_releases/test.jsonl")  # real press releases, where present


def _bench_corpus() -> Any:
    spec = importlib.util.spec_from_file_location("bench_corpus", ROOT / "bench" / "corpus.py")
    assert spec is not None and spec.loader is not None
    mod = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(mod)
    return mod


def corpora_texts() -> list[list[str]]:
    """Eight different corpora (lists of article texts): the held-out article sets, two slices of
    the ISAF press releases (where present), and generated wire copy of several seeds."""
    out = [[p.read_text(encoding="utf-8") for p in sorted(d.glob("*.txt"))] for d in HELDOUT]
    if ISAF.exists():
        lines = [
            line for line in ISAF.read_text(encoding="utf-8").split("\n") if line.strip()
        ]  # not splitlines: U+2028
        out += [[json.loads(line)["text"] for line in lines[lo : lo + 60]] for lo in (0, 400)]
    gen = _bench_corpus()
    seed = 0
    while len(out) < 8:
        rng = random.Random(seed)
        out.append([gen.make_article(rng, rng.randint(4, 14)) for _ in range(12)])
        seed += 1
    return out[:8]


def sentences_of(texts: list[str]) -> pl.DataFrame:
    return split_sentences(read_articles(texts, progress=False).articles)


def spans_of(sents: pl.DataFrame) -> list[list[NumberSpan]]:
    return [find_numbers(t) for t in sents.get_column("text").to_list()]


@pytest.fixture(scope="module")
def corpora() -> list[pl.DataFrame]:
    return [sentences_of(texts) for texts in corpora_texts()]


def test_empty_warm_and_evicting_memos_give_the_same_tables(corpora: list[pl.DataFrame]) -> None:
    sents = sentences_of([t for texts in corpora_texts() for t in texts])  # one frame: distinct article ids
    cache.clear_all(rule_sets=False)
    cold = extract_claims(sents)
    cold_spans = spans_of(sents)
    assert cold.height > 500 and cold.get_column("counted").n_unique() >= 10
    assert extract_claims(sents).equals(cold)  # warm: every text read already
    assert spans_of(sents) == cold_spans
    half = pl.concat([extract_claims(s) for s in corpora[::2]])  # some texts known, in other batches
    assert half.height
    cache.clear_all(rule_sets=False)
    with cache.limit(1):  # every put evicts: each step reads its text afresh
        assert extract_claims(sents).equals(cold)
        assert spans_of(sents) == cold_spans
    by_batch = pl.concat(
        [
            extract_claims(sents.filter(pl.col("article_id") == a))
            for a in sents["article_id"].unique(maintain_order=True)
        ]
    )
    assert by_batch.equals(cold)


@pytest.fixture
def switching_often() -> Iterator[None]:
    """Threads switched every 10 microseconds (not every 5 ms), so that they interleave inside the readers."""
    before = sys.getswitchinterval()
    sys.setswitchinterval(1e-5)
    try:
        yield
    finally:
        sys.setswitchinterval(before)


BOILERPLATE = "The UN says 2.4 million people have fled since October, and at least 300 were killed."


def thread_corpora() -> list[pl.DataFrame]:
    """The eight corpora, each article ending with the same wire boilerplate (texts that several
    threads read at once)."""
    return [sentences_of([f"{t}\n{BOILERPLATE}" for t in texts]) for texts in corpora_texts()]


def _in_batches(sents: pl.DataFrame, size: int = 3) -> pl.DataFrame:
    """The claims of ``sents`` read a few articles at a time, as a worker reads its batches."""
    ids = sents.get_column("article_id").unique(maintain_order=True).to_list()
    parts = [
        extract_claims(sents.filter(pl.col("article_id").is_in(ids[i : i + size])))
        for i in range(0, len(ids), size)
    ]
    return pl.concat(parts)


def run_in_threads(corpora: list[pl.DataFrame], rounds: int = 3) -> list[str]:
    """Each corpus read by its own thread (8 at once, a few articles a call), ``rounds`` times; what
    differed from reading each whole in one thread (empty list: nothing). Used on the old code too."""
    expected = [(extract_claims(s), spans_of(s)) for s in corpora]

    def work(i: int) -> tuple[pl.DataFrame, list[list[NumberSpan]]]:
        return _in_batches(corpora[i]), spans_of(corpora[i])

    problems = []
    for r in range(rounds):
        with ThreadPoolExecutor(max_workers=8) as pool:
            futures = [pool.submit(work, i) for i in range(len(corpora))]
            for i, f in enumerate(futures):
                try:
                    got = f.result()
                except Exception as e:  # noqa: BLE001 - reported with the round and corpus
                    problems.append(f"round {r}, corpus {i}: {type(e).__name__}: {e}")
                    continue
                if not got[0].equals(expected[i][0]):
                    problems.append(f"round {r}, corpus {i}: claims differ")
                if got[1] != expected[i][1]:
                    problems.append(f"round {r}, corpus {i}: numbers differ")
    return problems


def test_threads_evicting_each_others_memos_give_the_same_tables(switching_often: None) -> None:
    corpora = thread_corpora()
    cache.clear_all(rule_sets=False)
    with cache.limit(2):  # memos evicted mid-run, by whichever thread puts next
        assert run_in_threads(corpora) == []
    cache.clear_all(rule_sets=False)
    assert run_in_threads(corpora, rounds=1) == []  # and with memos that fill up as the threads go


def collector_seen_off_by_another_thread(sents: pl.DataFrame) -> bool:
    """Whether this thread saw the garbage collector switched off while another thread read ``sents``
    (the old code paused it process-wide for the length of a call). Used on the old code too."""
    with ThreadPoolExecutor(max_workers=1) as pool:
        job = pool.submit(extract_claims, sents)
        seen_off = False
        while not job.done():
            seen_off = seen_off or not gc.isenabled()
        job.result()
    return seen_off


def test_other_threads_keep_the_garbage_collector(corpora: list[pl.DataFrame]) -> None:
    cache.clear_all(rule_sets=False)
    assert gc.isenabled() and not collector_seen_off_by_another_thread(pl.concat(corpora[:4]))


# --------------------------------------------------------------------------- edited rule files


def _rewrite(path: Path, data: Any) -> None:
    """Write ``data`` to ``path`` as YAML and move its modification time on by a second (a file
    system with coarse times would otherwise show a same-size edit made within its resolution)."""
    before = path.stat().st_mtime_ns if path.exists() else 0
    path.write_text(yaml.safe_dump(data, allow_unicode=True), encoding="utf-8")
    st = path.stat()
    os.utime(path, ns=(st.st_atime_ns, max(st.st_mtime_ns, before) + 1_000_000_000))


def _claims_of(text: str, **kw: Any) -> list[tuple[Any, ...]]:
    c = extract_claims(sentences_of([text]), **kw)
    return c.select("surface", "value", "qualifier", "counted", "counted_rule", "source_surface").rows()


def test_edited_categories_file_takes_effect_on_the_next_call(tmp_path: Path) -> None:
    path = tmp_path / "mine.yaml"
    _rewrite(path, {"version": "1", "rules": []})
    text = "Donors sent 40 generators to Kherson."
    assert _claims_of(text, categories=path) == [("40", 40.0, "exact", "other", "default", None)]
    _rewrite(path, {"version": "1", "rules": [{"counted": "aid", "what": r"\bgenerators?\b"}]})
    assert _claims_of(text, categories=path) == [("40", 40.0, "exact", "aid", "what:0", None)]
    _rewrite(path, {"version": "1", "rules": [{"counted": "money", "what": r"\bgenerators?\b"}]})
    assert _claims_of(text, categories=str(path)) == [("40", 40.0, "exact", "money", "what:0", None)]
    _rewrite(
        path, {"version": "1", "rules": [{"counted": "other", "what": r"\bgenerators?\b"}]}
    )  # the same size
    assert _claims_of(text, categories=path) == [("40", 40.0, "exact", "other", "what:0", None)]
    path.unlink()
    with pytest.raises(FileNotFoundError):
        _claims_of(text, categories=path)


def test_edited_qualifiers_and_sources_files_take_effect_on_the_next_call(tmp_path: Path) -> None:
    qual, src = tmp_path / "qualifiers.yaml", tmp_path / "sources.yaml"
    _rewrite(qual, {"before": {}})
    _rewrite(src, {"verbs": []})
    text = "The ministry squawked that a whopping 40 people were killed."
    assert _claims_of(text, qualifiers=qual, sources=src) == [
        ("40", 40.0, "exact", "killed", "after:1", None)
    ]
    _rewrite(qual, {"before": {"a whopping": "at_least"}})
    assert _claims_of(text, qualifiers=qual, sources=src) == [
        ("40", 40.0, "at_least", "killed", "after:1", None)
    ]
    _rewrite(src, {"verbs": ["squawked"]})
    assert _claims_of(text, qualifiers=qual, sources=src) == [
        ("40", 40.0, "at_least", "killed", "after:1", "ministry")
    ]
    # the same file passed for another argument is another rule set
    assert _claims_of(text, sources=qual) == [("40", 40.0, "exact", "killed", "after:1", None)]


def test_edited_numbers_and_exclusions_files_take_effect_on_the_next_call(tmp_path: Path) -> None:
    nums, excl = tmp_path / "numbers.yaml", tmp_path / "exclusions.yaml"
    _rewrite(nums, {"cardinals": {}})
    _rewrite(excl, {"label_words": []})
    text = "Umpteen people fled Gizmo 42 times."
    assert [(n.text, n.value, n.kind) for n in find_numbers(text, numbers=nums, exclusions=excl)] == [
        ("42", 42.0, "claim")
    ]
    _rewrite(nums, {"cardinals": {"umpteen": 99}})
    assert [(n.text, n.value, n.kind) for n in find_numbers(text, numbers=nums, exclusions=excl)] == [
        ("Umpteen", 99.0, "claim"), ("42", 42.0, "claim"),
    ]  # fmt: skip
    assert [r[:2] for r in _claims_of(text, numbers=nums)] == [("Umpteen", 99.0), ("42", 42.0)]
    _rewrite(excl, {"label_words": ["Gizmo"]})
    assert [(n.text, n.kind) for n in find_numbers(text, numbers=nums, exclusions=excl)] == [
        ("Umpteen", "claim"),
        ("42", "label"),
    ]
    _rewrite(nums, {"cardinals": {"umpteen": 77}})  # the same size
    assert find_numbers(text, numbers=nums)[0].value == 77.0
    assert numbers.parse_number_words("umpteen", numbers=nums) == 77.0


def test_a_relative_path_names_the_file_of_the_current_directory(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    for name, value in (("a", 11), ("b", 22)):
        (tmp_path / name).mkdir()
        _rewrite(tmp_path / name / "numbers.yaml", {"cardinals": {"umpteen": value}})
    monkeypatch.chdir(tmp_path / "a")
    assert find_numbers("umpteen", numbers="numbers.yaml")[0].value == 11.0
    monkeypatch.chdir(tmp_path / "b")
    assert find_numbers("umpteen", numbers="numbers.yaml")[0].value == 22.0


def test_edited_packaged_files_take_effect_on_the_next_call(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """Every file a rule set is read from counts, the packaged ones too (here copies, to leave the package alone)."""
    copies = {}
    for name in (claims.CATEGORIES_FILE, claims.QUALIFIERS_FILE, claims.SOURCES_FILE, numbers.NUMBERS_FILE, numbers.EXCLUSIONS_FILE,
                 units.UNITS_FILE):  # fmt: skip
        copies[name] = tmp_path / name
        shutil.copy(numbers._packaged(name), copies[name])
    monkeypatch.setattr(numbers_grammar, "_packaged", copies.__getitem__)
    monkeypatch.setattr(claims.rules, "_packaged", copies.__getitem__)
    monkeypatch.setattr(units, "_packaged", copies.__getitem__)
    cache.clear_all(rule_sets=False)  # the grammar last used for these arguments was from the package
    text = "Donors sent 40 generators to Kherson, about umpteen trucks."
    assert _claims_of(text) == [("40", 40.0, "exact", "other", "default", None)]
    cat = yaml.safe_load(copies[claims.CATEGORIES_FILE].read_text(encoding="utf-8"))
    cat["rules"].insert(0, {"counted": "aid", "what": r"\bgenerators?\b"})
    _rewrite(copies[claims.CATEGORIES_FILE], cat)
    nums = yaml.safe_load(copies[numbers.NUMBERS_FILE].read_text(encoding="utf-8"))
    nums["cardinals"]["umpteen"] = 99
    _rewrite(copies[numbers.NUMBERS_FILE], nums)
    assert _claims_of(text) == [
        ("40", 40.0, "exact", "aid", "what:0", None),
        ("umpteen", 99.0, "about", "aid", "what:21", None),
    ]
    assert [n.value for n in find_numbers("umpteen")] == [99.0]
    assert extract_claims(sentences_of([text]))["unit"].to_list() == [None, "trucks"]
    vocab = yaml.safe_load(copies[units.UNITS_FILE].read_text(encoding="utf-8"))
    vocab["count_nouns"].append("generators")
    _rewrite(copies[units.UNITS_FILE], vocab)
    assert extract_claims(sentences_of([text]))["unit"].to_list() == ["generators", "trucks"]
    monkeypatch.undo()
    cache.clear_all(rule_sets=False)
    assert find_numbers("umpteen") == []


# --------------------------------------------------------------------------- no state outside the cache


_MODULES = (
    claims, claims.rules, claims.memos, claims.qualifiers, claims.categories, claims.nouns, claims.sources,
    claims.reading, claims.resolve, claims.table, claims.ledger, numbers, numbers_grammar,
)  # fmt: skip


def _module_state() -> dict[str, int]:
    """Sizes of the module-level containers of claims and numbers."""
    out = {}
    for mod in _MODULES:
        for name, value in vars(mod).items():
            if isinstance(value, dict | list | set) and not name.startswith("__"):
                out[f"{mod.__name__}.{name}"] = len(value)
    return out


def test_no_memo_outside_the_cache_module(corpora: list[pl.DataFrame]) -> None:
    before = _module_state()
    extract_claims(corpora[0])
    spans_of(corpora[1])
    assert _module_state() == before
    assert not any(hasattr(mod, "_clear_caches") for mod in _MODULES)
    assert not [n for mod in _MODULES for n in vars(mod) if n.endswith("_reference") or n == "_USE_MEMOS"]


def test_memos_stay_untracked_by_the_garbage_collector(corpora: list[pl.DataFrame]) -> None:
    """What the sentence memo holds is tuples of numbers and strings, which the collector stops
    tracking (a tracked memo of many entries makes every full collection walk them)."""
    cache.clear_all(rule_sets=False)
    extract_claims(corpora[0])
    gc.collect()
    gc.collect()
    held = cache.scoped("claims.sentences", claims.rules._rules(), 1)  # the memo of the packaged rule set
    values = [held.get(k) for k in list(held._data)]
    assert len(values) > 50
    assert sum(gc.is_tracked(v) for v in values) == 0
