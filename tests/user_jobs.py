"""Everyday jobs written the way a user of whitebit-main writes them.

No `isinstance(..., Unset)`, no `cast`, no `additional_properties`, no import from
`whitebit_main_api`: `tests/client/test_user_jobs.py` holds this file to `mypy --strict` and runs
every job against the sandbox.
"""

from __future__ import annotations

from dataclasses import dataclass
from decimal import Decimal

from whitebit_main import AsyncWhiteBIT, WhiteBIT, errors
from whitebit_main.models import FeeInfo, GetMainBalanceResult, SubAccount


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
