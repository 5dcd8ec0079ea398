"""Sub-accounts: request fields in, ledger call, JSON shaped like the documented answers.

The listing and the transfer history page like the other histories (`_fields.page`, with
WhiteBIT's offset + limit cap); neither answer carries a total.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

from whitebit_sandbox._core._amounts import ZERO, money
from whitebit_sandbox._core._fields import Fields, page, ticker, transfer_amount
from whitebit_sandbox._core._ledger import Ledger
from whitebit_sandbox._core._replies import Reply
from whitebit_sandbox._core._verify import Caller
from whitebit_sandbox.subaccounts._rules import Settings
from whitebit_sandbox.subaccounts._state import SubAccount, SubTransfer, masked_email
from whitebit_sandbox.wallet._balances import BALANCE_KINDS

Handler = Callable[[Ledger, Caller, Fields], Reply]


def _settings(fields: Fields) -> Settings:
    permissions = fields["permissions"]
    return Settings(
        alias=fields["alias"],
        spot_enabled=permissions["spotEnabled"],
        collateral_enabled=permissions["collateralEnabled"],
    )


def sub_account_json(sub: SubAccount) -> dict[str, Any]:
    shown: dict[str, Any] = {
        "id": sub.id,
        "alias": sub.alias,
        "userId": sub.user_id,
        "status": sub.status,
        "color": sub.color,
        "kyc": {"shareKyc": sub.share_kyc, "kycStatus": sub.kyc_status},
        "permissions": {
            "spotEnabled": sub.spot_enabled,
            "collateralEnabled": sub.collateral_enabled,
        },
    }
    if sub.email is not None:  # optional in the answer: absent when it shares the KYC
        shown["email"] = masked_email(sub.email)
    return shown


def create_sub_account(ledger: Ledger, caller: Caller, fields: Fields) -> Reply:
    sub = ledger.create_sub_account(
        caller.account, _settings(fields), fields.get("email"), bool(fields.get("shareKyc"))
    )
    return Reply(201, sub_account_json(sub))


def edit_sub_account(ledger: Ledger, caller: Caller, fields: Fields) -> Reply:
    ledger.edit_sub_account(caller.account, fields["id"], _settings(fields))
    return Reply(200, {})


def delete_sub_account(ledger: Ledger, caller: Caller, fields: Fields) -> Reply:
    ledger.delete_sub_account(caller.account, fields["id"])
    return Reply(200, {})


def _blocking(blocked: bool) -> Handler:
    def handle(ledger: Ledger, caller: Caller, fields: Fields) -> Reply:
        ledger.block_sub_account(caller.account, fields["id"], blocked)
        return Reply(200, {})

    return handle


block_sub_account = _blocking(True)
unblock_sub_account = _blocking(False)


def _matches(sub: SubAccount, search: str) -> bool:
    wanted = search.casefold()
    return any(wanted in text.casefold() for text in (sub.alias, sub.email or "", sub.id))


def list_sub_accounts(ledger: Ledger, caller: Caller, fields: Fields) -> Reply:
    search = fields.get("search")
    found = [
        sub for sub in ledger.sub_accounts(caller.account) if not search or _matches(sub, search)
    ]
    shown, limit, offset = page(found, fields, 30, capped=True)
    return Reply(
        200, {"offset": offset, "limit": limit, "data": [sub_account_json(s) for s in shown]}
    )


def get_sub_account_balances(ledger: Ledger, caller: Caller, fields: Fields) -> Reply:
    sub = ledger.sub_account(caller.account, fields["id"])
    if fields.get("ticker") is not None:
        tickers = [ticker(fields)]  # asked for: answered even when never held
    else:
        tickers = sorted({t for kind in BALANCE_KINDS for t in sub.balances[kind]})
    return Reply(
        200,
        {
            t: [{kind: money(sub.balances[kind].get(t, ZERO)) for kind in BALANCE_KINDS}]
            for t in tickers
        },
    )


def sub_account_transfer(ledger: Ledger, caller: Caller, fields: Fields) -> Reply:
    record = ledger.transfer_sub_account(
        caller.account,
        fields["id"],
        fields["direction"],
        ledger.currency(ticker(fields)).ticker,
        transfer_amount(fields),
    )
    return Reply(200, {"transaction_id": record.transaction_id})


def _transfer_json(record: SubTransfer) -> dict[str, Any]:
    return {
        "transaction_id": record.transaction_id,
        "id": record.transaction_id,  # the older name, still sent with the same value
        "direction": record.direction,
        "currency": record.ticker,
        "amount": money(record.amount),
        "createdAt": record.created_at,
    }


def get_sub_account_transfer_history(ledger: Ledger, caller: Caller, fields: Fields) -> Reply:
    direction = fields.get("direction")
    found = [
        record
        for record in ledger.sub_account_transfers(caller.account, fields["id"])
        if direction in (None, record.direction)
    ]
    shown, limit, offset = page(found, fields, 100, capped=True)
    return Reply(
        200, {"offset": offset, "limit": limit, "data": [_transfer_json(r) for r in shown]}
    )


SUB_ACCOUNT_HANDLERS: dict[str, Handler] = {
    "createSubAccount": create_sub_account,
    "editSubAccount": edit_sub_account,
    "deleteSubAccount": delete_sub_account,
    "blockSubAccount": block_sub_account,
    "unblockSubAccount": unblock_sub_account,
    "listSubAccounts": list_sub_accounts,
    "getSubAccountBalances": get_sub_account_balances,
    "subAccountTransfer": sub_account_transfer,
    "getSubAccountTransferHistory": get_sub_account_transfer_history,
}
