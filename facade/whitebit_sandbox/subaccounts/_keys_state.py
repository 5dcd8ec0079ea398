"""Sub-account API keys, their IP allowlists, and sub-account withdrawals waiting for the
main account's approval: records kept while the sandbox runs (not in seed files)."""

from __future__ import annotations

from dataclasses import dataclass, field
from decimal import Decimal

UNCONFIRMED, CONFIRMED = "unconfirmed_by_main_account", "confirmed"


@dataclass
class SubApiKey:
    id: str
    account: str  # the main account whose sub-account holds it
    sub_account: str
    title: str
    type: int
    api_key: str
    api_secret: str = field(repr=False)
    enabled: bool
    created_at: int
    ips: list[str] = field(default_factory=list)
    endpoints: dict[str, bool] = field(default_factory=dict)  # path -> enabled


@dataclass
class SubWithdrawal:
    """A withdrawal a sub-account asked for; its amount is held until the main account
    approves it (then it leaves the books, as a sent withdrawal does)."""

    id: str
    account: str
    sub_account: str
    ticker: str
    amount: Decimal
    address: str
    created_at: int
    status: str = UNCONFIRMED
