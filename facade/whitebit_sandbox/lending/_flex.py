"""Flex lending on the books: investing in a plan, withdrawing, closing, auto-reinvest.

Called by the ledger with its lock held. `latest` is the ledger's index of each account's
latest investment per plan (active or closed), kept up to date here when one opens.
The checks run in the order of WhiteBIT's documented answers; daily earnings are paid by
`_flex_earnings` as the clock moves.
"""

from __future__ import annotations

import uuid
from decimal import Decimal

from whitebit_sandbox._core._amounts import ZERO, money
from whitebit_sandbox._core._replies import inner, invalid
from whitebit_sandbox._core._state import State, account_of
from whitebit_sandbox.lending._flex_state import FlexPlan, FlexRecord, Investment

Latest = dict[tuple[str, str], str]  # (account, plan id) -> id of its latest investment there
INVEST, WITHDRAWAL, CLOSE = 1, 3, 5
PLAN_INVALID = "The selected plan is invalid."


def latest_index(state: State) -> Latest:
    """The index `latest` of a freshly loaded state (later investments win)."""
    return {(i.account, i.plan_id): i.id for i in state.investments.values()}


def known_plan(state: State, plan_id: str) -> FlexPlan:
    """The Flex plan, or WhiteBIT's refusal of an id it does not know."""
    plan = state.plans.get(plan_id)
    if plan is None:
        raise invalid("plan", PLAN_INVALID)
    return plan


def _current(state: State, latest: Latest, account: str, plan_id: str) -> Investment | None:
    """The account's latest investment in the plan (active or closed), if any."""
    found = latest.get((account, plan_id))
    return None if found is None else state.investments[found]


def _record(state: State, inv: Investment, amount: Decimal, action: int, now: int) -> str:
    tx = f"tx_{uuid.uuid4()}"
    state.history.append(
        FlexRecord(now, inv.account, inv.plan_id, inv.id, inv.currency, amount, tx, action)
    )
    return tx


def invest(
    state: State,
    latest: Latest,
    account: str,
    plan_id: str,
    amount: Decimal,
    with_reinvest: bool | None,
    now: int,
) -> str:
    """Move `amount` from the main balance into the plan; returns the transaction id."""
    plan = known_plan(state, plan_id)
    if plan.status == "paused":
        raise inner("plan", "Plan is paused")
    if plan.status != "active":
        raise inner("plan", "Plan is unavailable")
    if amount <= 0:
        raise inner("amount", "Amount is too small")
    if amount < plan.min_investment:
        raise inner("amount", "Amount is less than min investment", code=2)
    if amount > plan.max_investment:
        raise inner("amount", "Amount is more than max investment", code=3)
    current = _current(state, latest, account, plan_id)
    held = current.invested if current is not None and current.active else ZERO
    if held + amount > plan.max_investment:
        raise inner("amount", "Investment limit is exceeded")
    main = account_of(state, account).balances["main"]
    available = main.get(plan.ticker, ZERO)
    if amount > available:
        raise inner("amount", f"Available {money(available)} < {money(amount)}", code=4)
    if current is None or not current.active:
        current = Investment(
            id=f"inv_{uuid.uuid4()}",
            account=account,
            plan_id=plan.id,
            currency=plan.ticker,
            invested=ZERO,
            auto_reinvest=bool(with_reinvest),
            active=True,
            created_at=now,
            updated_at=now,
        )
        state.investments[current.id] = current
        latest[account, plan.id] = current.id
    elif with_reinvest is not None:
        current.auto_reinvest = with_reinvest
    main[plan.ticker] = available - amount
    current.invested += amount
    current.updated_at = now
    return _record(state, current, amount, INVEST, now)


def _open_investment(state: State, latest: Latest, account: str, plan_id: str) -> Investment:
    current = _current(state, latest, account, plan_id)
    if current is None:
        raise inner("amount", "Investment does not exist")
    if not current.active:
        raise inner("investment", "Cannot withdraw from closed investment")
    return current


def withdraw(
    state: State, latest: Latest, account: str, plan_id: str, amount: Decimal, now: int
) -> str:
    """Move `amount` from the investment back to the main balance (the seed operation).

    The checks run in the order the documented errors are listed; taking everything out
    leaves nothing invested, which closes the investment.
    """
    plan = known_plan(state, plan_id)
    inv = _open_investment(state, latest, account, plan_id)
    if amount <= 0:
        raise inner("amount", "Withdraw amount is too small")
    if amount > inv.invested:
        raise inner("amount", "Withdraw amount exceeds total invested")
    if amount < plan.min_withdrawal:
        raise inner("amount", "Cannot withdraw amount < min possible")
    left = inv.invested - amount
    if ZERO < left < plan.min_investment:
        raise inner("minAmountLeft", "Amount left < min investment")
    main = account_of(state, account).balances["main"]
    main[inv.currency] = main.get(inv.currency, ZERO) + amount
    inv.invested = left
    inv.active = left > 0
    inv.updated_at = now
    return _record(state, inv, amount, WITHDRAWAL, now)


def close(state: State, latest: Latest, account: str, plan_id: str, now: int) -> str:
    """Pay out everything held in the investment and close it."""
    known_plan(state, plan_id)
    inv = _open_investment(state, latest, account, plan_id)
    amount = inv.invested
    main = account_of(state, account).balances["main"]
    main[inv.currency] = main.get(inv.currency, ZERO) + amount
    inv.invested = ZERO
    inv.active = False
    inv.updated_at = now
    return _record(state, inv, amount, CLOSE, now)


def set_auto_reinvest(
    state: State, latest: Latest, account: str, plan_id: str, enabled: bool, now: int
) -> None:
    known_plan(state, plan_id)
    current = _current(state, latest, account, plan_id)
    if current is None or not current.active:
        raise inner("plan", "No existing investments for this plan")
    current.auto_reinvest = enabled
    current.updated_at = now
