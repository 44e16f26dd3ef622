"""Consistency check of heldout8_annotations.py: every item found in text order (word boundaries for mentions and
claims, plain for quotes), labels known, quotes sitting inside quote marks, place keys complete."""
import re, sys
from pathlib import Path
HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE))
from heldout8_annotations import ACTORS, CLAIMS, MENTIONS, PLACE_GEONAMES, QUOTES

def find(text, s, start, wb):
    if not wb:
        return text.find(s, start)
    m = re.compile(r"(?<!\w)" + re.escape(s) + r"(?!\w)").search(text, start)
    return m.start() if m else -1

ok = True
keys = set()
for name in MENTIONS:
    text = (HERE / "articles" / f"{name}.txt").read_text(encoding="utf-8")
    num = int(name[:2])
    pos = 0
    for line in MENTIONS[name].strip().splitlines():
        parts = [p.strip() for p in line.split(" | ")]
        s, label = parts[0], parts[1]
        if label not in ACTORS: print("unknown label", name, label); ok = False
        i = find(text, s, pos, True)
        if i < 0: print("mention not found", name, s); ok = False; continue
        pos = i + len(s)
        if len(parts) > 2:
            keys.add((num, s))
            if (num, s) not in PLACE_GEONAMES: print("no geonames key", num, s); ok = False
    pos = 0
    for c in CLAIMS[name]:
        i = find(text, c[0], pos, True)
        if i < 0: print("claim not found", name, c[0]); ok = False; continue
        if c[5] is not None and c[5] not in ACTORS: print("unknown source label", c[5]); ok = False
        pos = i + len(c[0])
    pos = 0
    for q in QUOTES[name]:
        i = find(text, q[0], pos, False)
        if i < 0: print("quote not found", name, q[0][:40]); ok = False; continue
        before = text[i - 1] if i else ""
        after = text[i + len(q[0])] if i + len(q[0]) < len(text) else ""
        if before != '"' or after != '"': print("quote not in marks", name, repr(q[0][:30]), i, repr(before), repr(after))
        if q[3] is not None and q[3] not in ACTORS: print("unknown speaker label", q[3]); ok = False
        pos = i + len(q[0])
extra = set(PLACE_GEONAMES) - keys
if extra: print("keys without a place mention", extra); ok = False
print("OK" if ok else "PROBLEMS")
for name in MENTIONS:
    print(name, len(MENTIONS[name].strip().splitlines()), len(CLAIMS[name]), len(QUOTES[name]))
