"""``cache.Memo.put`` (issue 25): no lock below the cap, the lock to evict; sound when threads share a memo.

A put below the cap is one dict store, atomic under the GIL (the argument is in ``Memo.put``); a put
at the cap takes the lock and drops the oldest eighth; a build without a GIL locks every put.
"""

from __future__ import annotations

import importlib.util
import sys
import threading
from collections.abc import Iterator
from concurrent.futures import ThreadPoolExecutor
from typing import Any

import pytest

from toolkit.core import cache


class CountingLock:
    """A lock that counts how often it is taken."""

    def __init__(self) -> None:
        self.taken = 0
        self._lock = threading.Lock()

    def __enter__(self) -> None:
        self._lock.acquire()
        self.taken += 1

    def __exit__(self, *exc: object) -> None:
        self._lock.release()


@pytest.fixture
def switching_often() -> Iterator[None]:
    interval = sys.getswitchinterval()
    sys.setswitchinterval(1e-6)  # switch threads as often as the interpreter lets: interleave the puts
    try:
        yield
    finally:
        sys.setswitchinterval(interval)


def test_puts_below_the_cap_take_no_lock_and_a_full_memo_evicts_its_oldest_eighth() -> None:
    m: cache.Memo[int] = cache.Memo("test.put", 16)
    lock = CountingLock()
    m._lock = lock  # type: ignore[assignment]
    for i in range(16):
        assert m.put(i, i * i) == i * i
    assert lock.taken == 0 and len(m) == 16  # below the cap: plain stores
    assert m.put(3, -3) == -3 and lock.taken == 1 and len(m) == 16  # full, a known key: replaced in place
    assert m.put(16, 256) == 256 and lock.taken == 2
    assert len(m) == 15 and m.get(0) is None and m.get(1) is None  # 16 // 8 = 2 oldest dropped
    assert m.get(2) == 4 and m.get(3) == -3 and m.get(16) == 256
    assert m.put(17, 289) == 289 and lock.taken == 2  # room again: no lock
    with cache.limit(4):  # a tighter global limit counts as the cap
        assert m.put(18, 324) == 324 and len(m) <= 4 and m.get(18) == 324 and lock.taken == 3
    m.clear()
    assert len(m) == 0 and lock.taken == 4


def test_a_build_without_a_gil_locks_every_put(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(sys, "_is_gil_enabled", lambda: False, raising=False)
    spec = importlib.util.spec_from_file_location("cache_without_gil", cache.__file__)
    assert spec is not None and spec.loader is not None
    mod: Any = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(mod)
    assert mod._GIL is False and mod.Memo.put is mod.Memo._put_locked
    m = mod.Memo("test.nogil", 8)
    lock = CountingLock()
    m._lock = lock
    for i in range(10):
        m.put(i, str(i))
    assert lock.taken == 10 and len(m) == 8 and m.get(9) == "9" and m.get(0) is None


def test_threads_sharing_a_small_memo_keep_it_bounded_and_right(switching_often: None) -> None:
    cap, threads = 64, 8
    m: cache.Memo[Any] = cache.Memo("test.threads", cap)
    assert not cache._GIL or cache.Memo.put is not cache.Memo._put_locked  # this build: lock-free stores
    sizes: list[int] = []
    wrong: list[Any] = []

    def work(t: int) -> int:
        seen = 0
        for i in range(4000):
            key = (i * (t + 1)) % 500  # keys shared by the threads: the same key stored at once
            got = m.get(key)
            if got is None:
                m.put(key, (key, key * 7))
                got = m.get(key)  # may be gone already: another thread's eviction
            if got is not None:
                seen += 1
                if got != (key, key * 7):
                    wrong.append((key, got))
            if i % 97 == 0:
                sizes.append(len(m))
            if i % 1000 == 999:
                m.clear()  # clears interleave with the lock-free stores
        return seen

    with ThreadPoolExecutor(max_workers=threads) as pool:
        seen = list(pool.map(work, range(threads)))
    assert wrong == []
    assert all(s > 0 for s in seen)  # the memo was read back, not only written
    assert max(sizes) <= cap + threads - 1  # at most one store over the cap per other thread
    m.put("last", (0, 0))
    assert len(m) <= cap
