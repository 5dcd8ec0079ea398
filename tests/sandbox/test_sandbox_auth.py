"""The sandbox checks every request the way WhiteBIT does, in WhiteBIT's order, with its
statuses and texts: hand-made requests over a real socket, and the facade's view of them."""

from __future__ import annotations

import base64
import hashlib
import hmac
import http.client
import json
import time
from collections.abc import Iterator
from decimal import Decimal
from typing import Any

import httpx
import pytest
from whitebit_main import RetryPolicy, errors
from whitebit_sandbox import USDT_FLEX_PLAN, Sandbox

BALANCE = "/api/v4/main-account/balance"
WITHDRAW = "/api/v4/main-account/smart-flex/investments/withdraw"

KEY_DISABLED = "This action is unauthorized. Enable your key in API settings"
# Clients that show every answer as it came: no retries, no client-side rate limiting.
AS_IS: dict[str, Any] = {"retry": RetryPolicy.none(), "rate_limit": False}


def now_ms() -> int:
    return time.time_ns() // 1_000_000


class Raw:
    """Builds and sends signed requests by hand, so each part can be got wrong on purpose."""

    def __init__(self, sandbox: Sandbox) -> None:
        self.sandbox = sandbox
        self.http = httpx.Client(base_url=sandbox.url)
        self.nonce = now_ms()

    def next_nonce(self) -> int:
        self.nonce += 1
        return self.nonce

    def body(self, path: str, fields: dict[str, Any] | None = None, **envelope: Any) -> bytes:
        data = {**(fields or {}), "request": path, "nonce": self.next_nonce(), **envelope}
        data = {k: v for k, v in data.items() if v is not ...}  # `...` leaves a field out
        return json.dumps(data).encode()

    def headers(self, content: bytes, secret: str | None = None) -> dict[str, str]:
        payload = base64.b64encode(content).decode()
        key = (secret or self.sandbox.api_secret).encode()
        return {
            "Content-Type": "application/json",
            "X-TXC-APIKEY": self.sandbox.api_key,
            "X-TXC-PAYLOAD": payload,
            "X-TXC-SIGNATURE": hmac.new(key, payload.encode(), hashlib.sha512).hexdigest(),
        }

    def post(self, path: str, content: bytes, headers: dict[str, str]) -> httpx.Response:
        return self.http.post(path, content=content, headers=headers)

    def send(self, path: str, fields: dict[str, Any] | None = None, **envelope: Any) -> Any:
        content = self.body(path, fields, **envelope)
        return self.post(path, content, self.headers(content))


@pytest.fixture
def raw(sandbox: Sandbox) -> Iterator[Raw]:
    sender = Raw(sandbox)
    with sender.http:
        yield sender


def refused(response: httpx.Response, status: int, message: str) -> None:
    assert response.status_code == status, response.text
    assert response.json() == {"code": 0, "message": message}
    assert int(response.headers["content-length"]) == len(response.content)


def test_a_well_formed_request_is_answered(raw: Raw) -> None:
    response = raw.send(BALANCE, {"ticker": "USDT"})
    assert response.status_code == 200
    assert response.json() == {"main_balance": "10000"}  # one ticker: the entry alone


def test_unknown_path_is_404_before_any_auth(raw: Raw) -> None:
    response = raw.http.post("/api/v4/main-account/nope", content=b"{}")
    assert response.status_code == 404
    assert raw.http.get(BALANCE).status_code == 405


@pytest.mark.parametrize("key", ["", "no-such-key"])
def test_unknown_key(raw: Raw, key: str) -> None:
    content = raw.body(BALANCE)
    headers = {**raw.headers(content), "X-TXC-APIKEY": key}
    refused(raw.post(BALANCE, content, headers), 401, KEY_DISABLED)


def test_disabled_key_through_the_facade() -> None:
    seed = {
        "accounts": [{"name": "off", "api_key": "off-key", "api_secret": "s", "enabled": False}]
    }
    with Sandbox(seed) as sb, sb.client() as wb, pytest.raises(errors.WhiteBITError) as caught:
        wb.get_main_balance()
    assert type(caught.value) is errors.AuthenticationError
    assert (caught.value.status_code, caught.value.message) == (401, KEY_DISABLED)


