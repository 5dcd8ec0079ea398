"""Nonces: strictly increasing per API key, for every thread and task of the process.

WhiteBIT rejects a nonce that is not larger than the last one it saw for the key, so two
clients built with the same key must draw from one source. Values are Unix milliseconds;
when calls outrun the clock the source counts on from the last value instead of repeating.
"""

from __future__ import annotations

import threading
import time
from collections.abc import Callable


class NonceSource:
    """Hands out strictly increasing millisecond nonces; safe across threads."""

    def __init__(self, clock_ns: Callable[[], int] = time.time_ns) -> None:
        self._clock_ns = clock_ns
        self._lock = threading.Lock()
        self._last = 0

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
