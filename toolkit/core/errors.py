"""Errors users see. Each carries one line that names the input and the reason."""

from __future__ import annotations

from collections.abc import Iterable


class ToolkitError(Exception):
    """Base class: the command line prints ``str(error)`` as one line, without a traceback.

    >>> import toolkit
    >>> try:
    ...     toolkit.read_articles("no/such/folder")
    ... except toolkit.ToolkitError as error:
    ...     print(type(error).__name__, "no such file" in str(error))
    LoadError True"""


class LoadError(ToolkitError):
    """An input file (or row) could not be loaded.

    >>> str(LoadError("a.txt", "empty article"))
    'a.txt: empty article'
    """

    def __init__(self, path: str, reason: str) -> None:
        self.path = str(path)
        self.reason = " ".join(str(reason).split())  # always one line
        super().__init__(f"{self.path}: {self.reason}")


def check_choice(name: str, value: object, valid: Iterable[str]) -> None:
    """Raise ``ValueError`` listing the valid values when ``value`` is not one of them.

    >>> check_choice("window", "sentence", ["sentence", "article"])
    >>> check_choice("window", "page", ["sentence", "article"])
    Traceback (most recent call last):
    ...
    ValueError: invalid window='page'; valid values: 'sentence', 'article'
    """
    valid = list(valid)
    if value not in valid:
        raise ValueError(f"invalid {name}={value!r}; valid values: {', '.join(repr(v) for v in valid)}")


def bar_disabled(progress: bool | None) -> bool | None:
    """tqdm's ``disable`` for a ``progress`` option: True shows progress bars, False hides them, None
    leaves it to tqdm (shown on a terminal or in a notebook, hidden in a log file).

    >>> bar_disabled(True), bar_disabled(False), bar_disabled(None)
    (False, True, None)
    """
    return None if progress is None else not progress
