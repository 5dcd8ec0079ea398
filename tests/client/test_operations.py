"""Every operation, sync and async, against its documented success example (pytest-httpx)."""

from __future__ import annotations

import inspect
import json
import pickle
import typing
from typing import Any

import pytest
from pytest_httpx import HTTPXMock
from whitebit_main import AsyncWhiteBIT, WhiteBIT
from whitebit_main_api import operations
from whitebit_main_api._contract import OPERATIONS

from tests.support import (
    assert_signed,
    call_arguments,
    contract_operation_count,
    decimal_view,
    load_spec,
    result_type,
    spec_operations,
    success_example,
)

SPEC = load_spec()
OPS = spec_operations(SPEC)
IDS = sorted(OPS)


def check_result(op_id: str, result: Any, example: Any, body: dict[str, Any]) -> None:
    want = result_type(op_id)
    if want is Any:  # success without a documented body: the JSON as it arrived
        assert result == example
    elif want is operations.SecretAnswer:  # undocumented but secret: wrapped, hidden in repr
        assert isinstance(result, operations.SecretAnswer)
        assert result.reveal() == example
        assert repr(result) == str(result) == "SecretAnswer(<redacted>)"
    elif want is operations.Accepted:  # an idempotent call answers with the key it sent
        key = OPERATIONS[op_id]["idempotency"]["key"]
        assert result == operations.Accepted(body[key])
    elif typing.get_origin(want) is list:
        (item_type,) = typing.get_args(want)
        assert isinstance(result, list)
        assert all(isinstance(item, item_type) for item in result)
        assert decimal_view([item.to_dict() for item in result]) == decimal_view(example)
    else:
        assert isinstance(result, want)
        # every documented field survived parsing (quantities compared as numbers)
        assert decimal_view(result.to_dict()) == decimal_view(example)


def check_request(op_id: str, request: Any, body: dict[str, Any]) -> None:
    facts = OPERATIONS[op_id]
    if facts["auth"] == "jwt":
        assert request.headers["Authorization"] == "jwt-from-issue-jwt-token"
        assert "X-TXC-SIGNATURE" not in request.headers
        assert json.loads(request.content) == body
        assert str(request.url).startswith(facts["server"])
        return
    sent = assert_signed(request, facts["path"])
    fields = {k: v for k, v in sent.items() if k not in ("request", "nonce")}
    assert None not in fields.values()
    assert fields == normalised(body)


def normalised(body: dict[str, Any]) -> dict[str, Any]:
    """What the facade sends for the spec's example body (UUIDs lower-cased)."""
    return json.loads(json.dumps(body))


def url_of(op_id: str) -> str:
    facts = OPERATIONS[op_id]
    return (facts["server"] or "https://whitebit.com") + facts["path"]


def test_every_spec_operation_has_a_method_on_both_clients() -> None:
    assert len(IDS) == len(OPERATIONS) == contract_operation_count()
    for op_id in IDS:
        name = OPERATIONS[op_id]["method_name"]
        assert inspect.iscoroutinefunction(getattr(AsyncWhiteBIT, name)), name
        assert not inspect.iscoroutinefunction(getattr(WhiteBIT, name)), name


def answer_with_documented_success(httpx_mock: HTTPXMock, op_id: str) -> Any:
    """Register the operation's documented success answer; return its body."""
    status, example = success_example(SPEC, OPS[op_id][1])
    httpx_mock.add_response(
        url=url_of(op_id),
        method="POST",
        status_code=status,
        **({"json": example} if example is not None else {}),
    )
    return example


@pytest.mark.parametrize("op_id", IDS)
def test_sync_call_parses_documented_success(
    op_id: str, client: WhiteBIT, httpx_mock: HTTPXMock
) -> None:
    example = answer_with_documented_success(httpx_mock, op_id)
    kwargs, body = call_arguments(op_id)
    result = getattr(client, OPERATIONS[op_id]["method_name"])(**kwargs)
    check_result(op_id, result, example, body)
    (request,) = httpx_mock.get_requests()
    check_request(op_id, request, body)


@pytest.mark.parametrize("op_id", IDS)
async def test_async_call_parses_documented_success(
    op_id: str, async_client: AsyncWhiteBIT, httpx_mock: HTTPXMock
) -> None:
    example = answer_with_documented_success(httpx_mock, op_id)
    kwargs, body = call_arguments(op_id)
    result = await getattr(async_client, OPERATIONS[op_id]["method_name"])(**kwargs)
    check_result(op_id, result, example, body)
    (request,) = httpx_mock.get_requests()
    check_request(op_id, request, body)


def test_undocumented_secret_answer_is_returned_whole_but_never_shown(
    client: WhiteBIT, httpx_mock: HTTPXMock
) -> None:
    """issueCardToken's answer has no documented fields; the contract marks it secret, so
    the card token arrives intact but no repr, str, f-string or pickle shows it."""
    httpx_mock.add_response(status_code=201, json={"data": {"token": "card-token-1"}})
    result = client.issue_card_token(card_number="4111111111111111", jwt_token="jwt")
    assert result.reveal() == {"data": {"token": "card-token-1"}}
    shown = [repr(result), str(result), f"{result}", repr([result]), repr({"r": result})]
    assert all("card-token-1" not in text for text in shown)
    with pytest.raises(TypeError, match="secret"):
        pickle.dumps(result)


def test_another_2xx_status_is_still_a_success(client: WhiteBIT, httpx_mock: HTTPXMock) -> None:
    """The contract says 201; a server answering 200 with the same body has not failed."""
    httpx_mock.add_response(status_code=200, json={"data": {"transaction_id": "tx-1"}})
    result = client.withdraw_from_flex_investment(
        plan="8f2e9d3c-1a4b-4c2d-9e5f-6a7b8c9d0e1f", amount="1"
    )
    assert result.data.transaction_id == "tx-1"


def test_optional_fields_left_out_are_not_sent(client: WhiteBIT, httpx_mock: HTTPXMock) -> None:
    httpx_mock.add_response(
        status_code=201, json={"records": [], "total": 0, "limit": 50, "offset": 0}
    )
    client.get_deposit_withdraw_history(limit=50, ticker=None)
    sent = json.loads(httpx_mock.get_requests()[0].content)
    assert set(sent) == {"limit", "request", "nonce"}
