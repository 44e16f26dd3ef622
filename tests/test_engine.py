"""The batch engine: same tables in one batch or many, in one process, a pool or on Dask."""

from __future__ import annotations

import json

import polars as pl
import pytest

import toolkit
from toolkit.core.schema import TABLES, conform, validate
from toolkit.run.engine import analyze_to_dir

STORIES = [
    "GAZA CITY (AFP) - Israel said on Friday that Hamas had rejected the proposal, Netanyahu told Blinken.\n"
    "“We will keep pushing,” Blinken said in Cairo, where at least 12 people were killed.\nburs-jxb/ami",
    "Russia launched 40 drones at Kyiv overnight, Ukraine’s air force said.\nZelensky said the attack was “cynical”.",
    "The UN Security Council met in New York as Sudan’s army and the Rapid Support Forces fought in Khartoum.",
    "Qatar and Egypt said talks would resume. Hamas said it had received the proposal.",
    "Kyiv was hit again, officials said, and about 2.4 million people lost power.",
]


@pytest.fixture(scope="module")
def corpus(tmp_path_factory):
    d = tmp_path_factory.mktemp("corpus")
    p = d / "c.jsonl"
    p.write_text("\n".join(json.dumps({"text": t, "outlet": "AFP", "date": f"2024-03-0{i + 1}"}) for i, t in enumerate(STORIES)))
    return p


def _read(out, name):
    return pl.read_parquet(out / f"{name}.parquet")


def test_batches_equal_one_in_memory_run(corpus, tmp_path):
    mem = toolkit.analyze(corpus)
    run = analyze_to_dir(corpus, tmp_path / "b2", batch_size=2, workers=1, progress=False)
    assert run.counts["articles"] == 5
    for name in TABLES:
        got = _read(tmp_path / "b2", name)
        validate(got, name)
        assert got.equals(mem.tables[name]), name


def test_every_run_has_model_and_vader_actor_tone(corpus, tmp_path):
    """Each mention's tone_score is computed with its batch; actor_sentiment has a `model` row beside every `vader`
    row, equal in batches and in memory, and equal to the rows scored from the sentences' text afterwards."""
    from toolkit.measure.sentiment import summarise_actor_sentiment

    mem = toolkit.analyze(corpus)
    ments = mem.mentions
    assert ments.schema["tone_score"] == pl.Float64 and ments.filter(pl.col("actor_id").is_not_null())["tone_score"].null_count() == 0
    acts = mem.actor_sentiment
    assert set(acts["measure"]) == {"model", "vader"}
    keys = ["actor_id", "voice", "n_sentences"]
    assert acts.filter(measure="model").select(keys).equals(acts.filter(measure="vader").select(keys))
    by_text = summarise_actor_sentiment(mem.sentiment, ments.drop("tone_score"), sentences=mem.sentences)
    assert acts.drop("count_unit").equals(by_text.drop("count_unit"))
    analyze_to_dir(corpus, tmp_path / "b1", batch_size=1, workers=1, progress=False)
    assert _read(tmp_path / "b1", "actor_sentiment").equals(acts)
    assert _read(tmp_path / "b1", "mentions").equals(ments)


def test_process_pool_and_dask_equal_local(corpus, tmp_path):
    analyze_to_dir(corpus, tmp_path / "one", batch_size=2, workers=1, progress=False)
    analyze_to_dir(corpus, tmp_path / "pool", batch_size=2, workers=2, progress=False)
    pytest.importorskip("dask.distributed")
    analyze_to_dir(corpus, tmp_path / "dask", batch_size=2, engine="dask", workers=1, progress=False)
    for name in TABLES:
        base = _read(tmp_path / "one", name)
        assert _read(tmp_path / "pool", name).equals(base), name
        assert _read(tmp_path / "dask", name).equals(base), name


def test_csv_output_and_bad_options(corpus, tmp_path):
    run = analyze_to_dir(corpus, tmp_path / "csv", format="csv", progress=False)
    assert (tmp_path / "csv" / "sentences.csv").exists() and not (tmp_path / "csv" / ".parts").exists()
    assert pl.read_csv(tmp_path / "csv" / "articles.csv").height == run.counts["articles"]
    with pytest.raises(ValueError, match="valid values: 'local', 'dask'"):
        analyze_to_dir(corpus, tmp_path / "x", engine="spark")  # type: ignore[arg-type]
    with pytest.raises(ValueError, match="workers must be at least 1"):
        analyze_to_dir(corpus, tmp_path / "x", workers=0)


