"""The request side as the contract table states it: method, path and query parameters,
and the authorisation each operation's security schemes name (by type and location)."""

from __future__ import annotations

import asyncio
import json
from collections.abc import Iterator
from typing import Any

import httpx
import pytest
from security_rules import auth_of
from spec_errors import SpecError
from whitebit_main import AsyncWhiteBIT, RetryPolicy, WhiteBIT
from whitebit_main._calls._operations import Operation

LEDGER = Operation(
    operation_id="getLedger",
    method_name="get_ledger",
    tag="T",
    path="/api/v4/accounts/{accountId}/ledger",
    success_status=200,
    error_statuses=(),
    rate_limit=(1000, 10),
    changes_state=False,
    moves_money=False,
    auth="signature",
    server=None,
    arguments={"account_id": "accountId", "ticker": "ticker", "limit": "limit", "flag": "flag"},
    body={"type": "object", "properties": {"flag": {"type": "boolean"}}},
    method="GET",
    request_body=False,
    parameters={
        "accountId": {"in": "path", "required": True, "schema": {"type": "string"}},
        "ticker": {"in": "query", "required": True, "schema": {"type": "array"}},
        "limit": {
            "in": "query",
            "required": False,
            "schema": {"type": "integer", "minimum": 1, "maximum": 100},
        },
    },
)


def _variant(**changes: Any) -> Operation:
    facts = {**LEDGER.__dict__, **changes}
    facts.pop("inputs", None)  # the cached schema of the original
    return Operation(**facts)


@pytest.fixture
def seen() -> list[httpx.Request]:
    return []


def _client(seen: list[httpx.Request], operation: Operation) -> Iterator[WhiteBIT]:
    def answer(request: httpx.Request) -> httpx.Response:
        request.read()
        seen.append(request)
        return httpx.Response(200, json={"total": 1})

    http = httpx.Client(transport=httpx.MockTransport(answer))
    client = WhiteBIT("key-1", "secret-1", http_client=http, retry=RetryPolicy.none())
    client._operation_table = {operation.operation_id: operation}
    try:
        yield client
    finally:
        client.close()
        http.close()


def _call(client: WhiteBIT, operation: Operation, fields: dict[str, Any]) -> Any:
    return client._call(operation.operation_id, fields, lambda data: data)


def test_path_and_query_parameters_go_in_the_url_and_the_rest_in_the_signed_body(
    seen: list[httpx.Request],
) -> None:
    for client in _client(seen, LEDGER):
        fields = {"accountId": "a b/7", "ticker": ["BTC", "ETH"], "limit": 5, "flag": True}
        assert _call(client, LEDGER, fields) == {"total": 1}
    [request] = seen
    assert request.method == "GET"
    assert (
        request.url.raw_path == b"/api/v4/accounts/a%20b%2F7/ledger?ticker=BTC&ticker=ETH&limit=5"
    )
    body = json.loads(request.content)
    assert body["flag"] is True and "ticker" not in body and "accountId" not in body
    assert body["request"] == "/api/v4/accounts/a b/7/ledger"
    assert "X-TXC-SIGNATURE" in request.headers


@pytest.mark.parametrize(
    ("fields", "error", "message"),
    [
        # the generated method passes every argument, None when not given
        ({"accountId": None, "ticker": ["BTC"]}, TypeError, "getLedger: account_id is required"),
        ({"accountId": "a", "ticker": None}, TypeError, "getLedger: ticker is required"),
        ({"accountId": "a", "ticker": ["BTC"], "limit": 0}, ValueError, "limit"),
        ({"accountId": 7, "ticker": ["BTC"]}, TypeError, "account_id"),
    ],
)
def test_parameters_are_checked_before_anything_is_sent(
    seen: list[httpx.Request], fields: dict[str, Any], error: type[Exception], message: str
) -> None:
    for client in _client(seen, LEDGER):
        with pytest.raises(error, match=message):
            _call(client, LEDGER, fields)
    assert seen == []


