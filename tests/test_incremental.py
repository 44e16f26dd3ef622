"""Re-analysis (``analyze --out DIR`` on a folder that holds an earlier run): only new or changed articles are
computed, and every table equals a fresh run's on the same inputs."""

from __future__ import annotations

import json
from pathlib import Path

import polars as pl
import pytest

import toolkit.run.engine as engine
import toolkit.run.runner as runner
import toolkit.run.store as store
from toolkit.cli import main
from toolkit.core.schema import TABLES
from toolkit.run.engine import analyze_to_dir

A = [
    "Israel said on Friday that Hamas had rejected the proposal, Netanyahu told Blinken in Cairo.\n"
    "“We will keep pushing,” Blinken said, after at least 12 people were killed in Rafah.",
    "Russia launched 40 drones at Kyiv overnight, Ukraine’s air force said. Zelensky called the attack “cynical”.",
    "The UN Security Council met in New York as Sudan’s army and the Rapid Support Forces fought in Khartoum.",
    "Qatar and Egypt said talks would resume next week. Hamas said it had received about 2,000 tonnes of aid.",
    "Kyiv was hit again, officials said, and about 2.4 million people lost power across Ukraine.",
    "France and Germany pledged $300 million for Sudan at a conference in Paris, the European Union said.",
]
B = [
    "Turkey’s president Recep Tayyip Erdogan met Putin in Sochi on Monday, the Kremlin said.",
    # a copy of A[1] published earlier: A[1] becomes a later copy of this story
    "Russia launched 40 drones at Kyiv overnight, Ukraine’s air force said. Zelensky called the attack “cynical”. (AFP)",
]


@pytest.fixture(autouse=True)
def _package_unchanged(monkeypatch):
    """Other work may edit the toolkit's files while these tests run (which rightly invalidates reuse): fix the
    package's fingerprint, so only what a test changes counts."""
    frozen = engine.package_fingerprint()
    monkeypatch.setattr(store, "package_fingerprint", lambda: frozen)


def _write(path: Path, texts: list[str], dates: list[str] | None = None) -> Path:
    dates = dates or [f"2024-03-{10 + i:02d}" for i in range(len(texts))]
    rows = [{"text": t, "outlet": "AFP", "date": d} for t, d in zip(texts, dates, strict=True)]
    path.write_text("\n".join(json.dumps(r) for r in rows), encoding="utf-8")
    return path


def _same_tables(got: Path, want: Path) -> None:
    for name in TABLES:
        g, w = (pl.read_parquet(d / f"{name}.parquet") for d in (got, want))
        assert g.equals(w), name


def _run(src: Path, out: Path, **opts: object) -> engine.RunResult:
    return analyze_to_dir(src, out, batch_size=2, workers=1, progress=False, **opts)  # type: ignore[arg-type]


@pytest.mark.parametrize("count", ["articles", "stories"])
def test_adding_articles_reuses_the_rest_and_equals_a_fresh_run(tmp_path, count):
    first = _write(tmp_path / "a.jsonl", A)
    both = _write(tmp_path / "ab.jsonl", A + B, [f"2024-03-{10 + i:02d}" for i in range(len(A))] + ["2024-03-20", "2024-03-01"])
    run1 = _run(first, tmp_path / "inc", count=count)
    assert run1.reused == 0 and run1.settings["computed_articles"] == len(A)
    run2 = _run(both, tmp_path / "inc", count=count)
    assert run2.reused == len(A) and run2.settings["computed_articles"] == len(B)
    assert "6 article(s) reused" in run2.summary()
    assert json.loads((tmp_path / "inc" / "run.json").read_text())["reused_articles"] == len(A)
    fresh = _run(both, tmp_path / "fresh", count=count)
    assert fresh.reused == 0
    _same_tables(tmp_path / "inc", tmp_path / "fresh")
    arts = pl.read_parquet(tmp_path / "inc" / "articles.parquet")
    assert arts["story_size"].max() == 2  # the story ids were found again over all articles
    assert run2.counts == fresh.counts


