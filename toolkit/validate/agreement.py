"""Agreement between annotators: Krippendorff's alpha per extractor and field."""

from __future__ import annotations

from collections.abc import Hashable, Sequence
from typing import TYPE_CHECKING, Any

import krippendorff
import numpy as np
import polars as pl

from toolkit.core.errors import check_choice
from toolkit.validate.gold import Gold
from toolkit.validate.scoring import _predicted, _tables, field_key
from toolkit.validate.tasks import AGREEMENT_SCHEMA, FIELDS, LEVEL_CHOICES, MATCH_CHOICES, TASKS, Level, Match

if TYPE_CHECKING:
    pass

# --------------------------------------------------------------------------- agreement


def krippendorff_alpha(
    reliability_data: Sequence[Sequence[Hashable | None]], *, level: Level = "nominal"
) -> tuple[float | None, float | None, int]:
    """Krippendorff's alpha for a coders × units table (``None`` = missing value).

    Returns ``(alpha, observed_agreement, n_values)``: alpha is ``None`` when it is undefined (fewer
    than two pairable values, or a single category), observed agreement the share of agreeing pairs
    of values within units, n the number of pairable values. ``level``: ``"nominal"`` (categories) or
    ``"interval"`` (numbers, squared difference). Alpha comes from the ``krippendorff`` package (the
    coincidence-matrix method of Krippendorff (2011), "Computing Krippendorff's alpha-reliability"; his
    worked nominal example gives 0.743); observed agreement and ``n`` from the same matrix, built here.

    >>> a = [[1, 2, 3, 3, 2, 1, 4, 1, 2, None, None, None],
    ...      [1, 2, 3, 3, 2, 2, 4, 1, 2, 5, None, 3],
    ...      [None, 3, 3, 3, 2, 3, 4, 2, 2, 5, 1, None],
    ...      [1, 2, 3, 3, 2, 4, 4, 1, 2, 5, 1, None]]
    >>> round(krippendorff_alpha(a)[0], 3)
    0.743
    """
    check_choice("level", level, LEVEL_CHOICES)
    if not reliability_data:
        return None, None, 0
    n_units = len(reliability_data[0])
    if any(len(row) != n_units for row in reliability_data):
        raise ValueError("every coder needs one value (or None) per unit")
    values = sorted({v for row in reliability_data for v in row if v is not None}, key=repr)
    index = {v: i for i, v in enumerate(values)}
    counts = np.zeros((n_units, len(values)))
    for row in reliability_data:
        for u, v in enumerate(row):
            if v is not None:
                counts[u, index[v]] += 1
    m = counts.sum(axis=1)
    keep = m >= 2
    counts, m = counts[keep], m[keep]
    n = float(m.sum())
    if n < 2 or not values:
        return None, None, int(n)
    scaled = counts / (m - 1)[:, None]
    coinc = scaled.T @ counts - np.diag(scaled.sum(axis=0))  # o_ck
    n_c = coinc.sum(axis=1)
    if level == "nominal":
        delta = 1.0 - np.eye(len(values))
    else:
        try:
            num = np.array([float(v) for v in values])  # type: ignore[arg-type]
        except (TypeError, ValueError):
            raise ValueError("level='interval' needs numeric values") from None
        delta = (num[:, None] - num[None, :]) ** 2
    d_e = float((np.outer(n_c, n_c) * delta).sum()) / (n - 1)
    observed = float(np.trace(coinc) / n)
    if d_e == 0:  # one category (or one number): alpha is undefined
        return None, observed, int(n)
    # alpha itself from the well-kept `krippendorff` package (same coincidence-matrix method)
    coded = np.full((len(reliability_data), n_units), np.nan)
    for r, row in enumerate(reliability_data):
        for u, v in enumerate(row):
            if v is not None:
                coded[r, u] = index[v] if level == "nominal" else float(v)  # type: ignore[arg-type]
    domain = list(range(len(values))) if level == "nominal" else sorted({float(v) for v in values})  # type: ignore[arg-type]
    alpha = float(krippendorff.alpha(reliability_data=coded, value_domain=domain, level_of_measurement=level))
    return alpha, observed, int(n)


