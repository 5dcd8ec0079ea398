"""Fixed lending: plans with a term and a capacity, and the investments in them, with
their seed form (`fixed_plans` and `fixed_investments` sections of a state file).

Plan status codes are WhiteBIT's: 1 active, 2 no capacity left, 3 inactive, 4 paused.
`capacity` is what the plan accepts from all investors together; what is left of it is
the `maxPossibleInvestment` the plans listing shows.
"""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass
from decimal import Decimal
from typing import Any

from whitebit_sandbox._core._amounts import money
from whitebit_sandbox._core._seedread import Reader, known, uuid_text

PLAN_ACTIVE, PLAN_FULL, PLAN_INACTIVE, PLAN_PAUSED = 1, 2, 3, 4
ACTIVE, CLOSED = 1, 2


@dataclass(frozen=True)
class FixedPlan:
    id: str
    ticker: str
    percent: Decimal
    duration: int  # minutes
    interest_ticker: str
    interest_ratio: Decimal
    min_investment: Decimal
    max_investment: Decimal
    capacity: Decimal
    status: int


@dataclass
class FixedInvestment:
    id: str
    account: str
    plan_id: str
    amount: Decimal
    status: int  # 1 active, 2 closed
    created_at: int
    updated_at: int
    interest_paid: Decimal


def load_fixed_plans(items: list[Any]) -> dict[str, FixedPlan]:
    plans: dict[str, FixedPlan] = {}
    for i, item in enumerate(items):
        where = f"fixed_plans[{i}]"
        r = Reader(
            where,
            item,
            {"id", "ticker", "min_investment", "max_investment"},
            {"percent", "duration", "interest_ticker", "interest_ratio", "capacity", "status"},
        )
        plan = FixedPlan(
            id=uuid_text(f"{where}.id", r.text("id")),
            ticker=r.text("ticker"),
            percent=r.amount("percent", default="0"),
            duration=r.integer("duration", 43200),
            interest_ticker=r.text("interest_ticker", r.text("ticker")),
            interest_ratio=r.amount("interest_ratio", positive=True, default="1"),
            min_investment=r.amount("min_investment"),
            max_investment=r.amount("max_investment", positive=True),
            capacity=r.amount("capacity", default=str(r.data["max_investment"])),
            status=r.choice("status", {1, 2, 3, 4}, PLAN_ACTIVE),
        )
        if plan.min_investment > plan.max_investment:
            raise ValueError(f"{where}: min_investment is above max_investment")
        if plan.id in plans:
            raise ValueError(f"{where}.id: {plan.id} is used twice")
        plans[plan.id] = plan
    return plans


def load_fixed_investments(
    items: list[Any], plans: Mapping[str, FixedPlan], accounts: Mapping[str, object]
) -> dict[str, FixedInvestment]:
    found: dict[str, FixedInvestment] = {}
    for i, item in enumerate(items):
        where = f"fixed_investments[{i}]"
        r = Reader(
            where,
            item,
            {"id", "account", "plan", "amount"},
            {"status", "created_at", "updated_at", "interest_paid"},
        )
        status = r.text("status", "active")
        if status not in ("active", "closed"):
            raise ValueError(f"{where}.status: must be active or closed")
        created = r.integer("created_at", 0)
        inv = FixedInvestment(
            id=r.text("id"),
            account=known(f"{where}.account", r.text("account"), accounts, "account"),
            plan_id=known(
                f"{where}.plan", uuid_text(f"{where}.plan", r.text("plan")), plans, "plan"
            ),
            amount=r.amount("amount", positive=True),
            status=ACTIVE if status == "active" else CLOSED,
            created_at=created,
            updated_at=r.integer("updated_at", created),
            interest_paid=r.amount("interest_paid", default="0"),
        )
        if inv.id in found:
            raise ValueError(f"{where}.id: {inv.id!r} is used twice")
        found[inv.id] = inv
    return found


def fixed_plans_to_json(plans: Mapping[str, FixedPlan]) -> list[dict[str, Any]]:
    return [
        {
            "id": p.id,
            "ticker": p.ticker,
            "percent": money(p.percent),
            "duration": p.duration,
            "interest_ticker": p.interest_ticker,
            "interest_ratio": money(p.interest_ratio),
            "min_investment": money(p.min_investment),
            "max_investment": money(p.max_investment),
            "capacity": money(p.capacity),
            "status": p.status,
        }
        for p in plans.values()
    ]


def fixed_investments_to_json(found: Mapping[str, FixedInvestment]) -> list[dict[str, Any]]:
    return [
        {
            "id": inv.id,
            "account": inv.account,
            "plan": inv.plan_id,
            "amount": money(inv.amount),
            "status": "active" if inv.status == ACTIVE else "closed",
            "created_at": inv.created_at,
            "updated_at": inv.updated_at,
            "interest_paid": money(inv.interest_paid),
        }
        for inv in found.values()
    ]