def test_a_changed_or_removed_article_is_recomputed_in_place(tmp_path):
    src = _write(tmp_path / "a.jsonl", A)
    _run(src, tmp_path / "inc")
    changed = [*A]
    changed[2] = A[2].replace("New York", "Geneva")  # new text: a new content key (and id)
    del changed[4]
    src2 = _write(tmp_path / "a2.jsonl", changed, [f"2024-03-{10 + i:02d}" for i in (0, 1, 2, 3, 5)])
    run = _run(src2, tmp_path / "inc")
    assert run.reused == 4 and run.settings["computed_articles"] == 1
    _run(src2, tmp_path / "fresh", rebuild=True)
    _same_tables(tmp_path / "inc", tmp_path / "fresh")  # same rows, in the same order
    assert "Geneva" in " ".join(pl.read_parquet(tmp_path / "inc" / "sentences.parquet")["text"].to_list())


def test_same_id_with_new_text_is_recomputed(tmp_path):
    """An article whose id is kept (given by the input) but whose text changed is computed again."""
    art = pl.DataFrame({"article_id": ["x1", "x2"], "text": [A[0], A[1]]})
    _run(art, tmp_path / "inc")
    art2 = pl.DataFrame({"article_id": ["x1", "x2"], "text": [A[0], A[5]]})
    run = _run(art2, tmp_path / "inc")
    ids = pl.read_parquet(tmp_path / "inc" / "articles.parquet")["article_id"].to_list()
    assert run.settings["computed_articles"] + run.reused == len(ids) == 2
    assert run.settings["computed_articles"] >= 1
    _run(art2, tmp_path / "fresh")
    _same_tables(tmp_path / "inc", tmp_path / "fresh")


def test_a_changed_dictionary_file_invalidates_reuse(tmp_path):
    src = _write(tmp_path / "a.jsonl", A)
    dic = tmp_path / "dict.csv"
    dic.write_text("# version: 1\nid,label,type,aliases,affiliation,role\nnora-vance,Nora Vance,person,Nora Vance,USA,\n", encoding="utf-8")
    assert _run(src, tmp_path / "inc", dictionary=dic).reused == 0
    assert _run(src, tmp_path / "inc", dictionary=dic).reused == len(A)  # nothing changed
    dic.write_text(dic.read_text(encoding="utf-8") + "paul-ortega,Paul Ortega,person,Paul Ortega,USA,\n", encoding="utf-8")
    run = _run(src, tmp_path / "inc", dictionary=dic)
    assert run.reused == 0 and run.settings["computed_articles"] == len(A)
    assert _run(src, tmp_path / "inc").reused == 0  # no dictionary at all: other settings again
    chunks = [d for d in (tmp_path / "inc" / ".store" / "chunks").iterdir()]
    assert len(chunks) == 3  # the chunks of the other settings were deleted by the run that left them unused


def test_rebuild_from_the_command_line(tmp_path, capsys):
    src = _write(tmp_path / "a.jsonl", A)
    out = tmp_path / "o"
    args = ["analyze", str(src), "--out", str(out), "--no-progress", "--workers", "1", "--batch-size", "2"]
    assert main(args) == 0
    assert main(args) == 0
    assert "6 article(s) reused from an earlier run, 0 computed" in capsys.readouterr().out
    assert main([*args, "--rebuild"]) == 0
    assert "0 article(s) reused from an earlier run, 6 computed" in capsys.readouterr().out