@pytest.mark.parametrize("payload", [None, ""])
def test_missing_or_empty_payload(raw: Raw, payload: str | None) -> None:
    content = raw.body(BALANCE)
    headers = raw.headers(content)
    del headers["X-TXC-PAYLOAD"]
    if payload is not None:
        headers["X-TXC-PAYLOAD"] = payload
    refused(raw.post(BALANCE, content, headers), 401, "Payload not provided.")


def test_payload_of_other_bytes_is_invalid(raw: Raw) -> None:
    signed = raw.body(BALANCE, {"ticker": "USDT"})
    sent = raw.body(BALANCE, {"ticker": "BTC"})
    refused(raw.post(BALANCE, sent, raw.headers(signed)), 401, "Invalid payload")


def test_payload_that_is_not_base64_is_invalid(raw: Raw) -> None:
    content = raw.body(BALANCE)
    headers = {**raw.headers(content), "X-TXC-PAYLOAD": "not base64 at all!"}
    refused(raw.post(BALANCE, content, headers), 401, "Invalid payload")


def test_wrong_signature(raw: Raw) -> None:
    content = raw.body(BALANCE)
    response = raw.post(BALANCE, content, raw.headers(content, secret="wrong"))
    refused(response, 401, "Unauthorized request.")


def test_wrong_secret_through_the_facade(sandbox: Sandbox) -> None:
    with (
        sandbox.client(api_secret="nope", **AS_IS) as wb,
        pytest.raises(errors.WhiteBITError) as caught,
    ):
        wb.get_main_balance()
    assert type(caught.value) is errors.AuthenticationError
    assert caught.value.message == "Unauthorized request."


@pytest.mark.parametrize("content", [b"{not json", b"[1, 2]", b'{"nonce": NaN}'])
def test_malformed_json_is_an_invalid_payload(raw: Raw, content: bytes) -> None:
    refused(raw.post(BALANCE, content, raw.headers(content)), 401, "Invalid payload")


def test_missing_request(raw: Raw) -> None:
    refused(raw.send(BALANCE, request=...), 401, "Request not provided.")


def test_request_other_than_the_path(raw: Raw) -> None:
    """A signature for one endpoint must not be replayable on another."""
    content = raw.body("/api/v4/main-account/fee")
    refused(raw.post(BALANCE, content, raw.headers(content)), 401, "Unauthorized request.")


def test_missing_nonce(raw: Raw) -> None:
    refused(raw.send(BALANCE, nonce=...), 401, "Nonce not provided.")


@pytest.mark.parametrize("window", ["true", 1, None])
def test_nonce_window_must_be_a_boolean(raw: Raw, window: object) -> None:
    refused(raw.send(BALANCE, nonceWindow=window), 401, "Invalid nonceWindow.")


def test_checks_run_in_whitebits_order(raw: Raw) -> None:
    # Unknown key beats a missing payload; a bad payload beats a bad signature; a bad
    # signature beats a body without `request`.
    content = raw.body(BALANCE, request=...)
    headers = raw.headers(content, secret="wrong")
    no_key = {**headers, "X-TXC-APIKEY": "x", "X-TXC-PAYLOAD": ""}
    refused(raw.post(BALANCE, content, no_key), 401, KEY_DISABLED)
    other_payload = {**headers, "X-TXC-PAYLOAD": "e30="}
    refused(raw.post(BALANCE, content, other_payload), 401, "Invalid payload")
    refused(raw.post(BALANCE, content, headers), 401, "Unauthorized request.")


def test_strict_nonce_must_grow(raw: Raw) -> None:
    nonce = now_ms()
    assert raw.send(BALANCE, nonce=nonce).status_code == 200
    refused(raw.send(BALANCE, nonce=nonce), 429, "Too many requests.")
    refused(raw.send(BALANCE, nonce=nonce - 1), 429, "Too many requests.")
    assert raw.send(BALANCE, nonce=nonce + 1).status_code == 200


def test_stale_nonce_through_the_facade_is_a_nonce_error(raw: Raw, sandbox: Sandbox) -> None:
    assert raw.send(BALANCE, nonce=now_ms() + 3_600_000).status_code == 200
    with sandbox.client(**AS_IS) as wb, pytest.raises(errors.WhiteBITError) as caught:
        wb.get_main_balance()
    assert type(caught.value) is errors.NonceError
    assert (caught.value.status_code, caught.value.message) == (429, "Too many requests.")


