"""Flex lending's records and their JSON form: plans, investments and the history of
operations (invest, reinvest, withdrawal, earning, close, open).

Loading is strict like the rest of the seed: a typo fails with the place named.
"""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from dataclasses import dataclass
from decimal import Decimal
from typing import Any

from whitebit_sandbox._core._amounts import ZERO, checked, money
from whitebit_sandbox._core._seedread import Reader, known, uuid_text

PLAN_STATUSES = ("active", "paused", "unavailable")


@dataclass(frozen=True)
class FlexPlan:
    """A Flex lending plan. `status` is active, paused (no new money) or unavailable."""

    id: str
    ticker: str
    min_investment: Decimal
    max_investment: Decimal
    min_withdrawal: Decimal
    max_rate: str
    status: str


@dataclass
class Investment:
    """An account's position in a Flex plan; at most one active per account and plan."""

    id: str
    account: str
    plan_id: str
    currency: str
    invested: Decimal
    auto_reinvest: bool
    active: bool
    created_at: int
    updated_at: int


@dataclass(frozen=True)
class FlexRecord:
    """One Flex operation: 1 invest, 2 reinvest, 3 withdrawal, 4 earning, 5 close, 6 open."""

    created_at: int
    account: str
    plan_id: str
    investment_id: str
    currency: str
    amount: Decimal
    transaction_id: str
    action_type: int


def load_flex_plans(items: list[Any]) -> dict[str, FlexPlan]:
    plans: dict[str, FlexPlan] = {}
    for i, item in enumerate(items):
        where = f"flex_plans[{i}]"
        r = Reader(
            where,
            item,
            {"id", "ticker", "min_investment", "max_investment"},
            {"min_withdrawal", "max_rate", "status"},
        )
        status = r.text("status", "active")
        if status not in PLAN_STATUSES:
            raise ValueError(f"{where}.status: must be one of {', '.join(PLAN_STATUSES)}")
        plan = FlexPlan(
            id=uuid_text(f"{where}.id", r.text("id")),
            ticker=r.text("ticker"),
            min_investment=r.amount("min_investment"),
            max_investment=r.amount("max_investment", positive=True),
            min_withdrawal=r.amount("min_withdrawal") if "min_withdrawal" in r.data else ZERO,
            max_rate=money(checked(r.data.get("max_rate", "0"), f"{where}.max_rate")),
            status=status,
        )
        if plan.min_investment > plan.max_investment:
            raise ValueError(f"{where}: min_investment is above max_investment")
        if plan.id in plans:
            raise ValueError(f"{where}.id: {plan.id} is used twice")
        plans[plan.id] = plan
    return plans


def load_flex_investments(
    items: list[Any], plans: Mapping[str, FlexPlan], accounts: Mapping[str, object]
) -> dict[str, Investment]:
    investments: dict[str, Investment] = {}
    active: set[tuple[str, str]] = set()
    for i, item in enumerate(items):
        where = f"flex_investments[{i}]"
        r = Reader(
            where,
            item,
            {"id", "account", "plan", "invested"},
            {"currency", "auto_reinvest", "status", "created_at", "updated_at"},
        )
        plan_id = known(f"{where}.plan", uuid_text(f"{where}.plan", r.text("plan")), plans, "plan")
        status = r.text("status", "active")
        if status not in ("active", "closed"):
            raise ValueError(f"{where}.status: must be active or closed")
        created = r.integer("created_at", 0)
        investment = Investment(
            id=r.text("id"),
            account=known(f"{where}.account", r.text("account"), accounts, "account"),
            plan_id=plan_id,
            currency=r.text("currency", plans[plan_id].ticker),
            invested=r.amount("invested"),
            auto_reinvest=r.flag("auto_reinvest", False),
            active=status == "active",
            created_at=created,
            updated_at=r.integer("updated_at", created),
        )
        if investment.id in investments:
            raise ValueError(f"{where}.id: {investment.id!r} is used twice")
        if investment.active:
            pair = (investment.account, plan_id)
            if pair in active:
                raise ValueError(f"{where}: a second active investment in the same plan")
            active.add(pair)
        investments[investment.id] = investment
    return investments


def load_flex_history(
    items: list[Any], plans: Mapping[str, FlexPlan], accounts: Mapping[str, object]
) -> list[FlexRecord]:
    history: list[FlexRecord] = []
    for i, item in enumerate(items):
        where = f"flex_history[{i}]"
        r = Reader(
            where,
            item,
            {"account", "plan", "investment", "amount", "transaction_id", "action_type"},
            {"created_at", "currency"},
        )
        plan_id = known(f"{where}.plan", uuid_text(f"{where}.plan", r.text("plan")), plans, "plan")
        action = r.integer("action_type")
        if action not in range(1, 7):
            raise ValueError(f"{where}.action_type: must be 1 to 6")
        history.append(
            FlexRecord(
                created_at=r.integer("created_at", 0),
                account=known(f"{where}.account", r.text("account"), accounts, "account"),
                plan_id=plan_id,
                investment_id=r.text("investment"),
                currency=r.text("currency", plans[plan_id].ticker),
                amount=r.amount("amount"),
                transaction_id=r.text("transaction_id"),
                action_type=action,
            )
        )
    return history


def flex_plans_to_json(plans: Mapping[str, FlexPlan]) -> list[dict[str, Any]]:
    return [
        {
            "id": p.id,
            "ticker": p.ticker,
            "min_investment": money(p.min_investment),
            "max_investment": money(p.max_investment),
            "min_withdrawal": money(p.min_withdrawal),
            "max_rate": p.max_rate,
            "status": p.status,
        }
        for p in plans.values()
    ]


def flex_investments_to_json(investments: Mapping[str, Investment]) -> list[dict[str, Any]]:
    return [
        {
            "id": inv.id,
            "account": inv.account,
            "plan": inv.plan_id,
            "currency": inv.currency,
            "invested": money(inv.invested),
            "auto_reinvest": inv.auto_reinvest,
            "status": "active" if inv.active else "closed",
            "created_at": inv.created_at,
            "updated_at": inv.updated_at,
        }
        for inv in investments.values()
    ]


def flex_history_to_json(history: Sequence[FlexRecord]) -> list[dict[str, Any]]:
    return [
        {
            "created_at": rec.created_at,
            "account": rec.account,
            "plan": rec.plan_id,
            "investment": rec.investment_id,
            "currency": rec.currency,
            "amount": money(rec.amount),
            "transaction_id": rec.transaction_id,
            "action_type": rec.action_type,
        }
        for rec in history
    ]
