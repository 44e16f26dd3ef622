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

import importlib
from typing import TYPE_CHECKING, Any

# Public names -> the module that defines them. They are imported on first use (PEP 562), so that
# ``python -m toolkit`` and the worker processes of a run start without loading every extractor first.
_EXPORTS = {
    "find_mentions": "actors", "load_actors": "actors",
    "extract_claims": "claims", "summarise_claim_ledger": "claims",
    "find_cooccurrences": "cooc", "find_pair_sentences": "cooc", "score_cooccurrence": "cooc",
    "to_networkx": "cooc", "write_network": "cooc",
    "analyze_to_dir": "engine",
    "LoadError": "errors", "ToolkitError": "errors",
    "ArticleStream": "loading", "read_articles": "loading",
    "Analysis": "pipeline", "analyze": "pipeline", "analyze_articles": "pipeline",
    "extract_quotes": "quotes", "quoted_spans": "quotes", "summarise_sources": "quotes",
    "TABLES": "schema", "describe": "schema",
    "score_sentiment": "sentiment", "score_targeted_sentiment": "sentiment",
    "summarise_actor_sentiment": "sentiment", "summarise_sentiment": "sentiment",
    "split_sentences": "tokenize", "split_tokens": "tokenize",
    "evaluate_gold": "validation", "read_gold": "validation", "sample_units": "validation",
    "score_extractions": "validation",
}  # fmt: skip


def __getattr__(name: str) -> Any:
    module = _EXPORTS.get(name)
    if module is None:
        raise AttributeError(f"module 'toolkit' has no attribute {name!r}")
    value = getattr(importlib.import_module(f".{module}", __name__), name)
    globals()[name] = value  # later lookups skip this function
    return value


def __dir__() -> list[str]:
    return sorted({*globals(), *_EXPORTS})


if TYPE_CHECKING:  # what static checkers and IDEs see
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