def summarise_agreement(
    gold: Gold,
    *,
    match: Match = "overlap",
    annotators: Sequence[str] | None = None,
    predicted: Any = None,
) -> pl.DataFrame:
    """Krippendorff's alpha (nominal) between annotators, per extractor and field.

    Units are the items any annotator accepted, corrected, added or rejected in sentences finished
    by at least two annotators, plus (with ``predicted``, the tables the annotators saw) every
    proposal there; items are one unit when their spans are the same (``match="exact"``) or overlap
    (``"overlap"``; pairs always exact). Field ``span``: does the annotator count the item (1) or not
    (0: rejected it, or finished its sentence without it); other fields: the attribute, on units two
    annotators count. Without ``predicted``, units nobody counts are missing, so the ``span`` alpha
    is pessimistic (few 0-0 agreements); read it with ``observed_agreement``. Empty with fewer than
    two annotators.
    """
    check_choice("match", match, MATCH_CHOICES)
    anns = list(annotators) if annotators is not None else gold.annotators
    unknown = [a for a in anns if a not in gold.annotators]
    if unknown:
        raise ValueError(f"invalid annotator {unknown[0]!r}; valid values: {', '.join(map(repr, gold.annotators))}")
    if len(anns) < 2:
        return pl.DataFrame(schema=AGREEMENT_SCHEMA)
    done = {a: set(gold.units.filter(pl.col("annotator") == a).select("article_id", "sentence_id").rows()) for a in anns}
    rows = []
    for task in TASKS:
        if task == "pairs":
            items = gold.table("pairs").with_columns(pl.lit("add").alias("decision"), pl.lit(0, dtype=pl.Int64).alias("char_start"))
            items = items.with_columns(pl.lit(1, dtype=pl.Int64).alias("char_end"))
        else:
            items = gold.items[task]
        items = items.filter(pl.col("annotator").is_in(anns))
        recs = [r for r in items.to_dicts() if (r["article_id"], r["sentence_id"]) in done[r["annotator"]]]
        if predicted is not None:
            shared = set.union(*done.values())
            props = _predicted(_tables(predicted), task, gold.include_places)
            if task == "pairs":
                props = props.with_columns(pl.lit(0, dtype=pl.Int64).alias("char_start"), pl.lit(1, dtype=pl.Int64).alias("char_end"))
            recs += [
                {**r, "annotator": None, "decision": "proposal"}
                for r in props.to_dicts()
                if (r["article_id"], r["sentence_id"]) in shared
            ]
        clusters = _cluster_items(task, recs, "exact" if task == "pairs" else match)
        for fld in ("span", *FIELDS[task]):
            data: list[list[Hashable | None]] = [[] for _ in anns]
            for members in clusters:
                sent = (members[0]["article_id"], members[0]["sentence_id"])
                for ai, a in enumerate(anns):
                    mine = [r for r in members if r["annotator"] == a]
                    counted = [r for r in mine if r["decision"] != "reject"]
                    if fld == "span":
                        val: Hashable | None = (1 if counted else 0) if (mine or sent in done[a]) else None
                    else:
                        val = repr(field_key(task, fld, counted[0])) if counted else None
                    data[ai].append(val)
            alpha, observed, n_values = krippendorff_alpha(data) if clusters else (None, None, 0)
            n_pairable = sum(1 for u in range(len(clusters)) if sum(d[u] is not None for d in data) >= 2)
            rows.append({
                "extractor": task, "field": fld, "match": "exact" if task == "pairs" else match,
                "annotators": ", ".join(anns), "n_units": n_pairable, "n_values": n_values,
                "observed_agreement": observed, "alpha": alpha,
            })  # fmt: skip
    return pl.DataFrame(rows, schema=AGREEMENT_SCHEMA)


def _cluster_items(task: str, recs: list[dict[str, Any]], match: str) -> list[list[dict[str, Any]]]:
    if task == "pairs":
        groups: dict[tuple[Any, ...], list[dict[str, Any]]] = {}
        for r in recs:
            groups.setdefault((r["article_id"], r["sentence_id"], r["actor_a"], r["actor_b"]), []).append(r)
        return list(groups.values())
    recs = sorted(recs, key=lambda r: (r["article_id"], r["char_start"], r["char_end"], r["annotator"] or ""))
    clusters: list[list[dict[str, Any]]] = []
    end = -1
    for r in recs:
        cur = clusters[-1] if clusters else None
        if cur is not None and cur[0]["article_id"] == r["article_id"]:
            if match == "exact" and (cur[0]["char_start"], cur[0]["char_end"]) == (r["char_start"], r["char_end"]):
                cur.append(r)
                continue
            if match == "overlap" and r["char_start"] < end:
                cur.append(r)
                end = max(end, r["char_end"])
                continue
        clusters.append([r])
        end = r["char_end"]
    return clusters
