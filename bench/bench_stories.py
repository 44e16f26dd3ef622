"""Syndicated stories: pair precision/recall on a generated syndication corpus, and time/memory at scale.

Usage:
    python bench/bench_stories.py quality [--stories 400] [--seed 0]
    python bench/bench_stories.py scale 20000 [100000 ...] [--batch-size 500] [--save-sketches PATH]
    python bench/bench_stories.py group SKETCHES.parquet

``quality``: a generated corpus of ``--stories`` events (articles of 6 to 35 sentences from
``bench/corpus.py``'s templates). Each event has one or two *independent reports* (written from the
templates with another seed, restricted to the same place and the same two people: hard negatives that
must stay apart); each report is printed by 0 to 6 other outlets, each copy with one to three edits:
a changed headline, a dropped paragraph, an added paragraph, an agency credit line, small word edits.
Truth: copies of one report form one story. Reports pair precision and recall (pairs of articles given
the same ``story_id``), and the similarity of the hardest negatives.

``scale``: generated articles (``bench/corpus.py``), plus 20% syndicated copies; the stories pass as
the batch engine runs it (:func:`toolkit.io.stories.sketch_articles` batch by batch, then
:func:`toolkit.io.stories.group_stories` over all), each size in a fresh process: seconds and peak RSS,
and the grouping's own peak over the memory it starts from (``group_peak_rss_mb`` - ``rss_mb_before_group``:
the peak is reset through /proc/self/clear_refs just before grouping, Linux only; memory freed before it may
be reused, so this growth can read low). ``--save-sketches PATH`` writes each size's sketches to
``PATH-<n>.parquet``; ``group`` groups such a file in a fresh process: resident memory after reading the
sketches and the peak while grouping, the grouping's own cost.
"""

from __future__ import annotations

import argparse
import datetime as dt
import gc
import json
import random
import resource
import subprocess
import sys
import time
from pathlib import Path

import polars as pl

sys.path.insert(0, str(Path(__file__).resolve().parent))
import corpus  # noqa: E402

from toolkit.io import stories  # noqa: E402

OUTLETS = [
    "AFP",
    "Reuters",
    "AP",
    "Le Monde",
    "The Guardian",
    "Al Jazeera",
    "Times of Israel",
    "Kyiv Post",
    "Dawn",
]
CREDITS = [
    "(AFP) -",
    "GAZA CITY (Reuters) -",
    "Reporting by Agence France-Presse",
    "With AFP",
    "— AP contributed to this report.",
]
SWAPS = [
    ("said", "stated"),
    ("killed", "left dead"),
    ("people", "persons"),
    ("on Monday", "Monday"),
    ("the", "a"),
]


def _report(rng: random.Random, place: str, people: list[str], n_sentences: int) -> str:
    """An article about one event: the templates with only ``place`` and ``people``."""
    saved = corpus.PLACES, corpus.PEOPLE
    corpus.PLACES, corpus.PEOPLE = [place], people
    try:
        return corpus.make_article(rng, n_sentences)
    finally:
        corpus.PLACES, corpus.PEOPLE = saved


def _edit(rng: random.Random, text: str, title: str, filler: str) -> tuple[str, str]:
    lines = text.split("\n")
    for kind in rng.sample(["headline", "drop", "add", "credit", "words"], rng.randint(1, 3)):
        if kind == "headline":
            title = rng.choice(["Update: ", "", "WATCH: "]) + title.split(":")[-1][::-1].strip().title()
        elif kind == "drop" and len(lines) > 4:
            del lines[rng.randrange(1, len(lines) - 1)]
        elif kind == "add":
            lines.insert(rng.randrange(1, len(lines)), rng.choice(filler.split("\n")))
        elif kind == "credit":
            c = rng.choice(CREDITS)
            lines = [c, *lines] if rng.random() < 0.5 else [*lines, c]
        elif kind == "words":
            for _ in range(rng.randint(1, 4)):
                i = rng.randrange(len(lines))
                old, new = rng.choice(SWAPS)
                lines[i] = lines[i].replace(f" {old} ", f" {new} ", 1)
    return "\n".join(lines), title


