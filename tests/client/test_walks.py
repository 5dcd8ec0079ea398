"""Walks through history that are exact and finite, sync and async: each record once when
records arrive at the head meanwhile, a clear error when a server repeats pages, and the
page size the server says it used."""

from __future__ import annotations

import contextlib
import json
from collections.abc import AsyncIterator, Callable, Iterator
from decimal import Decimal
from typing import Any

import httpx
import pytest
from whitebit_main import AsyncWhiteBIT, RetryPolicy, WhiteBIT, errors

FAST = RetryPolicy(base_delay=0.001, max_delay=0.01)
Handler = Callable[[dict[str, Any]], dict[str, Any]]


def withdrawal(n: int) -> dict[str, Any]:
    return {
        "address": "0x1",
        "unique_id": f"w{n}",
        "createdAt": n,
        "currency": "Tether",
        "ticker": "USDT",
        "method": 2,
        "amount": f"{n}.5",
        "description": "",
        "memo": "",
        "fee": "1",
        "status": 3,
        "network": None,
        "transactionHash": "",
        "transaction_id": f"t-{n}",
        "details": None,
        "confirmations": None,
    }


def flex_investment(n: int) -> dict[str, Any]:
    return {
        "id": f"inv-{n}",
        "planId": "8f2e9d3c-1a4b-4c2d-9e5f-6a7b8c9d0e1f",
        "currency": "USDT",
        "invested": f"{n}",
        "withAutoReinvest": False,
        "status": 1,
        "createdAt": n,
        "updatedAt": n,
    }


class Server:
    def __init__(self, handler: Handler) -> None:
        self.handler = handler
        self.asked: list[tuple[int, int]] = []

    def __call__(self, request: httpx.Request) -> httpx.Response:
        body = json.loads(request.content)
        self.asked.append((body["offset"], body["limit"]))
        return httpx.Response(200, json=self.handler(body))


@contextlib.contextmanager
def sync_client(server: Server) -> Iterator[WhiteBIT]:
    with (
        httpx.Client(transport=httpx.MockTransport(server)) as http,
        WhiteBIT("k", "s", http_client=http, retry=FAST, rate_limit=False) as wb,
    ):
        yield wb


@contextlib.asynccontextmanager
async def async_client(server: Server) -> AsyncIterator[AsyncWhiteBIT]:
    async with (
        httpx.AsyncClient(transport=httpx.MockTransport(server)) as http,
        AsyncWhiteBIT("k", "s", http_client=http, retry=FAST, rate_limit=False) as wb,
    ):
        yield wb


def growing_history(count: int, booked_after_first_page: int) -> Handler:
    """Newest first, `count` records; after the first page is served, new records are
    booked at the head, shifting every later page."""
    records = [withdrawal(n) for n in reversed(range(count))]
    served = 0

    def handle(body: dict[str, Any]) -> dict[str, Any]:
        nonlocal served, records
        if served == 1:
            fresh = [withdrawal(1000 + n) for n in range(booked_after_first_page)]
            records = fresh + records
        served += 1
        start, limit = body["offset"], body["limit"]
        page = records[start : start + limit]
        return {"records": page, "limit": limit, "offset": start, "total": len(records)}

    return handle


def test_a_record_booked_between_pages_is_yielded_once() -> None:
    server = Server(growing_history(13, booked_after_first_page=1))
    with sync_client(server) as wb:
        found = list(wb.iter_get_deposit_withdraw_history(page_size=5))
    ids = [r.unique_id for r in found]
    assert len(ids) == len(set(ids)) == 13
    assert sum(r.amount for r in found) == sum(Decimal(f"{n}.5") for n in range(13))


async def test_a_record_booked_between_pages_is_yielded_once_async() -> None:
    server = Server(growing_history(13, booked_after_first_page=2))
    async with async_client(server) as wb:
        found = [r async for r in wb.iter_get_deposit_withdraw_history(page_size=5)]
    ids = [r.unique_id for r in found]
    assert len(ids) == len(set(ids)) == 13


def ignores_offset(body: dict[str, Any]) -> dict[str, Any]:
    limit = body["limit"]
    return {"data": [flex_investment(n) for n in range(limit)], "limit": limit, "offset": 0}


def test_a_server_that_ignores_offset_stops_the_walk_with_an_error() -> None:
    server = Server(ignores_offset)
    yielded = 0
    with sync_client(server) as wb, pytest.raises(errors.PaginationError, match="repeats"):
        for _investment in wb.iter_get_user_flex_investments(page_size=10):
            yielded += 1
            assert yielded < 1000, "the walk runs for ever"
    assert yielded == 10 and len(server.asked) == 2


async def test_a_server_that_ignores_offset_stops_the_walk_with_an_error_async() -> None:
    server = Server(ignores_offset)
    yielded = 0
    async with async_client(server) as wb:
        with pytest.raises(errors.PaginationError):
            async for _investment in wb.iter_get_user_flex_investments(page_size=10):
                yielded += 1
                assert yielded < 1000, "the walk runs for ever"
    assert yielded == 10


def clamped_to_50(count: int) -> Handler:
    """No total; the server serves at most 50 a page and says so in `limit`."""

    def handle(body: dict[str, Any]) -> dict[str, Any]:
        start, limit = body["offset"], min(body["limit"], 50)
        data = [flex_investment(n) for n in range(start, min(start + limit, count))]
        return {"data": data, "limit": limit, "offset": start}

    return handle


def test_a_server_clamping_pages_is_walked_to_the_end() -> None:
    server = Server(clamped_to_50(120))
    with sync_client(server) as wb:
        found = list(wb.iter_get_user_flex_investments())
    assert [i.id for i in found] == [f"inv-{n}" for n in range(120)]
    assert [offset for offset, _ in server.asked] == [0, 50, 100]


async def test_a_server_clamping_pages_is_walked_to_the_end_async() -> None:
    server = Server(clamped_to_50(120))
    async with async_client(server) as wb:
        found = [i async for i in wb.iter_get_user_flex_investments()]
    assert len({i.id for i in found}) == 120


def test_a_walk_ends_at_a_short_page_and_keeps_twins_on_one_page() -> None:
    """Without a total, a page shorter than the limit the server used is the last; two
    identical records on one page are two records."""

    def handle(body: dict[str, Any]) -> dict[str, Any]:
        start, limit = body["offset"], body["limit"]
        data = [flex_investment(0), flex_investment(0), flex_investment(1)][start : start + limit]
        return {"data": data, "limit": limit, "offset": start}

    server = Server(handle)
    with sync_client(server) as wb:
        found = list(wb.iter_get_user_flex_investments(page_size=10))
    assert [i.id for i in found] == ["inv-0", "inv-0", "inv-1"]
    assert server.asked == [(0, 10)]
