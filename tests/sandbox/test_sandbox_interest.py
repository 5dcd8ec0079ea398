"""Fixed interest in the sandbox, through the facade over loopback: `Sandbox.pay_interest`
ends terms the way WhiteBIT does (interest from the plan's percent and term, in its
interest currency, credited to the main balance with the amount invested), and
getInterestPaymentHistory lists the payments newest first, filtered, paged and capped."""

from __future__ import annotations

from decimal import ROUND_DOWN, Decimal, localcontext
from typing import Any

import pytest
from whitebit_main import RetryPolicy, WhiteBIT, errors
from whitebit_main.models import FixedPlan
from whitebit_sandbox import DEMO_FIXED_INVESTMENT, USDT_FIXED_PLAN, Ledger, Sandbox
from whitebit_sandbox._core._defaults import default_state

AS_IS: dict[str, Any] = {"retry": RetryPolicy.none(), "rate_limit": False}
TOO_FAR = {"offset": ["Offset is too big. Please use offset + limit less than 10000."]}
MINUTES_PER_YEAR = 365 * 24 * 60
BTC_PAYING_PLAN = "6a1f0c3e-2b4d-4e5f-8a9b-0c1d2e3f4a5b"


def expected_interest(plan: FixedPlan, amount: Decimal, places: str) -> Decimal:
    """A term's interest as the listed plan describes it: percent a year, duration in
    minutes, converted by the interest ratio, rounded down to the currency's decimals."""
    with localcontext(prec=100):
        earned = amount * plan.percent / 100 * plan.duration / MINUTES_PER_YEAR
        return (earned / plan.interest_ratio).quantize(Decimal(places), rounding=ROUND_DOWN)


def listed_plan(wb: WhiteBIT, plan_id: str) -> FixedPlan:
    (plan,) = [p for p in wb.get_fixed_plans() if p.id == plan_id]
    return plan


@pytest.fixture
def whitebit_state() -> dict[str, Any]:
    """The default state, a second account, and a USDT plan that pays its interest in BTC."""
    state = default_state()
    state["accounts"].append({"name": "issuer", "api_key": "issuer-key", "api_secret": "s"})
    state["fixed_plans"].append(
        {"id": BTC_PAYING_PLAN, "ticker": "USDT", "percent": "7.3", "duration": 525600,
         "interest_ticker": "BTC", "interest_ratio": "65432.1", "min_investment": "10",
         "max_investment": "50000"}
    )  # fmt: skip
    return state


def test_a_term_ends_with_its_interest_paid_and_listed(sandbox: Sandbox) -> None:
    start = sandbox.ledger.totals()
    with sandbox.client(**AS_IS) as wb:
        plan = listed_plan(wb, USDT_FIXED_PLAN)
        before = wb.get_main_balance(ticker="USDT")["USDT"].main_balance
        made = wb.create_fixed_investment(plan_id=USDT_FIXED_PLAN, amount="1234.5").id
        paid = sandbox.pay_interest(made)
        interest = expected_interest(plan, Decimal("1234.5"), "0.000001")
        after = wb.get_main_balance(ticker="USDT")["USDT"].main_balance
        newest = wb.get_interest_payment_history(limit=1).records
        (closed,) = wb.get_fixed_investments_history(id=made).records
    assert paid == {made: interest} and interest > 0
    assert after == before + interest  # the amount came back, with the interest on top
    assert [(r.investment_id, r.plan_id, r.ticker, r.amount) for r in newest] == [
        (made, USDT_FIXED_PLAN, plan.interest_ticker, interest)
    ]
    assert (closed.status, closed.interest_paid) == (2, interest)
    assert sandbox.ledger.totals() == {**start, "USDT": start["USDT"] + interest}


async def test_every_active_term_ends_and_filters_pick_them_async(sandbox: Sandbox) -> None:
    async with sandbox.async_client(**AS_IS) as wb:
        earlier = (await wb.get_interest_payment_history()).records
        made = (await wb.create_fixed_investment(plan_id=USDT_FIXED_PLAN, amount="500")).id
        plans = {p.id: p for p in await wb.get_fixed_plans()}
        active = (await wb.get_fixed_investments_history(status=1)).records
        paid = sandbox.pay_interest()
        everything = (await wb.get_interest_payment_history()).records
        this_plan = (await wb.get_interest_payment_history(plan_id=USDT_FIXED_PLAN)).records
        in_usdt = (await wb.get_interest_payment_history(ticker="USDT")).records
        in_btc = (await wb.get_interest_payment_history(ticker="BTC")).records
        still_active = (await wb.get_fixed_investments_history(status=1)).records
    assert {i.id for i in active} == {made, DEMO_FIXED_INVESTMENT} == set(paid)
    for inv in active:
        assert paid[inv.id] == expected_interest(plans[inv.plan.id], inv.amount, "0.000001")
    assert [r.investment_id for r in everything[: len(paid)]] == list(paid)[::-1]
    assert everything[len(paid) :] == earlier  # the seeded one stays, oldest
    assert {r.investment_id for r in this_plan} == {made} | {
        r.investment_id for r in earlier if r.plan_id == USDT_FIXED_PLAN
    }
    assert in_usdt == everything and in_btc == []
    assert still_active == []
    assert sandbox.pay_interest() == {}  # nothing left to pay


