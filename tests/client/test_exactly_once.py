"""Withdrawals exactly once (the contract's x-idempotency) and history walked page by page,
through in-process transports that play the server, sync and async."""

from __future__ import annotations

import contextlib
import json
from collections.abc import AsyncIterator, Callable, Iterator
from decimal import Decimal
from typing import Any

import httpx
import pytest
from whitebit_main import AsyncWhiteBIT, RetryPolicy, WhiteBIT, errors
from whitebit_main.models import TransactionHistory
from whitebit_main_api.operations import Accepted

from tests.support import history_page, withdrawal_record

FAST = RetryPolicy(base_delay=0.001, max_delay=0.01)
TAKEN = {
    "code": 0,
    "message": "Validation failed",
    "errors": {"uniqueId": ["The unique id has already been taken."]},
}
WITHDRAW = "/api/v4/main-account/withdraw"
HISTORY = "/api/v4/main-account/history"
Handler = Callable[[str, dict[str, Any]], httpx.Response]


class Server:
    """Answers by path from a script; records every signed body it was sent."""

    def __init__(self, handler: Handler) -> None:
        self.handler = handler
        self.bodies: list[tuple[str, dict[str, Any]]] = []

    def __call__(self, request: httpx.Request) -> httpx.Response:
        body = json.loads(request.content)
        self.bodies.append((request.url.path, body))
        return self.handler(request.url.path, body)

    def sent(self, path: str) -> list[dict[str, Any]]:
        return [body for p, body in self.bodies if p == path]


@contextlib.contextmanager
def sync_client(server: Server, retry: RetryPolicy = FAST) -> Iterator[WhiteBIT]:
    """A client talking to `server`; it and its http client are closed on the way out."""
    with (
        httpx.Client(transport=httpx.MockTransport(server)) as http,
        WhiteBIT("k", "s", http_client=http, retry=retry, rate_limit=False) as wb,
    ):
        yield wb


@contextlib.asynccontextmanager
async def async_client(server: Server, retry: RetryPolicy = FAST) -> AsyncIterator[AsyncWhiteBIT]:
    async with (
        httpx.AsyncClient(transport=httpx.MockTransport(server)) as http,
        AsyncWhiteBIT("k", "s", http_client=http, retry=retry, rate_limit=False) as wb,
    ):
        yield wb


def withdraw(wb: WhiteBIT, unique_id: str | None = None) -> Accepted:
    return wb.create_withdraw(ticker="USDT", amount=Decimal(5), address="0x1", unique_id=unique_id)


def scripted(*answers: httpx.Response, history: httpx.Response | None = None) -> Server:
    queue = list(answers)

    def handle(path: str, body: dict[str, Any]) -> httpx.Response:
        if path == HISTORY:
            return history if history is not None else history_page()
        return queue.pop(0)

    return Server(handle)


def test_a_key_is_made_up_once_per_call_and_kept_across_attempts() -> None:
    server = scripted(
        httpx.Response(429, json={"message": "Too Many Attempts."}),
        httpx.Response(201, json=[]),
        httpx.Response(201, json=[]),
    )
    with sync_client(server) as wb:
        accepted = withdraw(wb)
        second = withdraw(wb, unique_id="desk-7")
    first, again, third = server.sent(WITHDRAW)
    assert first["uniqueId"] == again["uniqueId"] == accepted.unique_id
    assert len(accepted.unique_id) >= 32 and first["nonce"] < again["nonce"]
    assert third["uniqueId"] == second.unique_id == "desk-7"


@pytest.mark.parametrize("lost", [503, 500])
def test_a_lost_answer_is_settled_by_sending_the_same_key_again(lost: int) -> None:
    server = scripted(httpx.Response(lost, text="<html>oops</html>"), httpx.Response(201, json=[]))
    with sync_client(server) as wb:
        accepted = withdraw(wb, unique_id="w-1")
    assert accepted == Accepted("w-1")
    assert [b["uniqueId"] for b in server.sent(WITHDRAW)] == ["w-1", "w-1"]


def test_a_key_refused_as_taken_after_a_lost_answer_means_the_first_was_booked() -> None:
    server = scripted(httpx.Response(502), httpx.Response(400, json=TAKEN))
    with sync_client(server) as wb:
        assert withdraw(wb, unique_id="w-2") == Accepted("w-2")
    assert len(server.sent(WITHDRAW)) == 2


def test_a_key_taken_on_the_first_attempt_is_someone_elses_and_is_raised() -> None:
    server = scripted(httpx.Response(400, json=TAKEN))
    with sync_client(server) as wb, pytest.raises(errors.ValidationError):
        withdraw(wb, unique_id="used-before")
    assert len(server.sent(WITHDRAW)) == 1


def test_another_refusal_after_a_lost_answer_is_settled_by_the_history() -> None:
    refusal = {"code": 5, "message": "Inner validation failed", "errors": {"amount": ["no"]}}
    booked = scripted(
        httpx.Response(503),
        httpx.Response(422, json=refusal),
        history=history_page(withdrawal_record("w-3")),
    )
    with sync_client(booked) as wb:
        assert withdraw(wb, unique_id="w-3") == Accepted("w-3")
    assert booked.sent(HISTORY)[0]["unique_id"] == "w-3"
    assert booked.sent(HISTORY)[0]["transactionMethod"] == 2
    missing = scripted(httpx.Response(503), httpx.Response(422, json=refusal))
    with sync_client(missing) as wb, pytest.raises(errors.OutcomeUnknownError) as caught:
        withdraw(wb, unique_id="w-4")
    assert "'w-4'" in str(caught.value) and "find_withdrawal('w-4')" in str(caught.value)


