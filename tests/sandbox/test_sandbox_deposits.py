"""The deposit side of the sandbox: addresses per account, currency and network (a memo
only where the currency uses one), a fee table that is what withdrawals charge, refunds
of canceled deposits, fiat deposit links and Express Withdraw tokens, all from state."""

from __future__ import annotations

import re
from decimal import Decimal
from typing import Any

import pytest
from whitebit_main import RetryPolicy, WhiteBIT, errors
from whitebit_sandbox import DEMO_FIXED_INVESTMENT, Sandbox, SandboxClock
from whitebit_sandbox._core._defaults import default_state

AS_IS: dict[str, Any] = {"retry": RetryPolicy.none(), "rate_limit": False}
OUTSIDE = "0x" + "7" * 40


@pytest.fixture
def whitebit_state() -> dict[str, Any]:
    state = default_state()
    state["accounts"].append({"name": "bob", "api_key": "bob-key", "api_secret": "bob-s"})
    return state


def bob(sandbox: Sandbox) -> WhiteBIT:
    return sandbox.client(**AS_IS, api_key="bob-key", api_secret="bob-s")


def test_each_ticker_and_network_has_its_own_address_in_its_format(sandbox: Sandbox) -> None:
    with sandbox.client(**AS_IS) as wb:
        btc = wb.get_deposit_address(ticker="BTC").account
        eth = wb.get_deposit_address(ticker="ETH").account
        erc = wb.get_deposit_address(ticker="USDT", network="ERC20").account
        trc = wb.get_deposit_address(ticker="USDT", network="TRC20").account
        xlm = wb.get_deposit_address(ticker="XLM").account
        again = wb.get_deposit_address(ticker="BTC").account
    assert re.fullmatch(r"bc1q[0-9a-z]{38}", btc.address)
    assert re.fullmatch(r"0x[0-9a-f]{40}", eth.address) and eth.address != erc.address
    assert trc.address.startswith("T") and len(trc.address) == 34
    assert re.fullmatch(r"G[A-Z2-7]{55}", xlm.address)
    assert again.address == btc.address  # the current address stays until a new one
    assert xlm.memo and re.fullmatch(r"[0-9]{14}", xlm.memo)
    assert not btc.memo and not eth.memo  # no memo where the currency uses none
    with bob(sandbox) as other:
        assert other.get_deposit_address(ticker="BTC").account.address != btc.address


def test_a_new_address_becomes_the_current_one(sandbox: Sandbox) -> None:
    with sandbox.client(**AS_IS) as wb:
        first = wb.get_deposit_address(ticker="ETH").account.address
        fresh = wb.create_new_address(ticker="ETH").account.address
        assert fresh != first
        assert wb.get_deposit_address(ticker="ETH").account.address == fresh


@pytest.mark.parametrize(
    ("kwargs", "errors_"),
    [
        ({"ticker": "NOPE"}, {"ticker": ["The selected ticker is invalid."]}),
        ({"ticker": "USDT"}, {"network": ["Cannot extract default network"]}),
        ({"ticker": "USDT", "network": "BEP20"}, {"network": ["Unsupported network"]}),
        ({"ticker": "BTC", "network": "TRC20"},
         {"network": ["Cannot find currency for specified network"]}),
    ],
)  # fmt: skip
def test_deposit_address_refusals(
    sandbox: Sandbox, kwargs: dict[str, str], errors_: dict[str, list[str]]
) -> None:
    with sandbox.client(**AS_IS) as wb, pytest.raises(errors.ValidationError) as caught:
        wb.get_deposit_address(**kwargs)
    assert caught.value.errors == errors_


def test_a_withdrawal_to_an_own_deposit_address_is_refused(sandbox: Sandbox) -> None:
    with sandbox.client(**AS_IS) as wb:
        own = wb.get_deposit_address(ticker="ETH").account.address
        with pytest.raises(errors.InnerValidationError) as caught:
            wb.create_withdraw(ticker="ETH", amount="1", address=own, unique_id="self")
    assert caught.value.code == 9


