"""A client that built its own httpx client sends straight to that client's transport
(no cookie jar, no redirect or hook machinery per call); everything a user can see stays
as through httpx's send(): headers, timeouts, environment proxies, errors, the key's order."""

from __future__ import annotations

import json
from collections.abc import Awaitable
from typing import Any

import httpx
import pytest
from whitebit_main import AsyncWhiteBIT, RetryPolicy, WhiteBIT, errors

from tests.scripted_server import Reply, raw, scripted

PLAN = "8f2e9d3c-1a4b-4c2d-9e5f-6a7b8c9d0e1f"
BALANCE = json.dumps({"USDT": {"main_balance": "1"}}).encode()


def balance_reply() -> Reply:
    head = {"Content-Type": "application/json", "Content-Length": str(len(BALANCE))}
    return raw("HTTP/1.1 200 OK", head, BALANCE)


async def call(client: WhiteBIT | AsyncWhiteBIT) -> Any:
    result = client.get_main_balance()
    return await result if isinstance(result, Awaitable) else result


async def close(client: WhiteBIT | AsyncWhiteBIT) -> None:
    if isinstance(client, WhiteBIT):
        client.close()
    else:
        await client.aclose()


@pytest.fixture(params=["sync", "async"])
def kind(request: pytest.FixtureRequest) -> type[WhiteBIT] | type[AsyncWhiteBIT]:
    return WhiteBIT if request.param == "sync" else AsyncWhiteBIT


async def test_a_client_of_its_own_sends_direct_with_httpx_default_headers(
    kind: type[WhiteBIT] | type[AsyncWhiteBIT],
) -> None:
    with scripted(balance_reply()) as server:
        client = kind("k", "s", base_url=server.url, retry=RetryPolicy.none())
        try:
            assert client._direct is not None
            result = await call(client)
        finally:
            await close(client)
    assert result["USDT"].main_balance == 1
    (request,) = server.requests
    head = request.split(b"\r\n\r\n")[0].lower()
    for header in (b"user-agent: python-httpx/", b"accept-encoding: gzip", b"x-txc-signature"):
        assert header in head
    assert head.startswith(b"post /api/v4/main-account/balance http/1.1")


async def test_proxies_from_the_environment_still_apply(
    kind: type[WhiteBIT] | type[AsyncWhiteBIT], monkeypatch: pytest.MonkeyPatch
) -> None:
    """httpx routes through environment proxies only inside send(): with one set, the
    client goes through send() and the request reaches the proxy."""
    with scripted(balance_reply()) as proxy:
        monkeypatch.setenv("HTTP_PROXY", proxy.url)
        monkeypatch.delenv("NO_PROXY", raising=False)
        monkeypatch.delenv("no_proxy", raising=False)
        client = kind("k", "s", base_url="http://api.example.test", retry=RetryPolicy.none())
        try:
            assert client._direct is None
            await call(client)
        finally:
            await close(client)
    (request,) = proxy.requests
    assert request.startswith(b"POST http://api.example.test/api/v4/main-account/balance ")


async def test_a_closed_client_refuses_before_sending(
    kind: type[WhiteBIT] | type[AsyncWhiteBIT],
) -> None:
    with scripted(balance_reply()) as server:
        client = kind("k", "s", base_url=server.url)
        await close(client)
        with pytest.raises(errors.TransportError, match="closed; nothing was sent"):
            await call(client)
    assert server.requests == []


async def test_a_per_client_timeout_reaches_the_transport(
    kind: type[WhiteBIT] | type[AsyncWhiteBIT],
) -> None:
    def silent(conn: Any, _request: bytes) -> None:
        conn.recv(1)  # never answers; returns when the client gives up and closes

    with scripted(silent) as server:
        client = kind("k", "s", base_url=server.url, timeout=0.3, retry=RetryPolicy.none())
        try:
            with pytest.raises(errors.TransportError, match="ReadTimeout"):
                await call(client)
        finally:
            await close(client)


async def test_a_failed_send_releases_the_keys_order(
    kind: type[WhiteBIT] | type[AsyncWhiteBIT],
) -> None:
    """Strict nonces hold the key's order from signing to the answer; a send that fails
    must give it back, or the key's next call would wait out its deadline."""

    def hang_up(conn: Any, _request: bytes) -> None:
        conn.close()

    with scripted(hang_up) as bad, scripted(balance_reply()) as good:
        failing = kind("order-key", "s", base_url=bad.url, retry=RetryPolicy.none())
        working = kind("order-key", "s", base_url=good.url, deadline=2)
        try:
            with pytest.raises(errors.WhiteBITError):
                await call(failing)
            await call(working)
        finally:
            await close(failing)
            await close(working)
    assert len(good.requests) == 1


def test_an_http_client_of_the_callers_goes_through_its_send() -> None:
    seen: list[str] = []
    transport = httpx.MockTransport(lambda request: httpx.Response(200, content=BALANCE))
    hooks = {"request": [lambda request: seen.append(request.url.path)]}
    with (
        httpx.Client(transport=transport, event_hooks=hooks) as http,
        WhiteBIT("k", "s", http_client=http) as wb,
    ):
        assert wb._direct is None
        wb.get_main_balance()
    assert seen == ["/api/v4/main-account/balance"]
