"""Sub-account API keys, IP allowlists, KYC links and withdrawals awaiting approval:
request fields in, `subaccounts._keys` rules under the ledger's lock, JSON out."""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

from whitebit_sandbox._core._amounts import money
from whitebit_sandbox._core._fields import Fields, page
from whitebit_sandbox._core._ledger import Ledger
from whitebit_sandbox._core._replies import Reply
from whitebit_sandbox._core._verify import Caller
from whitebit_sandbox.subaccounts import _keys as keys
from whitebit_sandbox.subaccounts._keys_state import SubApiKey, SubWithdrawal

Handler = Callable[[Ledger, Caller, Fields], Reply]


def key_json(key: SubApiKey, *, secret: bool, type_as_text: bool = False) -> dict[str, Any]:
    enabled = [path for path, on in key.endpoints.items() if on]
    return {
        "subAccountId": key.sub_account,
        "id": key.id,
        "title": key.title,
        "isEnabled": key.enabled,
        "apiKey": key.api_key,
        "apiSecret": key.api_secret if secret else "",  # shown when issued, never again
        "type": str(key.type) if type_as_text else key.type,
        "lastActivity": key.created_at,
        "restrictAccess": bool(key.endpoints),
        "accessEndpoints": [{"name": p, "title": keys.TITLES.get(p, p)} for p in enabled],
    }


def create_sub_account_api_key(ledger: Ledger, caller: Caller, fields: Fields) -> Reply:
    now = ledger.now()
    with ledger.books() as state:
        key = keys.create_key(
            state, caller.account, fields["subAccountId"], fields["title"], fields["type"], now
        )
        return Reply(201, key_json(key, secret=True))


def edit_sub_account_api_key(ledger: Ledger, caller: Caller, fields: Fields) -> Reply:
    with ledger.books() as state:
        keys.edit_key(state, caller.account, fields["apiKeyId"], fields["title"], fields["urls"])
    return Reply(200, {})


def delete_sub_account_api_key(ledger: Ledger, caller: Caller, fields: Fields) -> Reply:
    with ledger.books() as state:
        keys.delete_key(state, caller.account, fields["apiKeyId"])
    return Reply(200, {})


def reset_sub_account_api_key(ledger: Ledger, caller: Caller, fields: Fields) -> Reply:
    with ledger.books() as state:
        keys.reset_key(state, caller.account, fields["apiKeyId"])
    return Reply(200, {})  # as documented: the new key shows in the listing


def list_sub_account_api_keys(ledger: Ledger, caller: Caller, fields: Fields) -> Reply:
    with ledger.books() as state:
        found = keys.keys_of(state, caller.account, fields.get("subAccountId"))
        shown, limit, offset = page(found, fields, 100)
        data = [key_json(k, secret=False, type_as_text=True) for k in shown]
    return Reply(200, {"limit": limit, "offset": offset, "data": data})


def list_sub_account_api_key_ip_addresses(ledger: Ledger, caller: Caller, fields: Fields) -> Reply:
    with ledger.books() as state:
        return Reply(
            200, {"data": list(keys.find_key(state, caller.account, fields["apiKeyId"]).ips)}
        )


def _ip_change(add: bool) -> Handler:
    def handle(ledger: Ledger, caller: Caller, fields: Fields) -> Reply:
        change = keys.add_ip if add else keys.remove_ip
        with ledger.books() as state:
            listed = change(state, caller.account, fields["apiKeyId"], fields["ip"])
        return Reply(201 if add else 200, {"data": listed})

    return handle


def get_sub_account_kyc_url(ledger: Ledger, caller: Caller, fields: Fields) -> Reply:
    with ledger.books() as state:
        token = keys.kyc_link(state, caller.account, fields["id"])
    return Reply(
        200,
        {
            "url": f"https://kyc.sandbox.whitebit.local/verify/{token}",
            "expiresIn": keys.KYC_LINK_SECONDS,
        },
    )


def _withdrawal_json(record: SubWithdrawal) -> dict[str, Any]:
    return {
        "id": record.id,
        "subAccountId": record.sub_account,
        "currency": record.ticker,
        "amount": money(record.amount),
        "createdAt": record.created_at,
    }


def list_unconfirmed_sub_account_withdrawals(
    ledger: Ledger, caller: Caller, fields: Fields
) -> Reply:
    with ledger.books() as state:
        found = keys.unconfirmed(state, caller.account, fields.get("subAccountId"))
    shown, limit, offset = page(found, fields, 100)
    return Reply(
        200, {"data": [_withdrawal_json(w) for w in shown], "limit": limit, "offset": offset}
    )


def confirm_sub_account_withdrawal(ledger: Ledger, caller: Caller, fields: Fields) -> Reply:
    with ledger.books() as state:
        keys.confirm(state, caller.account, fields["id"])
    return Reply(200, {})


SUB_ACCOUNT_KEY_HANDLERS: dict[str, Handler] = {
    "createSubAccountApiKey": create_sub_account_api_key,
    "editSubAccountApiKey": edit_sub_account_api_key,
    "deleteSubAccountApiKey": delete_sub_account_api_key,
    "resetSubAccountApiKey": reset_sub_account_api_key,
    "listSubAccountApiKeys": list_sub_account_api_keys,
    "listSubAccountApiKeyIpAddresses": list_sub_account_api_key_ip_addresses,
    "createSubAccountApiKeyIpAddress": _ip_change(add=True),
    "deleteSubAccountApiKeyIpAddress": _ip_change(add=False),
    "getSubAccountKycUrl": get_sub_account_kyc_url,
    "listUnconfirmedSubAccountWithdrawals": list_unconfirmed_sub_account_withdrawals,
    "confirmSubAccountWithdrawal": confirm_sub_account_withdrawal,
}
