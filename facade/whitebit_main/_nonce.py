"""Nonces: strictly increasing per API key, for every thread and task of the process.

WhiteBIT rejects a nonce that is not larger than the last one it saw for the key, so two
clients built with the same key must draw from one source. Values are Unix milliseconds;
when calls outrun the clock the source counts on from the last value instead of repeating.
"""

from __future__ import annotations

import threading
import time
import weakref
from collections.abc import Callable
from typing import TYPE_CHECKING

if TYPE_CHECKING:  # imported when first needed: a sync-only program never loads asyncio
    import asyncio


class NonceSource:
    """Hands out strictly increasing millisecond nonces; safe across threads.

    It also owns the key's *ordering* locks. Strict nonces must not only be drawn in order
    but reach the server in order, so a strict-mode request holds the lock from drawing its
    nonce until its answer arrives: `in_order` for threads, `async_in_order()` for the tasks
    of one event loop.
    """

    def __init__(self, clock_ns: Callable[[], int] = time.time_ns) -> None:
        self._clock_ns = clock_ns
        self._lock = threading.Lock()
        self._last = 0
        self.in_order = threading.Lock()
        self._async_locks: weakref.WeakKeyDictionary[asyncio.AbstractEventLoop, asyncio.Lock] = (
            weakref.WeakKeyDictionary()
        )

    def async_in_order(self) -> asyncio.Lock:
        """The ordering lock for the running event loop."""
        import asyncio

        loop = asyncio.get_running_loop()
        with self._lock:
            lock = self._async_locks.get(loop)
            if lock is None:
                lock = self._async_locks[loop] = asyncio.Lock()
            return lock

    def next(self) -> int:
        now = self._clock_ns() // 1_000_000
        with self._lock:
            value = now if now > self._last else self._last + 1
            self._last = value
            return value


_sources: dict[str, NonceSource] = {}
_sources_lock = threading.Lock()


def nonce_source_for(api_key: str) -> NonceSource:
    """The process-wide source for `api_key` (created on first use)."""
    with _sources_lock:
        source = _sources.get(api_key)
        if source is None:
            source = _sources[api_key] = NonceSource()
        return source
