"""Synthetic wire-copy corpus generator for benchmarks (deterministic, seeded).

Two kinds of corpus, both written one sentence (or heading) per line:

- ``news`` (the default): every sentence is built clause by clause: a main clause from one of many news
  beats (conflict, politics, economy, weather, health, courts, transport), with its actors, places, numbers
  and dates drawn independently, then an attribution, a time or a context clause, and sometimes a quote with
  a named speaker (given and family names recombined). At least 98% of the sentences of a corpus of 500
  articles are distinct, as in real news, where the memos of the extractors help far less than on
  ``templates``.
- ``templates`` (the earlier corpus): 18 whole-sentence templates with slots; only 49-63% of its sentences
  are distinct.

Every extractor has work to do on both (actors, places, quotes, numeric claims). Usage:
    python bench/corpus.py N_ARTICLES OUT.jsonl [--seed 0] [--kind news|templates]
It prints the file's path and the share of distinct sentences.
"""

from __future__ import annotations

import argparse
import datetime as dt
import json
import random
import re
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


# --- the "news" corpus: clause-level recombination ---------------------------------------------------------------

CORPUS_KINDS = ("news", "templates")
SIGNOFF = re.compile(r"burs-[a-z]{2,4}/[a-z]{2,4}")

N_FIRST = ["Ahmed", "Olena", "Fatima", "Mohammed", "Iryna", "Yusuf", "Amina", "Dmytro", "Layla", "Omar", "Sara",
           "Hassan", "Maria", "James", "Anna", "Peter", "Grace", "Daniel", "Sofia", "Lucas", "Chen", "Priya", "Kwame",
           "Elena", "Tomasz", "Ingrid", "Rafael", "Aisha", "Kenji", "Nadia", "Samuel", "Leila", "Mateo", "Hannah",
           "Ibrahim", "Claire", "Viktor", "Zainab", "Oliver", "Marta"]
N_LAST = ["Haddad", "Kovalenko", "Ibrahim", "Shevchenko", "Nasser", "Abdallah", "Bondarenko", "Mansour", "Osman",
          "Tkachenko", "Mendes", "Okafor", "Lindqvist", "Novak", "Rossi", "Fischer", "Moreau", "Silva", "Tanaka",
          "Mensah", "Kowalski", "Petrov", "Hughes", "Duarte", "Castillo", "Bakker", "Yilmaz", "Sato", "Mwangi",
          "Costa", "Horvath", "Dubois", "Reyes", "Andersen", "Khalil", "Nowak", "Brennan", "Varga", "Ortiz", "Ahmadi"]
N_ROLES = ["a spokesman for", "a spokeswoman for", "the head of", "a senior official at", "the director of",
           "an adviser to", "a lawyer for", "a researcher at", "the deputy chief of", "an economist at"]
N_BODIES = ["the health ministry", "the interior ministry", "the World Health Organization", "the UN refugee agency",
            "the World Food Programme", "the International Monetary Fund", "the central bank", "the electoral commission",
            "the national weather service", "the Red Cross", "Doctors Without Borders", "the European Commission",
            "the finance ministry", "the transport ministry", "the civil defence agency", "the state statistics office",
            "the African Union", "the port authority", "the teachers' union", "the chamber of commerce"]
N_PEOPLE_ROLES = ["resident", "doctor", "teacher", "shopkeeper", "nurse", "farmer", "taxi driver", "student",
                  "engineer", "mother of four", "retired soldier", "fisherman", "aid worker", "pharmacist"]
N_LEADERS = ["Volodymyr Zelensky", "Vladimir Putin", "Emmanuel Macron", "Antonio Guterres", "Olaf Scholz",
             "Recep Tayyip Erdogan", "Joe Biden", "Benjamin Netanyahu", "Antony Blinken", "Abdel Fattah al-Sisi",
             "Narendra Modi", "Luiz Inacio Lula da Silva", "Cyril Ramaphosa", "Keir Starmer", "Giorgia Meloni"]