def test_nonce_window_accepts_unique_nonces_in_any_order(raw: Raw) -> None:
    now = now_ms()
    for nonce in (now + 3000, now - 3000, now, now + 1):
        assert raw.send(BALANCE, nonce=nonce, nonceWindow=True).status_code == 200
    refused(raw.send(BALANCE, nonce=now, nonceWindow=True), 429, "Too many requests.")


@pytest.mark.parametrize("offset", [-6000, 6000])
def test_nonce_window_is_five_seconds(raw: Raw, offset: int) -> None:
    refused(
        raw.send(BALANCE, nonce=now_ms() + offset, nonceWindow=True),
        401,
        "Your nonce is more than 5 seconds lesser than the current nonce",
    )


def test_window_nonces_raise_the_strict_floor(raw: Raw) -> None:
    """Every nonce counts as seen: a strict request must beat window ones too."""
    now = now_ms()
    assert raw.send(BALANCE, nonce=now + 2000, nonceWindow=True).status_code == 200
    refused(raw.send(BALANCE, nonce=now + 1000), 429, "Too many requests.")


def test_outside_window_is_a_nonce_error_for_the_facade(raw: Raw) -> None:
    response = raw.send(BALANCE, nonce=now_ms() - 60_000, nonceWindow=True)
    error = errors.error_from_response(response, "getMainBalance", BALANCE)
    assert type(error) is errors.NonceError and error.status_code == 401


def test_rate_limit_from_the_contract(sandbox: Sandbox) -> None:
    """getWebSocketToken allows 10 requests per 60 s; the 11th is dropped with 429."""
    with sandbox.client(**AS_IS) as wb:
        for _ in range(10):
            wb.get_web_socket_token()
        with pytest.raises(errors.RateLimitError) as caught:
            wb.get_web_socket_token()
        wb.get_main_balance()  # other operations have their own window
    exc = caught.value
    assert type(exc) is errors.RateLimitError
    assert (exc.status_code, exc.message, exc.code) == (429, "Too Many Attempts.", 0)
    assert exc.retry_after is not None and 1 <= exc.retry_after <= 60


def test_rate_limits_can_be_switched_off() -> None:
    with Sandbox(rate_limits=False) as sb, sb.client(**AS_IS) as wb:
        for _ in range(12):
            wb.get_web_socket_token()


def test_missing_required_field(raw: Raw) -> None:
    response = raw.send(WITHDRAW, {"plan": USDT_FLEX_PLAN})
    assert response.status_code == 400
    assert response.json() == {
        "code": 0,
        "message": "Validation failed",
        "errors": {"amount": ["The amount field is required."]},
    }


def test_wrong_json_types_are_all_reported(raw: Raw) -> None:
    response = raw.send(WITHDRAW, {"plan": 5, "amount": True})
    assert response.status_code == 400
    assert response.json()["errors"] == {
        "plan": ["The plan must be a string."],
        "amount": ["The amount must be a number."],
    }
    response = raw.send("/api/v4/main-account/smart-flex/investments", {"investmentStatus": 7})
    assert response.json()["errors"] == {
        "investmentStatus": ["The selected investment status is invalid."]
    }


def test_validation_failure_through_the_facade(sandbox: Sandbox) -> None:
    with sandbox.client() as wb, pytest.raises(errors.ValidationError) as caught:
        wb.transfer_between_balances(ticker="USDT", amount=Decimal(1), from_="main", to="main")
    assert caught.value.errors == {"to": ["The to and from must be different."]}


def test_connection_is_kept_alive(sandbox: Sandbox) -> None:
    """HTTP/1.1 keep-alive: several answers on one connection, each with Content-Length."""
    host, port = sandbox.url.removeprefix("http://").split(":")
    connection = http.client.HTTPConnection(host, int(port), timeout=5)
    try:
        sockets = []
        for path in ("/nope", "/also-nope", BALANCE):
            connection.request("POST", path, body=b"{}")
            response = connection.getresponse()
            assert response.version == 11
            assert response.getheader("Content-Length") == str(len(response.read()))
            sockets.append(connection.sock)
        assert sockets[0] is not None and sockets.count(sockets[0]) == 3
    finally:
        connection.close()


def test_chunked_body_is_refused_cleanly(sandbox: Sandbox) -> None:
    def chunks() -> Iterator[bytes]:
        yield b"{}"

    with httpx.Client(base_url=sandbox.url) as http_client:
        response = http_client.post(BALANCE, content=chunks())
    assert response.status_code == 411
