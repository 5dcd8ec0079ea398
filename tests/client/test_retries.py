"""Retry policy: what is re-sent, what never is, and how long the client waits."""

from __future__ import annotations

import json
from decimal import Decimal

import httpx
import pytest
from pytest_httpx import HTTPXMock
from whitebit_main import AsyncWhiteBIT, RetryPolicy, WhiteBIT, errors
from whitebit_main._coordination._ratelimit import SAFETY_MARGIN, RateLimiter

from tests.support import API_KEY, API_SECRET

FAST = RetryPolicy(base_delay=0.001, max_delay=0.01)
PLAN = "8f2e9d3c-1a4b-4c2d-9e5f-6a7b8c9d0e1f"
BALANCE = {"USDT": {"main_balance": "5"}}


def client(policy: RetryPolicy = FAST) -> WhiteBIT:
    return WhiteBIT(API_KEY, API_SECRET, retry=policy)


def nonces(httpx_mock: HTTPXMock) -> list[int]:
    return [json.loads(r.content)["nonce"] for r in httpx_mock.get_requests()]


def test_rate_limited_call_is_retried_with_a_new_nonce(httpx_mock: HTTPXMock) -> None:
    httpx_mock.add_response(status_code=429, json={"code": 0, "message": "Too Many Attempts."})
    httpx_mock.add_response(json=BALANCE)
    with client() as wb:
        result = wb.get_main_balance(ticker="USDT")
    assert result["USDT"].main_balance == Decimal(5)
    sent = nonces(httpx_mock)
    assert len(sent) == 2 and sent[0] < sent[1]


def test_rate_limit_retry_applies_to_money_movements_too(httpx_mock: HTTPXMock) -> None:
    """A 429 means the server did not act: re-sending cannot move money twice."""
    httpx_mock.add_response(status_code=429, json={"message": "Too Many Attempts."})
    httpx_mock.add_response(status_code=201, json={"data": {"transaction_id": "t1"}})
    with client() as wb:
        result = wb.withdraw_from_flex_investment(plan=PLAN, amount="1")
    assert result.data.transaction_id == "t1"


def test_gives_up_after_max_attempts(httpx_mock: HTTPXMock) -> None:
    for _ in range(3):
        httpx_mock.add_response(status_code=429, json={"message": "Too Many Attempts."})
    with client() as wb, pytest.raises(errors.RateLimitError):
        wb.get_main_balance()
    assert len(httpx_mock.get_requests()) == 3


def test_nonce_rejection_gets_one_immediate_retry(httpx_mock: HTTPXMock) -> None:
    httpx_mock.add_response(status_code=429, json={"message": "Too many requests."})
    httpx_mock.add_response(status_code=201, json={"data": {"transaction_id": "t2"}})
    with client(RetryPolicy(max_attempts=1)) as wb:
        assert wb.withdraw_from_flex_investment(plan=PLAN, amount="1").data.transaction_id == "t2"
    sent = nonces(httpx_mock)
    assert sent[0] < sent[1]


def test_second_nonce_rejection_is_raised(httpx_mock: HTTPXMock) -> None:
    for _ in range(2):
        httpx_mock.add_response(status_code=429, json={"message": "Too many requests."})
    with client() as wb, pytest.raises(errors.NonceError):
        wb.get_main_balance()
    assert len(httpx_mock.get_requests()) == 2


@pytest.mark.parametrize("status", [500, 502, 503])
def test_server_error_of_a_read_is_retried(status: int, httpx_mock: HTTPXMock) -> None:
    httpx_mock.add_response(status_code=status, text="<html>busy</html>")
    httpx_mock.add_response(json=BALANCE)
    with client() as wb:
        wb.get_main_balance()
    assert len(httpx_mock.get_requests()) == 2


@pytest.mark.parametrize("status", [500, 503])
def test_server_error_of_a_money_movement_is_outcome_unknown(
    status: int, httpx_mock: HTTPXMock
) -> None:
    httpx_mock.add_response(status_code=status, json={"message": "Service temporary unavailable"})
    with client() as wb, pytest.raises(errors.OutcomeUnknownError) as caught:
        wb.withdraw_from_flex_investment(plan=PLAN, amount="1")
    assert len(httpx_mock.get_requests()) == 1
    assert caught.value.status_code == status
    assert "check get_flex_investment_history()" in str(caught.value)
    assert isinstance(caught.value, errors.TransportError)


@pytest.mark.parametrize(
    "exc",
    [httpx.ReadTimeout("slow"), httpx.RemoteProtocolError("dropped"), httpx.ReadError("reset")],
)
def test_lost_answer_of_a_transfer_is_never_resent(exc: Exception, httpx_mock: HTTPXMock) -> None:
    httpx_mock.add_exception(exc)
    with client() as wb, pytest.raises(errors.OutcomeUnknownError, match="may have been applied"):
        wb.transfer_between_balances(from_="main", to="spot", ticker="USDT", amount="5")
    assert len(httpx_mock.get_requests()) == 1


def test_lost_answer_of_a_read_is_retried(httpx_mock: HTTPXMock) -> None:
    httpx_mock.add_exception(httpx.ReadTimeout("slow"))
    httpx_mock.add_response(json=BALANCE)
    with client() as wb:
        wb.get_main_balance()
    assert len(httpx_mock.get_requests()) == 2


