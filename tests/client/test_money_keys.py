"""The idempotency key of a money call belongs to the caller on every outcome, and its
settlement stays inside the call's deadline, sync and async: an error names the key, an
interruption (cancel, timeout, Ctrl-C) carries a note and leaves the key in
`unsettled_keys()`, and a wait that would outlast the deadline ends in a history lookup."""

from __future__ import annotations

import asyncio
import contextlib
import inspect
import json
import os
import pickle
import signal
import socket
import threading
import time
from collections.abc import AsyncIterator, Callable
from decimal import Decimal
from typing import Any

import httpx
import pytest
from whitebit_main import AsyncWhiteBIT, RetryPolicy, WhiteBIT, errors
from whitebit_main._signing._nonce import nonce_source_for
from whitebit_main_api.operations import Accepted

from tests.scripted_server import scripted
from tests.support import history_page, withdrawal_record

FAST = RetryPolicy(base_delay=0.001, max_delay=0.01)
WITHDRAW = "/api/v4/main-account/withdraw"
HISTORY = "/api/v4/main-account/history"
TAKEN = {
    "code": 0,
    "message": "Validation failed",
    "errors": {"uniqueId": ["The unique id has already been taken."]},
}
MODES = ["sync", "async"]
Client = WhiteBIT | AsyncWhiteBIT
Answer = Callable[[str, dict[str, Any]], httpx.Response]


class Server:
    """Withdrawals answered from a script, the history from `listed`; records the paths."""

    def __init__(self, *answers: httpx.Response, listed: tuple[str, ...] = ()) -> None:
        self.answers = list(answers)
        self.listed = listed
        self.paths: list[str] = []
        self.on_withdraw: Callable[[], None] | None = None

    def __call__(self, request: httpx.Request) -> httpx.Response:
        self.paths.append(request.url.path)
        if request.url.path == HISTORY:
            return history_page(*(withdrawal_record(key) for key in self.listed))
        if self.on_withdraw is not None:
            self.on_withdraw()
        return self.answers.pop(0)


@contextlib.asynccontextmanager
async def client_for(
    mode: str, server: Any, key: str = "k", **options: Any
) -> AsyncIterator[Client]:
    options = {"retry": FAST, "rate_limit": False, **options}
    if mode == "sync":
        with (
            httpx.Client(transport=httpx.MockTransport(server)) as http,
            WhiteBIT(key, "s", http_client=http, **options) as wb,
        ):
            yield wb
    else:
        async with (
            httpx.AsyncClient(transport=httpx.MockTransport(server)) as http,
            AsyncWhiteBIT(key, "s", http_client=http, **options) as awb,
        ):
            yield awb


@contextlib.asynccontextmanager
async def client_on(mode: str, url: str, **options: Any) -> AsyncIterator[Client]:
    """A client of its own transport on `url` (the blocking one cuts socket reads at the
    deadline)."""
    if mode == "sync":
        with WhiteBIT("k", "s", base_url=url, retry=FAST, **options) as wb:
            yield wb
    else:
        async with AsyncWhiteBIT("k", "s", base_url=url, retry=FAST, **options) as awb:
            yield awb


async def call(wb: Client, method: str, **kwargs: Any) -> Any:
    result = getattr(wb, method)(**kwargs)
    return await result if inspect.isawaitable(result) else result


async def withdraw(wb: Client, key: str) -> Any:
    return await call(
        wb, "create_withdraw", ticker="USDT", amount=Decimal(5), address="0x1", unique_id=key
    )


# A wait that would outlast the deadline ends in settlement.


@pytest.mark.parametrize("mode", MODES)
@pytest.mark.parametrize("listed", [True, False], ids=["booked", "not-listed"])
async def test_a_retry_after_past_the_deadline_is_settled_by_the_history(
    mode: str, listed: bool
) -> None:
    limited = httpx.Response(
        429, json={"message": "Too Many Attempts."}, headers={"Retry-After": "20"}
    )
    server = Server(httpx.Response(502), limited, listed=("ra-1",) if listed else ())
    patient = RetryPolicy(base_delay=0.001, max_delay=30)  # Retry-After is honoured
    started = time.monotonic()
    async with client_for(mode, server, deadline=3, retry=patient) as wb:
        if listed:
            assert await withdraw(wb, "ra-1") == Accepted("ra-1")
        else:
            with pytest.raises(errors.OutcomeUnknownError) as caught:
                await withdraw(wb, "ra-1")
            assert caught.value.idempotency_key == "ra-1"
            assert "'ra-1'" in str(caught.value)
            assert "could not settle the call" in str(caught.value)
            assert wb.unsettled_keys() == {"ra-1": "createWithdraw"}
    assert time.monotonic() - started < 3
    assert server.paths == [WITHDRAW, WITHDRAW, HISTORY]


