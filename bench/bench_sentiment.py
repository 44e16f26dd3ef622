"""Sentence sentiment: toolkit's VADER against NLTK's, side by side, on real news sentences.

Usage: python bench/bench_sentiment.py [NEWSMTSC_DIR] [--repeats R] [--seed S] [--kinds K,...]
       python bench/bench_sentiment.py --synthetic N      (the older template sentences instead)

Text: every sentence of NewsMTSC (Hamborg & Donnay 2021; real English news sentences), all splits
pooled (``*.jsonl`` of the folder: ``sentence_normalized`` or ``sentence``) and de-duplicated, about
9,500 distinct sentences. The folder is an argument, else the ``TOOLKIT_NEWSMTSC`` environment variable,
else ``../shared/benchmarks/newsmtsc`` beside the repository; the data is not part of the package.

Protocol: the sentences are shuffled (``--seed``) and cut in two halves. Each timing is one fresh Python
process that loads its scorer, warms up by scoring one half, then scores the OTHER half once, timed
(wall clock and the process's CPU time, ``time.process_time``); the halves then swap, so every sentence is
timed once per repeat and none was seen before it is timed. Scorers: NLTK's
``SentimentIntensityAnalyzer.polarity_scores`` (loaded offline on the lexicon file the toolkit uses), the
bare engine ``toolkit.measure.vader.Vader.score_many``, and ``toolkit.score_sentiment`` (a polars
``sentences`` frame in, the ``sentiment`` table out) without and with the voice split (``voice=False``/the
default). Rates are sentences per second of the median repeat (``--repeats``, default 5; a shared machine:
read the CPU figures first); ratios are NLTK's time over the toolkit's. Every score (neg, neu, pos, compound)
of every sentence must be IDENTICAL (``==``) to NLTK's; the script exits 1 otherwise.
"""

from __future__ import annotations

import argparse
import json
import os
import random
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path

import polars as pl

ROOT = Path(__file__).resolve().parent.parent
DEFAULT_NEWSMTSC = ROOT.parent / "shared" / "benchmarks" / "newsmtsc"
KINDS = ("nltk", "engine", "table", "voice")
LABELS = {
    "nltk": "NLTK polarity_scores",
    "engine": "toolkit Vader.score_many",
    "table": "toolkit score_sentiment(voice=False)",
    "voice": "toolkit score_sentiment (with voice)",
}
KEYS = ("neg", "neu", "pos", "compound")


def newsmtsc_folder(arg: str | None = None) -> Path:
    """The NewsMTSC folder: ``arg``, else ``$TOOLKIT_NEWSMTSC``, else the shared benchmarks folder."""
    return Path(arg or os.environ.get("TOOLKIT_NEWSMTSC") or DEFAULT_NEWSMTSC)


def newsmtsc_sentences(folder: Path) -> list[str]:
    """The distinct sentences of every ``*.jsonl`` file in ``folder`` (first occurrence order)."""
    files = sorted(folder.glob("*.jsonl")) if folder.is_dir() else []
    if not files:
        raise SystemExit(
            f"bench_sentiment: no NewsMTSC *.jsonl files in {folder}; pass the folder as the first argument "
            "or set TOOLKIT_NEWSMTSC (the data is not shipped with the toolkit)"
        )
    seen: dict[str, None] = {}
    for f in files:
        with open(f, encoding="utf-8") as fh:
            for line in fh:
                if not line.strip():
                    continue
                d = json.loads(line)
                text = d.get("sentence_normalized") or d.get("sentence")
                if text:
                    seen.setdefault(text, None)
    return list(seen)


