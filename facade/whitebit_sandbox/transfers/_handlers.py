"""Transfers between balances: the direction (named or from/to), ticker and amount checked,
then booked by the ledger."""

from __future__ import annotations

from collections.abc import Callable

from whitebit_sandbox._core._fields import Fields, transfer_amount
from whitebit_sandbox._core._fields import ticker as _ticker
from whitebit_sandbox._core._ledger import Ledger
from whitebit_sandbox._core._replies import Reply, invalid
from whitebit_sandbox._core._verify import Caller

Handler = Callable[[Ledger, Caller, Fields], Reply]


_DIRECTIONS = {
    "deposit": ("main", "spot"),
    "withdraw": ("spot", "main"),
    "collateral-deposit": ("main", "collateral"),
    "collateral-withdraw": ("collateral", "main"),
}


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


TRANSFER_HANDLERS: dict[str, Handler] = {"transferBetweenBalances": transfer_between_balances}
