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
NUMS = ["12", "31,988", "2.4 million", "two dozen", "thirty-three", "1,160", "250", "hundreds of", "40 percent of",
        "{n}", "{n}", "{n}", "{n}"]
ADJ = ["devastating", "encouraging", "terrible", "hopeful", "unacceptable", "constructive", "cynical", "positive"]
TEMPLATES = [
    "{person} said on {day} that {num_q} civilians had fled {place} since {month}, as aid groups warned of {adj} conditions.",
    "The {org_plain} said {n1} of its staff had been killed in {place}, the highest toll in its history.",
    "{demonym} forces said they had struck {n2} targets near {place} overnight, while {org} reported {n3} wounded.",
    "“We are running out of everything,” said {first} {last}, a {role} in {place}, who fled with {small} children.",
    "Talks in {city2} between {state} and {state2} stalled on {day} over the release of {n1} prisoners.",
    "About {pct} percent of {place}'s {n2} residents lack clean water, according to {org}.",
    "{short} told {outlet} that {state} would send {money} in aid, but critics called the pledge {adj}.",
    "A {role} in {place}, {first} {last}, said {small} relatives had been killed when a strike hit the building.",
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
FIRST = ["Ahmed", "Olena", "Fatima", "Mohammed", "Iryna", "Yusuf", "Amina", "Dmytro", "Layla", "Omar", "Sara", "Hassan"]
LAST = ["Haddad", "Kovalenko", "Ibrahim", "Shevchenko", "Nasser", "Abdallah", "Bondarenko", "Mansour", "Osman", "Tkachenko"]
ROLES = ["resident", "doctor", "teacher", "father of three", "nurse", "shopkeeper", "volunteer", "farmer"]
ORG_PLAIN = ["World Food Programme", "Red Cross", "UN children's agency", "health ministry", "civil defence agency"]
CITIES2 = ["Cairo", "Doha", "Geneva", "Istanbul", "Jeddah", "Paris", "Riyadh", "Vienna"]
OUTLETS = ["AFP", "Reuters", "the BBC", "Al Jazeera", "CNN"]
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
            place=rng.choice(PLACES), adj=rng.choice(ADJ),
            num_q=(q + " " if q else "") + rng.choice(NUMS).replace("{n}", f"{rng.randint(3, 60000):,}"),
            verb=rng.choice(VERBS), day=rng.choice(DAYS), month=rng.choice(MONTHS),
            n1=f"{rng.randint(2, 400):,}", n2=f"{rng.randint(10, 90000):,}", n3=f"{rng.randint(2, 900):,}",
            pct=rng.randint(5, 95), small=rng.choice(["two", "three", "four", "five", "six"]),
            first=rng.choice(FIRST), last=rng.choice(LAST), role=rng.choice(ROLES), org_plain=rng.choice(ORG_PLAIN),
            city2=rng.choice(CITIES2), state2=STATES[(k + 1) % len(STATES)], outlet=rng.choice(OUTLETS),
            money=f"${rng.randint(2, 900)} million",
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
