"""What broken and hostile servers do to a call, over real loopback sockets, sync and async:
a money call is never sent twice, every failure is a WhiteBITError that says whether the
server may have acted, and no answer can hold a call past its deadline or its size cap."""

from __future__ import annotations

import contextlib
import gzip
import json
import socket
import time
from collections.abc import Awaitable, Callable
from typing import Any

import httpx
import pytest
from whitebit_main import AsyncWhiteBIT, RetryPolicy, WhiteBIT, errors
from whitebit_main._http._async_transport import aiohttp_available
from whitebit_sandbox import Sandbox

from tests.scripted_server import Reply, raw, read_request, scripted, trickle

PLAN = "8f2e9d3c-1a4b-4c2d-9e5f-6a7b8c9d0e1f"
FAST = RetryPolicy(base_delay=0.001, max_delay=0.01)


def json_reply(status: int, body: Any, headers: dict[str, str] | None = None) -> Reply:
    content = json.dumps(body).encode() if not isinstance(body, bytes) else body
    head = {"Content-Type": "application/json", "Content-Length": str(len(content))}
    return raw(f"HTTP/1.1 {status} X", {**head, **(headers or {})}, content)


def money_sync(url: str, **options: Any) -> None:
    with WhiteBIT("k", "s", base_url=url, retry=FAST, **options) as wb:
        wb.withdraw_from_flex_investment(plan=PLAN, amount="1")


async def money_async(url: str, **options: Any) -> None:
    async with AsyncWhiteBIT("k", "s", base_url=url, retry=FAST, **options) as wb:
        await wb.withdraw_from_flex_investment(plan=PLAN, amount="1")


def read_sync(url: str, **options: Any) -> None:
    with WhiteBIT("k", "s", base_url=url, retry=FAST, **options) as wb:
        wb.get_main_balance()


async def read_async(url: str, **options: Any) -> None:
    async with AsyncWhiteBIT("k", "s", base_url=url, retry=FAST, **options) as wb:
        await wb.get_main_balance()


Caller = Callable[..., Any]
MONEY: list[Caller] = [money_sync, money_async]
READS: list[Caller] = [read_sync, read_async]


async def run(call: Caller, url: str, **options: Any) -> None:
    result = call(url, **options)
    if isinstance(result, Awaitable):
        await result


@pytest.mark.parametrize("call", MONEY)
@pytest.mark.parametrize(
    ("status", "message"),
    [
        (500, "nonce storage unavailable"),
        (503, "Too many requests."),
        (502, "Invalid nonceWindow."),
    ],
)
async def test_a_5xx_that_talks_about_nonces_is_never_resent(
    call: Caller, status: int, message: str
) -> None:
    reply = json_reply(status, {"code": 0, "message": message})
    with scripted(reply) as server, pytest.raises(errors.OutcomeUnknownError) as caught:
        await run(call, server.url)
    assert len(server.requests) == 1
    assert not isinstance(caught.value, errors.NonceError)
    assert str(caught.value).count(f"HTTP {status}") == 1


@pytest.mark.parametrize("call", MONEY)
@pytest.mark.parametrize(
    "reply",
    [
        json_reply(201, b"<html>accepted</html>"),
        json_reply(201, b"not gzip at all", {"Content-Encoding": "gzip"}),
        raw("HTTP/1.1 201 Created", {"Content-Length": "100"}, b'{"data": {"tr'),
    ],
    ids=["html", "false-gzip", "cut-off"],
)
async def test_an_accepted_money_call_with_an_unreadable_answer_says_it_was_accepted(
    call: Caller, reply: Reply
) -> None:
    with scripted(reply) as server, pytest.raises(errors.AnswerUnreadableError) as caught:
        await run(call, server.url)
    assert isinstance(caught.value, errors.OutcomeUnknownError)
    assert caught.value.status_code == 201
    assert "accepted the request" in str(caught.value)
    assert "get_flex_investment_history" in str(caught.value)
    assert len(server.requests) == 1


@pytest.mark.parametrize("call", READS)
@pytest.mark.parametrize(
    "reply",
    [
        json_reply(200, b"<html>hello</html>"),
        json_reply(200, b"plain", {"Content-Encoding": "gzip"}),
        json_reply(422, ("[" * 200_000).encode()),
        json_reply(400, ('{"message": "x", "errors": ' + "[" * 200_000).encode()),
    ],
    ids=["html", "false-gzip", "deep-list", "deep-error"],
)
async def test_an_unreadable_answer_to_a_read_is_a_whitebit_error(
    call: Caller, reply: Reply
) -> None:
    with scripted(reply) as server, pytest.raises(errors.WhiteBITError) as caught:
        await run(call, server.url)
    assert not isinstance(caught.value, errors.OutcomeUnknownError)


