"""Annotator's consistency check: finds every item as the builder does (first occurrence after the previous item of
the same task; word boundaries for mentions and claims, plain for quotes) and prints it in context."""
import re
import sys
from pathlib import Path

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE))
from heldout9_annotations import ACTORS, CLAIMS, MENTIONS, PLACE_GEONAMES, QUOTES  # noqa: E402


def find(text, s, start, words):
    if not words:
        i = text.find(s, start)
    else:
        pat = (r"(?<![\w])" if s[0].isalnum() else "") + re.escape(s) + (r"(?![\w])" if s[-1].isalnum() else "")
        m = re.compile(pat).search(text, start)
        i = m.start() if m else -1
    if i < 0:
        raise SystemExit(f"NOT FOUND {s!r} after {start}")
    return i


def ctx(text, i, j):
    return (text[max(0, i - 30):i] + "[" + text[i:j] + "]" + text[j:j + 30]).replace("\n", " ")


verbose = "-v" in sys.argv
places = set()
for name in sorted(MENTIONS):
    n = int(name[:2])
    text = (HERE / "articles" / f"{name}.txt").read_text(encoding="utf-8")
    pos = 0
    for line in MENTIONS[name].strip().splitlines():
        parts = [p.strip() for p in line.split("|")]
        s, label = parts[0], parts[1]
        assert label in ACTORS, label
        i = find(text, s, pos, True)
        pos = i + len(s)
        if len(parts) > 2:
            assert parts[2] == "P"
            places.add((n, s))
        if verbose:
            print(f"{name[:2]} M {ctx(text, i, pos)}  -> {label}{' P' if len(parts) > 2 else ''}")
    pos = 0
    for s, v, q, c, sw, sl in CLAIMS[name]:
        i = find(text, s, pos, True)
        pos = i + len(s)
        assert sl is None or sl in ACTORS, sl
        if sw is not None:
            assert sw in text, sw
        if verbose:
            print(f"{name[:2]} C {ctx(text, i, pos)}  -> {v} {q} {c} src={sw!r}/{sl}")
    pos = 0
    for s, k, sw, sl in QUOTES[name]:
        i = find(text, s, pos, False)
        pos = i + len(s)
        assert text[i - 1] in "\"“'" and text[pos] in "\"”'", (s, text[i - 1], text[pos])
        assert sl is None or sl in ACTORS, sl
        if sw is not None:
            assert sw in text, sw
        if verbose:
            print(f"{name[:2]} Q {k} {s[:50]!r} -> {sw!r}/{sl}")
    print(name, "mentions", len(MENTIONS[name].strip().splitlines()), "claims", len(CLAIMS[name]), "quotes", len(QUOTES[name]))
assert places == set(PLACE_GEONAMES), (places ^ set(PLACE_GEONAMES))
print("places", sum(1 for name in MENTIONS for l in MENTIONS[name].strip().splitlines() if l.count("|") == 2), "keys", len(PLACE_GEONAMES))
