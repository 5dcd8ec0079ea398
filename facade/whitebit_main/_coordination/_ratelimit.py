"""Client-side rate limiting: stay under each documented limit instead of drawing 429s.

Two limits apply to every call on the API host: the operation's own and the account-wide
ACCOUNT_LIMIT (1000 calls per 10 s over all operations, per IP); a call books a slot in both
windows at once and starts when both allow it.

A sliding window per operation, shared by every thread and task using one client. The
server counts requests as they arrive, and a request arrives some time between its start
and its answer. So a call may start only `per_seconds` (plus a small margin) after the call
`requests` places before it has *finished*: then the server can never see one request too
many in any window, however long requests queue. Booking happens under one lock, so
concurrent callers cannot overshoot together.
"""

from __future__ import annotations

import threading
import time
from collections import deque
from collections.abc import Callable, Sequence

# Kept between our window and the server's, for clock and scheduling jitter.
SAFETY_MARGIN = 0.05
# The window every operation on the API host also counts in: WhiteBIT's account-wide limit.
ACCOUNT_WIDE = "*"
ACCOUNT_LIMIT = (1000, 10)

# One window a call counts in: (name, requests, per_seconds).
Window = tuple[str, int, float]


class Slot:
    """One booked call: when it may start, and when it finished (None while in flight)."""

    __slots__ = ("finished", "start")

    def __init__(self, start: float) -> None:
        self.start = start
        self.finished: float | None = None


class RateLimiter:
    """Each operation's documented rate limit, kept on this side. A client makes its own;
    pass one to several clients (`rate_limit=limiter`) to share one budget between them,
    for example a blocking and an asyncio client of the same key. Thread-safe."""

    def __init__(self, clock: Callable[[], float] = time.monotonic) -> None:
        self._clock = clock
        self._lock = threading.Lock()
        self._windows: dict[str, deque[Slot]] = {}

    def reserve(self, key: str, requests: int, per_seconds: float) -> tuple[float, Slot]:
        """Book the next call of `key`: (seconds to wait before sending, its slot). Report
        the end of the call with `finish(slot)`, whatever its outcome."""
        return self.reserve_all(((key, requests, per_seconds),))

    def reserve_all(self, windows: Sequence[Window]) -> tuple[float, Slot]:
        """Book one call in every window at once: it starts when all of them allow it."""
        with self._lock:
            now = self._clock()
            start = now
            booked = []
            for key, requests, per_seconds in windows:
                window = self._windows.get(key)
                if window is None or window.maxlen != requests:
                    window = self._windows[key] = deque(window or (), maxlen=requests)
                if len(window) == requests:
                    oldest = window[0]
                    # Still in flight: it may reach the server as late as now.
                    ended = oldest.finished if oldest.finished is not None else now
                    start = max(start, ended + per_seconds + SAFETY_MARGIN)
                booked.append(window)
            slot = Slot(start)
            for window in booked:
                window.append(slot)
            return start - now, slot

    def finish(self, slot: Slot) -> None:
        with self._lock:
            slot.finished = max(self._clock(), slot.start)
