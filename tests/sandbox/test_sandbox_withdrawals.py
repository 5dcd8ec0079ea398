"""Withdrawals in the sandbox, through the facade over loopback: the main balance pays the
amount (fee included, or the fee on top for withdraw-pay), a unique id books at most one
withdrawal per account, amounts finer than the currency are refused, a short balance is
refused as WhiteBIT does, and every booked withdrawal is found in the history by its id,
even when its answer was lost."""

from __future__ import annotations

import asyncio
import contextlib
from decimal import Decimal
from typing import Any

import httpx
import pytest
from whitebit_main import RetryPolicy, WhiteBIT, errors
from whitebit_main.models import TransactionHistory
from whitebit_sandbox import Sandbox
from whitebit_sandbox._core._defaults import default_state

AS_IS: dict[str, Any] = {"retry": RetryPolicy.none(), "rate_limit": False}
FAST = RetryPolicy(base_delay=0.01, max_delay=0.05)
SHORT = httpx.Timeout(0.5, connect=2.0)
ALICE = {"name": "alice", "api_key": "alice-key", "api_secret": "alice-secret"}
ALICE_KEYS = {"api_key": ALICE["api_key"], "api_secret": ALICE["api_secret"]}
ADDRESS = "0x0964A6B8F794A4B8d61b62652dB27ddC9844FB4c"
TAKEN = {"uniqueId": ["The unique id has already been taken."]}


@pytest.fixture
def whitebit_state() -> dict[str, Any]:
    """The state of this module's `sandbox` (the fixture in tests/conftest.py)."""
    state = default_state()
    state["accounts"][0]["balances"]["main"]["NEO"] = "10"
    state["accounts"].append({**ALICE, "balances": {"main": {"ETH": "1"}}})
    return state


def only_record(wb: WhiteBIT, unique_id: str) -> TransactionHistory:
    page = wb.get_deposit_withdraw_history(transaction_method=2, unique_id=unique_id)
    assert page.total == 1
    (record,) = page.records
    return record


def test_withdraw_takes_the_amount_with_the_fee_inside(sandbox: Sandbox) -> None:
    with sandbox.client(**AS_IS) as wb:
        wb.create_withdraw(ticker="ETH", amount="0.9", address=ADDRESS, unique_id="w-1")
        record = only_record(wb, "w-1")
        assert wb.get_main_balance(ticker="ETH")["ETH"].main_balance == Decimal("4.1")
    assert (record.method, record.ticker, record.currency) == (2, "ETH", "Ethereum")
    assert (record.amount, record.fee) == (Decimal("0.9"), Decimal("0.0004"))
    assert (record.unique_id, record.address, record.memo, record.network) == (
        "w-1",
        ADDRESS,
        "",
        None,
    )
    assert record.status == 1  # pending: WhiteBIT processes a withdrawal later
    assert record.created_at > 1_700_000_000


def test_withdraw_pay_adds_the_fee_on_top(sandbox: Sandbox) -> None:
    with sandbox.client(**AS_IS) as wb:
        wb.create_withdraw_pay(ticker="USDT", amount="100", address=ADDRESS, unique_id="p-1")
        wb.create_withdraw_pay(
            ticker="USDT",
            amount="50",
            address="TJRabPrwbZy45sbavfcjinPJC18kjpRTv8",
            unique_id="p-2",
            network="TRC20",
        )
        first, second = only_record(wb, "p-1"), only_record(wb, "p-2")
    # the recipient gets exactly the amount sent; the record holds the whole debit
    assert (first.amount, first.fee, first.network) == (Decimal(101), Decimal(1), "ERC20")
    assert (second.amount - second.fee, second.network) == (Decimal(50), "TRC20")
    assert sandbox.ledger.balance(sandbox.account, "USDT") == Decimal(10000 - 101 - 51)


