"""Sub-accounts in the sandbox, through the facade over loopback: created, listed, edited,
blocked and deleted in the ledger; money moves between the main balance and a
sub-account's and shows in its balances and its transfer history (newest first, every
filter, paged, capped at WhiteBIT's 10000 records); refusals answer as WhiteBIT's do and
leave the books untouched."""

from __future__ import annotations

import uuid
from decimal import Decimal
from typing import Any, Literal

import pytest
from whitebit_main import RetryPolicy, WhiteBIT, errors
from whitebit_main.models import SubAccount
from whitebit_sandbox import DEMO_SUB_ACCOUNT, Ledger, Sandbox

AS_IS: dict[str, Any] = {"retry": RetryPolicy.none(), "rate_limit": False}
ME = {"name": "me", "api_key": "me-key", "api_secret": "me-secret"}
OTHER = {"name": "other", "api_key": "other-key", "api_secret": "other-secret"}
OTHER_KEYS: dict[str, Any] = {"api_key": OTHER["api_key"], "api_secret": OTHER["api_secret"]}
SPOT_ONLY = {"spotEnabled": True, "collateralEnabled": False}
TOO_FAR = {"offset": ["Offset is too big. Please use offset + limit less than 10000."]}
UNKNOWN_ID = {"id": ["The selected id is invalid."]}
ZERO = Decimal(0)
Direction = Literal["main_to_sub", "sub_to_main"]


@pytest.fixture
def whitebit_state() -> dict[str, Any]:
    """Two accounts, no sub-accounts yet: the `sandbox` fixture (tests/conftest.py) uses it."""
    return {
        "accounts": [
            {**ME, "balances": {"main": {"USDT": "1000", "BTC": "2"}}},
            {**OTHER, "balances": {"main": {"USDT": "1000"}}},
        ]
    }


def me(sandbox: Sandbox) -> WhiteBIT:
    return sandbox.client(**AS_IS)


def new_sub(wb: WhiteBIT, alias: str, email: str | None = None) -> SubAccount:
    return wb.create_sub_account(
        alias=alias, email=email or f"{alias}@example.com", permissions=SPOT_ONLY
    )


def main_usdt(wb: WhiteBIT) -> Decimal:
    return wb.get_main_balance(ticker="USDT")["USDT"].main_balance


def test_create_list_transfer_and_read_it_back(sandbox: Sandbox) -> None:
    start = sandbox.ledger.totals()
    with me(sandbox) as wb:
        made = new_sub(wb, "trading_bot", "bot.owner@example.com")
        assert uuid.UUID(made.id).version == 4
        assert (made.alias, made.status, made.email) == (
            "trading_bot",
            "active",
            "b***@example.com",
        )
        assert (made.kyc.share_kyc, made.permissions.spot_enabled) == (False, True)
        assert [s.id for s in wb.list_sub_accounts().data] == [made.id]

        sent = wb.sub_account_transfer(
            id=made.id, direction="main_to_sub", ticker="USDT", amount=40
        )
        back = wb.sub_account_transfer(
            id=made.id, direction="sub_to_main", ticker="USDT", amount="15.5"
        )
        balances = wb.get_sub_account_balances(id=made.id)
        history = wb.get_sub_account_transfer_history(id=made.id)
        assert main_usdt(wb) == Decimal("975.5")
    assert list(balances) == ["USDT"]
    (usdt,) = balances["USDT"]
    assert (usdt.main, usdt.spot, usdt.collateral) == (Decimal("24.5"), ZERO, ZERO)
    assert [(r.transaction_id, r.direction, r.currency, r.amount) for r in history.data] == [
        (back.transaction_id, "sub_to_main", "USDT", Decimal("15.5")),
        (sent.transaction_id, "main_to_sub", "USDT", Decimal(40)),
    ]
    assert all(r.id == r.transaction_id for r in history.data)  # the older name, same value
    assert (history.limit, history.offset) == (100, 0)
    assert sandbox.ledger.totals() == start  # moved, not made or lost


