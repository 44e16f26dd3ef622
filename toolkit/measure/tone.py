"""Tone towards a marked target (a person or group named in a sentence), by a compact linear model.

Tables in: any frame with ``text`` and the target's span ``char_start``/``char_end`` (offsets into
``text``). Out: the same frame plus ``tone``, ``tone_score``, ``p_negative``, ``p_neutral``,
``p_positive`` (:func:`score_target_tone`).

Model: multinomial logistic regression trained on NewsMTSC's training split (Hamborg & Donnay 2021,
MIT; sentences from real English news, each with a target and the tone the annotators saw towards it)
by ``bench/train_tone.py``, settings chosen on its dev splits. The weights ship as data
(``toolkit/data/tone_model.json``: feature names, coefficients, intercepts, class order, provenance).
Features (:func:`target_features`), with the target's own words masked: the words of the sentence
(a bag), the words, word pairs and triples near the target by side and distance, the words of the target's own
clause by side, the summed VADER valence per side and clause in four buckets, VADER lexicon valences
(:mod:`toolkit.measure.vader`) summed by side, distance and clause (a negator within three words
before flips a valence; a contrast word or clause punctuation between a word and the target puts it in
another clause), and whether the target stands inside quotation marks. Inference is polars/numpy only.

>>> f = pl.DataFrame({"text": ["Critics accused Smith of lying to voters.", "Smith won praise for her brave rescue."],
...                   "char_start": [16, 0], "char_end": [21, 5]})
>>> score_target_tone(f).select("tone", pl.col("tone_score") < 0).rows()
[('negative', True), ('positive', False)]
"""

from __future__ import annotations

import json
from pathlib import Path
from typing import Any

import numpy as np
import polars as pl

from toolkit.core import cache
from toolkit.core.resources import data_path
from toolkit.core.schema import require_columns
from toolkit.measure.vader import default_lexicon_file, load_lexicon

MODEL_FILE = "tone_model.json"
CLASSES = ("negative", "neutral", "positive")

# tokens: words (with an inner apostrophe), "n't", numbers, and the punctuation that cuts clauses or marks quotes
_TOKEN = r"n't|[a-z]+(?:['’][a-z]+)?|[0-9]+|[,;:!?()\"“”‘’]"
_QUOTES = r"[\"“”]"
# negators (VADER's list, the common ones) and words or marks that open another clause
_NEGATORS = ["not", "n't", "no", "never", "nothing", "nobody", "none", "neither", "nor", "without", "cannot",
             "hardly", "barely", "rarely", "seldom", "nowhere", "despite"]  # fmt: skip
_CUTS = [",", ";", ":", "(", ")", "but", "however", "although", "though", "while", "whereas", "yet", "because",
         "who", "which", "after", "before", "when", "since", "unless", "if"]  # fmt: skip
NEAR, MID = 3, 8  # distance buckets in tokens: near (1-3), mid (4-8), far (9+)
CHUNK = 2_000
"""Targets scored at a time by :func:`score_target_tone`: the token and feature frames of one call grow with its
targets (about 11 kB each), so a batch of tens of thousands of mentions is scored in slices (the same scores)."""
DENSE = [f"{s}{b}{c}{p}" for s in "LR" for b in "nmf" for c in "sx" for p in ("pos", "neg")] + ["quoted", "first", "n_tok"]
"""Dense features: summed positive/negative VADER valence per side (L/R), distance bucket (near/mid/far) and
clause (same/other), divided by 4; target inside quotation marks; target opens the sentence; log tokens/10."""


def _tokens(expr: pl.Expr) -> pl.Expr:
    return expr.str.to_lowercase().str.replace_all("’", "'").str.replace_all(r"n't\b", " n't").str.extract_all(_TOKEN)


