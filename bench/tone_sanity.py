"""Does the tone model's tone per actor read sensibly? Its ``actor_sentiment`` rows beside VADER's, with the sentences.

Usage: python bench/tone_sanity.py [FOLDER ...] [--min-sentences 3] [--top 5] [--show 3]

Runs the whole pipeline (:func:`toolkit.analyze`) on the folders (default: the in-sample development
articles ``tests/data/heldout5/articles``, 14 real Wikinews reports, and ``seeds``), takes
``actor_sentiment``'s ``voice == "all"`` rows of both measures (``model``: the mean of
``mentions.tone_score``, the tone model's ``p_positive - p_negative`` towards each mention; ``vader``: the
mean VADER compound of the sentences that mention the actor) for actors with at least ``--min-sentences``
sentences, and prints a Markdown table of the ``--top`` most negative and most positive actors by the
model and of the actors where the two measures disagree most. For each actor in the table, the
``--show`` sentences with the most extreme model scores are printed with their article and sentence ids,
the model's score towards the mention and the sentence's VADER compound, so a reader can judge which
measure reads the sentence right. The two scores are on different scales (VADER's compound runs to the
extremes on long sentences; the model's score is a difference of probabilities): compare their signs
and order, not their sizes.
"""

from __future__ import annotations

import argparse
import sys
from pathlib import Path

import polars as pl

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

import toolkit  # noqa: E402

DEFAULT = [ROOT / "tests" / "data" / "heldout5" / "articles", ROOT / "seeds"]


def actor_table(analysis: toolkit.Analysis, min_sentences: int) -> pl.DataFrame:
    """One row per actor: ``model`` and ``vader`` means (voice ``all``), their intervals and the sentence count."""
    a = analysis.actor_sentiment.filter(pl.col("voice") == "all")
    cols = ["actor_id", "actor_label"]
    m = a.filter(pl.col("measure") == "model").select(*cols, pl.col("n_sentences").alias("n"), pl.col("mean_compound").alias("model"),
                                                       pl.col("ci_low").alias("model_lo"), pl.col("ci_high").alias("model_hi"))  # fmt: skip
    v = a.filter(pl.col("measure") == "vader").select(*cols, pl.col("mean_compound").alias("vader"),
                                                       pl.col("ci_low").alias("vader_lo"), pl.col("ci_high").alias("vader_hi"))  # fmt: skip
    return m.join(v, on=cols, how="inner").filter(pl.col("n") >= min_sentences).sort("actor_id")


def pick(table: pl.DataFrame, top: int) -> pl.DataFrame:
    """The ``top`` most negative and most positive actors by the model, then the ``top`` largest disagreements
    (model minus VADER rescaled to the model's spread), each actor once, in model order."""
    neg = table.sort("model", "actor_id").head(top)
    pos = table.sort("model", "actor_id", descending=[True, False]).head(top)
    sd_m, sd_v = table["model"].std() or 1.0, table["vader"].std() or 1.0
    gap = table.with_columns(((pl.col("model") / sd_m) - (pl.col("vader") / sd_v)).abs().alias("gap"))
    dis = gap.sort("gap", "actor_id", descending=[True, False]).head(top).drop("gap")
    return pl.concat([neg, pos, dis]).unique("actor_id", keep="first").sort("model", "actor_id")


def by_voice(analysis: toolkit.Analysis, chosen: pl.DataFrame) -> pl.DataFrame:
    """The chosen actors' rows per voice other than ``all``: sentence count and both measures' means."""
    a = analysis.actor_sentiment.filter(
        (pl.col("voice") != "all") & pl.col("actor_id").is_in(chosen["actor_id"].implode())
    )
    keys = ["actor_id", "actor_label", "voice"]
    m = a.filter(pl.col("measure") == "model").select(
        *keys, pl.col("n_sentences").alias("n"), pl.col("mean_compound").alias("model")
    )
    v = a.filter(pl.col("measure") == "vader").select(*keys, pl.col("mean_compound").alias("vader"))
    order = chosen.select("actor_id").with_row_index("_o")
    return m.join(v, on=keys, how="inner").join(order, on="actor_id").sort("_o", "voice").drop("_o")


def sentences_behind(analysis: toolkit.Analysis, actor_id: str, show: int) -> pl.DataFrame:
    """The actor's mentions with the most extreme model scores: article, sentence, score, VADER compound, text."""
    m = analysis.mentions.filter((pl.col("actor_id") == actor_id) & pl.col("tone_score").is_not_null())
    s = analysis.sentences.select("article_id", "sentence_id", "text")
    v = analysis.sentiment.select("article_id", "sentence_id", "compound")
    j = (
        m.select("article_id", "sentence_id", "surface", "tone_score")
        .join(s, on=["article_id", "sentence_id"], how="left")
        .join(v, on=["article_id", "sentence_id"], how="left")
        .with_columns(pl.col("tone_score").abs().alias("_x"))
        .sort("_x", "article_id", "sentence_id", descending=[True, False, False])
        .unique(["article_id", "sentence_id"], keep="first", maintain_order=True)
        .head(show)
        .drop("_x")
    )
    return j


def main(folders: list[Path], min_sentences: int, top: int, show: int) -> int:
    analysis = toolkit.analyze([str(f) for f in folders], progress=False)
    table = actor_table(analysis, min_sentences)
    chosen = pick(table, top)
    print(f"{table.height} actors with at least {min_sentences} sentences; "
          f"correlation of the two measures over them: {table.select(pl.corr('model', 'vader')).item():.2f}\n")  # fmt: skip
    print("| actor | sentences | model (tone model) [95% CI] | vader (sentence compound) [95% CI] |")
    print("|---|---|---|---|")
    for r in chosen.iter_rows(named=True):
        print(f"| {r['actor_label']} | {r['n']} | {r['model']:+.2f} [{r['model_lo']:+.2f}, {r['model_hi']:+.2f}] "
              f"| {r['vader']:+.2f} [{r['vader_lo']:+.2f}, {r['vader_hi']:+.2f}] |")  # fmt: skip
    print("\nBy voice (the sentence's voice: narrator, quoted or mixed), the same actors:\n")
    print("| actor | voice | sentences | model | vader |")
    print("|---|---|---|---|---|")
    for r in by_voice(analysis, chosen).iter_rows(named=True):
        print(f"| {r['actor_label']} | {r['voice']} | {r['n']} | {r['model']:+.2f} | {r['vader']:+.2f} |")
    for r in chosen.iter_rows(named=True):
        print(f"\n## {r['actor_label']} ({r['actor_id']}): model {r['model']:+.2f}, vader {r['vader']:+.2f}")
        for x in sentences_behind(analysis, r["actor_id"], show).iter_rows(named=True):
            print(f"  [{x['article_id']} s{x['sentence_id']}] model {x['tone_score']:+.2f} vader {x['compound']:+.2f} "
                  f"({x['surface']}): {x['text'][:240]}")  # fmt: skip
    return 0


if __name__ == "__main__":
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("folders", nargs="*", type=Path, default=DEFAULT)
    ap.add_argument("--min-sentences", type=int, default=3)
    ap.add_argument("--top", type=int, default=5)
    ap.add_argument("--show", type=int, default=3)
    a = ap.parse_args()
    sys.exit(main(a.folders or DEFAULT, a.min_sentences, a.top, a.show))
