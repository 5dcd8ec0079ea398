"""Sub-accounts on the books: create, change, block, delete, and move money to and from them.

Called by the ledger with its lock held. A sub-account is only ever found through the main
account that owns it, so another account's sub-account is as unknown as a made-up id.
Request validation answers 400 (every problem of the request at once, as WhiteBIT's
validator does) before business rules answer 422. Two rules are the sandbox's own, since
the contract leaves them open: a blocked sub-account receives no transfers (money can
still be taken back from it), and a sub-account holding funds cannot be deleted, so no
money disappears with it.
"""

from __future__ import annotations

import uuid
from dataclasses import dataclass
from decimal import Decimal

from whitebit_sandbox._core._amounts import ZERO
from whitebit_sandbox._core._replies import (
    VALIDATION_FAILED,
    Refusal,
    inner,
    invalid,
    not_enough_to_transfer,
)
from whitebit_sandbox._core._state import State
from whitebit_sandbox.subaccounts._state import (
    COLORS,
    MAIN_TO_SUB,
    SubAccount,
    SubTransfer,
    valid_email,
)
from whitebit_sandbox.wallet._balances import BALANCE_KINDS, holds_funds
from whitebit_sandbox.wallet._currencies import check_decimals, currency

UNKNOWN = "The selected id is invalid."


@dataclass(frozen=True)
class Settings:
    """What createSubAccount and editSubAccount set."""

    alias: str
    spot_enabled: bool
    collateral_enabled: bool


def find(state: State, account: str, sub_id: str) -> SubAccount:
    """The account's sub-account with this id (any UUID spelling), or WhiteBIT's 400."""
    try:
        sub = state.sub_accounts.get(str(uuid.UUID(sub_id)))
    except ValueError:
        sub = None
    if sub is None or sub.account != account:
        raise invalid("id", UNKNOWN)
    return sub


def _alias_problems(state: State, account: str, alias: str, keep: str | None) -> list[str]:
    if not alias.strip():
        return ["The alias field is required."]
    taken = any(
        s.alias == alias and s.account == account and s.id != keep
        for s in state.sub_accounts.values()
    )
    return ["Alias already exists."] if taken else []


def _refuse_if_any(problems: dict[str, list[str]]) -> None:
    found = {name: texts for name, texts in problems.items() if texts}
    if found:
        raise Refusal(400, VALIDATION_FAILED, errors=found)


def create(
    state: State, account: str, settings: Settings, email: str | None, share_kyc: bool, now: int
) -> SubAccount:
    """A new, empty sub-account; its KYC is the main account's when `share_kyc`."""
    email_problems: list[str] = []
    if email is None and not share_kyc:
        email_problems.append("The email field is required.")
    elif email is not None and not valid_email(email):
        email_problems.append("Email is invalid.")
    _refuse_if_any(
        {
            "alias": _alias_problems(state, account, settings.alias, None),
            "email": email_problems,
        }
    )
    count = sum(1 for s in state.sub_accounts.values() if s.account == account)
    sub = SubAccount(
        id=str(uuid.uuid4()),
        account=account,
        alias=settings.alias,
        email=email,
        share_kyc=share_kyc,
        spot_enabled=settings.spot_enabled,
        collateral_enabled=settings.collateral_enabled,
        blocked=False,
        user_id=str(uuid.uuid4()),
        color=COLORS[count % len(COLORS)],
        kyc_status="verified" if share_kyc else "unverified",
        created_at=now,
        balances={kind: {} for kind in BALANCE_KINDS},
    )
    state.sub_accounts[sub.id] = sub
    return sub


def edit(state: State, account: str, sub_id: str, settings: Settings) -> None:
    sub = find(state, account, sub_id)
    _refuse_if_any({"alias": _alias_problems(state, account, settings.alias, sub.id)})
    sub.alias = settings.alias
    sub.spot_enabled = settings.spot_enabled
    sub.collateral_enabled = settings.collateral_enabled


def set_blocked(state: State, account: str, sub_id: str, blocked: bool) -> None:
    """Block or unblock; doing it twice changes nothing more."""
    find(state, account, sub_id).blocked = blocked


def delete(state: State, account: str, sub_id: str) -> None:
    """Remove an empty sub-account; its transfers go with it (no call can name it again)."""
    sub = find(state, account, sub_id)
    if holds_funds(sub.balances):
        raise invalid("id", "The sub-account still holds funds; transfer them back first.")
    del state.sub_accounts[sub.id]
    state.sub_transfers[:] = [t for t in state.sub_transfers if t.sub_account != sub.id]


def transfer(
    state: State,
    account: str,
    sub_id: str,
    direction: str,
    ticker: str,
    amount: Decimal,
    now: int,
) -> SubTransfer:
    """Move `amount` between the main balances of the account and its sub-account."""
    sub = find(state, account, sub_id)
    check_decimals(currency(ticker), amount)
    if sub.blocked and direction == MAIN_TO_SUB:
        raise inner("id", "Sub-account is blocked")
    main = state.accounts[account].balances["main"]
    sub_main = sub.balances["main"]
    source, target = (main, sub_main) if direction == MAIN_TO_SUB else (sub_main, main)
    available = source.get(ticker, ZERO)
    if amount > available:
        raise not_enough_to_transfer(available, amount)
    source[ticker] = available - amount
    target[ticker] = target.get(ticker, ZERO) + amount
    record = SubTransfer(str(uuid.uuid4()), account, sub.id, direction, ticker, amount, now)
    state.sub_transfers.append(record)
    return record
