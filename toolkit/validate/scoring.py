"""Matching predicted rows to gold rows (spans exact or by overlap, then fields), and the scores with bootstrap intervals."""

from __future__ import annotations

import math
from collections.abc import Hashable, Mapping
from typing import TYPE_CHECKING, Any, Literal

import numpy as np
import polars as pl

from toolkit.core.errors import check_choice
from toolkit.core.schema import conform, empty
from toolkit.validate.alignment import (
    ParentRule,
    _apply_ids,
    _apply_parent,
    _match_spans,
    align_new_ids,
    align_parent_ids,
)
from toolkit.validate.gold import Gold
from toolkit.validate.tasks import (
    _PAIRS_SCHEMA,
    ALL_FIELDS,
    CLUSTER_CHOICES,
    FIELDS,
    MATCH_CHOICES,
    MATCHES_SCHEMA,
    SCORES_SCHEMA,
    SPAN_TASKS,
    TASKS,
    TEXT_COLUMN,
    Cluster,
    Match,
    find_sentence_pairs,
)

if TYPE_CHECKING:
    from pathlib import Path

ClaimSpan = Literal["phrase", "number"]
CLAIM_SPAN_CHOICES = ("phrase", "number")
"""Which span of a predicted claim ``exact`` matching compares with the gold span: ``phrase``
(``span_start``/``span_end``: hedge, number and unit, "nearly 15,000", "about 275 kg", the gold sets'
annotation format; a row without them falls back to its number) or ``number`` (``char_start``/``char_end``:
the number only, "15,000"; for gold sets whose claims are the toolkit's proposals accepted as they were).
``overlap`` matching always uses the number's span."""

# --------------------------------------------------------------------------- pairs and fields




def _norm(v: Any) -> Any:
    if v is None:
        return None
    if isinstance(v, str):
        v = " ".join(v.casefold().split())
        return v or None
    return v


def field_key(extractor: str, field: str, row: Mapping[str, Any]) -> Hashable:
    """The value of ``field`` compared between a predicted and a gold row (``None`` = not given).

    ``actor``/``type``/``place``: ``actor_id``/``actor_type``/``is_place``; ``place_id``: the place's id
    (GeoNames id; ``None`` = none); ``value``: the number to 9
    significant digits; ``qualifier``/``counted``/``kind``: the column; ``source``/``speaker``: the
    actor id, else the words naming the source, case-folded. Scoring compares ``source``/``speaker``
    by actor id when both sides have one, else by the words (equal, or one contained in the other as
    whole words: ``Zelensky`` and ``President Volodymyr Zelensky`` agree).

    >>> field_key("claims", "value", {"value": 150})
    150.0
    >>> field_key("quotes", "speaker", {"speaker_actor_id": None, "speaker_surface": "  Nabil Abu Thabet"})
    'nabil abu thabet'
    """
    check_choice("field", field, FIELDS.get(extractor, ()))
    if field == "actor":
        return _norm(row.get("actor_id"))
    if field == "type":
        return _norm(row.get("actor_type"))
    if field == "place":
        return bool(row.get("is_place"))
    if field == "place_id":
        pid = row.get("place_id")
        return None if pid is None else int(pid)
    if field == "value":
        v = row.get("value")
        return None if v is None or (isinstance(v, float) and math.isnan(v)) else float(f"{float(v):.9g}")
    if field in ("qualifier", "counted", "kind"):
        return _norm(row.get(field))
    actor, words = _who(field, row)
    return actor if actor is not None else words


def _who(field: str, row: Mapping[str, Any]) -> tuple[Any, Any]:
    prefix = "source" if field == "source" else "speaker"
    return _norm(row.get(f"{prefix}_actor_id")), _norm(row.get(f"{prefix}_surface"))


def _same(extractor: str, field: str, pred: Mapping[str, Any], gold: Mapping[str, Any]) -> bool:
    if field in ("source", "speaker"):
        p, g = _who(field, pred), _who(field, gold)
        if p[0] is not None and g[0] is not None:
            return bool(p[0] == g[0])
        if p[1] is None or g[1] is None:  # no words on one side: agree only if neither names anyone
            return p[0] is None and g[0] is None and p[1] is None and g[1] is None
        return bool(p[1] == g[1] or f" {p[1]} " in f" {g[1]} " or f" {g[1]} " in f" {p[1]} ")
    return bool(field_key(extractor, field, pred) == field_key(extractor, field, gold))