ACTORS = [
    "Israel", "Hamas", "the United Nations", "UNRWA", "Ukraine's army", "Russian forces", "the RSF",
    "Sudan's army", "President Zelensky", "Prime Minister Netanyahu", "the Kremlin", "NATO", "the EU",
    "the World Health Organization", "Egyptian mediators", "Qatar", "Washington", "the opposition",
    "election officials", "Abdel Fattah al-Burhan", "Mohamed Hamdan Daglo", "the ICRC", "Kyiv",
    "the Palestinian health ministry", "the White House", "Britain", "aid agencies", "the electoral commission",
]  # fmt: skip
VERBS = [
    "condemned", "welcomed", "rejected", "praised", "denied", "accused", "warned", "backed", "criticised",
    "supported", "blamed", "thanked", "attacked", "defended", "dismissed", "celebrated", "threatened",
]  # fmt: skip
OBJECTS = [
    "the deadly strike on a crowded market", "the ceasefire proposal", "the peace talks", "the hostage deal",
    "the aid convoy", "the humanitarian pause", "the brutal offensive", "the fragile truce", "the vote count",
    "the failed negotiations", "the massive bombardment", "the new sanctions", "the election result",
    "the rescue effort", "the attack on civilians", "the reconstruction plan", "the refugee crisis",
]  # fmt: skip
TAILS = [
    "", ", officials said", ", according to a statement", " on Tuesday", " late on Friday", ", AFP reported",
    " but gave no details", ", but the fighting continued", " despite international pressure",
    " as the death toll rose", ", calling it a great success", ", describing it as a disaster",
    " in what analysts called a significant step", " amid fears of famine",
]  # fmt: skip
QUOTES = [
    "“We will never accept this,” {a} said.", "“This is a very good day for peace,” said {a}.",
    "“It is not the worst outcome, but it is far from good,” {a} told reporters.",
    "{a} called the move “a catastrophe” and “totally unacceptable”.",
    "“At least {n} people were killed,” {a} said.", "“We are kind of hopeful,” a spokesman for {a} said.",
    "“THIS IS A DISASTER!!!” said one resident.", "“The situation is extremely dire,” {a} warned.",
    "“Nothing has changed,” {a} said, “and nothing will.”", "“We love peace 🙏,” {a} wrote :)",
]  # fmt: skip
FACTS = [
    "At least {n} people were killed and {m} wounded in {p}, {a} said.",
    "More than {n} civilians have died since the war began, according to {a}.",
    "{a} said {n} trucks of aid had entered {p}, far fewer than needed.",
    "Around {n} people were displaced from {p} last week.",
    "The strike in {p} killed {n} people, including {m} children, {a} said.",
    "{p} residents described the situation as hopeless and terrifying.",
    "Turnout in {p} reached {n} percent, the highest in {m} years.",
    "{a} said it was deeply concerned about the safety of {n} staff in {p}.",
    "No one was hurt, but {n} homes were destroyed in {p}.",
    "The least affected areas of {p} received {n} tonnes of food.",
]  # fmt: skip
PLACES = ["Gaza City", "Rafah", "Khan Yunis", "Kharkiv", "Odesa", "El Fasher", "Khartoum", "Omdurman", "Avdiivka", "Bakhmut", "Darfur", "the West Bank", "Jenin", "São Paulo", "Zaporizhzhia", "Malmö"]  # fmt: skip


def news_sentences(n: int, seed: int = 0) -> list[str]:
    """``n`` distinct news-like sentences from recombined templates."""
    rng = random.Random(seed)
    out: list[str] = []
    seen: set[str] = set()
    while len(out) < n:
        kind = rng.random()
        a, b = rng.choice(ACTORS), rng.choice(ACTORS)
        num, m, p = rng.randint(2, 40000), rng.randint(2, 900), rng.choice(PLACES)
        if kind < 0.45:
            adv = rng.choice(
                ["", "", "strongly ", "sharply ", "quietly ", "NOT ", "never ", "barely ", "very "]
            )
            s = f"{a[0].upper() + a[1:]} {adv}{rng.choice(VERBS)} {rng.choice(OBJECTS)}{rng.choice(TAILS)}."
            if rng.random() < 0.3:
                s = (
                    s[:-1]
                    + f", {rng.choice(['and', 'but', 'while'])} {b} {rng.choice(VERBS)} {rng.choice(OBJECTS)} in {p}."
                )
        elif kind < 0.7:
            s = rng.choice(FACTS).format(a=a, n=f"{num:,}", m=m, p=p)
        else:
            s = rng.choice(QUOTES).format(a=a, n=num)
            if rng.random() < 0.5:
                s = s + f" The {rng.choice(['fighting', 'talks', 'count', 'siege'])} in {p} entered day {m}."
        if s not in seen:
            seen.add(s)
            out.append(s)
    return out


def _frame(texts: list[str]) -> pl.DataFrame:
    n = len(texts)
    return pl.DataFrame(
        {
            "article_id": [f"a{i // 20}" for i in range(n)],
            "sentence_id": [i % 20 for i in range(n)],
            "text": texts,
        },
        schema={"article_id": pl.String, "sentence_id": pl.Int32, "text": pl.String},
    )


def _nltk_analyzer():  # type: ignore[no-untyped-def]
    """NLTK's analyzer on the lexicon file the toolkit uses, offline (``toolkit.measure.vader.nltk_analyzer``)."""
    from toolkit.measure.vader import nltk_analyzer

    return nltk_analyzer()


def _scorer(kind: str):  # type: ignore[no-untyped-def]
    """A function from a list of texts to their (neg, neu, pos, compound) rows, for ``kind``."""
    if kind == "nltk":
        sia = _nltk_analyzer()
        return lambda texts: [tuple(sia.polarity_scores(t)[k] for k in KEYS) for t in texts]
    if kind == "engine":
        from toolkit.measure.vader import Vader

        engine = Vader()
        return lambda texts: [tuple(r) for r in engine.score_many(texts)]
    from toolkit.measure.sentiment import score_sentiment

    voice = kind == "voice"
    return lambda frame: score_sentiment(frame, voice=voice).select(KEYS).rows()


def worker(kind: str, warm_file: str, timed_file: str, out_file: str) -> dict[str, float]:
    """One fresh process: warm up on the sentences of ``warm_file``, time those of ``timed_file`` once."""
    warm = json.loads(Path(warm_file).read_text(encoding="utf-8"))
    timed = json.loads(Path(timed_file).read_text(encoding="utf-8"))
    score = _scorer(kind)
    if kind in ("table", "voice"):
        warm, timed = _frame(warm), _frame(timed)  # the frame exists before scoring (split_sentences made it)
    score(warm)
    c0, t0 = time.process_time(), time.perf_counter()
    rows = score(timed)
    wall, cpu = time.perf_counter() - t0, time.process_time() - c0
    Path(out_file).write_text(json.dumps(rows), encoding="utf-8")
    return {"wall": wall, "cpu": cpu}


