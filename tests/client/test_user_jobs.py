"""Everyday user code (tests/user_jobs.py): it type-checks under `mypy --strict` as written,
with no narrowing, and it does its job against the sandbox over a real socket."""

from __future__ import annotations

import re
from decimal import Decimal
from pathlib import Path

import pytest
from whitebit_main import errors
from whitebit_main.enums import ApiKeyType, FixedStatus
from whitebit_sandbox import FAULT_KINDS, USDT_FLEX_PLAN, FaultKind, Sandbox

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


def test_a_desk_with_nested_snake_case_permissions_and_a_key(sandbox: Sandbox) -> None:
    with sandbox.client() as wb:
        desk_id, spot_enabled, key_type = user_jobs.open_desk(wb, "desk-1", "desk@example.com")
        assert spot_enabled is True
        assert key_type is ApiKeyType.INFO_AND_TRADING  # answers read into the named constant
        # Sent under the wire names: the sandbox booked what the snake_case keys said.
        listed = {a.id: a for a in wb.list_sub_accounts(limit=100).data}
        assert listed[desk_id].permissions.spot_enabled is True
        assert listed[desk_id].permissions.collateral_enabled is False
        # The wire names still work, and a key given in both spellings is refused unsent.
        wire = wb.create_sub_account(
            alias="desk-2",
            email="desk2@example.com",
            permissions={"spotEnabled": False, "collateralEnabled": True},
        )
        assert wire.permissions.collateral_enabled is True
        with pytest.raises(ValueError, match="gives 'spotEnabled' twice"):
            wb.create_sub_account(
                alias="desk-3",
                email="desk3@example.com",
                permissions={"spot_enabled": True, "spotEnabled": True, "collateral_enabled": True},
            )
        with pytest.raises(ValueError, match=r"missing required field\(s\): collateralEnabled"):
            wb.create_sub_account(
                alias="desk-3",
                email="desk3@example.com",
                permissions={"spot_enabled": True},  # type: ignore[arg-type]
            )
        aliases = {a.alias for a in wb.list_sub_accounts(limit=100).data}
    assert {"desk-1", "desk-2"} <= aliases and "desk-3" not in aliases


def test_lending_by_named_constants_keeps_plain_values_working(sandbox: Sandbox) -> None:
    with sandbox.client() as wb:
        assert user_jobs.ACTIVE_FIXED == 1
        total = user_jobs.active_fixed_total(wb)
        by_plain = wb.get_fixed_investments_history(status=1).records
    assert total == sum((i.amount for i in by_plain), Decimal(0)) and total > 0
    assert all(i.status is FixedStatus.ACTIVE for i in by_plain)


def test_an_unknown_enumeration_value_in_an_answer_reads_as_it_came() -> None:
    from whitebit_main.models import Investment

    known = Investment.from_dict({**_investment(), "status": 2})
    new = Investment.from_dict({**_investment(), "status": 7})
    assert known.status is FixedStatus.CLOSED
    assert new.status == 7 and type(new.status) is int
    assert new.to_dict()["status"] == 7 and type(known.to_dict()["status"]) is int


def _investment() -> dict[str, object]:
    from whitebit_main_api._examples import SUCCESS_EXAMPLES

    _status, answer = SUCCESS_EXAMPLES["getFixedInvestmentsHistory"]
    return dict(answer["records"][0])


def test_a_reused_key_has_its_own_error_and_is_looked_up(sandbox: Sandbox) -> None:
    address = "bc1qxy2kgdygjrsqtzq2n0yrf2493p83kkfjhx0wlh"
    with sandbox.client() as wb:
        first = user_jobs.withdraw_once(wb, "BTC", Decimal("0.01"), address, "payroll-7")
    with sandbox.client() as wb:  # a later run, same key: found, not booked again
        again = user_jobs.withdraw_once(wb, "BTC", Decimal("0.01"), address, "payroll-7")
        with pytest.raises(errors.IdempotencyKeyTaken) as caught:
            wb.create_withdraw(ticker="BTC", amount="0.01", address=address, unique_id="payroll-7")
    assert first == again == "BTC 0.01 True"
    assert caught.value.key == "payroll-7"
    assert isinstance(caught.value, errors.ValidationError)  # today's handlers still catch it
    assert caught.value.errors == {"uniqueId": ["The unique id has already been taken."]}
    assert sandbox.ledger.balance(sandbox.account, "BTC", "main") == Decimal("0.99")


def test_history_to_csv_writes_amounts_as_plain_text(sandbox: Sandbox) -> None:
    sandbox.deposit("BTC", "0.00000001")
    with sandbox.client() as wb:
        text = user_jobs.history_csv(wb)
    assert str(Decimal("0.00000001")) == "1E-8"  # what printing would have written
    assert "BTC,0.00000001,0,3\n" in text
    assert "E-" not in text and text.startswith("ticker,amount,fee,status\n")


@pytest.mark.parametrize("fault", FAULT_KINDS)
def test_the_plugin_faults_by_their_exported_names(sandbox: Sandbox, fault: FaultKind) -> None:
    assert user_jobs.transfer_through_fault(sandbox, fault, Decimal(3)) == "OutcomeUnknownError"
    assert sandbox.ledger.balance(sandbox.account, "USDT", "spot") == Decimal(503)  # booked
