"""Packaged data files (dictionaries, lexicons, patterns), read through ``importlib.resources``.

Every data file starts with its provenance (source, licence, version); users can pass their
own file of the same format wherever a function takes a dictionary or lexicon.
"""

from __future__ import annotations

import functools
from importlib import resources
from pathlib import Path
from typing import Any

import yaml


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


@functools.lru_cache(maxsize=64)
def _load_yaml_cached(path: str) -> Any:
    with open(path, encoding="utf-8") as fh:
        return yaml.load(fh, Loader=_SafeLoader)  # noqa: S506 - a safe loader (C or Python)


def load_yaml(name_or_path: str | Path) -> Any:
    """Load a YAML data file: a packaged name (``"wire.yaml"``) or a user's path.

    >>> load_yaml("wire.yaml")["version"]
    '2'
    """
    p = Path(name_or_path)
    if not p.exists():
        p = data_path(str(name_or_path))
    return _load_yaml_cached(str(p.resolve()))


def load_lines(name_or_path: str | Path) -> list[str]:
    """Non-empty, non-comment lines of a text data file.

    >>> "u.s" in load_lines("abbreviations.txt")
    True
    """
    p = Path(name_or_path)
    if not p.exists():
        p = data_path(str(name_or_path))
    out = []
    for line in p.read_text(encoding="utf-8").splitlines():
        line = line.strip()
        if line and not line.startswith("#"):
            out.append(line)
    return out


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