def _fresh(kind: str, warm_file: Path, timed_file: Path, out_file: Path) -> dict[str, float]:
    cmd = [sys.executable, __file__, "--worker", kind, str(warm_file), str(timed_file), str(out_file)]
    done = subprocess.run(cmd, capture_output=True, text=True)
    if done.returncode:
        raise SystemExit(f"bench_sentiment: the {kind} worker failed:\n{done.stderr}")
    return json.loads(done.stdout.strip().splitlines()[-1])  # type: ignore[no-any-return]


def run(texts: list[str], *, repeats: int, seed: int, kinds: tuple[str, ...], source: str) -> int:
    order = list(range(len(texts)))
    random.Random(seed).shuffle(order)
    halves = [[texts[i] for i in order[0::2]], [texts[i] for i in order[1::2]]]
    n = len(texts)
    times: dict[str, list[tuple[float, float]]] = {k: [] for k in kinds}
    bad: dict[str, int] = dict.fromkeys(kinds, 0)
    with tempfile.TemporaryDirectory(prefix="bench_sentiment_") as tmp:
        files = [Path(tmp) / f"half{h}.json" for h in (0, 1)]
        for f, half in zip(files, halves, strict=True):
            f.write_text(json.dumps(half), encoding="utf-8")
        ref: list[list[list[float]]] = []
        for _ in range(repeats):
            for kind in kinds:  # interleaved, so drift of the shared machine spreads over every scorer
                wall = cpu = 0.0
                got: list[list[list[float]]] = []
                for h in (0, 1):  # warm on one half, time the other; then swap
                    out = Path(tmp) / f"{kind}{h}.json"
                    t = _fresh(kind, files[1 - h], files[h], out)
                    wall, cpu = wall + t["wall"], cpu + t["cpu"]
                    got.append(json.loads(out.read_text(encoding="utf-8")))
                times[kind].append((wall, cpu))
                if kind == "nltk" and not ref:
                    ref = got
                if ref and kind != "nltk":
                    bad[kind] = max(
                        bad[kind], sum(a != b for h in (0, 1) for a, b in zip(got[h], ref[h], strict=True))
                    )
    if not ref:
        raise SystemExit("bench_sentiment: --kinds must include nltk (the reference)")
    med = {
        k: (statistics.median(w for w, _ in v), statistics.median(c for _, c in v)) for k, v in times.items()
    }
    print(
        f"sentences: {n:,} distinct ({source}); each timed once per repeat in a fresh process after a warm-up"
    )
    print(f"on the other half; median of {repeats} repeats; rates in sentences/s (wall | CPU of the process)")
    nw, nc = med["nltk"]
    for k in kinds:
        w, c = med[k]
        ratio = "" if k == "nltk" else f"  ratio {nw / w:5.1f}x wall | {nc / c:5.1f}x CPU"
        print(f"{LABELS[k]:38s} {n / w:9,.0f} | {n / c:9,.0f}  ({w:.2f} s | {c:.2f} s){ratio}")
    mism = {k: v for k, v in bad.items() if k != "nltk"}
    print(
        "sentences whose scores differ from NLTK's (exact ==): "
        + ", ".join(f"{k} {v}" for k, v in mism.items())
    )
    return 1 if any(mism.values()) else 0


def main(argv: list[str] | None = None) -> int:
    p = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    p.add_argument(
        "newsmtsc",
        nargs="?",
        help="NewsMTSC folder (default: $TOOLKIT_NEWSMTSC or ../shared/benchmarks/newsmtsc)",
    )
    p.add_argument("--repeats", type=int, default=5)
    p.add_argument("--seed", type=int, default=0)
    p.add_argument("--kinds", default=",".join(KINDS), help="comma-separated subset of " + ",".join(KINDS))
    p.add_argument("--synthetic", type=int, metavar="N", help="N template sentences instead of NewsMTSC")
    a = p.parse_args(argv)
    kinds = tuple(k for k in a.kinds.split(",") if k)
    if unknown := set(kinds) - set(KINDS):
        raise SystemExit(f"bench_sentiment: unknown kinds {sorted(unknown)}")
    if a.synthetic:
        texts, source = news_sentences(a.synthetic, a.seed), f"template sentences, seed {a.seed}"
    else:
        folder = newsmtsc_folder(a.newsmtsc)
        texts, source = newsmtsc_sentences(folder), f"NewsMTSC, {folder}"
    return run(texts, repeats=a.repeats, seed=a.seed, kinds=kinds, source=source)


if __name__ == "__main__":
    sys.path.insert(0, str(ROOT))
    if sys.argv[1:2] == ["--worker"]:
        print(json.dumps(worker(*sys.argv[2:6])))
        sys.exit(0)
    sys.exit(main())
