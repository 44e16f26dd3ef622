"""Whole-process benchmark: `python -m toolkit analyze` against NLTK's VADER alone on the same sentences.

Usage: python bench/bench_pipeline.py [N_ARTICLES] [--workers 2] [--batch-size 500] [--format parquet] [--input jsonl|parquet]
                                     [--repeat 3] [--floor]

1. writes a synthetic corpus of N articles (bench/corpus.py, ~37 sentences each; ``--corpus news``, the default,
   recombines clauses so that at least 98% of its sentences are distinct; ``--corpus templates`` is the earlier
   corpus of whole-sentence templates, 49-63% distinct) to one JSONL file;
2. runs `python -m toolkit analyze corpus.jsonl --out DIR` as its own process (every table);
3. runs NLTK's VADER (nltk.sentiment.vader, the reference implementation) as its own process on the
   sentences of that run (the sentence texts are handed over in a Parquet file, loading included);
and prints wall time, articles/s, sentences/s and peak memory (RSS of the whole process tree, sampled
every 20 ms) of both, and the ratio toolkit/NLTK. ``--repeat N`` runs the pair N times, alternating, and
also prints the median ratio (a shared machine's noise hits both sides). ``--floor`` also runs the toolkit
with its three rule stages (actor mentions, quotes, claims) replaced by a lookup of the tables the full run
wrote (``bench/floor_hook/sitecustomize.py``, in every process of the run): the time of everything else, and
so how much faster the rule stages would have to be for the ratio to reach its target. Example:
python bench/bench_pipeline.py 2000 --repeat 3 --floor
``--reanalyse 0.01`` also times re-analysis: a fresh run, then 1% new articles added and the same command run
again on the same output folder (only the new articles are computed), e.g.
python bench/bench_pipeline.py 2000 --workers 1 --skip-vader --reanalyse 0.01
``--dictionary-change`` also times a re-run after only the actor dictionary changed (a fresh run with a one-entry
dictionary, then an entry added and the same command again: the sentences and tokens are taken from the store),
against a fresh run with the new dictionary, and checks that every table equals the fresh run's, e.g.
python bench/bench_pipeline.py 2000 --workers 1 --skip-vader --dictionary-change
"""

from __future__ import annotations

import argparse
import compileall
import json
import os
import resource
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path

import polars as pl
import psutil

sys.path.insert(0, str(Path(__file__).parent))
from corpus import CORPUS_KINDS, write_corpus  # noqa: E402

VADER_SCRIPT = """
import os, sys, nltk, vaderSentiment, polars as pl
nltk.data.path.append(os.path.dirname(vaderSentiment.__file__))
from nltk.sentiment.vader import SentimentIntensityAnalyzer
sia = SentimentIntensityAnalyzer(lexicon_file="vader_lexicon.txt")
texts = pl.read_parquet(sys.argv[1], columns=["text"])["text"].to_list()
scores = [sia.polarity_scores(t)["compound"] for t in texts]
print(len(scores))
"""


FLOOR_HOOK = Path(__file__).parent / "floor_hook"


