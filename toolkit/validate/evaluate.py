"""Reporting a validation: the scores chart, the model card, and ``evaluate_gold`` (``python -m toolkit evaluate``)."""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from pathlib import Path
from typing import TYPE_CHECKING, Any

import polars as pl

from toolkit.core.errors import check_choice
from toolkit.core.schema import require_columns
from toolkit.validate.agreement import summarise_agreement
from toolkit.validate.gold import Gold, read_gold
from toolkit.validate.scoring import (
    CLAIM_SPAN_CHOICES,
    ClaimSpan,
    _tables,
    match_extractions,
    summarise_scores,
)
from toolkit.validate.tasks import FORMAT_CHOICES, MATCH_CHOICES, SCORES_SCHEMA, Cluster, Format, Match

if TYPE_CHECKING:
    import altair as alt

# --------------------------------------------------------------------------- reporting


def plot_scores(scores: pl.DataFrame, *, annotator: str | None = None, field: str | None = None) -> alt.LayerChart:
    """Precision, recall and F1 with their intervals, one row per extractor and field (not displayed).

    ``annotator``: whose gold set (default: the first in ``scores``). ``field``: one field only
    (e.g. ``"span"``); default all.
    """
    import altair as alt

    require_columns(scores, list(SCORES_SCHEMA), what="plot_scores")
    if annotator is None and scores.height:
        annotator = scores["annotator"][0]
    df = scores.filter(pl.col("annotator") == annotator) if annotator is not None else scores
    if field is not None:
        df = df.filter(pl.col("field") == field)
    if df.filter(pl.col("f1").is_not_null() | pl.col("precision").is_not_null() | pl.col("recall").is_not_null()).height == 0:
        # nothing scored yet: a one-line message of a normal size (an empty layered chart drew an SVG
        # about 1.8e308 pixels wide)
        note = "No finished annotations yet: annotate, mark sentences done, then re-run this cell."
        text = alt.Chart(pl.DataFrame({"note": [note]})).mark_text(align="left", x=0, fontSize=13).encode(text="note:N", tooltip="note:N")
        return alt.LayerChart(layer=[text], width=360, height=30, title="Extractors against the gold set")
    long = pl.concat(
        [
            df.select(
                pl.format("{} · {}", "extractor", "field").alias("measure"), "extractor", "field",
                pl.lit(m).alias("metric"), pl.col(m).alias("estimate"),
                pl.col(f"{m}_low").alias("low"), pl.col(f"{m}_high").alias("high"), "n_gold", "n_pred",
            )  # fmt: skip
            for m in ("precision", "recall", "f1")
        ]
    )
    order = df.select(pl.format("{} · {}", "extractor", "field")).to_series().to_list()
    y = alt.Y("measure:N", sort=order, title=None)
    base = alt.Chart(long).encode(y=y, yOffset="metric:N", color=alt.Color("metric:N", title=None))
    rules = base.mark_rule().encode(x=alt.X("low:Q", scale=alt.Scale(domain=[0, 1]), title="score (95% bootstrap interval)"), x2="high:Q")
    points = base.mark_point(filled=True).encode(
        x="estimate:Q", tooltip=["extractor", "field", "metric", alt.Tooltip("estimate:Q", format=".2f"),
                                 alt.Tooltip("low:Q", format=".2f"), alt.Tooltip("high:Q", format=".2f"), "n_gold", "n_pred"],
    )  # fmt: skip
    return (rules + points).properties(title=f"Extractors against the gold set of {annotator}" if annotator else "No finished annotations yet", width=360)


def _fmt(v: float | None, low: float | None = None, high: float | None = None) -> str:
    if v is None:
        return "–"
    s = f"{v:.2f}"
    if low is not None and high is not None:
        s += f" [{low:.2f}, {high:.2f}]"
    return s


def format_model_card(
    scores: pl.DataFrame,
    agreement: pl.DataFrame | None = None,
    *,
    gold: Gold | None = None,
    annotator: str | None = None,
    title: str = "Validation of the toolkit's extractors",
) -> str:
    """A short model-card style summary in Markdown, to paste into a paper's appendix.

    Reports the gold set (articles, sentences, outlets, annotators), the scores of ``annotator``
    (default: the first) with their intervals, agreement between annotators and the caveats.
    """
    from toolkit import __version__

    require_columns(scores, list(SCORES_SCHEMA), what="format_model_card")
    if annotator is None and scores.height:
        annotator = scores["annotator"][0]
    df = scores.filter(pl.col("annotator") == annotator) if annotator is not None else scores
    lines = [f"## {title}", ""]
    match = df["match"].filter(df["extractor"] != "pairs")
    match_s = match[0] if match.len() else "overlap"
    if gold is not None and annotator is not None:
        u = gold.units.filter(pl.col("annotator") == annotator)
        n_art = u["article_id"].n_unique()
        outlets = sorted({o for o in gold.articles.filter(pl.col("article_id").is_in(u["article_id"].unique().to_list()))["outlet"].to_list() if o})
        lines.append(
            f"**Gold standard.** {u.height} sentences from {n_art} articles"
            + (f" ({', '.join(outlets)})" if outlets else "")
            + f", annotated by {annotator}"
            + (f"; second annotation by {', '.join(a for a in gold.annotators if a != annotator)}" if len(gold.annotators) > 1 else "")
            + ". Annotators saw the toolkit's proposals and accepted, corrected, rejected or added items."
        )
    lines += [
        "",
        f"**Model.** toolkit {__version__}: dictionary and rule-based extractors (actor mentions, actor pairs "
        "per sentence, numeric claims, quotes with speakers). Spans are matched "
        + ("exactly" if match_s == "exact" else "when they overlap (one-to-one)")
        + "; an attribute counts as correct only on a matched span.",
        "",
        "| extractor | field | gold | predicted | precision | recall | F1 |",
        "|---|---|---:|---:|---|---|---|",
    ]
    for r in df.iter_rows(named=True):
        lines.append(
            f"| {r['extractor']} | {r['field']} | {r['n_gold']} | {r['n_pred']} | "
            f"{_fmt(r['precision'], r['precision_low'], r['precision_high'])} | "
            f"{_fmt(r['recall'], r['recall_low'], r['recall_high'])} | {_fmt(r['f1'], r['f1_low'], r['f1_high'])} |"
        )
    lines += ["", "Brackets: 95% percentile bootstrap intervals over articles (seeded)."]
    if agreement is not None and agreement.height:
        parts = [
            f"{r['extractor']} {r['field']} α = {_fmt(r['alpha'])} (n = {r['n_units']})"
            for r in agreement.iter_rows(named=True)
            if r["n_units"]
        ]
        lines += ["", f"**Agreement** between {agreement['annotators'][0]} (Krippendorff's alpha, nominal): " + "; ".join(parts) + "."]
    lines += [
        "",
        "**Limitations.** Scores hold for this sample of this corpus; small gold sets give wide intervals. "
        "Rules were written for English wire copy and may miss other styles; quotes without quotation "
        "marks and numbers in tables are out of scope. Report these figures beside any count built on the tables.",
    ]
    return "\n".join(lines) + "\n"


