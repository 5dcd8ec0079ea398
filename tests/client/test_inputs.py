"""Bad input is refused before any byte is sent; good input is sent in canonical form."""

from __future__ import annotations

import json
import uuid
from decimal import Decimal
from typing import Any

import httpx
import pytest
from pytest_httpx import HTTPXMock
from whitebit_main import AsyncWhiteBIT, WhiteBIT

from tests.support import API_KEY, API_SECRET

PLAN = "8f2e9d3c-1a4b-4c2d-9e5f-6a7b8c9d0e1f"


def sent_body(httpx_mock: HTTPXMock) -> dict[str, Any]:
    body: dict[str, Any] = json.loads(httpx_mock.get_requests()[-1].content)
    return body


@pytest.mark.parametrize(
    ("amount", "wire"),
    [
        (Decimal("1E-8"), "0.00000001"),
        (Decimal("500.250000"), "500.250000"),
        (Decimal("1E+3"), "1000"),
        (7, "7"),
        ("0.10", "0.10"),
        ("2.5e-3", "0.0025"),
        (Decimal("-0"), "0"),
    ],
)
def test_money_goes_out_as_a_plain_decimal_string(
    amount: Any, wire: str, client: WhiteBIT, httpx_mock: HTTPXMock
) -> None:
    httpx_mock.add_response(status_code=201, json={"data": {"transaction_id": "t"}})
    client.withdraw_from_flex_investment(plan=PLAN, amount=amount)
    assert sent_body(httpx_mock)["amount"] == wire


@pytest.mark.parametrize(
    ("amount", "error", "text"),
    [
        (0.1, TypeError, "floats lose cents"),
        (float("nan"), TypeError, "not float"),
        (Decimal("NaN"), ValueError, "must be finite"),
        (Decimal("Infinity"), ValueError, "must be finite"),
        ("Infinity", ValueError, "must be a decimal number"),
        ("12abc", ValueError, "must be a decimal number"),
        ("", ValueError, "must be a decimal number"),
        (" 1", ValueError, "must be a decimal number"),
        ("1_000", ValueError, "must be a decimal number"),
        (True, TypeError, "not bool"),
        (Decimal("-1"), ValueError, "must not be negative"),
        ("-0.5", ValueError, "must not be negative"),
        ([1], TypeError, "not list"),
        (None, TypeError, "amount is required"),
    ],
)
def test_bad_amounts_are_refused_before_sending(
    amount: Any, error: type[Exception], text: str, client: WhiteBIT, httpx_mock: HTTPXMock
) -> None:
    with pytest.raises(error, match=text) as caught:
        client.withdraw_from_flex_investment(plan=PLAN, amount=amount)
    assert "withdrawFromFlexInvestment: amount" in str(caught.value)
    assert httpx_mock.get_requests() == []


@pytest.mark.parametrize(
    ("call", "error", "text"),
    [
        (
            lambda c: c.withdraw_from_flex_investment(plan="not-a-uuid", amount="1"),
            ValueError,
            "plan must be a UUID",
        ),
        (
            lambda c: c.withdraw_from_flex_investment(plan=123, amount="1"),
            TypeError,
            "plan must be a UUID or UUID string, not int",
        ),
        (
            lambda c: c.withdraw_from_flex_investment(plan=PLAN, amount="1", memo="x"),
            TypeError,
            "unexpected keyword argument 'memo'",
        ),
        (
            lambda c: c.withdraw_from_flex_investment(amount="1"),
            TypeError,
            "missing 1 required keyword-only argument: 'plan'",
        ),
        (lambda c: c.get_main_balance(ticker=5), TypeError, "ticker must be a string, not int"),
        (lambda c: c.get_flex_plans(offset=-1), ValueError, "offset must be >= 0"),
        (lambda c: c.get_flex_plans(limit=101), ValueError, "limit must be <= 100"),
        (lambda c: c.get_flex_plans(limit="10"), TypeError, "limit must be an int, not str"),
        (lambda c: c.get_flex_plans(limit=True), TypeError, "limit must be an int, not bool"),
        (
            lambda c: c.get_user_flex_investments(investment_status=9),
            ValueError,
            "investment_status must be one of 0, 1, got 9",
        ),
        (
            lambda c: c.get_user_flex_investments(investment_status="1"),
            TypeError,
            "investment_status must be an int, not str",
        ),
        (
            lambda c: c.update_flex_auto_reinvestment(plan=PLAN, enabled="yes"),
            TypeError,
            "enabled must be a bool, not str",
        ),
        (
            lambda c: c.create_withdraw(ticker="BTC", amount="1", address="a", unique_id="x" * 256),
            ValueError,
            "unique_id must be at most 255 characters",
        ),
        (
            lambda c: c.create_sub_account(alias="a", permissions={"spotEnabled": True}),
            ValueError,
            "permissions is missing required field\\(s\\): collateralEnabled",
        ),
        (
            lambda c: c.create_sub_account(alias="a", permissions="all"),
            TypeError,
            "permissions must be a mapping, not str",
        ),
        (
            lambda c: c.issue_card_token(card_number="4111", jwt_token=""),
            ValueError,
            "jwt_token must be a non-empty string",
        ),
    ],
)
def test_bad_arguments_are_refused_before_sending(
    call: Any, error: type[Exception], text: str, client: WhiteBIT, httpx_mock: HTTPXMock
) -> None:
    with pytest.raises(error, match=text):
        call(client)
    assert httpx_mock.get_requests() == []


