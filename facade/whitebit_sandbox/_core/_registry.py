"""Every operation's handler, by operation id: each domain folder brings its own table.

A handler takes the ledger, the verified caller and the request fields (already past the
contract's schema check) and returns the WhiteBIT-shaped reply; a new sandbox behaviour
adds its handler to its domain's table, not here.
"""

from __future__ import annotations

from collections.abc import Callable

from whitebit_sandbox._core._fields import Fields
from whitebit_sandbox._core._ledger import Ledger
from whitebit_sandbox._core._replies import Reply
from whitebit_sandbox._core._verify import Caller
from whitebit_sandbox.codes._handlers import CODE_HANDLERS
from whitebit_sandbox.credit_line._handlers import CREDIT_LINE_HANDLERS
from whitebit_sandbox.lending._fixed_handlers import FIXED_HANDLERS
from whitebit_sandbox.lending._flex_handlers import FLEX_HANDLERS
from whitebit_sandbox.mining._handlers import MINING_HANDLERS
from whitebit_sandbox.subaccounts._handlers import SUB_ACCOUNT_HANDLERS
from whitebit_sandbox.subaccounts._keys_handlers import SUB_ACCOUNT_KEY_HANDLERS
from whitebit_sandbox.tokens._handlers import JWT_HANDLERS
from whitebit_sandbox.transfers._handlers import TRANSFER_HANDLERS
from whitebit_sandbox.travel_rule._handlers import TRAVEL_RULE_HANDLERS
from whitebit_sandbox.wallet._balances_handlers import BALANCE_HANDLERS
from whitebit_sandbox.wallet._deposits_handlers import DEPOSIT_HANDLERS
from whitebit_sandbox.wallet._withdrawals_handlers import WITHDRAWAL_HANDLERS

Handler = Callable[[Ledger, Caller, Fields], Reply]

_TABLES: tuple[dict[str, Handler], ...] = (
    BALANCE_HANDLERS,
    TRANSFER_HANDLERS,
    FLEX_HANDLERS,
    CODE_HANDLERS,
    WITHDRAWAL_HANDLERS,
    FIXED_HANDLERS,
    SUB_ACCOUNT_HANDLERS,
    DEPOSIT_HANDLERS,
    SUB_ACCOUNT_KEY_HANDLERS,
    JWT_HANDLERS,
    MINING_HANDLERS,
    CREDIT_LINE_HANDLERS,
    TRAVEL_RULE_HANDLERS,
)


def _assemble(tables: tuple[dict[str, Handler], ...]) -> dict[str, Handler]:
    """One table; an operation claimed by two domains is a wiring mistake, caught at import."""
    merged: dict[str, Handler] = {}
    for table in tables:
        for operation_id, handler in table.items():
            if operation_id in merged:
                raise RuntimeError(f"sandbox operation {operation_id} has two handlers")
            merged[operation_id] = handler
    return merged


HANDLERS: dict[str, Handler] = _assemble(_TABLES)
