"""JWTs, websocket and card tokens, the mining pool, credit lines and the Travel Rule in
the sandbox: each answers from state, on the sandbox's clock."""

from __future__ import annotations

import base64
import json
from decimal import Decimal
from typing import Any

import pytest
from whitebit_main import RetryPolicy, errors
from whitebit_main_api.operations import SecretAnswer
from whitebit_sandbox import Sandbox, SandboxClock

AS_IS: dict[str, Any] = {"retry": RetryPolicy.none(), "rate_limit": False}
START = 1_800_000_000
DAY = 86400
BTC = "bc1qar0srrr7xfkvy5l643lydnw9re59gtzzwf5mdq"


@pytest.fixture
def sb() -> Any:
    with Sandbox(clock=SandboxClock(START), rate_limits=False) as sandbox:
        yield sandbox


def claims(token: str) -> dict[str, Any]:
    payload = token.split(".")[1]
    decoded: dict[str, Any] = json.loads(
        base64.urlsafe_b64decode(payload + "=" * (-len(payload) % 4))
    )
    return decoded


def test_the_jwt_expires_an_hour_after_issue_on_the_sandbox_clock(sb: Sandbox) -> None:
    with sb.client(**AS_IS) as wb:
        issued = wb.issue_jwt_token().data
        assert issued.expires_at == START + 3600
        token = issued.token
        issued_claims = claims(token)  # asserted apart, so a failure never prints the token
        assert (issued_claims["exp"], issued_claims["sub"]) == (START + 3600, sb.account)
        tokenised = wb.issue_card_token(card_number="4111111111111111", jwt_token=token)
        assert isinstance(tokenised, SecretAnswer)  # 201, no body: nothing to show
        assert tokenised.reveal() is None
        with pytest.raises(errors.WhiteBITError) as luhn:
            wb.issue_card_token(card_number="4111111111111112", jwt_token=token)
        assert luhn.value.status_code == 422
        with pytest.raises(errors.AuthenticationError):
            wb.issue_card_token(card_number="4111111111111111", jwt_token="not.issued.here")
        sb.advance(3600)
        with pytest.raises(errors.AuthenticationError):  # expired
            wb.issue_card_token(card_number="4111111111111111", jwt_token=token)


def test_the_websocket_token_lasts_a_day(sb: Sandbox) -> None:
    with sb.client(**AS_IS) as wb:
        first = wb.get_web_socket_token().websocket_token
        assert wb.get_web_socket_token().websocket_token == first
        sb.advance(DAY)
        assert wb.get_web_socket_token().websocket_token != first


def test_mining_pays_fpps_per_whole_day_to_the_chosen_destination(sb: Sandbox) -> None:
    with sb.client(**AS_IS) as wb:
        wb.create_mining_account(name="rig")
        with pytest.raises(errors.ValidationError) as taken:
            wb.create_mining_account(name="rig")
        assert taken.value.errors == {"name": ["The name has already been taken."]}
        sb.connect_miner("rig", "w1", "80")
        sb.connect_miner("rig", "w2", "20")
        before = sb.ledger.balance(sb.account, "BTC")
        sb.advance(DAY)
        (paid,) = wb.get_mining_rewards(account="rig").data
        # 100 TH/s * 0.0000125 BTC a day = 0.00125, less the 2.5 % pool fee
        assert (paid.total_reward, paid.fee, paid.reward) == (
            Decimal("0.00125"), Decimal("0.00003125"), Decimal("0.00121875"),
        )  # fmt: skip
        assert sb.ledger.balance(sb.account, "BTC") == before + paid.reward
        wb.set_mining_payout_destination(
            account_name="rig", destination="external_address", address=BTC
        )
        sb.advance(DAY)
        newest = wb.get_mining_rewards(account="rig").data[0]
        assert newest.payout_address == BTC and newest.payout_transaction_hash
        assert sb.ledger.balance(sb.account, "BTC") == before + paid.reward  # paid out
        info = wb.get_mining_miner_info(account="rig").data
        assert info.workers.online == 2
        assert wb.get_mining_worker_names(account="rig").data.workers == ["w1", "w2"]
        series = wb.get_mining_worker_hashrate(account="rig", worker="w2", interval="24h")
        assert {point.hashrate for point in series.data.hashrates} == {Decimal(20)}