def test_uuid_objects_and_nested_fields_are_converted(
    client: WhiteBIT, httpx_mock: HTTPXMock
) -> None:
    httpx_mock.add_response(status_code=201, json={"data": {"transaction_id": "t"}})
    client.withdraw_from_flex_investment(plan=uuid.UUID(PLAN), amount=1)
    assert sent_body(httpx_mock)["plan"] == PLAN


async def test_async_client_refuses_the_same(
    async_client: AsyncWhiteBIT, httpx_mock: HTTPXMock
) -> None:
    with pytest.raises(TypeError, match="floats lose cents"):
        await async_client.withdraw_from_flex_investment(plan=PLAN, amount=1.5)  # type: ignore[arg-type]
    assert httpx_mock.get_requests() == []


@pytest.mark.parametrize(
    ("kwargs", "error", "text"),
    [
        ({"api_key": "", "api_secret": "s"}, ValueError, "api_key must not be empty"),
        ({"api_key": "k", "api_secret": "  "}, ValueError, "api_secret must not be empty"),
        ({"api_key": None, "api_secret": "s"}, TypeError, "api_key must be a string"),
        ({"api_key": "k", "api_secret": b"s"}, TypeError, "api_secret must be a string"),
        (
            {"api_key": "k", "api_secret": "s", "base_url": "ftp://x"},
            ValueError,
            "base_url must be an http\\(s\\) URL",
        ),
        (
            {"api_key": "k", "api_secret": "s", "base_url": "whitebit.com"},
            ValueError,
            "base_url must be an http\\(s\\) URL",
        ),
        (
            {"api_key": "k", "api_secret": "s", "base_url": "https://x/api"},
            ValueError,
            "must not have a path",
        ),
        ({"api_key": "k", "api_secret": "s", "region": "us"}, ValueError, "region must be one of"),
        (
            {"api_key": "k", "api_secret": "s", "region": "eu", "base_url": "https://x"},
            ValueError,
            "not both",
        ),
        (
            {"api_key": "k", "api_secret": "s", "nonce_window": "yes"},
            TypeError,
            "nonce_window must be a bool",
        ),
    ],
)
def test_bad_client_settings(kwargs: dict[str, Any], error: type[Exception], text: str) -> None:
    with pytest.raises(error, match=text):
        WhiteBIT(**kwargs)


async def test_an_async_http_client_is_refused_by_the_sync_client() -> None:
    async with httpx.AsyncClient() as http:
        with pytest.raises(TypeError, match=r"http_client must be an httpx\.Client"):
            WhiteBIT(api_key="k", api_secret="s", http_client=http)  # type: ignore[arg-type]


def test_secret_is_not_in_errors_about_settings() -> None:
    with pytest.raises(ValueError) as caught:
        WhiteBIT(api_key="k", api_secret="hidden-secret-123", region="mars")
    assert "hidden-secret-123" not in str(caught.value)


def test_region_and_base_url(httpx_mock: HTTPXMock) -> None:
    httpx_mock.add_response(url="https://whitebit.eu/api/v4/main-account/balance", json={})
    with WhiteBIT(API_KEY, API_SECRET, region="eu") as wb:
        assert wb.base_url == "https://whitebit.eu"
        wb.get_main_balance()
    with WhiteBIT(API_KEY, API_SECRET) as wb:
        assert wb.base_url == "https://whitebit.com"
    with WhiteBIT(API_KEY, API_SECRET, base_url="http://127.0.0.1:8080/") as wb:
        assert wb.base_url == "http://127.0.0.1:8080"


def test_from_env(monkeypatch: pytest.MonkeyPatch, httpx_mock: HTTPXMock) -> None:
    monkeypatch.setenv("WHITEBIT_API_KEY", "env-key")
    monkeypatch.setenv("WHITEBIT_API_SECRET", "env-secret")
    monkeypatch.setenv("WHITEBIT_BASE_URL", "http://127.0.0.1:9")
    httpx_mock.add_response(url="http://127.0.0.1:9/api/v4/main-account/balance", json={})
    with WhiteBIT.from_env() as wb:
        wb.get_main_balance()
    assert httpx_mock.get_requests()[0].headers["X-TXC-APIKEY"] == "env-key"
    monkeypatch.delenv("WHITEBIT_API_SECRET")
    with pytest.raises(ValueError, match="WHITEBIT_API_SECRET"):
        AsyncWhiteBIT.from_env()


def test_caller_supplied_http_client_is_signed_and_left_open(httpx_mock: HTTPXMock) -> None:
    httpx_mock.add_response(json={"BTC": {"main_balance": "1"}})
    with httpx.Client(headers={"User-Agent": "desk-bot/1.0"}) as own:
        with WhiteBIT(API_KEY, API_SECRET, http_client=own) as wb:
            result = wb.get_main_balance(ticker="BTC")
        assert not own.is_closed
    assert result["BTC"].main_balance == Decimal(1)
    request = httpx_mock.get_requests()[0]
    assert request.headers["User-Agent"] == "desk-bot/1.0"
    assert "X-TXC-SIGNATURE" in request.headers


def test_context_manager_closes_its_own_client() -> None:
    wb = WhiteBIT(API_KEY, API_SECRET)
    with wb:
        pass
    assert wb._http.is_closed


def test_repr_hides_the_secret() -> None:
    with WhiteBIT(API_KEY, API_SECRET) as wb:
        assert API_SECRET not in repr(wb)
        assert API_SECRET not in repr(wb._settings)