def _attrs(extractor: str, row: Mapping[str, Any]) -> str:
    cols = {
        "mentions": ("actor_id", "actor_type", "is_place", "place_id"),
        "claims": ("value", "qualifier", "counted", "source_actor_id", "source_surface"),
        "quotes": ("kind", "speaker_actor_id", "speaker_surface"),
    }[extractor]
    return " ".join(f"{c}={row.get(c)}" for c in cols if row.get(c) is not None)


# --------------------------------------------------------------------------- matching


def _tables(predicted: Any) -> Mapping[str, pl.DataFrame]:
    if hasattr(predicted, "tables") and not isinstance(predicted, Mapping):
        return dict(predicted.tables)
    if isinstance(predicted, Mapping):
        return predicted
    raise TypeError(f"predicted must be an Analysis or a mapping of table name to frame, not {type(predicted).__name__}")


def _predicted(tables: Mapping[str, pl.DataFrame], task: str, include_places: bool) -> pl.DataFrame:
    if task == "pairs":
        cooc = tables.get("cooc_pairs")
        if cooc is not None and cooc.height:
            out = cooc.filter(pl.col("window") == "sentence").select(
                pl.lit(None, dtype=pl.String).alias("annotator"), "article_id",
                pl.col("unit_id").cast(pl.Int32).alias("sentence_id"), "actor_a", "actor_b",
            )  # fmt: skip
            return out.unique()
        ments = tables.get("mentions")
        if ments is None:
            return pl.DataFrame(schema=_PAIRS_SCHEMA)
        return find_sentence_pairs(ments.drop("annotator", strict=False), include_places=include_places)
    df = tables.get(task)
    if df is None:
        return empty(task)
    return conform(df, task)


