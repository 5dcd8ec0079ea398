"""The deposit/withdraw history of the sandbox, through the facade over loopback: deposits
a test seeds and withdrawals it makes are listed newest first, paged by limit/offset with
a `total`, narrowed by every documented filter, and refused past WhiteBIT's 10000 cap."""

from __future__ import annotations

import base64
import hashlib
import hmac
import json
import time
from decimal import Decimal
from typing import Any

import httpx
import pytest
from whitebit_main import RetryPolicy, WhiteBIT, errors
from whitebit_sandbox import Ledger, Sandbox

AS_IS: dict[str, Any] = {"retry": RetryPolicy.none(), "rate_limit": False}
ME = {"name": "me", "api_key": "me-key", "api_secret": "me-secret"}
OTHER = {"name": "other", "api_key": "other-key", "api_secret": "other-secret"}
TOO_FAR = {"offset": ["Offset is too big. Please use offset + limit less than 10000."]}


def accounts() -> dict[str, Any]:
    return {
        "accounts": [
            {**ME, "balances": {"main": {"USDT": "1000", "BTC": "2"}}},
            {**OTHER, "balances": {"main": {"USDT": "1000"}}},
        ]
    }


@pytest.fixture
def whitebit_state() -> dict[str, Any]:
    """The state of this module's `sandbox` (the fixture in tests/conftest.py)."""
    return accounts()


def book_a_mix(sb: Sandbox, wb: WhiteBIT) -> list[tuple[int, Decimal]]:
    """Eight deposits and four withdrawals, interleaved; (method, amount) in booking order."""
    booked: list[tuple[int, Decimal]] = []
    for n in range(1, 9):
        sb.deposit("USDT", f"{n}.5", address=f"addr-{n % 3}")
        booked.append((1, Decimal(f"{n}.5")))
        if n % 2 == 0:
            wb.create_withdraw(
                ticker="USDT",
                amount=f"{n}",
                address="0x0f0f0f0f0f0f0f0f0f0f0f0f0f0f0f0f0f0f0f0f",
                unique_id=f"w{n}",
            )
            booked.append((2, Decimal(n)))
    sb.deposit("USDT", "99", account="other")  # someone else's: never listed
    return booked


def test_pages_walk_every_record_newest_first(sandbox: Sandbox) -> None:
    with sandbox.client(**AS_IS) as wb:
        booked = book_a_mix(sandbox, wb)
        seen: list[tuple[int, Decimal]] = []
        for offset in (0, 5, 10):
            page = wb.get_deposit_withdraw_history(limit=5, offset=offset)
            assert (page.limit, page.offset, page.total) == (5, offset, 12)
            seen += [(r.method, r.amount) for r in page.records]
        assert len(page.records) == 2  # the last page is short
        default = wb.get_deposit_withdraw_history()
    assert seen == booked[::-1]
    assert (default.limit, default.offset, len(default.records)) == (50, 0, 12)
    # 8 deposits credited (sum 40) and 4 withdrawals (2+4+6+8) taken
    assert sandbox.ledger.balance("me", "USDT") == Decimal(1000 + 40 - 20)


async def test_pages_async_by_direction(sandbox: Sandbox) -> None:
    with sandbox.client(**AS_IS) as wb:
        booked = book_a_mix(sandbox, wb)
    async with sandbox.async_client(**AS_IS) as wb:
        deposits = []
        for offset in (0, 3, 6):
            page = await wb.get_deposit_withdraw_history(
                transaction_method=1, limit=3, offset=offset
            )
            assert page.total == 8
            deposits += [r.amount for r in page.records]
        withdrawals = await wb.get_deposit_withdraw_history(transaction_method=2, limit=500)
    assert deposits == [amount for method, amount in booked[::-1] if method == 1]
    assert [r.unique_id for r in withdrawals.records] == ["w8", "w6", "w4", "w2"]
    assert {r.fee for r in withdrawals.records} == {Decimal(1)}  # USDT's sandbox fee


def test_the_page_walker_reads_everything_once(sandbox: Sandbox) -> None:
    with sandbox.client(**AS_IS) as wb:
        booked = book_a_mix(sandbox, wb)
        walked = [(r.method, r.amount) for r in wb.iter_get_deposit_withdraw_history(page_size=5)]
    assert walked == booked[::-1]


