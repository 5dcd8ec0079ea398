"""The sandbox ledger through the facade: balances add up after a session of transfers,
Flex investments and codes; the business rules answer as WhiteBIT does; state is seeded
from JSON and dumped back."""

from __future__ import annotations

import json
from decimal import Decimal
from pathlib import Path
from typing import Any

import pytest
from whitebit_main import RetryPolicy, WhiteBIT, errors
from whitebit_sandbox import BTC_FLEX_PLAN, USDT_FLEX_PLAN, Ledger, Sandbox
from whitebit_sandbox._core._defaults import default_state

AS_IS: dict[str, Any] = {"retry": RetryPolicy.none(), "rate_limit": False}
ALICE = {"name": "alice", "api_key": "alice-key", "api_secret": "alice-secret"}
ALICE_KEYS = {"api_key": ALICE["api_key"], "api_secret": ALICE["api_secret"]}


def two_accounts() -> dict[str, Any]:
    state = default_state()
    state["accounts"].append({**ALICE, "balances": {"main": {"USDT": "5"}}})
    return state


@pytest.fixture
def whitebit_state() -> dict[str, Any]:
    """The state of this module's `sandbox` (the fixture in tests/conftest.py)."""
    return two_accounts()


def main_usdt(wb: WhiteBIT) -> str:
    return str(wb.get_main_balance(ticker="USDT")["USDT"].main_balance)


def test_totals_are_conserved_through_a_session(sandbox: Sandbox) -> None:
    ledger = sandbox.ledger
    start = ledger.totals()
    # balances (main 10000 + spot 500 + alice's 5) and the demo's 100 USDT Fixed investment
    assert start == {"BTC": Decimal(1), "ETH": Decimal(5), "USDT": Decimal(10605)}
    with sandbox.client(**AS_IS) as wb, sandbox.client(**AS_IS, **ALICE_KEYS) as alice:
        wb.transfer_between_balances(ticker="USDT", amount="100", from_="main", to="spot")
        wb.transfer_between_balances(ticker="USDT", amount="30", method="withdraw")
        wb.transfer_between_balances(ticker="USDT", amount="50", method="collateral-deposit")
        wb.create_flex_investment(plan=USDT_FLEX_PLAN, amount="1000.123456789012345678")
        wb.withdraw_from_flex_investment(plan=USDT_FLEX_PLAN, amount="250.000000000000000001")
        wb.update_flex_auto_reinvestment(plan=USDT_FLEX_PLAN, enabled=True)
        wb.close_flex_investment(plan=USDT_FLEX_PLAN)
        wb.create_flex_investment(plan=BTC_FLEX_PLAN, amount="0.5", with_reinvest=True)
        wb.withdraw_from_flex_investment(plan=BTC_FLEX_PLAN, amount="0.1")
        code = wb.create_code(ticker="USDT", amount="25.5", passphrase="open-sesame").code
        assert ledger.totals() == start  # the code holds its 25.5 until applied
        with pytest.raises(errors.ValidationError, match="Incorrect code or passphrase"):
            alice.apply_code(code=code, passphrase="wrong")
        with pytest.raises(errors.ValidationError, match="This code was created by you"):
            wb.apply_code(code=code, passphrase="open-sesame")
        applied = alice.apply_code(code=code, passphrase="open-sesame")
        assert (applied.ticker, applied.amount) == ("USDT", Decimal("25.5"))
        with pytest.raises(errors.ValidationError, match="Code already applied"):
            alice.apply_code(code=code, passphrase="open-sesame")
        assert main_usdt(wb) == "9854.5"  # 10000 - 100 + 30 - 50 - 25.5; Flex all paid back
        assert main_usdt(alice) == "30.5"
    assert ledger.totals() == start
    assert ledger.balance("demo", "USDT", "spot") == Decimal(570)
    assert ledger.balance("demo", "USDT", "collateral") == Decimal(50)
    assert ledger.balance("demo", "BTC") == Decimal("0.6")


def test_refusals_change_nothing(sandbox: Sandbox) -> None:
    before = sandbox.ledger.dump()
    with sandbox.client(**AS_IS) as wb:
        with pytest.raises(errors.InnerValidationError) as caught:
            wb.transfer_between_balances(ticker="USDT", amount="600", from_="spot", to="main")
        assert caught.value.code == 5
        assert caught.value.errors == {
            "amount": ["You don't have such amount for transfer (available 500, in amount: 600)"]
        }
        with pytest.raises(errors.InnerValidationError) as caught:
            wb.create_code(ticker="BTC", amount="2")
        assert caught.value.code == 5
        with pytest.raises(errors.InnerValidationError) as caught:
            wb.create_flex_investment(plan=BTC_FLEX_PLAN, amount="1.5")
        assert (caught.value.code, caught.value.errors) == (4, {"amount": ["Available 1 < 1.5"]})
    assert sandbox.ledger.dump() == before


