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

from .actors import find_mentions
from .claims import extract_claims, summarise_claim_ledger
from .cooc import find_cooccurrences, score_cooccurrence
from .errors import LoadError, ToolkitError
from .loading import read_articles
from .pipeline import Analysis, analyze, analyze_articles
from .quotes import extract_quotes, summarise_sources
from .schema import TABLES, describe
from .sentiment import score_sentiment, summarise_actor_sentiment
from .tokenize import split_sentences, split_tokens

__version__ = "0.1.0"

__all__ = [
    "Analysis", "LoadError", "TABLES", "ToolkitError", "analyze", "analyze_articles", "describe",
    "extract_claims", "extract_quotes", "find_cooccurrences", "find_mentions", "read_articles",
    "score_cooccurrence", "score_sentiment", "split_sentences", "split_tokens",
    "summarise_actor_sentiment", "summarise_claim_ledger", "summarise_sources",
]  # fmt: skip
