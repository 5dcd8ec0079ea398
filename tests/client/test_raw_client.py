"""The generated client on its own, through `signed_client` / `async_signed_client`: every
request signed by the hook, every error status raised, never a silent `None`."""

from __future__ import annotations

from decimal import Decimal

import pytest
from whitebit_main import async_signed_client, errors, signed_client
from whitebit_main_api.api.crypto_lending_flex import withdraw_from_flex_investment
from whitebit_main_api.api.main_account import get_main_balance
from whitebit_main_api.models import (
    GetMainBalanceRequest,
    GetMainBalanceResult,
    WithdrawFromFlexInvestmentRequest,
)
from whitebit_sandbox import USDT_FLEX_PLAN, Sandbox


def test_signed_generated_client_reads_a_typed_answer(sandbox: Sandbox) -> None:
    with signed_client(sandbox.api_key, sandbox.api_secret, base_url=sandbox.url) as client:
        answer = get_main_balance.sync(client=client, body=GetMainBalanceRequest())
    assert isinstance(answer, GetMainBalanceResult)
    assert answer["USDT"].main_balance == Decimal(10000)


def test_documented_error_status_raises_instead_of_returning_the_body(sandbox: Sandbox) -> None:
    body = WithdrawFromFlexInvestmentRequest(plan=USDT_FLEX_PLAN, amount=Decimal("5"))
    client = signed_client(sandbox.api_key, sandbox.api_secret, base_url=sandbox.url)
    with client, pytest.raises(errors.InnerValidationError) as caught:
        withdraw_from_flex_investment.sync(client=client, body=body)
    assert caught.value.operation == "withdrawFromFlexInvestment"
    assert caught.value.body is not None
    assert caught.value.body.message == "Inner validation failed"
    assert sandbox.ledger.investments(sandbox.account) == []


def test_wrong_secret_is_an_authentication_error_not_none(sandbox: Sandbox) -> None:
    client = signed_client(sandbox.api_key, "not-the-secret", base_url=sandbox.url)
    with client, pytest.raises(errors.AuthenticationError) as caught:
        get_main_balance.sync(client=client, body=GetMainBalanceRequest())
    assert caught.value.status_code == 401
    assert "not-the-secret" not in str(caught.value)


async def test_async_signed_client_signs_and_raises(sandbox: Sandbox) -> None:
    async with async_signed_client(
        sandbox.api_key, sandbox.api_secret, base_url=sandbox.url, nonce_window=True
    ) as client:
        answer = await get_main_balance.asyncio(client=client, body=GetMainBalanceRequest())
        assert isinstance(answer, GetMainBalanceResult)
        assert set(answer) == {"BTC", "ETH", "USDT"}
    async with async_signed_client(sandbox.api_key, "wrong", base_url=sandbox.url) as client:
        with pytest.raises(errors.AuthenticationError):
            await get_main_balance.asyncio(client=client, body=GetMainBalanceRequest())
