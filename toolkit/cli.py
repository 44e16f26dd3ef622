"""Command line: ``python -m toolkit analyze PATH... --out DIR``.

Errors in the input print one line naming the file and the reason (exit status 2), never a traceback.
"""

from __future__ import annotations

import argparse
import sys
from collections.abc import Sequence
from pathlib import Path

from toolkit.core.errors import ToolkitError


def _workers(value: str) -> int | str:
    if value == "auto":
        return value
    try:
        return int(value)
    except ValueError:
        raise argparse.ArgumentTypeError(f"expected a number or 'auto', got {value!r}") from None


def _parser() -> argparse.ArgumentParser:
    p = argparse.ArgumentParser(
        prog="python -m toolkit",
        description="Turn news articles into traceable tables (sentences, actors, co-occurrence, "
        "sentiment, numeric claims, quotes).",
    )
    sub = p.add_subparsers(dest="command", required=True, metavar="COMMAND")

    a = sub.add_parser(
        "analyze",
        help="load articles and write every table",
        description="Load articles from files, folders or globs and write every table of the toolkit "
        "(load_report, articles, sentences, tokens, mentions, cooc_pairs, cooc_edges, sentiment, "
        "actor_sentiment, claims, claim_ledger, quotes, sources) plus columns.csv, the data dictionary.",
    )
    a.add_argument("paths", nargs="+", metavar="PATH", help="files (.txt .md .html .csv .tsv .jsonl .json .parquet), folders (read recursively) or quoted globs")
    a.add_argument("--out", "-o", required=True, metavar="DIR", help="folder to write the tables to (created if missing)")
    a.add_argument("--format", choices=("parquet", "csv"), default="parquet", help="file format of the tables (default: parquet)")
    a.add_argument("--on-error", choices=("raise", "skip"), default="raise", help="raise: stop at the first bad file with one line naming it (default); skip: list it in load_report and go on")
    a.add_argument("--text-column", metavar="NAME", help="column holding the article text in tabular files (default: found by common names such as text, body, content)")
    a.add_argument("--dictionary", metavar="FILE", help="your actor dictionary (YAML/CSV), added to and overriding the packaged one")
    a.add_argument("--lexicon", metavar="FILE", help="your sentiment lexicon additions (word<TAB>score), recorded in the sentiment table")
    a.add_argument("--batch-size", type=int, default=500, metavar="N", help="articles per batch; memory grows with it, not with the corpus (default: 500)")
    a.add_argument("--engine", choices=("local", "dask"), default="local", help="local: this machine (default); dask: a Dask cluster (LocalCluster, or --scheduler)")
    a.add_argument("--workers", type=_workers, default="auto", metavar="N", help="worker processes (local pool or Dask LocalCluster), or auto (default): one per core, up to 4, when the corpus holds more than one batch, else 1")
    a.add_argument("--scheduler", metavar="ADDRESS", help="address of a running Dask scheduler, e.g. tcp://10.0.0.5:8786 (with --engine dask)")
    a.add_argument("--stories", choices=("mark", "first", "drop"), default="mark", help="syndicated copies of one story (articles.story_id, found by MinHash/LSH): mark keeps every copy, marked (default); first keeps only the earliest copy of each story; drop removes every story that has a copy, original included, keeping only articles without one")
    a.add_argument("--count", choices=("articles", "stories"), default="articles", help="aggregates (cooc_edges, actor_sentiment, claim_ledger, sources) count every copy (articles, default) or each story once, from its first copy (stories); their count_unit column says which")
    a.add_argument("--rebuild", action="store_true", help="compute every article afresh; without it, a folder that holds an earlier run reuses the rows of its unchanged articles (same text, metadata and settings) and computes only new or changed ones")
    a.add_argument("--no-tone-model", action="store_true", help="skip the targeted tone model (mentions.tone_score stays empty; actor_sentiment holds only the vader rows); faster")
    a.add_argument("--no-progress", action="store_true", help="do not show progress bars")
    a.add_argument("--quiet", "-q", action="store_true", help="print nothing but errors")
    r = sub.add_parser(
        "report",
        help="execute the notebooks on a corpus and write self-contained offline HTML reports",
        description="Analyse the corpus once, execute every notebook (those with a `parameters` cell) on it and write "
        "one self-contained HTML file per notebook: charts inline, widget state embedded, static fallbacks for "
        "what widgets cannot show without a kernel; nothing is loaded from the network when it is opened.",
    )
    r.add_argument("paths", nargs="+", metavar="PATH", help="article files, folders or globs (as for analyze), or one tables folder written by analyze")
    r.add_argument("--out", "-o", required=True, metavar="DIR", help="folder for the HTML reports (and the executed notebooks and tables)")
    r.add_argument("--on-error", choices=("raise", "skip"), default="raise", help="raise: stop at the first bad input or failing notebook (default); skip: go on and show the error in that report")
    r.add_argument("--notebooks", metavar="DIR", help="folder of notebooks to run instead of the toolkit's own notebooks/")
    r.add_argument("--screenshots", metavar="DIR", help="also save a PNG screenshot of each report (needs Chromium)")
    r.add_argument("--timeout", type=int, default=600, metavar="SECONDS", help="time limit per notebook cell (default: 600)")

    e = sub.add_parser(
        "evaluate",
        help="score the extractors against a gold annotation file",
        description="Score mentions, actor pairs, claims and quotes against gold annotations (the format of "
        "docs/annotation_format.md): precision, recall and F1 with bootstrap intervals, Krippendorff's alpha "
        "between annotators, a chart and a model-card summary (model_card.md) to paste into a paper.",
    )
    e.add_argument("gold", metavar="GOLD", help="gold annotation file (JSONL, as written by the annotation notebook)")
    e.add_argument("--out", "-o", required=True, metavar="DIR", help="folder for scores, agreement, matches, model_card.md and scores_chart.html")
    e.add_argument("--corpus", nargs="+", metavar="PATH", help="analyse these files instead of the articles stored in the gold file")
    e.add_argument("--match", choices=("overlap", "exact"), default="overlap", help="span matching: any overlap (default) or exact offsets")
    e.add_argument("--n-boot", type=int, default=1000, metavar="N", help="bootstrap resamples for the intervals (default: 1000)")
    e.add_argument("--seed", type=int, default=0, help="random seed of the bootstrap (default: 0)")
    e.add_argument("--cluster", choices=("article", "sentence"), default="article", help="bootstrap unit (default: article)")
    e.add_argument("--format", choices=("csv", "parquet"), default="csv", help="table format (default: csv)")
    e.add_argument("--dictionary", metavar="FILE", help="your actor dictionary, as for analyze")
    e.add_argument(
        "--raw-ids", action="store_true",
        help="compare gold new:<slug> ids as written (default: aligned with the toolkit's id for the same actor)",
    )  # fmt: skip
    return p


