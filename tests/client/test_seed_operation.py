"""withdrawFromFlexInvestment, the operation this project started from: success and each of
its seven documented errors, as users see them."""

from __future__ import annotations

from decimal import Decimal
from typing import Any

import pytest
from pytest_httpx import HTTPXMock
from whitebit_main import AsyncWhiteBIT, WhiteBIT, errors

from tests.support import assert_signed, load_spec, spec_operations

PATH = "/api/v4/main-account/smart-flex/investments/withdraw"
URL = "https://whitebit.com" + PATH
PLAN = "8f2e9d3c-1a4b-4c2d-9e5f-6a7b8c9d0e1f"
OP = spec_operations(load_spec())["withdrawFromFlexInvestment"][1]


def documented_errors() -> list[tuple[int, str, dict[str, Any]]]:
    found = []
    for status in ("400", "422"):
        for name, example in OP["responses"][status]["content"]["application/json"][
            "examples"
        ].items():
            found.append((int(status), name, example["value"]))
    return found


EXPECTED = {
    "invalidPlan": (
        errors.ValidationError,
        "(HTTP 400, Validation failed): plan: The selected plan is invalid.",
    ),
    "investmentNotFound": (
        errors.InnerValidationError,
        "(HTTP 422, Inner validation failed): amount: Investment does not exist",
    ),
    "investmentClosed": (
        errors.InnerValidationError,
        "(HTTP 422, Inner validation failed): investment: Cannot withdraw from closed investment",
    ),
    "amountTooSmall": (
        errors.InnerValidationError,
        "(HTTP 422, Inner validation failed): amount: Withdraw amount is too small",
    ),
    "exceedsInvested": (
        errors.InnerValidationError,
        "(HTTP 422, Inner validation failed): amount: Withdraw amount exceeds total invested",
    ),
    "belowMinLeft": (
        errors.InnerValidationError,
        "(HTTP 422, Inner validation failed): minAmountLeft: Amount left < min investment",
    ),
    "belowMinPossible": (
        errors.InnerValidationError,
        "(HTTP 422, Inner validation failed): amount: Cannot withdraw amount < min possible",
    ),
}


def test_all_seven_documented_errors_are_covered() -> None:
    assert sorted(name for _s, name, _v in documented_errors()) == sorted(EXPECTED)


def test_success_returns_the_transaction_id(client: WhiteBIT, httpx_mock: HTTPXMock) -> None:
    example = OP["responses"]["201"]["content"]["application/json"]["example"]
    httpx_mock.add_response(url=URL, method="POST", status_code=201, json=example)
    result = client.withdraw_from_flex_investment(plan=PLAN, amount=Decimal("500.25"))
    assert result.data.transaction_id == example["data"]["transaction_id"]
    body = assert_signed(httpx_mock.get_requests()[0], PATH)
    assert body["plan"] == PLAN and body["amount"] == "500.25"
    assert list(body) == ["plan", "amount", "request", "nonce"]


@pytest.mark.parametrize(("status", "name", "value"), documented_errors())
def test_documented_error_raises_readable_exception(
    status: int, name: str, value: dict[str, Any], client: WhiteBIT, httpx_mock: HTTPXMock
) -> None:
    httpx_mock.add_response(url=URL, status_code=status, json=value)
    cls, tail = EXPECTED[name]
    with pytest.raises(cls) as caught:
        client.withdraw_from_flex_investment(plan=PLAN, amount="500.25")
    exc = caught.value
    assert str(exc) == f"withdrawFromFlexInvestment failed {tail}"
    assert exc.status_code == status
    assert exc.code == value["code"]
    assert exc.message == value["message"]
    assert exc.errors == value["errors"]
    assert exc.operation == "withdrawFromFlexInvestment"
    assert exc.path == PATH
    assert exc.response is not None and exc.response.status_code == status


async def test_async_error_is_the_same(async_client: AsyncWhiteBIT, httpx_mock: HTTPXMock) -> None:
    status, _name, value = documented_errors()[-1]
    httpx_mock.add_response(url=URL, status_code=status, json=value)
    with pytest.raises(errors.InnerValidationError, match="Cannot withdraw amount < min possible"):
        await async_client.withdraw_from_flex_investment(plan=PLAN, amount=Decimal("0.1"))


def test_permission_denied_403(client: WhiteBIT, httpx_mock: HTTPXMock) -> None:
    httpx_mock.add_response(
        url=URL, status_code=403, json={"code": 0, "message": "Lending is not available"}
    )
    with pytest.raises(errors.PermissionDeniedError) as caught:
        client.withdraw_from_flex_investment(plan=PLAN, amount="1")
    assert str(caught.value) == (
        "withdrawFromFlexInvestment failed (HTTP 403, Lending is not available)"
    )