def syndication_corpus(n_stories: int, *, seed: int = 0) -> pl.DataFrame:
    """Generated articles with columns article_id, title, outlet, published, text and ``truth`` (the report)."""
    rng = random.Random(seed)
    rows = []
    start = dt.date(2024, 1, 1)
    for e in range(n_stories):
        place = rng.choice(corpus.PLACES)
        people = rng.sample(corpus.PEOPLE, 2)
        day = start + dt.timedelta(days=rng.randrange(300))
        n_sent = rng.randint(6, 35)
        for r in range(rng.choice([1, 2, 2])):  # independent reports of the event: hard negatives
            text = _report(random.Random(f"{seed}-{e}-{r}"), place, people, n_sent)
            title = f"{place}: report {e}-{r}"
            truth = f"{e}-{r}"
            outlets = rng.sample(OUTLETS, rng.randint(1, 7))
            rows.append(
                {"title": title, "outlet": outlets[0], "published": day, "text": text, "truth": truth}
            )
            filler = corpus.make_article(rng, 4)
            for outlet in outlets[1:]:
                t2, h2 = _edit(rng, text, title, filler)
                rows.append(
                    {
                        "title": h2,
                        "outlet": outlet,
                        "published": day + dt.timedelta(days=rng.randint(0, 2)),
                        "text": t2,
                        "truth": truth,
                    }
                )
    df = pl.DataFrame(rows).with_row_index("i")
    return df.with_columns(pl.format("art-{}", pl.col("i")).alias("article_id")).drop("i")