def target_features(frame: pl.DataFrame, lexicon: dict[str, float] | None = None) -> tuple[pl.DataFrame, np.ndarray]:
    """(sparse features, dense matrix) of each row's target: ``(row, feature)`` pairs (a pair may repeat) and a
    ``rows x len(DENSE)`` float matrix. ``frame`` needs ``text``, ``char_start``, ``char_end``.

    >>> sp, dense = target_features(pl.DataFrame({"text": ["Critics attacked Smith."], "char_start": [17], "char_end": [22]}))
    >>> sorted(sp["feature"].to_list())[:4]
    ['Lg:critics_attacked', 'Ln:attacked', 'Ln:critics', 'Ls:attacked']
    """
    n = frame.height
    lex = load_lexicon().entries if lexicon is None else lexicon
    f = frame.select(
        pl.col("text").fill_null(""), pl.col("char_start").cast(pl.Int64), pl.col("char_end").cast(pl.Int64)
    ).with_row_index("row")
    left = pl.col("text").str.slice(0, pl.col("char_start"))
    right = pl.col("text").str.slice(pl.col("char_end"))
    f = f.with_columns(
        _tokens(left).list.reverse().alias("L"),
        _tokens(right).alias("R"),
        (left.str.count_matches(_QUOTES) % 2 == 1).alias("quoted"),
    )
    lexf = pl.DataFrame({"tok": list(lex.keys()), "val": list(lex.values())}, schema={"tok": pl.String, "val": pl.Float64})
    toks = (
        pl.concat([
            f.select((pl.col("row") * 2).alias("g"), pl.col("L").alias("tok")),
            f.select((pl.col("row") * 2 + 1).alias("g"), pl.col("R").alias("tok")),
        ])
        .sort("g").explode("tok").drop_nulls("tok")
        .with_row_index("i")
    )  # fmt: skip
    # rows of one (target, side) are contiguous: position and running counts come from global shifts and sums
    g = toks["g"].to_numpy()
    i = np.arange(len(g))
    first = np.r_[True, g[1:] != g[:-1]] if len(g) else np.zeros(0, dtype=bool)
    start = np.maximum.accumulate(np.where(first, i, 0)) if len(g) else i
    is_neg = toks["tok"].is_in(_NEGATORS).to_numpy()
    is_cut = toks["tok"].is_in(_CUTS).to_numpy()
    is_left = g % 2 == 0

    def shifted(x: np.ndarray, k: int) -> np.ndarray:  # x at i + k within the same group, else False
        out = np.zeros_like(x)
        if k > 0:
            out[:-k] = x[k:]
            same = np.zeros(len(x), dtype=bool)
            same[:-k] = g[k:] == g[:-k]
        else:
            out[-k:] = x[:k]
            same = np.zeros(len(x), dtype=bool)
            same[-k:] = g[:k] == g[-k:]
        return out & same  # type: ignore[no-any-return]

    # reading order: for L (reversed), the word before a token is the next one outward (i + 1); for R, i - 1
    negated = np.zeros(len(g), dtype=bool)
    for k in (1, 2, 3):
        negated |= np.where(is_left, shifted(is_neg, k), shifted(is_neg, -k))
    cum = np.cumsum(is_cut)
    before_start = np.where(start > 0, cum[start - 1], 0) if len(g) else cum
    other = (cum - is_cut - before_start) > 0
    same_next = np.r_[g[1:] == g[:-1], False] if len(g) else first
    same_next2 = np.r_[same_next[1:], False] & same_next if len(g) else first
    toks = toks.with_columns(
        pl.Series("side", np.where(is_left, "L", "R")),
        pl.Series("d", i - start + 1),
        pl.Series("negated", negated),
        pl.Series("other", other),
        pl.when(pl.Series(same_next)).then(pl.col("tok").shift(-1)).alias("nxt"),
        pl.when(pl.Series(same_next2)).then(pl.col("tok").shift(-2)).alias("nn"),
        (pl.col("g") // 2).alias("row"),
    ).join(lexf, on="tok", how="left", maintain_order="left").with_columns(
        pl.col("val").fill_null(0.0)
    ).with_columns(pl.when(pl.col("negated")).then(pl.col("val") * -0.74).otherwise(pl.col("val")).alias("val"))
    bucket = pl.when(pl.col("d") <= NEAR).then(pl.lit("n")).when(pl.col("d") <= MID).then(pl.lit("m")).otherwise(pl.lit("f"))
    word = pl.col("tok").str.contains(r"[a-z0-9]")
    pair = pl.when(pl.col("side") == "L").then(pl.col("nxt") + "_" + pl.col("tok")).otherwise(pl.col("tok") + "_" + pl.col("nxt"))
    triple = (
        pl.when(pl.col("side") == "L").then(pl.col("nn") + "_" + pl.col("nxt") + "_" + pl.col("tok"))
        .otherwise(pl.col("tok") + "_" + pl.col("nxt") + "_" + pl.col("nn"))
    )  # fmt: skip
    clause = pl.when(pl.col("other")).then(pl.lit("x")).otherwise(pl.lit("s"))
    valence = toks.filter(pl.col("val") != 0).group_by("row", "side", "other").agg(pl.col("val").sum())
    vbin = (
        pl.when(pl.col("val") > 1).then(pl.lit("++")).when(pl.col("val") > 0).then(pl.lit("+"))
        .when(pl.col("val") < -1).then(pl.lit("--")).otherwise(pl.lit("-"))
    )  # fmt: skip
    sparse = pl.concat([
        toks.filter(word).select("row", ("b:" + pl.col("tok")).alias("feature")),
        toks.filter(word & (pl.col("d") <= MID)).select("row", (pl.col("side") + bucket + ":" + pl.col("tok")).alias("feature")),
        toks.filter(pl.col("d") == 1).select("row", (pl.col("side") + "t:" + pl.col("tok")).alias("feature")),
        toks.filter((pl.col("d") <= 6) & pl.col("nxt").is_not_null()).select("row", (pl.col("side") + "g:" + pair).alias("feature")),
        toks.filter(pl.col("negated") & (pl.col("val") != 0)).select("row", ("neg:" + pl.col("side")).alias("feature")),
        toks.filter(word & ~pl.col("other")).select("row", (pl.col("side") + "s:" + pl.col("tok")).alias("feature")),
        toks.filter((pl.col("d") <= 5) & pl.col("nn").is_not_null()).select("row", (pl.col("side") + "3:" + triple).alias("feature")),
        valence.select("row", ("vb:" + pl.col("side") + clause + vbin).alias("feature")),
    ])  # fmt: skip
    dense = np.zeros((n, len(DENSE)))
    lexrows = toks.filter(pl.col("val") != 0).with_columns(
        (pl.col("side") + bucket + pl.when(pl.col("other")).then(pl.lit("x")).otherwise(pl.lit("s"))).alias("k"),
        pl.col("val").clip(lower_bound=0).alias("pos"), (-pl.col("val")).clip(lower_bound=0).alias("neg"),
    ).group_by("row", "k").agg(pl.col("pos").sum(), pl.col("neg").sum())
    index = {name: i for i, name in enumerate(DENSE)}
    if lexrows.height:
        r = lexrows["row"].to_numpy().astype(np.int64)
        for p in ("pos", "neg"):
            c = np.array([index[k + p] for k in lexrows["k"].to_list()])
            dense[r, c] = lexrows[p].to_numpy() / 4.0
    dense[:, index["quoted"]] = f["quoted"].to_numpy()
    dense[:, index["first"]] = (f["L"].list.len() == 0).to_numpy()
    dense[:, index["n_tok"]] = np.log1p((f["L"].list.len() + f["R"].list.len()).to_numpy()) / np.log(10)
    return sparse, dense


def _read_model(path: Path) -> dict[str, Any]:
    doc = json.loads(path.read_text(encoding="utf-8"))
    feats = doc["features"]
    coef = np.array(doc["coef"], dtype=np.float64)
    return {
        "classes": tuple(doc["classes"]),
        "intercept": np.array(doc["intercept"], dtype=np.float64),
        "dense": np.array(doc["dense_coef"], dtype=np.float64),
        "table": pl.DataFrame({"feature": feats, "k": np.arange(len(feats), dtype=np.uint32), "c0": coef[:, 0], "c1": coef[:, 1], "c2": coef[:, 2]}),
        "lexicon": dict(load_lexicon().entries),
    }


def load_model(path: str | Path | None = None) -> dict[str, Any]:
    """The tone model (``path``: a model file of the same format; ``None``: the packaged one), read once per
    version of the model and VADER lexicon files (:func:`toolkit.core.cache.load`).

    >>> load_model()["classes"]
    ('negative', 'neutral', 'positive')
    """
    p = Path(path) if path is not None else data_path(MODEL_FILE)
    return cache.load("tone.model", (p, default_lexicon_file()), lambda: _read_model(p))


def predict_proba(frame: pl.DataFrame, model: dict[str, Any]) -> np.ndarray:
    """``rows x 3`` class probabilities (order of ``model["classes"]``) for the targets of ``frame``."""
    sparse, dense = target_features(frame, model["lexicon"])
    # every sum in a fixed order per row, so a target's probabilities do not depend on the other rows
    z = np.tile(model["intercept"], (frame.height, 1)) + (dense[:, :, None] * model["dense"][None, :, :]).sum(axis=1)
    hits = sparse.join(model["table"], on="feature", how="inner").unique(["row", "k"]).sort("row", "k")
    if hits.height:
        r = hits["row"].to_numpy().astype(np.int64)
        for j in range(3):
            z[:, j] += np.bincount(r, weights=hits[f"c{j}"].to_numpy(), minlength=frame.height)
    z -= z.max(axis=1, keepdims=True)
    e = np.exp(z)
    return e / e.sum(axis=1, keepdims=True)  # type: ignore[no-any-return]


def score_target_tone(frame: pl.DataFrame, *, model: str | Path | None = None) -> pl.DataFrame:
    """``frame`` (``text``, ``char_start``, ``char_end``: the target's span in ``text``) with the model's tone
    towards each target: ``tone`` (``negative``/``neutral``/``positive``, the likeliest),
    ``tone_score`` (``p_positive - p_negative``, in -1..1) and ``p_negative``, ``p_neutral``, ``p_positive``.

    Rows with an empty or null text get the model's prior (its intercepts). ``model``: another model file.

    >>> f = pl.DataFrame({"text": ["Police praised Jones for his courage."], "char_start": [15], "char_end": [20]})
    >>> score_target_tone(f)["tone"].to_list()
    ['positive']
    """
    require_columns(frame, ["text", "char_start", "char_end"], what="score_target_tone")
    m = load_model(model)
    p = np.zeros((0, 3))
    if frame.height:
        cols = frame.select("text", "char_start", "char_end")
        p = np.vstack([predict_proba(cols.slice(i, CHUNK), m) for i in range(0, frame.height, CHUNK)])
    order = [m["classes"].index(c) for c in CLASSES]
    p = p[:, order]
    tone = np.array(CLASSES, dtype=object)[p.argmax(axis=1)] if frame.height else np.array([], dtype=object)
    return frame.with_columns(
        pl.Series("tone", tone.tolist(), dtype=pl.String),
        pl.Series("tone_score", p[:, 2] - p[:, 0], dtype=pl.Float64),
        pl.Series("p_negative", p[:, 0], dtype=pl.Float64),
        pl.Series("p_neutral", p[:, 1], dtype=pl.Float64),
        pl.Series("p_positive", p[:, 2], dtype=pl.Float64),
    )


def score_mentions(mentions: pl.DataFrame, sentences: pl.DataFrame, *, model: str | Path | None = None) -> pl.DataFrame:
    """``mentions`` with ``tone_score`` (the model's ``p_positive - p_negative`` towards each mention, -1..1;
    :func:`score_target_tone`) filled in, row order kept. Scored: the mentions of an actor (``actor_id`` not
    null) whose sentence is in ``sentences`` (``article_id``, ``sentence_id``, ``char_start``, ``text``) and
    whose span lies inside it; the rest get null. A mention's score depends on its sentence only, so scoring
    batch by batch gives the scores of one corpus-wide call.

    >>> s = pl.DataFrame({"article_id": ["a"], "sentence_id": [0], "char_start": [10],
    ...                   "text": ["Critics accused Smith of lying to voters."]})
    >>> m = pl.DataFrame({"article_id": ["a", "a"], "sentence_id": [0, 0], "char_start": [26, 10],
    ...                   "char_end": [31, 17], "actor_id": ["SMITH", None]})
    >>> score_mentions(m, s).select("actor_id", pl.col("tone_score") < 0).rows()
    [('SMITH', True), (None, None)]
    """
    require_columns(mentions, ["article_id", "sentence_id", "char_start", "char_end", "actor_id"], what="score_mentions")
    require_columns(sentences, ["article_id", "sentence_id", "char_start", "text"], what="score_mentions")
    m = mentions  # an existing tone_score column is replaced where it stands (the mentions schema's order)
    if m.height == 0:
        return m.with_columns(pl.lit(None, dtype=pl.Float64).alias("tone_score"))
    j = (
        m.select("article_id", pl.col("sentence_id").cast(pl.Int64), "actor_id", "char_start", "char_end")
        .with_row_index("_row").filter(pl.col("actor_id").is_not_null())
        .join(sentences.select("article_id", pl.col("sentence_id").cast(pl.Int64), "text", pl.col("char_start").alias("_s0")),
              on=["article_id", "sentence_id"], how="inner")
        .select("_row", "text", (pl.col("char_start") - pl.col("_s0")).alias("char_start"),
                (pl.col("char_end") - pl.col("_s0")).alias("char_end"))
        .filter((pl.col("char_start") >= 0) & (pl.col("char_end") <= pl.col("text").str.len_chars())
                & (pl.col("char_start") <= pl.col("char_end")))
    )  # fmt: skip
    score = np.full(m.height, np.nan)
    if j.height:
        scored = score_target_tone(j, model=model)
        score[scored["_row"].to_numpy()] = scored["tone_score"].to_numpy()
    return m.with_columns(pl.Series("tone_score", score, dtype=pl.Float64).fill_nan(None))
