"""The stateful operations: request fields in, ledger call, WhiteBIT-shaped JSON out.

Bodies reaching a handler have passed the contract's schema check, so types are known;
what is left here is WhiteBIT's own field rules (amount bounds, ticker names, transfer
directions), turning values into Decimals, and shaping the answer exactly like the
documented success schema, which the facade parses with the generated models.
"""

from __future__ import annotations

import uuid
from collections.abc import Callable, Sequence
from typing import Any

from whitebit_sandbox._core._amounts import ZERO, money
from whitebit_sandbox._core._fields import Fields, transfer_amount
from whitebit_sandbox._core._fields import amount as _amount
from whitebit_sandbox._core._fields import page as _page
from whitebit_sandbox._core._fields import ticker as _ticker
from whitebit_sandbox._core._ledger import Ledger
from whitebit_sandbox._core._replies import Reply, invalid
from whitebit_sandbox._core._state import Code, FlexRecord, Investment
from whitebit_sandbox._core._verify import Caller
from whitebit_sandbox.credit_line._handlers import CREDIT_LINE_HANDLERS
from whitebit_sandbox.lending._fixed_handlers import (
    close_fixed_investment,
    create_fixed_investment,
    get_fixed_investments_history,
    get_fixed_plans,
    get_interest_payment_history,
)
from whitebit_sandbox.mining._handlers import MINING_HANDLERS
from whitebit_sandbox.subaccounts._handlers import SUB_ACCOUNT_HANDLERS
from whitebit_sandbox.subaccounts._keys_handlers import SUB_ACCOUNT_KEY_HANDLERS
from whitebit_sandbox.tokens._handlers import JWT_HANDLERS
from whitebit_sandbox.travel_rule._handlers import TRAVEL_RULE_HANDLERS
from whitebit_sandbox.wallet._deposits_handlers import DEPOSIT_HANDLERS
from whitebit_sandbox.wallet._withdrawals_handlers import (
    create_withdraw,
    create_withdraw_pay,
    get_deposit_withdraw_history,
)

Handler = Callable[[Ledger, Caller, Fields], Reply]

_DIRECTIONS = {
    "deposit": ("main", "spot"),
    "withdraw": ("spot", "main"),
    "collateral-deposit": ("main", "collateral"),
    "collateral-withdraw": ("collateral", "main"),
}
PAYMENT = 4


def _plan(fields: Fields) -> str:
    """The plan id in its canonical form (lower-case UUID), as plans are stored."""
    try:
        return str(uuid.UUID(str(fields["plan"])))
    except ValueError:
        raise invalid("plan", "The selected plan is invalid.") from None


# -- balances and transfers ---------------------------------------------------------------


def get_main_balance(ledger: Ledger, caller: Caller, fields: Fields) -> Reply:
    balances = ledger.main_balances(caller.account)
    ticker = fields.get("ticker")
    if ticker is not None:
        # One ticker: the entry alone, as WhiteBIT documents it (and its SDKs decode it).
        return Reply(200, {"main_balance": money(balances.get(ticker, ZERO))})
    return Reply(200, {t: {"main_balance": money(v)} for t, v in balances.items()})


def transfer_between_balances(ledger: Ledger, caller: Caller, fields: Fields) -> Reply:
    source, target = fields.get("from"), fields.get("to")
    if source is None and target is None:
        method = fields.get("method")
        if method is None:
            raise invalid("method", "The method field is required.")
        source, target = _DIRECTIONS[method]
    elif source is None or target is None:
        missing = "from" if source is None else "to"
        raise invalid(missing, f"The {missing} field is required.")
    if source == target:
        raise invalid("to", "The to and from must be different.")
    ticker = ledger.currency(_ticker(fields)).ticker
    ledger.transfer(caller.account, ticker, transfer_amount(fields), source, target)
    return Reply(201, [])


# -- Flex lending -------------------------------------------------------------------------


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


# -- codes --------------------------------------------------------------------------------


def _code_status(code: Code) -> str:
    return "Activated" if code.applied_by is not None else "Active"


def create_code(ledger: Ledger, caller: Caller, fields: Fields) -> Reply:
    ticker = ledger.currency(_ticker(fields)).ticker
    amount = _amount(fields)
    if amount <= 0:
        raise invalid("amount", "The amount must be greater than 0.")
    code = ledger.create_code(
        caller.account, ticker, amount, fields.get("passphrase"), fields.get("description")
    )
    return Reply(
        201,
        {
            "code": code.code,
            "message": "Code was successfully created",
            "external_id": code.external_id,
        },
    )


def apply_code(ledger: Ledger, caller: Caller, fields: Fields) -> Reply:
    code = ledger.apply_code(caller.account, fields["code"], fields.get("passphrase"))
    return Reply(
        201,
        {
            "message": "Code was successfully applied",
            "ticker": code.ticker,
            "amount": money(code.amount),
            "external_id": code.external_id,
        },
    )


def get_my_codes(ledger: Ledger, caller: Caller, fields: Fields) -> Reply:
    codes = ledger.codes_created_by(caller.account)
    page, limit, offset = _page(codes, fields, 30, capped=True)
    data = [
        {
            "amount": money(c.amount),
            "code": c.code,
            "date": c.created_at,
            "status": _code_status(c),
            "ticker": c.ticker,
            "external_id": c.external_id,
        }
        for c in page
    ]
    return Reply(201, {"total": len(codes), "data": data, "limit": limit, "offset": offset})


def get_codes_history(ledger: Ledger, caller: Caller, fields: Fields) -> Reply:
    events = ledger.code_events(caller.account)
    page, limit, offset = _page(events, fields, 100, capped=True)
    data = [
        {
            "amount": ("+" if amount > 0 else "") + money(amount),
            "code": code.code,
            "date": when,
            "status": _code_status(code),
            "ticker": code.ticker,
            "external_id": code.external_id,
        }
        for amount, when, code in page
    ]
    return Reply(201, {"total": len(events), "data": data, "limit": limit, "offset": offset})


HANDLERS: dict[str, Handler] = {
    "getMainBalance": get_main_balance,
    "transferBetweenBalances": transfer_between_balances,
    "getFlexPlans": get_flex_plans,
    "createFlexInvestment": create_flex_investment,
    "withdrawFromFlexInvestment": withdraw_from_flex_investment,
    "closeFlexInvestment": close_flex_investment,
    "updateFlexAutoReinvestment": update_flex_auto_reinvestment,
    "getUserFlexInvestments": get_user_flex_investments,
    "getFlexInvestmentHistory": get_flex_investment_history,
    "getFlexPaymentHistory": get_flex_payment_history,
    "createCode": create_code,
    "applyCode": apply_code,
    "getMyCodes": get_my_codes,
    "getCodesHistory": get_codes_history,
    "createWithdraw": create_withdraw,
    "createWithdrawPay": create_withdraw_pay,
    "getDepositWithdrawHistory": get_deposit_withdraw_history,
    "getFixedPlans": get_fixed_plans,
    "createFixedInvestment": create_fixed_investment,
    "closeFixedInvestment": close_fixed_investment,
    "getFixedInvestmentsHistory": get_fixed_investments_history,
    "getInterestPaymentHistory": get_interest_payment_history,
    **SUB_ACCOUNT_HANDLERS,
    **DEPOSIT_HANDLERS,
    **SUB_ACCOUNT_KEY_HANDLERS,
    **JWT_HANDLERS,
    **MINING_HANDLERS,
    **CREDIT_LINE_HANDLERS,
    **TRAVEL_RULE_HANDLERS,
}
