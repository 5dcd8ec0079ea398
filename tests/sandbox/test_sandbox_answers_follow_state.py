"""Every operation of the contract, proven to answer from the sandbox's state and the
request rather than from a fixed example.

Each scenario below calls one operation twice, with the state or the request changed in
between, and the two answers must differ. Operations whose real success answer is
constant by contract (an empty acknowledgement such as `{}` or `[]`) are listed in
`CONSTANT` with the reason; their scenario pairs a success (which must be exactly the
documented body) with the refusal the state makes of the same call. For every other
operation, no success answer may be the spec's example unchanged.

Requests go over HTTP, signed by hand, so the proof does not lean on the facade's models.
"""

from __future__ import annotations

import base64
import hashlib
import hmac
import json
import time
from collections.abc import Callable, Iterator
from typing import Any

import httpx
import pytest
from whitebit_main_api._contract import OPERATIONS
from whitebit_main_api._examples import SUCCESS_EXAMPLES
from whitebit_sandbox import (
    DEMO_FIXED_INVESTMENT,
    DEMO_SUB_ACCOUNT,
    USDT_FIXED_PLAN,
    USDT_FLEX_PLAN,
    Sandbox,
    SandboxClock,
)
from whitebit_sandbox._core._defaults import default_state

Answer = tuple[int, Any]
DEMO_KEY = "a1b2c3d4-e5f6-7890-abcd-ef1234567890"
UNKNOWN_ID = "0d7b66ff-1909-4938-ab7a-d16d9a64dcd5"
OUTSIDE = "0x" + "7" * 40
DAY = 86400
PERMISSIONS = {"spotEnabled": True, "collateralEnabled": False}
BOB = {"name": "bob", "api_key": "bob-key", "api_secret": "bob-secret"}

# Success answers that are the same whatever the state, because the contract says so.
CONSTANT = {
    "createWithdraw": "an accepted withdrawal is `[]`; its progress is read from the history",
    "createWithdrawPay": "as createWithdraw",
    "transferBetweenBalances": "a done transfer is `[]`; the balances show it",
    "issueCardToken": "the card token answer is 201 with no body",
    "closeFixedInvestment": "closing answers `{}`; the investments history shows it",
    "updateFlexAutoReinvestment": "the switch answers `{data: []}`; the investment shows it",
    "editSubAccount": "answers `{}`; the listing shows the change",
    "deleteSubAccount": "answers `{}`; the listing shows it gone",
    "blockSubAccount": "answers `{}`; the listing shows the status",
    "unblockSubAccount": "answers `{}`; the listing shows the status",
    "confirmSubAccountWithdrawal": "answers `{}`; the unconfirmed list shows it gone",
    "editSubAccountApiKey": "answers `{}`; the key listing shows the change",
    "deleteSubAccountApiKey": "answers `{}`; the key listing shows it gone",
    "resetSubAccountApiKey": "answers `{}`; the key listing shows the new key",
}
# The one success answer that does not depend on the account: WhiteBIT's VASP directory.
SAME_FOR_EVERYONE = {"getTravelRuleVasps": "the directory of VASPs is the exchange's own"}


class Poster:
    """Signed requests to the sandbox by operation id; (status, JSON body) back."""

    def __init__(self, sb: Sandbox) -> None:
        self.sb = sb
        self.nonce = time.time_ns() // 1_000_000
        self.jwt = ""

    def __call__(self, op_id: str, key: str = "", secret: str = "", **fields: Any) -> Answer:
        facts = OPERATIONS[op_id]
        path = facts["path"]
        self.nonce += 1
        if facts["auth"] == "jwt":
            content = json.dumps(fields).encode()
            headers = {"Content-Type": "application/json", "Authorization": self.jwt}
        else:
            body = {"request": path, "nonce": self.nonce, "nonceWindow": True, **fields}
            content = json.dumps(body).encode()
            payload = base64.b64encode(content).decode()
            signature = hmac.new(
                (secret or self.sb.api_secret).encode(), payload.encode(), hashlib.sha512
            )
            headers = {
                "Content-Type": "application/json",
                "X-TXC-APIKEY": key or self.sb.api_key,
                "X-TXC-PAYLOAD": payload,
                "X-TXC-SIGNATURE": signature.hexdigest(),
            }
        answer = httpx.post(self.sb.url + path, content=content, headers=headers, timeout=5)
        return answer.status_code, answer.json() if answer.content else None

    def ok(self, op_id: str, **fields: Any) -> Any:
        status, body = self(op_id, **fields)
        assert status < 300, (op_id, status, body)
        return body