async def test_the_page_walker_async(sandbox: Sandbox) -> None:
    with sandbox.client(**AS_IS) as wb:
        booked = book_a_mix(sandbox, wb)
    async with sandbox.async_client(**AS_IS) as wb:
        walker = wb.iter_get_deposit_withdraw_history(transaction_method=2, page_size=3)
        walked = [r.amount async for r in walker]
        found = await wb.find_withdrawal("w4")
    assert walked == [amount for method, amount in booked[::-1] if method == 2]
    assert found is not None and found.amount == Decimal(4)


def test_every_filter(sandbox: Sandbox) -> None:
    sandbox.deposit(
        "BTC", "0.5", address="bc1qar0srrr7xfkvy5l643lydnw9re59gtzzwf5mdq", network="BTC"
    )
    sandbox.deposit(
        "USDT",
        "7",
        address="0xaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaa",
        memo="m-1",
        network="TRC20",
    )
    sandbox.deposit(
        "USDT", "8", address="0xdddddddddddddddddddddddddddddddddddddddd", status=15
    )  # pending: not credited yet
    with sandbox.client(**AS_IS) as wb:
        wb.create_withdraw(
            ticker="BTC",
            amount="0.25",
            address="bc1qar0srrr7xfkvy5l643lydnw9re59gtzzwf5mdq",
            unique_id="b-1",
        )
        wb.create_withdraw(
            ticker="USDT",
            amount="3",
            address="0xaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaa",
            unique_id="u-1",
            memo="7",
        )

        def amounts(**filters: Any) -> list[Decimal]:
            page = wb.get_deposit_withdraw_history(**filters)
            assert page.total == len(page.records)
            return [r.amount for r in page.records]

        assert amounts(ticker="BTC") == [Decimal("0.25"), Decimal("0.5")]
        assert amounts(address="0xaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaa") == [
            Decimal(3),
            Decimal(7),
        ]
        assert amounts(
            addresses=[
                "bc1qar0srrr7xfkvy5l643lydnw9re59gtzzwf5mdq",
                "0xdddddddddddddddddddddddddddddddddddddddd",
            ]
        ) == [Decimal("0.25"), 8, Decimal("0.5")]
        assert amounts(memo="m-1") == [Decimal(7)]
        assert amounts(unique_id="u-1") == [Decimal(3)]
        assert amounts(unique_id="nobody") == []
        assert amounts(transaction_method=1, status=[15]) == [Decimal(8)]
        assert amounts(
            transaction_method=2,
            ticker="USDT",
            address="0xaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaa",
        ) == [Decimal(3)]
        assert amounts(status=[3, 7]) == [7, Decimal("0.5")]
        with pytest.raises(errors.ValidationError) as caught:
            wb.get_deposit_withdraw_history(transaction_method=2, status=[22])  # deposit-only
        assert caught.value.errors == {"status": ["The selected status is invalid."]}
        (btc,) = wb.get_deposit_withdraw_history(ticker="BTC", transaction_method=1).records
    assert (btc.currency, btc.network, btc.unique_id, btc.status) == ("Bitcoin", "BTC", None, 3)
    assert btc.confirmations is not None and btc.confirmations.actual >= 1
    assert sandbox.ledger.balance("me", "USDT") == Decimal(1000 + 7 - 3)


@pytest.mark.parametrize(("offset", "limit"), [(9990, 20), (9501, 500), (10000, 1)])
def test_paging_past_record_10000_is_refused(sandbox: Sandbox, offset: int, limit: int) -> None:
    with sandbox.client(**AS_IS) as wb, pytest.raises(errors.ValidationError) as caught:
        wb.get_deposit_withdraw_history(offset=offset, limit=limit)
    assert (caught.value.status_code, caught.value.errors) == (400, TOO_FAR)


async def test_the_cap_allows_exactly_10000_async(sandbox: Sandbox) -> None:
    sandbox.deposit("BTC", "1")
    async with sandbox.async_client(**AS_IS) as wb:
        edge = await wb.get_deposit_withdraw_history(offset=9950, limit=50)
        with pytest.raises(errors.ValidationError) as caught:
            await wb.get_deposit_withdraw_history(offset=9951, limit=50)
    assert (edge.records, edge.total) == ([], 1)
    assert caught.value.errors == TOO_FAR


def test_codes_pages_stop_at_the_cap_too(sandbox: Sandbox) -> None:
    with sandbox.client(**AS_IS) as wb:
        assert wb.get_codes_history(offset=9900, limit=100).data == []
        for walk in (wb.get_codes_history, wb.get_my_codes):
            with pytest.raises(errors.ValidationError) as caught:
                walk(offset=9901, limit=100)
            assert caught.value.errors == TOO_FAR


