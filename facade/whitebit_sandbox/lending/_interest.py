"""The end of a Fixed investment's term: its interest is paid, its amount comes back.

Called by the ledger with its lock held. WhiteBIT credits a Fixed plan's interest to the
main balance when the term expires and closes the investment then; closing it early pays
no interest. A term ends when the sandbox's clock passes its end (`end_due_terms`, counted
from the investment's opening, or from the sandbox's start for one seeded earlier), or
when `Sandbox.pay_interest` ends it now.

The plan's `percent` is read as a yearly rate: a term of `duration` minutes earns
`amount * percent / 100 * duration / 525600` in the plan's currency, divided by
`interest_ratio` to give the payout in the interest currency, rounded down to that
currency's decimals (the exchange never pays a fraction it cannot book).
"""

from __future__ import annotations

from decimal import Decimal, localcontext

from whitebit_sandbox._core._amounts import PAYOUT, ZERO
from whitebit_sandbox._core._state import State
from whitebit_sandbox.lending import _fixed
from whitebit_sandbox.lending._fixed_state import ACTIVE, FixedInvestment, FixedPlan
from whitebit_sandbox.lending._interest_state import InterestPayment
from whitebit_sandbox.wallet._currencies import currency

MINUTES_PER_YEAR = 365 * 24 * 60
# Interest is the one quotient the books take, so it alone may round (down, explicitly).


def term_interest(plan: FixedPlan, amount: Decimal) -> Decimal:
    """What one term of `plan` pays on `amount`, in the plan's interest currency."""
    places = Decimal(1).scaleb(-currency(plan.interest_ticker).precision)
    with localcontext(PAYOUT):
        earned = amount * plan.percent * plan.duration / (100 * MINUTES_PER_YEAR)
        return (earned / plan.interest_ratio).quantize(places)


def _due(state: State, account: str, investment_id: str | None) -> list[FixedInvestment]:
    if investment_id is None:
        return [
            i
            for i in state.fixed_investments.values()
            if i.account == account and i.status == ACTIVE
        ]
    inv = state.fixed_investments.get(investment_id)
    if inv is None or inv.account != account:
        raise KeyError(f"no Fixed investment {investment_id!r} of {account!r}")
    if inv.status != ACTIVE:
        raise ValueError(f"Fixed investment {investment_id!r} is closed")
    return [inv]


def end_terms(
    state: State, account: str, investment_id: str | None, now: int
) -> dict[str, Decimal]:
    """End the term of one active investment of `account`, or of all of them: pay the
    interest, return the amount, close it. Returns the interest paid, by investment id."""
    paid: dict[str, Decimal] = {}
    for inv in _due(state, account, investment_id):
        plan = state.fixed_plans[inv.plan_id]
        interest = term_interest(plan, inv.amount)
        _fixed.close(state, account, inv.id, now)  # the amount back, the investment closed
        if interest > 0:
            main = state.accounts[account].balances["main"]
            main[plan.interest_ticker] = main.get(plan.interest_ticker, ZERO) + interest
            inv.interest_paid += interest
            state.interest_payments.append(
                InterestPayment(account, plan.id, inv.id, plan.interest_ticker, interest, now)
            )
        paid[inv.id] = interest
    return paid


def term_end(inv: FixedInvestment, plan: FixedPlan, start: int) -> int:
    """When the investment's term ends: its duration after it opened (or after the
    sandbox started, for an investment seeded earlier: the books pay no term they missed)."""
    return max(inv.created_at, start) + plan.duration * 60


def end_due_terms(state: State, start: int, now: int) -> None:
    """End, at the moment each term ended, every active term the clock has passed."""
    for inv in list(state.fixed_investments.values()):
        if inv.status != ACTIVE:
            continue
        ends = term_end(inv, state.fixed_plans[inv.plan_id], start)
        if ends <= now:
            end_terms(state, inv.account, inv.id, ends)