async def test_the_same_round_trip_async(sandbox: Sandbox) -> None:
    async with sandbox.async_client(**AS_IS) as wb:
        made = await wb.create_sub_account(alias="shared", share_kyc=True, permissions=SPOT_ONLY)
        assert made.email is None  # no email of its own: it shares the KYC
        assert made.kyc.kyc_status == "verified"
        sent = await wb.sub_account_transfer(
            id=made.id, direction="main_to_sub", ticker="BTC", amount="0.25"
        )
        btc = (await wb.get_sub_account_balances(id=made.id, ticker="BTC"))["BTC"][0]
        never_held = (await wb.get_sub_account_balances(id=made.id, ticker="ETH"))["ETH"][0]
        (record,) = (await wb.get_sub_account_transfer_history(id=made.id)).data
        listed = (await wb.list_sub_accounts(search="SHAR")).data
        main_btc = (await wb.get_main_balance(ticker="BTC"))["BTC"].main_balance
    assert (btc.main, never_held.main, never_held.spot) == (Decimal("0.25"), ZERO, ZERO)
    assert (record.transaction_id, record.amount) == (sent.transaction_id, Decimal("0.25"))
    assert [s.id for s in listed] == [made.id]
    assert main_btc == Decimal("1.75")


def test_search_and_pages_of_the_listing(sandbox: Sandbox) -> None:
    aliases = [f"desk-{n}" for n in range(5)] + ["bot-a", "bot-b"]
    with me(sandbox) as wb, sandbox.client(**AS_IS, **OTHER_KEYS) as other:
        made = [new_sub(wb, alias).id for alias in aliases]
        new_sub(other, "bot-c")  # someone else's: never listed
        new_sub(other, "desk-0")  # aliases are unique per account only
        assert [s.alias for s in wb.list_sub_accounts(search="BOT").data] == ["bot-a", "bot-b"]
        assert [s.alias for s in wb.list_sub_accounts(search="desk-3@example").data] == ["desk-3"]
        assert [s.id for s in wb.list_sub_accounts(search=made[2]).data] == [made[2]]
        assert wb.list_sub_accounts(search="nobody").data == []
        pages = [wb.list_sub_accounts(limit=3, offset=offset) for offset in (0, 3, 6)]
        walked = [s.id for s in wb.iter_list_sub_accounts(page_size=2)]
        default = wb.list_sub_accounts()
        assert wb.list_sub_accounts(offset=9900, limit=100).data == []
        with pytest.raises(errors.ValidationError) as caught:
            wb.list_sub_accounts(offset=9901, limit=100)
    assert [s.id for p in pages for s in p.data] == made  # oldest first
    assert [(p.limit, p.offset) for p in pages] == [(3, 0), (3, 3), (3, 6)]
    assert walked == made
    assert (default.limit, default.offset, len(default.data)) == (30, 0, len(made))
    assert (caught.value.status_code, caught.value.errors) == (400, TOO_FAR)