Scenario = Callable[[Sandbox, Poster], tuple[Answer, Answer]]
SCENARIOS: dict[str, Scenario] = {}


def scenario(op_id: str) -> Callable[[Scenario], Scenario]:
    def register(fn: Scenario) -> Scenario:
        assert op_id not in SCENARIOS, op_id
        SCENARIOS[op_id] = fn
        return fn

    return register


def twice(
    p: Poster, op_id: str, change: Callable[[], object], **fields: Any
) -> tuple[Answer, Answer]:
    """The operation's answer, then the state changes, then its answer again."""
    before = p(op_id, **fields)
    change()
    return before, p(op_id, **fields)


def new_sub(p: Poster, alias: str = "extra") -> str:
    made: str = p.ok("createSubAccount", alias=alias, permissions=PERMISSIONS, shareKyc=True)["id"]
    return made


def fund_sub(p: Poster, sub: str, amount: str = "2") -> None:
    p.ok("subAccountTransfer", id=sub, direction="main_to_sub", amount=amount, ticker="ETH")


def mining(sb: Sandbox, p: Poster, name: str = "rig_one", worker: str = "") -> str:
    p.ok("createMiningAccount", name=name)
    if worker:
        sb.connect_miner(name, worker, "80")
    return name


# -- wallet, deposits, withdrawals -------------------------------------------------------


@scenario("getMainBalance")
def _(sb: Sandbox, p: Poster) -> tuple[Answer, Answer]:
    return twice(p, "getMainBalance", lambda: sb.deposit("USDT", "5"), ticker="USDT")


@scenario("getDepositAddress")
def _(sb: Sandbox, p: Poster) -> tuple[Answer, Answer]:
    return p("getDepositAddress", ticker="BTC"), p("getDepositAddress", ticker="ETH")


@scenario("createNewAddress")
def _(sb: Sandbox, p: Poster) -> tuple[Answer, Answer]:
    return p("createNewAddress", ticker="XLM"), p("createNewAddress", ticker="XLM")


@scenario("getFiatDepositUrl")
def _(sb: Sandbox, p: Poster) -> tuple[Answer, Answer]:
    fields = {"ticker": "UAH", "provider": "VISAMASTER"}
    return (
        p("getFiatDepositUrl", amount="100", uniqueId="a", **fields),
        p("getFiatDepositUrl", amount="200", uniqueId="b", **fields),
    )


@scenario("issueJwtToken")
def _(sb: Sandbox, p: Poster) -> tuple[Answer, Answer]:
    return twice(p, "issueJwtToken", lambda: sb.advance(60))


@scenario("getWebSocketToken")
def _(sb: Sandbox, p: Poster) -> tuple[Answer, Answer]:
    bob = p("getWebSocketToken", key=BOB["api_key"], secret=BOB["api_secret"])
    return p("getWebSocketToken"), bob


@scenario("issueCardToken")
def _(sb: Sandbox, p: Poster) -> tuple[Answer, Answer]:
    p.jwt = p.ok("issueJwtToken")["data"]["token"]
    return p("issueCardToken", cardNumber="4111111111111111"), p(
        "issueCardToken", cardNumber="4111111111111112"
    )


@scenario("refundDeposit")
def _(sb: Sandbox, p: Poster) -> tuple[Answer, Answer]:
    first = sb.deposit("ETH", "1", address="0x" + "1" * 40, status=4)
    second = sb.deposit("ETH", "2", address="0x" + "1" * 40, status=4)
    return (
        p("refundDeposit", transactionId=first, address=OUTSIDE),
        p("refundDeposit", transactionId=second, address=OUTSIDE),
    )


