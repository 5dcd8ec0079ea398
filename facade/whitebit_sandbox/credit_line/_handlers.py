"""Credit line: the account's active loan from state, or WhiteBIT's 400 without one."""

from __future__ import annotations

from collections.abc import Callable

from whitebit_sandbox._core._amounts import money
from whitebit_sandbox._core._fields import Fields
from whitebit_sandbox._core._ledger import Ledger
from whitebit_sandbox._core._replies import Reply
from whitebit_sandbox._core._verify import Caller
from whitebit_sandbox.credit_line import _rules as _credit_line

Handler = Callable[[Ledger, Caller, Fields], Reply]


def get_credit_line_info(ledger: Ledger, caller: Caller, fields: Fields) -> Reply:
    with ledger.books() as state:
        line = _credit_line.active_line(state, caller.account)
    return Reply(
        200,
        {
            "asset": line.asset,
            "amount": money(line.amount),
            "totalFunding": money(line.total_funding),
            "currentLtv": money(line.current_ltv),
            "initialLtv": money(line.initial_ltv),
            "marginCallLtv": money(line.margin_call_ltv),
            "liquidationLtv": money(line.liquidation_ltv),
            "createdAt": line.created_at,
        },
    )


CREDIT_LINE_HANDLERS: dict[str, Handler] = {"getCreditLineInfo": get_credit_line_info}