def test_a_token_operation_sends_the_token_and_no_signature(seen: list[httpx.Request]) -> None:
    operation = _variant(auth="jwt", method="POST", request_body=True, parameters={})
    for client in _client(seen, operation):
        client._call("getLedger", {"flag": False}, lambda data: data, jwt_token="tok-1")
    [request] = seen
    assert request.method == "POST" and request.headers["Authorization"] == "tok-1"
    assert json.loads(request.content) == {"flag": False}
    assert not any(name.lower().startswith("x-txc-") for name in request.headers)


def test_an_operation_without_security_sends_no_credentials(seen: list[httpx.Request]) -> None:
    operation = _variant(auth="none", parameters={}, arguments={"flag": "flag"})
    for client in _client(seen, operation):
        _call(client, operation, {})
    [request] = seen
    assert request.method == "GET" and request.content == b""
    assert "Authorization" not in request.headers
    assert not any(name.lower().startswith("x-txc-") for name in request.headers)


def test_the_async_client_places_parameters_the_same_way() -> None:
    seen: list[httpx.Request] = []

    def answer(request: httpx.Request) -> httpx.Response:
        seen.append(request)
        return httpx.Response(200, json={})

    async def run() -> None:
        async with httpx.AsyncClient(transport=httpx.MockTransport(answer)) as http:
            client = AsyncWhiteBIT("k", "s", http_client=http, retry=RetryPolicy.none())
            client._operation_table = {"getLedger": LEDGER}
            await client._call("getLedger", {"accountId": "x", "ticker": ["BTC"]}, lambda d: d)

    asyncio.run(run())
    [request] = seen
    assert request.method == "GET"
    assert request.url.raw_path == b"/api/v4/accounts/x/ledger?ticker=BTC"


SCHEMES = {
    "Key": {"type": "apiKey", "in": "header", "name": "X-TXC-APIKEY"},
    "Sig": {"type": "apiKey", "in": "header", "name": "x-txc-signature"},
    "Partner": {"type": "apiKey", "in": "header", "name": "Authorization"},
    "Bearer": {"type": "http", "scheme": "bearer"},
    "OAuth": {"type": "oauth2", "flows": {}},
    "QueryKey": {"type": "apiKey", "in": "query", "name": "key"},
}


@pytest.mark.parametrize(
    ("security", "auth"),
    [
        ([{"Key": [], "Sig": []}], "signature"),
        ([{"Partner": []}], "jwt"),
        ([{"Bearer": []}], "jwt"),
        ([], "none"),
        ([{}], "none"),
        ([{"Partner": []}, {"Key": []}], "signature"),  # alternatives: signing preferred
    ],
)
def test_security_is_read_by_type_and_location(security: list[Any], auth: str) -> None:
    spec = {"components": {"securitySchemes": SCHEMES}, "security": [{"Key": []}]}
    assert auth_of(spec, {"security": security}, "paths./a.post.security") == auth


def test_the_file_wide_security_applies_where_an_operation_names_none() -> None:
    spec = {"components": {"securitySchemes": SCHEMES}, "security": [{"Bearer": []}]}
    assert auth_of(spec, {}, "paths./a.post.security") == "jwt"


@pytest.mark.parametrize(
    ("security", "message"),
    [
        ([{"OAuth": []}], "security scheme 'OAuth' (oauth2) is not supported: only X-TXC-*"),
        ([{"QueryKey": []}], "security scheme 'QueryKey' (apiKey in query) is not supported"),
        ([{"Nowhere": []}], "security names an undefined scheme 'Nowhere'"),
        ([{"Key": [], "Partner": []}], "security mixes signing headers and a token"),
    ],
)
def test_a_scheme_the_client_cannot_satisfy_is_one_line_naming_the_spot(
    security: list[Any], message: str
) -> None:
    spec = {"components": {"securitySchemes": SCHEMES}}
    with pytest.raises(SpecError) as caught:
        auth_of(spec, {"security": security}, "paths./a.post.security")
    assert caught.value.line().startswith(f"(spec):paths./a.post.security: {message}")