def _withdraw(op_id: str) -> Scenario:
    def run(sb: Sandbox, p: Poster) -> tuple[Answer, Answer]:
        fields = {"ticker": "USDT", "amount": "10", "address": OUTSIDE, "uniqueId": "w-1"}
        return p(op_id, **fields), p(op_id, **fields)  # the id is taken the second time

    return run


scenario("createWithdraw")(_withdraw("createWithdraw"))
scenario("createWithdrawPay")(_withdraw("createWithdrawPay"))


@scenario("createExpressWithdrawToken")
def _(sb: Sandbox, p: Poster) -> tuple[Answer, Answer]:
    return (
        p("createExpressWithdrawToken", ticker="USDT", amount="25.5", externalId="o-1"),
        p("createExpressWithdrawToken", ticker="USDT", amount="25.5", externalId="o-2"),
    )


@scenario("transferBetweenBalances")
def _(sb: Sandbox, p: Poster) -> tuple[Answer, Answer]:
    fields = {"ticker": "USDT", "amount": "6000", "from": "main", "to": "spot"}
    return p("transferBetweenBalances", **fields), p("transferBetweenBalances", **fields)


@scenario("getDepositWithdrawHistory")
def _(sb: Sandbox, p: Poster) -> tuple[Answer, Answer]:
    return twice(p, "getDepositWithdrawHistory", lambda: sb.deposit("BTC", "0.5"))


@scenario("getFees")
def _(sb: Sandbox, p: Poster) -> tuple[Answer, Answer]:
    return twice(p, "getFees", lambda: sb.deposit("DOGE", "50"))


# -- codes -------------------------------------------------------------------------------


@scenario("createCode")
def _(sb: Sandbox, p: Poster) -> tuple[Answer, Answer]:
    return p("createCode", ticker="ETH", amount="0.1"), p("createCode", ticker="ETH", amount="0.2")


@scenario("applyCode")
def _(sb: Sandbox, p: Poster) -> tuple[Answer, Answer]:
    small, large = (p.ok("createCode", ticker="ETH", amount=a)["code"] for a in ("0.1", "0.3"))
    bob = {"key": BOB["api_key"], "secret": BOB["api_secret"]}
    return p("applyCode", code=small, **bob), p("applyCode", code=large, **bob)


@scenario("getMyCodes")
def _(sb: Sandbox, p: Poster) -> tuple[Answer, Answer]:
    return twice(p, "getMyCodes", lambda: p.ok("createCode", ticker="ETH", amount="0.1"))


@scenario("getCodesHistory")
def _(sb: Sandbox, p: Poster) -> tuple[Answer, Answer]:
    return twice(p, "getCodesHistory", lambda: p.ok("createCode", ticker="ETH", amount="0.1"))


# -- Fixed and Flex lending --------------------------------------------------------------


def _fixed_invest(p: Poster, amount: str = "1000") -> None:
    p.ok("createFixedInvestment", planId=USDT_FIXED_PLAN, amount=amount)


@scenario("getFixedPlans")
def _(sb: Sandbox, p: Poster) -> tuple[Answer, Answer]:
    return twice(p, "getFixedPlans", lambda: _fixed_invest(p))  # less room left in the plan


@scenario("createFixedInvestment")
def _(sb: Sandbox, p: Poster) -> tuple[Answer, Answer]:
    first = p("createFixedInvestment", planId=USDT_FIXED_PLAN, amount="1000")
    p.ok("closeFixedInvestment", id=first[1]["id"])
    return first, p("createFixedInvestment", planId=USDT_FIXED_PLAN, amount="1000")


@scenario("closeFixedInvestment")
def _(sb: Sandbox, p: Poster) -> tuple[Answer, Answer]:
    return (
        p("closeFixedInvestment", id=DEMO_FIXED_INVESTMENT),
        p("closeFixedInvestment", id=DEMO_FIXED_INVESTMENT),
    )


