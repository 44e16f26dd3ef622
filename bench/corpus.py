"""Synthetic wire-copy corpus generator for benchmarks (deterministic, seeded).

Articles are recombined from sentence templates with varied actors, places, numbers, quotes and
headings, so every extractor has work to do. Usage:
    python bench/corpus.py N_ARTICLES OUT.jsonl [--seed 0]
"""

from __future__ import annotations

import argparse
import datetime as dt
import json
import random
from pathlib import Path

PEOPLE = ["Benjamin Netanyahu", "Antony Blinken", "Volodymyr Zelensky", "Vladimir Putin", "Emmanuel Macron",
          "Antonio Guterres", "Abdel Fattah al-Burhan", "Olaf Scholz", "Recep Tayyip Erdogan", "Joe Biden"]
SHORT = {p: p.split()[-1] for p in PEOPLE}
STATES = ["Israel", "Ukraine", "Russia", "Sudan", "Egypt", "Qatar", "France", "the United States", "Iran", "Turkey"]
DEMONYMS = ["Israeli", "Ukrainian", "Russian", "Sudanese", "Egyptian", "Qatari", "French", "US", "Iranian", "Turkish"]
ORGS = ["the UN Security Council", "the World Health Organization", "Hamas", "the Rapid Support Forces",
        "the European Union", "NATO", "the health ministry", "the International Committee of the Red Cross"]
PLACES = ["Gaza", "Rafah", "Kharkiv", "Khartoum", "Darfur", "Kyiv", "Beirut", "Odesa", "Khan Yunis", "El Fasher"]
VERBS = ["said", "told AFP", "said on Monday", "told reporters", "said in a statement"]
QUAL = ["at least", "about", "more than", "nearly", "up to", "around", ""]
NUMS = ["12", "31,988", "2.4 million", "two dozen", "thirty-three", "1,160", "250", "hundreds of", "40 percent of"]
ADJ = ["devastating", "encouraging", "terrible", "hopeful", "unacceptable", "constructive", "cynical", "positive"]
TEMPLATES = [
    "{state} said {num_q} people had been killed in {place}, according to {org}.",
    "{person} met {person2} in {place} on {day} to discuss a ceasefire.",
    "“The situation is {adj} and we will not give up,” {short} {verb}.",
    "{demonym} officials accused {org} of blocking aid to {place}.",
    "{org} warned that {num_q} residents of {place} faced famine, calling the conditions {adj}.",
    "Strikes on {place} wounded {num_q} people overnight, the civil defence agency said.",
    "{short} said the talks were “{adj}” but that {state} would keep pushing for a deal.",
    "The fighting has displaced {num_q} people since {month}, the UN says.",
    "{person} told {demonym} television that {state} had “no choice” in the matter.",
    "Aid groups said {num_q} trucks had entered {place} in the past week, far below what is needed.",
]
HEADINGS = ["Talks ‘still possible’", "Aid blocked", "‘Starving to death’", "Pressure mounts", "Strikes continue"]
DAYS = ["Monday", "Tuesday", "Wednesday", "Thursday", "Friday"]
MONTHS = ["October", "January", "March", "April"]


def make_article(rng: random.Random, n_sentences: int) -> str:
    lines = []
    for i in range(n_sentences):
        if i and i % 9 == 0:
            lines.append(rng.choice(HEADINGS))
        p, p2 = rng.sample(PEOPLE, 2)
        k = rng.randrange(len(STATES))
        q = rng.choice(QUAL)
        lines.append(rng.choice(TEMPLATES).format(
            state=STATES[k], demonym=DEMONYMS[k], person=p, person2=p2, short=SHORT[p], org=rng.choice(ORGS),
            place=rng.choice(PLACES), num_q=(q + " " if q else "") + rng.choice(NUMS), adj=rng.choice(ADJ),
            verb=rng.choice(VERBS), day=rng.choice(DAYS), month=rng.choice(MONTHS),
        ))  # fmt: skip
    lines[0] = lines[0][0].upper() + lines[0][1:]
    return "\n".join(lines) + "\nburs-abc/xyz"


def write_corpus(n_articles: int, out: str | Path, *, seed: int = 0, sentences_per_article: int = 35) -> Path:
    """Write ``n_articles`` synthetic articles to a JSONL file and return its path."""
    rng = random.Random(seed)
    out = Path(out)
    out.parent.mkdir(parents=True, exist_ok=True)
    start = dt.date(2024, 1, 1)
    with out.open("w", encoding="utf-8") as fh:
        for i in range(n_articles):
            rec = {
                "title": f"Synthetic report {i}",
                "outlet": rng.choice(["AFP", "Reuters", "AP"]),
                "published": (start + dt.timedelta(days=i % 300)).isoformat(),
                "text": make_article(rng, sentences_per_article),
            }
            fh.write(json.dumps(rec, ensure_ascii=False) + "\n")
    return out


if __name__ == "__main__":
    ap = argparse.ArgumentParser()
    ap.add_argument("n", type=int)
    ap.add_argument("out")
    ap.add_argument("--seed", type=int, default=0)
    a = ap.parse_args()
    print(write_corpus(a.n, a.out, seed=a.seed))
