import re, sys
from pathlib import Path
HERE = Path(__file__).resolve().parent  # moved from _work/ into the half's folder
sys.path.insert(0, str(HERE))
from heldout10_annotations import ACTORS, CLAIMS, MENTIONS, PLACE_GEONAMES, QUOTES
ok = True
def find(text, s, start, wb):
    if wb:
        m = re.compile(r"(?<!\w)" + re.escape(s) + r"(?!\w)").search(text, start)
        return (m.start(), m.end()) if m else None
    i = text.find(s, start); return (i, i + len(s)) if i >= 0 else None
places = set()
for name in MENTIONS:
    text = (HERE / "articles" / f"{name}.txt").read_text(encoding="utf-8")
    n = int(name[:2]); pos = 0
    for line in MENTIONS[name].strip().splitlines():
        parts = [p.strip() for p in line.split(" | ")]
        s, label = parts[0], parts[1]
        if label not in ACTORS: print("unknown label", name, label); ok = False
        r = find(text, s, pos, True)
        if not r: print("mention not found", name, s); ok = False; continue
        pos = r[1]
        if len(parts) > 2: places.add((n, s))
    pos = 0
    for c in CLAIMS[name]:
        r = find(text, c[0], pos, True)
        if not r: print("claim not found", name, c[0]); ok = False; continue
        pos = r[1]
        if c[5] and c[5] not in ACTORS: print("unknown source", c); ok = False
    pos = 0
    for q in QUOTES[name]:
        r = find(text, q[0], pos, False)
        if not r: print("quote not found", name, q[0][:50]); ok = False; continue
        pos = r[1]
        if q[3] and q[3] not in ACTORS: print("unknown speaker", q); ok = False
    print(name, len(MENTIONS[name].strip().splitlines()), len(CLAIMS[name]), len(QUOTES[name]))
if places != set(PLACE_GEONAMES): print("place keys differ", places ^ set(PLACE_GEONAMES)); ok = False
used = {l.split(" | ")[1].strip() for m in MENTIONS.values() for l in m.strip().splitlines()}
print("unused labels", set(ACTORS) - used)
print("OK" if ok else "FAIL")
