"""Mining pool records, kept while the sandbox runs (not in seed files): the account's
mining accounts, the workers connected to them, watcher links and the rewards paid."""

from __future__ import annotations

from dataclasses import dataclass, field
from decimal import Decimal


@dataclass
class Worker:
    name: str
    hashrate: Decimal  # TH/s, steady while connected
    connected_at: int


@dataclass
class MiningAccount:
    name: str
    account: str  # the main account that owns it
    created_at: int
    referral_code: str | None = None
    destination: str = "main_balance"  # or external_address
    external_address: str | None = None
    workers: dict[str, Worker] = field(default_factory=dict)
    paid_until: int = 0  # rewards are paid for whole days up to here


@dataclass(frozen=True)
class WatcherLink:
    id: str
    account: str
    accounts: tuple[str, ...]
    name: str
    permissions: tuple[str, ...]
    live_until: int | None  # None: never expires
    created_at: int


@dataclass(frozen=True)
class MiningReward:
    mining_account: str
    account: str
    destination: str
    address: str | None
    total: Decimal
    reward: Decimal
    fee: Decimal
    hashrate: Decimal
    date: int  # start of the day the reward is for
    paid_at: int
    transaction_hash: str
