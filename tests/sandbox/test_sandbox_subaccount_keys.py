"""Sub-account API keys in the sandbox: fresh credentials per key honouring title and type,
IP allowlists that hold what was set (real IPs only), deletion that happens once, KYC
links, and sub-account withdrawals that wait for the main account's approval."""

from __future__ import annotations

from decimal import Decimal
from typing import Any

import pytest
from whitebit_main import RetryPolicy, WhiteBIT, errors
from whitebit_sandbox import DEMO_SUB_ACCOUNT, Sandbox

AS_IS: dict[str, Any] = {"retry": RetryPolicy.none(), "rate_limit": False}
DEMO_KEY = "a1b2c3d4-e5f6-7890-abcd-ef1234567890"


def new_key(wb: WhiteBIT, title: str, kind: int = 1) -> Any:
    return wb.create_sub_account_api_key(type=kind, sub_account_id=DEMO_SUB_ACCOUNT, title=title)


def test_each_key_is_new_and_keeps_its_title_and_type(whitebit_client: WhiteBIT) -> None:
    first, second = new_key(whitebit_client, "bot", 1), new_key(whitebit_client, "reader", 2)
    one, two = first.to_dict(), second.to_dict()
    assert (one["title"], one["type"], two["title"], two["type"]) == ("bot", 1, "reader", 2)
    assert len({one["id"], two["id"], DEMO_KEY}) == 3
    assert one["apiKey"] != two["apiKey"] and one["subAccountId"] == DEMO_SUB_ACCOUNT
    fresh_secrets = bool(one["apiSecret"]) and one["apiSecret"] != two["apiSecret"]
    assert fresh_secrets, "each key gets its own secret"  # the secrets stay out of reports
    listed = whitebit_client.list_sub_account_api_keys(sub_account_id=DEMO_SUB_ACCOUNT)
    assert [k.id for k in listed.data] == [two["id"], one["id"], DEMO_KEY]  # newest first
    assert all(not k.to_dict()["apiSecret"] for k in listed.data)  # shown once, at creation


def test_a_key_for_an_unknown_sub_account_is_refused(whitebit_client: WhiteBIT) -> None:
    with pytest.raises(errors.ValidationError) as caught:
        whitebit_client.create_sub_account_api_key(
            type=1, sub_account_id="0d7b66ff-1909-4938-ab7a-d16d9a64dcd5", title="x"
        )
    assert caught.value.errors == {"subAccountId": ["validation.exists"]}


def test_the_ip_list_is_what_was_set(whitebit_client: WhiteBIT) -> None:
    wb = whitebit_client
    assert wb.list_sub_account_api_key_ip_addresses(api_key_id=DEMO_KEY).data == []
    assert wb.create_sub_account_api_key_ip_address(api_key_id=DEMO_KEY, ip="203.0.113.9").data == [
        "203.0.113.9"
    ]
    wb.create_sub_account_api_key_ip_address(api_key_id=DEMO_KEY, ip="2001:db8::1")
    for bad in ("203.0.113.999", "text", "1.2.3"):
        with pytest.raises(errors.ValidationError) as caught:
            wb.create_sub_account_api_key_ip_address(api_key_id=DEMO_KEY, ip=bad)
        assert caught.value.errors == {"ip": ["Invalid IP address."]}
    with pytest.raises(errors.ValidationError) as again:
        wb.create_sub_account_api_key_ip_address(api_key_id=DEMO_KEY, ip="203.0.113.9")
    assert again.value.message == "This IP address is already in allowlist"
    assert wb.list_sub_account_api_key_ip_addresses(api_key_id=DEMO_KEY).data == [
        "203.0.113.9",
        "2001:db8::1",
    ]
    remaining = wb.delete_sub_account_api_key_ip_address(api_key_id=DEMO_KEY, ip="203.0.113.9")
    assert remaining.data == ["2001:db8::1"]
    with pytest.raises(errors.ValidationError) as gone:
        wb.delete_sub_account_api_key_ip_address(api_key_id=DEMO_KEY, ip="203.0.113.9")
    assert gone.value.message == "IP address 203.0.113.9 is not in the allowlist"


def test_a_key_allows_at_most_50_ips(whitebit_client: WhiteBIT) -> None:
    for n in range(50):
        whitebit_client.create_sub_account_api_key_ip_address(api_key_id=DEMO_KEY, ip=f"10.0.0.{n}")
    with pytest.raises(errors.ValidationError) as caught:
        whitebit_client.create_sub_account_api_key_ip_address(api_key_id=DEMO_KEY, ip="10.0.1.1")
    assert caught.value.message == "You have reached the maximum number of allowed IPs: 50"


