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
