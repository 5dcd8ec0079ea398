"""Input that cannot be sent as given is refused, by both clients, before any byte is sent.

Nothing is quietly rewritten: not a UUID (`uuid.UUID()` takes '+', '_', braces...), not a
non-ASCII digit, not a NaN deep in a free-form object. Settings and tokens that cannot go
into an HTTP header are refused by name, without quoting the value.
"""

from __future__ import annotations

import enum
import json
from datetime import UTC, date, datetime
from decimal import Decimal
from typing import Any

import pytest
from pytest_httpx import HTTPXMock
from whitebit_main import AsyncWhiteBIT, WhiteBIT
from whitebit_main._calls._validation import MAX_JWT_LENGTH, check_jwt_token, check_value

from tests.support import API_KEY, API_SECRET, load_spec, spec_operations, success_example

PLAN = "8f2e9d3c-1a4b-4c2d-9e5f-6a7b8c9d0e1f"
WITHDRAW = {"ticker": "ETH", "amount": "0.9", "address": "0xabc", "unique_id": "24529041"}
CLIENTS = pytest.mark.parametrize("mode", ["sync", "async"])


async def call(
    mode: str, client: WhiteBIT, async_client: AsyncWhiteBIT, method: str, /, **kw: Any
) -> Any:
    """One call through the sync or the async client."""
    if mode == "sync":
        return getattr(client, method)(**kw)
    return await getattr(async_client, method)(**kw)


async def refused(
    mode: str,
    client: WhiteBIT,
    async_client: AsyncWhiteBIT,
    httpx_mock: HTTPXMock,
    error: type[Exception],
    text: str,
    method: str,
    /,
    **kw: Any,
) -> str:
    """The error of a call that must fail before sending; its message."""
    with pytest.raises(error, match=text) as caught:
        await call(mode, client, async_client, method, **kw)
    assert httpx_mock.get_requests() == []
    return str(caught.value)


def answer(httpx_mock: HTTPXMock, op_id: str) -> None:
    """Register the documented success answer of `op_id`."""
    spec = load_spec()
    status, body = success_example(spec, spec_operations(spec)[op_id][1])
    httpx_mock.add_response(status_code=status, json=body)


def sent(httpx_mock: HTTPXMock) -> dict[str, Any]:
    body: dict[str, Any] = json.loads(httpx_mock.get_requests()[-1].content)
    return body


# --- settings that cannot go into a header or a URL ------------------------------------

BAD_HEADER_TEXT = [
    "K3Y\nX-Evil: 1",
    "K3Y\rX",
    "K3Y\x00X",
    "K3Y\x7fX",
    "K3Y\tX",
    "K3Y X",
    "K3Yé",
    "K3Y\u0661",
]


@pytest.mark.parametrize("cls", [WhiteBIT, AsyncWhiteBIT])
@pytest.mark.parametrize("name", ["api_key", "api_secret"])
@pytest.mark.parametrize("value", BAD_HEADER_TEXT)
def test_credentials_that_cannot_be_sent_are_refused_when_built(
    cls: type[WhiteBIT | AsyncWhiteBIT], name: str, value: str, httpx_mock: HTTPXMock
) -> None:
    settings: dict[str, Any] = {"api_key": API_KEY, "api_secret": API_SECRET, name: value}
    with pytest.raises(ValueError, match=f"{name} may hold only visible ASCII") as caught:
        cls(**settings)
    assert "K3Y" not in str(caught.value)
    assert httpx_mock.get_requests() == []


