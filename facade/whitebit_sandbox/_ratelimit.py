"""Per-operation sliding-window rate limits, from each operation's `rate_limit` in the contract.

WhiteBIT counts per client IP; so does this. A request over the limit is dropped with
HTTP 429 `Too Many Attempts.` and a `Retry-After` header saying, in whole seconds, when
the oldest counted request leaves the window.
"""

from __future__ import annotations

import math
import threading
import time
from collections import deque
from collections.abc import Callable, Mapping

from ._replies import Refusal

TOO_MANY_ATTEMPTS = "Too Many Attempts."


class ServerRateLimits:
    """The server side of rate limiting: remembers the times of recent requests per (client,
    operation) and refuses past each limit; thread-safe. (The client side is
    `whitebit_main._ratelimit.RateLimiter`.)"""

    def __init__(
        self,
        limits: Mapping[str, tuple[int, int]],
        clock: Callable[[], float] = time.monotonic,
    ) -> None:
        self._limits = dict(limits)
        self._clock = clock
        self._lock = threading.Lock()
        self._hits: dict[tuple[str, str], deque[float]] = {}

    def admit(self, client: str, operation_id: str) -> None:
        """Count one request, or raise the 429 refusal when the window is full."""
        limit = self._limits.get(operation_id)
        if limit is None:
            return
        count, seconds = limit
        now = self._clock()
        with self._lock:
            hits = self._hits.setdefault((client, operation_id), deque())
            while hits and hits[0] <= now - seconds:
                hits.popleft()
            if len(hits) >= count:
                wait = max(1, math.ceil(hits[0] + seconds - now))
                raise Refusal(429, TOO_MANY_ATTEMPTS, headers={"Retry-After": str(wait)})
            hits.append(now)