def match_extractions(
    predicted: Any,
    gold: Gold,
    *,
    match: Match = "overlap",
    annotator: str | None = None,
    align_new: bool = True,
    claim_span: ClaimSpan = "phrase",
    align_parent: bool = True,
    dictionary: str | Path | None = None,
) -> pl.DataFrame:
    """Row-level comparison: every predicted and gold item in the finished units, as tp, fp or fn.

    ``predicted``: an :class:`toolkit.Analysis` or a mapping with ``mentions``, ``claims``, ``quotes``
    (and ``cooc_pairs``; without it pairs come from the predicted mentions). Only items in sentences
    an annotator finished count. ``match``: ``"exact"`` spans or ``"overlap"`` (one-to-one, largest
    overlap first). ``annotator``: one annotator (default: each in turn). Matched rows carry
    ``same_<field>`` for each attribute of :data:`FIELDS`, except ``same_place_id``, which is set on the gold
    mentions that carry a ``place_id`` only: on a matched one, whether the predicted ``place_id`` is the
    same (a null predicted id is not); on an unmatched one, False; null elsewhere (gold mentions without a
    place id, predicted mentions no gold mention matches). Pairs match on article, sentence and actors.
    ``align_new``: gold ids ``new:<slug>`` take the toolkit's id for the same actor (:func:`align_new_ids`)
    in mentions, pairs, quote speakers and claim sources; ``False`` compares the ids as written.
    ``align_parent``: a gold mention written as its state (gold sets write a body without an id of its own so:
    "NASA" -> ``USA``) takes the id of the predicted mention it matches when that is a body of the state
    (``affiliation``; an organisation only, no party, media outlet or company, covering at least half of the
    gold words: :func:`~toolkit.validate.alignment.align_parent_ids`),
    that mention only, and pairs follow; a gold quote speaker or claim source written as a state agrees
    with such a body when the words name the body (:class:`~toolkit.validate.alignment.ParentRule`).
    ``False`` compares the ids as written. ``dictionary``: a user actor dictionary read with the packaged ones
    (as :func:`toolkit.analyze` takes it), so that its bodies, states and roles count in that alignment.
    ``claim_span``: under ``exact`` matching, a predicted claim's span is its whole phrase (``"phrase"``:
    ``span_start``/``span_end``, then its ``pred_start``/``pred_end``/``pred_text`` are the phrase's) or
    its number (``"number"``); see :data:`CLAIM_SPAN_CHOICES`.

    >>> from toolkit.validate import gold_from_tables
    >>> articles = pl.DataFrame({"article_id": ["a1"], "text": ["At least 12 people were killed."]})
    >>> claim = {"article_id": ["a1"], "sentence_id": [0], "surface": ["At least 12"], "value": [12.0]}
    >>> gold_claims = pl.DataFrame({**claim, "char_start": [0], "char_end": [11]})
    >>> gold = gold_from_tables(articles, claims=gold_claims, annotator="ann1")
    >>> pred = pl.DataFrame({**claim, "surface": ["12"], "char_start": [9], "char_end": [11], "span_start": [0],
    ...                      "span_end": [11]})
    >>> m = match_extractions({"claims": pred}, gold, match="exact").filter(extractor="claims")
    >>> m.select("status", "pred_start", "pred_text").rows()
    [('tp', 0, 'At least 12')]
    >>> by_number = match_extractions({"claims": pred}, gold, match="exact", claim_span="number")
    >>> by_number.filter(extractor="claims")["status"].to_list()
    ['fn', 'fp']

    A gold set that writes NASA as its state (``USA``) against a toolkit that knows NASA:

    >>> articles = pl.DataFrame({"article_id": ["a2"], "text": ["NASA said the launch was delayed."]})
    >>> nasa = {"article_id": ["a2"], "sentence_id": [0], "char_start": [0], "char_end": [4], "surface": ["NASA"]}
    >>> gold = gold_from_tables(articles, mentions=pl.DataFrame({**nasa, "actor_id": ["USA"]}), annotator="ann1")
    >>> pred = pl.DataFrame({**nasa, "actor_id": ["NASA"], "actor_type": ["organization"], "affiliation": ["USA"]})
    >>> match_extractions({"mentions": pred}, gold).filter(extractor="mentions")["same_actor"].to_list()
    [True]
    >>> match_extractions({"mentions": pred}, gold, align_parent=False).filter(extractor="mentions")["same_actor"].to_list()
    [False]
    """
    check_choice("match", match, MATCH_CHOICES)
    check_choice("claim_span", claim_span, CLAIM_SPAN_CHOICES)
    tables = _tables(predicted)
    annotators = gold.annotators if annotator is None else [annotator]
    if annotator is not None and annotator not in gold.annotators:
        raise ValueError(f"invalid annotator={annotator!r}; valid values: {', '.join(map(repr, gold.annotators))}")
    rows: list[dict[str, Any]] = []
    for ann in annotators:
        units = gold.units.filter(pl.col("annotator") == ann).select("article_id", "sentence_id")
        gold_tables = {t: gold.table(t).filter(pl.col("annotator") == ann) for t in SPAN_TASKS}
        pred_ments = tables.get("mentions")
        if align_new and pred_ments is not None:
            mapping = align_new_ids(pred_ments, gold_tables["mentions"])
            gold_tables["mentions"] = _apply_ids(gold_tables["mentions"], mapping, "actor_id")
            gold_tables["quotes"] = _apply_ids(gold_tables["quotes"], mapping, "speaker_actor_id")
            gold_tables["claims"] = _apply_ids(gold_tables["claims"], mapping, "source_actor_id")
        parent = ParentRule(pred_ments, dictionary=dictionary) if align_parent else None
        if parent is not None and pred_ments is not None:
            gold_tables["mentions"] = _apply_parent(
                gold_tables["mentions"],
                align_parent_ids(pred_ments, gold_tables["mentions"], parent.states, dictionary=dictionary),
            )
        gold_tables["pairs"] = find_sentence_pairs(gold_tables["mentions"], include_places=gold.include_places)
        for task in TASKS:
            pred_df = _predicted(tables, task, gold.include_places).join(units, on=["article_id", "sentence_id"], how="semi")
            if task == "claims" and match == "exact" and claim_span == "phrase":
                pred_df = _phrase_spans(pred_df, gold.articles)
            gold_df = gold_tables[task].join(units, on=["article_id", "sentence_id"], how="semi")
            if task == "pairs":
                rows += _match_pairs(ann, pred_df, gold_df)
            else:
                rows += _match_task(ann, task, pred_df, gold_df, match, parent)
    out = pl.DataFrame(rows, schema=MATCHES_SCHEMA) if rows else pl.DataFrame(schema=MATCHES_SCHEMA)
    return out.sort("annotator", "extractor", "article_id", pl.coalesce("gold_start", "pred_start"), "status", maintain_order=True)


