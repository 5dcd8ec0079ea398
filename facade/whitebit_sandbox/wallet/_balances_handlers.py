"""The main balance: one ticker or all of them, shaped like the documented answer."""

from __future__ import annotations

from collections.abc import Callable

from whitebit_sandbox._core._amounts import ZERO, money
from whitebit_sandbox._core._fields import Fields
from whitebit_sandbox._core._ledger import Ledger
from whitebit_sandbox._core._replies import Reply
from whitebit_sandbox._core._verify import Caller

Handler = Callable[[Ledger, Caller, Fields], Reply]


def get_main_balance(ledger: Ledger, caller: Caller, fields: Fields) -> Reply:
    balances = ledger.main_balances(caller.account)
    ticker = fields.get("ticker")
    if ticker is not None:
        # One ticker: the entry alone, as WhiteBIT documents it (and its SDKs decode it).
        return Reply(200, {"main_balance": money(balances.get(ticker, ZERO))})
    return Reply(200, {t: {"main_balance": money(v)} for t, v in balances.items()})


BALANCE_HANDLERS: dict[str, Handler] = {"getMainBalance": get_main_balance}
