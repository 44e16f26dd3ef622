"""Packaged data files (dictionaries, lexicons, patterns), read through ``importlib.resources``.

Every data file starts with its provenance (source, licence, version); users can pass their
own file of the same format wherever a function takes a dictionary or lexicon.
"""

from __future__ import annotations

from importlib import resources
from pathlib import Path
from typing import Any

import yaml

from toolkit.core import cache


def data_path(name: str) -> Path:
    """Path of a packaged data file.

    >>> data_path("wire.yaml").name
    'wire.yaml'
    """
    ref = resources.files("toolkit") / "data" / name
    path = Path(str(ref))
    if not path.exists():
        raise FileNotFoundError(f"packaged data file {name!r} not found in {path.parent}")
    return path


_SafeLoader: Any = getattr(yaml, "CSafeLoader", yaml.SafeLoader)  # libyaml's C parser when PyYAML has it (~10x)


def locate(name_or_path: str | Path) -> Path:
    """The file ``name_or_path`` names: a user's path when it exists, else the packaged data file of that name.

    >>> locate("wire.yaml") == data_path("wire.yaml")
    True
    """
    p = Path(name_or_path)
    return p if p.exists() else data_path(str(name_or_path))


def _read_yaml(path: Path) -> Any:
    with open(path, encoding="utf-8") as fh:
        return yaml.load(fh, Loader=_SafeLoader)  # noqa: S506 - a safe loader (C or Python)


def load_yaml(name_or_path: str | Path) -> Any:
    """Load a YAML data file: a packaged name (``"wire.yaml"``) or a user's path.

    Read once per version of the file (:func:`toolkit.core.cache.load`: an edited file is read again on the
    next call); the document returned is shared, so callers must not modify it.

    >>> load_yaml("wire.yaml")["version"]
    '2'
    """
    p = locate(name_or_path)
    return cache.load("resources.yaml", (p,), lambda: _read_yaml(p))


def _read_lines(path: Path) -> tuple[str, ...]:
    out = []
    for line in path.read_text(encoding="utf-8").splitlines():
        line = line.strip()
        if line and not line.startswith("#"):
            out.append(line)
    return tuple(out)


def load_lines(name_or_path: str | Path) -> list[str]:
    """Non-empty, non-comment lines of a text data file (read once per version of the file, as :func:`load_yaml`).

    >>> "u.s" in load_lines("abbreviations.txt")
    True
    """
    p = locate(name_or_path)
    return list(cache.load("resources.lines", (p,), lambda: _read_lines(p)))


# Letters that Python's case-insensitive regexes match as ASCII letters but str.lower() keeps apart
# (long s, Kelvin sign, dotless and dotted I): words found by such a regex are folded with them
# before they key a dictionary lookup (a KeyError there would lose a whole batch).
_FOLD = str.maketrans({"ſ": "s", "\u212a": "k", "ı": "i", "İ": "i"})


def fold_lower(text: str) -> str:
    """``text.lower()`` with the letters a case-insensitive regex takes for ASCII mapped as it does.

    >>> fold_lower("Hundredſ"), fold_lower("FİVE")
    ('hundreds', 'five')
    """
    return text.translate(_FOLD).lower()