def test_transfer_history_filters_pages_and_the_cap(sandbox: Sandbox) -> None:
    moves: list[tuple[Direction, Decimal]] = [("main_to_sub", Decimal(n + 10)) for n in range(5)]
    moves += [("sub_to_main", Decimal(n + 1)) for n in range(4)]
    with me(sandbox) as wb:
        sub = new_sub(wb, "ledger").id
        untouched = new_sub(wb, "quiet").id
        booked = [
            wb.sub_account_transfer(id=sub, direction=way, ticker="USDT", amount=amount)
            for way, amount in moves
        ]
        pages = [
            wb.get_sub_account_transfer_history(id=sub, limit=4, offset=offset)
            for offset in (0, 4, 8)
        ]
        outgoing = wb.get_sub_account_transfer_history(id=sub, direction="main_to_sub")
        incoming = wb.get_sub_account_transfer_history(id=sub, direction="sub_to_main", offset=1)
        walked = list(wb.iter_get_sub_account_transfer_history(id=sub, page_size=2))
        quiet = wb.get_sub_account_transfer_history(id=untouched)
        edge = wb.get_sub_account_transfer_history(id=sub, offset=9900, limit=100)
        with pytest.raises(errors.ValidationError) as caught:
            wb.get_sub_account_transfer_history(id=sub, offset=9950, limit=100)
    newest_first = [b.transaction_id for b in booked][::-1]
    assert [r.transaction_id for p in pages for r in p.data] == newest_first
    assert len(pages[-1].data) < 4  # the last page is short
    assert [r.amount for r in outgoing.data] == [a for w, a in moves if w == "main_to_sub"][::-1]
    returned = [a for w, a in moves if w == "sub_to_main"][::-1]
    assert [r.amount for r in incoming.data] == returned[1:]
    assert [r.transaction_id for r in walked] == newest_first
    assert (quiet.data, edge.data) == ([], [])
    assert caught.value.errors == TOO_FAR


def test_refusals_leave_the_books_as_they_were(sandbox: Sandbox) -> None:
    with me(sandbox) as wb, sandbox.client(**AS_IS, **OTHER_KEYS) as other:
        sub = new_sub(wb, "target").id
        theirs = new_sub(other, "theirs").id
        wb.sub_account_transfer(id=sub, direction="main_to_sub", ticker="USDT", amount=100)
        before = sandbox.ledger.dump()

        def refused(**fields: Any) -> errors.WhiteBITError:
            call = {"id": sub, "direction": "main_to_sub", "ticker": "USDT", **fields}
            with pytest.raises(errors.WhiteBITError) as caught:
                wb.sub_account_transfer(**call)
            return caught.value

        for unknown in (str(uuid.uuid4()), "not-a-uuid", theirs):
            refusal = refused(id=unknown, amount=1)
            assert (refusal.status_code, refusal.errors) == (400, UNKNOWN_ID)
            with pytest.raises(errors.ValidationError) as caught:
                wb.get_sub_account_balances(id=unknown)
            assert caught.value.errors == UNKNOWN_ID
        too_much = refused(amount="900.000001")
        assert isinstance(too_much, errors.InnerValidationError)
        assert (too_much.code, too_much.errors) == (
            5,
            {"amount": ["You don't have such amount for transfer (available 900, in amount: "
                        "900.000001)"]},
        )  # fmt: skip
        taking_back = refused(direction="sub_to_main", amount="100.5")
        assert taking_back.errors["amount"][0].startswith("You don't have such amount")
        assert refused(amount="1.0000001").errors == {
            "amount": ["Invalid decimal amount: USDT allows at most 6 decimal places"]
        }
        assert refused(amount="0.000000001").errors == {
            "amount": ["The amount must be at least 0.00000001."]
        }
        assert refused(ticker="usdt!", amount=1).errors == {
            "ticker": ["The selected ticker is invalid."]
        }
    assert sandbox.ledger.dump() == before


async def test_a_blocked_sub_account_receives_nothing_async(sandbox: Sandbox) -> None:
    async with sandbox.async_client(**AS_IS) as wb:
        sub = (
            await wb.create_sub_account(alias="frozen", share_kyc=True, permissions=SPOT_ONLY)
        ).id
        await wb.sub_account_transfer(id=sub, direction="main_to_sub", ticker="USDT", amount=30)
        assert (await wb.block_sub_account(id=sub)).to_dict() == {}
        (listed,) = (await wb.list_sub_accounts()).data
        with pytest.raises(errors.InnerValidationError) as caught:
            await wb.sub_account_transfer(id=sub, direction="main_to_sub", ticker="USDT", amount=1)
        # what it holds can still come back to the main account
        await wb.sub_account_transfer(id=sub, direction="sub_to_main", ticker="USDT", amount=10)
        await wb.unblock_sub_account(id=sub)
        (unblocked,) = (await wb.list_sub_accounts()).data
        await wb.sub_account_transfer(id=sub, direction="main_to_sub", ticker="USDT", amount=1)
        left = (await wb.get_sub_account_balances(id=sub, ticker="USDT"))["USDT"][0].main
        ways = [r.direction for r in (await wb.get_sub_account_transfer_history(id=sub)).data]
    assert (listed.status, unblocked.status) == ("blocked", "active")
    assert caught.value.errors == {"id": ["Sub-account is blocked"]}
    assert left == Decimal(21)
    assert ways == ["main_to_sub", "sub_to_main", "main_to_sub"]


