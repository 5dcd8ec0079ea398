"""Client-side rate limiting: stay under each operation's limit instead of drawing 429s.

A sliding window per operation, shared by every thread and task using one client. Each
call reserves the earliest moment it may go (never earlier than `per_seconds` after the
call `requests` places before it) and then waits until then; reserving under one lock
keeps concurrent callers from overshooting together.
"""

from __future__ import annotations

import threading
import time
from collections import deque
from collections.abc import Callable

# Kept between our window and the server's, for clock and network jitter.
SAFETY_MARGIN = 0.05


class RateLimiter:
    def __init__(self, clock: Callable[[], float] = time.monotonic) -> None:
        self._clock = clock
        self._lock = threading.Lock()
        self._windows: dict[str, deque[float]] = {}

    def reserve(self, key: str, requests: int, per_seconds: float) -> float:
        """Book the next slot for `key`; return how many seconds to wait before sending."""
        with self._lock:
            now = self._clock()
            window = self._windows.get(key)
            if window is None or window.maxlen != requests:
                window = self._windows[key] = deque(window or (), maxlen=requests)
            start = now
            if len(window) == requests:
                start = max(now, window[0] + per_seconds + SAFETY_MARGIN)
            window.append(start)
            return start - now
