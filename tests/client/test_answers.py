"""Answers as users read them: Decimal money parsed exactly, maps that behave as mappings,
plain types where WhiteBIT always sends a field, and a typed error body on every error."""

from __future__ import annotations

import json
from collections.abc import Mapping
from decimal import Decimal

import pytest
from pytest_httpx import HTTPXMock
from whitebit_main import AsyncWhiteBIT, WhiteBIT, errors
from whitebit_main.models import ApiError, GetMainBalanceResult, TransactionHistory
from whitebit_main_api._decimal import format_decimal, parse_decimal

PLAN = "8f2e9d3c-1a4b-4c2d-9e5f-6a7b8c9d0e1f"


def btc_balance(raw: str) -> str:
    """A balances answer whose BTC main_balance is the raw JSON text `raw`."""
    return '{"BTC": {"main_balance": ' + raw + "}}"


def answer(httpx_mock: HTTPXMock, body: bytes | str, status: int = 200) -> None:
    content = body.encode() if isinstance(body, str) else body
    httpx_mock.add_response(status_code=status, content=content)


@pytest.mark.parametrize(
    ("raw", "value"),
    [
        ('"500.250000"', Decimal("500.250000")),
        ("0.1", Decimal("0.1")),  # a JSON number: exact, never 0.1000000000000000055...
        ("12345678901234567890.123456789", Decimal("12345678901234567890.123456789")),
        ("7", Decimal(7)),
        ('"1E-8"', Decimal("1E-8")),
        ('"-0.002"', Decimal("-0.002")),
    ],
)
def test_money_in_answers_is_decimal_and_exact(
    httpx_mock: HTTPXMock, client: WhiteBIT, raw: str, value: Decimal
) -> None:
    answer(httpx_mock, btc_balance(raw))
    balance = client.get_main_balance(ticker="BTC")["BTC"].main_balance
    assert isinstance(balance, Decimal)
    assert balance == value and str(balance) == str(value)


def test_to_dict_writes_money_as_plain_decimal_strings(
    httpx_mock: HTTPXMock, client: WhiteBIT
) -> None:
    answer(httpx_mock, '{"BTC": {"main_balance": "1E-8"}, "USDT": {"main_balance": 500.250000}}')
    balances = client.get_main_balance()
    assert balances.to_dict() == {
        "BTC": {"main_balance": "0.00000001"},
        "USDT": {"main_balance": "500.250000"},
    }
    assert json.loads(json.dumps(balances.to_dict())) == balances.to_dict()


@pytest.mark.parametrize(
    "bad",
    ['"abc"', "true", "{}", "[]", '"NaN"', '"Infinity"', '"1e999999"', '""'],
)
def test_a_money_field_that_is_not_a_number_reads_none_and_is_kept_as_it_came(
    httpx_mock: HTTPXMock, client: WhiteBIT, bad: str
) -> None:
    answer(httpx_mock, btc_balance(bad))
    balance = client.get_main_balance(ticker="BTC")["BTC"]
    assert balance.main_balance is None
    assert balance["main_balance"] == json.loads(bad)  # reachable, as the server sent it
    assert balance.to_dict() == {"main_balance": json.loads(bad)}


def test_a_null_money_field_reads_none_and_writes_back_null(
    httpx_mock: HTTPXMock, client: WhiteBIT
) -> None:
    answer(httpx_mock, btc_balance("null"))
    balance = client.get_main_balance(ticker="BTC")["BTC"]
    assert balance.main_balance is None and "main_balance" not in balance
    assert balance.to_dict() == {"main_balance": None}


async def test_async_answers_parse_the_same_way(
    httpx_mock: HTTPXMock, async_client: AsyncWhiteBIT
) -> None:
    answer(httpx_mock, '{"BTC": {"main_balance": 0.3}}')
    answer(httpx_mock, '{"BTC": {"main_balance": "x"}}')
    balances = await async_client.get_main_balance(ticker="BTC")
    assert balances["BTC"].main_balance == Decimal("0.3")
    balances = await async_client.get_main_balance(ticker="BTC")
    assert balances["BTC"].main_balance is None and balances["BTC"]["main_balance"] == "x"


def test_balances_keyed_by_ticker_are_a_read_only_mapping(
    httpx_mock: HTTPXMock, client: WhiteBIT
) -> None:
    answer(httpx_mock, '{"BTC": {"main_balance": "1"}, "USDT": {"main_balance": "2.5"}}')
    balances = client.get_main_balance()
    assert isinstance(balances, GetMainBalanceResult) and isinstance(balances, Mapping)
    assert len(balances) == 2 and "USDT" in balances and "ETH" not in balances
    assert list(balances) == ["BTC", "USDT"]
    assert {t: b.main_balance for t, b in balances.items()} == {
        "BTC": Decimal(1),
        "USDT": Decimal("2.5"),
    }
    assert balances.get("ETH") is None
    with pytest.raises(KeyError):
        balances["ETH"]
    with pytest.raises(TypeError):
        balances["ETH"] = balances["BTC"]  # type: ignore[index]


def test_sub_account_balances_map_to_lists(httpx_mock: HTTPXMock, client: WhiteBIT) -> None:
    answer(
        httpx_mock,
        '{"USDT": [{"main": "1.5", "spot": "0", "collateral": "2"}], "BTC": []}',
    )
    balances = client.get_sub_account_balances(id="0d7b66ff-1909-4938-ab7a-d16d9a64bc4b")
    (usdt,) = balances["USDT"]
    assert (usdt.main, usdt.spot, usdt.collateral) == (Decimal("1.5"), Decimal(0), Decimal(2))
    assert balances["BTC"] == [] and len(balances) == 2