@scenario("getFixedInvestmentsHistory")
def _(sb: Sandbox, p: Poster) -> tuple[Answer, Answer]:
    return twice(p, "getFixedInvestmentsHistory", lambda: _fixed_invest(p))


@scenario("getInterestPaymentHistory")
def _(sb: Sandbox, p: Poster) -> tuple[Answer, Answer]:
    _fixed_invest(p)
    return twice(p, "getInterestPaymentHistory", lambda: sb.advance(10 * DAY))


@scenario("getFlexPlans")
def _(sb: Sandbox, p: Poster) -> tuple[Answer, Answer]:
    return p("getFlexPlans", ticker="USDT"), p("getFlexPlans", ticker="BTC")


def _flex(p: Poster, amount: str = "3650") -> Any:
    return p.ok("createFlexInvestment", plan=USDT_FLEX_PLAN, amount=amount)


@scenario("getUserFlexInvestments")
def _(sb: Sandbox, p: Poster) -> tuple[Answer, Answer]:
    return twice(p, "getUserFlexInvestments", lambda: _flex(p))


@scenario("getFlexInvestmentHistory")
def _(sb: Sandbox, p: Poster) -> tuple[Answer, Answer]:
    return twice(p, "getFlexInvestmentHistory", lambda: _flex(p))


@scenario("getFlexPaymentHistory")
def _(sb: Sandbox, p: Poster) -> tuple[Answer, Answer]:
    _flex(p)
    return twice(p, "getFlexPaymentHistory", lambda: sb.advance(DAY))


@scenario("createFlexInvestment")
def _(sb: Sandbox, p: Poster) -> tuple[Answer, Answer]:
    return (
        p("createFlexInvestment", plan=USDT_FLEX_PLAN, amount="100"),
        p("createFlexInvestment", plan=USDT_FLEX_PLAN, amount="100"),
    )


@scenario("withdrawFromFlexInvestment")
def _(sb: Sandbox, p: Poster) -> tuple[Answer, Answer]:
    _flex(p)
    return (
        p("withdrawFromFlexInvestment", plan=USDT_FLEX_PLAN, amount="10"),
        p("withdrawFromFlexInvestment", plan=USDT_FLEX_PLAN, amount="10"),
    )


@scenario("closeFlexInvestment")
def _(sb: Sandbox, p: Poster) -> tuple[Answer, Answer]:
    _flex(p)
    first = p("closeFlexInvestment", plan=USDT_FLEX_PLAN)
    _flex(p)
    return first, p("closeFlexInvestment", plan=USDT_FLEX_PLAN)


@scenario("updateFlexAutoReinvestment")
def _(sb: Sandbox, p: Poster) -> tuple[Answer, Answer]:
    refused = p("updateFlexAutoReinvestment", plan=USDT_FLEX_PLAN, enabled=True)
    _flex(p)
    return p("updateFlexAutoReinvestment", plan=USDT_FLEX_PLAN, enabled=True), refused


# -- sub-accounts and their keys ---------------------------------------------------------


@scenario("createSubAccount")
def _(sb: Sandbox, p: Poster) -> tuple[Answer, Answer]:
    fields = {"permissions": PERMISSIONS, "shareKyc": True}
    return p("createSubAccount", alias="one", **fields), p(
        "createSubAccount", alias="two", **fields
    )


@scenario("deleteSubAccount")
def _(sb: Sandbox, p: Poster) -> tuple[Answer, Answer]:
    sub = new_sub(p)
    return p("deleteSubAccount", id=sub), p("deleteSubAccount", id=sub)


@scenario("editSubAccount")
def _(sb: Sandbox, p: Poster) -> tuple[Answer, Answer]:
    fields = {"alias": "renamed", "permissions": PERMISSIONS}
    return p("editSubAccount", id=DEMO_SUB_ACCOUNT, **fields), p(
        "editSubAccount", id=UNKNOWN_ID, **fields
    )


@scenario("listSubAccounts")
def _(sb: Sandbox, p: Poster) -> tuple[Answer, Answer]:
    return twice(p, "listSubAccounts", lambda: new_sub(p))