# --------------------------------------------------------------------------- command line


def evaluate_gold(
    gold_path: str | Path | Sequence[str | Path],
    out_dir: str | Path,
    *,
    corpus: Any = None,
    match: Match = "overlap",
    n_boot: int = 1000,
    seed: int = 0,
    cluster: Cluster = "article",
    format: Format = "csv",
    dictionary: str | Path | None = None,
    align_new: bool = True,
    claim_span: ClaimSpan = "phrase",
    align_parent: bool = True,
) -> dict[str, pl.DataFrame]:
    """Score a corpus against a gold file and write the tables (``python -m toolkit evaluate``).

    ``corpus``: ``None`` runs the toolkit on the articles stored in the gold file; otherwise paths
    (as for :func:`toolkit.analyze`), an :class:`toolkit.Analysis` or a mapping of tables, which must
    hold every gold article (same ``article_id``). Writes ``scores``, ``agreement`` and ``matches``
    (``.csv`` or ``.parquet``), ``model_card.md`` and ``scores_chart.html`` to ``out_dir``; returns
    the three tables. ``align_new``, ``align_parent`` and ``claim_span`` (which span of a predicted claim ``exact`` matching
    compares: its whole phrase or its number): see :func:`match_extractions`. ``dictionary``: a user actor
    dictionary, used to analyse the articles and to align gold ids with its bodies and states.

    >>> import tempfile
    >>> import polars as pl
    >>> from toolkit import evaluate_gold
    >>> from toolkit.validate import write_gold
    >>> articles = pl.DataFrame({"article_id": ["a1"], "text": ["Hamas rejected the offer on Monday."]})
    >>> mentions = pl.DataFrame({"article_id": ["a1"], "sentence_id": [0], "char_start": [0], "char_end": [5],
    ...                          "surface": ["Hamas"], "actor_id": ["HAMAS"]})
    >>> folder = Path(tempfile.mkdtemp())
    >>> _ = write_gold(folder / "gold.jsonl", articles, annotator="ann1", mentions=mentions)
    >>> scores = evaluate_gold(folder / "gold.jsonl", folder / "eval", n_boot=0)["scores"]
    >>> scores.filter(extractor="mentions", field="span").select("n_gold", "n_tp", "recall").rows()
    [(1, 1, 1.0)]
    """
    check_choice("match", match, MATCH_CHOICES)
    check_choice("format", format, FORMAT_CHOICES)
    check_choice("claim_span", claim_span, CLAIM_SPAN_CHOICES)
    gold = read_gold(gold_path)
    if gold.articles.height == 0:
        raise ValueError(f"gold file {gold_path} holds no articles (records with \"record\": \"article\")")
    from toolkit.run.pipeline import analyze, analyze_articles

    if corpus is None:
        tables: Mapping[str, pl.DataFrame] = analyze_articles(gold.articles, dictionary=dictionary, progress=False).tables
    elif isinstance(corpus, Mapping) or hasattr(corpus, "tables"):
        tables = _tables(corpus)
    else:
        tables = analyze(corpus, dictionary=dictionary, progress=False).tables
    if "articles" in tables:
        have = set(tables["articles"]["article_id"].to_list())
        missing = [a for a in gold.units["article_id"].unique().to_list() if a not in have]
        if missing:
            raise ValueError(
                f"{len(missing)} gold article(s) are not in the corpus (article ids hash the text and metadata; "
                f"omit the corpus to analyse the gold file's own articles): {', '.join(sorted(missing)[:3])}"
            )
    matches = match_extractions(
        tables, gold, match=match, align_new=align_new, claim_span=claim_span, align_parent=align_parent,
        dictionary=dictionary,
    )  # fmt: skip
    scores = summarise_scores(matches, gold.units, match=match, n_boot=n_boot, seed=seed, cluster=cluster)
    agreement = summarise_agreement(gold, match=match)
    out = Path(out_dir)
    out.mkdir(parents=True, exist_ok=True)
    result = {"scores": scores, "agreement": agreement, "matches": matches}
    for name, df in result.items():
        if format == "csv":
            df.write_csv(out / f"{name}.csv")
        else:
            df.write_parquet(out / f"{name}.parquet")
    (out / "model_card.md").write_text(format_model_card(scores, agreement, gold=gold), encoding="utf-8")
    if scores.height:
        plot_scores(scores).save(str(out / "scores_chart.html"))
    return result