def test_an_accepted_call_whose_answer_lacks_a_field_still_succeeds(
    httpx_mock: HTTPXMock, client: WhiteBIT
) -> None:
    answer(httpx_mock, '{"data": {}}', status=201)
    result = client.withdraw_from_flex_investment(plan=PLAN, amount="1")
    assert result.data is not None and result.data.transaction_id is None
    assert result.to_dict() == {"data": {}}  # nothing made up on the way back


def test_fields_added_by_the_server_later_are_kept(httpx_mock: HTTPXMock, client: WhiteBIT) -> None:
    answer(httpx_mock, '{"data": {"transaction_id": "tx_1", "fee": "0.1"}, "v": 2}', status=201)
    result = client.withdraw_from_flex_investment(plan=PLAN, amount="1")
    assert result.data.transaction_id == "tx_1"
    assert result.data["fee"] == "0.1" and result["v"] == 2


def test_null_where_whitebit_sends_null(httpx_mock: HTTPXMock, client: WhiteBIT) -> None:
    record = {
        "address": "bc1q",
        "unique_id": None,
        "createdAt": 1,
        "currency": "Bitcoin",
        "ticker": "BTC",
        "method": 1,
        "amount": "0.5",
        "description": "",
        "memo": "",
        "fee": "0",
        "status": 3,
        "network": None,
        "transactionHash": "h",
        "transaction_id": "4ea9d7a7-1c0c-4a5b-8a6b-1f3c0f0b8e21",
        "details": None,
        "confirmations": None,
    }
    page = {"limit": 100, "offset": 0, "records": [record], "total": 1}
    answer(httpx_mock, json.dumps(page))
    history = client.get_deposit_withdraw_history(transaction_method=1)
    (first,) = history.records
    assert isinstance(first, TransactionHistory)
    assert first.unique_id is None and first.network is None and first.details is None
    assert (history.total, first.amount, first.fee) == (1, Decimal("0.5"), Decimal(0))


def test_a_documented_error_keeps_the_generated_error_model(
    httpx_mock: HTTPXMock, client: WhiteBIT
) -> None:
    body = {
        "code": 0,
        "message": "Inner validation failed",
        "errors": {"amount": ["Withdraw amount exceeds total invested"]},
    }
    answer(httpx_mock, json.dumps(body), status=422)
    with pytest.raises(errors.InnerValidationError) as caught:
        client.withdraw_from_flex_investment(plan=PLAN, amount="10")
    exc = caught.value
    assert isinstance(exc.body, ApiError)
    assert exc.body.message == "Inner validation failed" and exc.body.code == 0
    assert exc.body.to_dict() == body
    assert exc.errors == {"amount": ["Withdraw amount exceeds total invested"]}
    assert str(exc) == (
        "withdrawFromFlexInvestment failed (HTTP 422, Inner validation failed): "
        "amount: Withdraw amount exceeds total invested"
    )


def test_an_error_message_given_as_a_string_reads_as_a_list(
    httpx_mock: HTTPXMock, client: WhiteBIT
) -> None:
    body = {"code": 5, "message": "Validation failed", "errors": {"amount": "Not enough money"}}
    answer(httpx_mock, json.dumps(body), status=400)
    with pytest.raises(errors.ValidationError) as caught:
        client.withdraw_from_flex_investment(plan=PLAN, amount="10")
    assert caught.value.body is not None
    assert caught.value.body.to_dict()["errors"] == {"amount": ["Not enough money"]}
    assert caught.value.code == 5


@pytest.mark.parametrize(
    ("status", "content", "kind", "message"),
    [
        (502, b"<html><body>Bad gateway</body></html>", errors.ServerError, "Bad Gateway"),
        (422, b"", errors.UnexpectedResponseError, "Unprocessable Entity"),
        (400, b'{"message": 7}', errors.ValidationError, "Bad Request"),
        (403, b'{"error": "no"}', errors.PermissionDeniedError, "Forbidden"),
        (400, b'{"message": "x", "code": "zero"}', errors.ValidationError, "x"),
    ],
)
def test_error_bodies_that_do_not_fit_still_read_well(
    httpx_mock: HTTPXMock,
    client: WhiteBIT,
    status: int,
    content: bytes,
    kind: type[errors.WhiteBITError],
    message: str,
) -> None:
    answer(httpx_mock, content, status=status)
    with pytest.raises(kind) as caught:
        client.get_main_balance()
    assert caught.value.body is None
    assert message in str(caught.value)


@pytest.mark.parametrize(
    ("value", "parsed"),
    [
        ("0.1", Decimal("0.1")),
        (0.1, Decimal("0.1")),  # a float from other code: its shortest text, not its binary
        (5, Decimal(5)),
        (Decimal("2.50"), Decimal("2.50")),
        ("-1e-8", Decimal("-1E-8")),
    ],
)
def test_the_codec_reads_decimal_text_and_numbers(value: object, parsed: Decimal) -> None:
    assert str(parse_decimal(value)) == str(parsed)


@pytest.mark.parametrize(
    ("value", "error"),
    [
        (True, TypeError),
        (None, TypeError),
        ([1], TypeError),
        (" 1", ValueError),
        ("1_000", ValueError),
        ("0x10", ValueError),
        (float("nan"), ValueError),
        (Decimal("Infinity"), ValueError),
        ("9" * 2000, ValueError),
    ],
)
def test_the_codec_refuses_what_is_not_a_quantity(value: object, error: type[Exception]) -> None:
    with pytest.raises(error):
        parse_decimal(value)


def test_the_codec_writes_plain_decimal_strings() -> None:
    assert format_decimal(Decimal("1E-8")) == "0.00000001"
    assert format_decimal(Decimal("-0")) == "0"
    assert format_decimal(Decimal("500.250000")) == "500.250000"
    assert format_decimal(Decimal("1E+3")) == "1000"