@scenario("subAccountTransfer")
def _(sb: Sandbox, p: Poster) -> tuple[Answer, Answer]:
    fields = {"id": DEMO_SUB_ACCOUNT, "direction": "main_to_sub", "ticker": "ETH"}
    return p("subAccountTransfer", amount="1", **fields), p(
        "subAccountTransfer", amount="1", **fields
    )


def _blocking(op_id: str) -> Scenario:
    def run(sb: Sandbox, p: Poster) -> tuple[Answer, Answer]:
        return p(op_id, id=DEMO_SUB_ACCOUNT), p(op_id, id=UNKNOWN_ID)

    return run


scenario("blockSubAccount")(_blocking("blockSubAccount"))
scenario("unblockSubAccount")(_blocking("unblockSubAccount"))


@scenario("getSubAccountBalances")
def _(sb: Sandbox, p: Poster) -> tuple[Answer, Answer]:
    return twice(
        p, "getSubAccountBalances", lambda: fund_sub(p, DEMO_SUB_ACCOUNT), id=DEMO_SUB_ACCOUNT
    )


@scenario("getSubAccountTransferHistory")
def _(sb: Sandbox, p: Poster) -> tuple[Answer, Answer]:
    return twice(
        p,
        "getSubAccountTransferHistory",
        lambda: fund_sub(p, DEMO_SUB_ACCOUNT),
        id=DEMO_SUB_ACCOUNT,
    )


@scenario("listUnconfirmedSubAccountWithdrawals")
def _(sb: Sandbox, p: Poster) -> tuple[Answer, Answer]:
    fund_sub(p, DEMO_SUB_ACCOUNT)
    return twice(
        p,
        "listUnconfirmedSubAccountWithdrawals",
        lambda: sb.sub_account_withdrawal(DEMO_SUB_ACCOUNT, "ETH", "1"),
    )


@scenario("confirmSubAccountWithdrawal")
def _(sb: Sandbox, p: Poster) -> tuple[Answer, Answer]:
    fund_sub(p, DEMO_SUB_ACCOUNT)
    waiting = sb.sub_account_withdrawal(DEMO_SUB_ACCOUNT, "ETH", "1")
    return p("confirmSubAccountWithdrawal", id=waiting), p(
        "confirmSubAccountWithdrawal", id=waiting
    )


@scenario("createSubAccountApiKey")
def _(sb: Sandbox, p: Poster) -> tuple[Answer, Answer]:
    return (
        p("createSubAccountApiKey", type=1, subAccountId=DEMO_SUB_ACCOUNT, title="bot"),
        p("createSubAccountApiKey", type=2, subAccountId=DEMO_SUB_ACCOUNT, title="reader"),
    )


@scenario("editSubAccountApiKey")
def _(sb: Sandbox, p: Poster) -> tuple[Answer, Answer]:
    fields = {"title": "t", "urls": [{"url": "/api/v4/main-account/history", "enable": True}]}
    return p("editSubAccountApiKey", apiKeyId=DEMO_KEY, **fields), p(
        "editSubAccountApiKey", apiKeyId=UNKNOWN_ID, **fields
    )


@scenario("deleteSubAccountApiKey")
def _(sb: Sandbox, p: Poster) -> tuple[Answer, Answer]:
    return p("deleteSubAccountApiKey", apiKeyId=DEMO_KEY), p(
        "deleteSubAccountApiKey", apiKeyId=DEMO_KEY
    )


@scenario("resetSubAccountApiKey")
def _(sb: Sandbox, p: Poster) -> tuple[Answer, Answer]:
    return p("resetSubAccountApiKey", apiKeyId=DEMO_KEY), p(
        "resetSubAccountApiKey", apiKeyId=UNKNOWN_ID
    )


@scenario("listSubAccountApiKeys")
def _(sb: Sandbox, p: Poster) -> tuple[Answer, Answer]:
    return twice(
        p, "listSubAccountApiKeys", lambda: p.ok("resetSubAccountApiKey", apiKeyId=DEMO_KEY)
    )