N_STATES = ["Israel", "Ukraine", "Russia", "Sudan", "Egypt", "Qatar", "France", "the United States", "Iran", "Turkey",
            "Germany", "Brazil", "India", "Kenya", "Nigeria", "Japan", "Poland", "Italy", "South Africa", "Mexico",
            "Jordan", "Lebanon", "Ethiopia", "Pakistan", "Spain"]
N_CITIES = ["Gaza", "Rafah", "Kharkiv", "Khartoum", "Kyiv", "Beirut", "Odesa", "Khan Yunis", "El Fasher", "Cairo",
            "Doha", "Geneva", "Istanbul", "Paris", "Berlin", "Nairobi", "Lagos", "Mumbai", "Sao Paulo", "Warsaw",
            "Milan", "Johannesburg", "Mexico City", "Amman", "Addis Ababa", "Karachi", "Madrid", "Osaka", "Lviv",
            "Mosul", "Aleppo", "Tripoli", "Dakar", "Kinshasa", "Manila", "Jakarta", "Lima", "Bogota", "Tunis", "Athens"]
N_DAYS = ["Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday"]
N_MONTHS = ["January", "February", "March", "April", "May", "June", "July", "August", "September", "October",
            "November", "December"]
N_OUTLETS = ["AFP", "Reuters", "the BBC", "Al Jazeera", "CNN", "the Associated Press", "local television",
             "state radio", "a news conference", "reporters"]
N_QUAL = ["at least", "about", "more than", "nearly", "up to", "around", "some", "fewer than"]
N_GOODS = ["wheat", "fuel", "medicine", "drinking water", "electricity", "cooking gas", "rice", "vaccines"]
N_UNITS = ["tonnes of", "litres of", "truckloads of", "boxes of", "doses of"]


def _num(rng: random.Random, lo: int = 2, hi: int = 90_000) -> str:
    n = rng.randint(lo, hi)
    return f"{n:,}"


def _name(rng: random.Random) -> str:
    return f"{rng.choice(N_FIRST)} {rng.choice(N_LAST)}"


def _when(rng: random.Random) -> str:
    return rng.choice([f"on {rng.choice(N_DAYS)}", f"on {rng.choice(N_MONTHS)} {rng.randint(1, 28)}",
                       "overnight", f"late on {rng.choice(N_DAYS)}", "this week", f"in {rng.choice(N_MONTHS)}"])


