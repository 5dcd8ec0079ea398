"""How answers other than success become exceptions."""

from __future__ import annotations

import pickle

import httpx
import pytest
from pytest_httpx import HTTPXMock
from whitebit_main import WhiteBIT, errors


def call(client: WhiteBIT) -> object:
    return client.get_main_balance(ticker="BTC")


@pytest.mark.parametrize(
    ("status", "body", "cls"),
    [
        (401, {"code": 0, "message": "Unauthorized request."}, errors.AuthenticationError),
        (401, {"code": 0, "message": "Invalid payload"}, errors.AuthenticationError),
        (429, {"code": 0, "message": "Too many requests."}, errors.NonceError),
        (401, {"code": 0, "message": "Nonce not provided."}, errors.NonceError),
        (
            401,
            {
                "code": 0,
                "message": "Your nonce is more than 5 seconds lesser than the current nonce",
            },
            errors.NonceError,
        ),
        (400, {"code": 0, "message": "Invalid nonceWindow."}, errors.NonceError),
        (429, {"code": 0, "message": "Rate limit exceeded"}, errors.RateLimitError),
        (429, b"<html>slow down</html>", errors.RateLimitError),
        (
            403,
            {"message": "You don't have permission to use this endpoint."},
            errors.PermissionDeniedError,
        ),
        (404, {"code": 0, "message": "Not found"}, errors.NotFoundError),
        (500, {"code": 0, "message": "Server error"}, errors.ServerError),
        (503, b"<html><body>Service temporary unavailable</body></html>", errors.ServerError),
        (502, b"", errors.ServerError),
        (422, b"<html>proxy</html>", errors.UnexpectedResponseError),
        (418, {"message": "teapot"}, errors.UnexpectedResponseError),
        (302, b"", errors.UnexpectedResponseError),
    ],
)
def test_status_and_message_choose_the_class(
    status: int,
    body: object,
    cls: type[errors.WhiteBITError],
    client: WhiteBIT,
    httpx_mock: HTTPXMock,
) -> None:
    if isinstance(body, bytes):
        httpx_mock.add_response(status_code=status, content=body)
    else:
        httpx_mock.add_response(status_code=status, json=body)
    with pytest.raises(cls) as caught:
        call(client)
    assert type(caught.value) is cls
    assert caught.value.status_code == status
    assert str(caught.value).startswith(f"getMainBalance failed (HTTP {status}, ")


def test_nonce_error_is_not_a_rate_limit() -> None:
    assert not issubclass(errors.NonceError, errors.RateLimitError)
    assert issubclass(errors.NonceError, errors.AuthenticationError)


def test_rate_limit_exposes_retry_after(client: WhiteBIT, httpx_mock: HTTPXMock) -> None:
    httpx_mock.add_response(
        status_code=429, headers={"Retry-After": "3"}, json={"message": "Slow down"}
    )
    with pytest.raises(errors.RateLimitError) as caught:
        call(client)
    assert caught.value.retry_after == 3.0


@pytest.mark.parametrize(
    "body",
    [b"not json", b'{"main_balance": ', b"[1, 2]", b'"text"', b"<html>ok</html>"],
)
def test_success_status_with_unusable_body(
    body: bytes, client: WhiteBIT, httpx_mock: HTTPXMock
) -> None:
    httpx_mock.add_response(status_code=200, content=body)
    with pytest.raises(errors.UnexpectedResponseError) as caught:
        call(client)
    assert caught.value.status_code == 200
    assert "does not match the documented schema" in str(caught.value)


def test_errors_value_as_a_single_string_is_normalised(
    client: WhiteBIT, httpx_mock: HTTPXMock
) -> None:
    httpx_mock.add_response(
        status_code=422,
        json={
            "code": 0,
            "message": "Inner validation failed",
            "errors": {"amount": "insufficientFunds"},
        },
    )
    with pytest.raises(errors.InnerValidationError) as caught:
        client.confirm_sub_account_withdrawal(id="0b3c6bb4-8f6e-4d2a-9a4d-5b9c2b7f3e10")
    assert caught.value.errors == {"amount": ["insufficientFunds"]}


def test_network_failure_of_a_read_is_a_transport_error(
    client: WhiteBIT, httpx_mock: HTTPXMock
) -> None:
    httpx_mock.add_exception(httpx.ReadTimeout("timed out"))
    with pytest.raises(errors.TransportError) as caught:
        call(client)
    assert not isinstance(caught.value, errors.OutcomeUnknownError)
    assert isinstance(caught.value.__cause__, httpx.ReadTimeout)
    assert caught.value.status_code is None


def test_lost_answer_of_a_money_movement_is_outcome_unknown(
    client: WhiteBIT, httpx_mock: HTTPXMock
) -> None:
    httpx_mock.add_exception(httpx.ReadTimeout("timed out"))
    with pytest.raises(errors.OutcomeUnknownError, match="may have been applied"):
        client.transfer_between_balances(from_="main", to="spot", ticker="USDT", amount="5")
    assert len(httpx_mock.get_requests()) == 1  # not re-sent


def test_connect_failure_of_a_money_movement_is_a_plain_transport_error(
    client: WhiteBIT, httpx_mock: HTTPXMock
) -> None:
    httpx_mock.add_exception(httpx.ConnectError("refused"))
    with pytest.raises(errors.TransportError) as caught:
        client.transfer_between_balances(from_="main", to="spot", ticker="USDT", amount="5")
    assert not isinstance(caught.value, errors.OutcomeUnknownError)


def test_exceptions_pickle_without_the_signed_request(
    client: WhiteBIT, httpx_mock: HTTPXMock
) -> None:
    httpx_mock.add_response(
        status_code=400,
        json={"code": 0, "message": "Validation failed", "errors": {"ticker": ["bad"]}},
    )
    with pytest.raises(errors.ValidationError) as caught:
        call(client)
    copy = pickle.loads(pickle.dumps(caught.value))
    assert type(copy) is errors.ValidationError
    assert str(copy) == str(caught.value)
    assert copy.response is None
