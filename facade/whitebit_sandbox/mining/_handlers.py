"""The mining pool: request fields in, `mining._rules` under the ledger's lock, JSON out."""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

from whitebit_sandbox._core._amounts import money
from whitebit_sandbox._core._fields import Fields, page
from whitebit_sandbox._core._ledger import Ledger
from whitebit_sandbox._core._replies import Reply
from whitebit_sandbox._core._verify import Caller
from whitebit_sandbox.mining import _rules as _mining
from whitebit_sandbox.mining._state import MiningAccount, WatcherLink

Handler = Callable[[Ledger, Caller, Fields], Reply]
LINK_BASE = "https://whitebit.com/mining-pool/watcher-link/"


def create_mining_account(ledger: Ledger, caller: Caller, fields: Fields) -> Reply:
    now = ledger.now()
    with ledger.books() as state:
        made = _mining.create(
            state, caller.account, fields["name"], fields.get("referralCode"), now
        )
    return Reply(200, {"data": {"name": made.name, "createdAt": made.created_at}})


def get_mining_accounts(ledger: Ledger, caller: Caller, fields: Fields) -> Reply:
    with ledger.books() as state:
        found = _mining.accounts_of(state, caller.account, fields.get("name"))
        data = [{"name": m.name, "createdAt": m.created_at} for m in found]
    shown, limit, offset = page(data, fields, 30)
    return Reply(200, {"data": shown, "limit": limit, "offset": offset})


def _destination(mining: MiningAccount) -> Reply:
    return Reply(
        200,
        {"payoutDestination": mining.destination, "externalAddress": mining.external_address},
    )


def get_mining_payout_destination(ledger: Ledger, caller: Caller, fields: Fields) -> Reply:
    with ledger.books() as state:
        return _destination(_mining.destination_of(state, caller.account, fields["accountName"]))


def set_mining_payout_destination(ledger: Ledger, caller: Caller, fields: Fields) -> Reply:
    with ledger.books() as state:
        mining = _mining.set_destination(
            state, caller.account, fields["accountName"], fields["destination"],
            fields.get("address"),
        )  # fmt: skip
        return _destination(mining)


def get_mining_rewards(ledger: Ledger, caller: Caller, fields: Fields) -> Reply:
    with ledger.books() as state:
        found = _mining.rewards(
            state, caller.account, fields.get("account"), fields.get("from"), fields.get("to")
        )
    shown, limit, offset = page(found, fields, 30)
    data = [
        {
            "miningAccountName": r.mining_account,
            "payoutDestination": r.destination,
            "payoutTransactionHash": r.transaction_hash,
            "payoutAddress": r.address,
            "payoutTime": r.paid_at,
            "rewardCurrency": "BTC",
            "totalReward": money(r.total),
            "reward": money(r.reward),
            "fee": money(r.fee),
            "fppsRate": money(_mining.FPPS_RATE),
            "hashRate": money(r.hashrate),
            "date": r.date,
            "status": "paid",
        }
        for r in shown
    ]
    return Reply(200, {"offset": offset, "limit": limit, "data": data})


def get_mining_hashrate(ledger: Ledger, caller: Caller, fields: Fields) -> Reply:
    now = ledger.now()
    with ledger.books() as state:
        mining = _mining.find(state, caller.account, fields["account"], "account")
        points = _mining.series(
            list(mining.workers.values()), fields.get("from"), fields.get("to"),
            fields.get("interval"), now,
        )  # fmt: skip
    return Reply(
        200,
        {
            "data": {
                "account": mining.name,
                "hashrate": [
                    {"timestamp": at, "hashrate": money(rate), "rejectRate": 0}
                    for at, rate in points
                ],
            }
        },
    )


def get_mining_worker_hashrate(ledger: Ledger, caller: Caller, fields: Fields) -> Reply:
    now = ledger.now()
    with ledger.books() as state:
        mining = _mining.find(state, caller.account, fields["account"])
        worker = mining.workers.get(fields["worker"])
        workers = [] if worker is None else [worker]
        points = _mining.series(
            workers, fields.get("from"), fields.get("to"), fields.get("interval"), now
        )
    return Reply(
        200,
        {"data": {"hashrates": [{"time": at, "hashrate": money(rate)} for at, rate in points]}},
    )


def get_mining_miner_info(ledger: Ledger, caller: Caller, fields: Fields) -> Reply:
    with ledger.books() as state:
        mining = _mining.find(state, caller.account, fields["account"])
        online = len(mining.workers)
    # The sandbox's workers all connect to the first stratum endpoint and never drop.
    stratum = [
        {"url": url, "workersCount": online if i == 0 else 0}
        for i, url in enumerate(_mining.STRATUM)
    ]
    return Reply(
        200,
        {
            "data": {
                "fee": money(_mining.POOL_FEE_PERCENT),
                "workers": {"online": online, "offline": 0, "low": 0},
                "stratum": stratum,
            }
        },
    )


def get_mining_worker_names(ledger: Ledger, caller: Caller, fields: Fields) -> Reply:
    with ledger.books() as state:
        names = list(_mining.find(state, caller.account, fields["account"]).workers)
    shown, limit, offset = page(names, fields, 50)
    return Reply(200, {"data": {"workers": shown}, "limit": limit, "offset": offset})


def _link_json(link: WatcherLink) -> dict[str, Any]:
    return {
        "id": link.id,
        "accounts": list(link.accounts),
        "name": link.name,
        "link": LINK_BASE + link.id,
        "permissions": list(link.permissions),
        "liveUntil": link.live_until,
        "createdAt": link.created_at,
    }


def create_mining_watcher_link(ledger: Ledger, caller: Caller, fields: Fields) -> Reply:
    now = ledger.now()
    with ledger.books() as state:
        link = _mining.create_link(
            state, caller.account, fields["accounts"], fields["name"], fields["permissions"],
            fields["liveUntil"], now,
        )  # fmt: skip
    shown = _link_json(link)
    return Reply(201, {"data": {k: shown[k] for k in ("id", "link", "liveUntil", "createdAt")}})


def list_mining_watcher_links(ledger: Ledger, caller: Caller, fields: Fields) -> Reply:
    now = ledger.now()
    with ledger.books() as state:
        links = _mining.links_of(state, caller.account, fields["account"], now)
    return Reply(200, {"data": [_link_json(link) for link in links]})


MINING_HANDLERS: dict[str, Handler] = {
    "createMiningAccount": create_mining_account,
    "getMiningAccounts": get_mining_accounts,
    "getMiningPayoutDestination": get_mining_payout_destination,
    "setMiningPayoutDestination": set_mining_payout_destination,
    "getMiningRewards": get_mining_rewards,
    "getMiningHashrate": get_mining_hashrate,
    "getMiningWorkerHashrate": get_mining_worker_hashrate,
    "getMiningMinerInfo": get_mining_miner_info,
    "getMiningWorkerNames": get_mining_worker_names,
    "createMiningWatcherLink": create_mining_watcher_link,
    "listMiningWatcherLinks": list_mining_watcher_links,
}