_MAIN = [
    lambda r: f"{rng_q(r)} {_num(r)} people were killed in {r.choice(N_CITIES)} {_when(r)}",
    lambda r: f"strikes on {r.choice(N_CITIES)} wounded {rng_q(r)} {_num(r, 2, 900)} people {_when(r)}",
    lambda r: f"{r.choice(N_STATES)} said it had sent {_num(r, 3, 5000)} {r.choice(N_UNITS)} {r.choice(N_GOODS)} to {r.choice(N_CITIES)}",
    lambda r: f"the central bank of {r.choice(N_STATES)} raised its main rate to {r.randint(1, 24)}.{r.randint(0, 9)} percent",
    lambda r: f"inflation in {r.choice(N_STATES)} slowed to {r.randint(1, 40)}.{r.randint(0, 9)} percent in {r.choice(N_MONTHS)}",
    lambda r: f"floods forced {_num(r, 40, 60000)} families from their homes around {r.choice(N_CITIES)}",
    lambda r: f"police in {r.choice(N_CITIES)} arrested {_num(r, 2, 800)} people after protests {_when(r)}",
    lambda r: f"{r.choice(N_LEADERS)} met {r.choice(N_LEADERS)} in {r.choice(N_CITIES)} {_when(r)} to discuss {r.choice(['a ceasefire', 'trade', 'grain exports', 'the hostages', 'energy prices', 'migration'])}",
    lambda r: f"a court in {r.choice(N_CITIES)} sentenced {_name(r)} to {r.randint(2, 30)} years in prison",
    lambda r: f"{r.choice(N_BODIES)} reported {_num(r, 10, 40000)} new cases of {r.choice(['cholera', 'measles', 'dengue', 'malaria'])} since {r.choice(N_MONTHS)}",
    lambda r: f"{_num(r, 5, 900)} flights were cancelled at {r.choice(N_CITIES)} airport as {r.choice(['a strike', 'a storm', 'fog', 'a power cut'])} hit",
    lambda r: f"turnout reached {r.randint(20, 90)} percent in the {r.choice(['presidential', 'regional', 'municipal', 'parliamentary'])} vote in {r.choice(N_STATES)}",
    lambda r: f"{r.choice(N_STATES)} pledged ${_num(r, 2, 900)} million in aid for {r.choice(N_STATES)}",
    lambda r: f"talks between {r.choice(N_STATES)} and {r.choice(N_STATES)} in {r.choice(N_CITIES)} stalled over the release of {_num(r, 2, 400)} prisoners",
    lambda r: f"{rng_q(r)} {_num(r, 100, 2_000_000)} residents of {r.choice(N_CITIES)} lack clean water",
    lambda r: f"exports of {r.choice(N_GOODS)} from {r.choice(N_STATES)} fell by {r.randint(2, 60)} percent in {r.choice(N_MONTHS)}",
    lambda r: f"{r.choice(N_STATES)} launched {_num(r, 3, 200)} drones at {r.choice(N_CITIES)} {_when(r)}",
    lambda r: f"unemployment in {r.choice(N_STATES)} rose to {r.randint(3, 30)}.{r.randint(0, 9)} percent",
    lambda r: f"{_num(r, 3, 3000)} trucks of aid entered {r.choice(N_CITIES)} in the past {r.choice(['week', 'month', 'ten days', 'fortnight'])}",
    lambda r: f"temperatures in {r.choice(N_CITIES)} reached {r.randint(38, 49)} degrees Celsius {_when(r)}",
]


def rng_q(r: random.Random) -> str:
    return r.choice(N_QUAL)


def _attribution(r: random.Random) -> str:
    return r.choice([
        f", {r.choice(N_BODIES)} said {_when(r)}",
        f", according to {r.choice(N_BODIES)}",
        f", {_name(r)}, {r.choice(N_ROLES)} {r.choice(N_BODIES)}, told {r.choice(N_OUTLETS)}",
        f", {r.choice(N_LEADERS)} said in a statement",
        f", officials in {r.choice(N_CITIES)} said",
        f", {r.choice(N_OUTLETS)} reported",
    ])


def _tail(r: random.Random) -> str:
    return r.choice([
        "",
        f", up from {_num(r, 2, 50000)} a year earlier",
        f", the {r.choice(['highest', 'lowest', 'largest', 'worst'])} figure since {r.randint(1990, 2023)}",
        f", {r.randint(2, 40)} days after {r.choice(['the truce collapsed', 'the election', 'the storm', 'the talks began', 'the new law took effect'])}",
        f", as {r.choice(N_BODIES)} warned of {r.choice(['shortages', 'further unrest', 'more rain', 'rising prices', 'a second wave'])}",
        f" while {_num(r, 2, 5000)} others remain missing",
    ])


_QUOTES = ["we are running out of {g}", "nobody has told us when the {x} will end", "this is the {a} week since {m}",
           "we need {n} more {x} before winter", "the {x} cannot wait another {d} days",
           "the {a} thing is that {n} families are still waiting", "we were promised {g} in {m} and nothing came"]


def _quote(r: random.Random) -> str:
    q = r.choice(_QUOTES).format(
        g=r.choice(N_GOODS), x=r.choice(["shelters", "talks", "doctors", "buses", "repairs", "convoys", "inspections"]),
        a=r.choice(["hardest", "longest", "worst", "strangest", "first"]), m=r.choice(N_MONTHS),
        n=_num(r, 2, 900), d=r.randint(2, 60),
    )
    who = f"{_name(r)}, a {r.choice(N_PEOPLE_ROLES)} in {r.choice(N_CITIES)}"
    if r.random() < 0.5:
        return f"“{q[0].upper() + q[1:]},” said {who}."
    return f"“{q[0].upper() + q[1:]},” {who}, told {r.choice(N_OUTLETS)}."