def test_a_unique_id_books_one_withdrawal_per_account(sandbox: Sandbox) -> None:
    with sandbox.client(**AS_IS) as wb, sandbox.client(**AS_IS, **ALICE_KEYS) as alice:
        wb.create_withdraw(ticker="ETH", amount="1", address=ADDRESS, unique_id="once")
        for again in (wb.create_withdraw, wb.create_withdraw_pay):
            with pytest.raises(errors.ValidationError) as caught:
                again(ticker="ETH", amount="1", address=ADDRESS, unique_id="once")
            assert (caught.value.status_code, caught.value.errors) == (400, TAKEN)
            assert caught.value.body is not None
            assert caught.value.body.message == "Validation failed"
        alice.create_withdraw(ticker="ETH", amount="1", address=ADDRESS, unique_id="once")
        assert only_record(wb, "once").amount == Decimal(1)
    assert sandbox.ledger.balance(sandbox.account, "ETH") == Decimal(4)
    assert sandbox.ledger.balance("alice", "ETH") == Decimal(0)


async def test_a_repeated_unique_id_is_refused_async(sandbox: Sandbox) -> None:
    async with sandbox.async_client(**AS_IS) as wb:
        await wb.create_withdraw(
            ticker="BTC",
            amount="0.5",
            address="bc1qar0srrr7xfkvy5l643lydnw9re59gtzzwf5mdq",
            unique_id="a-1",
        )
        with pytest.raises(errors.ValidationError) as caught:
            await wb.create_withdraw(
                ticker="BTC",
                amount="0.5",
                address="bc1qar0srrr7xfkvy5l643lydnw9re59gtzzwf5mdq",
                unique_id="a-1",
            )
        assert caught.value.errors == TAKEN
        page = await wb.get_deposit_withdraw_history(unique_id="a-1")
    assert [(r.unique_id, r.amount) for r in page.records] == [("a-1", Decimal("0.5"))]
    assert sandbox.ledger.balance(sandbox.account, "BTC") == Decimal("0.5")


async def test_racing_requests_with_one_unique_id_book_once(sandbox: Sandbox) -> None:
    async with sandbox.async_client(**AS_IS) as wb:
        outcomes = await asyncio.gather(
            *(
                wb.create_withdraw(ticker="ETH", amount="0.5", address=ADDRESS, unique_id="race")
                for _ in range(8)
            ),
            return_exceptions=True,
        )
    refused = [o for o in outcomes if isinstance(o, errors.ValidationError)]
    assert len(refused) == 7 and all(o.errors == TAKEN for o in refused)
    assert sandbox.ledger.balance(sandbox.account, "ETH") == Decimal("4.5")


@pytest.mark.parametrize(
    ("ticker", "amount", "places"),
    [("ETH", "0.123456789", 8), ("USDT", "10.1234567", 6), ("BTC", "1.000000001", 8)],
)
def test_more_decimals_than_the_currency_has_are_refused_saying_the_rule(
    sandbox: Sandbox, ticker: str, amount: str, places: int
) -> None:
    before = sandbox.ledger.dump()
    with sandbox.client(**AS_IS) as wb, pytest.raises(errors.ValidationError) as caught:
        wb.create_withdraw(ticker=ticker, amount=amount, address=ADDRESS, unique_id="fine")
    assert caught.value.errors == {
        "amount": [f"Invalid decimal amount: {ticker} allows at most {places} decimal places"]
    }
    assert sandbox.ledger.dump() == before


