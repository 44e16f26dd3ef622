"""toolkit: news articles into traceable tables.

One call returns every table; each step is also its own function::

    >>> import toolkit
    >>> result = toolkit.analyze("seeds")
    >>> result.sentences.height
    33

Steps (input frame first, options keyword-only): :func:`read_articles` -> :func:`split_sentences`
-> :func:`split_tokens` -> :func:`find_mentions` -> :func:`find_cooccurrences` /
:func:`score_cooccurrence` -> :func:`extract_quotes` -> :func:`score_sentiment` ->
:func:`summarise_actor_sentiment` -> :func:`extract_claims` -> :func:`summarise_claim_ledger`.
Column meanings: :func:`toolkit.schema.describe`.
"""

from __future__ import annotations

from .actors import find_mentions, load_actors
from .claims import extract_claims, summarise_claim_ledger
from .cooc import find_cooccurrences, find_pair_sentences, score_cooccurrence, to_networkx, write_network
from .engine import analyze_to_dir
from .errors import LoadError, ToolkitError
from .loading import ArticleStream, read_articles
from .pipeline import Analysis, analyze, analyze_articles
from .quotes import extract_quotes, quoted_spans, summarise_sources
from .schema import TABLES, describe
from .sentiment import (
    score_sentiment,
    score_targeted_sentiment,
    summarise_actor_sentiment,
    summarise_sentiment,
)
from .tokenize import split_sentences, split_tokens
from .validation import evaluate_gold, read_gold, sample_units, score_extractions

__version__ = "0.1.0"

__all__ = [
    "Analysis", "ArticleStream", "LoadError", "TABLES", "ToolkitError", "analyze", "analyze_articles",
    "analyze_to_dir", "describe", "evaluate_gold", "extract_claims", "extract_quotes", "find_cooccurrences",
    "find_mentions", "find_pair_sentences", "load_actors", "quoted_spans", "read_articles", "read_gold",
    "sample_units", "score_cooccurrence", "score_extractions", "score_sentiment", "score_targeted_sentiment",
    "split_sentences", "split_tokens", "summarise_actor_sentiment", "summarise_claim_ledger",
    "summarise_sentiment", "summarise_sources", "to_networkx", "write_network",
]  # fmt: skip