def _heading(r: random.Random) -> str:
    return r.choice([
        f"{r.choice(N_CITIES)} {r.choice(['counts the cost', 'waits for aid', 'braces for more', 'rebuilds', 'mourns'])}"
        f" after {r.choice(N_DAYS)}’s {r.choice(['strikes', 'floods', 'vote', 'protests', 'storm'])}",
        f"‘{r.choice(['No end in sight', 'We have nothing left', 'Still possible', 'Too late'])}’: {_num(r, 10, 9000)} still missing in {r.choice(N_CITIES)}",
        f"{r.choice(N_GOODS).capitalize()} prices up {r.randint(2, 99)}% in {r.choice(N_STATES)}",
    ])


def make_news_article(rng: random.Random, n_sentences: int) -> str:
    """One article of clause-level recombined news sentences, quotes and an occasional heading."""
    lines = []
    for i in range(n_sentences):
        if i and i % 15 == 0:
            lines.append(_heading(rng))
        if rng.random() < 0.15:
            lines.append(_quote(rng))
            continue
        main = rng.choice(_MAIN)(rng)
        sent = main + _attribution(rng) + _tail(rng) + "."
        lines.append(sent[0].upper() + sent[1:])
    signoff = "burs-" + "".join(rng.choice("abcdefghij") for _ in range(3)) + "/" + "".join(rng.choice("klmnopqrs") for _ in range(3))
    return "\n".join(lines) + "\n" + signoff


def write_corpus(
    n_articles: int, out: str | Path, *, seed: int = 0, sentences_per_article: int = 35, kind: str = "news"
) -> Path:
    """Write ``n_articles`` synthetic articles (``kind``: ``news`` or ``templates``) to a JSONL file and return
    its path."""
    if kind not in CORPUS_KINDS:
        raise ValueError(f"kind must be one of {CORPUS_KINDS}, not {kind!r}")
    make = make_news_article if kind == "news" else make_article
    rng = random.Random(seed)
    out = Path(out)
    out.parent.mkdir(parents=True, exist_ok=True)
    start = dt.date(2024, 1, 1)
    with out.open("w", encoding="utf-8") as fh:
        for i in range(n_articles):
            rec = {
                "title": f"Synthetic report {i}" if kind == "templates" else None,
                "outlet": rng.choice(["AFP", "Reuters", "AP"]),
                "published": (start + dt.timedelta(days=i % 300)).isoformat(),
                "text": make(rng, sentences_per_article),
            }
            if rec["title"] is None:
                rec["title"] = rec["text"].split("\n", 1)[0].split(",")[0][:80]
            fh.write(json.dumps(rec, ensure_ascii=False) + "\n")
    return out


def distinct_sentence_share(path: str | Path) -> float:
    """Share of the corpus's sentences (and headings: one a line, sign-offs left out) that occur only once in
    it... precisely: distinct sentences / all sentences."""
    lines = []
    with Path(path).open(encoding="utf-8") as fh:
        for row in fh:
            lines += [x for x in json.loads(row)["text"].split("\n") if x and not SIGNOFF.fullmatch(x)]
    return len(set(lines)) / max(1, len(lines))


if __name__ == "__main__":
    ap = argparse.ArgumentParser()
    ap.add_argument("n", type=int)
    ap.add_argument("out")
    ap.add_argument("--seed", type=int, default=0)
    ap.add_argument("--kind", choices=CORPUS_KINDS, default="news")
    a = ap.parse_args()
    path = write_corpus(a.n, a.out, seed=a.seed, kind=a.kind)
    print(path)
    print(f"distinct sentences: {distinct_sentence_share(path):.1%}")
