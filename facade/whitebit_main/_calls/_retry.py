"""When a failed call may be sent again, and how long to wait first.

The rule that matters: a request that changes state and may have reached the server is
never re-sent (the caller gets OutcomeUnknownError instead). Everything else follows
WhiteBIT's advice: back off from 1 s, doubling, capped at 30 s, with jitter, honouring
Retry-After; at most 3 attempts.
"""

from __future__ import annotations

import random
from dataclasses import dataclass, replace

import httpx

# Failures that prove the request never reached the server.
NOT_SENT_ERRORS: tuple[type[Exception], ...] = (
    httpx.ConnectError,
    httpx.ConnectTimeout,
    httpx.PoolTimeout,
    httpx.UnsupportedProtocol,
)


def never_sent(exc: httpx.TransportError) -> bool:
    """True only when the request certainly did not reach the server.

    httpx-aiohttp reports every aiohttp connection error as ConnectTimeout, including a
    connection dropped after the request went out; only aiohttp's connector errors (or a
    native httpx connect failure) prove nothing was sent.
    """
    if not isinstance(exc, NOT_SENT_ERRORS):
        return False
    cause = exc.__cause__
    if cause is None or not type(cause).__module__.startswith("aiohttp"):
        return True
    return any(kind.__name__ == "ClientConnectorError" for kind in type(cause).__mro__)


@dataclass(frozen=True)
class RetryPolicy:
    """How a client retries. `RetryPolicy.none()` turns retries off.

    - rate limits (429) and failures to connect: retried for every operation, since the
      server did not act on the request;
    - 5xx answers and read timeouts: retried only for operations that do not change state;
    - a rejected nonce: one immediate retry with a fresh nonce, whatever the limits above.
    """

    max_attempts: int = 3
    base_delay: float = 1.0
    max_delay: float = 30.0
    jitter: float = 0.5
    retry_rate_limits: bool = True
    retry_connect_errors: bool = True
    retry_reads_on_server_errors: bool = True
    retry_nonce_errors: bool = True

    def __post_init__(self) -> None:
        if isinstance(self.max_attempts, bool) or not isinstance(self.max_attempts, int):
            raise TypeError("max_attempts must be an int")
        if self.max_attempts < 1:
            raise ValueError("max_attempts must be at least 1")
        for name in ("base_delay", "max_delay", "jitter"):
            value = getattr(self, name)
            if isinstance(value, bool) or not isinstance(value, int | float) or value < 0:
                raise ValueError(f"{name} must be a non-negative number")
        if self.jitter > 1:
            raise ValueError("jitter must be between 0 and 1")

    @classmethod
    def none(cls) -> RetryPolicy:
        """Every failure surfaces at once: no retry of any kind."""
        return cls(max_attempts=1, retry_nonce_errors=False)

    def with_changes(self, **changes: object) -> RetryPolicy:
        return replace(self, **changes)  # type: ignore[arg-type]

    def delay(self, attempt: int, retry_after: float | None = None) -> float:
        """Seconds to wait before attempt number `attempt + 1` (attempts count from 1)."""
        if retry_after is not None and retry_after >= 0:
            return min(retry_after, self.max_delay)
        delay = min(self.max_delay, self.base_delay * (2.0 ** (attempt - 1)))
        return delay * (1 - self.jitter * random.random())


def parse_retry_after(response: httpx.Response) -> float | None:
    """Retry-After in seconds (the delta form WhiteBIT and proxies send), else None."""
    value = response.headers.get("Retry-After")
    if value is None:
        return None
    try:
        seconds = float(value)
    except ValueError:
        return None
    return seconds if seconds >= 0 else None
