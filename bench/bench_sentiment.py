"""Sentence sentiment: toolkit's VADER against NLTK's, side by side, on 30,000 news-like sentences.

Usage: python bench/bench_sentiment.py [N_SENTENCES] [SEED]

Generates N (default 30,000) distinct wire-copy sentences by recombining invented templates
(actors, verbs, casualty numbers, quotes, negations, "but", boosters, caps, "!!!", "kind of",
"at least", emoji), scores them all with NLTK's ``SentimentIntensityAnalyzer.polarity_scores``
and with ``toolkit.score_sentiment`` (a polars ``sentences`` frame in, the ``sentiment`` table out)
and with the bare engine ``toolkit.measure.vader.Vader.score_many``, in one run on one machine; prints the
rates, the ratios, and checks that every score is equal (|diff| <= 1e-6) to NLTK's. Exits 1 on
any mismatch.

Every toolkit timing starts from empty memos: each is taken in a fresh Python process that loads the
lexicon on one unrelated sentence, empties every memo (``toolkit.core.cache.clear_all(rule_sets=False)``: the
loaded lexicon stays, loading it is a one-off per process) and then times the one call. Timing the voice
table right after the plain one in the same process would let the plain table's score memo answer it
(it once printed the voice table as faster than the plain one, though it does more work). The last line
shows that warm reuse on purpose: the voice table timed right after the plain table, memos full.
"""

from __future__ import annotations

import json
import os
import random
import subprocess
import sys
import time

import polars as pl

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
            adv = rng.choice(["", "", "strongly ", "sharply ", "quietly ", "NOT ", "never ", "barely ", "very "])
            s = f"{a[0].upper() + a[1:]} {adv}{rng.choice(VERBS)} {rng.choice(OBJECTS)}{rng.choice(TAILS)}."
            if rng.random() < 0.3:
                s = s[:-1] + f", {rng.choice(['and', 'but', 'while'])} {b} {rng.choice(VERBS)} {rng.choice(OBJECTS)} in {p}."
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


def timed_call(kind: str, n: int, seed: int) -> float:
    """Seconds of one toolkit call (``engine``, ``table`` or ``voice``) on the sentences, from empty memos."""
    from toolkit.core import cache
    from toolkit.measure.sentiment import score_sentiment
    from toolkit.measure.vader import Vader

    texts = news_sentences(n, seed)
    sents = _frame(texts)
    warm = _frame(["Officials said nothing about it."])  # loads the lexicon, shares no sentence with the set
    if kind == "engine":
        engine = Vader()
        engine.score_many(["Officials said nothing about it."])
        cache.clear_all(rule_sets=False)
        t0 = time.perf_counter()
        engine.score_many(texts)
        return time.perf_counter() - t0
    score_sentiment(warm, voice=kind == "voice")
    cache.clear_all(rule_sets=False)
    t0 = time.perf_counter()
    score_sentiment(sents, voice=kind == "voice")
    return time.perf_counter() - t0


def _frame(texts: list[str]) -> pl.DataFrame:
    n = len(texts)
    return pl.DataFrame(
        {"article_id": [f"a{i // 20}" for i in range(n)], "sentence_id": [i % 20 for i in range(n)], "text": texts},
        schema={"article_id": pl.String, "sentence_id": pl.Int32, "text": pl.String},
    )


def _fresh(kind: str, n: int, seed: int) -> float:
    """:func:`timed_call` in a fresh process (nothing remembered from any earlier call)."""
    cmd = [sys.executable, __file__, "--timed-call", kind, str(n), str(seed)]
    out = subprocess.run(cmd, check=True, capture_output=True, text=True).stdout
    return float(json.loads(out.strip().splitlines()[-1]))


def main(n: int = 30_000, seed: int = 0) -> int:
    sys.path.insert(0, os.path.join(os.path.dirname(__file__), ".."))
    import nltk.data

    from toolkit.core import cache
    from toolkit.measure.sentiment import score_sentiment
    from toolkit.measure.vader import Vader, default_lexicon_source

    texts = news_sentences(n, seed)
    label, _ = default_lexicon_source()
    from nltk.sentiment.vader import SentimentIntensityAnalyzer

    if "nltk_data" in label:
        sia = SentimentIntensityAnalyzer()
    else:
        import vaderSentiment

        nltk.data.path.append(os.path.dirname(vaderSentiment.__file__))
        sia = SentimentIntensityAnalyzer(lexicon_file="vader_lexicon.txt")

    t0 = time.perf_counter()
    ref = [sia.polarity_scores(t) for t in texts]
    t_nltk = time.perf_counter() - t0

    t_engine, t_table, t_voice = (_fresh(kind, n, seed) for kind in ("engine", "table", "voice"))

    # the tables for the checks (not timed), then the warm reuse: voice right after the plain table
    engine = Vader()
    fast = engine.score_many(texts)
    sents = _frame(texts)
    cache.clear_all(rule_sets=False)
    table = score_sentiment(sents, voice=False)
    t0 = time.perf_counter()
    table_voice = score_sentiment(sents)
    t_voice_warm = time.perf_counter() - t0

    keys = ("neg", "neu", "pos", "compound")
    bad = sum(any(abs(r[k] - f[j]) > 1e-6 for j, k in enumerate(keys)) for r, f in zip(ref, fast, strict=True))
    tab = table.select(keys).rows()
    bad_table = sum(any(abs(r[k] - f[j]) > 1e-6 for j, k in enumerate(keys)) for r, f in zip(ref, tab, strict=True))
    bad_voice = (table_voice.select(keys).rows() != tab)
    print(f"sentences: {n:,} distinct news-like sentences (seed {seed}), lexicon: {engine.label}")
    print("toolkit timings: each in a fresh process, from empty memos (lexicon loaded beforehand)")
    print(f"NLTK polarity_scores:          {n / t_nltk:10,.0f} sentences/s  ({t_nltk:.2f} s)")
    print(f"toolkit Vader.score_many:      {n / t_engine:10,.0f} sentences/s  ({t_engine:.2f} s)  ratio {t_nltk / t_engine:.1f}x")
    print(f"toolkit score_sentiment table: {n / t_table:10,.0f} sentences/s  ({t_table:.2f} s)  ratio {t_nltk / t_table:.1f}x")
    print(f"  with voice (quoted spans scored apart): {n / t_voice:,.0f} sentences/s ({t_voice:.2f} s)  ratio {t_nltk / t_voice:.1f}x")
    print(f"  warm reuse, not a cold figure: with voice right after the plain table, memos full: {t_voice_warm:.2f} s")
    print(f"mismatches vs NLTK (|diff| > 1e-6): engine {bad}, table {bad_table}, voice table differs: {bad_voice}")
    return 1 if bad or bad_table or bad_voice else 0


if __name__ == "__main__":
    if sys.argv[1:2] == ["--timed-call"]:
        sys.path.insert(0, os.path.join(os.path.dirname(__file__), ".."))
        print(json.dumps(timed_call(sys.argv[2], int(sys.argv[3]), int(sys.argv[4]))))
        sys.exit(0)
    args = [int(a) for a in sys.argv[1:3]]
    sys.exit(main(*args))
