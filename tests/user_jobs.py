"""Everyday jobs written the way a user of whitebit-main writes them.

No `isinstance(..., Unset)`, no `cast`, no `additional_properties`, no import from
`whitebit_main_api`: `tests/client/test_user_jobs.py` holds this file to `mypy --strict` and runs
every job against the sandbox.
"""

from __future__ import annotations

import csv
import io
from dataclasses import dataclass
from decimal import Decimal

from whitebit_main import AsyncWhiteBIT, RetryPolicy, WhiteBIT, errors, plain
from whitebit_main.enums import (
    ApiKeyType,
    BalanceKind,
    FixedStatus,
    PartyType,
    TransactionMethod,
    WalletType,
)
from whitebit_main.inputs import SubAccountPermissionsInput
from whitebit_main.models import FeeInfo, GetMainBalanceResult, SubAccount
from whitebit_sandbox import FaultKind, Sandbox


# 1. All balances and their total.
def balances_and_total(wb: WhiteBIT) -> tuple[dict[str, Decimal], Decimal]:
    balances: GetMainBalanceResult = wb.get_main_balance()
    held = {ticker: b.main_balance for ticker, b in balances.items() if b.main_balance > 0}
    return held, sum(held.values(), Decimal(0))


async def balance_of(wb: AsyncWhiteBIT, ticker: str) -> Decimal:
    balances = await wb.get_main_balance(ticker=ticker)
    entry = balances.get(ticker)
    return entry.main_balance if entry is not None else Decimal(0)


# 2. A transfer to the spot balance, and the main balance read again.
def move_to_spot(wb: WhiteBIT, ticker: str, amount: Decimal) -> Decimal:
    before = wb.get_main_balance(ticker=ticker)[ticker].main_balance
    wb.transfer_between_balances(from_="main", to="spot", ticker=ticker, amount=amount)
    after = wb.get_main_balance(ticker=ticker)[ticker].main_balance
    if before - after != amount:
        raise RuntimeError(f"{ticker}: expected {amount} to leave main, saw {before - after}")
    return after


# 3. Flex: invest, take part out, list what is held and total it; the refusals.
@dataclass
class FlexOutcome:
    withdrawal_tx: str
    held: Decimal
    refusals: list[str]


def flex_round_trip(wb: WhiteBIT, plan: str, invest: Decimal, take: Decimal) -> FlexOutcome:
    wb.create_flex_investment(plan=plan, amount=invest)
    withdrawal = wb.withdraw_from_flex_investment(plan=plan, amount=take)
    active = [i for i in wb.get_user_flex_investments().data if i.status == 1]
    held = sum((i.invested for i in active), Decimal(0))
    refusals: list[str] = []
    for too_much in (held + 1, Decimal(0)):
        try:
            wb.withdraw_from_flex_investment(plan=plan, amount=too_much)
        except errors.InnerValidationError as exc:
            refusals.extend(f"{field}: {m}" for field, ms in exc.errors.items() for m in ms)
            if exc.body is not None:
                refusals.append(exc.body.message)
    return FlexOutcome(withdrawal.data.transaction_id, held, refusals)


# 4. Paging history by limit/offset and totalling the amounts.
def codes_history_total(wb: WhiteBIT, page_size: int) -> tuple[int, Decimal]:
    offset, seen, total = 0, 0, Decimal(0)
    while True:
        page = wb.get_codes_history(limit=page_size, offset=offset)
        for entry in page.data:
            total += entry.amount
        seen += len(page.data)
        offset += page.limit
        if offset >= page.total:
            return seen, total


def flex_history_total(wb: WhiteBIT, page_size: int) -> tuple[int, Decimal]:
    """Pages without a `total`: stop at the first short page."""
    offset, seen, total = 0, 0, Decimal(0)
    while True:
        page = wb.get_flex_investment_history(limit=page_size, offset=offset)
        seen += len(page.data)
        total += sum((entry.amount for entry in page.data), Decimal(0))
        if len(page.data) < page_size:
            return seen, total
        offset += page_size