def test_large_corpus_finishing_path_equals_pool(corpus, tmp_path, monkeypatch):
    import toolkit.run.engine as engine

    analyze_to_dir(corpus, tmp_path / "pool", batch_size=2, workers=2, progress=False)
    monkeypatch.setattr(engine, "FINISH_IN_POOL_MAX_SENTENCES", 0)  # as if the corpus were large
    run = analyze_to_dir(corpus, tmp_path / "big", batch_size=2, workers=2, progress=False)
    assert run.counts["articles"] == 5 and not (tmp_path / "big" / ".parts").exists()
    for name in TABLES:
        assert _read(tmp_path / "big", name).equals(_read(tmp_path / "pool", name)), name


def test_counts_equal_the_rows_written(corpus, tmp_path):
    run = analyze_to_dir(corpus, tmp_path / "c", batch_size=2, workers=2, progress=False)
    for name in TABLES:
        assert _read(tmp_path / "c", name).height == run.counts[name], name


def test_worker_env_shares_the_cores(monkeypatch):
    from toolkit.run.engine import _environ, worker_env

    monkeypatch.delenv("POLARS_MAX_THREADS", raising=False)
    monkeypatch.setattr("os.cpu_count", lambda: 8)
    assert worker_env(2) == {"POLARS_MAX_THREADS": "4"}
    assert worker_env(16) == {"POLARS_MAX_THREADS": "1"}
    monkeypatch.setenv("POLARS_MAX_THREADS", "3")  # the user's choice wins
    assert worker_env(2) == {"POLARS_MAX_THREADS": "3"}
    monkeypatch.delenv("POLARS_MAX_THREADS")
    with _environ({"POLARS_MAX_THREADS": "1"}):
        import os

        assert os.environ["POLARS_MAX_THREADS"] == "1"
    assert "POLARS_MAX_THREADS" not in os.environ


def test_workers_chosen_by_corpus_size(corpus, tmp_path, monkeypatch):
    import toolkit.run.engine as engine

    monkeypatch.setattr(engine, "auto_workers", lambda: 2)
    one = analyze_to_dir(corpus, tmp_path / "one", workers="auto", progress=False)  # 5 articles: one batch
    assert one.settings["workers"] == 1
    many = analyze_to_dir(corpus, tmp_path / "many", batch_size=2, workers="auto", progress=False)  # 3 batches: a pool
    assert many.settings["workers"] == 2 and many.counts["articles"] == 5
    for name in TABLES:
        assert _read(tmp_path / "many", name).equals(_read(tmp_path / "one", name)), name
    with pytest.raises(ValueError, match="workers must be at least 1"):
        analyze_to_dir(corpus, tmp_path / "x", workers=-2)


def test_auto_workers_is_bounded():
    from toolkit.run.engine import AUTO_MAX_WORKERS, auto_workers

    assert 1 <= auto_workers() <= AUTO_MAX_WORKERS


def test_progress_bars_for_batches_and_tables(corpus, tmp_path, capsys):
    analyze_to_dir(corpus, tmp_path / "p", batch_size=2, workers=1, progress=True)
    err = capsys.readouterr().err
    assert "analysing" in err and "5/5" in err  # the total is counted before the run (5 JSON lines)
    assert "writing tables" in err and f"{len(TABLES) - 1}/{len(TABLES) - 1}" in err
    analyze_to_dir(corpus, tmp_path / "q", batch_size=2, workers=1, progress=False)
    assert capsys.readouterr().err == ""