def test_no_answer_within_the_budget_ends_in_outcome_unknown_naming_the_key() -> None:
    server = scripted(*(httpx.Response(503) for _ in range(3)))
    with sync_client(server) as wb, pytest.raises(errors.OutcomeUnknownError) as caught:
        withdraw(wb, unique_id="w-5")
    assert [b["uniqueId"] for b in server.sent(WITHDRAW)] == ["w-5"] * 3
    assert len(server.sent(HISTORY)) == 1
    assert "'w-5'" in str(caught.value)


def test_a_history_hit_after_the_budget_is_a_success() -> None:
    server = scripted(
        *(httpx.Response(503) for _ in range(3)), history=history_page(withdrawal_record("w-6"))
    )
    with sync_client(server) as wb:
        assert withdraw(wb, unique_id="w-6") == Accepted("w-6")


def test_calls_without_an_idempotency_key_are_still_never_resent() -> None:
    server = scripted(httpx.Response(503))
    with sync_client(server) as wb, pytest.raises(errors.OutcomeUnknownError):
        wb.transfer_between_balances(from_="main", to="spot", ticker="USDT", amount="1")
    assert len(server.bodies) == 1


def test_find_withdrawal_reads_both_spellings() -> None:
    for spelling in ("unique_id", "uniqueId"):
        server = scripted(
            history=history_page(withdrawal_record("other"), withdrawal_record("mine", spelling))
        )
        with sync_client(server) as wb:
            found = wb.find_withdrawal("mine")
            assert wb.find_withdrawal("absent") is None
        assert isinstance(found, TransactionHistory) and found.amount == Decimal(5)


async def test_async_calls_settle_the_same_way() -> None:
    server = scripted(httpx.Response(503), httpx.Response(400, json=TAKEN))
    async with async_client(server) as wb:
        accepted = await wb.create_withdraw_pay(
            ticker="UAH", amount="100", address="4111111111111111", provider="VISAMASTER"
        )
        assert await wb.find_withdrawal(accepted.unique_id) is None
    keys = [b["uniqueId"] for b in server.sent("/api/v4/main-account/withdraw-pay")]
    assert keys == [accepted.unique_id] * 2


def pages_of(count: int) -> Server:
    """A deposit/withdraw history of `count` records, served by limit/offset with a total."""

    def handle(path: str, body: dict[str, Any]) -> httpx.Response:
        start, limit = body["offset"], body["limit"]
        if start + limit > 10000:
            return httpx.Response(400, json={"message": "Validation failed"})
        records = [
            {**withdrawal_record(f"w{n}"), "amount": f"{n}.5"}
            for n in range(start, min(start + limit, count))
        ]
        page = {"records": records, "limit": limit, "offset": start, "total": count}
        return httpx.Response(200, json=page)

    return Server(handle)


def test_history_is_walked_page_by_page_to_the_end() -> None:
    server = pages_of(1230)
    with sync_client(server) as wb:
        records = list(wb.iter_get_deposit_withdraw_history(ticker="USDT", transaction_method=2))
    assert len(records) == 1230
    assert sum(r.amount for r in records) == sum(Decimal(f"{n}.5") for n in range(1230))
    assert [(b["offset"], b["limit"]) for b in server.sent(HISTORY)] == [
        (0, 500),
        (500, 500),
        (1000, 500),
    ]
    assert all(b["ticker"] == "USDT" and b["transactionMethod"] == 2 for b in server.sent(HISTORY))


def test_a_walk_past_the_offset_cap_names_the_filters() -> None:
    server = pages_of(20_000)
    seen = 0
    with sync_client(server) as wb, pytest.raises(errors.PaginationLimitError) as caught:
        for _record in wb.iter_get_deposit_withdraw_history(page_size=400):
            seen += 1
    assert seen == 10_000
    assert max(b["offset"] + b["limit"] for b in server.sent(HISTORY)) == 10_000
    assert "10000" in str(caught.value)
    assert "ticker" in str(caught.value) and "transaction_method" in str(caught.value)


def test_page_size_is_checked_before_anything_is_sent() -> None:
    server = pages_of(5)
    with sync_client(server) as wb:
        with pytest.raises(ValueError, match="page_size must be from 1 to 500"):
            wb.iter_get_deposit_withdraw_history(page_size=501)
        with pytest.raises(TypeError):
            wb.iter_get_deposit_withdraw_history(page_size="10")  # type: ignore[arg-type]
    assert server.bodies == []


async def test_async_walk_stops_at_a_short_page_without_a_total() -> None:
    def flex(path: str, body: dict[str, Any]) -> httpx.Response:
        start, limit = body["offset"], body["limit"]
        data = [
            {
                "createdAt": n,
                "planId": "p",
                "investmentId": "i",
                "currency": "USDT",
                "amount": "1",
                "transaction_id": f"t{n}",
                "actionType": 1,
            }
            for n in range(start, min(start + limit, 7))
        ]
        return httpx.Response(200, json={"data": data, "limit": limit, "offset": start})

    server = Server(flex)
    async with async_client(server) as wb:
        found = [entry async for entry in wb.iter_get_flex_investment_history(page_size=3)]
    assert [entry.transaction_id for entry in found] == [f"t{n}" for n in range(7)]
    assert [b["offset"] for _, b in server.bodies] == [0, 3, 6]