@scenario("listSubAccountApiKeyIpAddresses")
def _(sb: Sandbox, p: Poster) -> tuple[Answer, Answer]:
    add = lambda: p.ok("createSubAccountApiKeyIpAddress", apiKeyId=DEMO_KEY, ip="10.1.2.3")  # noqa: E731
    return twice(p, "listSubAccountApiKeyIpAddresses", add, apiKeyId=DEMO_KEY)


@scenario("createSubAccountApiKeyIpAddress")
def _(sb: Sandbox, p: Poster) -> tuple[Answer, Answer]:
    return (
        p("createSubAccountApiKeyIpAddress", apiKeyId=DEMO_KEY, ip="10.1.2.3"),
        p("createSubAccountApiKeyIpAddress", apiKeyId=DEMO_KEY, ip="10.1.2.4"),
    )


@scenario("deleteSubAccountApiKeyIpAddress")
def _(sb: Sandbox, p: Poster) -> tuple[Answer, Answer]:
    for ip in ("10.1.2.3", "10.1.2.4", "10.1.2.5"):
        p.ok("createSubAccountApiKeyIpAddress", apiKeyId=DEMO_KEY, ip=ip)
    return (
        p("deleteSubAccountApiKeyIpAddress", apiKeyId=DEMO_KEY, ip="10.1.2.3"),
        p("deleteSubAccountApiKeyIpAddress", apiKeyId=DEMO_KEY, ip="10.1.2.5"),
    )


@scenario("getSubAccountKycUrl")
def _(sb: Sandbox, p: Poster) -> tuple[Answer, Answer]:
    own = p.ok("createSubAccount", alias="own", permissions=PERMISSIONS, email="own@example.com")[
        "id"
    ]
    return p("getSubAccountKycUrl", id=own), p("getSubAccountKycUrl", id=own)


# -- mining ------------------------------------------------------------------------------


@scenario("createMiningAccount")
def _(sb: Sandbox, p: Poster) -> tuple[Answer, Answer]:
    return p("createMiningAccount", name="rig_one"), p("createMiningAccount", name="rig_two")


@scenario("getMiningAccounts")
def _(sb: Sandbox, p: Poster) -> tuple[Answer, Answer]:
    return twice(p, "getMiningAccounts", lambda: mining(sb, p))


@scenario("getMiningRewards")
def _(sb: Sandbox, p: Poster) -> tuple[Answer, Answer]:
    mining(sb, p, worker="w1")
    return twice(p, "getMiningRewards", lambda: sb.advance(DAY))


@scenario("getMiningHashrate")
def _(sb: Sandbox, p: Poster) -> tuple[Answer, Answer]:
    name = mining(sb, p)
    sb.advance(3600)

    def connect() -> None:
        sb.connect_miner(name, "w1", "80")
        sb.advance(3600)

    return twice(p, "getMiningHashrate", connect, account=name)


@scenario("getMiningPayoutDestination")
def _(sb: Sandbox, p: Poster) -> tuple[Answer, Answer]:
    name = mining(sb, p)

    def pay_to(address: str) -> Answer:
        p.ok(
            "setMiningPayoutDestination",
            accountName=name,
            destination="external_address",
            address=address,
        )
        return p("getMiningPayoutDestination", accountName=name)

    return pay_to("bc1q" + "q" * 38), pay_to("bc1q" + "p" * 38)


@scenario("setMiningPayoutDestination")
def _(sb: Sandbox, p: Poster) -> tuple[Answer, Answer]:
    name = mining(sb, p)
    return (
        p("setMiningPayoutDestination", accountName=name, destination="external_address",
          address="bc1q" + "q" * 38),
        p("setMiningPayoutDestination", accountName=name, destination="main_balance"),
    )  # fmt: skip


@scenario("getMiningMinerInfo")
def _(sb: Sandbox, p: Poster) -> tuple[Answer, Answer]:
    name = mining(sb, p)
    return twice(p, "getMiningMinerInfo", lambda: sb.connect_miner(name, "w1"), account=name)