@pytest.mark.parametrize("mode", MODES)
async def test_a_key_turn_held_past_the_deadline_ends_in_settlement_not_nothing_sent(
    mode: str,
) -> None:
    """After a 502, the re-send waits for the key's strict turn, which another thread holds
    past the deadline: the call still ends in settlement, naming its key."""
    api_key = f"turn-{mode}"
    order = nonce_source_for(api_key).in_order
    released = threading.Event()
    holders: list[threading.Thread] = []

    def hold_the_turn() -> None:
        order.acquire()  # queued behind the first attempt, which holds the turn now
        try:
            released.wait(5)
        finally:
            order.release()

    server = Server(httpx.Response(502), httpx.Response(400, json=TAKEN), listed=("turn",))

    def first_withdrawal() -> None:
        server.on_withdraw = None
        holder = threading.Thread(target=hold_the_turn)
        holders.append(holder)
        holder.start()
        while not order._waiters:  # it stands in line before the answer goes back
            time.sleep(0.001)

    server.on_withdraw = first_withdrawal
    started = time.monotonic()
    try:
        async with client_for(mode, server, key=api_key, deadline=1.5) as wb:
            with pytest.raises(errors.OutcomeUnknownError) as caught:
                await withdraw(wb, "turn")
    finally:
        released.set()
        for holder in holders:
            holder.join()
    took = time.monotonic() - started
    assert took < 1.5 + 0.3, took
    assert caught.value.idempotency_key == "turn"
    assert "could not settle the call" in str(caught.value)
    assert "find_withdrawal('turn')" in str(caught.value)
    assert server.paths == [WITHDRAW]  # neither the re-send nor the lookup got its turn


# An unreadable acceptance names the key.


@pytest.mark.parametrize("mode", MODES)
@pytest.mark.parametrize("body", [b"<html>created</html>", b"OK"], ids=["html", "ok"])
async def test_an_unreadable_201_carries_the_key_or_is_settled_by_the_history(
    mode: str, body: bytes
) -> None:
    server = Server(httpx.Response(201, content=body))
    async with client_for(mode, server) as wb:
        with pytest.raises(errors.AnswerUnreadableError) as caught:
            await withdraw(wb, "html-1")
    assert caught.value.idempotency_key == "html-1"
    assert "'html-1'" in str(caught.value) and "accepted the request" in str(caught.value)
    assert server.paths == [WITHDRAW, HISTORY]
    booked = Server(httpx.Response(201, content=body), listed=("html-2",))
    async with client_for(mode, booked) as wb:
        assert await withdraw(wb, "html-2") == Accepted("html-2")


@pytest.mark.parametrize("mode", MODES)
async def test_every_error_after_sending_carries_the_key(mode: str) -> None:
    refusal = {"code": 5, "message": "Inner validation failed", "errors": {"amount": ["no"]}}
    server = Server(httpx.Response(422, json=refusal), *(httpx.Response(503) for _ in range(3)))
    async with client_for(mode, server) as wb:
        with pytest.raises(errors.InnerValidationError) as refused:
            await withdraw(wb, "k-1")
        with pytest.raises(errors.OutcomeUnknownError) as lost:
            await withdraw(wb, "k-2")
        assert wb.unsettled_keys() == {"k-2": "createWithdraw"}  # a refusal is settled
    assert refused.value.idempotency_key == "k-1" and "'k-1'" in str(refused.value)
    assert lost.value.idempotency_key == "k-2"
    again = pickle.loads(pickle.dumps(lost.value))
    assert again.idempotency_key == "k-2" and "'k-2'" in str(again)


# Interruptions propagate as they are, with a note naming the key.


