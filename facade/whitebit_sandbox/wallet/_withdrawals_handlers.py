"""Withdrawals and the deposit/withdraw history: request fields in, ledger call, JSON out.

The history answers exactly the documented record shape. The unique id filter is read
under the contract's name `unique_id` and under `uniqueId`, which older clients send.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

from whitebit_main._signing._protocol import field_key

from whitebit_sandbox._core._amounts import money
from whitebit_sandbox._core._fields import Fields, page, ticker
from whitebit_sandbox._core._fields import amount as read_amount
from whitebit_sandbox._core._ledger import Ledger
from whitebit_sandbox._core._replies import Reply, invalid
from whitebit_sandbox._core._verify import Caller
from whitebit_sandbox.wallet._currencies import currency
from whitebit_sandbox.wallet._transactions_state import DEPOSIT, STATUSES, SUCCESSFUL, Transaction
from whitebit_sandbox.wallet._withdrawals import WithdrawalRequest

Handler = Callable[[Ledger, Caller, Fields], Reply]
REQUIRED_CONFIRMATIONS = 2
UNIQUE_ID = field_key("unique_id")


def _withdraw(fee_on_top: bool) -> Handler:
    def handle(ledger: Ledger, caller: Caller, fields: Fields) -> Reply:
        request = WithdrawalRequest(
            ticker=ticker(fields),
            amount=read_amount(fields),
            address=fields["address"],
            unique_id=fields["uniqueId"],
            memo=fields.get("memo") or "",
            network=fields.get("network"),
            fee_on_top=fee_on_top,
        )
        ledger.create_withdrawal(caller.account, request)
        return Reply(201, [])  # accepted; its progress is read from the history

    return handle


create_withdraw = _withdraw(fee_on_top=False)
create_withdraw_pay = _withdraw(fee_on_top=True)


def record_json(tx: Transaction) -> dict[str, Any]:
    done = tx.status in SUCCESSFUL
    confirmations = None  # a pending withdrawal has nothing on chain yet
    if tx.method == DEPOSIT:
        seen = REQUIRED_CONFIRMATIONS if done else 0
        confirmations = {"actual": seen, "required": REQUIRED_CONFIRMATIONS}
    return {
        "address": tx.address,
        "unique_id": tx.unique_id,
        "createdAt": tx.created_at,
        "currency": currency(tx.ticker).name,
        "ticker": tx.ticker,
        "method": tx.method,
        "amount": money(tx.amount),
        "description": tx.description,
        "memo": tx.memo,
        "fee": money(tx.fee),
        "status": tx.status,
        "network": tx.network,
        "transactionHash": tx.transaction_hash,
        "transaction_id": tx.transaction_id,
        "details": {
            "partial": {
                "requestAmount": money(tx.amount),
                "processedAmount": money(tx.amount) if done else "0",
                "processedFee": money(tx.fee) if done else "0",
                "normalizeTransaction": "",
            }
        },
        "confirmations": confirmations,
    }


def _unique_ids(fields: Fields) -> set[str]:
    """The unique id filter under any spelling (`unique_id`, `uniqueId`); all must match
    when several are sent, so two different ids match nothing."""
    wanted: set[str] = set()
    for name, value in fields.items():
        if field_key(name) != UNIQUE_ID or value is None:
            continue
        if not isinstance(value, str):
            raise invalid(name, "The unique id must be a string.")
        wanted.add(value)
    return wanted


def _statuses(fields: Fields) -> set[int] | None:
    """The status filter, each code valid for the chosen direction (or for either)."""
    wanted = fields.get("status")
    if not wanted:
        return None
    method = fields.get("transactionMethod")
    valid = STATUSES[method] if method in STATUSES else set().union(*STATUSES.values())
    if any(code not in valid for code in wanted):
        raise invalid("status", "The selected status is invalid.")
    return set(wanted)


def _matching(records: list[Transaction], fields: Fields) -> list[Transaction]:
    """The records every given filter lets through, in the order given."""
    unique_ids = _unique_ids(fields)
    if len(unique_ids) > 1:
        return []  # two different ids: no record carries both
    unique_id = next(iter(unique_ids), None)
    method = fields.get("transactionMethod")
    wanted_ticker = ticker(fields) if fields.get("ticker") is not None else None
    address, memo = fields.get("address"), fields.get("memo")
    addresses = fields.get("addresses")
    statuses = _statuses(fields)
    return [
        tx
        for tx in records
        if method in (None, tx.method)
        and wanted_ticker in (None, tx.ticker)
        and address in (None, tx.address)
        and memo in (None, tx.memo)
        and (not addresses or tx.address in addresses)
        and unique_id in (None, tx.unique_id)
        and (statuses is None or tx.status in statuses)
    ]


def get_deposit_withdraw_history(ledger: Ledger, caller: Caller, fields: Fields) -> Reply:
    found = _matching(ledger.transactions(caller.account), fields)
    records, limit, offset = page(found, fields, 50, capped=True)
    return Reply(
        201,
        {
            "limit": limit,
            "offset": offset,
            "records": [record_json(tx) for tx in records],
            "total": len(found),
        },
    )


WITHDRAWAL_HANDLERS: dict[str, Handler] = {
    "createWithdraw": create_withdraw,
    "createWithdrawPay": create_withdraw_pay,
    "getDepositWithdrawHistory": get_deposit_withdraw_history,
}
