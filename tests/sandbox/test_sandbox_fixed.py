"""Fixed lending in the sandbox, through the facade over loopback: plans show what they can
still take, investing moves money from the main balance into an investment listed by
getFixedInvestmentsHistory, closing early pays it back, and the rules answer as WhiteBIT
documents them."""

from __future__ import annotations

from decimal import Decimal
from typing import Any

import pytest
from whitebit_main import RetryPolicy, errors
from whitebit_sandbox import DEMO_FIXED_INVESTMENT, USDT_FIXED_PLAN, Sandbox
from whitebit_sandbox._core._defaults import default_state

AS_IS: dict[str, Any] = {"retry": RetryPolicy.none(), "rate_limit": False}
TOO_BIG = (
    "The amount you are trying to invest is bigger than the amount left in this SMART plan. "
    "Please try investing a smaller amount."
)


def test_invest_list_and_close(sandbox: Sandbox) -> None:
    start = sandbox.ledger.totals()
    with sandbox.client(**AS_IS) as wb:
        (plan,) = [p for p in wb.get_fixed_plans(ticker="USDT") if p.id == USDT_FIXED_PLAN]
        assert (plan.max_possible_investment, plan.status) == (Decimal(3000), 1)
        made = wb.create_fixed_investment(plan_id=USDT_FIXED_PLAN, amount="250").id
        assert wb.get_main_balance(ticker="USDT")["USDT"].main_balance == Decimal(9750)
        (plan,) = [p for p in wb.get_fixed_plans() if p.id == USDT_FIXED_PLAN]
        assert plan.max_possible_investment == Decimal(2750)
        listed = wb.get_fixed_investments_history().records
        assert [(i.id, i.status) for i in listed] == [(made, 1), (DEMO_FIXED_INVESTMENT, 1)]
        assert listed[0].amount == Decimal(250)
        assert listed[0].payment_time == listed[0].created + 14400 * 60
        assert sandbox.ledger.totals() == start  # held by the investment, not gone
        assert wb.close_fixed_investment(id=made).to_dict() == {}
        closed = wb.get_fixed_investments_history(status=2).records
        assert [(i.id, i.amount) for i in closed] == [(made, Decimal(250))]
        assert wb.get_main_balance(ticker="USDT")["USDT"].main_balance == Decimal(10000)
    assert sandbox.ledger.totals() == start


@pytest.mark.parametrize(
    ("amount", "error", "code", "errors_"),
    [
        ("99", errors.InnerValidationError, 2, {"amount": ["Amount is less than min investment"]}),
        ("3000.5", errors.ValidationError, 0, {"amount": [TOO_BIG]}),
        (
            "100.1234567",
            errors.ValidationError,
            0,
            {"amount": ["Invalid decimal amount: USDT allows at most 6 decimal places"]},
        ),
    ],
)
def test_investment_rules(
    sandbox: Sandbox, amount: str, error: type[errors.WhiteBITError], code: int, errors_: Any
) -> None:
    before = sandbox.ledger.dump()
    with sandbox.client(**AS_IS) as wb, pytest.raises(error) as caught:
        wb.create_fixed_investment(plan_id=USDT_FIXED_PLAN, amount=amount)
    assert (caught.value.code, caught.value.errors) == (code, errors_)
    assert sandbox.ledger.dump() == before


async def test_one_investment_per_plan_and_closing_twice_async(sandbox: Sandbox) -> None:
    async with sandbox.async_client(**AS_IS) as wb:
        made = (await wb.create_fixed_investment(plan_id=USDT_FIXED_PLAN, amount="100")).id
        with pytest.raises(errors.InnerValidationError) as caught:
            await wb.create_fixed_investment(plan_id=USDT_FIXED_PLAN, amount="100")
        assert caught.value.code == 1
        await wb.close_fixed_investment(id=made)
        with pytest.raises(errors.InnerValidationError) as caught:
            await wb.close_fixed_investment(id=made)
        assert caught.value.errors == {"error": ["Investment is already closed"]}
        with pytest.raises(errors.ValidationError) as unknown:
            await wb.close_fixed_investment(id="no-such-investment")
        assert unknown.value.errors == {"id": ["Investment not found"]}
        with pytest.raises(errors.ValidationError) as unknown:
            await wb.create_fixed_investment(plan_id="no-such-plan", amount="100")
        assert unknown.value.errors == {"planId": ["The selected planId is invalid."]}


def test_a_short_balance_and_a_paused_plan() -> None:
    state = default_state()
    state["accounts"][0]["balances"]["main"]["USDT"] = "120"
    state["fixed_plans"][1]["status"] = 4
    with Sandbox(state) as sb, sb.client(**AS_IS) as wb:
        assert [p.id for p in wb.get_fixed_plans()] == [USDT_FIXED_PLAN]  # paused: not listed
        with pytest.raises(errors.InnerValidationError) as caught:
            wb.create_fixed_investment(plan_id=USDT_FIXED_PLAN, amount="150")
        assert (caught.value.code, caught.value.errors) == (4, {"amount": ["Available 120 < 150"]})
        with pytest.raises(errors.ValidationError) as paused:
            wb.create_fixed_investment(plan_id=state["fixed_plans"][1]["id"], amount="60")
        assert paused.value.errors == {"planId": ["Plan is paused"]}