def test_a_killed_run_leaves_no_trusted_table_and_resumes(tmp_path, monkeypatch):
    src = _write(tmp_path / "a.jsonl", A)
    real = engine.process_batch

    def dies_in_batch_two(index, articles, settings, parts=None):
        if index == 2:  # half of the batch's tables written, then the process dies
            res = real(index, articles.head(1), settings, None)
            tmp = engine._chunk_tmp(Path(parts), settings, index)
            engine._write_parts(dict(list(res.tables.items())[:3]), tmp)
            raise KeyboardInterrupt
        return real(index, articles, settings, parts)

    monkeypatch.setattr(runner, "process_batch", dies_in_batch_two)
    with pytest.raises(KeyboardInterrupt):
        _run(src, tmp_path / "inc")
    out = tmp_path / "inc"
    assert not (out / "run.json").exists() and not list(out.glob("*.parquet"))
    chunks = sorted(d.name for d in (out / ".store" / "chunks").iterdir())
    assert len(chunks) == 3 and chunks[-1].endswith(".tmp")  # two whole batches, one half-written
    monkeypatch.setattr(runner, "process_batch", real)
    run = _run(src, tmp_path / "inc")
    assert run.reused == 4 and run.settings["computed_articles"] == 2  # the half-written batch was not trusted
    assert not [d for d in (out / ".store" / "chunks").iterdir() if d.name.endswith(".tmp")]
    _run(src, tmp_path / "fresh")
    _same_tables(tmp_path / "inc", tmp_path / "fresh")


def test_a_chunk_without_its_manifest_is_not_trusted(tmp_path):
    src = _write(tmp_path / "a.jsonl", A)
    _run(src, tmp_path / "inc")
    chunk = sorted((tmp_path / "inc" / ".store" / "chunks").iterdir())[0]
    (chunk / "meta.json").unlink()  # as if the run had died between the tables and the meta file
    run = _run(src, tmp_path / "inc")
    assert run.reused == 4 and run.settings["computed_articles"] == 2


def test_an_edited_toolkit_file_invalidates_reuse(tmp_path, monkeypatch):
    src = _write(tmp_path / "a.jsonl", A)
    _run(src, tmp_path / "inc")
    frozen = engine.package_fingerprint()
    edited = [(path, mtime + 1, size) if path.endswith("wire.yaml") else (path, mtime, size) for path, mtime, size in frozen]
    assert edited != frozen
    monkeypatch.setattr(store, "package_fingerprint", lambda: edited)
    assert _run(src, tmp_path / "inc").reused == 0


def test_reused_actor_rows_equal_the_recomputed_ones(monkeypatch):
    """An actor's ``actor_sentiment`` rows kept under the digest of its inputs (scores and voices in order, seed,
    ``n_boot``, ``level``) are the rows a fresh computation on another corpus gives it when the digest is the same:
    the bootstrap streams are seeded by actor and voice, not by the other actors or articles."""
    import toolkit
    from toolkit.measure import sentiment

    full = toolkit.analyze(A + B, progress=False)
    part = toolkit.analyze(A[:3], progress=False)
    calls = []
    real = sentiment._bootstrap_ci
    monkeypatch.setattr(sentiment, "_bootstrap_ci", lambda x, **kw: calls.append(len(x)) or real(x, **kw))
    kept_part: dict = {}
    sentiment.summarise_actor_sentiment(part.sentiment, part.mentions, keep=kept_part)
    kept_full: dict = {}
    fresh = sentiment.summarise_actor_sentiment(full.sentiment, full.mentions, keep=kept_full)
    n_fresh = len(calls)
    shared = kept_part.keys() & kept_full.keys()
    assert shared and len(shared) < len(kept_full)  # some actors' inputs are the same in both corpora, not all
    for d in shared:
        assert kept_part[d] == kept_full[d]  # computed apart, on different corpora: equal rows
    calls.clear()
    again: dict = {}
    reused = sentiment.summarise_actor_sentiment(full.sentiment, full.mentions, reuse=kept_part, keep=again)
    assert reused.equals(fresh) and again.keys() == kept_full.keys()
    assert 0 < len(calls) < n_fresh  # the shared actors drew no bootstrap
    assert fresh.drop("count_unit").equals(full.actor_sentiment.drop("count_unit"))  # as analyze gives it
    assert sentiment.summarise_actor_sentiment(full.sentiment, full.mentions, reuse=again).equals(fresh)