def signed_post(sb: Sandbox, path: str, fields: dict[str, Any]) -> Any:
    """A request with a body the facade would not send (the older `uniqueId` spelling)."""
    # A second ahead: the client's last nonce for this key may be a millisecond past now
    # (its nonces only grow), and strict mode wants every nonce larger than the last.
    body = {"request": path, "nonce": time.time_ns() // 1_000_000 + 1000, **fields}
    content = json.dumps(body).encode()
    payload = base64.b64encode(content).decode()
    signature = hmac.new(OTHER["api_secret"].encode(), payload.encode(), hashlib.sha512)
    headers = {
        "Content-Type": "application/json",
        "X-TXC-APIKEY": OTHER["api_key"],
        "X-TXC-PAYLOAD": payload,
        "X-TXC-SIGNATURE": signature.hexdigest(),
    }
    answer = httpx.post(sb.url + path, content=content, headers=headers, timeout=5)
    assert answer.status_code == 201, answer.text
    return answer.json()


def test_the_older_unique_id_spelling_filters_too(sandbox: Sandbox) -> None:
    with sandbox.client(**AS_IS, api_key=OTHER["api_key"], api_secret=OTHER["api_secret"]) as wb:
        for uid in ("x-1", "x-2"):
            wb.create_withdraw(
                ticker="USDT",
                amount="10",
                address="0x0f0f0f0f0f0f0f0f0f0f0f0f0f0f0f0f0f0f0f0f",
                unique_id=uid,
            )
    answer = signed_post(sandbox, "/api/v4/main-account/history", {"uniqueId": "x-2"})
    assert [r["unique_id"] for r in answer["records"]] == ["x-2"]
    assert answer["total"] == 1


def test_history_seeded_from_the_state_file_and_dumped_back() -> None:
    state = accounts()
    state["transactions"] = [
        {"account": "me", "method": 1, "ticker": "BTC", "amount": "0.1", "created_at": 300},
        {"account": "me", "method": 2, "ticker": "BTC", "amount": "0.05", "fee": "0.0001",
         "unique_id": "old", "status": 3, "created_at": 100, "address": "bc1-x"},
        {"account": "me", "method": 1, "ticker": "ETH", "amount": "2", "status": 15,
         "created_at": 200, "memo": "42"},
    ]  # fmt: skip
    with Sandbox(state) as sb, sb.client(**AS_IS, api_key="me-key", api_secret="me-secret") as wb:
        page = wb.get_deposit_withdraw_history()
        with pytest.raises(errors.ValidationError) as caught:  # the seeded id is taken
            wb.create_withdraw(
                ticker="BTC",
                amount="0.01",
                address="bc1qar0srrr7xfkvy5l643lydnw9re59gtzzwf5mdq",
                unique_id="old",
            )
        dumped = sb.ledger.dump()
    assert [(r.created_at, r.amount) for r in page.records] == [
        (300, Decimal("0.1")),
        (200, Decimal(2)),
        (100, Decimal("0.05")),
    ]
    assert caught.value.errors == {"uniqueId": ["The unique id has already been taken."]}
    assert dumped["transactions"][1]["unique_id"] == "old"
    assert dumped["accounts"][0]["balances"]["main"]["BTC"] == "2"  # seeds move no money
    assert Ledger(dumped).dump() == dumped


@pytest.mark.parametrize(
    ("record", "message"),
    [
        ({"method": 3}, r"method: 3 is not one of \[1, 2\]"),
        ({"method": 1, "status": 1}, r"status: 1 is not one of"),
        ({"method": 1, "amount": "0"}, "must be > 0"),
        ({"method": 1, "account": "nobody"}, "no account 'nobody'"),
    ],
)
def test_bad_seeded_history_is_refused_with_its_place(record: dict[str, Any], message: str) -> None:
    state = accounts()
    state["transactions"] = [{"account": "me", "ticker": "BTC", "amount": "1", **record}]
    with pytest.raises(ValueError, match=message):
        Sandbox(state)


def test_a_unique_id_may_be_seeded_once_per_account() -> None:
    state = accounts()
    twice = {"account": "me", "method": 2, "ticker": "BTC", "amount": "1", "unique_id": "u"}
    state["transactions"] = [twice, twice]
    with pytest.raises(ValueError, match=r"transactions\[1\].unique_id: 'u' is used twice"):
        Sandbox(state)