@pytest.mark.skipif(not aiohttp_available(), reason="aiohttp extra not installed")
async def test_a_malformed_status_line_on_aiohttp_is_outcome_unknown() -> None:
    from httpx_aiohttp import AiohttpTransport

    bad = raw("HTTP/1.1 2O1 Created", {"Content-Length": "2"}, b"[]")
    with scripted(bad) as server:
        async with (
            httpx.AsyncClient(transport=AiohttpTransport()) as http,
            AsyncWhiteBIT("k", "s", base_url=server.url, http_client=http) as wb,
        ):
            with pytest.raises(errors.OutcomeUnknownError):
                await wb.withdraw_from_flex_investment(plan=PLAN, amount="1")
    assert len(server.requests) == 1


def test_a_malformed_status_line_on_httpx_is_outcome_unknown() -> None:
    bad = raw("HTTP/1.1 2O1 Created", {"Content-Length": "2"}, b"[]")
    with scripted(bad) as server, pytest.raises(errors.OutcomeUnknownError):
        money_sync(server.url)
    assert len(server.requests) == 1


@pytest.mark.parametrize("call", READS + MONEY)
async def test_a_trickling_answer_cannot_outlive_the_deadline(call: Caller) -> None:
    with scripted(trickle(200, every=0.05, total=400)) as server:
        started = time.monotonic()
        with pytest.raises(errors.WhiteBITError) as caught:
            await run(call, server.url, deadline=0.5, timeout=5)
        took = time.monotonic() - started
    assert took < 3, took  # 20 s of trickle, cut at the deadline
    assert "deadline" in str(caught.value)
    if call in MONEY:
        assert isinstance(caught.value, errors.AnswerUnreadableError)
    assert len(server.requests) == 1


HEAD = b"HTTP/1.1 200 OK\r\nContent-Length: 2\r\n\r\n[]"


def trickled_head(conn: Any, _request: bytes) -> None:
    """Status line and headers a byte every 0.2 s: 8 s in all, each byte well within a read
    timeout."""
    for byte in HEAD:
        time.sleep(0.2)
        try:
            conn.sendall(bytes([byte]))
        except OSError:
            return


def trickled_head_on_the_kept_connection(conn: Any, request: bytes) -> None:
    """A good answer first, then, on the same kept-alive connection, a trickled head."""
    json_reply(200, {"USDT": {"main_balance": "1"}})(conn, request)
    trickled_head(conn, read_request(conn))


def money_after_a_read_sync(url: str, **options: Any) -> None:
    with WhiteBIT("k", "s", base_url=url, retry=FAST, **options) as wb:
        wb.get_main_balance()
        wb.withdraw_from_flex_investment(plan=PLAN, amount="1")


async def money_after_a_read_async(url: str, **options: Any) -> None:
    async with AsyncWhiteBIT("k", "s", base_url=url, retry=FAST, **options) as wb:
        await wb.get_main_balance()
        await wb.withdraw_from_flex_investment(plan=PLAN, amount="1")


@pytest.mark.parametrize(
    ("call", "reply"),
    [
        (money_sync, trickled_head),
        (money_async, trickled_head),
        (money_after_a_read_sync, trickled_head_on_the_kept_connection),
        (money_after_a_read_async, trickled_head_on_the_kept_connection),
    ],
    ids=["sync-new-connection", "async-new-connection", "sync-kept-alive", "async-kept-alive"],
)
async def test_headers_trickling_past_the_deadline_end_the_call(call: Caller, reply: Reply) -> None:
    """httpx times each read; the call's deadline bounds them together, headers included,
    on new and on reused connections, blocking and async."""
    with scripted(reply) as server:
        started = time.monotonic()
        with pytest.raises(errors.OutcomeUnknownError) as caught:
            await run(call, server.url, deadline=0.5, timeout=5)
        assert time.monotonic() - started < 3
    assert "deadline" in str(caught.value) or "timed out" in str(caught.value)
    assert len(server.requests) == 1  # one connection; the money call was never re-sent


@pytest.mark.parametrize("call", MONEY)
async def test_a_bomb_is_refused_at_the_cap(call: Caller) -> None:
    bomb = gzip.compress(b"0" * (64 * 1024 * 1024), compresslevel=9)
    assert len(bomb) < 1024 * 1024
    reply = json_reply(201, bomb, {"Content-Encoding": "gzip"})
    with scripted(reply) as server, pytest.raises(errors.AnswerUnreadableError) as caught:
        await run(call, server.url)
    assert "larger than 8388608 bytes" in str(caught.value)


