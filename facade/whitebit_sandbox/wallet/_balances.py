"""Balances by kind and ticker, as accounts and sub-accounts hold them, and their seed form.

Every holder keeps all three kinds (main, spot, collateral), so code moving money never
has to ask whether a kind exists; a ticker never held simply has no entry.
"""

from __future__ import annotations

from collections.abc import Mapping
from decimal import Decimal

from whitebit_sandbox._core._amounts import money
from whitebit_sandbox._core._seedread import Reader

BALANCE_KINDS = ("main", "spot", "collateral")

Balances = dict[str, dict[str, Decimal]]


def read_balances(where: str, raw: object) -> Balances:
    """`{"main": {"USDT": "10"}, ...}` from a seed; kinds left out are empty."""
    if raw is None:
        raw = {}
    if not isinstance(raw, Mapping):
        raise ValueError(f"{where}: expected an object of balance kinds")
    unknown = sorted(set(raw) - set(BALANCE_KINDS))
    if unknown:
        raise ValueError(f"{where}: unknown balance kind(s) {', '.join(unknown)}")
    out: Balances = {}
    for kind in BALANCE_KINDS:
        tickers = raw.get(kind) or {}
        if not isinstance(tickers, Mapping):
            raise ValueError(f"{where}.{kind}: expected an object of ticker -> amount")
        reader = Reader(f"{where}.{kind}", tickers, set(), set(tickers))
        out[kind] = {str(t): reader.amount(str(t)) for t in tickers}
    return out


def balances_to_json(balances: Balances) -> dict[str, dict[str, str]]:
    return {
        kind: {t: money(v) for t, v in sorted(balances[kind].items())} for kind in BALANCE_KINDS
    }


def holds_funds(balances: Balances) -> bool:
    return any(amount for kind in BALANCE_KINDS for amount in balances[kind].values())