def test_connect_failure_is_retried_even_for_money(httpx_mock: HTTPXMock) -> None:
    httpx_mock.add_exception(httpx.ConnectError("refused"))
    httpx_mock.add_response(status_code=201, json=[])
    with client() as wb:
        wb.transfer_between_balances(from_="main", to="spot", ticker="USDT", amount="5")
    assert len(httpx_mock.get_requests()) == 2


def test_validation_errors_are_never_retried(httpx_mock: HTTPXMock) -> None:
    httpx_mock.add_response(status_code=422, json={"code": 5, "message": "Inner validation failed"})
    with client() as wb, pytest.raises(errors.InnerValidationError):
        wb.get_main_balance()
    assert len(httpx_mock.get_requests()) == 1


def test_per_call_options_share_the_client(httpx_mock: HTTPXMock) -> None:
    httpx_mock.add_response(status_code=429, json={"message": "Too Many Attempts."})
    with client() as wb:
        strict = wb.with_options(retry=RetryPolicy.none())
        with pytest.raises(errors.RateLimitError):
            strict.get_main_balance()
        assert strict._http is wb._http and strict._limiter is wb._limiter
        strict.close()
        assert not wb._http.is_closed
    assert wb.retry_policy == FAST


async def test_async_client_follows_the_same_rules(httpx_mock: HTTPXMock) -> None:
    httpx_mock.add_response(status_code=503, text="busy")
    httpx_mock.add_response(json=BALANCE)
    httpx_mock.add_exception(httpx.ReadTimeout("slow"))
    async with AsyncWhiteBIT(API_KEY, API_SECRET, retry=FAST) as wb:
        await wb.get_main_balance()
        with pytest.raises(errors.OutcomeUnknownError):
            await wb.withdraw_from_flex_investment(plan=PLAN, amount="1")
    assert len(httpx_mock.get_requests()) == 3


def test_backoff_doubles_caps_and_honours_retry_after() -> None:
    policy = RetryPolicy(jitter=0)
    assert [policy.delay(n) for n in (1, 2, 3, 6, 7)] == [1.0, 2.0, 4.0, 30.0, 30.0]
    assert policy.delay(1, retry_after=7) == 7
    assert policy.delay(1, retry_after=120) == 30.0
    jittered = RetryPolicy(jitter=0.5)
    assert all(0.5 <= jittered.delay(1) <= 1.0 for _ in range(200))


@pytest.mark.parametrize(
    ("kwargs", "error"),
    [
        ({"max_attempts": 0}, ValueError),
        ({"max_attempts": 1.5}, TypeError),
        ({"base_delay": -1}, ValueError),
        ({"jitter": 2}, ValueError),
    ],
)
def test_bad_policies_are_refused(kwargs: dict[str, float], error: type[Exception]) -> None:
    with pytest.raises(error):
        RetryPolicy(**kwargs)  # type: ignore[arg-type]


def test_rate_limiter_opens_the_window_when_the_oldest_call_has_finished() -> None:
    now = [100.0]
    limiter = RateLimiter(clock=lambda: now[0])
    booked = [limiter.reserve("op", 3, 10) for _ in range(3)]
    assert [wait for wait, _ in booked] == [0, 0, 0]
    # the oldest call is still in flight: it may reach the server as late as now
    fourth = limiter.reserve("op", 3, 10)
    assert fourth[0] == pytest.approx(10 + SAFETY_MARGIN)
    now[0] = 101.5  # the first calls' answers arrive 1.5 s after they started
    limiter.finish(booked[0][1])
    limiter.finish(booked[1][1])
    wait, fifth = limiter.reserve("op", 3, 10)  # its window counts from 101.5, not 100
    assert wait == pytest.approx(10 + SAFETY_MARGIN)
    now[0] = 112.0
    for _wait, slot in (*booked, fourth, (wait, fifth)):
        limiter.finish(slot)
    now[0] = 300.0  # every call ended long ago: the window is free again
    assert limiter.reserve("op", 3, 10)[0] == 0
    assert limiter.reserve("other", 3, 10)[0] == 0


def test_rate_limit_is_on_by_default_and_can_be_turned_off() -> None:
    with WhiteBIT(API_KEY, API_SECRET) as wb:
        assert wb._limiter is not None
    with WhiteBIT(API_KEY, API_SECRET, rate_limit=False) as wb:
        assert wb._limiter is None
    with pytest.raises(TypeError, match="rate_limit must be a bool"):
        WhiteBIT(API_KEY, API_SECRET, rate_limit="no")  # type: ignore[arg-type]
    with pytest.raises(TypeError, match="retry must be a RetryPolicy"):
        WhiteBIT(API_KEY, API_SECRET, retry=3)  # type: ignore[arg-type]


def test_timeouts_default_and_configurable() -> None:
    with WhiteBIT(API_KEY, API_SECRET) as wb:
        assert (wb._http.timeout.connect, wb._http.timeout.read) == (5.0, 30.0)
    with WhiteBIT(API_KEY, API_SECRET, timeout=2) as wb:
        assert wb._http.timeout.read == 2.0
    with pytest.raises(ValueError, match="timeout must be positive"):
        WhiteBIT(API_KEY, API_SECRET, timeout=0)