@pytest.mark.parametrize(
    ("fields", "problems"),
    [
        ({"alias": "no-mail"}, {"email": ["The email field is required."]}),
        ({"alias": "no-mail", "share_kyc": False}, {"email": ["The email field is required."]}),
        (
            {"alias": "taken", "email": "not-an-email"},
            {"alias": ["Alias already exists."], "email": ["Email is invalid."]},
        ),
        ({"alias": " ", "email": "a@example.com"}, {"alias": ["The alias field is required."]}),
    ],
)
def test_creation_is_validated(
    sandbox: Sandbox, fields: dict[str, Any], problems: dict[str, list[str]]
) -> None:
    with me(sandbox) as wb:
        new_sub(wb, "taken")
        before = sandbox.ledger.dump()
        with pytest.raises(errors.ValidationError) as caught:
            wb.create_sub_account(permissions=SPOT_ONLY, **fields)
    assert (caught.value.status_code, caught.value.errors) == (400, problems)
    assert sandbox.ledger.dump() == before


def test_edit_then_delete_once_empty(sandbox: Sandbox) -> None:
    with me(sandbox) as wb:
        keep, gone = new_sub(wb, "keep").id, new_sub(wb, "gone").id
        both = {"spotEnabled": False, "collateralEnabled": True}
        assert wb.edit_sub_account(id=keep, alias="kept", permissions=both).to_dict() == {}
        with pytest.raises(errors.ValidationError) as taken:
            wb.edit_sub_account(id=keep, alias="gone", permissions=both)
        wb.edit_sub_account(id=gone, alias="gone", permissions=SPOT_ONLY)  # its own alias: fine
        wb.sub_account_transfer(id=gone, direction="main_to_sub", ticker="BTC", amount="0.5")
        with pytest.raises(errors.ValidationError) as holding:
            wb.delete_sub_account(id=gone)
        wb.sub_account_transfer(id=gone, direction="sub_to_main", ticker="BTC", amount="0.5")
        assert wb.delete_sub_account(id=gone).to_dict() == {}
        listed = wb.list_sub_accounts().data
        with pytest.raises(errors.ValidationError) as deleted:
            wb.get_sub_account_transfer_history(id=gone)
        with pytest.raises(errors.ValidationError) as twice:
            wb.delete_sub_account(id=gone)
        new_sub(wb, "gone")  # the alias is free again
    assert [(s.id, s.alias) for s in listed] == [(keep, "kept")]
    assert (listed[0].permissions.spot_enabled, listed[0].permissions.collateral_enabled) == (
        False,
        True,
    )
    assert taken.value.errors == {"alias": ["Alias already exists."]}
    assert holding.value.errors == {
        "id": ["The sub-account still holds funds; transfer them back first."]
    }
    assert deleted.value.errors == twice.value.errors == UNKNOWN_ID
    assert sandbox.ledger.balance("me", "BTC") == 2


def test_the_default_state_has_the_documented_sub_account() -> None:
    with Sandbox() as sb, sb.client(**AS_IS) as wb:
        (sub,) = wb.list_sub_accounts().data
        history = wb.get_sub_account_transfer_history(id=DEMO_SUB_ACCOUNT).data
        balances = wb.get_sub_account_balances(id=DEMO_SUB_ACCOUNT)
    assert sub.id == DEMO_SUB_ACCOUNT
    assert [r.direction for r in history] == ["sub_to_main", "main_to_sub"]
    assert dict(balances) == {}  # the round trip left it empty


