"""Codes on the books: creating one holds its amount out of the creator's main balance,
applying it credits that amount to another account, exactly once.

Called by the ledger with its lock held; the refusals are WhiteBIT's own texts, checked in
the order its documented answers list them.
"""

from __future__ import annotations

import uuid
from decimal import Decimal

from whitebit_sandbox._core._amounts import ZERO, money
from whitebit_sandbox._core._replies import inner, invalid
from whitebit_sandbox._core._state import State, account_of
from whitebit_sandbox.codes._state import Code


def create(
    state: State,
    account: str,
    ticker: str,
    amount: Decimal,
    passphrase: str | None,
    description: str | None,
    now: int,
) -> Code:
    """A new code holding `amount` taken from the account's main balance."""
    main = account_of(state, account).balances["main"]
    available = main.get(ticker, ZERO)
    if amount > available:
        raise inner(
            "amount",
            "You don't have such amount "
            f"(available {money(available)}, in amount: {money(amount)})",
            code=5,
        )
    code = Code(
        code=f"WB{uuid.uuid4()}{ticker}",
        external_id=str(uuid.uuid4()),
        account=account,
        ticker=ticker,
        amount=amount,
        passphrase=passphrase,
        description=description,
        created_at=now,
    )
    main[ticker] = available - amount
    state.codes[code.code] = code
    return code


def apply(state: State, account: str, code_text: str, passphrase: str | None, now: int) -> Code:
    """The code, now applied by `account`, its amount credited to that main balance."""
    code = state.codes.get(code_text)
    if code is None:
        raise invalid("code", "Incorrect code or passphrase")
    if code.applied_by is not None:
        raise invalid("code", "Code already applied")
    if code.account == account:
        raise invalid("code", "This code was created by you")
    if code.passphrase is not None and passphrase != code.passphrase:
        raise invalid("code", "Incorrect code or passphrase")
    main = account_of(state, account).balances["main"]
    main[code.ticker] = main.get(code.ticker, ZERO) + code.amount
    code.applied_by = account
    code.applied_at = now
    return code
