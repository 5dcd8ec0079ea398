"""Per-operation sliding-window rate limits, from each operation's `rate_limit` in the contract,
and the account-wide one (ACCOUNT_WIDE: 1000 calls per 10 s over every operation of the API
host) that each of those calls also counts in.

WhiteBIT counts per client IP; so does this. A request over the limit is dropped with
HTTP 429 `Too Many Attempts.` and a `Retry-After` header saying, in whole seconds, when
the oldest counted request leaves the window.
"""

from __future__ import annotations

import math
import threading
import time
from collections import deque
from collections.abc import Callable, Collection, Mapping

from whitebit_sandbox._core._replies import Refusal

TOO_MANY_ATTEMPTS = "Too Many Attempts."
ACCOUNT_WIDE = "*"


class ServerRateLimits:
    """The server side of rate limiting: remembers the times of recent requests per (client,
    operation) and refuses past each limit; thread-safe. (The client side is
    `whitebit_main._coordination._ratelimit.RateLimiter`.)"""

    def __init__(
        self,
        limits: Mapping[str, tuple[int, float]],
        clock: Callable[[], float] = time.monotonic,
        *,
        account_wide: Collection[str] = (),
    ) -> None:
        """`limits` by operationId, and ACCOUNT_WIDE's if any, which every operation in
        `account_wide` also counts in."""
        self._limits = dict(limits)
        self._account_wide = frozenset(account_wide)
        self._clock = clock
        self._lock = threading.Lock()
        self._hits: dict[tuple[str, str], deque[float]] = {}

    def admit(self, client: str, operation_id: str) -> None:
        """Count one request, or raise the 429 refusal when the window is full."""
        names = [operation_id]
        if operation_id in self._account_wide:
            names.append(ACCOUNT_WIDE)
        now = self._clock()
        with self._lock:
            windows = []
            for name in names:
                limit = self._limits.get(name)
                if limit is None:
                    continue
                count, seconds = limit
                hits = self._hits.setdefault((client, name), deque())
                while hits and hits[0] <= now - seconds:
                    hits.popleft()
                if len(hits) >= count:
                    wait = max(1, math.ceil(hits[0] + seconds - now))
                    raise Refusal(429, TOO_MANY_ATTEMPTS, headers={"Retry-After": str(wait)})
                windows.append(hits)
            for hits in windows:  # counted only once every window has room
                hits.append(now)