@pytest.mark.slow
def test_engines_equal_on_a_generated_corpus(tmp_path, monkeypatch):
    # Enough articles for row order inside polars to vary with batches, workers and threads: every table,
    # the aggregates' bootstrap intervals and tie orders included, must not depend on it.
    import importlib.util
    from pathlib import Path

    spec = importlib.util.spec_from_file_location("bench_corpus", Path(__file__).parents[1] / "bench" / "corpus.py")
    assert spec is not None and spec.loader is not None
    corpus_mod = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(corpus_mod)
    src = corpus_mod.write_corpus(120, tmp_path / "gen.jsonl")
    analyze_to_dir(src, tmp_path / "one", batch_size=120, workers=1, progress=False)
    analyze_to_dir(src, tmp_path / "pool", batch_size=25, workers=2, progress=False)
    pytest.importorskip("dask.distributed")
    analyze_to_dir(src, tmp_path / "dask", batch_size=40, engine="dask", workers=2, progress=False)
    mem = toolkit.analyze(src, progress=False)
    import toolkit.run.finish as finish

    monkeypatch.setattr(finish, "LEDGER_IN_ONE_PIECE_MAX_CLAIMS", 0)  # as if there were many claims: by category
    big = analyze_to_dir(src, tmp_path / "ledger", batch_size=50, workers=1, progress=False)
    for name in TABLES:
        base = _read(tmp_path / "one", name)
        assert _read(tmp_path / "pool", name).equals(base), name
        assert _read(tmp_path / "dask", name).equals(base), name
        assert mem.tables[name].equals(base), name
    ledger = _read(tmp_path / "ledger", "claim_ledger")
    assert ledger.equals(_read(tmp_path / "one", "claim_ledger")) and ledger["counted"].n_unique() > 3
    assert big.counts["claim_ledger"] == ledger.height


def test_progress_total_is_the_articles_to_compute(corpus, tmp_path, capsys):
    """The bar's total is counted by the first pass (blank lines are not articles; reused articles are not computed)."""
    padded = tmp_path / "padded.jsonl"
    padded.write_text(corpus.read_text(encoding="utf-8") + "\n\n\n", encoding="utf-8")  # blank lines: estimate 7
    analyze_to_dir(padded, tmp_path / "p", batch_size=2, workers=1, progress=True)
    err = capsys.readouterr().err
    last = err.split("writing tables")[0].rstrip("\r\n").rsplit("\r", 1)[-1]  # the bar's final state
    assert "0/7" not in err and "0/5" in err and "analysing" in last and "5/5" in last


def test_claim_ledger_by_category_with_categories_that_prefix_each_other(tmp_path, monkeypatch):
    """Category names that prefix one another ("aid", "aid_x", "aid-y"; the packaged vocabulary has none, but
    ``COUNTED`` may grow): the pieces still come in the order of the whole ledger's series ("aid_x|..." sorts
    before "aid|..."), and null categories are left out as in one piece."""
    import datetime as dt
    import random

    import toolkit.run.engine as engine
    import toolkit.run.finish as finish
    from toolkit.extract.claims import summarise_claim_ledger

    rng = random.Random(5)
    n = 120
    claims = pl.DataFrame({
        "article_id": [f"a{rng.randrange(9)}" for _ in range(n)], "sentence_id": [rng.randrange(5) for _ in range(n)],
        "char_start": list(range(n)), "value": [float(rng.randrange(1, 500)) for _ in range(n)],
        "counted": [rng.choice(["aid", "aid_x", "aid-y", "b", "killed", "ordinal", None]) for _ in range(n)],
        "place": [rng.choice(["Gaza", "Rafah", None]) for _ in range(n)],
        "source_surface": [rng.choice(["the health ministry", "UN", None]) for _ in range(n)],
    })  # fmt: skip
    claims = conform(claims, "claims")  # a part file has every column of the table
    arts = pl.DataFrame({"article_id": [f"a{i}" for i in range(9)], "published": [dt.date(2024, 3, 1 + i % 4) for i in range(9)]})
    (tmp_path / "claims").mkdir()
    claims[:60].write_parquet(tmp_path / "claims" / "part-000000.parquet")
    claims[60:].write_parquet(tmp_path / "claims" / "part-000001.parquet")
    arts.write_parquet(tmp_path / "articles.parquet")
    monkeypatch.setattr(finish, "LEDGER_IN_ONE_PIECE_MAX_CLAIMS", 0)  # read where the function is defined
    parts = pl.scan_parquet(sorted((tmp_path / "claims").glob("*.parquet")))
    got = engine._claim_ledger_by_category(parts, pl.scan_parquet(tmp_path / "articles.parquet"), tmp_path / "pieces").collect()
    assert len(list((tmp_path / "pieces").glob("*.parquet"))) == 5  # ordinal is skipped, nulls never counted
    assert got.equals(summarise_claim_ledger(claims, arts))