def test_a_rerun_draws_the_bootstrap_only_for_actors_of_new_articles(tmp_path, monkeypatch):
    from toolkit.measure import sentiment

    first = _write(tmp_path / "a.jsonl", A)
    both = _write(tmp_path / "ab.jsonl", A + B)
    _run(first, tmp_path / "inc")
    assert list((tmp_path / "inc" / ".store" / "actor_rows").glob("*.parquet"))
    calls = []
    real = sentiment._bootstrap_ci
    monkeypatch.setattr(sentiment, "_bootstrap_ci", lambda x, **kw: calls.append(len(x)) or real(x, **kw))
    _run(both, tmp_path / "inc")
    n_rerun = len(calls)
    calls.clear()
    _run(both, tmp_path / "fresh")
    assert 0 < n_rerun < len(calls)
    _same_tables(tmp_path / "inc", tmp_path / "fresh")
    calls.clear()
    _run(both, tmp_path / "inc")  # nothing new: every actor's rows reused
    assert calls == []
    _same_tables(tmp_path / "inc", tmp_path / "fresh")


def test_a_rerun_with_nothing_new_keeps_the_tables_in_place(tmp_path):
    """Same input, same settings: the tables the last run wrote are not written again (the same files), except
    ``articles`` (written from this run's input); a table deleted or edited since is written again; other
    ``count`` settings write every table."""
    src = _write(tmp_path / "a.jsonl", A)
    out = tmp_path / "inc"
    first = _run(src, out)
    before = {p.name: p.stat().st_mtime_ns for p in out.glob("*.parquet")}
    (out / "cooc_edges.parquet").unlink()
    (out / "places.parquet").write_bytes((out / "places.parquet").read_bytes())  # rewritten: another mtime
    again = _run(src, out)
    after = {p.name: p.stat().st_mtime_ns for p in out.glob("*.parquet")}
    kept = set(again.settings["tables_kept"])
    assert kept == set(TABLES) - {"articles", "load_report", "cooc_edges", "places"}
    assert all(after[f"{n}.parquet"] == before[f"{n}.parquet"] for n in kept)
    assert after["articles.parquet"] != before["articles.parquet"]
    assert again.counts == first.counts
    _run(src, tmp_path / "fresh")
    _same_tables(out, tmp_path / "fresh")
    assert _run(src, out, count="stories").settings["tables_kept"] == []  # another plan: every table written
    _run(src, tmp_path / "fresh_stories", count="stories")
    _same_tables(out, tmp_path / "fresh_stories")


def test_a_rerun_adds_new_cooccurrence_counts_to_the_kept_sum(tmp_path, monkeypatch):
    """The co-occurrence counts summed by a run are kept in the store; a re-run adds those of its new chunks and
    takes away those of the chunks whose articles changed or went (exact integer sums), and writes the
    ``cooc_edges`` of a fresh run."""
    from toolkit.measure import cooc

    calls: list[tuple[int, int, bool]] = []
    real = cooc.sum_count_files

    def recording(add, *, start=None, subtract=()):
        add, subtract = list(add), list(subtract)
        calls.append((len(add), len(subtract), start is not None))
        return real(add, start=start, subtract=subtract)

    monkeypatch.setattr(cooc, "sum_count_files", recording)
    src = _write(tmp_path / "a.jsonl", A)
    _run(src, tmp_path / "inc")
    assert calls == [(3, 0, False)]  # three chunks, summed afresh
    assert (tmp_path / "inc" / ".store" / "cooc_sums" / "parts.json").exists()
    both = _write(tmp_path / "ab.jsonl", A + B)
    _run(both, tmp_path / "inc")
    assert calls[-1] == (1, 0, True)  # the kept sum plus the one new chunk
    _run(both, tmp_path / "fresh")
    _same_tables(tmp_path / "inc", tmp_path / "fresh")
    changed = [*A, *B]
    changed[2] = A[2].replace("New York", "Geneva")
    src2 = _write(tmp_path / "a2.jsonl", changed)
    _run(src2, tmp_path / "inc")
    # the chunk of articles 2 and 3 now counts article 3 only: its own counts are taken away, article 3's (counted
    # again from the chunk's rows) and the new chunk's (the changed article) added
    assert calls[-1] == (2, 1, True)
    _run(src2, tmp_path / "fresh2")
    _same_tables(tmp_path / "inc", tmp_path / "fresh2")
    assert pl.read_parquet(tmp_path / "inc" / "cooc_edges.parquet").height > 0


