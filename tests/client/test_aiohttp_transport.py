"""AsyncWhiteBIT over the aiohttp transport (the `aiohttp` extra), on loopback."""

from __future__ import annotations

import contextlib
import socket
import threading
from collections.abc import AsyncIterator, Iterator
from decimal import Decimal

import httpx
import pytest
from whitebit_main import AsyncWhiteBIT, RetryPolicy, errors
from whitebit_main._http._async_transport import aiohttp_available
from whitebit_sandbox import Sandbox

pytestmark = pytest.mark.skipif(not aiohttp_available(), reason="aiohttp extra not installed")
PLAN = "8f2e9d3c-1a4b-4c2d-9e5f-6a7b8c9d0e1f"


@contextlib.asynccontextmanager
async def aiohttp_client(
    url: str, retry: RetryPolicy | None = None
) -> AsyncIterator[AsyncWhiteBIT]:
    """A client on an aiohttp-backed httpx client of ours: both are closed on the way out
    (a client does not close an http_client it was given)."""
    from httpx_aiohttp import AiohttpTransport

    async with (
        httpx.AsyncClient(transport=AiohttpTransport()) as http,
        AsyncWhiteBIT("k", "s", base_url=url, http_client=http, retry=retry) as wb,
    ):
        yield wb


async def test_default_async_client_uses_aiohttp_when_installed(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    monkeypatch.undo()  # lift the test suite's switch back to httpx's own transport
    from httpx_aiohttp import AiohttpTransport

    async with AsyncWhiteBIT("k", "s") as wb:
        assert isinstance(wb._http._transport, AiohttpTransport)


async def test_calls_through_aiohttp_against_the_sandbox(sandbox: Sandbox) -> None:
    from httpx_aiohttp import AiohttpTransport

    async with (
        httpx.AsyncClient(transport=AiohttpTransport()) as http,
        AsyncWhiteBIT(
            sandbox.api_key, sandbox.api_secret, base_url=sandbox.url, http_client=http
        ) as wb,
    ):
        before = await wb.get_main_balance(ticker="USDT")
        await wb.create_flex_investment(plan=PLAN, amount="50")
        after = await wb.get_main_balance(ticker="USDT")
        with pytest.raises(errors.InnerValidationError, match="exceeds total invested"):
            await wb.withdraw_from_flex_investment(plan=PLAN, amount="51")
    spent = before["USDT"].main_balance - after["USDT"].main_balance
    assert spent == Decimal(50)


@pytest.fixture
def drops_after_request() -> Iterator[tuple[str, list[bytes]]]:
    """A server that reads each request, then closes the connection without answering."""
    listener = socket.create_server(("127.0.0.1", 0))
    listener.settimeout(0.2)
    seen: list[bytes] = []
    stop = threading.Event()

    def serve() -> None:
        while not stop.is_set():
            try:
                conn, _ = listener.accept()
            except OSError:
                continue
            with conn:
                seen.append(conn.recv(65536))

    thread = threading.Thread(target=serve, daemon=True)
    thread.start()
    yield f"http://127.0.0.1:{listener.getsockname()[1]}", seen
    stop.set()
    thread.join(5)
    listener.close()


async def test_dropped_connection_after_sending_is_outcome_unknown(
    drops_after_request: tuple[str, list[bytes]],
) -> None:
    """aiohttp reports the drop as a connect error; the request did go out: not re-sent."""
    url, seen = drops_after_request
    async with aiohttp_client(url, RetryPolicy(base_delay=0.001)) as wb:
        with pytest.raises(errors.OutcomeUnknownError):
            await wb.withdraw_from_flex_investment(plan=PLAN, amount="1")
    assert len(seen) == 1 and b"withdraw" in seen[0]


async def test_refused_connection_is_a_plain_transport_error() -> None:
    spare = socket.socket()
    spare.bind(("127.0.0.1", 0))
    port = spare.getsockname()[1]
    spare.close()  # nothing listens there now
    async with aiohttp_client(f"http://127.0.0.1:{port}", RetryPolicy.none()) as wb:
        with pytest.raises(errors.TransportError) as caught:
            await wb.withdraw_from_flex_investment(plan=PLAN, amount="1")
    assert not isinstance(caught.value, errors.OutcomeUnknownError)