def test_pages_newest_first_and_the_cap(sandbox: Sandbox) -> None:
    amounts = [Decimal(100 + 25 * n) for n in range(7)]
    with sandbox.client(**AS_IS) as wb:
        made: list[str] = []
        for amount in amounts:  # one active investment per plan: invest, end, again
            made.append(wb.create_fixed_investment(plan_id=USDT_FIXED_PLAN, amount=amount).id)
            sandbox.pay_interest(made[-1])
        everything = [r.investment_id for r in wb.get_interest_payment_history().records]
        offsets = range(0, len(everything), 3)
        pages = [
            wb.get_interest_payment_history(plan_id=USDT_FIXED_PLAN, limit=3, offset=offset)
            for offset in offsets
        ]
        walked = list(wb.iter_get_interest_payment_history(ticker="USDT", page_size=2))
        edge = wb.get_interest_payment_history(offset=9900, limit=100)
        with pytest.raises(errors.ValidationError) as caught:
            wb.get_interest_payment_history(offset=9901, limit=100)
    assert everything[: len(made)] == made[::-1]  # the seeded payment is older than these
    assert len(everything) > len(made)
    assert [r.investment_id for p in pages for r in p.records] == everything
    assert [(p.limit, p.offset) for p in pages] == [(3, offset) for offset in offsets]
    assert [r.investment_id for r in walked] == everything
    assert edge.records == []
    assert (caught.value.status_code, caught.value.errors) == (400, TOO_FAR)


def test_bad_filters_are_refused(sandbox: Sandbox) -> None:
    with sandbox.client(**AS_IS) as wb:
        for plan_id in ("8e667b4a-0000-4988-8af5-9474dbfaeb51", "not-a-plan"):
            with pytest.raises(errors.ValidationError) as caught:
                wb.get_interest_payment_history(plan_id=plan_id)
            assert caught.value.errors == {"planId": ["The selected planId is invalid."]}
        with pytest.raises(errors.ValidationError) as caught:
            wb.get_interest_payment_history(ticker="usdt!")
        assert caught.value.errors == {"ticker": ["The selected ticker is invalid."]}
        upper = wb.get_interest_payment_history(plan_id=USDT_FIXED_PLAN.upper()).records
    assert upper and {r.plan_id for r in upper} == {USDT_FIXED_PLAN}


def test_closing_early_pays_nothing_and_ended_terms_pay_once(sandbox: Sandbox) -> None:
    with sandbox.client(**AS_IS) as wb:
        before = wb.get_interest_payment_history().records
        made = wb.create_fixed_investment(plan_id=USDT_FIXED_PLAN, amount="300").id
        wb.close_fixed_investment(id=made)
        assert wb.get_interest_payment_history().records == before
        (closed,) = wb.get_fixed_investments_history(id=made).records
    assert closed.interest_paid == 0
    with pytest.raises(ValueError, match="is closed"):
        sandbox.pay_interest(made)
    with pytest.raises(KeyError, match="no Fixed investment"):
        sandbox.pay_interest("no-such-investment")
    with pytest.raises(KeyError, match="no Fixed investment"):  # not this account's
        sandbox.pay_interest(DEMO_FIXED_INVESTMENT, account="issuer")


def test_interest_in_another_currency_is_converted_and_rounded_down(sandbox: Sandbox) -> None:
    with sandbox.client(**AS_IS) as wb:
        plan = listed_plan(wb, BTC_PAYING_PLAN)
        btc = wb.get_main_balance(ticker="BTC")["BTC"].main_balance
        made = wb.create_fixed_investment(plan_id=BTC_PAYING_PLAN, amount="5000").id
        paid = sandbox.pay_interest(made)[made]
        (record,) = wb.get_interest_payment_history(plan_id=BTC_PAYING_PLAN).records
        (in_btc,) = wb.get_interest_payment_history(ticker="BTC").records
        after = wb.get_main_balance(ticker="BTC")["BTC"].main_balance
    exact = Decimal(5000) * plan.percent / 100 / plan.interest_ratio  # a year's term
    assert paid == expected_interest(plan, Decimal(5000), "0.00000001") < exact
    assert (record.ticker, record.amount) == ("BTC", paid)
    assert in_btc == record
    assert after == btc + paid


def test_seeded_payments_are_listed_and_dumped_back() -> None:
    state = default_state()
    state["interest_payments"] = [
        {"account": "demo", "plan": USDT_FIXED_PLAN, "investment": "old-1", "amount": "1.5",
         "timestamp": 200},
        {"account": "demo", "plan": USDT_FIXED_PLAN, "investment": "old-2", "amount": "2.5",
         "timestamp": 300},
        {"account": "demo", "plan": USDT_FIXED_PLAN, "investment": "old-3", "amount": "0.5",
         "timestamp": 100},
    ]  # fmt: skip
    with Sandbox(state) as sb, sb.client(**AS_IS) as wb:
        records = wb.get_interest_payment_history().records
        sb.pay_interest()
        dumped = sb.ledger.dump()
    by_time = sorted(state["interest_payments"], key=lambda p: p["timestamp"], reverse=True)
    assert [(r.investment_id, r.timestamp) for r in records] == [
        (p["investment"], p["timestamp"]) for p in by_time
    ]
    assert len(dumped["interest_payments"]) == len(state["interest_payments"]) + 1
    assert Ledger(dumped).dump() == dumped


@pytest.mark.parametrize(
    ("change", "message"),
    [
        ({"plan": "not-a-uuid"}, r"interest_payments\[0\].plan: 'not-a-uuid' is not a UUID"),
        ({"amount": "0"}, r"interest_payments\[0\].amount: must be > 0"),
        ({"account": "nobody"}, r"interest_payments\[0\].account: no account 'nobody'"),
        ({"investment": DEMO_FIXED_INVESTMENT}, "has another account or plan"),
    ],
)
def test_a_bad_seeded_payment_is_refused_with_its_place(
    change: dict[str, Any], message: str
) -> None:
    state = default_state()
    state["interest_payments"][0].update(change)
    with pytest.raises(ValueError, match=message):
        Sandbox(state)