# 5. Sub-accounts and the fee table.
def sub_account_aliases(wb: WhiteBIT) -> dict[str, str]:
    accounts: list[SubAccount] = wb.list_sub_accounts(limit=100).data
    return {account.alias: account.status for account in accounts}


def withdrawal_fees(wb: WhiteBIT) -> dict[str, tuple[Decimal, Decimal]]:
    table: list[FeeInfo] = wb.get_fees()
    return {
        fee.ticker: (fee.withdraw.fixed, fee.withdraw.min_amount)
        for fee in table
        if fee.can_withdraw
    }


# 6. A desk of its own: a sub-account with nested permissions, and an API key for it.
def open_desk(wb: WhiteBIT, alias: str, email: str) -> tuple[str, bool, int]:
    permissions: SubAccountPermissionsInput = {"spot_enabled": True, "collateral_enabled": False}
    desk = wb.create_sub_account(alias=alias, email=email, permissions=permissions)
    key = wb.create_sub_account_api_key(
        type=ApiKeyType.INFO_AND_TRADING, sub_account_id=desk.id, title=f"{alias} bot"
    )
    wb.edit_sub_account_api_key(
        api_key_id=key.id,
        title=f"{alias} bot",
        urls=[{"url": "/api/v4/trade-account/balance", "enable": True}],
    )
    return desk.id, desk.permissions.spot_enabled, key.type_


# 7. Lending by named constants: a constant of one's own where a literal was expected.
ACTIVE_FIXED = FixedStatus.ACTIVE


def active_fixed_total(wb: WhiteBIT) -> Decimal:
    page = wb.get_fixed_investments_history(status=ACTIVE_FIXED)
    return sum((i.amount for i in page.records if i.status is FixedStatus.ACTIVE), Decimal(0))


# 8. Exactly once: a withdrawal whose key is reused is looked up, never booked twice.
def withdraw_once(wb: WhiteBIT, ticker: str, amount: Decimal, address: str, key: str) -> str:
    try:
        wb.create_withdraw(
            ticker=ticker,
            amount=amount,
            address=address,
            unique_id=key,
            travel_rule={
                "wallet_type": WalletType.UNHOSTED,
                "beneficiary": {
                    "type": PartyType.INDIVIDUAL,
                    "first_name": "Ada",
                    "last_name": "L",
                },
            },
        )
    except errors.IdempotencyKeyTaken as taken:
        key = taken.key or key  # booked already (by an earlier run): find it, send nothing
    record = wb.find_withdrawal(key)
    if record is None:
        raise RuntimeError(f"withdrawal {key} is not in the history")
    return f"{record.ticker} {plain(record.amount)} {record.method == TransactionMethod.WITHDRAWAL}"


# 9. The deposit/withdraw history as CSV, amounts as plain text (never 1E-18).
def history_csv(wb: WhiteBIT) -> str:
    out = io.StringIO()
    writer = csv.writer(out, lineterminator="\n")
    writer.writerow(["ticker", "amount", "fee", "status"])
    for record in wb.iter_get_deposit_withdraw_history():
        writer.writerow([record.ticker, plain(record.amount), plain(record.fee), record.status])
    return out.getvalue()


# 10. The user's own pytest helper on the plugin: a fault typed by its exported name.
def transfer_through_fault(sandbox: Sandbox, fault: FaultKind, amount: Decimal) -> str:
    sandbox.inject_fault("transferBetweenBalances", fault)
    with sandbox.client(retry=RetryPolicy.none(), timeout=1.0) as wb:
        try:
            wb.transfer_between_balances(
                from_=BalanceKind.MAIN, to=BalanceKind.SPOT, ticker="USDT", amount=amount
            )
        except errors.OutcomeUnknownError as lost:
            return type(lost).__name__
    return "answered"
