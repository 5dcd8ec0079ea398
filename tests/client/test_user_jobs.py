"""Everyday user code (tests/user_jobs.py): it type-checks under `mypy --strict` as written,
with no narrowing, and it does its job against the sandbox over a real socket."""

from __future__ import annotations

import re
from decimal import Decimal
from pathlib import Path

import pytest
from whitebit_sandbox import USDT_FLEX_PLAN, Sandbox

from tests import user_jobs
from tests.support import ROOT, run_mypy

JOBS = ROOT / "tests" / "user_jobs.py"
# What user code must never need to read an answer.
CRUTCHES = {
    "narrowing on Unset": r"isinstance\([^)]*Unset",
    "cast": r"\bcast\(",
    "additional_properties": r"additional_properties",
    "the generated package": r"whitebit_main_api",
    "type: ignore": r"type:\s*ignore",
}


@pytest.mark.slow  # mypy in a subprocess
def test_user_code_passes_mypy_strict_as_written(tmp_path: Path) -> None:
    source = JOBS.read_text(encoding="utf-8")
    code = source.split('"""', 2)[2]  # the code, without the docstring that names the crutches
    for what, pattern in CRUTCHES.items():
        assert not re.search(pattern, code), f"user_jobs.py relies on {what}"
    done = run_mypy(tmp_path, source)
    assert done.returncode == 0, done.stdout


def test_all_balances_and_their_total(sandbox: Sandbox) -> None:
    with sandbox.client() as wb:
        held, total = user_jobs.balances_and_total(wb)
    assert held == {"BTC": Decimal(1), "ETH": Decimal(5), "USDT": Decimal(10000)}
    assert all(isinstance(v, Decimal) for v in held.values())
    assert total == Decimal(10006)


async def test_one_balance_async(sandbox: Sandbox) -> None:
    async with sandbox.async_client() as wb:
        assert await user_jobs.balance_of(wb, "USDT") == Decimal(10000)
        assert await user_jobs.balance_of(wb, "DOGE") == Decimal(0)


def test_a_transfer_and_the_balance_read_again(sandbox: Sandbox) -> None:
    with sandbox.client() as wb:
        after = user_jobs.move_to_spot(wb, "USDT", Decimal("12.5"))
    assert after == Decimal("9987.5")
    assert sandbox.ledger.balance(sandbox.account, "USDT", "spot") == Decimal("512.5")


def test_flex_invest_withdraw_list_total_and_refusals(sandbox: Sandbox) -> None:
    with sandbox.client() as wb:
        outcome = user_jobs.flex_round_trip(wb, USDT_FLEX_PLAN, Decimal(150), Decimal("20.25"))
    assert outcome.withdrawal_tx.startswith("tx_")
    assert outcome.held == Decimal("129.75")
    assert outcome.refusals == [
        "amount: Withdraw amount exceeds total invested",
        "Inner validation failed",
        "amount: Withdraw amount is too small",
        "Inner validation failed",
    ]


def test_paging_history_by_limit_and_offset(sandbox: Sandbox) -> None:
    with sandbox.client() as wb:
        for amount in ("1.5", "2.25", "3", "0.125", "10"):
            wb.create_code(ticker="USDT", amount=Decimal(amount))
        for amount in ("100", "30", "20"):
            wb.create_flex_investment(plan=USDT_FLEX_PLAN, amount=Decimal(amount))
        seen, total = user_jobs.codes_history_total(wb, page_size=2)
        flex_seen, flex_total = user_jobs.flex_history_total(wb, page_size=2)
    assert (seen, total) == (5, Decimal("-16.875"))  # a created code leaves the balance
    assert (flex_seen, flex_total) == (3, Decimal(150))


def test_sub_accounts_and_the_fee_table(sandbox: Sandbox) -> None:
    with sandbox.client() as wb:
        aliases = user_jobs.sub_account_aliases(wb)
        fees = user_jobs.withdrawal_fees(wb)
    assert aliases and all(isinstance(status, str) for status in aliases.values())
    assert fees
    for fixed, minimum in fees.values():
        assert isinstance(fixed, Decimal) and isinstance(minimum, Decimal)