def test_claim_ledger_in_pieces_of_places_equals_one_piece(tmp_path, monkeypatch):
    """A large run's ledger in pieces of a few claims each (a category's places taken together in the order of
    their series): places that prefix one another ("Gaza", "Gaza City", "Gaza-x"), no place, a place given only
    as ``place_surface``, money in two currencies, and a place holding a "|" (its category in one piece) still
    give the ledger of one query, row for row."""
    import datetime as dt
    import random

    import toolkit.run.finish as finish
    from toolkit.extract.claims import summarise_claim_ledger

    rng = random.Random(7)
    n = 300
    claims = pl.DataFrame({
        "article_id": [f"a{rng.randrange(12)}" for _ in range(n)], "sentence_id": [rng.randrange(6) for _ in range(n)],
        "char_start": list(range(n)), "value": [float(rng.randrange(1, 900)) for _ in range(n)],
        "counted": [rng.choice(["killed", "money", "aid", "odd", "duration", None]) for _ in range(n)],
        "unit": [rng.choice(["USD", "EUR", None]) for _ in range(n)],
        "place": [rng.choice(["Gaza", "Gaza City", "Gaza-x", "Rafah", None]) for _ in range(n)],
        "place_surface": [rng.choice(["Khan Younis", None]) for _ in range(n)],
        "source_surface": [rng.choice(["the health ministry", "UN", "UNRWA's", None]) for _ in range(n)],
    })  # fmt: skip
    claims = claims.with_columns(  # one category has a place with a "|" in it
        pl.when((pl.col("counted") == "odd") & (pl.col("place") == "Rafah")).then(pl.lit("Ra|fah")).otherwise("place").alias("place")
    )
    claims = conform(claims, "claims")
    arts = pl.DataFrame({"article_id": [f"a{i}" for i in range(12)], "published": [dt.date(2024, 3, 1 + i % 5) for i in range(12)]})
    (tmp_path / "claims").mkdir()
    claims[:150].write_parquet(tmp_path / "claims" / "part-000000.parquet")
    claims[150:].write_parquet(tmp_path / "claims" / "part-000001.parquet")
    arts.write_parquet(tmp_path / "articles.parquet")
    monkeypatch.setattr(finish, "LEDGER_IN_ONE_PIECE_MAX_CLAIMS", 0)
    monkeypatch.setattr(finish, "LEDGER_PIECE_MAX_CLAIMS", 15)
    parts = pl.scan_parquet(sorted((tmp_path / "claims").glob("*.parquet")))
    got = finish._claim_ledger_by_category(parts, pl.scan_parquet(tmp_path / "articles.parquet"), tmp_path / "pieces")
    got = got.collect()
    pieces = sorted((tmp_path / "pieces").glob("*.parquet"))
    assert len(pieces) > 6 and not (tmp_path / "pieces" / "claims.parquet").exists()  # several pieces per category
    assert pl.read_parquet(pieces[-1])["counted"].unique().to_list() == ["odd"]  # "odd|" sorts last; one piece
    assert got.equals(summarise_claim_ledger(claims, arts))


@pytest.mark.parametrize("processes", [False, True], ids=["threads-in-process", "threads-in-a-worker-process"])
def test_dask_worker_with_several_threads_equals_local(tmp_path, processes):
    # A plain `dask worker` runs several batches at once in threads of one process: they share the memos
    # (toolkit.core.cache), which must give the tables of the local engine (the old module-level memos raised
    # KeyError when one thread emptied a memo another was reading).
    distributed = pytest.importorskip("dask.distributed")
    import importlib.util
    from pathlib import Path

    from toolkit.core import cache

    spec = importlib.util.spec_from_file_location("bench_corpus", Path(__file__).parents[1] / "bench" / "corpus.py")
    assert spec is not None and spec.loader is not None
    corpus_mod = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(corpus_mod)
    src = corpus_mod.write_corpus(48, tmp_path / "gen.jsonl", seed=3, sentences_per_article=12)
    analyze_to_dir(src, tmp_path / "one", batch_size=48, workers=1, progress=False)
    cache.clear_all(rule_sets=False)
    with distributed.LocalCluster(
        n_workers=1, threads_per_worker=4, processes=processes, dashboard_address=None
    ) as cluster:
        with cache.limit(4) if not processes else _nothing():  # in this process: memos evicted mid-run too
            analyze_to_dir(src, tmp_path / "dask", batch_size=3, engine="dask", scheduler=cluster.scheduler_address,
                           progress=False)  # fmt: skip
    for name in TABLES:
        assert _read(tmp_path / "dask", name).equals(_read(tmp_path / "one", name)), name