def _pairs(sizes: pl.Series) -> int:
    return int((sizes * (sizes - 1) // 2).sum())


def pair_scores(df: pl.DataFrame) -> dict[str, float]:
    """Pair precision and recall of ``story_id`` against ``truth``."""
    tp = _pairs(df.group_by("truth", "story_id").len()["len"])
    pred = _pairs(df.group_by("story_id").len()["len"])
    true = _pairs(df.group_by("truth").len()["len"])
    return {
        "pairs_true": true,
        "pairs_found": pred,
        "precision": tp / pred if pred else 1.0,
        "recall": tp / true if true else 1.0,
    }


def hardest_negative(df: pl.DataFrame, shingle: int = stories.SHINGLE) -> float:
    """Highest containment between two different reports of one event (originals only)."""
    orig = df.unique("truth", keep="first", maintain_order=True).with_columns(
        pl.col("truth").str.split("-").list.first().alias("event")
    )
    sets = stories._shingle_hashes(orig["text"], shingle)
    best = 0.0
    idx: dict[str, list[int]] = {}
    for i, ev in enumerate(orig["event"].to_list()):
        idx.setdefault(ev, []).append(i)
    for ids in idx.values():
        for a in ids:
            for b in ids:
                if a < b and sets[a].size and sets[b].size:
                    inter = len(set(sets[a].tolist()) & set(sets[b].tolist()))
                    best = max(best, inter / min(sets[a].size, sets[b].size))
    return best


def quality(n_stories: int, seed: int) -> dict[str, object]:
    df = syndication_corpus(n_stories, seed=seed)
    t0 = time.perf_counter()
    found = stories.find_stories(df)
    seconds = time.perf_counter() - t0
    scores = pair_scores(found)
    return {"articles": df.height, "reports": df["truth"].n_unique(), "seconds": round(seconds, 2),
            **{k: (round(v, 4) if isinstance(v, float) else v) for k, v in scores.items()},
            "hardest_negative_containment": round(hardest_negative(df), 3)}  # fmt: skip


def group_file(path: Path) -> dict[str, object]:
    """Group the sketches saved in ``path`` (Parquet, :data:`toolkit.io.stories.SKETCH_SCHEMA`) in this fresh
    process: resident memory once they are read, and the peak while grouping (Linux)."""
    sketches = pl.read_parquet(path)
    gc.collect()
    rss0, reset = _rss_mb(), _reset_peak()
    t0 = time.perf_counter()
    found = stories.group_stories(sketches)
    seconds = time.perf_counter() - t0
    peak = _peak_mb() if reset else None
    n = sketches.height
    return {"articles": n, "group_seconds": round(seconds, 1), "sketch_mb": round(sketches.estimated_size() / 2**20, 1),
            "rss_mb_after_reading": round(rss0), "group_peak_rss_mb": peak,
            "group_growth_kb_per_article": None if peak is None else round((peak - rss0) * 1024 / n, 2),
            "stories": found["story_id"].n_unique(), "syndicated_articles": int((found["story_size"] > 1).sum())}  # fmt: skip


def scale_one(n: int, batch_size: int, save: Path | None = None) -> dict[str, object]:
    """The engine's stories pass on ``n`` generated articles (20% of them syndicated copies)."""
    rng = random.Random(0)
    n_orig = int(n * 0.8)
    texts, pub = [], []
    start = dt.date(2024, 1, 1)
    for i in range(n_orig):
        texts.append(corpus.make_article(rng, rng.randint(6, 35)))
        pub.append(start + dt.timedelta(days=i % 300))
    filler = corpus.make_article(rng, 4)
    for _ in range(n - n_orig):
        j = rng.randrange(n_orig)
        texts.append(_edit(rng, texts[j], "t", filler)[0])
        pub.append(pub[j])
    arts = pl.DataFrame({"article_id": [f"a{i:07d}" for i in range(n)], "published": pub, "text": texts})
    del texts
    rss0 = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024
    t0 = time.perf_counter()
    sketches = [stories.sketch_articles(arts.slice(o, batch_size)) for o in range(0, n, batch_size)]
    t1 = time.perf_counter()
    if save is not None:
        pl.concat(sketches).write_parquet(save)
    del arts  # as in the engine: the batches are spooled, only the sketches are held while grouping
    gc.collect()
    rss_group0, hwm_reset = _rss_mb(), _reset_peak()
    found = stories.group_stories(sketches)
    t2 = time.perf_counter()
    group_peak = _peak_mb() if hwm_reset else None
    return {"articles": n, "sketch_seconds": round(t1 - t0, 1), "group_seconds": round(t2 - t1, 1),
            "sketch_mb": round(sum(s.estimated_size() for s in sketches) / 2**20, 1),
            "peak_rss_mb_before": round(rss0), "peak_rss_mb": round(resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024),
            "rss_mb_before_group": round(rss_group0), "group_peak_rss_mb": group_peak,
            "group_growth_kb_per_article": None if group_peak is None else round((group_peak - rss_group0) * 1024 / n, 2),
            "stories": found["story_id"].n_unique(), "syndicated_articles": int((found["story_size"] > 1).sum())}  # fmt: skip


def _rss_mb() -> float:
    """Current resident memory of this process (MB), from /proc (Linux)."""
    with open("/proc/self/statm") as fh:
        return int(fh.read().split()[1]) * resource.getpagesize() / 2**20


def _reset_peak() -> bool:
    """Reset this process's peak RSS (Linux: ``echo 5 > /proc/self/clear_refs``); False where not possible."""
    try:
        with open("/proc/self/clear_refs", "w") as fh:
            fh.write("5")
        return True
    except OSError:
        return False


def _peak_mb() -> float:
    """Peak resident memory since the last :func:`_reset_peak` (VmHWM, MB)."""
    with open("/proc/self/status") as fh:
        kb = next(int(line.split()[1]) for line in fh if line.startswith("VmHWM:"))
    return round(kb / 1024)


def main() -> None:
    ap = argparse.ArgumentParser()
    sub = ap.add_subparsers(dest="cmd", required=True)
    q = sub.add_parser("quality")
    q.add_argument("--stories", type=int, default=400)
    q.add_argument("--seed", type=int, default=0)
    s = sub.add_parser("scale")
    s.add_argument("sizes", type=int, nargs="+")
    s.add_argument("--batch-size", type=int, default=500)
    s.add_argument("--one", action="store_true", help=argparse.SUPPRESS)
    s.add_argument("--save-sketches", type=Path, default=None, help="write the sketches to this Parquet file")
    g = sub.add_parser("group", help="group saved sketches in a fresh process: its own peak memory")
    g.add_argument("sketches", type=Path)
    a = ap.parse_args()
    if a.cmd == "quality":
        print(json.dumps(quality(a.stories, a.seed)))
    elif a.cmd == "group":
        print(json.dumps(group_file(a.sketches)))
    elif a.one:
        print(json.dumps(scale_one(a.sizes[0], a.batch_size, a.save_sketches)))
    else:
        for n in a.sizes:  # a fresh process per size: its own peak RSS
            cmd = [sys.executable, __file__, "scale", str(n), "--batch-size", str(a.batch_size), "--one"]
            if a.save_sketches is not None:
                cmd += [
                    "--save-sketches",
                    str(a.save_sketches.with_name(f"{a.save_sketches.stem}-{n}.parquet")),
                ]
            print(subprocess.run(cmd, check=True, capture_output=True, text=True).stdout.strip(), flush=True)


if __name__ == "__main__":
    main()
