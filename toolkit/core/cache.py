"""The one home of every cross-call memo: bounded, safe under threads, and never stale after an edit.

Two kinds of state live here, and nowhere else in the package:

- **Loaded rule sets** (dictionaries, lexicons, rule and category files, compiled from data files):
  :func:`load` keys each by a :func:`fingerprint` of every file it was read from (resolved path,
  modification time in nanoseconds, size), so an edited dictionary, rule or category file takes
  effect on the next call. They are held in a ``cachetools.LRUCache`` behind a lock: few lookups a
  call, so the library's per-lookup cost does not matter.
- **Per-text memos** (:class:`Memo`): what a rule read in a sentence or a piece of one, remembered by
  that text. These are looked up millions of times per corpus, where ``cachetools`` costs about 400 ns
  a lookup (700 ns with its lock) against 30 ns for a dict (measured here, 10,000 string keys), enough
  to slow a whole run by several per cent. A :class:`Memo` is therefore a plain dict whose reads
  are single, atomic ``dict.get`` calls (no check-then-read that another thread could interleave),
  whose writes below the cap are single, atomic dict stores, and whose evictions hold a lock (see
  :meth:`Memo.put`). When full, it drops its oldest eighth (first in, first out), never everything
  at once. A memo that depends on a rule set is scoped to it
  (:func:`scoped`), so an edited file's new rule set starts with empty memos of its own.

Every memo is a pure function of its key: the output is the same with the memos full, empty or
cleared half-way through a run (the tests check this with :func:`limit` and several threads).

>>> m = memo("doctest.upper", 2)
>>> m.lookup("a", lambda: "A"), m.lookup("a", lambda: "never called")
('A', 'A')
>>> m.put("b", "B"), m.put("c", "C"), len(m) <= 2
('B', 'C', True)
>>> clear_all(); len(m)
0
"""

from __future__ import annotations

import contextlib
import itertools
import os
import sys
import threading
from collections.abc import Callable, Hashable, Iterator
from pathlib import Path
from typing import Any, Generic, TypeVar

import cachetools

V = TypeVar("V")

_REGISTRY_LOCK = threading.RLock()
_MEMOS: dict[str, Memo[Any]] = {}  # by name: every module-level memo
_SCOPED: dict[tuple[str, int], tuple[Any, Memo[Any]]] = {}  # by (name, id(owner)): memos of one rule set
_SCOPED_OWNERS_MAX = 16  # rule sets whose scoped memos are kept (per name); older ones are dropped
_LIMIT: int | None = None  # set by limit(): every memo holds at most this many entries
_GIL: bool = getattr(sys, "_is_gil_enabled", lambda: True)()  # False on a free-threaded build (3.13t)
MISSING: Any = object()
"""What ``Memo.get(key, MISSING)`` returns for a key it does not hold."""


