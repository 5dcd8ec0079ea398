"""Flex lending: plans, investing, withdrawing, closing, auto-reinvest and the histories,
shaped exactly like the documented answers."""

from __future__ import annotations

import uuid
from collections.abc import Callable, Sequence
from typing import Any

from whitebit_sandbox._core._amounts import money
from whitebit_sandbox._core._fields import Fields
from whitebit_sandbox._core._fields import amount as _amount
from whitebit_sandbox._core._fields import page as _page
from whitebit_sandbox._core._ledger import Ledger
from whitebit_sandbox._core._replies import Reply, invalid
from whitebit_sandbox._core._verify import Caller
from whitebit_sandbox.lending._flex_state import FlexRecord, Investment

Handler = Callable[[Ledger, Caller, Fields], Reply]


PAYMENT = 4


def _plan(fields: Fields) -> str:
    """The plan id in its canonical form (lower-case UUID), as plans are stored."""
    try:
        return str(uuid.UUID(str(fields["plan"])))
    except ValueError:
        raise invalid("plan", "The selected plan is invalid.") from None


def _transaction(tx: str, status: int = 201) -> Reply:
    return Reply(status, {"data": {"transaction_id": tx}})


def get_flex_plans(ledger: Ledger, caller: Caller, fields: Fields) -> Reply:
    ticker = fields.get("ticker")
    plans = [p for p in ledger.flex_plans() if ticker is None or p.ticker == ticker]
    page, _limit, _offset = _page(plans, fields, 100)
    return Reply(
        200,
        [
            {
                "id": p.id,
                "ticker": p.ticker,
                "minInvestment": money(p.min_investment),
                "maxInvestment": money(p.max_investment),
                "maxRate": p.max_rate,
            }
            for p in page
        ],
    )


def create_flex_investment(ledger: Ledger, caller: Caller, fields: Fields) -> Reply:
    tx = ledger.invest(caller.account, _plan(fields), _amount(fields), fields.get("withReinvest"))
    return _transaction(tx)


def withdraw_from_flex_investment(ledger: Ledger, caller: Caller, fields: Fields) -> Reply:
    return _transaction(ledger.withdraw(caller.account, _plan(fields), _amount(fields)))


def close_flex_investment(ledger: Ledger, caller: Caller, fields: Fields) -> Reply:
    return _transaction(ledger.close(caller.account, _plan(fields)))


def update_flex_auto_reinvestment(ledger: Ledger, caller: Caller, fields: Fields) -> Reply:
    ledger.set_auto_reinvest(caller.account, _plan(fields), bool(fields.get("enabled", False)))
    return Reply(200, {"data": []})


def _investment_json(inv: Investment) -> dict[str, Any]:
    return {
        "id": inv.id,
        "planId": inv.plan_id,
        "currency": inv.currency,
        "invested": money(inv.invested),
        "withAutoReinvest": inv.auto_reinvest,
        "status": 1 if inv.active else 0,
        "createdAt": inv.created_at,
        "updatedAt": inv.updated_at,
    }


def get_user_flex_investments(ledger: Ledger, caller: Caller, fields: Fields) -> Reply:
    plan = _plan(fields) if fields.get("plan") is not None else None
    wanted = fields.get("investmentStatus")
    found = [
        inv
        for inv in ledger.investments(caller.account)
        if fields.get("ticker") in (None, inv.currency)
        and plan in (None, inv.plan_id)
        and fields.get("investment") in (None, inv.id)
        and wanted in (None, 1 if inv.active else 0)
    ]
    page, limit, offset = _page(found, fields, 100)
    return Reply(
        200, {"data": [_investment_json(i) for i in page], "limit": limit, "offset": offset}
    )


def _history_json(rec: FlexRecord) -> dict[str, Any]:
    return {
        "createdAt": rec.created_at,
        "planId": rec.plan_id,
        "investmentId": rec.investment_id,
        "currency": rec.currency,
        "amount": money(rec.amount),
        "transaction_id": rec.transaction_id,
        "actionType": rec.action_type,
    }


def _history(
    ledger: Ledger, caller: Caller, fields: Fields, actions: Sequence[int] | None
) -> Reply:
    plan = _plan(fields) if fields.get("plan") is not None else None
    since, until = fields.get("dateFrom"), fields.get("dateTo")
    found = [
        rec
        for rec in ledger.flex_history(caller.account)
        if plan in (None, rec.plan_id)
        and fields.get("investment") in (None, rec.investment_id)
        and fields.get("transaction") in (None, rec.transaction_id)
        and (since is None or rec.created_at >= since)
        and (until is None or rec.created_at <= until)
        and (not actions or rec.action_type in actions)
    ]
    page, limit, offset = _page(found, fields, 50)
    return Reply(200, {"data": [_history_json(r) for r in page], "limit": limit, "offset": offset})


def get_flex_investment_history(ledger: Ledger, caller: Caller, fields: Fields) -> Reply:
    return _history(ledger, caller, fields, fields.get("actionTypes"))


def get_flex_payment_history(ledger: Ledger, caller: Caller, fields: Fields) -> Reply:
    return _history(ledger, caller, fields, [PAYMENT])


FLEX_HANDLERS: dict[str, Handler] = {
    "getFlexPlans": get_flex_plans,
    "createFlexInvestment": create_flex_investment,
    "withdrawFromFlexInvestment": withdraw_from_flex_investment,
    "closeFlexInvestment": close_flex_investment,
    "updateFlexAutoReinvestment": update_flex_auto_reinvestment,
    "getUserFlexInvestments": get_user_flex_investments,
    "getFlexInvestmentHistory": get_flex_investment_history,
    "getFlexPaymentHistory": get_flex_payment_history,
}
