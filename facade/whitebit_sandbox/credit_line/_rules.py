"""Credit lines: the loan WhiteBIT support opens for an account, kept while the sandbox
runs (`Sandbox.open_credit_line`). Without one, `getCreditLineInfo` answers WhiteBIT's 400
`No active loan at the moment`. The sandbox records the loan's terms; it lends nothing
itself (no balance moves), since the loan's funding happens outside this API."""

from __future__ import annotations

from whitebit_sandbox._core._replies import Refusal
from whitebit_sandbox._core._state import State
from whitebit_sandbox.credit_line._state import CreditLine


def open_line(state: State, account: str, line: CreditLine) -> None:
    if not line.initial_ltv < line.margin_call_ltv < line.liquidation_ltv <= 100:
        raise ValueError("LTV levels must rise: initial < margin call < liquidation <= 100")
    if line.amount <= 0 or line.total_funding < 0:
        raise ValueError("a credit line needs an amount above 0 and a funding of 0 or more")
    state.credit_lines[account] = line


def active_line(state: State, account: str) -> CreditLine:
    line = state.credit_lines.get(account)
    if line is None:
        raise Refusal(400, "No active loan at the moment")
    return line