def test_payout_destination_rules(sb: Sandbox) -> None:
    with sb.client(**AS_IS) as wb:
        wb.create_mining_account(name="rig")

        def refused(**kwargs: Any) -> dict[str, list[str]]:
            with pytest.raises(errors.ValidationError) as caught:
                wb.set_mining_payout_destination(account_name="rig", **kwargs)
            return caught.value.errors

        assert refused(destination="external_address") == {
            "address": ["miningPool.validation.payoutDestination.btcAddressRequired"]
        }
        assert refused(destination="external_address", address="0x" + "1" * 40) == {
            "address": ["miningPool.validation.payoutDestination.invalidBtcAddress"]
        }
        with pytest.raises(errors.ValidationError) as unknown:
            wb.get_mining_payout_destination(account_name="nobody")
        assert unknown.value.errors == {"user": ["Mining account not found."]}


def test_watcher_links_expire(sb: Sandbox) -> None:
    with sb.client(**AS_IS) as wb:
        wb.create_mining_account(name="rig")
        hour = wb.create_mining_watcher_link(
            accounts=["rig"], name="short", permissions=["dashboard"], live_until="1h"
        ).data
        forever = wb.create_mining_watcher_link(
            accounts=["rig"], name="long", permissions=["rewards"], live_until="always"
        ).data
        assert hour.live_until == START + 3600 and forever.live_until is None
        assert len(wb.list_mining_watcher_links(account="rig").data) == 2
        sb.advance(3600)
        assert [link.name for link in wb.list_mining_watcher_links(account="rig").data] == ["long"]


def test_the_credit_line_is_the_one_opened(sb: Sandbox) -> None:
    with sb.client(**AS_IS) as wb:
        with pytest.raises(errors.WhiteBITError) as none:
            wb.get_credit_line_info()
        assert (none.value.status_code, none.value.message) == (400, "No active loan at the moment")
        sb.open_credit_line("ETH", "3", total_funding="1", current_ltv="33.3")
        line = wb.get_credit_line_info()
        assert (line.asset, line.amount, line.current_ltv) == ("ETH", 3, Decimal("33.3"))
        assert line.created_at == START
    with pytest.raises(ValueError, match="LTV"):
        sb.open_credit_line("ETH", "3", initial_ltv="80")


def test_travel_rule_data_moves_a_waiting_deposit_to_review(sb: Sandbox) -> None:
    waiting = sb.deposit("ETH", "1", status=27)
    done = sb.deposit("ETH", "1")
    originator = {
        "type": "individual", "firstName": "Ada", "lastName": "L", "residenceCountry": "NLD",
        "walletAddress": "0x" + "9" * 40,
        "address": {"country": "NLD", "city": "Amsterdam", "addressLine1": "Damrak 1"},
    }  # fmt: skip
    with sb.client(**AS_IS) as wb:
        vasps = {v.vasp_id for v in wb.get_travel_rule_vasps().data.vasps}

        def submit(unique_id: str, **kwargs: Any) -> Any:
            return wb.submit_travel_rule_deposit_verification(
                unique_id=unique_id, originator=kwargs.pop("originator", originator), **kwargs
            )

        with pytest.raises(errors.ValidationError) as no_vasp:
            submit(waiting, wallet_type="hosted")
        assert list(no_vasp.value.errors) == ["vaspData"]
        with pytest.raises(errors.ValidationError) as nameless:
            submit(waiting, wallet_type="unhosted", originator={**originator, "firstName": None})
        assert nameless.value.errors == {
            "originator.firstName": ["The first name field is required for individual."]
        }
        answer = submit(waiting, wallet_type="hosted", vasp_data={"vaspId": sorted(vasps)[0]})
        assert answer.data.status == "submitted"
        for unique_id, text in (
            (waiting, "Transaction is not ready for verification"),
            (done, "Transaction is not ready for verification"),
            ("nothing", "Transaction not found"),
        ):
            with pytest.raises(errors.WhiteBITError) as caught:
                submit(unique_id, wallet_type="unhosted")
            assert caught.value.errors == {"uniqueId": [text]}
        (record,) = [
            r for r in wb.get_deposit_withdraw_history().records if r.transaction_id == waiting
        ]
        assert record.status == 28
