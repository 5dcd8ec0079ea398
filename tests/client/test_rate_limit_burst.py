"""Client-side rate limiting against the sandbox's server-side limits.

The burst runs on a fake clock: the client's limiter
(`whitebit_main._coordination._ratelimit`) and the sandbox's
(`whitebit_sandbox._core._ratelimit`) read the same clock, and a wait is a jump of that
clock, so 3000 calls take milliseconds and the timing is exact. One smaller burst over the
real sandbox (marked slow) checks that the pieces are wired the same way there."""

from __future__ import annotations

import math
import time
from concurrent.futures import ThreadPoolExecutor

import pytest
from whitebit_main import RetryPolicy, errors
from whitebit_main._calls._operations import operation_table
from whitebit_main._coordination._ratelimit import SAFETY_MARGIN, RateLimiter
from whitebit_main_api._contract import OPERATIONS
from whitebit_sandbox import Sandbox
from whitebit_sandbox._core._ratelimit import ServerRateLimits
from whitebit_sandbox._core._replies import Refusal

OPERATION = "getMainBalance"
LIMIT, PERIOD = operation_table()[OPERATION].rate_limit  # what the client acts on
BURST = 3 * LIMIT  # 3000 reservations at the contract's 1000 per 10 s
CLIENT_IP = "127.0.0.1"


class FakeClock:
    """Monotonic seconds that move only when someone sleeps."""

    def __init__(self) -> None:
        self.now = 0.0

    def __call__(self) -> float:
        return self.now

    def sleep(self, seconds: float) -> None:
        assert seconds >= 0
        self.now += seconds


def server_limits(clock: FakeClock) -> ServerRateLimits:
    """The sandbox's limits, built from the contract the way the sandbox builds them."""
    return ServerRateLimits(
        {op: (facts["rate_limit"][0], facts["rate_limit"][1]) for op, facts in OPERATIONS.items()},
        clock=clock,
    )


def burst(calls: int, *, latency: float = 0.0, client_side: bool = True) -> tuple[int, float]:
    """`calls` calls of OPERATION one after another: (refusals, fake seconds taken). Each
    call reaches the server `latency` after it starts (the latest it can) and finishes then."""
    clock = FakeClock()
    limiter = RateLimiter(clock=clock)
    server = server_limits(clock)
    refused = 0
    for _ in range(calls):
        if client_side:
            wait, slot = limiter.reserve(OPERATION, LIMIT, PERIOD)
            clock.sleep(wait)
        clock.sleep(latency)
        try:
            server.admit(CLIENT_IP, OPERATION)
        except Refusal as refusal:
            assert refusal.status == 429
            refused += 1
        if client_side:
            limiter.finish(slot)
    return refused, clock.now


def test_without_the_client_limiter_the_server_refuses_the_excess() -> None:
    """The control: the server's limiter does count on the fake clock."""
    refused, took = burst(BURST, client_side=False)
    assert (refused, took) == (BURST - LIMIT, 0.0)


def test_burst_never_draws_a_429_and_takes_exactly_the_windows() -> None:
    refused, took = burst(BURST)
    assert refused == 0
    # the first LIMIT go at once, then each further LIMIT waits one window (plus the margin)
    windows = math.ceil(BURST / LIMIT) - 1
    assert took == pytest.approx(windows * (PERIOD + SAFETY_MARGIN))


@pytest.mark.parametrize("latency", [0.001, 0.05, 0.7])
def test_slow_answers_draw_no_429_either(latency: float) -> None:
    refused, took = burst(BURST, latency=latency)
    assert refused == 0
    windows = math.ceil(BURST / LIMIT) - 1
    assert took >= max(windows * PERIOD, BURST * latency) - 1e-6  # (float sums)


@pytest.mark.slow
def test_real_burst_over_the_sandbox_never_draws_a_429(sandbox: Sandbox) -> None:
    """4 threads share one client (and so one limiter). The sandbox answers 429 the moment
    a window holds more than LIMIT calls; retries are off, so any 429 would surface."""
    calls = LIMIT + LIMIT // 2  # crosses one window: the shortest burst that can draw a 429
    with sandbox.client(retry=RetryPolicy.none()) as wb:

        def call(_: int) -> str | None:
            try:
                wb.get_main_balance(ticker="USDT")
            except errors.RateLimitError as exc:
                return str(exc)
            return None

        started = time.monotonic()
        with ThreadPoolExecutor(max_workers=4) as pool:
            refused = [r for r in pool.map(call, range(calls)) if r is not None]
        elapsed = time.monotonic() - started
    assert refused == []
    # it cannot be faster than the limit allows; how much slower depends on the machine
    assert elapsed >= (math.ceil(calls / LIMIT) - 1) * PERIOD
