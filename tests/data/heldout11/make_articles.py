#!/usr/bin/env python3
# ruff: noqa: UP031  (a data-building script kept as its author wrote it: %-formatting)
"""Rebuild the articles of held-out set 11 and development set F from the GUM news
extracts stored beside this script in gum_raw/ (offline; no network needed).

Source: amir-zeldes/gum, dep/GUM_news_*.conllu (Wikinews texts, CC BY 2.5).
gum_raw/GUM_news_<x>.conllu holds, for each document, the comment lines
of the CoNLL-U file as read (# newdoc, # meta::..., # sent_id, # text,
# newpar, # newpar_block), in file order; gum_raw/commits.tsv gives the
commit each file was read at.

Text reconstruction:
  * every sentence's "# text = " value, verbatim, in order;
  * a sentence whose comment block carries "# newpar" opens a new paragraph, and so
    does the first sentence after a nested block (e.g. a <quote> inside a <p>) closes,
    using the sentence counts of "# newpar_block = tag (N s) | ..."; sentences in one
    paragraph are joined by one space, paragraphs by a blank line;
  * sentence 1 (the headline) is the first line, then a blank line, then the body.

Usage:
  python3 make_articles.py --out DIR       # rebuild both folders under DIR
  python3 make_articles.py --check-overlap # also print overlap counts against
                                           # /work/main/tests/data/**/gold.jsonl
                                           # (counts only; reads only title/url/text
                                           #  of records with "record": "article")
"""
import glob
import json
import os
import random
import re
import sys
import unicodedata
from pathlib import Path

RAW = str(Path(__file__).resolve().parent / "gum_raw")  # the GUM comment-line extracts, kept with the set
# output: OUT/heldout11/articles and OUT/devF/articles, OUT given by --out (default: the current folder); the
# halves' articles/ folders in the repository are copies of these (each annotator copied its own)
_OUT = sys.argv[sys.argv.index("--out") + 1] if "--out" in sys.argv else "."
HELDOUT = os.path.join(_OUT, "heldout11", "articles")
DEVF = os.path.join(_OUT, "devF", "articles")
N_HELDOUT = 14
SEED = 2026
# GUM documents dropped because they overlap articles the project already has
# (filled in from the --check-overlap result; see README.md).
DROP = []

MONTHS = {m: i for i, m in enumerate(
    ["january", "february", "march", "april", "may", "june", "july", "august",
     "september", "october", "november", "december"], 1)}


def parse(path):
    meta, sents = {}, []
    cur = None
    with open(path, encoding="utf-8") as f:
        for line in f:
            line = line.rstrip("\n")
            if line.startswith("# meta::"):
                k, _, v = line[len("# meta::"):].partition(" = ")
                meta[k.strip()] = v
            elif line.startswith("# newdoc id = "):
                meta["_docname"] = line[len("# newdoc id = "):]
            elif line.startswith("# sent_id = "):
                cur = {"id": line[len("# sent_id = "):], "text": None,
                       "newpar": False, "blocks": []}
                sents.append(cur)
            elif line.startswith("# text = "):
                cur["text"] = line[len("# text = "):]
            elif line == "# newpar":
                cur["newpar"] = True
            elif line.startswith("# newpar_block = "):
                cur["newpar"] = True
                for part in line[len("# newpar_block = "):].split(" | "):
                    m = re.search(r"\((\d+) s\)\s*$", part)
                    if m:
                        cur["blocks"].append(int(m.group(1)))
    for i, s in enumerate(sents):
        assert s["text"] is not None, (path, s["id"])
        assert s["id"].endswith("-%d" % (i + 1)), (path, s["id"], i + 1)
    return meta, sents


