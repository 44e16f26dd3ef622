"""A recall proxy for actor finding on real general news: NewsMTSC TRAIN sentences (Hamborg & Donnay 2021).

Usage: python bench/actor_recall_newsmtsc.py [--data PATH] [--sample N] [--seed S] [--grouped] [--top K]

NewsMTSC marks, in real US/UK news sentences, the people (and a few organisations) that a sentence is about.
The targets whose mention starts with a capital letter and is no pronoun are names; this script analyses
the sentences with the actor finder and the place resolver of the pipeline
(:func:`toolkit.extract.actors.find_mentions`, :func:`toolkit.extract.places.resolve_places`) and prints:

* ``found (any mention)``: the share of those target spans overlapped by a mention;
* ``found as an actor``: ... by a mention that is not a place and not of type ``other`` (typed: person,
  organisation, state, group, media, ...);
* ``person-shaped found as person``: among targets that look like a person (a given name of
  ``data/actors_given_names.txt`` first, or a title "Mr."/"President"/... first, or a single name-shaped
  word), the share overlapped by a mention of type ``person``. Not exact (a one-word target may be a company),
  hence a proxy;
* the most frequent missed target surfaces, and the misses by class.

Only the TRAIN split is read (dev_*/test_* are kept for other uses). ``--grouped`` analyses the sentences of
one NewsMTSC article together (ids ``source_article_..._sentence``), in sentence order, so a later surname
can join an earlier full name; by default each sentence is its own article (the harder case). ``--sample``:
analyse N sentences drawn with ``--seed`` (default: all).
"""

from __future__ import annotations

import argparse
import collections
import json
import random
import re
import sys
import time
from pathlib import Path

import polars as pl

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))

from toolkit.core.resources import data_path  # noqa: E402
from toolkit.extract import places  # noqa: E402
from toolkit.extract.actors import find_mentions  # noqa: E402
from toolkit.io.loading import read_articles  # noqa: E402
from toolkit.text.tokenize import split_sentences  # noqa: E402

DATA = Path("/work/shared/benchmarks/newsmtsc/train.jsonl")
PRONOUNS = frozenset(
    "i me my he him his she her hers it its they them their theirs we us our you your this that these those "
    "who whom himself herself themselves itself".split()
)
TITLES = frozenset(
    "Mr Mr. Mrs Mrs. Ms Ms. Dr Dr. President Sen. Senator Rep. Gov. Governor Secretary Judge Justice Attorney "
    "Speaker Leader Prime Minister Chancellor King Queen Prince Pope General Gen. Director Chief".split()
)
_NAME_WORD = re.compile(r"[A-Z][a-zà-ÿ]+(?:[’'-][A-Za-z][a-z]+)*(?:[’']s)?")


def _given_names() -> frozenset[str]:
    lines = data_path("actors_given_names.txt").read_text(encoding="utf-8").splitlines()
    return frozenset(x.strip() for x in lines if x.strip() and not x.startswith("#"))


def read_targets(path: Path, sample: int | None, seed: int) -> tuple[list[dict], list[dict]]:
    """(sentences, name targets): each sentence {gid, article, order, text}; targets {gid, from, to, mention}."""
    rows = [json.loads(line) for line in path.read_text(encoding="utf-8").splitlines() if line.strip()]
    if sample is not None and sample < len(rows):
        rows = random.Random(seed).sample(rows, sample)
    sents, targets = [], []
    for r in rows:
        gid = r["primary_gid"]
        parts = gid.split("_")
        art = "_".join(parts[:3])
        order = int(parts[3]) if len(parts) > 3 and parts[3].isdigit() else 0
        text = r["sentence_normalized"]
        sents.append({"gid": gid, "article": art, "order": order, "text": text})
        for t in r["targets"]:
            mention = t["mention"]
            first = mention.split()[0] if mention.split() else ""
            if not mention[:1].isupper() or first.lower() in PRONOUNS or mention.lower().startswith("the "):
                continue
            targets.append({"gid": gid, "from": t["from"], "to": t["to"], "mention": mention})
    return sents, targets


