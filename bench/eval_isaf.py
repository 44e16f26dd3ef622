"""Value recall of numeric claims on ISAF press releases (killed and captured counts).

Data: ``test.jsonl`` of the ISAF press releases (724 releases; CC BY-SA 4.0; not shipped): pass
``--data DIR`` (see ``bench/benchdata.py`` for where else it is looked for and where it comes from). Each release has the annotator's minimum number of people killed and captured.

For every release with a non-zero label we ask whether the label is among the values the toolkit
extracted, or the sum of them (releases often count over several clauses):
  * strict: claims whose `counted` matches (killed/dead for killed; arrested/prisoners/hostages for
    captured), value or sum of values equal to the label;
  * any category: the label is the value of any claim of the release;
  * annotator convention: as strict, reading "more than N" as N+1 and a vague amount as its
    value_low ("several" 3, "numerous" 4), as the annotators did.
Releases whose label number is not written as a number in the text (the annotator counted names,
or read "several" as 3) cannot be found by value, so recall is also given on the releases whose
label is written as a number somewhere in the text.

Run: .venv/bin/python bench/eval_isaf.py [--data DIR]
"""

from __future__ import annotations

import argparse
import json
import sys
import time
from pathlib import Path

import polars as pl

sys.path.insert(0, str(Path(__file__).resolve().parent))
from benchdata import locate  # noqa: E402

from toolkit.extract.claims import extract_claims  # noqa: E402
from toolkit.extract.numbers import find_numbers  # noqa: E402
from toolkit.io.loading import read_articles  # noqa: E402
from toolkit.text.tokenize import split_sentences  # noqa: E402

KILLED = ("killed", "dead")
CAPTURED = ("arrested", "prisoners", "hostages")


def _recall(items: list[dict], claims: pl.DataFrame, label: str, cats: tuple[str, ...]) -> dict[str, float]:
    n = strict = anycat = lower = n_written = strict_written = 0
    for it in items:
        want = it[label]
        if not want:
            continue
        n += 1
        written = want in {s.value for s in find_numbers(it["text"]) if s.kind == "claim"}
        n_written += written
        c = claims.filter(pl.col("article_id") == it["article_id"])
        mine = c.filter(pl.col("counted").is_in(list(cats)))
        vals = [v for v in mine["value"].to_list() if v is not None]
        ok = want in vals or (len(vals) > 1 and sum(vals) == want)
        strict += ok
        strict_written += ok and written
        anycat += want in [v for v in c["value"].to_list() if v is not None]
        # the annotators' reading: "more than 30" is 31, "several" 3, "numerous" 4 (a vague word's low end)
        conv = [
            (v + 1 if q == "more_than" else v) if v is not None else lo
            for v, lo, q in mine.select("value", "value_low", "qualifier").iter_rows()
        ]
        conv = [v for v in conv if v is not None]
        lower += ok or want in conv or (len(conv) > 1 and sum(conv) == want)
    return {
        "n": n, "strict": strict / max(n, 1), "any_category": anycat / max(n, 1), "convention": lower / max(n, 1),
        "n_written": n_written, "strict_written": strict_written / max(n_written, 1),
    }  # fmt: skip


def main(path: Path) -> None:
    rows = [json.loads(line) for line in path.read_text(encoding="utf-8").split("\n") if line.strip()]
    t0 = time.perf_counter()
    arts = read_articles([{"text": r["text"].replace("\u2028", "\n"), "title": f"isaf-{r['id']}"} for r in rows]).articles
    ids = dict(zip(arts["title"].to_list(), arts["article_id"].to_list(), strict=True))
    claims = extract_claims(split_sentences(arts))
    secs = time.perf_counter() - t0
    items = [{**r, "article_id": ids[f"isaf-{r['id']}"]} for r in rows]
    print(f"ISAF press releases: {len(rows)} releases, {claims.height} claims in {secs:.1f}s")
    for label, cats in (("min_killed", KILLED), ("min_captured", CAPTURED)):
        r = _recall(items, claims, label, cats)
        print(
            f"{label:13s} n={r['n']:4d}  value recall strict={r['strict']:.3f}  "
            f"any category={r['any_category']:.3f}  annotator convention={r['convention']:.3f}"
        )
        print(
            f"{'':13s} label written as a number in the text: n={r['n_written']:4d}  "
            f"value recall strict={r['strict_written']:.3f}"
        )
    print("counted of all claims:", dict(claims["counted"].value_counts().sort("count", descending=True).iter_rows()))


if __name__ == "__main__":
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("data", nargs="?", type=Path, default=None, help=argparse.SUPPRESS)  # the old positional path
    ap.add_argument("--data", dest="data_opt", type=Path, default=None, help="folder holding test.jsonl (or the file)")
    a = ap.parse_args()
    given = a.data_opt or a.data
    folder = locate("isaf_press_releases", given, script="eval_isaf")
    main(given if given is not None and given.is_file() else folder / "test.jsonl")  # type: ignore[operator]