def test_an_unknown_ticker_is_refused_as_an_unknown_currency(sandbox: Sandbox) -> None:
    with sandbox.client(**AS_IS) as wb, pytest.raises(errors.ValidationError) as caught:
        wb.create_withdraw(ticker="NOPE", amount="1", address=ADDRESS, unique_id="n")
    assert caught.value.errors == {"ticker": ["The selected ticker is invalid."]}
    with sandbox.client(**AS_IS) as wb:
        for call in (
            lambda: wb.create_code(ticker="NOPE", amount="1"),
            lambda: wb.transfer_between_balances(
                from_="main", to="spot", ticker="NOPE", amount="1"
            ),
        ):
            with pytest.raises(errors.ValidationError) as unknown:
                call()
            assert unknown.value.errors == {"ticker": ["The selected ticker is invalid."]}
    sandbox.deposit("NOPE", "5", address="x")  # once the sandbox holds it, it is a currency
    with sandbox.client(**AS_IS) as wb, pytest.raises(errors.InnerValidationError) as caught:
        wb.create_withdraw(ticker="NOPE", amount="9", address="a" * 20, unique_id="n")
    assert caught.value.errors == {"amount": ["Not enough money, NOPE balance = 5"]}


@pytest.mark.parametrize(
    ("ticker", "address", "network"),
    [
        ("BTC", "xyz", None),
        ("BTC", ADDRESS, None),  # an Ethereum address for Bitcoin
        ("USDT", "TJRabPrwbZy45sbavfcjinPJC18kjpRTv8", None),  # Tron address, ERC20 network
        ("USDT", ADDRESS, "TRC20"),
        ("ETH", "0x0964", None),
    ],
)
def test_an_address_the_network_cannot_have_is_refused(
    sandbox: Sandbox, ticker: str, address: str, network: str | None
) -> None:
    before = sandbox.ledger.dump()
    with sandbox.client(**AS_IS) as wb, pytest.raises(errors.InnerValidationError) as caught:
        wb.create_withdraw(
            ticker=ticker, amount="0.5", address=address, unique_id="a", network=network
        )
    assert caught.value.code == 2
    assert caught.value.errors["address"][0].startswith("The address is invalid for " + ticker)
    assert sandbox.ledger.dump() == before


def test_a_memo_currency_needs_its_memo(sandbox: Sandbox) -> None:
    stellar = "G" + "A" * 55
    sandbox.deposit("XLM", "20", address=stellar, memo="1")
    with sandbox.client(**AS_IS) as wb:
        with pytest.raises(errors.ValidationError) as caught:
            wb.create_withdraw(ticker="XLM", amount="5", address=stellar, unique_id="x")
        assert caught.value.errors == {"memo": ["The memo field is required."]}
        wb.create_withdraw(ticker="XLM", amount="5", address=stellar, unique_id="x", memo="77")


def test_precision_counts_digits_not_trailing_zeros_and_integer_currencies(
    sandbox: Sandbox,
) -> None:
    with sandbox.client(**AS_IS) as wb:
        wb.create_withdraw(ticker="USDT", amount="10.500000000", address=ADDRESS, unique_id="z")
        with pytest.raises(errors.InnerValidationError) as caught:
            wb.create_withdraw(
                ticker="NEO",
                amount="1.5",
                address="NVTiAjNgagDkTr5HTzDmQP9kPwPHN5BgVq",
                unique_id="neo",
            )
        assert (caught.value.code, caught.value.errors) == (
            7,
            {"amount": ["Amount should be integer"]},
        )
        wb.create_withdraw(
            ticker="NEO", amount="2", address="NVTiAjNgagDkTr5HTzDmQP9kPwPHN5BgVq", unique_id="neo"
        )
    assert sandbox.ledger.balance(sandbox.account, "USDT") == Decimal("9989.5")
    assert sandbox.ledger.balance(sandbox.account, "NEO") == Decimal(8)


