"""A local WhiteBIT Main Account API: try every call without an account or real money.

    from whitebit_sandbox import Sandbox

    with Sandbox() as sb:                      # 127.0.0.1, a free port, a background thread
        with sb.client() as wb:                # a WhiteBIT client configured for it
            print(wb.get_main_balance(ticker="USDT"))
        print(sb.ledger.balance(sb.account, "USDT"))

It checks signatures, nonces, paths and rate limits the way WhiteBIT does and answers
with WhiteBIT's statuses and texts. Every operation answers from the ledger's state and
the request: balances, transfers, withdrawals and deposits with their addresses and fees,
Flex and Fixed lending, codes, sub-accounts with their API keys, tokens, the mining
pool, credit lines and the Travel Rule. Deposits arrive with `sb.deposit("BTC", "0.5")`;
a withdrawal stays pending until `sb.settle_withdrawal(...)`; Fixed terms end with
`sb.pay_interest()`, or as time passes on a `SandboxClock` (`sb.advance(seconds)`), which
also pays Flex earnings and mining rewards day by day.
The demo key and secret are the sandbox's own, published on purpose: they open nothing else.
From a shell: `python -m whitebit_sandbox` (or `whitebit-sandbox`).

A test file on the pytest plugin types its fixtures and faults with names from here:
`Sandbox`, `FaultKind` (the type of `inject_fault`'s kind: "drop", "hang", "503") and
`FAULT_KINDS` (all of them, e.g. for `pytest.mark.parametrize`).
"""

# Lazy: the pytest plugin (`whitebit_sandbox.pytest_plugin`) loads with every pytest run of a
# project that has whitebit-main installed, and must not load the sandbox (nor the client)
# until a fixture asks for it. The names below resolve on first use.
from __future__ import annotations

import importlib
from typing import TYPE_CHECKING, Any

if TYPE_CHECKING:
    from whitebit_sandbox._core._clock import SandboxClock
    from whitebit_sandbox._core._defaults import (
        BTC_FLEX_PLAN,
        DEMO_API_KEY,
        DEMO_API_SECRET,
        DEMO_FIXED_INVESTMENT,
        DEMO_SUB_ACCOUNT,
        USDT_FIXED_PLAN,
        USDT_FLEX_PLAN,
        default_state,
    )
    from whitebit_sandbox._core._faults import KINDS as FAULT_KINDS
    from whitebit_sandbox._core._faults import FaultKind
    from whitebit_sandbox._core._ledger import Ledger
    from whitebit_sandbox._sandbox import Sandbox, StateSource, load_state

_HOMES = {
    "BTC_FLEX_PLAN": "._core._defaults",
    "DEMO_API_KEY": "._core._defaults",
    "DEMO_API_SECRET": "._core._defaults",
    "DEMO_FIXED_INVESTMENT": "._core._defaults",
    "DEMO_SUB_ACCOUNT": "._core._defaults",
    "USDT_FIXED_PLAN": "._core._defaults",
    "USDT_FLEX_PLAN": "._core._defaults",
    "default_state": "._core._defaults",
    "FAULT_KINDS": "._core._faults:KINDS",
    "FaultKind": "._core._faults",
    "Ledger": "._core._ledger",
    "SandboxClock": "._core._clock",
    "Sandbox": "._sandbox",
    "StateSource": "._sandbox",
    "load_state": "._sandbox",
}

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
    "SandboxClock",
    "StateSource",
    "default_state",
    "load_state",
]


def __getattr__(name: str) -> Any:
    home = _HOMES.get(name)
    if home is None:
        raise AttributeError(f"module {__name__!r} has no attribute {name!r}")
    module, _, attribute = home.partition(":")  # "module:attribute" where the names differ
    value = getattr(importlib.import_module(module, __name__), attribute or name)
    globals()[name] = value  # resolved once
    return value


def __dir__() -> list[str]:
    return sorted(set(globals()) | set(_HOMES))