def seeded() -> dict[str, Any]:
    sub = str(uuid.uuid4())
    return {
        "accounts": [ME],
        "sub_accounts": [
            {"id": sub, "account": "me", "alias": "seeded", "email": "seed@example.com",
             "status": "blocked", "balances": {"main": {"ETH": "3"}, "spot": {"ETH": "1"}}},
        ],
        "sub_account_transfers": [
            {"sub_account": sub, "direction": "main_to_sub", "ticker": "ETH", "amount": "4",
             "created_at": 1700000000, "transaction_id": "seed-tx"},
        ],
    }  # fmt: skip


def test_sub_accounts_seeded_from_the_state_and_dumped_back() -> None:
    state = seeded()
    sub = state["sub_accounts"][0]["id"]
    with Sandbox(state) as sb, sb.client(**AS_IS) as wb:
        (listed,) = wb.list_sub_accounts().data
        (eth,) = wb.get_sub_account_balances(id=sub)["ETH"]
        (record,) = wb.get_sub_account_transfer_history(id=sub).data
        wb.unblock_sub_account(id=sub)
        wb.sub_account_transfer(id=sub, direction="sub_to_main", ticker="ETH", amount="1.5")
        dumped = sb.ledger.dump()
    assert (listed.alias, listed.status) == ("seeded", "blocked")
    assert (eth.main, eth.spot) == (Decimal(3), Decimal(1))
    assert (record.transaction_id, record.created_at) == ("seed-tx", 1700000000)
    assert dumped["sub_accounts"][0]["balances"]["main"] == {"ETH": "1.5"}
    assert dumped["accounts"][0]["balances"]["main"] == {"ETH": "1.5"}
    assert len(dumped["sub_account_transfers"]) == len(state["sub_account_transfers"]) + 1
    assert Ledger(dumped).dump() == dumped


async def test_another_accounts_sub_account_stays_out_of_reach_async(sandbox: Sandbox) -> None:
    async with sandbox.async_client(**AS_IS, **OTHER_KEYS) as other:
        theirs = (
            await other.create_sub_account(alias="x", share_kyc=True, permissions=SPOT_ONLY)
        ).id
    async with sandbox.async_client(**AS_IS) as wb:
        assert (await wb.list_sub_accounts()).data == []
        for call in (wb.block_sub_account, wb.delete_sub_account, wb.get_sub_account_balances):
            with pytest.raises(errors.ValidationError) as caught:
                await call(id=theirs)
            assert caught.value.errors == UNKNOWN_ID
    assert [s.id for s in sandbox.ledger.sub_accounts("other")] == [theirs]


@pytest.mark.parametrize(
    ("change", "message"),
    [
        ({"status": "frozen"}, r"sub_accounts\[0\].status: must be active or blocked"),
        ({"email": None}, r"sub_accounts\[0\].email: required unless share_kyc"),
        ({"account": "nobody"}, r"sub_accounts\[0\].account: no account 'nobody'"),
        ({"id": "7"}, r"sub_accounts\[0\].id: '7' is not a UUID"),
        ({"balances": {"main": {"ETH": "-1"}}}, r"sub_accounts\[0\].balances.main.ETH: must be"),
    ],
)
def test_a_bad_seeded_sub_account_is_refused_with_its_place(
    change: dict[str, Any], message: str
) -> None:
    state = seeded()
    state["sub_accounts"][0].update(change)
    with pytest.raises(ValueError, match=message):
        Sandbox(state)


def test_a_seeded_transfer_names_a_known_sub_account() -> None:
    state = seeded()
    state["sub_account_transfers"][0]["sub_account"] = str(uuid.uuid4())
    with pytest.raises(ValueError, match=r"sub_account_transfers\[0\].sub_account: no sub-acc"):
        Sandbox(state)
