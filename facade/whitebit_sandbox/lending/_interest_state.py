"""Interest paid on Fixed investments: the records getInterestPaymentHistory lists, and
their seed form (the `interest_payments` section of a state file).

Like seeded Flex history, a seeded payment may name an investment the books no longer
hold (one that ended before the state begins); when it names one they do hold, the
account and plan must be that investment's.
"""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass
from decimal import Decimal
from typing import Any

from whitebit_sandbox._core._amounts import money
from whitebit_sandbox._core._seedread import Reader, known, uuid_text
from whitebit_sandbox.lending._fixed_state import FixedInvestment, FixedPlan


@dataclass(frozen=True)
class InterestPayment:
    account: str
    plan_id: str
    investment_id: str
    ticker: str  # the plan's interest currency
    amount: Decimal
    timestamp: int


def load_interest_payments(
    items: list[Any],
    plans: Mapping[str, FixedPlan],
    investments: Mapping[str, FixedInvestment],
    accounts: Mapping[str, object],
) -> list[InterestPayment]:
    out: list[InterestPayment] = []
    for i, item in enumerate(items):
        where = f"interest_payments[{i}]"
        r = Reader(
            where, item, {"account", "plan", "investment", "amount"}, {"ticker", "timestamp"}
        )
        plan_id = known(
            f"{where}.plan", uuid_text(f"{where}.plan", r.text("plan")), plans, "fixed plan"
        )
        payment = InterestPayment(
            account=known(f"{where}.account", r.text("account"), accounts, "account"),
            plan_id=plan_id,
            investment_id=r.text("investment"),
            ticker=r.text("ticker", plans[plan_id].interest_ticker),
            amount=r.amount("amount", positive=True),
            timestamp=r.integer("timestamp", 0),
        )
        held = investments.get(payment.investment_id)
        if held is not None and (held.account, held.plan_id) != (payment.account, plan_id):
            raise ValueError(f"{where}: investment {held.id!r} has another account or plan")
        out.append(payment)
    return out


def interest_payments_to_json(items: list[InterestPayment]) -> list[dict[str, Any]]:
    return [
        {
            "account": p.account,
            "plan": p.plan_id,
            "investment": p.investment_id,
            "ticker": p.ticker,
            "amount": money(p.amount),
            "timestamp": p.timestamp,
        }
        for p in items
    ]
