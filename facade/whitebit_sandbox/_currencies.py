"""What the sandbox knows about each currency: full name, precision, withdrawal fee.

The values are the sandbox's own, chosen to be plausible (ETH's fee is the one the
documented `getFees` example shows); they are not WhiteBIT's live table. A ticker not
listed here is still accepted, with its ticker as name, 8 decimals and no fee, so a test
can use any currency without configuring one.
"""

from __future__ import annotations

from dataclasses import dataclass
from decimal import Decimal

from ._amounts import ZERO


@dataclass(frozen=True)
class Currency:
    ticker: str
    name: str
    precision: int  # decimals an amount may have
    withdraw_fee: Decimal = ZERO  # fixed, per withdrawal
    min_withdraw: Decimal = ZERO
    network: str | None = None  # the default of a multi-network currency


_KNOWN = {
    c.ticker: c
    for c in (
        Currency("BTC", "Bitcoin", 8, Decimal("0.0001"), Decimal("0.0001")),
        Currency("ETH", "Ethereum", 8, Decimal("0.0004"), Decimal("0.01")),
        Currency("USDT", "Tether US", 6, Decimal("1"), Decimal("2"), network="ERC20"),
        Currency("USDC", "USD Coin", 6, Decimal("1"), Decimal("2"), network="ERC20"),
        Currency("XLM", "Stellar", 7, Decimal("0.01"), Decimal("1")),
        Currency("NEO", "Neo", 0, ZERO, Decimal("1")),
    )
}

DEFAULT_PRECISION = 8


def currency(ticker: str) -> Currency:
    """The currency's facts; an unknown ticker gets neutral ones."""
    return _KNOWN.get(ticker) or Currency(ticker, ticker, DEFAULT_PRECISION)


def decimals(amount: Decimal) -> int:
    """Digits after the point, trailing zeros not counted ("1.50" has 1)."""
    exponent = amount.normalize().as_tuple().exponent
    return -exponent if isinstance(exponent, int) and exponent < 0 else 0