def _phrase_spans(claims: pl.DataFrame, articles: pl.DataFrame) -> pl.DataFrame:
    """``claims`` with each row's span (``char_start``/``char_end``) and ``surface`` made its whole phrase
    (``span_start``/``span_end``, in the text of ``articles``) where it has one; rows without keep theirs."""
    has = pl.col("span_start").is_not_null() & pl.col("span_end").is_not_null()
    text = articles.select(pl.col("article_id").cast(pl.String), pl.col("text").alias("_text")).unique("article_id")
    return (
        claims.join(text, on="article_id", how="left", maintain_order="left")
        .with_columns(
            pl.when(has & pl.col("_text").is_not_null())
            .then(pl.col("_text").str.slice(pl.col("span_start"), pl.col("span_end") - pl.col("span_start")))
            .otherwise(pl.col("surface"))
            .alias("surface"),
            pl.when(has).then(pl.col("span_start")).otherwise(pl.col("char_start")).alias("char_start"),
            pl.when(has).then(pl.col("span_end")).otherwise(pl.col("char_end")).alias("char_end"),
        )
        .drop("_text")
    )


def _match_task(
    ann: str, task: str, pred_df: pl.DataFrame, gold_df: pl.DataFrame, match: str, parent: ParentRule | None = None
) -> list[dict[str, Any]]:
    span = TEXT_COLUMN[task]
    preds = pred_df.sort("article_id", "char_start", "char_end").to_dicts()
    golds = gold_df.sort("article_id", "char_start", "char_end").to_dicts()
    by_article: dict[str, tuple[list[int], list[int]]] = {}
    for i, p in enumerate(preds):
        by_article.setdefault(p["article_id"], ([], []))[0].append(i)
    for j, g in enumerate(golds):
        by_article.setdefault(g["article_id"], ([], []))[1].append(j)
    pairs = []
    for pi, gi in by_article.values():  # candidate pairs only within an article
        pairs += [(pi[i], gi[j]) for i, j in _match_spans([preds[i] for i in pi], [golds[j] for j in gi], match)]
    rows = []
    blank = {f"same_{f}": None for f in ALL_FIELDS}
    for i, j in pairs:
        p, g = preds[i], golds[j]
        rows.append({
            "annotator": ann, "extractor": task, "article_id": g["article_id"], "sentence_id": g["sentence_id"],
            "status": "tp", "pred_start": p["char_start"], "pred_end": p["char_end"], "pred_text": p[span],
            "gold_start": g["char_start"], "gold_end": g["char_end"], "gold_text": g[span], "gold_item_id": g["item_id"],
            "pred_attrs": _attrs(task, p), "gold_attrs": _attrs(task, g),
            **blank, **{f"same_{f}": _same(task, f, p, g) for f in FIELDS[task]},
        })  # fmt: skip
        if parent is not None:  # a gold speaker or source written as its state, the toolkit naming the body
            for f in ("source", "speaker"):
                if rows[-1][f"same_{f}"] is False and f in FIELDS[task] and parent.agrees(f, p, g):
                    rows[-1][f"same_{f}"] = True
        if task == "mentions" and g.get("place_id") is None:
            rows[-1]["same_place_id"] = None  # a gold mention without a place id: its place is not scored
    mp, mg = {i for i, _ in pairs}, {j for _, j in pairs}
    for i, p in enumerate(preds):
        if i not in mp:
            rows.append({
                "annotator": ann, "extractor": task, "article_id": p["article_id"], "sentence_id": p["sentence_id"],
                "status": "fp", "pred_start": p["char_start"], "pred_end": p["char_end"], "pred_text": p[span],
                "pred_attrs": _attrs(task, p), **blank,
            })  # fmt: skip
    for j, g in enumerate(golds):
        if j not in mg:
            rows.append({
                "annotator": ann, "extractor": task, "article_id": g["article_id"], "sentence_id": g["sentence_id"],
                "status": "fn", "gold_start": g["char_start"], "gold_end": g["char_end"], "gold_text": g[span],
                "gold_item_id": g["item_id"], "gold_attrs": _attrs(task, g), **blank,
            })  # fmt: skip
            if task == "mentions" and g.get("place_id") is not None:
                rows[-1]["same_place_id"] = False  # a gold place not found: not found with the right place
    return rows


