"""Every operation of the contract through the sync facade against the sandbox, on a real
socket.

Operations without state answer their documented success example (`_examples.py`, emitted
from the contract), which must come back through the facade intact. The stateful ones
(balances, transfers, Flex, codes) answer from the ledger; the state below is seeded so
that the documented request examples succeed, and their answers must have exactly the
documented shape (same fields, same JSON types), which the generated models then parse.
"""

from __future__ import annotations

import typing
from collections.abc import Iterator
from typing import Any

import pytest
from whitebit_main import RetryPolicy
from whitebit_main_api import operations
from whitebit_main_api._contract import OPERATIONS
from whitebit_main_api._examples import SUCCESS_EXAMPLES
from whitebit_sandbox import USDT_FLEX_PLAN, Sandbox
from whitebit_sandbox._defaults import default_state
from whitebit_sandbox._handlers import HANDLERS

from tests.support import call_arguments as documented_call
from tests.support import (
    contract_operation_count,
    decimal_view,
    load_spec,
    result_type,
    spec_operations,
)

SPEC = load_spec()
OPS = spec_operations(SPEC)
IDS = sorted(OPS)
DOC_CODE = "WBe11f4fce-2a53-4edc-b195-66b693bd77e3ETH"


def documented_state() -> dict[str, Any]:
    """Default state plus what the spec's request examples refer to."""
    state = default_state()
    state["accounts"][0]["balances"]["main"]["XLM"] = "36.48"
    state["accounts"].append({"name": "issuer", "api_key": "issuer", "api_secret": "s"})
    state["flex_investments"] = [
        {"id": "invest_id_123", "account": "demo", "plan": USDT_FLEX_PLAN,
         "invested": "1500.75", "auto_reinvest": True, "created_at": 1640995200,
         "updated_at": 1641081600},
    ]  # fmt: skip
    state["flex_history"] = [
        {"account": "demo", "plan": USDT_FLEX_PLAN, "investment": "inv_123", "amount": "15.75",
         "transaction_id": "tx_456", "action_type": action, "created_at": 1641000000}
        for action in (1, 4)
    ]  # fmt: skip
    state["codes"] = [
        {"code": DOC_CODE, "external_id": "be08a482-5faf-11ed-9b6a-0242ac120002",
         "account": "issuer", "ticker": "ETH", "amount": "0.002",
         "passphrase": "some passphrase", "created_at": 1598296332},
        {"code": "WB0c1d2e3f-4a5b-4c6d-8e7f-8091a2b3c4d5ETH", "account": "demo",
         "ticker": "ETH", "amount": "0.002", "created_at": 1598296332,
         "applied_by": "issuer", "applied_at": 1598296734},
    ]  # fmt: skip
    return state


def call_arguments(op_id: str) -> dict[str, Any]:
    """Keyword arguments for the operation's documented request."""
    return documented_call(op_id)[0]


def as_json(result: Any) -> Any:
    if isinstance(result, list):
        return [as_json(item) for item in result]
    if isinstance(result, operations.SecretAnswer):
        return result.reveal()
    to_dict = getattr(result, "to_dict", None)
    return to_dict() if callable(to_dict) else result


def shape(value: Any) -> Any:
    """Field names and JSON types, the values left out; a list by its first item."""
    if isinstance(value, dict):
        return {key: shape(item) for key, item in value.items()}
    if isinstance(value, list):
        return [shape(value[0])] if value else []
    return type(value).__name__


@pytest.fixture
def whitebit_state() -> dict[str, Any]:
    """The state of this module's `sandbox` (the fixture in tests/conftest.py)."""
    return documented_state()


@pytest.fixture(scope="module")
def shared_sandbox() -> Iterator[Sandbox]:
    """One sandbox for the whole module, for the operations without state: each is called
    once and changes nothing, so they need not pay for a fresh one each (the stateful ones
    get a fresh one in the test)."""
    with Sandbox(documented_state()) as sb:
        yield sb


def call(sandbox: Sandbox, op_id: str) -> Any:
    with sandbox.client(retry=RetryPolicy.none(), rate_limit=False) as wb:
        return getattr(wb, OPERATIONS[op_id]["method_name"])(**call_arguments(op_id))


def test_the_loop_covers_the_contract() -> None:
    assert len(IDS) == len(OPERATIONS) == contract_operation_count()
    assert set(HANDLERS) < set(IDS)


@pytest.mark.parametrize("op_id", IDS)
def test_operation_answers_as_documented(shared_sandbox: Sandbox, op_id: str) -> None:
    _status, example = SUCCESS_EXAMPLES[op_id]
    if op_id in HANDLERS:  # a fresh ledger: the documented request meets the seeded state
        with Sandbox(documented_state()) as fresh:
            result = call(fresh, op_id)
    else:
        result = call(shared_sandbox, op_id)
    want = result_type(op_id)
    if want is operations.Accepted:  # an idempotent call answers with the key it sent
        assert result == operations.Accepted(call_arguments(op_id)["unique_id"])
        return
    if typing.get_origin(want) is list:
        (item_type,) = typing.get_args(want)
        assert all(isinstance(item, item_type) for item in result)
    elif want is not Any:
        assert isinstance(result, want)
    got, example = decimal_view(as_json(result)), decimal_view(example)
    if op_id not in HANDLERS:
        assert got == example
    elif op_id == "getMainBalance":  # keyed by ticker: every value has the documented shape
        assert got and {str(shape(v)) for v in got.values()} == {
            str(shape(v)) for v in example.values()
        }
    else:
        assert shape(got) == shape(example)
        assert got != [] or example == []


def test_applying_the_documented_code_gives_the_documented_answer(sandbox: Sandbox) -> None:
    """With the state the docs imply, the stateful answer is the documented one itself."""
    _status, example = SUCCESS_EXAMPLES["applyCode"]
    with sandbox.client() as wb:
        applied = wb.apply_code(**call_arguments("applyCode")).to_dict()
        assert decimal_view(applied) == decimal_view(example)
