"""Every operation of the contract through the sync facade against the sandbox, on a real
socket.

Every operation answers from the sandbox's books; the state below is seeded (and, where
the docs name ids only the sandbox hands out, prepared through the API) so that the
documented request examples succeed, and their answers must have the documented shape
(documented fields, same JSON types), which the generated models then parse.
`test_sandbox_answers_follow_state` proves the answers follow state and input.
"""

from __future__ import annotations

import typing
from collections.abc import Callable
from typing import Any

import pytest
from whitebit_main import RetryPolicy, WhiteBIT
from whitebit_main_api import operations
from whitebit_main_api._contract import OPERATIONS
from whitebit_main_api._examples import SUCCESS_EXAMPLES
from whitebit_sandbox import DEMO_SUB_ACCOUNT, USDT_FLEX_PLAN, Sandbox, SandboxClock
from whitebit_sandbox._core._defaults import default_state
from whitebit_sandbox._core._registry import HANDLERS

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
DEMO_KEY = "a1b2c3d4-e5f6-7890-abcd-ef1234567890"
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


def fits(got: Any, example: Any) -> bool:
    """`got` has the documented shape: each field it sends is documented, with the same
    JSON type (optional fields may be left out; an empty list fits any list)."""
    if isinstance(example, dict):
        return isinstance(got, dict) and all(
            key in example and fits(value, example[key]) for key, value in got.items()
        )
    if isinstance(example, list):
        return isinstance(got, list) and (
            not got or not example or all(fits(item, example[0]) for item in got)
        )
    if example is None or got is None:  # nullable fields: null or a value
        return True
    return shape(got) == shape(example)


MINERS = ("my_miner_01", "my_miner_02", "miner123")
BTC_ADDRESS = "bc1qar0srrr7xfkvy5l643lydnw9re59gtzzwf5mdq"


def _miners(sb: Sandbox, wb: WhiteBIT) -> dict[str, Any]:
    for name in MINERS:
        wb.create_mining_account(name=name)
    sb.connect_miner("my_miner_01", "worker_001", "42.1")
    sb.connect_miner("miner123", "worker_001", "100")
    sb.advance(2 * 86400)  # rewards paid, hashrate history written
    return {}


def _waiting_withdrawal(sb: Sandbox, wb: WhiteBIT) -> dict[str, Any]:
    wb.sub_account_transfer(id=DEMO_SUB_ACCOUNT, direction="main_to_sub", amount="2", ticker="ETH")
    return {"id": sb.sub_account_withdrawal(DEMO_SUB_ACCOUNT, "ETH", "1")}


def _allowed_ip(sb: Sandbox, wb: WhiteBIT) -> dict[str, Any]:
    wb.create_sub_account_api_key_ip_address(api_key_id=DEMO_KEY, ip="192.168.1.100")
    return {}


def _own_kyc(sb: Sandbox, wb: WhiteBIT) -> dict[str, Any]:
    sub = wb.create_sub_account(
        alias="own", permissions={"spotEnabled": True, "collateralEnabled": False},
        email="own@example.com",
    )  # fmt: skip
    return {"id": sub.id}


def _jwt(sb: Sandbox, wb: WhiteBIT) -> dict[str, Any]:
    return {"jwt_token": wb.issue_jwt_token().data.token}


def _canceled_deposit(sb: Sandbox, wb: WhiteBIT) -> dict[str, Any]:
    return {"transaction_id": sb.deposit("ETH", "1", address="0x" + "1" * 40, status=4)}


def _awaiting_travel_rule(sb: Sandbox, wb: WhiteBIT) -> dict[str, Any]:
    return {"unique_id": sb.deposit("ETH", "1", status=27)}


def _watcher_link(sb: Sandbox, wb: WhiteBIT) -> dict[str, Any]:
    _miners(sb, wb)
    wb.create_mining_watcher_link(
        accounts=["my_miner_01"], name="monitoring_link", permissions=["dashboard"],
        live_until="7d",
    )  # fmt: skip
    return {}


def _credit_line(sb: Sandbox, wb: WhiteBIT) -> dict[str, Any]:
    sb.open_credit_line("BTC", "1.5", total_funding="0.5", current_ltv="25")
    return {}


# What the documented request needs before it can succeed (created through the API or the
# sandbox's own helpers), and the arguments that replace the documented ones: ids the docs
# make up that only the sandbox can hand out.
PREPARE: dict[str, Callable[[Sandbox, WhiteBIT], dict[str, Any]]] = {
    **{op: _miners for op in OPERATIONS if op.startswith("getMining")},
    "setMiningPayoutDestination": _miners,
    "createMiningWatcherLink": _miners,
    "listMiningWatcherLinks": _watcher_link,
    "confirmSubAccountWithdrawal": _waiting_withdrawal,
    "listUnconfirmedSubAccountWithdrawals": _waiting_withdrawal,
    "listSubAccountApiKeyIpAddresses": _allowed_ip,
    "deleteSubAccountApiKeyIpAddress": _allowed_ip,
    "getSubAccountKycUrl": _own_kyc,
    "issueCardToken": _jwt,
    "refundDeposit": _canceled_deposit,
    "submitTravelRuleDepositVerification": _awaiting_travel_rule,
    "getCreditLineInfo": _credit_line,
}
ONLY_THE_PREPARED = {"listUnconfirmedSubAccountWithdrawals"}  # its preparation is no argument
# The documented request is incomplete for the state WhiteBIT checks it against.
COMPLETED = {"setMiningPayoutDestination": {"address": BTC_ADDRESS}}


def call(sandbox: Sandbox, op_id: str) -> Any:
    with sandbox.client(retry=RetryPolicy.none(), rate_limit=False) as wb:
        kwargs = call_arguments(op_id)
        prepare = PREPARE.get(op_id)
        if prepare is not None:
            replaced = prepare(sandbox, wb)
            if op_id not in ONLY_THE_PREPARED:
                kwargs.update(replaced)
        kwargs.update(COMPLETED.get(op_id, {}))
        return getattr(wb, OPERATIONS[op_id]["method_name"])(**kwargs)


def test_the_loop_covers_the_contract() -> None:
    assert len(IDS) == len(OPERATIONS) == contract_operation_count()
    assert set(HANDLERS) == set(IDS)  # every operation answers from the books


@pytest.mark.parametrize("op_id", IDS)
def test_operation_answers_as_documented(op_id: str) -> None:
    """The documented request, met by the state it needs, is answered in the documented
    shape, which the facade parses with the generated models."""
    _status, example = SUCCESS_EXAMPLES[op_id]
    with Sandbox(documented_state(), clock=SandboxClock(1_800_000_000)) as fresh:
        result = call(fresh, op_id)
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
    if op_id == "getMainBalance":  # keyed by ticker: every value has the documented shape
        assert got and {str(shape(v)) for v in got.values()} == {
            str(shape(v)) for v in example.values()
        }
    else:
        assert fits(got, example), (got, example)
        assert got != [] or example == []


def test_applying_the_documented_code_gives_the_documented_answer(sandbox: Sandbox) -> None:
    """With the state the docs imply, the stateful answer is the documented one itself."""
    _status, example = SUCCESS_EXAMPLES["applyCode"]
    with sandbox.client() as wb:
        applied = wb.apply_code(**call_arguments("applyCode")).to_dict()
        assert decimal_view(applied) == decimal_view(example)