def test_deleting_twice_fails_and_a_deleted_key_is_gone(whitebit_client: WhiteBIT) -> None:
    key_id = new_key(whitebit_client, "temp").id
    whitebit_client.delete_sub_account_api_key(api_key_id=key_id)
    for call in (
        lambda: whitebit_client.delete_sub_account_api_key(api_key_id=key_id),
        lambda: whitebit_client.reset_sub_account_api_key(api_key_id=key_id),
        lambda: whitebit_client.list_sub_account_api_key_ip_addresses(api_key_id=key_id),
    ):
        with pytest.raises(errors.WhiteBITError) as caught:
            call()
        assert (caught.value.status_code, caught.value.message) == (404, "API key not found")
    listed = whitebit_client.list_sub_account_api_keys()
    assert key_id not in [k.id for k in listed.data]


def test_reset_replaces_the_key_and_edit_sets_title_and_endpoints(
    whitebit_client: WhiteBIT,
) -> None:
    wb = whitebit_client

    def demo() -> Any:
        (key,) = [k for k in wb.list_sub_account_api_keys().data if k.id == DEMO_KEY]
        return key

    before = demo().api_key
    wb.reset_sub_account_api_key(api_key_id=DEMO_KEY)
    assert demo().api_key != before
    wb.edit_sub_account_api_key(
        api_key_id=DEMO_KEY,
        title="renamed",
        urls=[{"url": "/api/v4/main-account/history", "enable": True},
              {"url": "/api/v4/main-account/balance", "enable": False}],
    )  # fmt: skip
    key = demo()
    assert key.title == "renamed" and key.restrict_access
    assert [e.name for e in key.access_endpoints] == ["/api/v4/main-account/history"]
    with pytest.raises(errors.ValidationError) as caught:
        wb.edit_sub_account_api_key(
            api_key_id=DEMO_KEY, title="x", urls=[{"url": "/api/v4/main-account/address"}]
        )
    assert caught.value.message.startswith("The following URLs are restricted")


def test_kyc_links_only_for_a_sub_account_with_its_own_unverified_kyc(
    whitebit_client: WhiteBIT,
) -> None:
    wb = whitebit_client
    own = wb.create_sub_account(
        alias="own-kyc", permissions={"spotEnabled": True, "collateralEnabled": False},
        email="own@example.com",
    )  # fmt: skip
    first = wb.get_sub_account_kyc_url(id=own.id)
    second = wb.get_sub_account_kyc_url(id=own.id)
    assert first.url != second.url and first.expires_in == 3600
    shared = wb.create_sub_account(
        alias="shared", permissions={"spotEnabled": True, "collateralEnabled": False},
        share_kyc=True,
    )  # fmt: skip
    with pytest.raises(errors.InnerValidationError):
        wb.get_sub_account_kyc_url(id=shared.id)
    with pytest.raises(errors.ValidationError) as caught:
        wb.get_sub_account_kyc_url(id="0d7b66ff-1909-4938-ab7a-d16d9a64dcd5")
    assert caught.value.errors == {"id": ["validation.exists"]}


def test_sub_account_withdrawals_wait_for_approval(whitebit_sandbox: Sandbox) -> None:
    sb = whitebit_sandbox
    with sb.client(**AS_IS) as wb:
        assert wb.list_unconfirmed_sub_account_withdrawals().data == []
        wb.sub_account_transfer(
            id=DEMO_SUB_ACCOUNT, direction="main_to_sub", amount="2", ticker="ETH"
        )
        first = sb.sub_account_withdrawal(DEMO_SUB_ACCOUNT, "ETH", "0.5")
        second = sb.sub_account_withdrawal(DEMO_SUB_ACCOUNT, "ETH", "1")
        listed = wb.list_unconfirmed_sub_account_withdrawals().data
        assert [(w.id, w.amount) for w in listed] == [(second, Decimal(1)), (first, Decimal("0.5"))]
        assert sb.ledger.sub_account(sb.account, DEMO_SUB_ACCOUNT).balances["main"][
            "ETH"
        ] == Decimal("0.5")
        total = sb.ledger.totals()["ETH"]
        wb.confirm_sub_account_withdrawal(id=first)
        assert [w.id for w in wb.list_unconfirmed_sub_account_withdrawals().data] == [second]
        assert sb.ledger.totals()["ETH"] == total - Decimal("0.5")  # sent out
        with pytest.raises(errors.InnerValidationError) as caught:
            wb.confirm_sub_account_withdrawal(id=first)
        assert caught.value.message == "Transaction has incorrect status"
        with pytest.raises(errors.ValidationError):
            wb.confirm_sub_account_withdrawal(id="0d7b66ff-1909-4938-ab7a-d16d9a64dcd5")