class Memo(Generic[V]):
    """A bounded memo that several threads may share.

    ``get(key)`` is one atomic ``dict.get`` (``None`` when absent; ``get(key, MISSING)`` tells a
    remembered ``None`` from an absent key); ``put(key, value)`` stores (under a
    lock only when the memo is full, to evict its oldest eighth); ``lookup(key, compute)`` does both. Two
    threads may compute the same missing value; both get an equal one (memos hold pure functions).
    """

    __slots__ = ("name", "maxsize", "_data", "_lock", "get")

    def __init__(self, name: str, maxsize: int) -> None:
        if maxsize < 1:
            raise ValueError(f"memo {name!r}: maxsize must be at least 1, got {maxsize}")
        self.name = name
        self.maxsize = maxsize
        self._data: dict[Any, V] = {}
        self._lock = threading.Lock()
        self.get: Callable[..., Any] = self._data.get  # atomic read, no lock needed

    def put(self, key: Hashable, value: V) -> V:
        """Store ``value`` under ``key`` (evicting the oldest entries when full); returns ``value``."""
        data = self._data
        if len(data) < (self.maxsize if _LIMIT is None else min(self.maxsize, _LIMIT)):
            # Below the cap (most puts), no lock. Safe under the GIL: ``data[key] = value`` is one
            # bytecode whose dict insert runs in C (memo keys are strings, numbers and tuples of them:
            # no Python-level __hash__ or __eq__ that could let another thread in; and were there one,
            # CPython's dict stays consistent, retrying a lookup that another thread's change
            # disturbed), so a reader sees the dict before or after it, never half of it. An eviction (under the lock) lists the oldest keys in one C call, which this
            # insert cannot interleave, then deletes them one by one: an insert in between is kept
            # or dropped, and a dropped entry is only computed again (memos hold pure functions);
            # only evictions and clear() delete, both under the lock, so no delete misses its key.
            # Threads that pass this test at once may each insert: the memo then holds at most
            # (threads - 1) entries over its cap until the next eviction, which drops the excess.
            # Without a GIL (free-threaded builds), every put takes the lock (see below).
            data[key] = value
            return value
        return self._put_locked(key, value)

    def _put_locked(self, key: Hashable, value: V) -> V:
        """:meth:`put` under the lock, evicting the oldest eighth first when the memo is full."""
        cap = self.maxsize if _LIMIT is None else min(self.maxsize, _LIMIT)
        data = self._data
        with self._lock:
            if len(data) >= cap and key not in data:
                drop = max(1, cap // 8, len(data) - cap + 1)
                for old in list(itertools.islice(data, drop)):
                    del data[old]
            data[key] = value
        return value

    if not _GIL:  # free-threaded Python: dict operations are not serialised by a global lock
        put = _put_locked  # type: ignore[assignment]

    def lookup(self, key: Hashable, compute: Callable[[], V]) -> V:
        """The value remembered under ``key``, or ``compute()`` stored under it."""
        value = self._data.get(key, MISSING)
        if value is MISSING:
            return self.put(key, compute())
        return value  # type: ignore[return-value]

    def clear(self) -> None:
        with self._lock:
            self._data.clear()

    def __len__(self) -> int:
        return len(self._data)

    def __repr__(self) -> str:
        return f"Memo({self.name!r}, {len(self)}/{self.maxsize})"


def memo(name: str, maxsize: int) -> Memo[Any]:
    """The module-level memo called ``name`` (made on first use; the same object after)."""
    with _REGISTRY_LOCK:
        m = _MEMOS.get(name)
        if m is None:
            m = _MEMOS[name] = Memo(name, maxsize)
        return m


def scoped(name: str, owner: object, maxsize: int) -> Memo[Any]:
    """The memo called ``name`` of one loaded rule set ``owner`` (an object from :func:`load`).

    A new rule set (an edited file gives one) gets a new, empty memo; the memos of the
    :data:`_SCOPED_OWNERS_MAX` most recent rule sets of each name are kept.
    """
    key = (name, id(owner))
    entry = _SCOPED.get(key)
    if entry is not None and entry[0] is owner:
        return entry[1]
    with _REGISTRY_LOCK:
        entry = _SCOPED.get(key)
        if entry is not None and entry[0] is owner:
            return entry[1]
        same = [k for k in _SCOPED if k[0] == name]
        for old in same[: max(0, len(same) - _SCOPED_OWNERS_MAX + 1)]:
            del _SCOPED[old]
        m: Memo[Any] = Memo(name, maxsize)
        _SCOPED[key] = (owner, m)
        return m


def clear_all(rule_sets: bool = True) -> None:
    """Empty every memo; with ``rule_sets``, also forget every loaded rule set (the next call reads its
    files again). Timed benchmarks start from here; a pool worker calls ``clear_all(rule_sets=False)``
    before its finishing jobs to hand the memos' memory back."""
    with _REGISTRY_LOCK:
        for m in _MEMOS.values():
            m.clear()
        for _owner, m in _SCOPED.values():
            m.clear()
        if rule_sets:
            _SCOPED.clear()
            with _LOADED_LOCK:
                _LOADED.clear()


@contextlib.contextmanager
def limit(maxsize: int) -> Iterator[None]:
    """Within the block, every memo holds at most ``maxsize`` entries (tests force evictions mid-run).

    >>> with limit(1):
    ...     m = memo("doctest.limit", 100)
    ...     _ = m.put(1, "one"), m.put(2, "two")
    ...     len(m)
    1
    """
    global _LIMIT
    before = _LIMIT
    _LIMIT = maxsize
    try:
        yield
    finally:
        _LIMIT = before


# --------------------------------------------------------------------------- loaded rule sets

Fingerprint = tuple[tuple[str, int, int], ...]


def fingerprint(*paths: str | Path | None) -> Fingerprint:
    """``(resolved path, mtime in ns, size)`` of each file (``None`` entries are skipped).

    Two calls give the same fingerprint exactly when no file was edited, replaced or resized between
    them (a file rewritten within the file system's time resolution and to the same size is the
    one case it cannot see).

    >>> from toolkit.core.resources import data_path
    >>> fingerprint(data_path("wire.yaml"))[0][0].endswith("wire.yaml")
    True
    """
    out = []
    for p in paths:
        if p is None:
            continue
        real = os.path.realpath(p)
        st = os.stat(real)
        out.append((real, st.st_mtime_ns, st.st_size))
    return tuple(out)


_LOADED: cachetools.LRUCache[Any, Any] = cachetools.LRUCache(maxsize=64)
_LOADED_LOCK = threading.RLock()


def load(kind: str, paths: tuple[str | Path | None, ...], build: Callable[[], V]) -> V:
    """The rule set ``build()`` makes from the files ``paths``, built once per version of those files.

    ``kind`` names what is built (one file can feed several kinds). ``build`` must read only the
    files in ``paths`` (and code), so that the fingerprint covers everything it depends on.

    >>> from toolkit.core.resources import data_path
    >>> p = data_path("wire.yaml")
    >>> a = load("doctest.size", (p,), lambda: p.stat().st_size)
    >>> a == load("doctest.size", (p,), lambda: -1)  # same files, same version: not rebuilt
    True
    """
    key = (kind, fingerprint(*paths))
    with _LOADED_LOCK:
        try:
            return _LOADED[key]  # type: ignore[no-any-return]
        except KeyError:
            pass
    value = build()  # outside the lock: building may load other rule sets
    with _LOADED_LOCK:
        return _LOADED.setdefault(key, value)  # type: ignore[no-any-return]