def run_measured(cmd: list[str], env: dict[str, str] | None = None) -> tuple[float, float, str]:
    """Wall seconds, peak RSS (MB) of the process tree, stdout; prints the tree's CPU seconds."""
    cpu0 = resource.getrusage(resource.RUSAGE_CHILDREN)
    t0 = time.perf_counter()
    proc = subprocess.Popen(cmd, stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True, env=env)
    ps = psutil.Process(proc.pid)
    peak = 0
    while proc.poll() is None:
        try:
            rss = ps.memory_info().rss + sum(c.memory_info().rss for c in ps.children(recursive=True))
            peak = max(peak, rss)
        except psutil.Error:
            pass
        time.sleep(0.02)
    out, err = proc.communicate()
    wall = time.perf_counter() - t0
    cpu1 = resource.getrusage(resource.RUSAGE_CHILDREN)
    cpu = cpu1.ru_utime - cpu0.ru_utime + cpu1.ru_stime - cpu0.ru_stime
    print(f"  [{Path(cmd[2]).name if cmd[1] == '-m' else 'python -c'}] CPU seconds of the process tree (user+sys): {cpu:.2f}")
    if proc.returncode != 0:
        raise SystemExit(f"command failed ({proc.returncode}): {' '.join(cmd)}\n{err[-2000:]}")
    return wall, peak / 1e6, out


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("n", type=int, nargs="?", default=2000)
    ap.add_argument("--workers", type=int, default=2)
    ap.add_argument("--batch-size", type=int, default=500)
    ap.add_argument("--format", default="parquet")
    ap.add_argument("--skip-vader", action="store_true", help="only run the toolkit (memory runs)")
    ap.add_argument("--input", choices=("jsonl", "parquet"), default="jsonl", help="corpus file format (default: jsonl)")
    ap.add_argument("--corpus", choices=CORPUS_KINDS, default="news", help="generated corpus (bench/corpus.py): news, clause-level recombination with >= 98%% distinct sentences (default); templates, the earlier whole-sentence templates (49-63%% distinct)")
    ap.add_argument("--repeat", type=int, default=1, help="run toolkit and NLTK this many times each, alternating")
    ap.add_argument("--floor", action="store_true", help="also time the run with its rule stages (mentions, quotes, claims) replaced by a lookup of their tables, and print how much faster they would have to be")
    ap.add_argument("--no-tone-model", action="store_true", help="pass --no-tone-model to analyze (skip the targeted tone model)")
    ap.add_argument("--dictionary-change", action="store_true", help="after the runs, time a re-run after only the actor dictionary changed, against a fresh run with the new dictionary (CPU seconds, share, tables compared)")
    ap.add_argument("--reanalyse", type=float, default=0.0, metavar="SHARE", help="after the runs, add SHARE x N new articles (another seed) beside the corpus and run analyze again on the same output folder (re-analysis: only the new articles are computed); prints both runs' CPU seconds and their ratio")
    a = ap.parse_args()
    if a.floor and (a.format != "parquet" or a.skip_vader):
        ap.error("--floor needs --format parquet (it reads the run's tables back) and the NLTK run")
    # bytecode of the toolkit, as a regular install has it (an editable install under PYTHONDONTWRITEBYTECODE
    # would compile every module from source in every worker, every run); NLTK's comes with its wheel
    compileall.compile_dir(str(Path(__file__).parent.parent / "toolkit"), quiet=1)
    with tempfile.TemporaryDirectory() as tmp:
        corpus = write_corpus(a.n, Path(tmp) / "in" / "corpus.jsonl", kind=a.corpus)
        if a.input == "parquet":
            pl.read_ndjson(corpus).write_parquet(corpus.with_suffix(".parquet"))
            corpus = corpus.with_suffix(".parquet")
        out = Path(tmp) / "out"
        source = corpus.parent if a.reanalyse else corpus  # re-analysis: the folder, new files are added to it
        cmd = [sys.executable, "-m", "toolkit", "analyze", str(source), "--out", str(out), "--no-progress",
               "--workers", str(a.workers), "--batch-size", str(a.batch_size), "--format", a.format,
               *(["--no-tone-model"] if a.no_tone_model else [])]  # fmt: skip
        ratios = []
        for _ in range(max(1, a.repeat)):
            t_tool, mem_tool, summary = run_measured([*cmd, "--rebuild"])  # never reuse the previous repeat's rows
            n_sent = pl.scan_parquet(out / "sentences.parquet").select(pl.len()).collect().item() if a.format == "parquet" else 0
            n_distinct = pl.scan_parquet(out / "sentences.parquet").select(pl.col("text").n_unique()).collect().item()
            print(f"corpus ({a.corpus}): {a.n} articles, {n_sent} sentences, {n_distinct / max(1, n_sent):.0%} of them distinct "
                  f"({corpus.stat().st_size / 1e6:.1f} MB {a.input})")
            print(f"toolkit analyze (every table, workers={a.workers}, batch={a.batch_size}): {t_tool:.2f} s, "
                  f"{a.n / t_tool:,.0f} articles/s, {n_sent / t_tool:,.0f} sentences/s, peak {mem_tool:,.0f} MB")  # fmt: skip
            print("  " + summary.strip().splitlines()[0])
            run = json.loads((out / "run.json").read_text())
            stages = run["stage_seconds"]
            print("  phases (seconds since analyze_to_dir began): "
                  + ", ".join(f"{k} {v:.2f}" for k, v in run["phase_seconds"].items()))  # fmt: skip
            print("  stage seconds, summed over batches and workers: "
                  + ", ".join(f"{k} {v:.2f}" for k, v in sorted(stages.items(), key=lambda kv: -kv[1])))  # fmt: skip
            if a.skip_vader:
                continue
            t_vader, mem_vader, _ = run_measured([sys.executable, "-c", VADER_SCRIPT, str(out / "sentences.parquet")])
            print(f"NLTK VADER alone on the same sentences: {t_vader:.2f} s, {n_sent / t_vader:,.0f} sentences/s, "
                  f"peak {mem_vader:,.0f} MB")  # fmt: skip
            ratios.append(t_tool / t_vader)
            print(f"ratio toolkit/NLTK-VADER: {ratios[-1]:.2f} (targets, issue 25: <= 1.0 in one process, <= 0.6 with the default workers)")
            if a.floor:
                floor(cmd, out, t_tool, t_vader)
        if a.reanalyse:
            reanalyse(a, cmd, corpus, out)
        if a.dictionary_change:
            dictionary_change(cmd, out)
        if len(ratios) > 1:
            print(f"median ratio over {len(ratios)} side-by-side runs: {statistics.median(ratios):.2f} "
                  f"(each: {', '.join(f'{r:.2f}' for r in ratios)})")