def _nothing():
    import contextlib

    return contextlib.nullcontext()


def test_tone_model_off_keeps_only_vader_rows(corpus, tmp_path):
    """`tone_model=False` (CLI `--no-tone-model`, issue 24) skips the tone stage: tone_score is null, actor_sentiment
    holds exactly the vader rows of a default run, every other table is unchanged, and the summaries say so; a
    later default run on the same folder does not reuse the rows computed without the model."""
    from toolkit.run.pipeline import TONE_MODEL_OFF

    full = toolkit.analyze(corpus)
    off = toolkit.analyze(corpus, tone_model=False)
    assert off.mentions["tone_score"].null_count() == off.mentions.height > 0
    assert off.mentions.drop("tone_score").equals(full.mentions.drop("tone_score"))
    assert set(off.actor_sentiment["measure"]) == {"vader"}
    assert off.actor_sentiment.equals(full.actor_sentiment.filter(measure="vader"))
    for name in TABLES:
        if name not in ("mentions", "actor_sentiment"):
            assert off.tables[name].equals(full.tables[name]), name
    assert TONE_MODEL_OFF in off.summary() and TONE_MODEL_OFF not in full.summary()
    run = analyze_to_dir(corpus, tmp_path / "off", batch_size=2, workers=1, progress=False, tone_model=False)
    assert "tone model off" in run.summary() and run.settings["tone_model"] is False
    for name in TABLES:
        assert _read(tmp_path / "off", name).equals(off.tables[name]), name
    again = analyze_to_dir(corpus, tmp_path / "off", batch_size=2, workers=1, progress=False)
    assert again.reused == 0 and "tone model off" not in again.summary()
    assert _read(tmp_path / "off", "actor_sentiment").equals(full.actor_sentiment)


def test_cooc_edges_from_count_files_equal_the_merged_counts(tmp_path):
    """The engine's co-occurrence edges are summed from the batches' count files by the streaming engine and scored
    one window kind at a time: the same table as merging the counts in memory and scoring them at once."""
    from toolkit.measure import cooc

    res = toolkit.analyze([*STORIES, "Hamas and Israel met in Cairo. Egypt and Qatar hosted the talks."])
    arts = res.articles["article_id"].to_list()
    files: list[list] = [[], [], []]
    counts = []
    for i, part in enumerate((arts[:2], arts[2:4], arts[4:])):
        sub = [t.filter(pl.col("article_id").is_in(part)) for t in (res.cooc_pairs, res.mentions, res.sentences)]
        counts.append(cooc.count_cooccurrence(*sub))
        for j, df in enumerate(counts[-1]):
            files[j].append(tmp_path / f"{i}-{j}.parquet")
            df.write_parquet(files[j][-1])
    got = cooc.score_count_files(*files, tmp_path / "work").collect()
    assert got.height > 0 and set(got["window"]) == {"sentence", "paragraph", "article"}
    assert got.equals(cooc.score_counts(*cooc.merge_counts(counts)))
    assert got.drop("count_unit").equals(res.cooc_edges.drop("count_unit"))


def test_emptying_memos_after_every_batch_changes_no_table(corpus, tmp_path, monkeypatch):
    """The memory guard (batches.MEMO_RELEASE_MB) empties the cross-batch memos; the tables must not change."""
    from toolkit.run import batches

    default = analyze_to_dir(corpus, tmp_path / "default", batch_size=1, workers=1, progress=False)
    released = []
    real_release = batches._release_memos
    monkeypatch.setattr(batches, "MEMO_RELEASE_MB", 0.0)  # every batch is over the threshold
    monkeypatch.setattr(batches, "_release_memos", lambda: (released.append(1), real_release())[1])
    guarded = analyze_to_dir(corpus, tmp_path / "guarded", batch_size=1, workers=1, progress=False, rebuild=True)
    assert len(released) == default.counts["articles"] == 5  # emptied after each of the five batches
    assert guarded.counts == default.counts
    for name in TABLES:
        assert _read(tmp_path / "guarded", name).equals(_read(tmp_path / "default", name)), name
