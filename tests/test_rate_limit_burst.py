"""Client-side rate limiting against the sandbox's server-side limits, in real time."""

from __future__ import annotations

import time
from concurrent.futures import ThreadPoolExecutor

from whitebit_main import RetryPolicy, errors
from whitebit_main.sandbox import Sandbox

BURST = 3000
LIMIT, PERIOD = 1000, 10.0  # getMainBalance's limit in the contract


def test_burst_of_3000_balance_calls_never_draws_a_429() -> None:
    """4 threads share one client (and so one limiter). The sandbox answers 429 the moment
    a window holds more than 1000 calls; retries are off, so any 429 would surface."""
    with Sandbox() as sandbox, sandbox.client(retry=RetryPolicy.none()) as wb:

        def call(_: int) -> str | None:
            try:
                wb.get_main_balance(ticker="USDT")
            except errors.RateLimitError as exc:
                return str(exc)
            return None

        started = time.monotonic()
        with ThreadPoolExecutor(max_workers=4) as pool:
            refused = [r for r in pool.map(call, range(BURST)) if r is not None]
        elapsed = time.monotonic() - started
    assert refused == []
    windows = BURST // LIMIT - 1  # the first 1000 go at once, then one window per 1000
    assert windows * PERIOD <= elapsed < windows * PERIOD + 8.0
