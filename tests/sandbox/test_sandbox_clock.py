"""The sandbox's clock: `Sandbox(clock=SandboxClock(...))` with `advance()` lets a test see
Flex daily earnings and Fixed terms fall due, each booked at the moment it fell due."""

from __future__ import annotations

from decimal import Decimal
from typing import Any

import pytest
from whitebit_main import RetryPolicy
from whitebit_sandbox import USDT_FIXED_PLAN, USDT_FLEX_PLAN, Sandbox, SandboxClock

AS_IS: dict[str, Any] = {"retry": RetryPolicy.none(), "rate_limit": False}
START = 1_800_000_000
DAY = 86400


def test_the_clock_moves_only_forward_and_only_when_told() -> None:
    clock = SandboxClock(START)
    assert clock() == START
    assert clock.advance(60) == START + 60
    with pytest.raises(ValueError, match="only moves forward"):
        clock.advance(-1)
    assert clock() == START + 60


def test_advance_needs_a_sandbox_clock() -> None:
    with pytest.raises(TypeError, match="SandboxClock"):
        Sandbox().advance(60)


def test_flex_pays_one_earning_per_whole_day_to_the_main_balance() -> None:
    with Sandbox(clock=SandboxClock(START)) as sb, sb.client(**AS_IS) as wb:
        wb.create_flex_investment(plan=USDT_FLEX_PLAN, amount="3650")
        before = sb.ledger.balance(sb.account, "USDT")
        sb.advance(3 * DAY + DAY // 2)  # three whole days and a half
        payouts = wb.get_flex_payment_history().data
        # 3650 * 0.15 / 365 = 1.5 USDT a day
        assert [p.amount for p in payouts] == [Decimal("1.5")] * 3
        assert [p.created_at for p in payouts] == [START + 3 * DAY, START + 2 * DAY, START + DAY]
        assert sb.ledger.balance(sb.account, "USDT") == before + Decimal("4.5")
        sb.advance(DAY // 2)  # the fourth day completes
        assert len(wb.get_flex_payment_history().data) == 4


def test_flex_reinvests_earnings_when_asked() -> None:
    with Sandbox(clock=SandboxClock(START)) as sb, sb.client(**AS_IS) as wb:
        wb.create_flex_investment(plan=USDT_FLEX_PLAN, amount="3650", with_reinvest=True)
        before = sb.ledger.balance(sb.account, "USDT")
        sb.advance(2 * DAY)
        (inv,) = wb.get_user_flex_investments(plan=USDT_FLEX_PLAN).data
        # day 1 earns 1.5 on 3650; day 2 earns on 3651.5
        second = (Decimal("3651.5") * Decimal("0.15") / 365).quantize(
            Decimal("0.000001"), "ROUND_DOWN"
        )
        assert inv.invested == Decimal("3651.5") + second
        assert sb.ledger.balance(sb.account, "USDT") == before  # nothing paid out


def test_a_closed_flex_investment_earns_nothing_more() -> None:
    with Sandbox(clock=SandboxClock(START)) as sb, sb.client(**AS_IS) as wb:
        wb.create_flex_investment(plan=USDT_FLEX_PLAN, amount="3650")
        sb.advance(DAY)
        wb.close_flex_investment(plan=USDT_FLEX_PLAN)
        sb.advance(5 * DAY)
        assert len(wb.get_flex_payment_history().data) == 1


def test_a_fixed_term_that_runs_out_pays_its_interest_and_returns_the_amount() -> None:
    with Sandbox(clock=SandboxClock(START)) as sb, sb.client(**AS_IS) as wb:
        plan = next(p for p in wb.get_fixed_plans() if p.id == USDT_FIXED_PLAN)
        wb.create_fixed_investment(plan_id=USDT_FIXED_PLAN, amount="1000")
        after_invest = sb.ledger.balance(sb.account, "USDT")
        sb.advance(plan.duration * 60 - 1)
        assert wb.get_interest_payment_history(plan_id=USDT_FIXED_PLAN).records[0].timestamp < START
        sb.advance(1)
        newest = wb.get_interest_payment_history(plan_id=USDT_FIXED_PLAN).records[0]
        assert newest.timestamp == START + plan.duration * 60
        # 1000 at 10 % a year for 10 days
        interest = (Decimal(1000) * 10 / 100 * 14400 / 525600).quantize(
            Decimal("0.000001"), "ROUND_DOWN"
        )
        assert newest.amount == interest
        assert sb.ledger.balance(sb.account, "USDT") == after_invest + 1000 + interest


def test_a_seeded_term_counts_from_the_sandbox_start() -> None:
    """The demo's Fixed investment opened long ago: its 30-day term runs from the start."""
    with Sandbox(clock=SandboxClock(START)) as sb:
        sb.advance(30 * DAY - 1)
        assert any(i.status == 1 for i in sb.ledger.fixed_investments(sb.account))
        sb.advance(1)
        assert all(i.status == 2 for i in sb.ledger.fixed_investments(sb.account))