def _match_pairs(ann: str, pred_df: pl.DataFrame, gold_df: pl.DataFrame) -> list[dict[str, Any]]:
    keys = ["article_id", "sentence_id", "actor_a", "actor_b"]
    p = set(pred_df.select(keys).rows())
    g = set(gold_df.select(keys).rows())
    rows = []
    for status, keyset in (("tp", p & g), ("fp", p - g), ("fn", g - p)):
        for aid, sid, a, b in sorted(keyset):
            label = f"{a} – {b}"
            rows.append({
                "annotator": ann, "extractor": "pairs", "article_id": aid, "sentence_id": sid, "status": status,
                "pred_text": label if status != "fn" else None, "gold_text": label if status != "fp" else None,
            })  # fmt: skip
    return rows


# --------------------------------------------------------------------------- scores


def _prf(tp: np.ndarray, n_pred: np.ndarray, n_gold: np.ndarray) -> tuple[np.ndarray, np.ndarray, np.ndarray]:
    with np.errstate(divide="ignore", invalid="ignore"):
        p = np.where(n_pred > 0, tp / np.where(n_pred > 0, n_pred, 1), np.nan)
        r = np.where(n_gold > 0, tp / np.where(n_gold > 0, n_gold, 1), np.nan)
        d = n_pred + n_gold
        f = np.where(d > 0, 2 * tp / np.where(d > 0, d, 1), np.nan)
    return p, r, f


def _num(x: float) -> float | None:
    return None if x is None or not math.isfinite(x) else float(x)


def summarise_scores(
    matches: pl.DataFrame,
    units: pl.DataFrame,
    *,
    match: Match = "overlap",
    n_boot: int = 1000,
    seed: int = 0,
    ci: float = 0.95,
    cluster: Cluster = "article",
) -> pl.DataFrame:
    """Precision, recall and F1 per annotator, extractor and field, with bootstrap intervals.

    ``matches`` from :func:`match_extractions`; ``units`` the finished sentences (``Gold.units``), so
    that units without any item still count in the resampling. Field ``span``: a true positive is a
    matched span. Other fields: a matched span whose attribute also agrees (so precision and recall
    fall when the attribute is wrong), and ``accuracy`` is the share of matched spans where it agrees.
    Field ``place_id`` (mentions) counts only the gold mentions that carry a ``place_id`` (the GeoNames id
    of the place meant; ``same_place_id`` not null): ``n_gold`` those, ``n_pred`` those a predicted mention
    matches (the same one-to-one span matching as every field), ``n_tp`` those whose predicted ``place_id``
    is the gold one. So ``precision`` = ``accuracy`` (right place among matched gold places, with its
    bootstrap interval) and ``recall`` = gold places found with the right place / all gold places with an
    id; predicted places no gold id covers are not judged (``span`` and ``place`` score those).
    Intervals: percentile bootstrap over ``cluster`` units (articles by default: errors within an
    article are not independent), ``n_boot`` resamples drawn from ``seed`` (``n_boot=0``: no
    intervals). Undefined values (no predictions, no gold items) are null.
    """
    check_choice("match", match, MATCH_CHOICES)
    check_choice("cluster", cluster, CLUSTER_CHOICES)
    if not 0 < ci < 1:
        raise ValueError(f"invalid ci={ci}; a coverage between 0 and 1, e.g. 0.95")
    if n_boot < 0:
        raise ValueError(f"invalid n_boot={n_boot}; 0 (no intervals) or more")
    ckey = ["article_id"] if cluster == "article" else ["article_id", "sentence_id"]
    out = []
    alpha = (1 - ci) / 2
    annotators = list(dict.fromkeys(units["annotator"].to_list() + matches["annotator"].to_list()))
    for ann in annotators:
        u = units.filter(pl.col("annotator") == ann).select(ckey).unique().sort(ckey)
        m = matches.filter(pl.col("annotator") == ann)
        clusters = {k: i for i, k in enumerate(u.rows())}
        for k in m.select(ckey).unique().sort(ckey).rows():
            clusters.setdefault(k, len(clusters))
        k_n = len(clusters)
        rng = np.random.default_rng(seed)
        weights = rng.multinomial(k_n, np.full(k_n, 1 / k_n), size=n_boot).astype(float) if k_n and n_boot else None
        cidx = np.array([clusters[k] for k in m.select(ckey).rows()], dtype=np.int64)
        status = m["status"].to_numpy()
        n_units = units.filter(pl.col("annotator") == ann).height
        for task in TASKS:
            in_task = (m["extractor"] == task).to_numpy()
            for fld in ("span", *FIELDS[task]):
                tp_mask = in_task & (status == "tp")
                if fld != "span":
                    tp_mask = tp_mask & m[f"same_{fld}"].fill_null(False).to_numpy()
                pred_mask = in_task & (status != "fn")
                gold_mask = in_task & (status != "fp")
                if fld == "place_id":  # only gold mentions with a place id (same_place_id set) are judged
                    judged = m["same_place_id"].is_not_null().to_numpy()
                    tp_mask, gold_mask = tp_mask & judged, gold_mask & judged
                    pred_mask = gold_mask & (status == "tp")
                counts = np.zeros((k_n, 3))
                for col, mask in enumerate((tp_mask, pred_mask, gold_mask)):
                    np.add.at(counts[:, col], cidx[mask], 1)
                tot = counts.sum(axis=0)
                p, r, f = _prf(tot[0:1], tot[1:2], tot[2:3])
                n_matched = int((in_task & (status == "tp")).sum()) if fld != "place_id" else int(tot[1])
                row: dict[str, Any] = {
                    "annotator": ann, "extractor": task, "field": fld, "match": "exact" if task == "pairs" else match,
                    "n_units": n_units, "n_gold": int(tot[2]), "n_pred": int(tot[1]), "n_tp": int(tot[0]),
                    "precision": _num(p[0]), "recall": _num(r[0]), "f1": _num(f[0]),
                    "accuracy": _num(tot[0] / n_matched) if fld != "span" and n_matched else None,
                }  # fmt: skip
                if weights is not None:
                    boot = weights @ counts
                    bp, br, bf = _prf(boot[:, 0], boot[:, 1], boot[:, 2])
                    for name, vals in (("precision", bp), ("recall", br), ("f1", bf)):
                        ok = vals[np.isfinite(vals)]
                        row[f"{name}_low"] = _num(np.quantile(ok, alpha)) if ok.size else None
                        row[f"{name}_high"] = _num(np.quantile(ok, 1 - alpha)) if ok.size else None
                out.append(row)
    return pl.DataFrame(out, schema=SCORES_SCHEMA) if out else pl.DataFrame(schema=SCORES_SCHEMA)


