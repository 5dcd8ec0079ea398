"""Fixed lending: plans, investing, closing, the list of investments and the interest they
paid, shaped exactly like the documented answers."""

from __future__ import annotations

from collections.abc import Callable
from decimal import Decimal
from typing import Any

from whitebit_sandbox._core._amounts import money
from whitebit_sandbox._core._fields import Fields, page, ticker
from whitebit_sandbox._core._fields import amount as read_amount
from whitebit_sandbox._core._ledger import Ledger
from whitebit_sandbox._core._replies import Reply, invalid
from whitebit_sandbox._core._verify import Caller
from whitebit_sandbox.lending._fixed_state import FixedInvestment, FixedPlan

Handler = Callable[[Ledger, Caller, Fields], Reply]
PlanView = tuple[FixedPlan, int, Decimal]  # plan, status now, room left


def _plan_json(view: PlanView) -> dict[str, Any]:
    plan, status, room = view
    return {
        "id": plan.id,
        "ticker": plan.ticker,
        "status": status,
        "percent": money(plan.percent),
        "duration": plan.duration,
        "interestTicker": plan.interest_ticker,
        "interestRatio": money(plan.interest_ratio),
        "minInvestment": money(plan.min_investment),
        "maxInvestment": money(plan.max_investment),
        "maxPossibleInvestment": money(min(plan.max_investment, room)),
    }


def get_fixed_plans(ledger: Ledger, caller: Caller, fields: Fields) -> Reply:
    wanted = ticker(fields) if fields.get("ticker") is not None else None
    shown = [
        view
        for view in ledger.fixed_plans()
        if view[0].status == 1 and wanted in (None, view[0].ticker)
    ]  # the listing shows plans open to investors only
    return Reply(200, [_plan_json(view) for view in shown])


def create_fixed_investment(ledger: Ledger, caller: Caller, fields: Fields) -> Reply:
    investment = ledger.invest_fixed(caller.account, str(fields["planId"]), read_amount(fields))
    return Reply(201, {"id": investment})


def close_fixed_investment(ledger: Ledger, caller: Caller, fields: Fields) -> Reply:
    ledger.close_fixed(caller.account, str(fields["id"]))
    return Reply(200, {})


def _investment_json(inv: FixedInvestment, plans: dict[str, PlanView]) -> dict[str, Any]:
    view = plans[inv.plan_id]
    return {
        "id": inv.id,
        "plan": _plan_json(view),
        "status": inv.status,
        "created": inv.created_at,
        "updated": inv.updated_at,
        "paymentTime": inv.created_at + view[0].duration * 60,  # duration is in minutes
        "amount": money(inv.amount),
        "interestPaid": money(inv.interest_paid),
    }


def get_fixed_investments_history(ledger: Ledger, caller: Caller, fields: Fields) -> Reply:
    mine = ledger.fixed_investments(caller.account)
    plans = {view[0].id: view for view in ledger.fixed_plans()}
    wanted_id, status = fields.get("id"), fields.get("status")
    if wanted_id is not None and all(inv.id != wanted_id for inv in mine):
        raise invalid("id", "The selected id is invalid.")
    wanted = ticker(fields) if fields.get("ticker") is not None else None
    found = [
        inv
        for inv in mine
        if wanted_id in (None, inv.id)
        and wanted in (None, plans[inv.plan_id][0].ticker)
        and status in (None, inv.status)
    ]
    records, limit, offset = page(found, fields, 100)
    return Reply(
        200,
        {
            "offset": offset,
            "limit": limit,
            "records": [_investment_json(inv, plans) for inv in records],
        },
    )


def get_interest_payment_history(ledger: Ledger, caller: Caller, fields: Fields) -> Reply:
    plan = fields.get("planId")
    plan_id = None if plan is None else ledger.fixed_plan_id(plan)
    wanted = ticker(fields) if fields.get("ticker") is not None else None
    found = [
        p
        for p in ledger.interest_payments(caller.account)
        if plan_id in (None, p.plan_id) and wanted in (None, p.ticker)
    ]
    records, limit, offset = page(found, fields, 100, capped=True)
    return Reply(
        200,
        {
            "offset": offset,
            "limit": limit,
            "records": [
                {
                    "planId": p.plan_id,
                    "investmentId": p.investment_id,
                    "amount": money(p.amount),
                    "ticker": p.ticker,
                    "timestamp": p.timestamp,
                }
                for p in records
            ],
        },
    )


FIXED_HANDLERS: dict[str, Handler] = {
    "getFixedPlans": get_fixed_plans,
    "createFixedInvestment": create_fixed_investment,
    "closeFixedInvestment": close_fixed_investment,
    "getFixedInvestmentsHistory": get_fixed_investments_history,
    "getInterestPaymentHistory": get_interest_payment_history,
}
