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
import re
from collections.abc import Mapping
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


class _Tokens:
    """The tokens of each target's two sides (one row per token; the rows of one target and side contiguous, left
    side outward from the target), with the per-token facts every feature is built from (numpy arrays)."""

    def __init__(self, frame: pl.DataFrame, vocab: pl.DataFrame) -> None:
        f = frame.select(
            pl.col("text").fill_null(""), pl.col("char_start").cast(pl.Int64), pl.col("char_end").cast(pl.Int64)
        ).with_row_index("row")
        left = pl.col("text").str.slice(0, pl.col("char_start"))
        right = pl.col("text").str.slice(pl.col("char_end"))
        self.f = f.with_columns(
            _tokens(left).list.reverse().alias("L"),
            _tokens(right).alias("R"),
            (left.str.count_matches(_QUOTES) % 2 == 1).alias("quoted"),
        )
        toks = (
            pl.concat([
                self.f.select((pl.col("row") * 2).alias("g"), pl.col("L").alias("tok")),
                self.f.select((pl.col("row") * 2 + 1).alias("g"), pl.col("R").alias("tok")),
            ])
            .sort("g").explode("tok").drop_nulls("tok")
            .join(vocab, on="tok", how="left", maintain_order="left")
        )  # fmt: skip
        self.toks = toks
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
        val = toks["val"].fill_null(0.0).to_numpy()
        self.row, self.is_left, self.d, self.negated = g // 2, is_left, i - start + 1, negated
        self.other = (cum - is_cut - before_start) > 0
        self.same_next = np.r_[g[1:] == g[:-1], False] if len(g) else first
        self.same_next2 = np.r_[self.same_next[1:], False] & self.same_next if len(g) else first
        self.val = np.where(negated, val * -0.74, val)
        hit = self.val != 0
        # the tokens with a lexicon valence (after negation), in token order: valence bins and dense sums
        self.lex = pl.DataFrame({
            "row": self.row[hit], "side": np.where(is_left[hit], "L", "R"), "d": self.d[hit],
            "other": self.other[hit], "val": self.val[hit], "negated": negated[hit],
        })  # fmt: skip

    def negation_features(self) -> pl.DataFrame:
        """``(row, feature)``: ``neg:<side>`` per lexicon word negated."""
        return self.lex.filter(pl.col("negated")).select("row", ("neg:" + pl.col("side")).alias("feature"))

    def valence_features(self) -> pl.DataFrame:
        """``(row, feature)``: ``vb:<side><clause><bin>``, the summed valence per side and clause in four bins."""
        valence = self.lex.group_by("row", "side", "other").agg(pl.col("val").sum())
        clause = pl.when(pl.col("other")).then(pl.lit("x")).otherwise(pl.lit("s"))
        vbin = (
            pl.when(pl.col("val") > 1).then(pl.lit("++")).when(pl.col("val") > 0).then(pl.lit("+"))
            .when(pl.col("val") < -1).then(pl.lit("--")).otherwise(pl.lit("-"))
        )  # fmt: skip
        return valence.select("row", ("vb:" + pl.col("side") + clause + vbin).alias("feature"))

    def dense(self) -> np.ndarray:
        """The ``rows x len(DENSE)`` matrix (see :data:`DENSE`)."""
        f = self.f
        dense = np.zeros((f.height, len(DENSE)))
        bucket = pl.when(pl.col("d") <= NEAR).then(pl.lit("n")).when(pl.col("d") <= MID).then(pl.lit("m")).otherwise(pl.lit("f"))
        lexrows = self.lex.with_columns(
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
        return dense


def _lexicon_vocab(lex: Mapping[str, float]) -> pl.DataFrame:
    return pl.DataFrame({"tok": list(lex.keys()), "val": list(lex.values())}, schema={"tok": pl.String, "val": pl.Float64})


def target_features(frame: pl.DataFrame, lexicon: dict[str, float] | None = None) -> tuple[pl.DataFrame, np.ndarray]:
    """(sparse features, dense matrix) of each row's target: ``(row, feature)`` pairs (a pair may repeat) and a
    ``rows x len(DENSE)`` float matrix. ``frame`` needs ``text``, ``char_start``, ``char_end``.

    >>> sp, dense = target_features(pl.DataFrame({"text": ["Critics attacked Smith."], "char_start": [17], "char_end": [22]}))
    >>> sorted(sp["feature"].to_list())[:4]
    ['Lg:critics_attacked', 'Ln:attacked', 'Ln:critics', 'Ls:attacked']
    """
    t = _Tokens(frame, _lexicon_vocab(load_lexicon().entries if lexicon is None else lexicon))
    toks = t.toks.select("tok").with_columns(
        pl.Series("side", np.where(t.is_left, "L", "R")), pl.Series("d", t.d), pl.Series("other", t.other),
        pl.when(pl.Series(t.same_next)).then(pl.col("tok").shift(-1)).alias("nxt"),
        pl.when(pl.Series(t.same_next2)).then(pl.col("tok").shift(-2)).alias("nn"),
        pl.Series("row", t.row),
    )
    bucket = pl.when(pl.col("d") <= NEAR).then(pl.lit("n")).when(pl.col("d") <= MID).then(pl.lit("m")).otherwise(pl.lit("f"))
    word = pl.col("tok").str.contains(_WORD)
    pair = pl.when(pl.col("side") == "L").then(pl.col("nxt") + "_" + pl.col("tok")).otherwise(pl.col("tok") + "_" + pl.col("nxt"))
    triple = (
        pl.when(pl.col("side") == "L").then(pl.col("nn") + "_" + pl.col("nxt") + "_" + pl.col("tok"))
        .otherwise(pl.col("tok") + "_" + pl.col("nxt") + "_" + pl.col("nn"))
    )  # fmt: skip
    sparse = pl.concat([
        toks.filter(word).select("row", ("b:" + pl.col("tok")).alias("feature")),
        toks.filter(word & (pl.col("d") <= MID)).select("row", (pl.col("side") + bucket + ":" + pl.col("tok")).alias("feature")),
        toks.filter(pl.col("d") == 1).select("row", (pl.col("side") + "t:" + pl.col("tok")).alias("feature")),
        toks.filter((pl.col("d") <= 6) & pl.col("nxt").is_not_null()).select("row", (pl.col("side") + "g:" + pair).alias("feature")),
        t.negation_features(),
        toks.filter(word & ~pl.col("other")).select("row", (pl.col("side") + "s:" + pl.col("tok")).alias("feature")),
        toks.filter((pl.col("d") <= 5) & pl.col("nn").is_not_null()).select("row", (pl.col("side") + "3:" + triple).alias("feature")),
        t.valence_features(),
    ])  # fmt: skip
    return sparse, t.dense()


_WORD = r"[a-z0-9]"
_KINDS = ("b", *(s + k for s in "LR" for k in ("n", "m", "t", "g", "s", "3")))
"""The kinds of word features (the feature name's part before ``:``): ``b`` and, per side, the distance-bucket,
touching-word, pair, clause and triple ones; :func:`predict_proba` codes each as an integer (kind and word ids), never as text."""


def _word_keys(t: _Tokens, model: dict[str, Any]) -> tuple[np.ndarray, np.ndarray]:
    """``(rows, keys)`` of the word features of :func:`target_features` whose words are all in the model's features,
    each coded as an integer (as :func:`_read_model` codes the model's): the names never need to be built."""
    tid = t.toks["id"].fill_null(-1).to_numpy().astype(np.int64)
    b = model["base"]
    known = tid >= 0
    word = known & (model["word"][np.where(known, tid, 0)] if len(model["word"]) else known)
    code = tid + 1  # 0: no word
    nxt, nn = np.zeros_like(code), np.zeros_like(code)  # the codes of the next two tokens (checked: same side)
    nxt[:-1], nn[:-2] = code[1:], code[2:]
    side = np.where(t.is_left, 0, 6)
    d = t.d
    pair_ok = (d <= 6) & t.same_next & known & (nxt > 0)
    tri_ok = (d <= 5) & t.same_next2 & known & (nxt > 0) & (nn > 0)
    pair = np.where(t.is_left, nxt * b + code, code * b + nxt) * b
    tri = np.where(t.is_left, (nn * b + nxt) * b + code, (code * b + nxt) * b + nn)
    single = code * b * b
    groups: list[tuple[np.ndarray, np.ndarray | int, np.ndarray]] = [
        (word, 0, single),
        (word & (d <= MID), 1 + side + (d > NEAR), single),
        (known & (d == 1), 3 + side, single),
        (pair_ok, 4 + side, pair),
        (word & ~t.other, 5 + side, single),
        (tri_ok, 6 + side, tri),
    ]
    rows = np.concatenate([t.row[m] for m, _, _ in groups])
    keys = np.concatenate([(np.broadcast_to(np.asarray(k), m.shape)[m] * b**3 + v[m]) for m, k, v in groups])
    return rows, keys


def _feature_words(name: str, ids: dict[str, int]) -> tuple[int, list[int]] | None:
    """(kind index in :data:`_KINDS`, ids + 1 of the feature's one to three words in reading order) of a word
    feature's name, the ids taken from (and added to) ``ids``; ``None`` for the other features."""
    kind, _, rest = name.partition(":")
    if kind not in _KINDS:
        return None
    words = rest.split("_") if kind[-1] in "g3" else [rest]
    return _KINDS.index(kind), [ids.setdefault(w, len(ids)) + 1 for w in words]


def _read_model(path: Path) -> dict[str, Any]:
    doc = json.loads(path.read_text(encoding="utf-8"))
    feats = doc["features"]
    coef = np.array(doc["coef"], dtype=np.float64).reshape(len(feats), 3)
    lexicon = dict(load_lexicon().entries)
    ids: dict[str, int] = {}
    parsed = [_feature_words(name, ids) for name in feats]
    base = len(ids) + 1  # word codes 1..len(ids); 0: no word
    keys, ks = [], []
    for k, p in enumerate(parsed):
        if p is not None:
            codes = p[1] + [0] * (3 - len(p[1]))
            keys.append(((p[0] * base + codes[0]) * base + codes[1]) * base + codes[2])
            ks.append(k)
    vocab = _lexicon_vocab(lexicon).join(
        pl.DataFrame({"tok": list(ids), "id": np.arange(len(ids), dtype=np.int64)}, schema={"tok": pl.String, "id": pl.Int64}),
        on="tok", how="full", coalesce=True,
    )
    return {
        "classes": tuple(doc["classes"]),
        "intercept": np.array(doc["intercept"], dtype=np.float64),
        "dense": np.array(doc["dense_coef"], dtype=np.float64),
        "coef": coef,
        "table": pl.DataFrame({"feature": feats, "k": np.arange(len(feats), dtype=np.uint32)}),
        "lexicon": lexicon,
        # word features as integers (kind, word ids: _word_keys); None when the codes would not fit in int64
        # or two features share a name
        "base": base if (len(_KINDS) + 1) * base**3 < 2**62 and len(set(keys)) == len(keys) else None,
        "keys": pl.DataFrame({"key": keys, "k": ks}, schema={"key": pl.Int64, "k": pl.Int64}),
        "vocab": vocab,
        "word": np.array([re.search(_WORD, w) is not None for w in ids], dtype=bool),
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
    """``rows x 3`` class probabilities (order of ``model["classes"]``) for the targets of ``frame``.

    The features are those of :func:`target_features`; the word features are matched to the model's as integer codes
    (:func:`_word_keys`), the same hits as matching their names."""
    n = frame.height
    if model["base"] is None:  # a model too large for integer codes: match the features by name
        sparse, dense = target_features(frame, model["lexicon"])
        hits = sparse.join(model["table"], on="feature", how="inner")
        hit_rows, hit_ks = hits["row"].to_numpy(), hits["k"].to_numpy()
    else:
        t = _Tokens(frame, model["vocab"])
        dense = t.dense()
        rows, keys = _word_keys(t, model)
        coded = pl.DataFrame({"row": rows, "key": keys}).join(model["keys"], on="key", how="inner")
        named = pl.concat([t.negation_features(), t.valence_features()]).join(model["table"], on="feature", how="inner")
        hit_rows = np.r_[coded["row"].to_numpy(), named["row"].to_numpy()]
        hit_ks = np.r_[coded["k"].to_numpy(), named["k"].to_numpy()]
    # every sum in a fixed order per row, so a target's probabilities do not depend on the other rows
    z = np.tile(model["intercept"], (n, 1)) + (dense[:, :, None] * model["dense"][None, :, :]).sum(axis=1)
    if len(hit_rows):
        nk = len(model["coef"])
        # a stable sort (timsort): the pairs come as a few runs already in row order, which it merges (same result)
        pairs = np.sort(hit_rows.astype(np.int64) * nk + hit_ks.astype(np.int64), kind="stable")
        pairs = pairs[np.r_[True, pairs[1:] != pairs[:-1]]]  # each (row, feature) once, by row then feature
        r, k = pairs // nk, pairs % nk
        for j in range(3):
            z[:, j] += np.bincount(r, weights=model["coef"][k, j], minlength=n)
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
