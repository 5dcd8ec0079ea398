"""What a test file written against the pytest plugin (`whitebit_main.pytest_plugin`)
imports to type its fixtures and faults, in one place:

    from whitebit_main.testing import FaultKind, Sandbox

    @pytest.mark.parametrize("fault", FAULT_KINDS)
    def test_lost_answer(whitebit_sandbox: Sandbox, fault: FaultKind) -> None:
        whitebit_sandbox.inject_fault("createWithdraw", fault)

`FaultKind` is the literal type of `Sandbox.inject_fault`'s `kind` ("drop", "hang",
"503"); `FAULT_KINDS` lists them all.
"""

from __future__ import annotations

from .sandbox import (
    BTC_FLEX_PLAN,
    DEMO_API_KEY,
    DEMO_API_SECRET,
    DEMO_FIXED_INVESTMENT,
    DEMO_SUB_ACCOUNT,
    FAULT_KINDS,
    USDT_FIXED_PLAN,
    USDT_FLEX_PLAN,
    FaultKind,
    Ledger,
    Sandbox,
    StateSource,
    default_state,
)

__all__ = [
    "BTC_FLEX_PLAN",
    "DEMO_API_KEY",
    "DEMO_API_SECRET",
    "DEMO_FIXED_INVESTMENT",
    "DEMO_SUB_ACCOUNT",
    "FAULT_KINDS",
    "USDT_FIXED_PLAN",
    "USDT_FLEX_PLAN",
    "FaultKind",
    "Ledger",
    "Sandbox",
    "StateSource",
    "default_state",
]
