"""Fixed lending on the books: invest in a plan for its term, close early without penalty.

Called by the ledger with its lock held. The checks run in the order of WhiteBIT's
documented answers: the plan and the request's form (400) before the business rules
(422 with codes 1-4). Closing early returns exactly what was invested and no interest,
as on WhiteBIT; the term's interest is paid when it ends (`_interest`).
"""

from __future__ import annotations

import uuid
from decimal import Decimal

from whitebit_sandbox._core._amounts import ZERO, money
from whitebit_sandbox._core._replies import inner, invalid
from whitebit_sandbox._core._state import State
from whitebit_sandbox.lending._fixed_state import (
    ACTIVE,
    CLOSED,
    PLAN_ACTIVE,
    PLAN_FULL,
    PLAN_INACTIVE,
    PLAN_PAUSED,
    FixedInvestment,
    FixedPlan,
)
from whitebit_sandbox.wallet._currencies import check_decimals, currency

SMALLEST = Decimal("0.000001")
_PLAN_REFUSALS = {
    PLAN_INACTIVE: "Plan is inactive",
    PLAN_PAUSED: "Plan is paused",
    PLAN_FULL: "There are no coins left in the plan",
}
TOO_BIG = (
    "The amount you are trying to invest is bigger than the amount left in this SMART plan. "
    "Please try investing a smaller amount."
)


def room_left(state: State, plan: FixedPlan) -> Decimal:
    """What the plan can still take from all investors together."""
    held = sum(
        (
            i.amount
            for i in state.fixed_investments.values()
            if i.plan_id == plan.id and i.status == ACTIVE
        ),
        ZERO,
    )
    return max(plan.capacity - held, ZERO)


def plan_status(state: State, plan: FixedPlan) -> int:
    if plan.status == PLAN_ACTIVE and room_left(state, plan) <= 0:
        return PLAN_FULL
    return plan.status


def find_plan(state: State, plan_id: str) -> FixedPlan:
    """The plan with this id (any UUID spelling), or WhiteBIT's 400 on `planId`."""
    try:
        plan = state.fixed_plans.get(str(uuid.UUID(plan_id)))
    except ValueError:
        plan = None
    if plan is None:
        raise invalid("planId", "The selected planId is invalid.")
    return plan


def invest(state: State, account: str, plan_id: str, amount: Decimal, now: int) -> str:
    """Move `amount` from the main balance into a new investment; returns its id."""
    plan = find_plan(state, plan_id)
    refusal = _PLAN_REFUSALS.get(plan_status(state, plan))
    if refusal is not None:
        raise invalid("planId", refusal)
    check_decimals(currency(plan.ticker), amount)
    if amount < SMALLEST:
        raise invalid("amount", f"The amount must be at least {SMALLEST}.")
    if amount > room_left(state, plan):
        raise invalid("amount", TOO_BIG)
    mine = [i for i in state.fixed_investments.values() if i.account == account]
    if any(i.plan_id == plan.id and i.status == ACTIVE for i in mine):
        raise inner("amount", "The investment in this investment plan already exists", code=1)
    if amount < plan.min_investment:
        raise inner("amount", "Amount is less than min investment", code=2)
    if amount > plan.max_investment:
        raise inner("amount", "Amount is more than max investment", code=3)
    main = state.accounts[account].balances["main"]
    available = main.get(plan.ticker, ZERO)
    if amount > available:
        raise inner("amount", f"Available {money(available)} < {money(amount)}", code=4)
    main[plan.ticker] = available - amount
    inv = FixedInvestment(str(uuid.uuid4()), account, plan.id, amount, ACTIVE, now, now, ZERO)
    state.fixed_investments[inv.id] = inv
    return inv.id


def close(state: State, account: str, investment_id: str, now: int) -> None:
    """End an active investment early and pay the amount back to the main balance."""
    inv = state.fixed_investments.get(investment_id)
    if inv is None or inv.account != account:
        raise invalid("id", "Investment not found")
    if inv.status != ACTIVE:
        raise inner("error", "Investment is already closed")
    plan = state.fixed_plans[inv.plan_id]
    main = state.accounts[account].balances["main"]
    main[plan.ticker] = main.get(plan.ticker, ZERO) + inv.amount
    inv.status = CLOSED
    inv.updated_at = now
