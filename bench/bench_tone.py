"""CPU time of the tone stage alone (:func:`toolkit.measure.tone.score_mentions`), on fixed inputs.

Usage:
    python bench/bench_tone.py prep OUT_DIR [--corpus news|isaf] [--n 500]
    python bench/bench_tone.py time OUT_DIR [--repeat 5] [--profile] [--save SCORES.parquet] [--check SCORES.parquet]

``prep`` runs the stages before the tone model (sentences, actor mentions, places) on ``--n`` articles of the
synthetic ``news`` corpus (bench/corpus.py, seed 0) or of the ISAF press releases (bench/benchdata.py) and writes
``mentions.parquet`` and ``sentences.parquet`` to OUT_DIR. ``time`` loads them, scores once to warm the model
cache, then prints the CPU seconds (``time.process_time``) of ``--repeat`` calls and their median. Run it with
``PYTHONPATH=<another checkout>`` to time that checkout's tone stage on the same inputs. ``--save`` writes the
scored mentions; ``--check`` asserts they equal a saved file (``DataFrame.equals``: ``tone_score`` bit for bit).
``--profile`` prints the top of a cProfile of one call.
"""

from __future__ import annotations

import argparse
import cProfile
import json
import pstats
import statistics
import sys
import time
from pathlib import Path

import polars as pl

sys.path.insert(0, str(Path(__file__).parent))


def prep(out: Path, corpus: str, n: int) -> None:
    from toolkit.extract import actors, places
    from toolkit.text import tokenize

    out.mkdir(parents=True, exist_ok=True)
    if corpus == "news":
        from corpus import write_corpus

        path = write_corpus(n, out / "corpus.jsonl", seed=0)
        rows = [json.loads(line) for line in path.open(encoding="utf-8")]
        arts = pl.DataFrame(
            {
                "article_id": [str(r.get("id", i)) for i, r in enumerate(rows)],
                "text": [r["text"] for r in rows],
            }
        )
    else:
        from benchdata import locate

        folder = locate("isaf_press_releases", script="bench_tone.py")
        assert folder is not None
        rows = [json.loads(line) for line in (folder / "test.jsonl").open(encoding="utf-8")][:n]
        arts = pl.DataFrame({"article_id": [str(r["id"]) for r in rows], "text": [r["text"] for r in rows]})
    sents = tokenize.split_sentences(arts, progress=False)
    ments = places.resolve_places(actors.find_mentions(sents), arts, sents)[0]
    sents.write_parquet(out / "sentences.parquet")
    ments.write_parquet(out / "mentions.parquet")
    scored = ments.filter(pl.col("actor_id").is_not_null()).height
    print(
        f"{arts.height} articles, {sents.height} sentences, {ments.height} mentions ({scored} of actors) -> {out}"
    )


def time_it(folder: Path, repeat: int, profile: bool, save: Path | None, check: Path | None) -> None:
    from toolkit.measure import tone

    ments = pl.read_parquet(folder / "mentions.parquet")
    sents = pl.read_parquet(folder / "sentences.parquet")
    out = tone.score_mentions(ments, sents)  # warms the model cache
    times = []
    for _ in range(repeat):
        t0 = time.process_time()
        tone.score_mentions(ments, sents)
        times.append(time.process_time() - t0)
    print(f"{tone.__file__}: {ments.height} mentions, CPU s per call: "
          f"{' '.join(f'{t:.3f}' for t in times)}; median {statistics.median(times):.3f}")  # fmt: skip
    if save is not None:
        out.write_parquet(save)
    if check is not None:
        ref = pl.read_parquet(check)
        same = out.equals(ref)
        print("identical to", check, ":", same)
        if not same:
            sys.exit(1)
    if profile:
        pr = cProfile.Profile()
        pr.enable()
        tone.score_mentions(ments, sents)
        pr.disable()
        pstats.Stats(pr).sort_stats("cumulative").print_stats(35)


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("what", choices=["prep", "time"])
    ap.add_argument("folder", type=Path)
    ap.add_argument("--corpus", choices=["news", "isaf"], default="news")
    ap.add_argument("--n", type=int, default=500)
    ap.add_argument("--repeat", type=int, default=5)
    ap.add_argument("--profile", action="store_true")
    ap.add_argument("--save", type=Path)
    ap.add_argument("--check", type=Path)
    a = ap.parse_args()
    if a.what == "prep":
        prep(a.folder, a.corpus, a.n)
    else:
        time_it(a.folder, a.repeat, a.profile, a.save, a.check)


if __name__ == "__main__":
    main()
