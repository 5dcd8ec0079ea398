"""Codes: creating one from a balance, applying it, and the creator's lists, shaped exactly
like the documented answers."""

from __future__ import annotations

from collections.abc import Callable

from whitebit_sandbox._core._amounts import money
from whitebit_sandbox._core._fields import Fields
from whitebit_sandbox._core._fields import amount as _amount
from whitebit_sandbox._core._fields import page as _page
from whitebit_sandbox._core._fields import ticker as _ticker
from whitebit_sandbox._core._ledger import Ledger
from whitebit_sandbox._core._replies import Reply, invalid
from whitebit_sandbox._core._verify import Caller
from whitebit_sandbox.codes._state import Code

Handler = Callable[[Ledger, Caller, Fields], Reply]


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


CODE_HANDLERS: dict[str, Handler] = {
    "createCode": create_code,
    "applyCode": apply_code,
    "getMyCodes": get_my_codes,
    "getCodesHistory": get_codes_history,
}
