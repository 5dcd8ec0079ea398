"""What the sandbox knows about each currency: name, decimals, fees, networks, addresses.

The values are the sandbox's own, chosen to be plausible (ETH's fee is the one the
documented `getFees` example shows); they are not WhiteBIT's live table. `getFees` lists
exactly these facts and withdrawals charge exactly them, so the two always agree.

A ticker not listed here is known to the sandbox once its state holds it (a seeded or
deposited balance, a plan): it gets its ticker as name, 8 decimals, no fee and a generic
address format, so a test can use any currency by seeding it. A ticker the sandbox has
never seen is refused as WhiteBIT refuses an unknown currency.
"""

from __future__ import annotations

import re
from collections.abc import Iterable
from dataclasses import dataclass, field
from decimal import Decimal

from whitebit_sandbox._core._amounts import ZERO
from whitebit_sandbox._core._replies import Refusal, invalid

UNKNOWN_TICKER = "The selected ticker is invalid."

_BASE58 = "1-9A-HJ-NP-Za-km-z"
_EVM = re.compile(r"0x[0-9a-fA-F]{40}")
_TRON = re.compile(f"T[{_BASE58}]{{33}}")
_BITCOIN = re.compile(f"(?:[13][{_BASE58}]{{25,34}}|bc1[02-9ac-hj-np-z]{{11,71}})")
_STELLAR = re.compile(r"G[A-Z2-7]{55}")
_NEO = re.compile(f"N[{_BASE58}]{{33}}")
_GENERIC = re.compile(r"[A-Za-z0-9]{16,128}")  # a seeded currency without its own format


@dataclass(frozen=True)
class Currency:
    ticker: str
    name: str
    precision: int  # decimals an amount may have
    withdraw_fee: Decimal = ZERO  # fixed, per withdrawal
    min_withdraw: Decimal = ZERO
    min_deposit: Decimal = ZERO
    # network -> address format; the first network is the default; one `None` network for
    # a currency on one chain only
    networks: dict[str | None, re.Pattern[str]] = field(default_factory=lambda: {None: _GENERIC})
    memo: bool = False  # deposits need a memo (destination tag) besides the address
    fiat: bool = False  # no crypto address: deposited through a provider

    @property
    def network(self) -> str | None:
        """The default network (None for a single-chain currency)."""
        return next(iter(self.networks))

    @property
    def multi_network(self) -> bool:
        return len(self.networks) > 1


_KNOWN = {
    c.ticker: c
    for c in (
        Currency(
            "BTC", "Bitcoin", 8, Decimal("0.0001"), Decimal("0.0001"), Decimal("0.0001"),
            {None: _BITCOIN},
        ),
        Currency(
            "ETH", "Ethereum", 8, Decimal("0.0004"), Decimal("0.01"), Decimal("0.01"),
            {None: _EVM},
        ),
        Currency(
            "USDT", "Tether US", 6, Decimal("1"), Decimal("2"), Decimal("1"),
            {"ERC20": _EVM, "TRC20": _TRON},
        ),
        Currency(
            "USDC", "USD Coin", 6, Decimal("1"), Decimal("2"), Decimal("1"), {"ERC20": _EVM}
        ),
        Currency(
            "XLM", "Stellar", 7, Decimal("0.01"), Decimal("1"), Decimal("1"),
            {None: _STELLAR}, memo=True,
        ),
        Currency("NEO", "Neo", 0, ZERO, Decimal("1"), Decimal("1"), {None: _NEO}),
        Currency("UAH", "Hryvnia", 2, ZERO, Decimal("10"), Decimal("10"), fiat=True),
    )
}  # fmt: skip

DEFAULT_PRECISION = 8


def currency(ticker: str) -> Currency:
    """The currency's facts; a ticker without its own entry gets neutral ones."""
    return _KNOWN.get(ticker) or Currency(ticker, ticker, DEFAULT_PRECISION)


def listed(seen: Iterable[str]) -> list[Currency]:
    """Every currency the sandbox knows: its own table and the tickers its state holds
    (`seen`), by ticker."""
    return [currency(t) for t in sorted(set(_KNOWN) | set(seen))]


def known_currency(ticker: str, seen: Iterable[str], name: str = "ticker") -> Currency:
    """The currency, or WhiteBIT's refusal of an unknown ticker on field `name`."""
    if ticker not in _KNOWN and ticker not in set(seen):
        raise invalid(name, UNKNOWN_TICKER)
    return currency(ticker)


def network_of(facts: Currency, network: str | None, *, required: bool = False) -> str | None:
    """The network asked for, or the default one, or WhiteBIT's refusal on `network`.
    `required`: a multi-network currency must name its network (deposit addresses)."""
    if network is None:
        if required and facts.multi_network:
            raise invalid("network", "Cannot extract default network")
        return facts.network
    if network in facts.networks or (not facts.multi_network and network == facts.ticker):
        return facts.network if not facts.multi_network else network
    if any(network in c.networks for c in _KNOWN.values()):
        raise invalid("network", "Cannot find currency for specified network")
    raise invalid("network", "Unsupported network")


def check_address(facts: Currency, network: str | None, address: str) -> None:
    """WhiteBIT's 422 code 2 for an address that cannot be one of the currency's network."""
    pattern = facts.networks.get(network, _GENERIC)
    if not pattern.fullmatch(address):
        where = f"{facts.ticker} ({network})" if network else facts.ticker
        raise Refusal(
            422,
            "Inner validation failed",
            code=2,
            errors={"address": [f"The address is invalid for {where}"]},
        )


def decimals(amount: Decimal) -> int:
    """Digits after the point, trailing zeros not counted ("1.50" has 1)."""
    exponent = amount.normalize().as_tuple().exponent
    return -exponent if isinstance(exponent, int) and exponent < 0 else 0


def check_decimals(facts: Currency, amount: Decimal, name: str = "amount") -> None:
    """WhiteBIT's 400 for more decimals than the currency has; the text says the rule."""
    if decimals(amount) > facts.precision:
        raise invalid(
            name,
            f"Invalid decimal amount: {facts.ticker} allows at most {facts.precision} "
            "decimal places",
        )