@pytest.mark.parametrize("call", READS)
async def test_the_cap_is_configurable(call: Caller) -> None:
    body = json.dumps({f"T{n}": {"main_balance": f"{n}.5"} for n in range(200)})
    with scripted(json_reply(200, body.encode())) as server:
        with pytest.raises(errors.UnexpectedResponseError, match="larger than 1000 bytes"):
            await run(call, server.url, max_answer_bytes=1000)
        await run(call, server.url, max_answer_bytes=100_000)


@pytest.mark.parametrize("status", [301, 302, 307, 308])
async def test_redirects_are_never_followed_even_when_the_http_client_would(
    status: int,
) -> None:
    with scripted(json_reply(201, {"data": {"transaction_id": "stolen"}})) as elsewhere:
        moved = raw(
            f"HTTP/1.1 {status} Moved",
            {"Location": elsewhere.url + "/api/v4/x", "Content-Length": "0"},
            b"",
        )
        with scripted(moved) as server:
            with (
                httpx.Client(follow_redirects=True) as own,
                WhiteBIT("k", "s", base_url=server.url, http_client=own) as wb,
                pytest.raises(errors.UnexpectedResponseError) as caught,
            ):
                wb.withdraw_from_flex_investment(plan=PLAN, amount="1")
            assert caught.value.status_code == status
            async with (
                httpx.AsyncClient(follow_redirects=True) as async_own,
                AsyncWhiteBIT("k", "s", base_url=server.url, http_client=async_own) as awb,
            ):
                with pytest.raises(errors.UnexpectedResponseError):
                    await awb.withdraw_from_flex_investment(plan=PLAN, amount="1")
    assert elsewhere.requests == []
    assert len(server.requests) == 2


@pytest.mark.parametrize(
    ("option", "value", "error"),
    [
        ("deadline", 0, ValueError),
        ("deadline", float("inf"), ValueError),
        ("deadline", "10", TypeError),
        ("max_answer_bytes", -1, ValueError),
        ("max_answer_bytes", True, TypeError),
    ],
)
def test_limits_are_checked_when_the_client_is_built(
    option: str, value: object, error: type[Exception]
) -> None:
    with pytest.raises(error, match=option):
        WhiteBIT("k", "s", **{option: value})


def test_repr_of_a_client_that_was_never_configured() -> None:
    assert repr(WhiteBIT.__new__(WhiteBIT)) == "WhiteBIT(<not configured>)"
    assert repr(AsyncWhiteBIT.__new__(AsyncWhiteBIT)) == "AsyncWhiteBIT(<not configured>)"


@pytest.mark.parametrize("call", READS)
async def test_a_refused_connection_names_the_url_and_the_attempts(call: Caller) -> None:
    spare = socket.socket()
    spare.bind(("127.0.0.1", 0))
    port = spare.getsockname()[1]
    spare.close()  # nothing listens there now
    url = f"http://127.0.0.1:{port}"
    with pytest.raises(errors.TransportError) as caught:
        await run(call, url)
    text = str(caught.value)
    assert f"could not connect to {url}/api/v4/main-account/balance after 3 attempts" in text
    assert "nothing was sent" in text


async def test_a_wrong_signature_names_the_api_secret() -> None:
    reply = json_reply(401, {"code": 0, "message": "Unauthorized request."})
    with scripted(reply) as server, pytest.raises(errors.AuthenticationError) as caught:
        await read_async(server.url)
    assert caught.value.message == "Unauthorized request."
    assert "check the API secret" in str(caught.value)


@pytest.mark.slow  # waits out real deadlines
def test_a_stuck_strict_call_holds_no_other_call_of_its_key_past_its_deadline(
    sandbox: Sandbox,
) -> None:
    """Strict nonces: the key's calls go one at a time. One stuck behind a server trickling its
    headers must not hold another call, to a healthy server, past that call's deadline."""
    import threading

    def slow_head(conn: Any, _request: bytes) -> None:
        for byte in b"HTTP/1.1 200 OK\r\nContent-Length: 2\r\n\r\n[]":
            time.sleep(0.08)
            try:
                conn.sendall(bytes([byte]))
            except OSError:
                return

    def stuck_call(url: str, key: str) -> None:
        with (
            WhiteBIT(key, "s", base_url=url, timeout=5, retry=FAST) as wb,
            contextlib.suppress(errors.WhiteBITError),
        ):
            wb.get_main_balance()

    with scripted(slow_head) as stuck:
        first = threading.Thread(target=stuck_call, args=(stuck.url, sandbox.api_key))
        first.start()
        time.sleep(0.3)  # the first call holds the key's turn now
        started = time.monotonic()
        with (
            sandbox.client(deadline=1.0, retry=FAST) as wb,
            pytest.raises(errors.TransportError) as caught,
        ):
            wb.get_main_balance()
        took = time.monotonic() - started
        first.join(10)
    assert took < 2.5, took
    assert not isinstance(caught.value, errors.OutcomeUnknownError)
    assert "nothing" in str(caught.value)