def _cpu_of(cmd: list[str]) -> float:
    before = resource.getrusage(resource.RUSAGE_CHILDREN)
    run_measured(cmd)
    after = resource.getrusage(resource.RUSAGE_CHILDREN)
    return after.ru_utime - before.ru_utime + after.ru_stime - before.ru_stime


def reanalyse(a: argparse.Namespace, cmd: list[str], corpus: Path, out: Path) -> None:
    """Re-analysis: a fresh run (``--rebuild``), then ``a.reanalyse`` x N new articles added beside the corpus
    and the same command again on the same output folder; prints the CPU seconds of both and their ratio."""
    full = _cpu_of([*cmd, "--rebuild"])
    n_new = max(1, round(a.n * a.reanalyse))
    write_corpus(n_new, corpus.parent / "zz_new.jsonl", seed=12345, kind=a.corpus)
    again = _cpu_of(cmd)
    run = json.loads((out / "run.json").read_text())
    print(f"re-analysis: full run on {a.n} articles {full:.2f} CPU s; with {n_new} new articles added, "
          f"{run['reused_articles']} reused and {run['computed_articles']} computed: {again:.2f} CPU s "
          f"({again / full:.0%} of the full run; target <= 10%)")  # fmt: skip


DICTIONARY = "# version: 1\nid,label,type,aliases,affiliation,role\nnora-vance,Nora Vance,person,Nora Vance,USA,\n"
"""A one-entry actor dictionary for ``--dictionary-change`` (an invented name), and the entry added to it: an actor
every generated corpus names, so that the change reaches the mentions."""
DICTIONARY_ADDED = "the-un,United Nations Organisation,organization,United Nations;the UN,,\n"


def dictionary_change(cmd: list[str], out: Path) -> None:
    """A fresh run with :data:`DICTIONARY`, then :data:`DICTIONARY_ADDED` added to it and the same command again on
    the same folder (only the stages that read the actors run), then a fresh run with the new dictionary elsewhere;
    prints the CPU seconds, the share and whether every table equals the fresh run's."""
    from toolkit.core.schema import TABLES

    dic = out.parent / "dictionary.csv"
    dic.write_text(DICTIONARY, encoding="utf-8")
    with_dic = [*cmd, "--dictionary", str(dic)]
    _cpu_of([*with_dic, "--rebuild"])
    dic.write_text(DICTIONARY + DICTIONARY_ADDED, encoding="utf-8")
    again = _cpu_of(with_dic)
    run = json.loads((out / "run.json").read_text())
    fresh_out = out.parent / "fresh_dictionary"
    fresh_cmd = list(with_dic)
    fresh_cmd[fresh_cmd.index("--out") + 1] = str(fresh_out)
    fresh = _cpu_of([*fresh_cmd, "--rebuild"])
    differ = [t for t in TABLES if not pl.read_parquet(out / f"{t}.parquet").equals(pl.read_parquet(fresh_out / f"{t}.parquet"))]
    print(f"dictionary change: re-run {again:.2f} CPU s ({run.get('text_reused_articles', 0)} of "
          f"{run['computed_articles']} articles from their kept sentences and tokens), a fresh run with the new "
          f"dictionary {fresh:.2f} CPU s: {again / fresh:.0%}; tables differing from the fresh run's: {differ or 'none'}")  # fmt: skip


def floor(cmd: list[str], out: Path, t_tool: float, t_vader: float) -> None:
    """Time ``cmd`` with the rule stages replaced by a lookup of ``out``'s tables; print what is left for them."""
    env = {**os.environ, "TOOLKIT_BENCH_REPLAY": str(out),
           "PYTHONPATH": os.pathsep.join(filter(None, [str(FLOOR_HOOK), os.environ.get("PYTHONPATH")]))}  # fmt: skip
    floor_cmd = list(cmd)
    floor_cmd[cmd.index("--out") + 1] = str(out.parent / "floor")
    t_floor, _, _ = run_measured(floor_cmd, env)
    rules, budget = t_tool - t_floor, 0.5 * t_vader - t_floor
    print(f"  the same run with mentions, quotes, claims looked up from the run above (everything else): "
          f"{t_floor:.2f} s; the rule stages took the other {rules:.2f} s")  # fmt: skip
    if budget <= 0:
        print(f"  half of NLTK's time is {0.5 * t_vader:.2f} s: missed even without the rule stages")
    else:
        print(f"  half of NLTK's time is {0.5 * t_vader:.2f} s, which leaves the rule stages {budget:.2f} s: "
              f"{max(rules, 0.0) / budget:.1f} times faster than now")  # fmt: skip


if __name__ == "__main__":
    main()
