"""The sandbox's sense of time: the real clock, or one a test moves by hand.

Every timestamp the books write (records, terms, earnings, token expiries) comes from the
clock a `Sandbox` was given. `SandboxClock` stands still until `advance()` moves it, so a
test can let thirty days pass in no time and see Flex earnings and Fixed interest paid.
Request signing is not on this clock: nonces are the client's real milliseconds.
"""

from __future__ import annotations

import threading
import time
from collections.abc import Callable

Clock = Callable[[], float]  # Unix seconds


class SandboxClock:
    """A clock that moves only when told: `SandboxClock(start)`, then `advance(seconds)`.

    `start` defaults to the real time now. Thread-safe: the server's threads read it while
    the test moves it.
    """

    def __init__(self, start: float | None = None) -> None:
        self._now = time.time() if start is None else float(start)
        self._lock = threading.Lock()

    def __call__(self) -> float:
        with self._lock:
            return self._now

    def __repr__(self) -> str:
        return f"SandboxClock({self():.3f})"

    def advance(self, seconds: float) -> float:
        """Move the clock forward by `seconds` (not back: time on the books never rewinds);
        returns the new time."""
        if seconds < 0:
            raise ValueError(f"the sandbox clock only moves forward, not by {seconds}")
        with self._lock:
            self._now += seconds
            return self._now
