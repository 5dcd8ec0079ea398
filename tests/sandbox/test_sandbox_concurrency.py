"""Many senders, one key, one sandbox: no request wrongly rejected, no money lost or counted
twice. Rate limits are off on both sides here (these tests are about nonces and the ledger,
and 4000 calls in a few seconds are far over WhiteBIT's limits); retries are off too, so
every rejection the server makes is seen."""

from __future__ import annotations

import asyncio
import contextlib
import threading
import uuid
from collections.abc import Callable, Iterator
from decimal import Decimal
from typing import Any

import pytest
from whitebit_main import RetryPolicy, WhiteBIT, errors
from whitebit_main._signing._nonce import nonce_source_for
from whitebit_sandbox import USDT_FLEX_PLAN, Sandbox
from whitebit_sandbox._core._defaults import default_state

AS_IS: dict[str, Any] = {"retry": RetryPolicy.none(), "rate_limit": False}
THREADS, CALLS = 8, 500


@pytest.fixture
def sandbox() -> Iterator[Sandbox]:
    """Not the shared `sandbox` of tests/conftest.py: these load tests need the rate limits
    off, and a key of their own per test (the facade's nonce source for a key lives as long
    as the process, and at over 1000 calls/s it counts ahead of the clock; see _nonce.py)."""
    state = default_state()
    state["accounts"][0]["api_key"] = f"load-{uuid.uuid4()}"
    with Sandbox(state, rate_limits=False) as sb:
        yield sb


def run_threads(sandbox: Sandbox, calls: int, work: Callable[[WhiteBIT, int], None]) -> list[Any]:
    """`THREADS` threads, each with its own sync client, each making `calls` calls; returns
    whatever each call raised."""
    failures: list[Any] = []
    failures_lock = threading.Lock()
    start = threading.Barrier(THREADS)

    def thread_main() -> None:
        with sandbox.client(**AS_IS) as wb:
            start.wait()
            for i in range(calls):
                try:
                    work(wb, i)
                except errors.WhiteBITError as exc:
                    with failures_lock:
                        failures.append(exc)

    threads = [threading.Thread(target=thread_main) for _ in range(THREADS)]
    for thread in threads:
        thread.start()
    for thread in threads:
        thread.join()
    return failures


@pytest.mark.slow
def test_strict_nonces_from_8_threads_x_500_calls_none_rejected(sandbox: Sandbox) -> None:
    """Strict nonces must reach the server in the order they were drawn; the facade holds
    the key's ordering lock from drawing a nonce until its answer arrives, so 8 free-running
    threads on 8 connections get none of 4000 calls rejected, and every transfer is booked
    exactly once."""
    start = sandbox.ledger.totals()

    def work(wb: WhiteBIT, i: int) -> None:
        source, target = ("main", "spot") if i % 2 == 0 else ("spot", "main")
        wb.transfer_between_balances(ticker="USDT", amount="1", from_=source, to=target)

    assert run_threads(sandbox, CALLS, work) == []
    assert sandbox.ledger.balance(sandbox.account, "USDT") == Decimal(10000)
    assert sandbox.ledger.balance(sandbox.account, "USDT", "spot") == Decimal(500)
    assert sandbox.ledger.totals() == start


@pytest.mark.slow
def test_without_ordering_late_nonces_are_rejected_and_never_booked(sandbox: Sandbox) -> None:
    """What the ordering lock prevents: signing without it lets requests overtake each other
    between drawing the nonce and reaching the server; WhiteBIT rejects the late ones ("Too
    many requests.", HTTP 429), and so does the sandbox, without touching the ledger."""
    start = sandbox.ledger.totals()
    source = nonce_source_for(sandbox.api_key)

    def work(wb: WhiteBIT, i: int) -> None:
        wb.transfer_between_balances(ticker="USDT", amount="1", from_="main", to="spot")

    with pytest.MonkeyPatch.context() as patch:
        patch.setattr(source, "in_order", contextlib.nullcontext())
        failures = run_threads(sandbox, 200, work)
    assert failures, "expected some requests to overtake each other"
    assert all(type(f) is errors.NonceError for f in failures), failures[:3]
    assert all((f.status_code, f.message) == (429, "Too many requests.") for f in failures)
    booked = THREADS * 200 - len(failures)
    assert sandbox.ledger.balance(sandbox.account, "USDT", "spot") == 500 + booked
    assert sandbox.ledger.balance(sandbox.account, "USDT") == 10000 - booked
    assert sandbox.ledger.totals() == start


async def test_strict_nonces_from_concurrent_tasks_none_rejected(sandbox: Sandbox) -> None:
    in_flight = asyncio.Semaphore(20)
    async with sandbox.async_client(**AS_IS) as wb:

        async def call() -> object:
            async with in_flight:
                return await wb.get_main_balance(ticker="USDT")

        results = await asyncio.gather(*(call() for _ in range(300)), return_exceptions=True)
    assert [r for r in results if isinstance(r, BaseException)] == []


@pytest.mark.slow
async def test_2000_async_calls_at_50_in_flight_with_nonce_window(sandbox: Sandbox) -> None:
    start = sandbox.ledger.totals()
    in_flight = asyncio.Semaphore(50)
    async with sandbox.async_client(nonce_window=True, **AS_IS) as wb:

        async def call(i: int) -> object:
            async with in_flight:
                if i % 8 == 0:
                    return await wb.create_flex_investment(plan=USDT_FLEX_PLAN, amount="10")
                if i % 2 == 0:
                    return await wb.get_main_balance(ticker="USDT")
                return await wb.transfer_between_balances(
                    ticker="USDT", amount="1", from_="main", to="spot"
                )

        results = await asyncio.gather(*(call(i) for i in range(2000)), return_exceptions=True)
    rejected = [r for r in results if isinstance(r, BaseException)]
    assert rejected == []
    invested, moved = 250 * Decimal(10), Decimal(1000)
    assert sandbox.ledger.balance(sandbox.account, "USDT") == 10000 - invested - moved
    assert sandbox.ledger.balance(sandbox.account, "USDT", "spot") == 500 + moved
    (position,) = sandbox.ledger.investments(sandbox.account)
    assert position.invested == invested
    assert len(sandbox.ledger.flex_history(sandbox.account)) == 250
    assert sandbox.ledger.totals() == start