def score_extractions(
    predicted: Any,
    gold: Gold,
    *,
    match: Match = "overlap",
    annotator: str | None = None,
    n_boot: int = 1000,
    seed: int = 0,
    ci: float = 0.95,
    cluster: Cluster = "article",
    claim_span: ClaimSpan = "phrase",
    align_new: bool = True,
    align_parent: bool = True,
    dictionary: str | Path | None = None,
) -> pl.DataFrame:
    """:func:`match_extractions` then :func:`summarise_scores`: the scores table in one call
    (``claim_span``: which span of a predicted claim ``exact`` matching compares; ``align_new``,
    ``align_parent``, ``dictionary``: how gold actor ids are aligned with the toolkit's; see
    :func:`match_extractions`).

    >>> import polars as pl
    >>> from toolkit import score_extractions
    >>> from toolkit.validate import gold_from_tables
    >>> articles = pl.DataFrame({"article_id": ["a1"], "text": ["Hamas said 12 people were killed."]})
    >>> gold_claims = pl.DataFrame({"article_id": ["a1"], "sentence_id": [0], "char_start": [11], "char_end": [13],
    ...                             "surface": ["12"], "value": [12.0], "counted": ["killed"]})
    >>> gold = gold_from_tables(articles, claims=gold_claims, annotator="ann1")
    >>> predicted = {"claims": gold.claims.with_columns(pl.lit(21.0).alias("value"))}
    >>> score_extractions(predicted, gold, n_boot=0).filter(extractor="claims").select("field", "f1").rows()[:2]
    [('span', 1.0), ('value', 0.0)]
    """
    matches = match_extractions(
        predicted, gold, match=match, annotator=annotator, claim_span=claim_span, align_new=align_new,
        align_parent=align_parent, dictionary=dictionary,
    )  # fmt: skip
    units = gold.units if annotator is None else gold.units.filter(pl.col("annotator") == annotator)
    return summarise_scores(matches, units, match=match, n_boot=n_boot, seed=seed, ci=ci, cluster=cluster)
