"""Flex earnings over time: each active investment earns once a day while it stays open.

Called by the ledger with its lock held whenever the sandbox's clock may have moved. A day's
earning is `invested * maxRate / 365` (the plan's `maxRate` read as a yearly rate, so
"0.15" is 15 % a year), rounded down to the currency's decimals, booked as a daily-earning
record (kind 4) at the moment the day completed. With auto-reinvest on, the earning is added
to the investment (and a reinvest record, kind 2, follows); otherwise it goes to the main
balance. Days count from the investment's opening, or from the sandbox's start for one
seeded earlier: the books never pay for time before they began.
"""

from __future__ import annotations

import uuid
from decimal import Decimal, localcontext

from whitebit_sandbox._core._amounts import DAY, PAYOUT, ZERO
from whitebit_sandbox._core._state import State
from whitebit_sandbox.lending._flex_state import FlexRecord, Investment
from whitebit_sandbox.wallet._currencies import currency

REINVEST, EARNING = 2, 4


def daily_earning(invested: Decimal, yearly_rate: Decimal, ticker: str) -> Decimal:
    """One day's earning on `invested`, rounded down to what the currency can book."""
    places = Decimal(1).scaleb(-currency(ticker).precision)
    with localcontext(PAYOUT):
        return (invested * yearly_rate / 365).quantize(places)


def _book(state: State, inv: Investment, amount: Decimal, action: int, when: int) -> None:
    state.history.append(
        FlexRecord(
            when,
            inv.account,
            inv.plan_id,
            inv.id,
            inv.currency,
            amount,
            f"tx_{uuid.uuid4()}",
            action,
        )
    )


def pay_due(state: State, paid_until: dict[str, int], start: int, now: int) -> None:
    """Pay every whole day that has passed since each active investment was last paid.

    `paid_until` (investment id -> time its earnings are paid up to) is the ledger's and is
    updated here."""
    for inv in state.investments.values():
        if not inv.active:
            paid_until.pop(inv.id, None)
            continue
        since = paid_until.setdefault(inv.id, max(inv.created_at, start))
        rate = Decimal(state.plans[inv.plan_id].max_rate)
        while since + DAY <= now and inv.active:
            since += DAY
            earned = daily_earning(inv.invested, rate, inv.currency)
            if earned > 0:
                _book(state, inv, earned, EARNING, since)
                if inv.auto_reinvest:
                    inv.invested += earned
                    _book(state, inv, earned, REINVEST, since)
                else:
                    main = state.accounts[inv.account].balances["main"]
                    main[inv.currency] = main.get(inv.currency, ZERO) + earned
                inv.updated_at = since
        paid_until[inv.id] = since
