"""mypy sees the real signatures of the generated operations."""

from __future__ import annotations

from pathlib import Path

import pytest

from tests.support import run_mypy

GOOD = """
from decimal import Decimal
from whitebit_main import AsyncWhiteBIT, WhiteBIT
from whitebit_main_api.models.withdraw_from_flex_investment_result import (
    WithdrawFromFlexInvestmentResult,
)

def sync_use(wb: WhiteBIT) -> str | None:
    result: WithdrawFromFlexInvestmentResult = wb.withdraw_from_flex_investment(
        plan="8f2e9d3c-1a4b-4c2d-9e5f-6a7b8c9d0e1f", amount=Decimal("500.25"))
    return None

async def async_use(wb: AsyncWhiteBIT) -> None:
    await wb.get_main_balance(ticker="BTC")
"""

BAD = """
from whitebit_main import WhiteBIT

def misuse(wb: WhiteBIT) -> None:
    wb.withdraw_from_flex_investment(plan="8f2e9d3c-1a4b-4c2d-9e5f-6a7b8c9d0e1f", amount=0.5)
    wb.get_flex_plans(limit="10")
    wb.get_main_balance(tickr="BTC")
    WhiteBIT.from_env(nonce_windw=True)
"""


@pytest.mark.slow  # mypy in a subprocess
def test_mypy_accepts_correct_calls_and_rejects_wrong_ones(tmp_path: Path) -> None:
    good = run_mypy(tmp_path, GOOD)
    assert good.returncode == 0, good.stdout
    bad = run_mypy(tmp_path, BAD)
    assert bad.returncode == 1
    assert (
        'Argument "amount" to "withdraw_from_flex_investment" of "SyncOperations" has '
        'incompatible type "float"' in bad.stdout
    )
    assert (
        'Argument "limit" to "get_flex_plans" of "SyncOperations" has incompatible '
        'type "str"' in bad.stdout
    )
    assert 'Unexpected keyword argument "tickr"' in bad.stdout
    assert 'Unexpected keyword argument "nonce_windw" for "from_env"' in bad.stdout


SANDBOX_TYPO = """
from whitebit_sandbox import Sandbox

def misuse(sb: Sandbox) -> None:
    sb.client(nonce_windw=True)
    sb.async_client(deadline="soon")
"""


@pytest.mark.slow  # mypy in a subprocess
def test_sandbox_clients_take_typed_options(tmp_path: Path) -> None:
    done = run_mypy(tmp_path, SANDBOX_TYPO)
    assert done.returncode == 1
    assert 'Unexpected keyword argument "nonce_windw" for "client" of "Sandbox"' in done.stdout
    assert 'Argument "deadline" to "async_client" of "Sandbox"' in done.stdout


NESTED_AND_NAMED = """
from whitebit_main import WhiteBIT
from whitebit_main.enums import FixedStatus, TransactionMethod
from whitebit_main.inputs import SubAccountPermissionsInput, SubAccountPermissionsInputWire

ACTIVE_FIXED = FixedStatus.ACTIVE
ACTIVE_PLAIN = 1

def good(wb: WhiteBIT) -> None:
    own: SubAccountPermissionsInput = {"spot_enabled": True, "collateral_enabled": False}
    wb.create_sub_account(alias="a", email="a@example.com", permissions=own)
    wire: SubAccountPermissionsInputWire = {"spotEnabled": True, "collateralEnabled": True}
    wb.edit_sub_account(id="x", alias="a", permissions=wire)
    wb.get_fixed_investments_history(status=ACTIVE_FIXED)
    wb.get_fixed_investments_history(status=2)
    wb.get_deposit_withdraw_history(transaction_method=TransactionMethod.WITHDRAWAL)

def bad(wb: WhiteBIT) -> None:
    wb.create_sub_account(alias="a", permissions={"spot_enabld": True, "collateral_enabled": False})
    wb.create_sub_account(alias="b", permissions={"spot_enabled": "yes", "collateral_enabled": 0})
    wb.create_sub_account(alias="c", permissions={"spot_enabled": True})
    wb.get_fixed_investments_history(status=ACTIVE_PLAIN)
"""


@pytest.mark.slow  # mypy in a subprocess
def test_nested_fields_and_named_constants_are_checked(tmp_path: Path) -> None:
    done = run_mypy(tmp_path, NESTED_AND_NAMED)
    errors = [line for line in done.stdout.splitlines() if ": error:" in line]
    lines = {int(line.split(":")[1]) for line in errors}
    source = NESTED_AND_NAMED.splitlines()
    first_bad = next(i for i, text in enumerate(source, 1) if text.startswith("def bad"))
    assert lines == {first_bad + 1, first_bad + 2, first_bad + 3, first_bad + 4}, done.stdout
    expected = '"SubAccountPermissionsInput | SubAccountPermissionsInputWire"'
    assert f'has incompatible type "dict[str, bool]"; expected {expected}' in done.stdout
    assert 'TypedDict item "spot_enabled" has type "bool"' in done.stdout
    assert 'expected "Literal[1, 2] | FixedStatus | None"' in done.stdout
