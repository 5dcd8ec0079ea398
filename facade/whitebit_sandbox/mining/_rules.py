"""The mining pool on the books, with the ledger's lock held.

An account creates mining accounts (names unique across the pool); workers connect to
one through the sandbox (`Sandbox.connect_miner`, standing in for a rig on stratum) with a
steady hashrate. Each whole day on the sandbox clock pays FPPS: `hashrate * FPPS_RATE` BTC,
less the pool fee (`POOL_FEE_PERCENT`), to the main balance or, when the payout
destination is an external address, out of the books to that address. Hashrate history
is the workers' hashrate at each interval since they connected.
"""

from __future__ import annotations

import hashlib
import re
import uuid
from decimal import Decimal, localcontext

from whitebit_sandbox._core._amounts import DAY, PAYOUT, ZERO
from whitebit_sandbox._core._replies import Refusal, invalid
from whitebit_sandbox._core._state import State
from whitebit_sandbox.mining._state import MiningAccount, MiningReward, WatcherLink, Worker
from whitebit_sandbox.wallet._currencies import currency

FPPS_RATE = Decimal("0.0000125")  # BTC per TH/s per day, the sandbox's own figure
POOL_FEE_PERCENT = Decimal("2.5")
INTERVALS = {"5m": 300, "1h": 3600, "24h": DAY}
LIVE_FOR = {"1h": 3600, "24h": DAY, "7d": 7 * DAY, "always": None}
MAX_LINKS = 10
STRATUM = ("stratum+tcp://pool.whitebit.com:3333", "stratum+tcp://pool.whitebit.com:3334")
_BTC_ADDRESS = currency("BTC").networks[None]
# Rewards are rounded down to what the books can hold, on purpose (the books trap rounding).
_NAME = re.compile(r"[A-Za-z0-9_]{3,255}")


def _failed(field_name: str, message: str) -> Refusal:
    return invalid(field_name, message)


def find(state: State, account: str, name: str, field_name: str = "user") -> MiningAccount:
    mining = state.mining_accounts.get(name)
    if mining is None or mining.account != account:
        raise _failed(field_name, f"Mining pool account '{name}' not found")
    return mining


def create(state: State, account: str, name: str, referral: str | None, now: int) -> MiningAccount:
    if not _NAME.fullmatch(name):
        raise _failed("name", "The name may hold only letters, digits and _ (3 to 255).")
    if name in state.mining_accounts:
        raise _failed("name", "The name has already been taken.")
    made = MiningAccount(name, account, now, referral, paid_until=now)
    state.mining_accounts[name] = made
    return made


def accounts_of(state: State, account: str, name: str | None) -> list[MiningAccount]:
    return [
        m for m in state.mining_accounts.values() if m.account == account and name in (None, m.name)
    ]


def connect(
    state: State, account: str, name: str, worker: str, hashrate: Decimal, now: int
) -> None:
    mining = find(state, account, name)
    if hashrate <= 0:
        raise ValueError("a worker's hashrate must be above 0")
    mining.workers[worker] = Worker(worker, hashrate, now)


def set_destination(
    state: State, account: str, name: str, destination: str, address: str | None
) -> MiningAccount:
    mining = state.mining_accounts.get(name)
    if mining is None or mining.account != account:
        raise _failed("user", "Mining account not found.")
    if destination == "external_address":
        if not address:
            raise _failed("address", "miningPool.validation.payoutDestination.btcAddressRequired")
        if not _BTC_ADDRESS.fullmatch(address):
            raise _failed("address", "miningPool.validation.payoutDestination.invalidBtcAddress")
        mining.external_address = address
    else:
        mining.external_address = None
    mining.destination = destination
    return mining


def destination_of(state: State, account: str, name: str) -> MiningAccount:
    mining = state.mining_accounts.get(name)
    if mining is None or mining.account != account:
        raise _failed("user", "Mining account not found.")
    return mining


def total_hashrate(mining: MiningAccount, at: int) -> Decimal:
    return sum((w.hashrate for w in mining.workers.values() if w.connected_at <= at), ZERO)


def pay_due(state: State, now: int) -> None:
    """Pay each mining account's whole days since it was last paid."""
    places = Decimal(1).scaleb(-currency("BTC").precision)
    for mining in state.mining_accounts.values():
        while mining.paid_until + DAY <= now:
            day = mining.paid_until
            mining.paid_until += DAY
            rate = total_hashrate(mining, day)
            with localcontext(PAYOUT):
                total = (rate * FPPS_RATE).quantize(places)
                fee = (total * POOL_FEE_PERCENT / 100).quantize(places)
            if total <= 0:
                continue
            reward = total - fee
            external = mining.destination == "external_address"
            if not external:
                main = state.accounts[mining.account].balances["main"]
                main["BTC"] = main.get("BTC", ZERO) + reward
            digest = hashlib.sha256(f"{mining.name}/{day}".encode()).hexdigest()
            state.mining_rewards.append(
                MiningReward(
                    mining.name, mining.account, mining.destination,
                    mining.external_address if external else None,
                    total, reward, fee, rate, day, mining.paid_until,
                    digest if external else "",
                )
            )  # fmt: skip


def rewards(
    state: State, account: str, name: str | None, since: int | None, until: int | None
) -> list[MiningReward]:
    if since is not None and until is not None and since > until:
        raise Refusal(422, "Incorrect timestamp", code=422)
    if name is not None:
        find(state, account, name, "account")
    found = [
        r
        for r in state.mining_rewards
        if r.account == account
        and name in (None, r.mining_account)
        and (since is None or r.date >= since)
        and (until is None or r.date <= until)
    ]
    return found[::-1]


def series(
    workers: list[Worker], since: int | None, until: int | None, interval: str | None, now: int
) -> list[tuple[int, Decimal]]:
    """(time, hashrate) at each interval step from `since` (default a day back) to `until`."""
    step = INTERVALS[interval or "1h"]
    end = now if until is None else min(until, now)
    start = end - DAY if since is None else since
    if start > end:
        raise Refusal(422, "Incorrect timestamp", code=422)
    first = start - start % step + (step if start % step else 0)
    points = []
    for at in range(first, end + 1, step):
        rate = sum((w.hashrate for w in workers if w.connected_at <= at), ZERO)
        if rate > 0:
            points.append((at, rate))
    return points[-1000:]


def create_link(
    state: State, account: str, names: list[str], link_name: str, permissions: list[str],
    live_until: str, now: int,
) -> WatcherLink:  # fmt: skip
    for name in names:
        find(state, account, name)
    mine = [
        link for link in state.watcher_links.values()
        if link.account == account and (link.live_until is None or link.live_until > now)
    ]  # fmt: skip
    if len(mine) >= MAX_LINKS:
        raise _failed("user", "Limit exceeded")
    span = LIVE_FOR[live_until]
    link = WatcherLink(
        uuid.uuid4().hex, account, tuple(dict.fromkeys(names)), link_name,
        tuple(dict.fromkeys(permissions)), None if span is None else now + span, now,
    )  # fmt: skip
    state.watcher_links[link.id] = link
    return link


def links_of(state: State, account: str, name: str, now: int) -> list[WatcherLink]:
    find(state, account, name)
    return [
        link for link in state.watcher_links.values()
        if link.account == account and name in link.accounts
        and (link.live_until is None or link.live_until > now)
    ]  # fmt: skip