@pytest.mark.parametrize(
    ("amount", "code", "message"),
    [
        ("9.99", 2, "Amount is less than min investment"),
        ("100000.01", 3, "Amount is more than max investment"),
        ("0", 0, "Amount is too small"),
    ],
)
def test_flex_investment_bounds(sandbox: Sandbox, amount: str, code: int, message: str) -> None:
    with sandbox.client(**AS_IS) as wb, pytest.raises(errors.InnerValidationError) as caught:
        wb.create_flex_investment(plan=USDT_FLEX_PLAN, amount=amount)
    assert (caught.value.code, caught.value.errors) == (code, {"amount": [message]})


def test_flex_cumulative_limit_and_paused_plan() -> None:
    state = default_state()
    state["accounts"][0]["balances"]["main"]["BTC"] = "20"
    state["flex_plans"][1]["status"] = "paused"
    state["flex_plans"].append(
        {
            "id": "11111111-2222-4333-8444-555555555555",
            "ticker": "BTC",
            "min_investment": "1",
            "max_investment": "10",
            "status": "active",
        }
    )
    with Sandbox(state) as sb, sb.client(**AS_IS) as wb:
        plans = wb.get_flex_plans()
        assert [p.id for p in plans] == [USDT_FLEX_PLAN, "11111111-2222-4333-8444-555555555555"]
        with pytest.raises(errors.InnerValidationError, match="Plan is paused"):
            wb.create_flex_investment(plan=BTC_FLEX_PLAN, amount="1")
        wb.create_flex_investment(plan="11111111-2222-4333-8444-555555555555", amount="6")
        with pytest.raises(errors.InnerValidationError, match="Investment limit is exceeded"):
            wb.create_flex_investment(plan="11111111-2222-4333-8444-555555555555", amount="5")


def test_flex_listing_and_history(sandbox: Sandbox) -> None:
    with sandbox.client(**AS_IS) as wb:
        first = wb.create_flex_investment(plan=USDT_FLEX_PLAN, amount="100").data.transaction_id
        wb.create_flex_investment(plan=USDT_FLEX_PLAN, amount="50", with_reinvest=True)
        wb.withdraw_from_flex_investment(plan=USDT_FLEX_PLAN, amount="20")
        wb.close_flex_investment(plan=USDT_FLEX_PLAN)
        wb.create_flex_investment(plan=USDT_FLEX_PLAN, amount="10")
        with pytest.raises(errors.InnerValidationError, match="No existing investments"):
            wb.update_flex_auto_reinvestment(plan=BTC_FLEX_PLAN, enabled=True)
        mine = wb.get_user_flex_investments().data
        assert [(i.invested, i.status) for i in mine] == [(10, 1), (0, 0)]
        assert mine[1].with_auto_reinvest is True
        assert len(wb.get_user_flex_investments(investment_status=0).data) == 1
        assert wb.get_user_flex_investments(ticker="BTC").data == []
        history = wb.get_flex_investment_history().data
        assert [(h.action_type, h.amount) for h in history] == [
            (1, 10),
            (5, 130),
            (3, 20),
            (1, 50),
            (1, 100),
        ]
        assert len(wb.get_flex_investment_history(action_types=[1]).data) == 3
        assert len(wb.get_flex_investment_history(limit=2, offset=1).data) == 2
        assert wb.get_flex_investment_history(transaction=first).data[0].amount == 100
        assert wb.get_flex_payment_history().data == []  # the sandbox pays no interest


def test_codes_listing_and_history(sandbox: Sandbox) -> None:
    with sandbox.client(**AS_IS) as wb, sandbox.client(**AS_IS, **ALICE_KEYS) as alice:
        one = wb.create_code(ticker="USDT", amount="1.5", description="for alice").code
        two = wb.create_code(ticker="ETH", amount="0.002").code
        alice.apply_code(code=one)
        mine = wb.get_my_codes()
        assert mine.total == 2
        assert [(c.code, c.status) for c in mine.data] == [(two, "Active"), (one, "Activated")]
        assert [h.amount for h in wb.get_codes_history().data] == [
            Decimal("-0.002"),
            Decimal("-1.5"),
        ]
        (received,) = alice.get_codes_history().data
        assert (received.code, received.amount) == (one, Decimal("1.5"))
        assert alice.get_my_codes().total == 0


def test_main_balance_of_unknown_ticker_is_zero(sandbox: Sandbox) -> None:
    with sandbox.client(**AS_IS) as wb:
        assert wb.get_main_balance(ticker="DOGE")["DOGE"].main_balance == 0
        assert wb.get_main_balance().to_dict() == {
            "BTC": {"main_balance": "1"},
            "ETH": {"main_balance": "5"},
            "USDT": {"main_balance": "10000"},
        }


