"""Nothing freezes: a blocking call on an event loop's own thread fails at once when a task
of that loop holds the key's strict turn, and `timeout=` alone bounds the whole call."""

from __future__ import annotations

import asyncio
import time
from typing import Any

import httpx
import pytest
from whitebit_main import AsyncWhiteBIT, WhiteBIT, errors

from tests.scripted_server import scripted, trickle

BALANCE = {"USDT": {"main_balance": "1"}}


async def test_a_blocking_call_on_the_loop_that_holds_the_key_fails_at_once() -> None:
    entered = asyncio.Event()

    async def slow(request: httpx.Request) -> httpx.Response:
        entered.set()
        await asyncio.sleep(0.3)
        return httpx.Response(200, json=BALANCE)

    def fast(request: httpx.Request) -> httpx.Response:
        return httpx.Response(200, json=BALANCE)

    key = "freeze-1"
    async with (
        httpx.AsyncClient(transport=httpx.MockTransport(slow)) as ahttp,
        AsyncWhiteBIT(key, "s", http_client=ahttp, rate_limit=False) as awb,
    ):
        task = asyncio.create_task(awb.get_main_balance())
        await entered.wait()  # the task holds the key's turn while its answer is awaited
        with (
            httpx.Client(transport=httpx.MockTransport(fast)) as http,
            WhiteBIT(key, "s", http_client=http, rate_limit=False, deadline=5) as wb,
        ):
            started = time.monotonic()
            with pytest.raises(errors.LoopFreezeError) as caught:
                wb.get_main_balance()
            assert time.monotonic() - started < 0.5
            assert "AsyncWhiteBIT" in str(caught.value) and "nonce_window=True" in str(caught.value)
            assert "nothing was sent" in str(caught.value)
            assert (await task)["USDT"].main_balance == 1
            assert wb.get_main_balance()["USDT"].main_balance == 1  # the turn is free again


async def test_a_blocking_call_from_a_worker_thread_waits_its_turn() -> None:
    """The same call from another thread is not refused: it waits, and the loop runs."""
    entered = asyncio.Event()

    async def slow(request: httpx.Request) -> httpx.Response:
        entered.set()
        await asyncio.sleep(0.2)
        return httpx.Response(200, json=BALANCE)

    def blocking_call() -> Any:
        http = httpx.Client(
            transport=httpx.MockTransport(lambda r: httpx.Response(200, json=BALANCE))
        )
        with http, WhiteBIT("freeze-2", "s", http_client=http, rate_limit=False) as wb:
            return wb.get_main_balance()

    async with (
        httpx.AsyncClient(transport=httpx.MockTransport(slow)) as ahttp,
        AsyncWhiteBIT("freeze-2", "s", http_client=ahttp, rate_limit=False) as awb,
    ):
        task = asyncio.create_task(awb.get_main_balance())
        await entered.wait()
        balance = await asyncio.to_thread(blocking_call)
        await task
    assert balance["USDT"].main_balance == 1


def test_timeout_alone_bounds_the_whole_call() -> None:
    with scripted(trickle(200, every=0.05, total=400)) as server:
        started = time.monotonic()
        with (
            WhiteBIT("k", "s", base_url=server.url, timeout=0.5) as wb,
            pytest.raises(errors.WhiteBITError) as caught,
        ):
            wb.get_main_balance()
        took = time.monotonic() - started
    assert took < 1.5, took  # 20 s of trickle; without the rule, up to the 60 s deadline
    assert "deadline of 0.5 s" in str(caught.value)


async def test_timeout_alone_bounds_the_whole_call_async() -> None:
    with scripted(trickle(200, every=0.05, total=400)) as server:
        started = time.monotonic()
        async with AsyncWhiteBIT("k", "s", base_url=server.url, timeout=0.5) as wb:
            with pytest.raises(errors.WhiteBITError):
                await wb.get_main_balance()
        took = time.monotonic() - started
    assert took < 1.5, took