def test_credentials_from_the_environment_with_a_line_break_are_refused(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    monkeypatch.setenv("WHITEBIT_API_KEY", "env-key\n")
    monkeypatch.setenv("WHITEBIT_API_SECRET", "env-secret")
    with pytest.raises(ValueError, match="api_key has leading or trailing whitespace"):
        WhiteBIT.from_env()


@pytest.mark.parametrize("cls", [WhiteBIT, AsyncWhiteBIT])
@pytest.mark.parametrize("name", ["base_url", "gateway_url"])
@pytest.mark.parametrize(
    ("url", "text"),
    [
        ("https://trader:Pa55w0rd@whitebit.com", "must not hold a user name or password"),
        ("https://Pa55w0rd@whitebit.com", "must not hold a user name or password"),
        ("https://whitebit.com@evil.example", "must not hold a user name or password"),
        ("https://Pa55w0rd\\@whitebit.com", "must not hold a user name or password"),
        ("https://white\nbit.com", "may hold only visible ASCII"),
        ("https://whitebit.com\t", "may hold only visible ASCII"),
        ("https://whitebit.com ", "may hold only visible ASCII"),
        (" https://whitebit.com", "may hold only visible ASCII"),
        ("https://whîtebit.com", "may hold only visible ASCII"),
        ("https://whitebit.com:99999", "has a malformed host or port"),
        ("https://whitebit.com:0", "has a malformed host or port"),
        ("https://whitebit.com:port", "has a malformed host or port"),
        ("https://white%62it.com", "has a malformed host or port"),
        ("https://:443", "has a malformed host or port"),
        ("https://whitebit.com/api?key=Pa55w0rd", "must not have a path, query or fragment"),
    ],
)
def test_urls_with_credentials_or_odd_characters_are_refused(
    cls: type[WhiteBIT | AsyncWhiteBIT], name: str, url: str, text: str, httpx_mock: HTTPXMock
) -> None:
    url_setting: dict[str, Any] = {name: url}
    with pytest.raises(ValueError, match=f"{name} {text}") as caught:
        cls(API_KEY, API_SECRET, **url_setting)
    assert "Pa55w0rd" not in str(caught.value)
    assert "evil" not in str(caught.value)
    assert httpx_mock.get_requests() == []


@pytest.mark.parametrize(
    ("url", "kept"),
    [
        ("https://WhiteBIT.com", "https://WhiteBIT.com"),
        ("HTTPS://whitebit.com/", "https://whitebit.com"),
        ("http://127.0.0.1:8080", "http://127.0.0.1:8080"),
        ("http://[::1]:8080", "http://[::1]:8080"),
        ("https://xn--80ak6aa92e.com", "https://xn--80ak6aa92e.com"),
    ],
)
def test_plain_urls_are_still_accepted(url: str, kept: str) -> None:
    with WhiteBIT(API_KEY, API_SECRET, base_url=url) as wb:
        assert wb.base_url == kept


def test_region_of_the_wrong_type_is_a_clear_error() -> None:
    with pytest.raises(ValueError, match="region must be one of global, eu"):
        WhiteBIT(API_KEY, API_SECRET, region=["eu"])  # type: ignore[arg-type]


def test_repr_of_a_half_built_client_does_not_raise() -> None:
    assert "WhiteBIT" in repr(WhiteBIT.__new__(WhiteBIT))
    assert "AsyncWhiteBIT" in repr(AsyncWhiteBIT.__new__(AsyncWhiteBIT))


# --- jwt_token --------------------------------------------------------------------------

BAD_TOKENS: list[tuple[object, type[Exception], str]] = [
    (None, TypeError, "must be a non-empty string, not NoneType"),
    (b"t0ken", TypeError, "must be a non-empty string, not bytes"),
    ("", ValueError, "must be a non-empty string"),
    (" t0ken", ValueError, "leading or trailing whitespace"),
    ("t0ken\n", ValueError, "leading or trailing whitespace"),
    ("t0ken\r\nX-Evil: 1", ValueError, "only printable ASCII"),
    ("t0ken\x00", ValueError, "only printable ASCII"),
    ("t0kén", ValueError, "only printable ASCII"),
    ("t0ken" * 2000, ValueError, f"longer than {MAX_JWT_LENGTH}"),
]


@pytest.mark.parametrize(("token", "error", "text"), BAD_TOKENS)
def test_check_jwt_token_names_the_call_and_never_quotes_the_token(
    token: object, error: type[Exception], text: str
) -> None:
    with pytest.raises(error, match=text) as caught:
        check_jwt_token("issueCardToken", token)
    assert str(caught.value).startswith("issueCardToken: jwt_token ")
    assert "t0k" not in str(caught.value)


def test_check_jwt_token_keeps_a_good_token() -> None:
    assert check_jwt_token("issueCardToken", "Bearer a.b-c_d") == "Bearer a.b-c_d"


# Passes once `_prepare` in _client.py calls check_jwt_token: until then the bad header
# fails inside httpx, as an OutcomeUnknownError (sync) or a raw ValueError (async).
@CLIENTS
@pytest.mark.parametrize(("token", "error", "text"), BAD_TOKENS[3:8])
async def test_a_jwt_token_that_cannot_be_a_header_is_refused_before_sending(
    mode: str,
    token: object,
    error: type[Exception],
    text: str,
    client: WhiteBIT,
    async_client: AsyncWhiteBIT,
    httpx_mock: HTTPXMock,
) -> None:
    message = await refused(
        mode,
        client,
        async_client,
        httpx_mock,
        error,
        text,
        "issue_card_token",
        card_number="4111111111111111",
        jwt_token=token,
    )
    assert "issueCardToken: jwt_token" in message
    assert "t0k" not in message and "4111" not in message


# --- values that used to be rewritten ---------------------------------------------------


@CLIENTS
@pytest.mark.parametrize(
    "plan",
    [
        "+f2e9d3c-1a4b-4c2d-9e5f-6a7b8c9d0e1f",
        "8_2e9d3c-1a4b-4c2d-9e5f-6a7b8c9d0e1f",
        "{8f2e9d3c-1a4b-4c2d-9e5f-6a7b8c9d0e1f}",
        "urn:uuid:8f2e9d3c-1a4b-4c2d-9e5f-6a7b8c9d0e1f",
        "8f2e9d3c1a4b4c2d9e5f6a7b8c9d0e1f",
        " 8f2e9d3c-1a4b-4c2d-9e5f-6a7b8c9d0e1f",
        "8f2e9d3c-1a4b-4c2d-9e5f-6a7b8c9d0e1f\n",
        "\uff18f2e9d3c-1a4b-4c2d-9e5f-6a7b8c9d0e1f",
    ],
)
async def test_uuids_not_in_canonical_form_are_refused(
    mode: str, plan: str, client: WhiteBIT, async_client: AsyncWhiteBIT, httpx_mock: HTTPXMock
) -> None:
    await refused(
        mode,
        client,
        async_client,
        httpx_mock,
        ValueError,
        "plan must be a UUID in the form",
        "withdraw_from_flex_investment",
        plan=plan,
        amount="1",
    )


@CLIENTS
async def test_an_uppercase_uuid_goes_out_in_lowercase(
    mode: str, client: WhiteBIT, async_client: AsyncWhiteBIT, httpx_mock: HTTPXMock
) -> None:
    httpx_mock.add_response(status_code=201, json={"data": {"transaction_id": "t"}})
    await call(
        mode, client, async_client, "withdraw_from_flex_investment", plan=PLAN.upper(), amount="1"
    )
    assert sent(httpx_mock)["plan"] == PLAN


@CLIENTS
@pytest.mark.parametrize(
    ("amount", "text"),
    [
        ("\u0663", "must be a decimal number"),
        ("\uff11", "must be a decimal number"),
        ("1.\u0665", "must be a decimal number"),
        ("1e99999999", "more than 40 digits before the point"),
        ("1e-99999999", "more than 20 digits after the point"),
        ("1e" + "9" * 30, "too large or too long"),
        ("1" * 41, "more than 40 digits before the point"),
        ("0." + "0" * 20 + "1", "more than 20 digits after the point"),
        (Decimal("1E+40"), "more than 40 digits before the point"),
        (Decimal(1) / Decimal(3), "more than 20 digits after the point"),
        (10**40, "more than 40 digits before the point"),
        pytest.param(10**5000, "more than 40 digits before the point", id="10**5000"),
    ],
)
async def test_amounts_with_foreign_digits_or_absurd_size_are_refused(
    mode: str,
    amount: Any,
    text: str,
    client: WhiteBIT,
    async_client: AsyncWhiteBIT,
    httpx_mock: HTTPXMock,
) -> None:
    message = await refused(
        mode,
        client,
        async_client,
        httpx_mock,
        ValueError,
        text,
        "withdraw_from_flex_investment",
        plan=PLAN,
        amount=amount,
    )
    assert len(message) < 200


@CLIENTS
@pytest.mark.parametrize(
    ("amount", "wire"),
    [
        ("9" * 40, "9" * 40),
        (Decimal("1E-20"), "0.00000000000000000001"),
        ("1e39", "1" + "0" * 39),
        ("0e99999999", "0"),
    ],
)
async def test_amounts_at_the_bounds_are_sent(
    mode: str,
    amount: Any,
    wire: str,
    client: WhiteBIT,
    async_client: AsyncWhiteBIT,
    httpx_mock: HTTPXMock,
) -> None:
    httpx_mock.add_response(status_code=201, json={"data": {"transaction_id": "t"}})
    await call(
        mode, client, async_client, "withdraw_from_flex_investment", plan=PLAN, amount=amount
    )
    assert sent(httpx_mock)["amount"] == wire


class Loop(list[Any]):
    """A list that holds itself."""


LOOP = Loop()
LOOP.append(LOOP)
DEEP: Any = "leaf"
for _ in range(40):
    DEEP = {"x": DEEP}


@CLIENTS
@pytest.mark.parametrize(
    ("beneficiary", "error", "text"),
    [
        ({"x": float("nan")}, ValueError, r"beneficiary\.x must be finite"),
        ({"x": [1.0, float("inf")]}, ValueError, r"beneficiary\.x\[1\] must be finite"),
        ({"x": {"y": Decimal("NaN")}}, ValueError, r"beneficiary\.x\.y must be finite"),
        ({"x": Decimal("-Infinity")}, ValueError, "must be finite"),
        ({"x": Decimal("1e99999999")}, ValueError, "more than 40 digits"),
        ({"x": b"raw"}, TypeError, r"beneficiary\.x must be a string, not bytes"),
        ({"x": "\ud800"}, ValueError, "lone surrogate"),
        ({"\udfff": "x"}, ValueError, "lone surrogate"),
        ({"x": {1: "a"}}, TypeError, r"beneficiary\.x key must be a string, not int"),
        ({"x": object()}, TypeError, "must be a JSON value"),
        ({"x": date(2024, 1, 1)}, TypeError, "must be a JSON value"),
        ({"x": {1, 2}}, TypeError, "must be a JSON value"),
        ({"x": 2**53}, ValueError, "between"),
        ({"x": LOOP}, ValueError, "nested more than 32 levels deep"),
        (DEEP, ValueError, "nested more than 32 levels deep"),
    ],
)
async def test_free_form_fields_are_checked_all_the_way_down(
    mode: str,
    beneficiary: Any,
    error: type[Exception],
    text: str,
    client: WhiteBIT,
    async_client: AsyncWhiteBIT,
    httpx_mock: HTTPXMock,
) -> None:
    message = await refused(
        mode,
        client,
        async_client,
        httpx_mock,
        error,
        text,
        "create_withdraw_pay",
        **WITHDRAW,
        beneficiary=beneficiary,
    )
    assert message.startswith("createWithdrawPay: beneficiary")


@CLIENTS
async def test_free_form_fields_go_out_as_given(
    mode: str, client: WhiteBIT, async_client: AsyncWhiteBIT, httpx_mock: HTTPXMock
) -> None:
    answer(httpx_mock, "createWithdrawPay")
    beneficiary = {"fee": Decimal("1.50"), "n": 1.5, "k": 2**53 - 1, "t": ("a", None), "z": None}
    await call(
        mode, client, async_client, "create_withdraw_pay", **WITHDRAW, beneficiary=beneficiary
    )
    assert sent(httpx_mock)["beneficiary"] == {
        "fee": "1.50",
        "n": 1.5,
        "k": 2**53 - 1,
        "t": ["a", None],
    }


class Status(enum.IntEnum):
    OPEN = 1


class Method(enum.StrEnum):
    DEPOSIT = "deposit"


@CLIENTS
@pytest.mark.parametrize(
    ("method", "kw", "error", "text"),
    [
        (
            "get_flex_investment_history",
            {"date_from": 2**53},
            ValueError,
            "date_from must be between",
        ),
        ("get_flex_investment_history", {"date_from": -(2**60)}, ValueError, "must be between"),
        (
            "get_flex_investment_history",
            {"action_types": [1, True]},
            TypeError,
            r"\[1\] must be an int, not bool",
        ),
        (
            "get_flex_investment_history",
            {"action_types": b"\x01"},
            TypeError,
            "must be a list, not bytes",
        ),
        (
            "get_flex_investment_history",
            {"action_types": bytearray(b"\x01")},
            TypeError,
            "must be a list, not bytearray",
        ),
        ("get_flex_investment_history", {"date_from": 1.0}, TypeError, "must be an int, not float"),
        (
            "get_main_balance",
            {"ticker": b"BTC"},
            TypeError,
            r"ticker must be a string, not bytes \(decode",
        ),
        ("get_main_balance", {"ticker": "BT\ud800"}, ValueError, "lone surrogate"),
        (
            "transfer_between_balances",
            {"ticker": "X", "amount": "1", "from_": "Main", "to": "spot"},
            ValueError,
            "from_ must be one of",
        ),
        (
            "transfer_between_balances",
            {"ticker": "X", "amount": "1", "from_": "main ", "to": "spot"},
            ValueError,
            "from_ must be one of",
        ),
        (
            "create_mining_watcher_link",
            {"accounts": ["a"], "name": "link\n", "permissions": ["dashboard"], "live_until": "1h"},
            ValueError,
            "name must match",
        ),
        (
            "create_withdraw",
            {**WITHDRAW, "beneficiary": {"birthDate": "19900101"}},
            ValueError,
            "birthDate must be a real date",
        ),
        (
            "create_withdraw",
            {**WITHDRAW, "beneficiary": {"birthDate": "1990-W01-1"}},
            ValueError,
            "birthDate must be a real date",
        ),
        (
            "create_withdraw",
            {**WITHDRAW, "beneficiary": {"birthDate": "1990-02-30"}},
            ValueError,
            "birthDate must be a real date",
        ),
        (
            "create_withdraw",
            {**WITHDRAW, "beneficiary": {"birthDate": "\uff11990-01-01"}},
            ValueError,
            "birthDate must be a real date",
        ),
        (
            "create_withdraw",
            {**WITHDRAW, "beneficiary": {"card": {"number": 4111111111111111}}},
            TypeError,
            r"card\.number must be a string, not int",
        ),
    ],
)
async def test_other_values_that_would_be_rewritten_are_refused(
    mode: str,
    method: str,
    kw: dict[str, Any],
    error: type[Exception],
    text: str,
    client: WhiteBIT,
    async_client: AsyncWhiteBIT,
    httpx_mock: HTTPXMock,
) -> None:
    message = await refused(mode, client, async_client, httpx_mock, error, text, method, **kw)
    assert "4111" not in message


@CLIENTS
async def test_enum_members_go_out_as_their_plain_value(
    mode: str, client: WhiteBIT, async_client: AsyncWhiteBIT, httpx_mock: HTTPXMock
) -> None:
    answer(httpx_mock, "getFlexInvestmentHistory")
    await call(
        mode, client, async_client, "get_flex_investment_history", action_types=[Status.OPEN]
    )
    answer(httpx_mock, "transferBetweenBalances")
    await call(
        mode,
        client,
        async_client,
        "transfer_between_balances",
        ticker="X",
        amount="1",
        method=Method.DEPOSIT,
    )
    first, second = (json.loads(r.content) for r in httpx_mock.get_requests())
    assert first["actionTypes"] == [1] and type(first["actionTypes"][0]) is int
    assert second["method"] == "deposit"


DATE_TIME = {"type": "string", "format": "date-time"}


@pytest.mark.parametrize(
    "value",
    [
        "2024-01-01 00:00:00Z",
        "20240101T000000Z",
        "2024-01-01T00:00:00",
        "2024-01-01T24:00:00Z",
        "2024-01-01T00:00:00,5Z",
        "2024-01-01t00:00:00z",
        "2024-02-30T00:00:00Z",
    ],
)
def test_date_times_must_be_rfc3339(value: str) -> None:
    with pytest.raises(ValueError, match="must be an RFC 3339 date-time"):
        check_value("op: at", DATE_TIME, value)


def test_date_times_go_out_as_given_and_naive_datetimes_are_refused() -> None:
    assert (
        check_value("op: at", DATE_TIME, "2024-01-01T00:00:00.5+05:30")
        == "2024-01-01T00:00:00.5+05:30"
    )
    aware = datetime(2024, 1, 1, tzinfo=UTC)
    assert check_value("op: at", DATE_TIME, aware) == "2024-01-01T00:00:00+00:00"
    with pytest.raises(ValueError, match="timezone-aware"):
        check_value("op: at", DATE_TIME, datetime(2024, 1, 1))
