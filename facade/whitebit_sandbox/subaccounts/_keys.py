"""Sub-account API keys, their IP allowlists, KYC links and the withdrawals sub-accounts
ask the main account to approve: WhiteBIT's rules and texts, with the ledger's lock held.

Each key gets a fresh key and secret when created and again when reset; the secret is
shown only then (listings show it empty). A key allows up to 50 IPs, each a real IPv4 or
IPv6 address; a sub-account holds up to 50 keys. Deleting a key removes it: a second
delete, like any call on an unknown key, is WhiteBIT's 404 `API key not found`.
"""

from __future__ import annotations

import ipaddress
import secrets
import uuid
from decimal import Decimal

from whitebit_main_api._contract import OPERATIONS

from whitebit_sandbox._core._amounts import ZERO, money
from whitebit_sandbox._core._replies import Refusal, invalid
from whitebit_sandbox._core._state import State, seen_tickers
from whitebit_sandbox.subaccounts import _rules as _subaccounts
from whitebit_sandbox.subaccounts._keys_state import (
    CONFIRMED,
    UNCONFIRMED,
    SubApiKey,
    SubWithdrawal,
)
from whitebit_sandbox.subaccounts._state import SubAccount
from whitebit_sandbox.wallet._currencies import check_decimals, known_currency

MAX_KEYS = MAX_IPS = 50
KYC_LINK_SECONDS = 3600
# Endpoints a sub-account key may never reach (WhiteBIT's example names the first).
RESTRICTED = frozenset(
    {
        "/api/v4/main-account/address",
        "/api/v4/main-account/create-new-address",
        *(f["path"] for f in OPERATIONS.values() if f["path"].startswith("/api/v4/sub-account")),
    }
)
TITLES = {f["path"]: op for op, f in OPERATIONS.items()}
DEMO_KEY_ID = "a1b2c3d4-e5f6-7890-abcd-ef1234567890"  # the id WhiteBIT's examples use


def _business(message: str) -> Refusal:
    return Refusal(400, message, code=5)


def _not_found() -> Refusal:
    return Refusal(404, "API key not found")


def sub_account(state: State, account: str, sub_id: str, name: str = "id") -> SubAccount:
    try:
        return _subaccounts.find(state, account, sub_id)
    except Refusal:
        raise invalid(name, "validation.exists") from None


def find_key(state: State, account: str, key_id: str) -> SubApiKey:
    key = state.api_keys.get(key_id.lower())
    if key is None or key.account != account:
        raise _not_found()
    return key


def _credentials() -> tuple[str, str]:
    return secrets.token_hex(16), secrets.token_hex(32)


def create_key(
    state: State, account: str, sub_id: str, title: str, kind: int, now: int
) -> SubApiKey:
    sub = sub_account(state, account, sub_id, "subAccountId")
    if not title.strip():
        raise invalid("title", "validation.required")
    held = [k for k in state.api_keys.values() if k.sub_account == sub.id]
    if len(held) >= MAX_KEYS:
        raise _business(f"Limit of API keys is reached. Maximum allowed: {MAX_KEYS}")
    api_key, api_secret = _credentials()
    key = SubApiKey(str(uuid.uuid4()), account, sub.id, title, kind, api_key, api_secret,
                    True, now)  # fmt: skip
    state.api_keys[key.id] = key
    return key


def edit_key(
    state: State, account: str, key_id: str, title: str, urls: list[dict[str, object]]
) -> None:
    key = find_key(state, account, key_id)
    wanted: dict[str, bool] = {}
    for entry in urls:
        url, enable = entry.get("url"), entry.get("enable", True)
        if not isinstance(url, str) or not isinstance(enable, bool):
            raise invalid("urls", "validation.array")
        wanted[url] = enable
    # Any API v4 path may be switched (trade and collateral endpoints are what sub-account
    # keys are mostly for); the account's own money and sub-account management are not.
    restricted = [u for u in wanted if u in RESTRICTED or not u.startswith("/api/v4/")]
    if restricted:
        raise _business(
            "The following URLs are restricted for sub-account API keys: " + ", ".join(restricted)
        )
    key.title = title
    key.endpoints.update(wanted)


def delete_key(state: State, account: str, key_id: str) -> None:
    key = find_key(state, account, key_id)
    del state.api_keys[key.id]