def test_transfer_needs_a_direction(sandbox: Sandbox) -> None:
    with sandbox.client(**AS_IS) as wb:
        with pytest.raises(errors.ValidationError) as caught:
            wb.transfer_between_balances(ticker="USDT", amount="1")
        assert caught.value.errors == {"method": ["The method field is required."]}
        with pytest.raises(errors.ValidationError) as caught:
            wb.transfer_between_balances(ticker="USDT", amount="0.000000001", method="deposit")
        assert caught.value.errors == {"amount": ["The amount must be at least 0.00000001."]}
        with pytest.raises(errors.ValidationError) as caught:
            wb.transfer_between_balances(ticker="usdt!", amount="1", method="deposit")
        assert caught.value.errors == {"ticker": ["The selected ticker is invalid."]}


def test_seeded_state_is_served_and_dumped_back(tmp_path: Path) -> None:
    state = two_accounts()
    state["flex_investments"] = [
        {
            "id": "inv_1",
            "account": "alice",
            "plan": USDT_FLEX_PLAN,
            "invested": "40",
            "auto_reinvest": True,
            "created_at": 1700000000,
        }
    ]
    state["flex_history"] = [
        {
            "account": "alice",
            "plan": USDT_FLEX_PLAN,
            "investment": "inv_1",
            "amount": "0.25",
            "transaction_id": "tx_earned",
            "action_type": 4,
            "created_at": 1700086400,
        }
    ]
    path = tmp_path / "state.json"
    path.write_text(json.dumps(state))
    with Sandbox(path) as sb, sb.client(**AS_IS, **ALICE_KEYS) as alice:
        assert alice.get_user_flex_investments().data[0].invested == Decimal(40)
        (paid,) = alice.get_flex_payment_history().data
        assert (paid.transaction_id, paid.amount, paid.action_type) == (
            "tx_earned",
            Decimal("0.25"),
            4,
        )
        alice.withdraw_from_flex_investment(plan=USDT_FLEX_PLAN, amount="15")
        dumped = sb.ledger.dump()
    json.dumps(dumped)  # JSON-able as is
    assert dumped["accounts"][1]["balances"]["main"] == {"USDT": "20"}
    assert dumped["flex_investments"][0]["invested"] == "25"
    assert Ledger(dumped).dump() == dumped  # a dump seeds the same state again


def test_accounts_file_may_be_just_a_list(tmp_path: Path) -> None:
    path = tmp_path / "accounts.json"
    path.write_text(json.dumps([{**ALICE, "balances": {"main": {"XLM": 36.48}}}]))
    with Sandbox(path) as sb:
        assert (sb.account, sb.api_key) == ("alice", "alice-key")
        assert sb.ledger.balance("alice", "XLM") == Decimal("36.48")  # read as Decimal


@pytest.mark.parametrize(
    ("change", "message"),
    [
        ({"accounts": [{**ALICE, "balance": {}}]}, r"accounts\[0\]: unknown field\(s\) balance"),
        ({"accounts": [{**ALICE, "balances": {"main": {"BTC": "-1"}}}]}, "must be >= 0"),
        ({"accounts": [{**ALICE, "balances": {"main": {"BTC": "1e3"}}}]}, "not a decimal"),
        ({"accounts": [ALICE, {**ALICE, "name": "b"}]}, "used by two accounts"),
        ({"accounts": []}, "at least one account"),
        (
            {
                "flex_plans": [
                    {"id": "12", "ticker": "X", "min_investment": "1", "max_investment": "2"}
                ]
            },
            "not a UUID",
        ),
        (
            {"codes": [{"code": "c", "account": "nobody", "ticker": "X", "amount": "1"}]},
            "no account 'nobody'",
        ),
        ({"balances": {}}, r"unknown section\(s\) balances"),
    ],
)
def test_bad_seed_is_refused_with_its_place(change: dict[str, Any], message: str) -> None:
    with pytest.raises(ValueError, match=message):
        Sandbox(change)


def test_tiny_and_long_amounts_stay_exact(sandbox: Sandbox) -> None:
    start = sandbox.ledger.totals()
    with sandbox.client(**AS_IS) as wb:
        for _ in range(3):
            wb.transfer_between_balances(ticker="USDT", amount="0.00000001", method="deposit")
        wb.create_code(ticker="ETH", amount="0.000000000000000001")
        with pytest.raises(errors.ValidationError) as caught:
            wb.create_code(ticker="ETH", amount="0.0000000000000000001")
        assert caught.value.errors == {"amount": ["The amount must be a number."]}
    assert sandbox.ledger.balance("demo", "USDT", "spot") == Decimal("500.00000003")
    assert sandbox.ledger.balance("demo", "ETH") == Decimal("4.999999999999999999")
    assert sandbox.ledger.totals() == start