def at_the_server(entered: asyncio.Event) -> Callable[[httpx.Request], Any]:
    async def handle(request: httpx.Request) -> httpx.Response:
        entered.set()
        await asyncio.sleep(30)
        return httpx.Response(201, json=[])

    return handle


def noted(exc: BaseException, key: str) -> bool:
    return any(repr(key) in note for note in getattr(exc, "__notes__", []))


async def test_a_cancelled_withdrawal_keeps_its_key() -> None:
    entered = asyncio.Event()
    async with client_for("async", at_the_server(entered)) as wb:
        assert isinstance(wb, AsyncWhiteBIT)
        task = asyncio.create_task(withdraw(wb, "cancel-1"))
        await entered.wait()
        task.cancel()
        with pytest.raises(asyncio.CancelledError) as caught:
            await task
        assert noted(caught.value, "cancel-1")
        assert wb.unsettled_keys() == {"cancel-1": "createWithdraw"}


async def test_a_withdrawal_cut_by_asyncio_timeout_keeps_its_key() -> None:
    entered = asyncio.Event()
    async with client_for("async", at_the_server(entered)) as wb:
        with pytest.raises(TimeoutError) as caught:
            async with asyncio.timeout(0.2):
                await withdraw(wb, "timeout-1")
        # asyncio.timeout raises its TimeoutError from the CancelledError the call saw
        assert noted(caught.value, "timeout-1") or noted(caught.value.__cause__, "timeout-1")
        assert wb.unsettled_keys() == {"timeout-1": "createWithdraw"}


async def test_a_withdrawal_cancelled_before_sending_is_not_noted() -> None:
    async with client_for("async", Server(httpx.Response(201, json=[]))) as wb:
        assert isinstance(wb, AsyncWhiteBIT)
        task = asyncio.create_task(withdraw(wb, "never-sent"))
        task.cancel()
        with pytest.raises(asyncio.CancelledError) as caught:
            await task
        assert not noted(caught.value, "never-sent")
        assert wb.unsettled_keys() == {}


def hang(conn: socket.socket, _request: bytes) -> None:
    time.sleep(3)


@pytest.mark.skipif(not hasattr(signal, "SIGINT"), reason="needs SIGINT")
def test_ctrl_c_while_the_withdrawal_is_at_the_server_keeps_its_key() -> None:
    assert threading.current_thread() is threading.main_thread()
    with scripted(hang) as server, WhiteBIT("k", "s", base_url=server.url, retry=FAST) as wb:
        timer = threading.Timer(0.3, os.kill, (os.getpid(), signal.SIGINT))
        timer.start()
        try:
            with pytest.raises(KeyboardInterrupt) as caught:
                wb.create_withdraw(ticker="USDT", amount="5", address="0x1", unique_id="int-1")
        finally:
            timer.cancel()
        assert noted(caught.value, "int-1")
        assert wb.unsettled_keys() == {"int-1": "createWithdraw"}
        assert len(server.requests) == 1


# Settlement inside the call's deadline: the nested lookup shares it.


def slow_by_path(conn: socket.socket, request: bytes) -> None:
    """Withdrawals: 502 after 0.3 s; the history: an answer after 3 s."""
    path = request.split(b" ", 2)[1].decode()
    time.sleep(0.3 if path == WITHDRAW else 3)
    status, body = (502, b"{}") if path == WITHDRAW else (200, json.dumps({}).encode())
    head = f"HTTP/1.1 {status} X\r\nContent-Length: {len(body)}\r\nConnection: close\r\n\r\n"
    with contextlib.suppress(OSError):
        conn.sendall(head.encode() + body)


@pytest.mark.parametrize("mode", MODES)
async def test_settlement_with_a_slow_history_ends_by_the_calls_deadline(mode: str) -> None:
    with scripted(slow_by_path) as server:
        async with client_on(mode, server.url, deadline=1.2) as wb:
            started = time.monotonic()
            with pytest.raises(errors.OutcomeUnknownError) as caught:
                await withdraw(wb, "d-1")
            took = time.monotonic() - started
        paths = [r.split(b" ", 2)[1].decode() for r in server.requests]
    assert took < 1.2 + 0.3, took  # with a fresh deadline, the lookup took about twice
    assert caught.value.idempotency_key == "d-1"
    assert HISTORY in paths and paths[0] == WITHDRAW