def analyse(sents: list[dict], grouped: bool) -> pl.DataFrame:
    """Mentions per NewsMTSC sentence: gid, s, e (offsets in the sentence), actor_type, is_place, rule."""
    if grouped:
        by_art: dict[str, list[dict]] = collections.defaultdict(list)
        for s in sents:
            by_art[s["article"]].append(s)
        arts, spans = [], []  # (gid, offset in the article text)
        for a, ss in by_art.items():
            ss.sort(key=lambda x: x["order"])
            off, parts = 0, []
            for s in ss:
                spans.append((a, s["gid"], off, len(s["text"])))
                parts.append(s["text"])
                off += len(s["text"]) + 1
            arts.append({"article_id": a, "text": " ".join(parts)})
    else:
        arts = [{"article_id": s["gid"], "text": s["text"]} for s in sents]
        spans = [(s["gid"], s["gid"], 0, len(s["text"])) for s in sents]
    # the loader's own ids and wire handling (datelines) are replaced: offsets must stay the sentences'
    articles = read_articles(arts).articles
    assert articles.height == len(arts)
    articles = articles.with_columns(
        article_id=pl.Series([a["article_id"] for a in arts]),
        text=pl.Series([a["text"] for a in arts]),
        dateline=pl.lit(None, dtype=articles["dateline"].dtype),
        signoff=pl.lit(None, dtype=articles["signoff"].dtype),
    )
    sentences = split_sentences(articles)
    ments = find_mentions(sentences)
    ments = places.resolve_places(ments, articles, sentences)[0]
    where = pl.DataFrame(spans, schema=["article_id", "gid", "off", "len"], orient="row")
    return (
        ments.join(where, on="article_id")
        .filter(
            (pl.col("char_start") >= pl.col("off")) & (pl.col("char_start") < pl.col("off") + pl.col("len"))
        )
        .select(
            "gid",
            s=pl.col("char_start") - pl.col("off"),
            e=pl.col("char_end") - pl.col("off"),
            actor_type="actor_type",
            is_place="is_place",
            rule="rule",
            surface="surface",
        )
    )


def miss_class(mention: str, given: frozenset[str], text: str, start: int) -> str:
    """A rough class of a missed target, for reading the misses (not a scored measure)."""
    words = mention.replace("’s", "").replace("'s", "").split()
    if not words:
        return "empty"
    if words[0].rstrip(".") + "." in TITLES or words[0] in TITLES:
        return "title + name"
    if mention.isupper() and len(mention) <= 6:
        return "acronym"
    if len(words) == 1:
        return "one word at sentence start" if start == 0 else "one word (surname/short form)"
    if words[0] in given:
        return "given name + surname"
    if any(w[:1].islower() for w in words[1:]):
        return "name with particles / lower-case words"
    if any("-" in w for w in words):
        return "hyphenated"
    return "other multi-word name"


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--data", type=Path, default=DATA)
    ap.add_argument("--sample", type=int, default=None)
    ap.add_argument("--seed", type=int, default=0)
    ap.add_argument("--grouped", action="store_true")
    ap.add_argument("--top", type=int, default=40)
    ap.add_argument(
        "--misses", type=Path, default=None, help="write the missed targets with their sentences (CSV)"
    )
    args = ap.parse_args()
    if "train" not in args.data.name:
        sys.exit("only the TRAIN split may be used for rules")
    sents, targets = read_targets(args.data, args.sample, args.seed)
    t0 = time.perf_counter()
    ments = analyse(sents, args.grouped)
    secs = time.perf_counter() - t0
    text_of = {s["gid"]: s["text"] for s in sents}
    given = _given_names()
    by_gid: dict[str, list[tuple]] = collections.defaultdict(list)
    for row in ments.iter_rows():
        by_gid[row[0]].append(row[1:])
    n = any_ = actor = 0
    pn = pfound = 0
    missed: collections.Counter[str] = collections.Counter()
    classes: collections.Counter[str] = collections.Counter()
    class_n: collections.Counter[str] = collections.Counter()
    miss_rows = []
    for t in targets:
        n += 1
        over = [m for m in by_gid.get(t["gid"], []) if m[0] < t["to"] and t["from"] < m[1]]
        text = text_of[t["gid"]]
        cls = miss_class(t["mention"], given, text, t["from"])
        class_n[cls] += 1
        if over:
            any_ += 1
        typed = [m for m in over if not m[3] and m[2] not in ("other", "location")]
        if typed:
            actor += 1
        words = t["mention"].split()
        person_like = (
            words[0] in given
            or words[0] in TITLES
            or (len(words) == 1 and _NAME_WORD.fullmatch(words[0]) is not None)
        )
        if person_like:
            pn += 1
            if any(m[2] == "person" for m in over):
                pfound += 1
        if not typed:
            missed[t["mention"]] += 1
            classes[cls] += 1
            miss_rows.append(
                {
                    "mention": t["mention"],
                    "class": cls,
                    "found_as": ";".join(f"{m[5]}:{m[2]}:{m[4]}" for m in over),
                    "sentence": text,
                }
            )
    mode = "grouped by article" if args.grouped else "one sentence per article"
    print(
        f"NewsMTSC train: {len(sents)} sentences ({mode}), {n} capitalised non-pronoun targets; {secs:.1f} s"
    )
    print(f"found (any mention)              {any_ / n:.3f}")
    print(f"found as an actor (typed)        {actor / n:.3f}")
    print(f"person-shaped found as person    {pfound / max(pn, 1):.3f}  (n={pn})")
    print("\nmisses (not found as a typed actor) by class: missed / targets of the class")
    for cls, k in classes.most_common():
        print(f"  {cls:40s} {k:5d} / {class_n[cls]:5d}")
    print(f"\nmost frequent missed surfaces (top {args.top}):")
    for mention, k in missed.most_common(args.top):
        print(f"  {k:4d}  {mention}")
    if args.misses is not None:
        pl.DataFrame(miss_rows).write_csv(args.misses)


if __name__ == "__main__":
    main()
