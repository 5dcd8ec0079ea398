"""The small things a user types and reads (issue 23): plain amounts, the refused key,
nested keys renamed to the wire, named constants, retry sentences, the plugin's names."""

from __future__ import annotations

import pickle
import typing
from decimal import Decimal

import pytest
from whitebit_main import WhiteBIT, errors, plain
from whitebit_main.enums import FlexStatus, HistoryStatus, TransactionMethod, TransferDirection
from whitebit_main_api._contract import OPERATIONS
from whitebit_main_api.operations import SyncOperations
from whitebit_main_api.request_types import to_wire
from whitebit_sandbox import FAULT_KINDS, FaultKind, Sandbox
from whitebit_sandbox._core._faults import FaultKind as SandboxFaultKind


@pytest.mark.parametrize(
    ("amount", "text"),
    [
        (Decimal("0.000000000000000001"), "0.000000000000000001"),
        (Decimal("1E+3"), "1000"),
        (Decimal("1.50"), "1.50"),
        (Decimal("-0"), "0"),
        (Decimal("-0.00000002"), "-0.00000002"),
        (7, "7"),
        ("2.5e-7", "0.00000025"),
    ],
)
def test_plain_writes_amounts_without_an_exponent(amount: Decimal | int | str, text: str) -> None:
    assert plain(amount) == text


@pytest.mark.parametrize(
    ("amount", "error"),
    [
        (0.1, TypeError),
        (True, TypeError),
        (Decimal("NaN"), ValueError),
        (Decimal("Infinity"), ValueError),
        ("ten", ValueError),
        (Decimal("1E+99999999"), ValueError),  # would be 100 MB of digits
    ],
)
def test_plain_refuses_what_is_not_an_amount(amount: object, error: type[Exception]) -> None:
    with pytest.raises(error):
        plain(amount)  # type: ignore[arg-type]


def test_to_wire_renames_nested_keys_in_objects_and_lists() -> None:
    fields = {
        "travelRule": {
            "wallet_type": "unhosted",
            "beneficiary": {"first_name": "Ada", "address": {"address_line_1": "1 Main St"}},
        },
        "ticker": "BTC",
    }
    sent = to_wire("createWithdraw", fields)
    assert sent["travelRule"] == {
        "walletType": "unhosted",
        "beneficiary": {"firstName": "Ada", "address": {"addressLine1": "1 Main St"}},
    }
    assert fields["travelRule"]["wallet_type"] == "unhosted"  # the caller's dict is untouched
    wire = {"travelRule": {"walletType": "hosted", "vaspData": {"vaspId": "v1"}}}
    assert to_wire("createWithdraw", wire) == wire  # wire names pass as they are
    assert to_wire("getMainBalance", {"ticker": "BTC"}) == {"ticker": "BTC"}
    # withdraw-pay's beneficiary is free-form in the contract, typed as the withdrawal's.
    pay = to_wire(
        "createWithdrawPay", {"beneficiary": {"first_name": "Ada", "card": {"first_name": "A"}}}
    )
    assert pay == {"beneficiary": {"firstName": "Ada", "card": {"firstName": "A"}}}


def test_a_key_in_both_spellings_is_refused_before_sending(sandbox: Sandbox) -> None:
    with sandbox.client() as wb, pytest.raises(ValueError, match="gives 'walletType' twice"):
        wb.create_withdraw(
            ticker="BTC",
            amount="0.01",
            address="bc1qxy2kgdygjrsqtzq2n0yrf2493p83kkfjhx0wlh",
            travel_rule={"wallet_type": "hosted", "walletType": "unhosted"},
        )
    assert sandbox.ledger.balance(sandbox.account, "BTC", "main") == 1


def test_named_constants_go_out_as_their_plain_values(sandbox: Sandbox) -> None:
    with sandbox.client() as wb:
        by_name = wb.get_user_flex_investments(investment_status=FlexStatus.ACTIVE)
        by_value = wb.get_user_flex_investments(investment_status=1)
        desk = _sub_account(wb)
        wb.sub_account_transfer(
            id=desk, direction=TransferDirection.MAIN_TO_SUB, amount="4", ticker="USDT"
        )
        back = wb.get_sub_account_transfer_history(id=desk, direction=TransferDirection.SUB_TO_MAIN)
        out = wb.get_sub_account_transfer_history(id=desk, direction="main_to_sub")
    assert by_name.to_dict() == by_value.to_dict()
    assert {t.direction for t in back.data} == {"sub_to_main"}
    assert {t.direction for t in out.data} == {"main_to_sub"}
    assert Decimal(4) in [t.amount for t in out.data]
    assert FlexStatus.ACTIVE == 1 and TransferDirection.MAIN_TO_SUB == "main_to_sub"


def _sub_account(wb: WhiteBIT) -> str:
    return wb.list_sub_accounts(limit=1).data[0].id


def test_the_taken_key_error_carries_the_key_and_pickles_with_it() -> None:
    refusal = errors.ValidationError(
        "Validation failed",
        operation="createWithdraw",
        path="/api/v4/main-account/withdraw",
        status_code=400,
        code=0,
        errors={"uniqueId": ["The unique id has already been taken."]},
    )
    taken = errors.IdempotencyKeyTaken.from_refusal(refusal, "k-42")
    assert isinstance(taken, errors.ValidationError) and taken.key == "k-42"
    assert "k-42" in str(taken) and taken.code == 0
    again = pickle.loads(pickle.dumps(taken))
    assert type(again) is errors.IdempotencyKeyTaken and again.key == "k-42"


def _docstring(method: str) -> str:
    return " ".join((getattr(SyncOperations, method).__doc__ or "").split())


def test_each_retry_sentence_follows_the_operations_rule() -> None:
    for entry in OPERATIONS.values():
        text = _docstring(str(entry["method_name"]))
        if entry["idempotency"]:
            assert "settled with its idempotency key `unique_id`" in text
            assert "never re-sent" not in text
        elif entry["changes_state"]:
            assert "never re-sent after a lost answer" in text
        else:
            assert "read-only: re-sent after a lost answer" in text
    assert "looked up with find_withdrawal()" in _docstring("create_withdraw_pay")


def test_the_plugins_fault_names_are_exported() -> None:
    assert FaultKind is SandboxFaultKind
    assert set(typing.get_args(FaultKind)) == set(FAULT_KINDS) == {"drop", "hang", "503"}


def test_history_statuses_read_as_named_codes(sandbox: Sandbox) -> None:
    sandbox.deposit("ETH", "0.25", status=7)
    with sandbox.client() as wb:
        records = wb.get_deposit_withdraw_history(
            transaction_method=TransactionMethod.DEPOSIT,
            ticker="ETH",
            status=[HistoryStatus.SUCCESSFUL, HistoryStatus.SUCCESSFUL_7],
        ).records
    assert [r.status for r in records if r.amount == Decimal("0.25")] == [
        HistoryStatus.SUCCESSFUL_7
    ]
    assert all(r.method is TransactionMethod.DEPOSIT for r in records)