async def test_a_short_balance_is_refused_and_the_id_stays_free(sandbox: Sandbox) -> None:
    async with sandbox.async_client(**AS_IS) as wb:
        with pytest.raises(errors.InnerValidationError) as caught:
            await wb.create_withdraw(
                ticker="BTC",
                amount="1.5",
                address="bc1qar0srrr7xfkvy5l643lydnw9re59gtzzwf5mdq",
                unique_id="s",
            )
        assert (caught.value.status_code, caught.value.code) == (422, 5)
        assert caught.value.errors == {"amount": ["Not enough money, Bitcoin balance = 1"]}
        with pytest.raises(errors.InnerValidationError) as caught:  # 1 + 0.0001 fee > 1
            await wb.create_withdraw_pay(
                ticker="BTC",
                amount="1",
                address="bc1qar0srrr7xfkvy5l643lydnw9re59gtzzwf5mdq",
                unique_id="s",
            )
        assert caught.value.code == 5
        with pytest.raises(errors.InnerValidationError) as caught:
            await wb.create_withdraw(
                ticker="BTC",
                amount="0.0001",
                address="bc1qar0srrr7xfkvy5l643lydnw9re59gtzzwf5mdq",
                unique_id="s",
            )
        assert caught.value.code == 6  # nothing left for the recipient after the fee
        await wb.create_withdraw(
            ticker="BTC",
            amount="1",
            address="bc1qar0srrr7xfkvy5l643lydnw9re59gtzzwf5mdq",
            unique_id="s",
        )
        page = await wb.get_deposit_withdraw_history(transaction_method=2)
    assert [r.unique_id for r in page.records] == ["s"]  # refusals left no record
    assert sandbox.ledger.balance(sandbox.account, "BTC") == 0


@pytest.mark.parametrize("kind", ["drop", "hang", "503"])
def test_a_lost_answer_leaves_exactly_one_withdrawal(sandbox: Sandbox, kind: str) -> None:
    sandbox.inject_fault("createWithdraw", kind)  # type: ignore[arg-type]
    with sandbox.client(retry=FAST, timeout=SHORT) as wb:
        # the client may settle the call itself or report its outcome unknown
        with contextlib.suppress(errors.OutcomeUnknownError):
            wb.create_withdraw(ticker="ETH", amount="2", address=ADDRESS, unique_id=f"lost-{kind}")
        record = only_record(wb, f"lost-{kind}")
        everything = wb.get_deposit_withdraw_history(transaction_method=2)
    assert (record.amount, record.status) == (Decimal(2), 1)
    assert everything.total == 1
    assert sandbox.ledger.balance(sandbox.account, "ETH") == Decimal(3)


async def test_a_dropped_answer_leaves_exactly_one_withdrawal_async(sandbox: Sandbox) -> None:
    sandbox.inject_fault("createWithdrawPay", "drop")
    async with sandbox.async_client(retry=FAST, timeout=SHORT) as wb:
        with contextlib.suppress(errors.OutcomeUnknownError):
            await wb.create_withdraw_pay(
                ticker="USDT", amount="10", address=ADDRESS, unique_id="lost-async"
            )
        page = await wb.get_deposit_withdraw_history(unique_id="lost-async")
    assert [(r.amount, r.fee) for r in page.records] == [(Decimal(11), Decimal(1))]
    assert sandbox.ledger.balance(sandbox.account, "USDT") == Decimal(9989)


def test_settling_moves_the_status_and_a_cancel_pays_back(sandbox: Sandbox) -> None:
    start = sandbox.ledger.totals()["ETH"]
    with sandbox.client(**AS_IS) as wb:
        for uid in ("done", "canceled", "waiting"):
            wb.create_withdraw(ticker="ETH", amount="1", address=ADDRESS, unique_id=uid)
        sandbox.settle_withdrawal("done", 3)
        sandbox.settle_withdrawal("canceled", 4)
        with pytest.raises(ValueError, match="is final"):
            sandbox.settle_withdrawal("canceled", 4)  # refunded once only
        succeeded = wb.get_deposit_withdraw_history(transaction_method=2, status=[3, 7])
        pending = wb.get_deposit_withdraw_history(transaction_method=2, status=[1, 2, 6])
    assert [r.unique_id for r in succeeded.records] == ["done"]
    assert [r.unique_id for r in pending.records] == ["waiting"]
    assert sandbox.ledger.balance(sandbox.account, "ETH") == Decimal(3)
    # money leaves the books when a withdrawal succeeds, not while it is pending
    assert sandbox.ledger.totals()["ETH"] == start - 1