def paragraph_starts(sents):
    """Indices of sentences that open a paragraph.

    A sentence opens a paragraph when an XML block (p, head, quote, caption, ...)
    opens at it ("# newpar"), or when a block that was nested in an enclosing one
    closed just before it (e.g. the rest of a <p> after an embedded <quote>).
    Block sizes come from "# newpar_block = tag (N s) | tag (M s)"."""
    starts, ends = set(), set()
    for i, s in enumerate(sents):
        if s["newpar"] and (not s["blocks"] or any(n > 0 for n in s["blocks"])):
            starts.add(i)
        for n in s["blocks"]:
            if n > 0:
                ends.add(i + n - 1)
    for e in ends:
        if e + 1 < len(sents):
            starts.add(e + 1)
    return starts


def build_text(sents):
    headline = sents[0]["text"]
    starts = paragraph_starts(sents)
    paras, cur = [], []
    for i, s in enumerate(sents[1:], 1):
        if i in starts and cur:
            paras.append(cur)
            cur = []
        cur.append(s["text"])
    if cur:
        paras.append(cur)
    body = "\n\n".join(" ".join(p) for p in paras)
    return headline + "\n\n" + body + "\n", body


def date_from_sentence(text):
    m = re.match(r"^\s*\w+day,\s+(\w+)\s+(\d{1,2}),\s+(\d{4})\s*$", text)
    if m and m.group(1).lower() in MONTHS:
        return "%s-%02d-%02d" % (m.group(3), MONTHS[m.group(1).lower()], int(m.group(2)))
    return None


def choose_date(meta, sents):
    """Published date: the dateline (sentence 2, e.g. "Thursday, February 23, 2006")
    if it parses and lies within [meta::dateCreated, meta::dateModified]; otherwise
    meta::dateCreated (the page creation date); null if neither is usable.
    Returns (date, note) where note describes any disagreement."""
    iso = r"^\d{4}-\d{2}-\d{2}$"
    created = meta.get("dateCreated") if re.match(iso, meta.get("dateCreated") or "") else None
    modified = meta.get("dateModified") if re.match(iso, meta.get("dateModified") or "") else None
    dateline = date_from_sentence(sents[1]["text"]) if len(sents) > 1 else None
    if dateline and created and dateline == created:
        return dateline, None
    if dateline and created and created <= dateline <= (modified or created):
        return dateline, f"dateline {dateline} used; dateCreated {created}"
    if created:
        note = None
        if dateline:
            note = f"dateline {dateline} outside [dateCreated {created}, dateModified {modified}]; dateCreated used"
        elif len(sents) > 1:
            note = "no parsable dateline; dateCreated used"
        return created, note
    return dateline, ("dateline used; no dateCreated" if dateline else "no date")


def load_all():
    commits = {}
    with open(os.path.join(RAW, "commits.tsv"), encoding="utf-8") as f:
        for line in f:
            if line.strip():
                name, commit = line.split()
                commits[name] = commit
    docs = {}
    for name in sorted(commits):
        meta, sents = parse(os.path.join(RAW, name + ".conllu"))
        text, body = build_text(sents)
        pub, date_note = choose_date(meta, sents)
        docs[name] = {
            "text": text, "body": body, "n_sents": len(sents), "date_note": date_note,
            "json": {
                "title": meta.get("title") or sents[0]["text"],
                "outlet": "Wikinews",
                "published": pub,
                "url": meta.get("sourceURL") or None,
                "byline": None,
                "language": "en",
                "licence": "CC BY 2.5",
                "source_repo": "amir-zeldes/gum",
                "source_path": f"dep/{name}.conllu",
                "source_commit": commits[name],
            },
        }
    return docs


def norm_title(t):
    t = unicodedata.normalize("NFKC", t or "").lower()
    t = t.replace("_", " ")
    return re.sub(r"[^0-9a-z]+", " ", t).strip()


def norm_url(u):
    u = unicodedata.normalize("NFKC", u or "").strip().lower()
    u = re.sub(r"^https?://", "", u).rstrip("/")
    return u.replace("%20", "_").replace(" ", "_")


def norm_text(t):
    t = unicodedata.normalize("NFKC", t or "")
    t = t.replace("\u2019", "'").replace("\u2018", "'").replace("\u201c", '"').replace("\u201d", '"')
    return re.sub(r"\s+", " ", t).strip().lower()