def _report(args: argparse.Namespace) -> int:
    from toolkit.explore.report import render_reports

    paths = render_reports(
        args.paths, args.out, on_error=args.on_error, notebooks=args.notebooks, timeout=args.timeout,
        screenshots=args.screenshots,
    )  # fmt: skip
    for p in paths:
        print(p)
    print(f"{len(paths)} offline HTML report(s) written to {args.out}/")
    return 0


def _evaluate(args: argparse.Namespace) -> int:
    from toolkit.validate import evaluate_gold

    tables = evaluate_gold(
        args.gold, args.out, corpus=args.corpus, match=args.match, n_boot=args.n_boot, seed=args.seed,
        cluster=args.cluster, format=args.format, dictionary=args.dictionary, align_new=not args.raw_ids,
    )  # fmt: skip
    scores = tables["scores"]
    print(f"{scores.height} score rows written to {args.out}/ (scores, agreement, matches, model_card.md, scores_chart.html)")
    return 0


def _analyze(args: argparse.Namespace) -> int:
    from toolkit.run.engine import analyze_to_dir

    columns = {"text": args.text_column} if args.text_column else None
    run = analyze_to_dir(
        args.paths, args.out, format=args.format, batch_size=args.batch_size, engine=args.engine,
        workers=args.workers, scheduler=args.scheduler, on_error=args.on_error, columns=columns,
        dictionary=args.dictionary, lexicon=args.lexicon, progress=False if args.no_progress or args.quiet else None,
        stories=args.stories, count=args.count, rebuild=args.rebuild, tone_model=not args.no_tone_model,
    )  # fmt: skip
    if not args.quiet:
        print(run.summary())
        print(f"{len(run.paths)} files written to {args.out}/ ({args.format}) in {run.seconds:.1f}s")
    return 0


def main(argv: Sequence[str] | None = None) -> int:
    """Entry point of ``python -m toolkit`` and the ``toolkit`` script."""
    args = _parser().parse_args(argv)
    out = getattr(args, "out", None)
    if out is not None and Path(out).exists() and not Path(out).is_dir():
        print(f"toolkit: error: --out {out} is a file; give a folder (it is made if missing)", file=sys.stderr)
        return 2
    try:
        if args.command == "analyze":
            return _analyze(args)
        if args.command == "report":
            return _report(args)
        if args.command == "evaluate":
            return _evaluate(args)
    except ToolkitError as exc:
        print(f"toolkit: error: {exc}", file=sys.stderr)
        return 2
    except (ValueError, OSError) as exc:
        print(f"toolkit: error: {exc}", file=sys.stderr)
        return 2
    except KeyboardInterrupt:
        print("toolkit: interrupted", file=sys.stderr)
        return 130
    return 1
