"""withdrawFromFlexInvestment against the sandbox over a real socket: the success and each
of the seven documented errors, produced by real ledger state (not canned answers), seen
through the sync and the async client exactly as the spec documents them."""

from __future__ import annotations

from dataclasses import dataclass
from decimal import Decimal
from typing import Any

import httpx
import pytest
from whitebit_main import AsyncWhiteBIT, WhiteBIT, WhiteBITAuth, errors
from whitebit_sandbox import USDT_FLEX_PLAN, Sandbox

from tests.support import load_spec, spec_operations

PATH = "/api/v4/main-account/smart-flex/investments/withdraw"
UNKNOWN_PLAN = "0b7f6c1e-3d2a-4e8b-9c1d-2a3b4c5d6e7f"
OP = spec_operations(load_spec())["withdrawFromFlexInvestment"][1]


def documented(name: str) -> tuple[int, dict[str, Any]]:
    """(status, body) of a named error example of the seed operation in our contract."""
    for status in ("400", "422"):
        examples = OP["responses"][status]["content"]["application/json"]["examples"]
        if name in examples:
            return int(status), examples[name]["value"]
    raise KeyError(name)


@dataclass(frozen=True)
class Scenario:
    """State to build (investments, then optionally close) and the withdrawal to try."""

    name: str
    invest: Decimal | None
    close: bool
    plan: str
    amount: Decimal


# The USDT plan: minimum investment 10, minimum withdrawal 1.
SCENARIOS = [
    Scenario("invalidPlan", Decimal(100), False, UNKNOWN_PLAN, Decimal(1)),
    Scenario("investmentNotFound", None, False, USDT_FLEX_PLAN, Decimal(1)),
    Scenario("investmentClosed", Decimal(100), True, USDT_FLEX_PLAN, Decimal(1)),
    Scenario("amountTooSmall", Decimal(100), False, USDT_FLEX_PLAN, Decimal(0)),
    Scenario("exceedsInvested", Decimal(100), False, USDT_FLEX_PLAN, Decimal("100.01")),
    Scenario("belowMinPossible", Decimal(100), False, USDT_FLEX_PLAN, Decimal("0.5")),
    Scenario("belowMinLeft", Decimal(100), False, USDT_FLEX_PLAN, Decimal(95)),
]
IDS = [s.name for s in SCENARIOS]


def check_error(exc: errors.WhiteBITError, name: str) -> None:
    status, body = documented(name)
    expected_cls = errors.ValidationError if status == 400 else errors.InnerValidationError
    assert type(exc) is expected_cls
    assert exc.status_code == status
    assert exc.code == body["code"]
    assert exc.message == body["message"]
    assert exc.errors == body["errors"]
    ((field, (text,)),) = body["errors"].items()
    assert str(exc) == (
        f"withdrawFromFlexInvestment failed (HTTP {status}, {body['message']}): {field}: {text}"
    )


def test_scenarios_cover_every_documented_error() -> None:
    names = [
        name
        for status in ("400", "422")
        for name in OP["responses"][status]["content"]["application/json"]["examples"]
    ]
    assert sorted(names) == sorted(IDS)


def test_success_moves_money_and_records_the_transaction(sandbox: Sandbox) -> None:
    with sandbox.client() as wb:
        wb.create_flex_investment(plan=USDT_FLEX_PLAN, amount=Decimal("100.5"))
        result = wb.withdraw_from_flex_investment(plan=USDT_FLEX_PLAN, amount=Decimal("40.25"))
        tx = result.data.transaction_id
        assert isinstance(tx, str) and tx.startswith("tx_")
        (position,) = wb.get_user_flex_investments(plan=USDT_FLEX_PLAN).data
        assert position.invested == Decimal("60.25") and position.status == 1
        history = wb.get_flex_investment_history(transaction=tx).data
        assert [(h.action_type, h.amount) for h in history] == [(3, Decimal("40.25"))]
    assert sandbox.ledger.balance(sandbox.account, "USDT") == Decimal("9939.75")


def test_withdrawing_everything_closes_the_investment(sandbox: Sandbox) -> None:
    with sandbox.client() as wb:
        wb.create_flex_investment(plan=USDT_FLEX_PLAN, amount=Decimal(50))
        wb.withdraw_from_flex_investment(plan=USDT_FLEX_PLAN, amount=Decimal(50))
        (position,) = wb.get_user_flex_investments().data
        assert (position.invested, position.status) == (0, 0)
        with pytest.raises(errors.InnerValidationError) as caught:
            wb.withdraw_from_flex_investment(plan=USDT_FLEX_PLAN, amount=Decimal(1))
    check_error(caught.value, "investmentClosed")
    assert sandbox.ledger.balance(sandbox.account, "USDT") == Decimal(10000)