def test_a_dictionary_only_change_reuses_sentences_and_tokens(tmp_path, monkeypatch):
    """Changing only the actor dictionary re-runs the stages from actor mentions on: the sentences, tokens and story
    sketches of unchanged articles come from the chunks of the run before (their text key is the same), and the
    tables equal a fresh run's with the new dictionary."""
    from toolkit.io import stories
    from toolkit.text import tokenize

    src = _write(tmp_path / "a.jsonl", A + B)
    dic = tmp_path / "dict.csv"
    dic.write_text("# version: 1\nid,label,type,aliases,affiliation,role\nnora-vance,Nora Vance,person,Nora Vance,USA,\n", encoding="utf-8")
    first = _run(src, tmp_path / "inc", dictionary=dic)
    assert first.text_reused == 0
    before = pl.read_parquet(tmp_path / "inc" / "mentions.parquet")
    split: list[int] = []
    sketched: list[int] = []
    real_split, real_sketch = tokenize.split_sentences, stories.sketch_articles
    monkeypatch.setattr(tokenize, "split_sentences", lambda a, **kw: split.append(a.height) or real_split(a, **kw))
    monkeypatch.setattr(stories, "sketch_articles", lambda a, **kw: sketched.append(a.height) or real_sketch(a, **kw))
    # the new dictionary names an actor of the texts: new mentions, pairs, quotes' speakers, sentiment rows
    dic.write_text(dic.read_text(encoding="utf-8") + "blinken,Antony Blinken,person,Blinken,USA,\n", encoding="utf-8")
    run = _run(src, tmp_path / "inc", dictionary=dic)
    assert run.reused == 0 and run.settings["computed_articles"] == len(A + B)
    assert run.text_reused == len(A + B) and run.settings["text_reused_articles"] == len(A + B)
    assert "(8 of them from their kept sentences and tokens)" in run.summary()
    assert sum(split) == 0 and sum(sketched) == 0  # no article split or sketched again
    assert "sentences_given" in run.settings["stage_seconds"] and "sentences" not in run.settings["stage_seconds"]
    fresh = _run(src, tmp_path / "fresh", dictionary=dic)
    assert sum(split) == len(A + B) and fresh.text_reused == 0
    _same_tables(tmp_path / "inc", tmp_path / "fresh")
    after = pl.read_parquet(tmp_path / "inc" / "mentions.parquet")
    assert "blinken" in after["actor_id"].to_list() and "blinken" not in before["actor_id"].to_list()
    # the chunks written by the re-run hold the sketches: a later run with the same dictionary reuses everything
    again = _run(src, tmp_path / "inc", dictionary=dic)
    assert again.reused == len(A + B) and again.text_reused == 0
    _same_tables(tmp_path / "inc", tmp_path / "fresh")
    # a change of the text and the dictionary together: the changed article is split again, the others not
    split.clear()
    src2 = _write(tmp_path / "a2.jsonl", [A[0].replace("Cairo", "Doha"), *A[1:], *B])
    dic.write_text(dic.read_text(encoding="utf-8") + "haddad,Ahmed Haddad,person,Ahmed Haddad,,\n", encoding="utf-8")
    mixed = _run(src2, tmp_path / "inc", dictionary=dic)
    assert mixed.text_reused == len(A + B) - 1 and sum(split) == 1
    _run(src2, tmp_path / "fresh2", dictionary=dic)
    _same_tables(tmp_path / "inc", tmp_path / "fresh2")
