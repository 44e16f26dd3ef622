"""The module paths of 0.1 (``toolkit.actors``, ...) keep working in 0.2, with a ``DeprecationWarning``.

0.2 grouped the modules into subpackages by role (``toolkit.extract.actors``, ...; docs/changelog.md lists
them). ``import toolkit.actors`` and ``from toolkit.actors import find_mentions`` still work: the old name
is bound to the module at its new path (the same module object, so state and monkeypatching are shared).
The old paths go in 0.3.

    >>> import warnings
    >>> with warnings.catch_warnings(record=True) as caught:
    ...     warnings.simplefilter("always")
    ...     import toolkit.actors as old
    >>> import toolkit.extract.actors as new
    >>> old is new, caught[0].category.__name__
    (True, 'DeprecationWarning')
"""

from __future__ import annotations

import importlib
import importlib.abc
import importlib.machinery
import importlib.util
import sys
import warnings
from types import ModuleType

MOVED = {
    "toolkit.schema": "toolkit.core.schema",
    "toolkit.errors": "toolkit.core.errors",
    "toolkit.resources": "toolkit.core.resources",
    "toolkit.cache": "toolkit.core.cache",
    "toolkit.loading": "toolkit.io.loading",
    "toolkit.exports": "toolkit.io.exports",
    "toolkit.stories": "toolkit.io.stories",
    "toolkit.tokenize": "toolkit.text.tokenize",
    "toolkit.actors": "toolkit.extract.actors",
    "toolkit.actor_names": "toolkit.extract.actors.general_news",
    "toolkit.places": "toolkit.extract.places",
    "toolkit.quotes": "toolkit.extract.quotes",
    "toolkit.attribution": "toolkit.extract.attribution",
    "toolkit.numbers": "toolkit.extract.numbers",
    "toolkit.units": "toolkit.extract.units",
    "toolkit.claims": "toolkit.extract.claims",
    "toolkit.cooc": "toolkit.measure.cooc",
    "toolkit.sentiment": "toolkit.measure.sentiment",
    "toolkit.vader": "toolkit.measure.vader",
    "toolkit.pipeline": "toolkit.run.pipeline",
    "toolkit.engine": "toolkit.run.engine",
    "toolkit.validation": "toolkit.validate",
    "toolkit.annotate": "toolkit.validate.annotate",
    "toolkit.charts": "toolkit.explore.charts",
    "toolkit.widgets": "toolkit.explore.widgets",
    "toolkit.highlight": "toolkit.explore.highlight",
    "toolkit.live": "toolkit.explore.live",
    "toolkit.report": "toolkit.explore.report",
}


class _OldPath(importlib.abc.MetaPathFinder, importlib.abc.Loader):
    """Finds ``toolkit.<old>`` and binds it to the module at its new path."""

    def find_spec(self, fullname: str, path: object = None, target: ModuleType | None = None) -> importlib.machinery.ModuleSpec | None:
        if fullname not in MOVED:
            return None
        return importlib.util.spec_from_loader(fullname, self)

    def create_module(self, spec: importlib.machinery.ModuleSpec) -> ModuleType | None:
        return None  # a placeholder; exec_module swaps in the real module

    def exec_module(self, module: ModuleType) -> None:
        new = MOVED[module.__name__]
        warnings.warn(f"{module.__name__} moved to {new} in toolkit 0.2; the old path goes in 0.3",
                      DeprecationWarning, stacklevel=2)
        sys.modules[module.__name__] = importlib.import_module(new)  # the import statement returns this


def install() -> None:
    """Put the finder on ``sys.meta_path`` (once)."""
    if not any(isinstance(f, _OldPath) for f in sys.meta_path):
        sys.meta_path.append(_OldPath())
