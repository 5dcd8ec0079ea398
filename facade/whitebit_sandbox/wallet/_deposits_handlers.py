"""Deposit addresses, the fee table, refunds, fiat deposit links and Express Withdraw
tokens: request fields in, `wallet._deposits` rules under the ledger's lock, JSON out."""

from __future__ import annotations

import time
from collections.abc import Callable
from typing import Any

from whitebit_sandbox._core._amounts import money
from whitebit_sandbox._core._fields import Fields, amount, ticker
from whitebit_sandbox._core._ledger import Ledger
from whitebit_sandbox._core._replies import Reply
from whitebit_sandbox._core._verify import Caller
from whitebit_sandbox.wallet import _deposits as _deposit
from whitebit_sandbox.wallet._currencies import Currency

Handler = Callable[[Ledger, Caller, Fields], Reply]


def _fees(facts: Currency, *, withdraw: bool) -> dict[str, str]:
    return {
        "minFlex": "0",
        "maxFlex": "0",
        "percentFlex": "0",
        "fixed": money(facts.withdraw_fee) if withdraw else "0",
        "minAmount": money(facts.min_withdraw if withdraw else facts.min_deposit),
        "maxAmount": "0",
    }


def _address_reply(facts: Currency, address: str, memo: str, status: int) -> Reply:
    account: dict[str, Any] = {"address": address}
    if facts.memo:
        account["memo"] = memo
    terms = {
        "fixedFee": "0",
        "flexFee": {"maxFee": "0", "minFee": "0", "percent": "0"},
        "maxAmount": "0",
        "minAmount": money(facts.min_deposit),
    }
    return Reply(status, {"account": account, "required": terms})


def _address(fresh: bool, status: int) -> Handler:
    def handle(ledger: Ledger, caller: Caller, fields: Fields) -> Reply:
        with ledger.books() as state:
            facts, address, memo = _deposit.deposit_address(
                state, caller.account, ticker(fields), fields.get("network"), fresh=fresh
            )
        return _address_reply(facts, address, memo, status)

    return handle


get_deposit_address = _address(fresh=False, status=200)
create_new_address = _address(fresh=True, status=201)


def get_fees(ledger: Ledger, caller: Caller, fields: Fields) -> Reply:
    with ledger.books() as state:
        table = _deposit.fee_table(state)
    return Reply(
        200,
        [
            {
                "ticker": c.ticker,
                "name": c.name,
                "can_deposit": True,
                "can_withdraw": True,
                "deposit": _fees(c, withdraw=False),
                "withdraw": _fees(c, withdraw=True),
            }
            for c in table
        ],
    )


def refund_deposit(ledger: Ledger, caller: Caller, fields: Fields) -> Reply:
    with ledger.books() as state:
        refunded = _deposit.refund(
            state, caller.account, fields["transactionId"].lower(), fields["address"]
        )
    return Reply(200, {"id": refunded})


def get_fiat_deposit_url(ledger: Ledger, caller: Caller, fields: Fields) -> Reply:
    with ledger.books() as state:
        url = _deposit.fiat_deposit_url(
            state,
            caller.account,
            ticker(fields),
            fields["provider"],
            amount(fields),
            fields["uniqueId"],
        )
    return Reply(200, {"url": url})


def create_express_withdraw_token(ledger: Ledger, caller: Caller, fields: Fields) -> Reply:
    now = ledger.now()
    with ledger.books() as state:
        token = _deposit.express_token(
            state, caller.account, ticker(fields), amount(fields), fields["externalId"], now
        )
    expiry = time.strftime("%Y-%m-%d %H:%M:%S", time.gmtime(token.expires_at))
    return Reply(
        201,
        {"url": f"https://whitebit.com/express-withdraw?token={token.token}", "expireAt": expiry},
    )


DEPOSIT_HANDLERS: dict[str, Handler] = {
    "getDepositAddress": get_deposit_address,
    "createNewAddress": create_new_address,
    "getFees": get_fees,
    "refundDeposit": refund_deposit,
    "getFiatDepositUrl": get_fiat_deposit_url,
    "createExpressWithdrawToken": create_express_withdraw_token,
}
