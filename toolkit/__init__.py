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
Column meanings: :func:`toolkit.core.schema.describe`.
"""

from __future__ import annotations

import importlib
from typing import TYPE_CHECKING, Any

from . import _moved

_moved.install()  # the 0.1 module paths (toolkit.actors, ...) still import, with a DeprecationWarning

# Public names -> the module that defines them. They are imported on first use (PEP 562), so that
# ``python -m toolkit`` and the worker processes of a run start without loading every extractor first.
_EXPORTS = {
    "find_mentions": "extract.actors", "load_actors": "extract.actors",
    "extract_claims": "extract.claims", "summarise_claim_ledger": "extract.claims",
    "claims_by_outlet": "measure.compare", "mentions_by_period": "measure.compare",
    "sources_by_outlet": "measure.compare", "tone_by_outlet": "measure.compare", "kwic": "measure.search",
    "score_target_tone": "measure.tone",
    "find_cooccurrences": "measure.cooc", "find_pair_sentences": "measure.cooc", "score_cooccurrence": "measure.cooc",
    "to_networkx": "measure.cooc", "write_network": "measure.cooc",
    "analyze_to_dir": "run.engine",
    "LoadError": "core.errors", "ToolkitError": "core.errors",
    "ArticleStream": "io.loading", "read_articles": "io.loading",
    "Analysis": "run.pipeline", "analyze": "run.pipeline", "analyze_articles": "run.pipeline",
    "extract_quotes": "extract.quotes", "quoted_spans": "extract.quotes", "summarise_sources": "extract.quotes",
    "TABLES": "core.schema", "describe": "core.schema",
    "score_sentiment": "measure.sentiment", "score_targeted_sentiment": "measure.sentiment",
    "summarise_actor_sentiment": "measure.sentiment", "summarise_sentiment": "measure.sentiment",
    "split_sentences": "text.tokenize", "split_tokens": "text.tokenize",
    "evaluate_gold": "validate", "read_gold": "validate", "sample_units": "validate",
    "score_extractions": "validate",
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
    from .core.errors import LoadError, ToolkitError
    from .core.schema import TABLES, describe
    from .extract.actors import find_mentions, load_actors
    from .extract.claims import extract_claims, summarise_claim_ledger
    from .extract.quotes import extract_quotes, quoted_spans, summarise_sources
    from .io.loading import ArticleStream, read_articles
    from .measure.compare import claims_by_outlet, mentions_by_period, sources_by_outlet, tone_by_outlet
    from .measure.cooc import (
        find_cooccurrences,
        find_pair_sentences,
        score_cooccurrence,
        to_networkx,
        write_network,
    )
    from .measure.search import kwic
    from .measure.sentiment import (
        score_sentiment,
        score_targeted_sentiment,
        summarise_actor_sentiment,
        summarise_sentiment,
    )
    from .measure.tone import score_target_tone
    from .run.engine import analyze_to_dir
    from .run.pipeline import Analysis, analyze, analyze_articles
    from .text.tokenize import split_sentences, split_tokens
    from .validate import evaluate_gold, read_gold, sample_units, score_extractions

__version__ = "0.2.0"

__all__ = [
    "Analysis", "ArticleStream", "LoadError", "TABLES", "ToolkitError", "analyze", "analyze_articles",
    "analyze_to_dir", "claims_by_outlet", "describe", "evaluate_gold", "extract_claims", "extract_quotes", "find_cooccurrences",
    "find_mentions", "find_pair_sentences", "kwic", "load_actors", "mentions_by_period", "quoted_spans", "read_articles", "read_gold",
    "sample_units", "score_cooccurrence", "score_extractions", "score_sentiment", "score_target_tone", "score_targeted_sentiment",
    "split_sentences", "split_tokens", "summarise_actor_sentiment", "summarise_claim_ledger",
    "sources_by_outlet", "summarise_sentiment", "summarise_sources", "to_networkx", "tone_by_outlet", "write_network",
]  # fmt: skip
