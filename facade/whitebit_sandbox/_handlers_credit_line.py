"""Credit line: the account's active loan from state, or WhiteBIT's 400 without one."""

from __future__ import annotations

from collections.abc import Callable

from . import _credit_line
from ._amounts import money
from ._fields import Fields
from ._ledger import Ledger
from ._replies import Reply
from ._verify import Caller

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
