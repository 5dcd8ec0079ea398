"""The worst day, over real sockets: the server books a money movement and the answer is
lost. The client must not send it again; reads in the same situation recover by retrying."""

from __future__ import annotations

from decimal import Decimal

import httpx
import pytest
from whitebit_main import RetryPolicy, errors
from whitebit_sandbox import USDT_FLEX_PLAN, Sandbox

FAST = RetryPolicy(base_delay=0.01, max_delay=0.05)
SHORT = httpx.Timeout(0.5, connect=2.0)
KINDS = ["drop", "hang", "503"]


@pytest.mark.parametrize("kind", KINDS)
def test_transfer_applied_then_answer_lost(sandbox: Sandbox, kind: str) -> None:
    main_before = sandbox.ledger.balance(sandbox.account, "USDT")
    spot_before = sandbox.ledger.balance(sandbox.account, "USDT", "spot")
    sandbox.inject_fault("transferBetweenBalances", kind)  # type: ignore[arg-type]
    with sandbox.client(retry=FAST, timeout=SHORT) as wb:
        with pytest.raises(errors.OutcomeUnknownError) as caught:
            wb.transfer_between_balances(from_="main", to="spot", ticker="USDT", amount="7")
        # exactly one movement, although the client saw no answer
        assert sandbox.ledger.balance(sandbox.account, "USDT") == main_before - 7
        assert sandbox.ledger.balance(sandbox.account, "USDT", "spot") == spot_before + 7
        assert "may have been applied" in str(caught.value)
        assert "check get_main_balance()" in str(caught.value)
        # and the client is still usable afterwards
        after = wb.get_main_balance(ticker="USDT")
    assert after["USDT"].main_balance == main_before - 7


@pytest.mark.parametrize("kind", KINDS)
def test_flex_withdrawal_applied_then_answer_lost(sandbox: Sandbox, kind: str) -> None:
    with sandbox.client(retry=FAST, timeout=SHORT) as wb:
        wb.create_flex_investment(plan=USDT_FLEX_PLAN, amount="100")
        sandbox.inject_fault("withdrawFromFlexInvestment", kind)  # type: ignore[arg-type]
        with pytest.raises(errors.OutcomeUnknownError):
            wb.withdraw_from_flex_investment(plan=USDT_FLEX_PLAN, amount="30")
    (position,) = sandbox.ledger.investments(sandbox.account)
    assert position.invested == Decimal(70)
    withdrawals = [h for h in sandbox.ledger.flex_history(sandbox.account) if h.amount == 30]
    assert len(withdrawals) == 1


@pytest.mark.parametrize("kind", KINDS)
def test_read_only_call_recovers_by_retrying(sandbox: Sandbox, kind: str) -> None:
    sandbox.inject_fault("getMainBalance", kind)  # type: ignore[arg-type]
    with sandbox.client(retry=FAST, timeout=SHORT) as wb:
        balances = wb.get_main_balance(ticker="USDT")
    assert balances["USDT"].main_balance == Decimal(10000)


@pytest.mark.parametrize("kind", KINDS)
async def test_async_client_never_resends_either(sandbox: Sandbox, kind: str) -> None:
    sandbox.inject_fault("transferBetweenBalances", kind)  # type: ignore[arg-type]
    async with sandbox.async_client(retry=FAST, timeout=SHORT) as wb:
        with pytest.raises(errors.OutcomeUnknownError):
            await wb.transfer_between_balances(from_="main", to="spot", ticker="USDT", amount="3")
        sandbox.inject_fault("getMainBalance", kind)  # type: ignore[arg-type]
        await wb.get_main_balance()
    assert sandbox.ledger.balance(sandbox.account, "USDT", "spot") == Decimal(503)


def test_fault_names_are_checked(sandbox: Sandbox) -> None:
    with pytest.raises(ValueError, match="fault must be one of"):
        sandbox.inject_fault("getMainBalance", "explode")  # type: ignore[arg-type]
    with pytest.raises(ValueError, match="unknown operation"):
        sandbox.inject_fault("noSuchOperation", "drop")