def test_the_fee_table_lists_every_currency_and_is_what_a_withdrawal_costs(
    sandbox: Sandbox,
) -> None:
    sandbox.deposit("DOGE", "100", address="d")  # a currency only the state knows
    with sandbox.client(**AS_IS) as wb:
        table = {fee.ticker: fee for fee in wb.get_fees()}
        assert {"BTC", "ETH", "USDT", "USDC", "XLM", "NEO", "DOGE"} <= set(table)
        for ticker in ("USDT", "BTC", "DOGE"):
            address = {"USDT": OUTSIDE, "BTC": "bc1q" + "q" * 38, "DOGE": "a" * 20}[ticker]
            before = sandbox.ledger.balance(sandbox.account, ticker)
            amount = "0.5" if ticker == "BTC" else "5"
            wb.create_withdraw_pay(ticker=ticker, amount=amount, address=address, unique_id=ticker)
            charged = before - sandbox.ledger.balance(sandbox.account, ticker)
            assert charged == Decimal(amount) + table[ticker].withdraw.fixed
        assert table["USDT"].withdraw.fixed == 1 and table["DOGE"].withdraw.fixed == 0
        with pytest.raises(errors.InnerValidationError) as caught:
            below = table["ETH"].withdraw.min_amount / 2
            wb.create_withdraw(ticker="ETH", amount=below, address=OUTSIDE, unique_id="small")
        assert caught.value.code == 3


def test_refund_takes_only_a_canceled_deposit_and_answers_its_id(sandbox: Sandbox) -> None:
    ours = "0x" + "1" * 40  # where the deposits arrived: a WhiteBIT address
    canceled = sandbox.deposit("ETH", "1", address=ours, status=4)
    credited = sandbox.deposit("ETH", "1", address=ours)
    with sandbox.client(**AS_IS) as wb:

        def refused(transaction_id: str, address: str = OUTSIDE) -> dict[str, list[str]]:
            with pytest.raises(errors.ValidationError) as caught:
                wb.refund_deposit(transaction_id=transaction_id, address=address)
            return caught.value.errors

        fixed = DEMO_FIXED_INVESTMENT  # an investment's id, not a deposit's
        assert refused(fixed) == {"transactionId": ["The selected transaction id is invalid."]}
        assert refused(credited) == {"transactionId": ["Only canceled deposits can be refunded."]}
        with pytest.raises(errors.InnerValidationError):
            wb.refund_deposit(transaction_id=canceled, address="bc1q" + "q" * 38)
        assert refused(canceled, ours) == {"address": ["The address belongs to WhiteBIT."]}
        assert wb.refund_deposit(transaction_id=canceled, address=OUTSIDE).id == canceled
        assert refused(canceled) == {"transactionId": ["The deposit has already been refunded."]}
    with bob(sandbox) as other, pytest.raises(errors.ValidationError):
        other.refund_deposit(transaction_id=canceled, address=OUTSIDE)  # not bob's deposit


def test_fiat_deposit_links_are_per_unique_id(sandbox: Sandbox) -> None:
    with sandbox.client(**AS_IS) as wb:
        first = wb.get_fiat_deposit_url(
            ticker="UAH", provider="VISAMASTER", amount="100", unique_id="inv-1"
        ).url
        second = wb.get_fiat_deposit_url(
            ticker="UAH", provider="VISAMASTER", amount="250.5", unique_id="inv-2"
        ).url
        assert first != second and "amount=250.5" in second
        with pytest.raises(errors.ValidationError) as caught:
            wb.get_fiat_deposit_url(
                ticker="UAH", provider="VISAMASTER", amount="100", unique_id="inv-1"
            )
        assert caught.value.errors == {"uniqueId": ["The unique id has already been taken."]}
        with pytest.raises(errors.InnerValidationError):
            wb.get_fiat_deposit_url(ticker="BTC", provider="X", amount="1", unique_id="c")


def test_express_tokens_last_90_seconds_and_repeat_for_the_same_order() -> None:
    clock = SandboxClock(1_800_000_000)
    with Sandbox(clock=clock) as sb, sb.client(**AS_IS) as wb:
        first = wb.create_express_withdraw_token(ticker="USDT", amount="25.5", external_id="o1")
        assert first.expire_at == "2027-01-15 08:01:30"  # 1_800_000_090 in UTC
        assert (
            wb.create_express_withdraw_token(ticker="USDT", amount="25.5", external_id="o1").url
            == first.url
        )
        with pytest.raises(errors.ValidationError):
            wb.create_express_withdraw_token(ticker="USDT", amount="30", external_id="o1")
        sb.advance(91)
        later = wb.create_express_withdraw_token(ticker="USDT", amount="30", external_id="o1")
        assert later.url != first.url
        with pytest.raises(errors.InnerValidationError) as caught:
            wb.create_express_withdraw_token(ticker="USDT", amount="10001", external_id="o2")
        assert caught.value.code == 191
