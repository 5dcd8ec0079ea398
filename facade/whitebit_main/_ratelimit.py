"""Client-side rate limiting: stay under each operation's limit instead of drawing 429s.

A sliding window per operation, shared by every thread and task using one client. Each
call reserves the earliest moment it may go and then waits until then; reserving under one
lock keeps concurrent callers from overshooting together.

The server counts arrivals, and a request arrives some time after its slot: up to its
whole round trip if it queued behind others. So a slot is never earlier than `per_seconds`
after the slot `requests` places before it, plus the slowest recent round trip of that
operation (reported through `record`), plus a small margin.
"""

from __future__ import annotations

import threading
import time
from collections import deque
from collections.abc import Callable

# Kept between our window and the server's, for clock and network jitter.
SAFETY_MARGIN = 0.05


LATENCY_SAMPLES = 64


class RateLimiter:
    def __init__(self, clock: Callable[[], float] = time.monotonic) -> None:
        self._clock = clock
        self._lock = threading.Lock()
        self._windows: dict[str, deque[float]] = {}
        self._latencies: dict[str, deque[float]] = {}

    def record(self, key: str, seconds: float) -> None:
        """Report how long one call of `key` took, from its slot to its answer."""
        with self._lock:
            samples = self._latencies.get(key)
            if samples is None:
                samples = self._latencies[key] = deque(maxlen=LATENCY_SAMPLES)
            samples.append(seconds)

    def reserve(self, key: str, requests: int, per_seconds: float) -> float:
        """Book the next slot for `key`; return how many seconds to wait before sending."""
        with self._lock:
            now = self._clock()
            window = self._windows.get(key)
            if window is None or window.maxlen != requests:
                window = self._windows[key] = deque(window or (), maxlen=requests)
            start = now
            if len(window) == requests:
                slowest = max(self._latencies.get(key) or (0.0,))
                start = max(now, window[0] + per_seconds + SAFETY_MARGIN + slowest)
            window.append(start)
            return start - now
