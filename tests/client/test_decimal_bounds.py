"""Numbers that cannot blow up: every decimal is bounded by its digits and exponent before
it is converted or written out, in answers the client reads (JSON and the generated codec),
in amounts it sends, and in requests the sandbox reads."""

from __future__ import annotations

import base64
import hashlib
import hmac
import json
import resource
import time
from decimal import Decimal

import httpx
import pytest
from whitebit_main import WhiteBIT, errors
from whitebit_main._calls._json import loads_exact
from whitebit_main._calls._money import to_decimal
from whitebit_main_api._decimal import parse_decimal
from whitebit_main_api.models import GetMainBalanceResult
from whitebit_sandbox import Sandbox
from whitebit_sandbox._core._amounts import parse_amount

HUGE = ["0E-999999999999", "0E-300000000", "1e400000000", "1e999999999999", "-0e-5000"]


def peak_mb() -> float:
    return resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024


@pytest.mark.parametrize("text", HUGE)
def test_the_codec_refuses_a_huge_exponent_before_converting(text: str) -> None:
    started = time.perf_counter()
    with pytest.raises(ValueError, match="out of range"):
        parse_decimal(text)
    with pytest.raises(ValueError, match="out of range"):
        parse_decimal(Decimal(text))
    assert time.perf_counter() - started < 0.1


def test_the_codec_refuses_too_many_digits_and_huge_ints_cheaply() -> None:
    with pytest.raises(ValueError, match="out of range"):
        parse_decimal("1" * 5000)
    with pytest.raises(ValueError, match="out of range"):
        parse_decimal(10**20000)
    assert parse_decimal("0.00000001") == Decimal("1E-8")
    assert parse_decimal("1E+1000") == Decimal("1E+1000")
    assert parse_decimal(12) == 12


def test_a_zero_with_a_huge_exponent_in_an_answer_is_refused_not_a_memory_error() -> None:
    """A 40-byte balance of "0E-300000000" once became a 300 MB string in to_dict(). It is
    no quantity: it reads as None and is written back as it came, never expanded."""
    odd = GetMainBalanceResult.from_dict({"USDT": {"main_balance": "0E-300000000"}})
    assert odd["USDT"].main_balance is None
    assert odd.to_dict() == {"USDT": {"main_balance": "0E-300000000"}}
    parsed = GetMainBalanceResult.from_dict({"USDT": {"main_balance": "0E-8"}})
    assert parsed.to_dict() == {"USDT": {"main_balance": "0.00000000"}}


@pytest.mark.parametrize("text", HUGE)
def test_json_numbers_are_bounded_before_conversion(text: str) -> None:
    with pytest.raises(ValueError, match="exponent beyond"):
        loads_exact(f'{{"a": {text}}}'.encode())
    with pytest.raises(ValueError, match="longer than"):
        loads_exact(b"[0." + b"1" * 5000 + b"]")
    assert loads_exact(b'{"a": 1.5e3}') == {"a": Decimal("1.5e3")}


def test_an_answer_with_a_huge_number_is_an_unexpected_response() -> None:
    def serve(request: httpx.Request) -> httpx.Response:
        return httpx.Response(200, content=b'{"USDT": {"main_balance": 0E-300000000}}')

    with (
        httpx.Client(transport=httpx.MockTransport(serve)) as http,
        WhiteBIT("k", "s", http_client=http, rate_limit=False) as wb,
        pytest.raises(errors.UnexpectedResponseError),
    ):
        wb.get_main_balance()


@pytest.mark.parametrize("text", HUGE)
def test_amounts_sent_are_bounded(text: str) -> None:
    if text.lstrip("-").startswith("0E-") or text.startswith("-0e"):
        with pytest.raises(ValueError, match="digits after the point"):
            to_decimal(text, "amount")
    else:
        with pytest.raises(ValueError, match="digits before the point"):
            to_decimal(text, "amount")
    with pytest.raises(ValueError, match="longer than 100 characters"):
        to_decimal("0" * 10_000 + "1", "amount")


@pytest.mark.parametrize("text", HUGE)
def test_the_sandbox_reads_huge_amounts_as_no_amount(text: str) -> None:
    started = time.perf_counter()
    assert parse_amount(Decimal(text)) is None
    assert parse_amount(text) is None
    assert parse_amount(10**5000) is None
    assert time.perf_counter() - started < 0.1
    assert parse_amount(Decimal("10.5")) == Decimal("10.5")


def signed(sandbox: Sandbox, path: str, body: bytes) -> tuple[bytes, dict[str, str]]:
    payload = base64.b64encode(body).decode()
    signature = hmac.new(sandbox.api_secret.encode(), payload.encode(), hashlib.sha512)
    headers = {
        "Content-Type": "application/json",
        "X-TXC-APIKEY": sandbox.api_key,
        "X-TXC-PAYLOAD": payload,
        "X-TXC-SIGNATURE": signature.hexdigest(),
    }
    return body, headers


@pytest.mark.parametrize("amount", ["1e400000000", "1e999999999999", "0E-300000000"])
def test_a_short_request_costs_the_sandbox_neither_memory_nor_a_500(amount: str) -> None:
    path = "/api/v4/main-account/withdraw"
    with Sandbox() as sandbox:
        nonce = int(time.time() * 1000)
        text = (
            f'{{"ticker":"USDT","amount":{amount},"address":"a","uniqueId":"u",'
            f'"request":"{path}","nonce":{nonce}}}'
        )
        assert len(text) < 140  # the size of the request in the finding
        before = peak_mb()
        content, headers = signed(sandbox, path, text.encode())
        answer = httpx.post(sandbox.url + path, content=content, headers=headers)
        grown = peak_mb() - before
    assert answer.status_code == 400, answer.text
    assert json.loads(answer.content)["errors"]["amount"]
    assert grown < 50, f"the sandbox grew by {grown:.0f} MB"
