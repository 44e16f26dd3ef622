"""Sorted indexes of the gazetteer's big tables, so that a batch looks up only the keys it holds.

A join of a batch's few thousand mentions with the gazetteer's names (about 270,000 rows) or places (about
180,000) hashes or probes the whole table on every call; a :class:`SortedIndex`, built once per gazetteer,
finds the rows of a batch's distinct keys by binary search instead, and the join then runs on those rows only.
:func:`rows_of` gives the rows in the table's own order, so that ``table[rows_of(index, keys)]`` is
``table.filter(pl.col(column).is_in(keys))``, row for row.
"""

from __future__ import annotations

from dataclasses import dataclass

import polars as pl


@dataclass(frozen=True)
class SortedIndex:
    """A table's column sorted (``values``), with each value's row in the table (``rows``)."""

    values: pl.Series
    rows: pl.Series


def build_index(table: pl.DataFrame, column: str) -> SortedIndex:
    """The :class:`SortedIndex` of ``table[column]`` (nulls left out: a null key names nothing).

    >>> ix = build_index(pl.DataFrame({"k": ["b", "a", None, "b"]}), "k")
    >>> ix.values.to_list(), ix.rows.to_list()
    (['a', 'b', 'b'], [1, 0, 3])
    """
    s = table.select(pl.col(column).alias("v"), pl.int_range(pl.len(), dtype=pl.Int64).alias("r")).drop_nulls(
        "v"
    )
    s = s.sort("v", "r")
    return SortedIndex(s["v"], s["r"])


def rows_of(index: SortedIndex, keys: pl.Series) -> pl.Series:
    """The rows (ascending) of the table whose value is one of ``keys`` (Int64 row numbers).

    >>> t = pl.DataFrame({"k": ["b", "a", "c", "b"], "n": [1, 2, 3, 4]})
    >>> ix = build_index(t, "k")
    >>> rows_of(ix, pl.Series(["b", "x", None, "b"])).to_list()
    [0, 3]
    >>> t[rows_of(ix, pl.Series(["b", "x"]))].equals(t.filter(pl.col("k").is_in(["b", "x"])))
    True
    """
    wanted = keys.drop_nulls().unique().cast(index.values.dtype)
    if wanted.len() == 0 or index.values.len() == 0:
        return pl.Series("rows", [], dtype=pl.Int64)
    lo = index.values.search_sorted(wanted, side="left")
    hi = index.values.search_sorted(wanted, side="right")
    spans = pl.DataFrame({"lo": lo, "hi": hi}).filter(pl.col("hi") > pl.col("lo"))
    at = spans.select(pl.int_ranges("lo", "hi", dtype=pl.Int64).alias("at")).explode("at")["at"]
    return index.rows.gather(at).sort().rename("rows")


def lookup(table: pl.DataFrame, index: SortedIndex, keys: pl.Series) -> pl.DataFrame:
    """The rows of ``table`` (indexed by ``index``) whose indexed value is one of ``keys``, in table order.

    >>> t = pl.DataFrame({"k": ["b", "a", "c", "b"], "n": [1, 2, 3, 4]})
    >>> lookup(t, build_index(t, "k"), pl.Series(["b"]))["n"].to_list()
    [1, 4]
    """
    return table[rows_of(index, keys)]
