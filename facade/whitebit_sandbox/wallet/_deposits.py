"""Deposits from the account's side: deposit addresses, the fee table, refunds of canceled
deposits, fiat deposit links and Express Withdraw tokens.

Called with the ledger's lock held. Addresses are the sandbox's own: derived from the
account, currency, network and a counter, in the currency's address format, so each
account gets its own address per currency and network, `createNewAddress` a fresh one,
and the sandbox recognises them as its own (no refund or withdrawal to them). A memo is
given only for currencies that use one, one per account.
"""

from __future__ import annotations

import hashlib
from decimal import Decimal

from whitebit_sandbox._core._amounts import money
from whitebit_sandbox._core._replies import Refusal, inner, invalid
from whitebit_sandbox._core._state import State, seen_tickers
from whitebit_sandbox.wallet._currencies import (
    Currency,
    check_address,
    check_decimals,
    known_currency,
    listed,
    network_of,
)
from whitebit_sandbox.wallet._deposits_state import ExpressToken
from whitebit_sandbox.wallet._transactions_state import CANCELED, DEPOSIT

_BASE58 = "123456789ABCDEFGHJKLMNPQRSTUVWXYZabcdefghijkmnopqrstuvwxyz"
_BECH32 = "qpzry9x8gf2tvdw0s3jn54khce6mua7l"
_BASE32 = "ABCDEFGHIJKLMNOPQRSTUVWXYZ234567"
EXPRESS_SECONDS = 90
EXPRESS_LIMIT = Decimal(10000)  # in USDT; the sandbox prices only dollar stablecoins
_DOLLARS = ("USDT", "USDC")


def _digits(seed: str, alphabet: str, count: int) -> str:
    digest = b""
    counter = 0
    while len(digest) < count:
        digest += hashlib.sha256(f"{seed}#{counter}".encode()).digest()
        counter += 1
    return "".join(alphabet[b % len(alphabet)] for b in digest[:count])


def _address(facts: Currency, network: str | None, seed: str) -> str:
    """An address of the network's format, derived from `seed`."""
    kind = network or facts.ticker
    if kind in ("ETH", "ERC20", "USDC"):
        return "0x" + _digits(seed, "0123456789abcdef", 40)
    if kind == "TRC20":
        return "T" + _digits(seed, _BASE58, 33)
    if kind == "BTC":
        return "bc1q" + _digits(seed, _BECH32, 38)
    if kind == "XLM":
        return "G" + _digits(seed, _BASE32, 55)
    if kind == "NEO":
        return "N" + _digits(seed, _BASE58, 33)
    return _digits(seed, "0123456789abcdef", 40)


def memo_of(facts: Currency, account: str) -> str:
    """The account's memo for a memo currency ("" for the others)."""
    if not facts.memo:
        return ""
    number = int(hashlib.sha256(f"{account}/{facts.ticker}".encode()).hexdigest(), 16)
    return str(number % 10**14).zfill(14)


def _depositable(state: State, ticker: str, network: str | None) -> tuple[Currency, str | None]:
    facts = known_currency(ticker, seen_tickers(state))
    chosen = network_of(facts, network, required=True)
    if facts.fiat:
        raise inner("ticker", "Fiat currencies are unavailable for this action")
    return facts, chosen


def deposit_address(
    state: State, account: str, ticker: str, network: str | None, *, fresh: bool
) -> tuple[Currency, str, str]:
    """(currency, address, memo): the account's current deposit address for the currency
    and network, or (`fresh`) a new one that becomes the current one."""
    facts, chosen = _depositable(state, ticker, network)
    key = (account, facts.ticker, chosen)
    known = state.deposit_addresses.setdefault(key, [])
    if fresh or not known:
        known.append(_address(facts, chosen, f"{account}/{facts.ticker}/{chosen}/{len(known)}"))
    return facts, known[-1], memo_of(facts, account)


def own_addresses(state: State) -> set[str]:
    return {a for addresses in state.deposit_addresses.values() for a in addresses}


def fee_table(state: State) -> list[Currency]:
    return listed(seen_tickers(state))


def refund(state: State, account: str, transaction_id: str, address: str) -> str:
    """Accept the refund of one of the account's canceled deposits to `address`."""
    deposit = next(
        (
            tx
            for tx in state.transactions
            if tx.account == account and tx.transaction_id == transaction_id
        ),
        None,
    )
    if deposit is None or deposit.method != DEPOSIT:
        raise invalid("transactionId", "The selected transaction id is invalid.")
    if deposit.status != CANCELED:
        raise invalid("transactionId", "Only canceled deposits can be refunded.")
    if transaction_id in state.refunds:
        raise invalid("transactionId", "The deposit has already been refunded.")
    facts = known_currency(deposit.ticker, seen_tickers(state))
    network = deposit.network if deposit.network in facts.networks else facts.network
    check_address(facts, network, address)
    if address in own_addresses(state) or address == deposit.address:
        raise invalid("address", "The address belongs to WhiteBIT.")
    state.refunds[transaction_id] = address
    return transaction_id


def fiat_deposit_url(
    state: State, account: str, ticker: str, provider: str, amount: Decimal, unique_id: str
) -> str:
    facts = known_currency(ticker, seen_tickers(state))
    if not facts.fiat:
        raise inner("ticker", "Only fiat currencies can be deposited through a provider")
    check_decimals(facts, amount)
    if amount < facts.min_deposit:
        raise inner("amount", f"The amount must be at least {money(facts.min_deposit)}")
    key = (account, unique_id)
    if key in state.fiat_invoices:
        raise invalid("uniqueId", "The unique id has already been taken.")
    token = _digits(f"{account}/{unique_id}", "0123456789abcdef", 24)
    url = (
        f"https://sandbox.whitebit.local/fiat/{provider.lower()}/{token}"
        f"?ticker={facts.ticker}&amount={money(amount)}"
    )
    state.fiat_invoices[key] = url
    return url


def express_token(
    state: State, account: str, ticker: str, amount: Decimal, external_id: str, now: int
) -> ExpressToken:
    """A 90-second Express Withdraw token; a still-pending externalId with the same
    ticker and amount gives back the same token."""
    facts = known_currency(ticker, seen_tickers(state))
    if facts.fiat:
        raise inner("ticker", "Fiat currencies are unavailable for this action")
    check_decimals(facts, amount)
    if amount <= 0:
        raise invalid("amount", "The amount must be greater than 0.")
    if facts.ticker in _DOLLARS and amount > EXPRESS_LIMIT:
        raise Refusal(
            422,
            "Inner validation failed",
            code=191,
            errors={"amount": [f"The amount may not exceed {EXPRESS_LIMIT} USDT"]},
        )
    earlier = state.express_tokens.get((account, external_id))
    if earlier is not None and earlier.expires_at > now:
        if (earlier.ticker, earlier.amount) != (facts.ticker, amount):
            raise invalid("externalId", "The external id has already been taken.")
        return earlier
    token = ExpressToken(
        account,
        external_id,
        facts.ticker,
        amount,
        _digits(f"{account}/{external_id}/{now}", "0123456789abcdef", 24),
        now + EXPRESS_SECONDS,
    )
    state.express_tokens[(account, external_id)] = token
    return token