def reset_key(state: State, account: str, key_id: str) -> SubApiKey:
    key = find_key(state, account, key_id)
    key.api_key, key.api_secret = _credentials()
    return key


def keys_of(state: State, account: str, sub_id: str | None) -> list[SubApiKey]:
    """The account's sub-account keys (of one sub-account when given), newest first."""
    if sub_id is not None:
        sub_id = sub_account(state, account, sub_id, "subAccountId").id
    mine = [
        k
        for k in state.api_keys.values()
        if k.account == account and sub_id in (None, k.sub_account)
    ]
    return mine[::-1]


def _ip(text: str) -> str:
    try:
        return str(ipaddress.ip_address(text))
    except ValueError:
        raise invalid("ip", "Invalid IP address.") from None


def add_ip(state: State, account: str, key_id: str, ip: str) -> list[str]:
    key = find_key(state, account, key_id)
    address = _ip(ip)
    if address in key.ips:
        raise _business("This IP address is already in allowlist")
    if len(key.ips) >= MAX_IPS:
        raise _business(f"You have reached the maximum number of allowed IPs: {MAX_IPS}")
    key.ips.append(address)
    return list(key.ips)


def remove_ip(state: State, account: str, key_id: str, ip: str) -> list[str]:
    key = find_key(state, account, key_id)
    address = _ip(ip)
    if address not in key.ips:
        raise _business(f"IP address {address} is not in the allowlist")
    key.ips.remove(address)
    return list(key.ips)


def kyc_link(state: State, account: str, sub_id: str) -> str:
    """A fresh verification link for a sub-account with its own KYC."""
    sub = sub_account(state, account, sub_id)
    if sub.blocked:
        raise Refusal(400, "Sub-account is not activated")
    if sub.share_kyc:
        raise Refusal(422, "Inner validation failed", errors={
            "id": ["The sub-account shares the main account's verification"]})  # fmt: skip
    if sub.kyc_status == "verified":
        raise Refusal(422, "Inner validation failed", errors={
            "id": ["The sub-account is already verified"]})  # fmt: skip
    token = secrets.token_hex(12)
    state.kyc_links[token] = sub.id
    return token


# -- withdrawals waiting for the main account ----------------------------------------------


def request_withdrawal(
    state: State, account: str, sub_id: str, ticker: str, amount: Decimal, address: str,
    now: int,
) -> SubWithdrawal:  # fmt: skip
    """A sub-account asks to withdraw: the amount is held from its main balance."""
    sub = _subaccounts.find(state, account, sub_id)
    facts = known_currency(ticker, seen_tickers(state))
    check_decimals(facts, amount)
    main = sub.balances["main"]
    available = main.get(ticker, ZERO)
    if amount <= 0 or amount > available:
        raise ValueError(f"the sub-account holds {money(available)} {ticker}, not {amount}")
    main[ticker] = available - amount
    record = SubWithdrawal(str(uuid.uuid4()), account, sub.id, ticker, amount, address, now)
    state.sub_withdrawals[record.id] = record
    return record


def unconfirmed(state: State, account: str, sub_id: str | None) -> list[SubWithdrawal]:
    """The account's sub-account withdrawals awaiting approval, newest first."""
    found = [
        w
        for w in state.sub_withdrawals.values()
        if w.account == account and w.status == UNCONFIRMED and sub_id in (None, w.sub_account)
    ]
    return found[::-1]


def confirm(state: State, account: str, withdrawal_id: str) -> SubWithdrawal:
    record = state.sub_withdrawals.get(withdrawal_id.lower())
    if record is None:
        raise invalid("id", "validation.exists")
    if record.account != account:
        raise Refusal(422, "Transaction doesn't exist", code=422)
    if record.status != UNCONFIRMED:
        raise Refusal(422, "Transaction has incorrect status", code=422)
    record.status = CONFIRMED  # approved: the held amount leaves as a sent withdrawal
    return record


def seed_demo(state: State, sub_id: str, account: str, now: int) -> None:
    """The demo sub-account's key, under the id WhiteBIT's examples use."""
    api_key, api_secret = _credentials()
    state.api_keys[DEMO_KEY_ID] = SubApiKey(
        DEMO_KEY_ID, account, sub_id, "Trading Bot Key", 1, api_key, api_secret, True, now,
        endpoints={"/api/v4/main-account/balance": True},
    )  # fmt: skip