@scenario("getMiningWorkerNames")
def _(sb: Sandbox, p: Poster) -> tuple[Answer, Answer]:
    name = mining(sb, p)
    return twice(p, "getMiningWorkerNames", lambda: sb.connect_miner(name, "w1"), account=name)


@scenario("getMiningWorkerHashrate")
def _(sb: Sandbox, p: Poster) -> tuple[Answer, Answer]:
    name = mining(sb, p, worker="w1")
    sb.connect_miner(name, "w2", "120")
    sb.advance(3 * 3600)
    return (
        p("getMiningWorkerHashrate", account=name, worker="w1"),
        p("getMiningWorkerHashrate", account=name, worker="w2"),
    )


@scenario("createMiningWatcherLink")
def _(sb: Sandbox, p: Poster) -> tuple[Answer, Answer]:
    name = mining(sb, p)
    fields = {"accounts": [name], "permissions": ["dashboard"]}
    return (
        p("createMiningWatcherLink", name="one", liveUntil="1h", **fields),
        p("createMiningWatcherLink", name="two", liveUntil="always", **fields),
    )


@scenario("listMiningWatcherLinks")
def _(sb: Sandbox, p: Poster) -> tuple[Answer, Answer]:
    name = mining(sb, p)
    link = lambda: p.ok(  # noqa: E731
        "createMiningWatcherLink", accounts=[name], name="l", permissions=["rewards"],
        liveUntil="24h",
    )  # fmt: skip
    return twice(p, "listMiningWatcherLinks", link, account=name)


# -- credit line and travel rule ---------------------------------------------------------


@scenario("getCreditLineInfo")
def _(sb: Sandbox, p: Poster) -> tuple[Answer, Answer]:
    return twice(p, "getCreditLineInfo", lambda: sb.open_credit_line("ETH", "3", current_ltv="40"))


@scenario("getTravelRuleVasps")
def _(sb: Sandbox, p: Poster) -> tuple[Answer, Answer]:
    bob = p("getTravelRuleVasps", key=BOB["api_key"], secret=BOB["api_secret"])
    return p("getTravelRuleVasps"), bob


@scenario("submitTravelRuleDepositVerification")
def _(sb: Sandbox, p: Poster) -> tuple[Answer, Answer]:
    waiting = sb.deposit("ETH", "1", status=27)
    fields = {
        "walletType": "unhosted",
        "originator": {
            "type": "individual", "firstName": "Ada", "lastName": "L",
            "residenceCountry": "NLD", "walletAddress": OUTSIDE,
            "address": {"country": "NLD", "city": "Amsterdam", "addressLine1": "Damrak 1"},
        },
    }  # fmt: skip
    return (
        p("submitTravelRuleDepositVerification", uniqueId=waiting, **fields),
        p("submitTravelRuleDepositVerification", uniqueId=waiting, **fields),
    )


# -- the proof ---------------------------------------------------------------------------


@pytest.fixture
def running() -> Iterator[Sandbox]:
    state = default_state()
    state["accounts"].append(dict(BOB))
    with Sandbox(state, clock=SandboxClock(1_800_000_000), rate_limits=False) as sb:
        yield sb


def test_every_operation_has_a_scenario() -> None:
    assert set(SCENARIOS) == set(OPERATIONS)
    assert set(CONSTANT) | set(SAME_FOR_EVERYONE) < set(OPERATIONS)


@pytest.mark.parametrize("op_id", sorted(OPERATIONS))
def test_the_answer_follows_state_or_input(running: Sandbox, op_id: str) -> None:
    first, second = SCENARIOS[op_id](running, Poster(running))
    successes = [body for status, body in (first, second) if status < 300]
    assert successes, (first, second)
    _status, example = SUCCESS_EXAMPLES[op_id]
    if op_id in SAME_FOR_EVERYONE:
        assert first == second and first[0] < 300
        return
    assert first != second
    if op_id in CONSTANT:  # one success with the documented body, one refusal
        assert successes == [example]
        assert min(first[0], second[0]) < 300 <= max(first[0], second[0])
    else:
        assert all(body != example for body in successes), "answered the spec example"