@pytest.mark.parametrize("scenario", SCENARIOS, ids=IDS)
def test_documented_error_from_real_state_sync(sandbox: Sandbox, scenario: Scenario) -> None:
    with sandbox.client() as wb:
        if scenario.invest is not None:
            wb.create_flex_investment(plan=USDT_FLEX_PLAN, amount=scenario.invest)
        if scenario.close:
            wb.close_flex_investment(plan=USDT_FLEX_PLAN)
        before = sandbox.ledger.dump()
        with pytest.raises(errors.WhiteBITError) as caught:
            wb.withdraw_from_flex_investment(plan=scenario.plan, amount=scenario.amount)
    check_error(caught.value, scenario.name)
    assert sandbox.ledger.dump() == before  # a refused withdrawal changes nothing


@pytest.mark.parametrize("scenario", SCENARIOS, ids=IDS)
async def test_documented_error_from_real_state_async(sandbox: Sandbox, scenario: Scenario) -> None:
    wb: AsyncWhiteBIT
    async with sandbox.async_client() as wb:
        if scenario.invest is not None:
            await wb.create_flex_investment(plan=USDT_FLEX_PLAN, amount=scenario.invest)
        if scenario.close:
            await wb.close_flex_investment(plan=USDT_FLEX_PLAN)
        with pytest.raises(errors.WhiteBITError) as caught:
            await wb.withdraw_from_flex_investment(plan=scenario.plan, amount=scenario.amount)
    check_error(caught.value, scenario.name)


async def test_async_success(sandbox: Sandbox) -> None:
    async with sandbox.async_client() as wb:
        await wb.create_flex_investment(plan=USDT_FLEX_PLAN, amount=Decimal(20))
        result = await wb.withdraw_from_flex_investment(plan=USDT_FLEX_PLAN, amount=Decimal(5))
    assert str(result.data.transaction_id).startswith("tx_")
    assert sandbox.ledger.balance(sandbox.account, "USDT") == Decimal(9985)


def test_negative_amount_sent_raw_is_too_small(sandbox: Sandbox) -> None:
    """The facade refuses a negative amount before sending; the server must still cope."""
    with sandbox.client() as wb:
        wb.create_flex_investment(plan=USDT_FLEX_PLAN, amount=Decimal(100))
        with pytest.raises(ValueError, match="must not be negative"):
            wb.withdraw_from_flex_investment(plan=USDT_FLEX_PLAN, amount=Decimal(-5))
    auth = WhiteBITAuth(sandbox.api_key, sandbox.api_secret)
    with httpx.Client(base_url=sandbox.url, auth=auth) as http:
        response = http.post(PATH, json={"plan": USDT_FLEX_PLAN, "amount": "-5"})
    status, body = documented("amountTooSmall")
    assert (response.status_code, response.json()) == (status, body)
    assert sandbox.ledger.balance(sandbox.account, "USDT") == Decimal(9900)


def test_wire_answer_is_the_documented_body(sandbox: Sandbox) -> None:
    """Byte-level check of one error: the JSON WhiteBIT documents, nothing more."""
    with sandbox.client() as wb, pytest.raises(errors.InnerValidationError) as caught:
        wb.withdraw_from_flex_investment(plan=USDT_FLEX_PLAN, amount=Decimal(1))
    response = caught.value.response
    assert response is not None
    assert response.headers["content-type"] == "application/json"
    assert int(response.headers["content-length"]) == len(response.content)
    assert response.json() == documented("investmentNotFound")[1]


def test_unknown_plan_is_checked_before_the_investment(sandbox: Sandbox) -> None:
    """Order of checks: a bad plan is reported even when there is no investment at all."""
    with sandbox.client() as wb, pytest.raises(errors.ValidationError) as caught:
        wb.withdraw_from_flex_investment(plan=UNKNOWN_PLAN, amount=Decimal(-0))
    check_error(caught.value, "invalidPlan")


def test_closed_check_comes_before_amount_checks(sandbox: Sandbox) -> None:
    with sandbox.client() as wb:
        wb.create_flex_investment(plan=USDT_FLEX_PLAN, amount=Decimal(10))
        wb.close_flex_investment(plan=USDT_FLEX_PLAN)
        with pytest.raises(errors.InnerValidationError) as caught:
            wb.withdraw_from_flex_investment(plan=USDT_FLEX_PLAN, amount=Decimal(0))
    check_error(caught.value, "investmentClosed")


def test_plans_in_other_accounts_are_not_mine(sandbox: Sandbox) -> None:
    seed: dict[str, Any] = sandbox.ledger.dump()
    seed["accounts"].append(
        {"name": "bob", "api_key": "bob-key", "api_secret": "bob-secret", "balances": {}}
    )
    seed["flex_investments"] = [
        {"id": "inv_bob", "account": "bob", "plan": USDT_FLEX_PLAN, "invested": "500"}
    ]
    with Sandbox(seed) as sb, sb.client() as wb, pytest.raises(errors.InnerValidationError) as c:
        wb.withdraw_from_flex_investment(plan=USDT_FLEX_PLAN, amount=Decimal(1))
    check_error(c.value, "investmentNotFound")


def test_sync_client_type(sandbox: Sandbox) -> None:
    with sandbox.client() as wb:
        assert isinstance(wb, WhiteBIT) and wb.base_url == sandbox.url