def check_overlap(docs):
    """Print only counts. Reads only title/url/text of article records."""
    files = sorted(set(glob.glob("/work/main/tests/data/*/gold.jsonl") +
                       glob.glob("/work/main/tests/data/**/gold.jsonl", recursive=True)))
    titles, urls, texts = set(), set(), []
    n_records = 0
    for fn in files:
        with open(fn, encoding="utf-8") as f:
            for line in f:
                line = line.strip()
                if not line:
                    continue
                try:
                    rec = json.loads(line)
                except ValueError:
                    continue
                if not isinstance(rec, dict) or rec.get("record") != "article":
                    continue
                n_records += 1
                if rec.get("title"):
                    titles.add(norm_title(rec.get("title")))
                if rec.get("url"):
                    urls.add(norm_url(rec.get("url")))
                if rec.get("text"):
                    texts.append(norm_text(rec.get("text")))
    hits = {}
    t_hits = u_hits = x_hits = 0
    for name, d in docs.items():
        j = d["json"]
        th = norm_title(j["title"]) in titles
        uh = bool(j["url"]) and norm_url(j["url"]) in urls
        probe = norm_text(d["body"])[:200]
        probe2 = norm_text(d["text"])[:200]
        xh = any(probe in t or probe2 in t for t in texts)
        t_hits += th
        u_hits += uh
        x_hits += xh
        if th or uh or xh:
            hits[name] = True
    print("gold files: %d; article records: %d" % (len(files), n_records))
    print("title matches: %d; url matches: %d; text-prefix matches: %d; documents matching: %d"
          % (t_hits, u_hits, x_hits, len(hits)))
    return sorted(hits)


def write_set(folder, items):
    os.makedirs(folder, exist_ok=True)
    for fn in glob.glob(os.path.join(folder, "[0-9][0-9]_*.txt")) + \
            glob.glob(os.path.join(folder, "[0-9][0-9]_*.json")):
        os.remove(fn)
    names = []
    for i, (name, d) in enumerate(items, 1):
        slug = name.replace("GUM_news_", "")
        base = "%02d_%s" % (i, slug)
        with open(os.path.join(folder, base + ".txt"), "w", encoding="utf-8", newline="\n") as f:
            f.write(d["text"])
        with open(os.path.join(folder, base + ".json"), "w", encoding="utf-8", newline="\n") as f:
            json.dump(d["json"], f, ensure_ascii=False, indent=2)
            f.write("\n")
        names.append(base + ".txt")
    return names


def write_halves(folder, names):
    half = (len(names) + 1) // 2
    with open(os.path.join(folder, "articles_a.txt"), "w", encoding="utf-8") as f:
        f.write("".join(n + "\n" for n in names[:half]))
    with open(os.path.join(folder, "articles_b.txt"), "w", encoding="utf-8") as f:
        f.write("".join(n + "\n" for n in names[half:]))


def main():
    docs = load_all()
    if "--check-overlap" in sys.argv:
        check_overlap(docs)
    kept = sorted(n for n in docs if n not in DROP)
    order = list(kept)
    random.Random(SEED).shuffle(order)
    held, dev = order[:N_HELDOUT], order[N_HELDOUT:]
    hn = write_set(HELDOUT, [(n, docs[n]) for n in held])
    dn = write_set(DEVF, [(n, docs[n]) for n in dev])
    write_halves(os.path.dirname(HELDOUT), hn)
    write_halves(os.path.dirname(DEVF), dn)
    for label, _folder, names, src in (("heldout11", HELDOUT, hn, held), ("devF", DEVF, dn, dev)):
        print("%s: %d articles" % (label, len(names)))
        for fn, n in zip(names, src, strict=False):
            j = docs[n]["json"]
            print("  {}\t{}\t{}\t{}".format(fn, j["published"], n, j["title"]))
            if docs[n]["date_note"]:
                print("    date note: " + docs[n]["date_note"])


if __name__ == "__main__":
    main()
