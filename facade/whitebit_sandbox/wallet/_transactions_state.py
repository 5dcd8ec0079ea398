"""Deposits and withdrawals: the records the deposit/withdraw history lists, and their
seed form (the `transactions` section of a state file).

Status codes are WhiteBIT's, as the history operation documents them; each direction has
its own set. A withdrawal's `amount` is everything it took from the main balance, fee
included, so `amount - fee` is always what the recipient gets, whichever endpoint made it.
"""

from __future__ import annotations

import uuid
from collections.abc import Mapping
from dataclasses import dataclass
from decimal import Decimal
from typing import Any

from whitebit_sandbox._core._amounts import money
from whitebit_sandbox._core._seedread import Reader, known

DEPOSIT, WITHDRAWAL = 1, 2
DEPOSIT_STATUSES = {3, 4, 5, 7, 9, 15, 21, 22, 27, 28}
WITHDRAWAL_STATUSES = {1, 2, 3, 4, 5, 6, 7, *range(10, 18), 18, 21}
STATUSES = {DEPOSIT: DEPOSIT_STATUSES, WITHDRAWAL: WITHDRAWAL_STATUSES}
SUCCESSFUL = {3, 7}
CANCELED = 4
PENDING = 1  # the first of the documented pending withdrawal codes (1, 2, 6, 10-17)
FINAL_WITHDRAWAL = {3, 4, 7, 18}  # no longer held by the exchange


@dataclass(frozen=True)
class Transaction:
    """One deposit or withdrawal of an account. Immutable, so reads can hand records out
    without copying; a status change replaces the record."""

    account: str
    method: int  # 1 deposit, 2 withdrawal
    ticker: str
    amount: Decimal
    fee: Decimal
    address: str
    memo: str
    network: str | None
    unique_id: str | None
    status: int
    created_at: int
    transaction_id: str
    transaction_hash: str
    description: str = ""

    @property
    def held(self) -> bool:
        """A withdrawal not yet final: its money is still with the exchange."""
        return self.method == WITHDRAWAL and self.status not in FINAL_WITHDRAWAL


def new_transaction_id() -> str:
    return str(uuid.uuid4())  # the contract says format uuid


def load_transactions(items: list[Any], accounts: Mapping[str, object]) -> list[Transaction]:
    out: list[Transaction] = []
    taken: set[tuple[str, str]] = set()
    for i, item in enumerate(items):
        where = f"transactions[{i}]"
        r = Reader(
            where,
            item,
            {"account", "method", "ticker", "amount"},
            {
                "fee",
                "address",
                "memo",
                "network",
                "unique_id",
                "status",
                "created_at",
                "transaction_id",
                "transaction_hash",
                "description",
            },
        )
        method = r.choice("method", STATUSES, DEPOSIT)
        tx = Transaction(
            account=known(f"{where}.account", r.text("account"), accounts, "account"),
            method=method,
            ticker=r.text("ticker"),
            amount=r.amount("amount", positive=True),
            fee=r.amount("fee", default="0"),
            address=r.string("address"),
            memo=r.string("memo"),
            network=r.optional_text("network"),
            unique_id=r.optional_text("unique_id"),
            status=r.choice("status", STATUSES[method], 3 if method == DEPOSIT else PENDING),
            created_at=r.integer("created_at", 0),
            transaction_id=r.text("transaction_id", new_transaction_id()),
            transaction_hash=r.string("transaction_hash"),
            description=r.string("description"),
        )
        if tx.method == WITHDRAWAL and tx.unique_id is not None:
            if (tx.account, tx.unique_id) in taken:
                raise ValueError(f"{where}.unique_id: {tx.unique_id!r} is used twice")
            taken.add((tx.account, tx.unique_id))
        out.append(tx)
    return out


def transactions_to_json(items: list[Transaction]) -> list[dict[str, Any]]:
    return [
        {
            "account": t.account,
            "method": t.method,
            "ticker": t.ticker,
            "amount": money(t.amount),
            "fee": money(t.fee),
            "address": t.address,
            "memo": t.memo,
            "network": t.network,
            "unique_id": t.unique_id,
            "status": t.status,
            "created_at": t.created_at,
            "transaction_id": t.transaction_id,
            "transaction_hash": t.transaction_hash,
            "description": t.description,
        }
        for t in items
    ]
