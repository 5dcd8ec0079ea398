"""Sub-accounts and the transfers between them and their main account, with their seed
form (the `sub_accounts` and `sub_account_transfers` sections of a state file).

A sub-account belongs to one main account (`account`) and holds its own balances. Seeded
transfers are records only, like the rest of a seed's history: they move no money, so a
seed states the balances it wants directly.
"""

from __future__ import annotations

import re
import uuid
from collections.abc import Mapping
from dataclasses import dataclass
from decimal import Decimal
from typing import Any

from whitebit_sandbox._core._amounts import money
from whitebit_sandbox._core._seedread import Reader, known, uuid_text
from whitebit_sandbox.wallet._balances import Balances, balances_to_json, read_balances

MAIN_TO_SUB, SUB_TO_MAIN = "main_to_sub", "sub_to_main"
DIRECTIONS = (MAIN_TO_SUB, SUB_TO_MAIN)
ACTIVE, BLOCKED = "active", "blocked"
# The sandbox's own colour tags, handed out in turn (WhiteBIT picks one per sub-account).
COLORS = ("#FF5733", "#33A1FF", "#8E44AD", "#27AE60", "#F1C40F")
_EMAIL = re.compile(r"[^@\s]+@[^@\s]+\.[^@\s]+")


def valid_email(email: str) -> bool:
    return _EMAIL.fullmatch(email) is not None


def masked_email(email: str) -> str:
    """The partly hidden form the listing shows: `savings@example.com` -> `s***@example.com`."""
    name, _, domain = email.partition("@")
    return f"{name[:1]}***@{domain}"


@dataclass
class SubAccount:
    id: str
    account: str  # the main account it belongs to
    alias: str
    email: str | None  # may be left out when it shares the main account's KYC
    share_kyc: bool
    spot_enabled: bool
    collateral_enabled: bool
    blocked: bool
    user_id: str
    color: str
    kyc_status: str
    created_at: int
    balances: Balances

    @property
    def status(self) -> str:
        return BLOCKED if self.blocked else ACTIVE


@dataclass(frozen=True)
class SubTransfer:
    """One transfer between a main account and its sub-account. Immutable, so reads hand
    records out without copying."""

    transaction_id: str
    account: str
    sub_account: str
    direction: str
    ticker: str
    amount: Decimal
    created_at: int


def load_sub_accounts(items: list[Any], accounts: Mapping[str, object]) -> dict[str, SubAccount]:
    found: dict[str, SubAccount] = {}
    aliases: set[tuple[str, str]] = set()
    for i, item in enumerate(items):
        where = f"sub_accounts[{i}]"
        r = Reader(
            where,
            item,
            {"id", "account", "alias"},
            {
                "email",
                "share_kyc",
                "spot_enabled",
                "collateral_enabled",
                "status",
                "user_id",
                "color",
                "kyc_status",
                "created_at",
                "balances",
            },
        )
        status = r.text("status", ACTIVE)
        if status not in (ACTIVE, BLOCKED):
            raise ValueError(f"{where}.status: must be {ACTIVE} or {BLOCKED}")
        sub = SubAccount(
            id=uuid_text(f"{where}.id", r.text("id")),
            account=known(f"{where}.account", r.text("account"), accounts, "account"),
            alias=r.text("alias"),
            email=r.optional_text("email"),
            share_kyc=r.flag("share_kyc", False),
            spot_enabled=r.flag("spot_enabled", True),
            collateral_enabled=r.flag("collateral_enabled", False),
            blocked=status == BLOCKED,
            user_id=r.text("user_id", str(uuid.uuid4())),
            color=r.text("color", COLORS[0]),
            kyc_status=r.text("kyc_status", "verified"),
            created_at=r.integer("created_at", 0),
            balances=read_balances(f"{where}.balances", r.data.get("balances")),
        )
        if sub.email is None and not sub.share_kyc:
            raise ValueError(f"{where}.email: required unless share_kyc is true")
        if sub.email is not None and not valid_email(sub.email):
            raise ValueError(f"{where}.email: {sub.email!r} is not an email address")
        if sub.id in found:
            raise ValueError(f"{where}.id: {sub.id} is used twice")
        if (sub.account, sub.alias) in aliases:
            raise ValueError(f"{where}.alias: {sub.alias!r} is used twice by {sub.account!r}")
        aliases.add((sub.account, sub.alias))
        found[sub.id] = sub
    return found


def load_sub_transfers(items: list[Any], subs: Mapping[str, SubAccount]) -> list[SubTransfer]:
    out: list[SubTransfer] = []
    for i, item in enumerate(items):
        where = f"sub_account_transfers[{i}]"
        r = Reader(
            where,
            item,
            {"sub_account", "direction", "ticker", "amount"},
            {"transaction_id", "created_at"},
        )
        sub_id = known(
            f"{where}.sub_account",
            uuid_text(f"{where}.sub_account", r.text("sub_account")),
            subs,
            "sub-account",
        )
        direction = r.text("direction")
        if direction not in DIRECTIONS:
            raise ValueError(f"{where}.direction: must be {' or '.join(DIRECTIONS)}")
        out.append(
            SubTransfer(
                transaction_id=r.text("transaction_id", str(uuid.uuid4())),
                account=subs[sub_id].account,
                sub_account=sub_id,
                direction=direction,
                ticker=r.text("ticker"),
                amount=r.amount("amount", positive=True),
                created_at=r.integer("created_at", 0),
            )
        )
    return out


def sub_accounts_to_json(subs: Mapping[str, SubAccount]) -> list[dict[str, Any]]:
    return [
        {
            "id": s.id,
            "account": s.account,
            "alias": s.alias,
            "email": s.email,
            "share_kyc": s.share_kyc,
            "spot_enabled": s.spot_enabled,
            "collateral_enabled": s.collateral_enabled,
            "status": s.status,
            "user_id": s.user_id,
            "color": s.color,
            "kyc_status": s.kyc_status,
            "created_at": s.created_at,
            "balances": balances_to_json(s.balances),
        }
        for s in subs.values()
    ]


def sub_transfers_to_json(items: list[SubTransfer]) -> list[dict[str, Any]]:
    return [
        {
            "transaction_id": t.transaction_id,
            "sub_account": t.sub_account,
            "direction": t.direction,
            "ticker": t.ticker,
            "amount": money(t.amount),
            "created_at": t.created_at,
        }
        for t in items
    ]
