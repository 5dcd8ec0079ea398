"""The state a sandbox starts with when nothing else is given.

The key and secret below are the sandbox's own demo credentials: published on purpose,
printed at startup, useless anywhere but on a local sandbox. Never put a real WhiteBIT
key into a sandbox accounts file either; it has no reason to be there.
"""

from __future__ import annotations

from typing import Any

DEMO_API_KEY = "sandbox-demo-key-2b7e151628aed2a6"
DEMO_API_SECRET = "sandbox-demo-secret-abf7158809cf4f3c-not-a-real-secret"
DEMO_ACCOUNT = "demo"

USDT_FLEX_PLAN = "8f2e9d3c-1a4b-4c2d-9e5f-6a7b8c9d0e1f"
BTC_FLEX_PLAN = "7e1d8c2b-9a3b-3b1c-8d4e-5a6b7c8d9e0f"
# Fixed plans: the first is the one WhiteBIT's examples use; the demo account holds an
# investment in the second, so a fresh sandbox has one to list and close.
USDT_FIXED_PLAN = "8e667b4a-0b71-4988-8af5-9474dbfaeb51"
USDT_FIXED_PLAN_30D = "3c9a5e1f-6b2d-4f8a-9c7e-0d1b2a3f4e5c"
DEMO_FIXED_INVESTMENT = "0d7b66ff-1909-4938-ab7a-d16d9a64dcd5"
# The sub-account id WhiteBIT's examples use (the same text as the Fixed plan's id there).
DEMO_SUB_ACCOUNT = "8e667b4a-0b71-4988-8af5-9474dbfaeb51"

SECTIONS = (
    "accounts",
    "flex_plans",
    "flex_investments",
    "flex_history",
    "codes",
    "transactions",
    "fixed_plans",
    "fixed_investments",
    "interest_payments",
    "sub_accounts",
    "sub_account_transfers",
)

# Sections whose default records belong to the demo account: a seed with its own accounts
# starts them empty instead.
ACCOUNT_SECTIONS = (
    "flex_investments",
    "flex_history",
    "codes",
    "transactions",
    "fixed_investments",
    "interest_payments",
    "sub_accounts",
    "sub_account_transfers",
)

# Sections whose default records refer to another section's defaults: a seed that gives
# its own records for the key starts these empty too.
DEPENDENT_SECTIONS = {
    "fixed_plans": ("fixed_investments", "interest_payments"),
    "sub_accounts": ("sub_account_transfers",),
}


def _arrival(ticker: str, amount: str, when: int, address: str, tx_hash: str) -> dict[str, Any]:
    """A successful deposit of the demo account (how its balances got there)."""
    return {
        "account": DEMO_ACCOUNT,
        "method": 1,
        "ticker": ticker,
        "amount": amount,
        "address": address,
        "status": 3,
        "created_at": when,
        "transaction_hash": tx_hash,
    }


def _sub_transfer(direction: str, when: int, transaction_id: str) -> dict[str, Any]:
    return {
        "sub_account": DEMO_SUB_ACCOUNT,
        "direction": direction,
        "ticker": "ETH",
        "amount": "0.5",
        "created_at": when,
        "transaction_id": transaction_id,
    }


def default_state() -> dict[str, Any]:
    """A fresh copy of the default state, in the JSON form `--accounts` files use."""
    return {
        "accounts": [
            {
                "name": DEMO_ACCOUNT,
                "api_key": DEMO_API_KEY,
                "api_secret": DEMO_API_SECRET,
                "enabled": True,
                "balances": {
                    "main": {"USDT": "10000", "BTC": "1", "ETH": "5"},
                    "spot": {"USDT": "500"},
                    "collateral": {},
                },
            }
        ],
        "flex_plans": [
            {
                "id": USDT_FLEX_PLAN,
                "ticker": "USDT",
                "min_investment": "10",
                "max_investment": "100000",
                "min_withdrawal": "1",
                "max_rate": "0.15",
                "status": "active",
            },
            {
                "id": BTC_FLEX_PLAN,
                "ticker": "BTC",
                "min_investment": "0.001",
                "max_investment": "10",
                "min_withdrawal": "0.0001",
                "max_rate": "0.12",
                "status": "active",
            },
        ],
        "flex_investments": [],
        "flex_history": [],
        "codes": [],
        "transactions": [
            _arrival(
                "USDT",
                "10000",
                1700000000,
                "0x0964a6b8f794a4b8d61b62652db27ddc9844fb4c",
                "0x5c504ed432cb51138bcf09aa5e8a410dd4a1e204ef84bfed1be16dfba1b22060",
            ),
            _arrival(
                "ETH",
                "5",
                1700000600,
                "0x0964a6b8f794a4b8d61b62652db27ddc9844fb4c",
                "0x88df016429689c079f3b2f6ad39fa052532c56795b733da78a91ebe6a713944b",
            ),
            _arrival(
                "BTC",
                "1",
                1700001200,
                "3ApEASLcrQtZpg1TsssFgYF5V5YQJAKvuE",
                "a275a514013e4e0f927fd0d1bed215e7f6f2c4c6ce762836fe135ec22529d886",
            ),
        ],
        "fixed_plans": [
            {
                "id": USDT_FIXED_PLAN,
                "ticker": "USDT",
                "percent": "10",
                "duration": 14400,
                "min_investment": "100",
                "max_investment": "10000",
                "capacity": "3000",
            },
            {
                "id": USDT_FIXED_PLAN_30D,
                "ticker": "USDT",
                "percent": "12",
                "duration": 43200,
                "min_investment": "50",
                "max_investment": "5000",
                "capacity": "50000",
            },
        ],
        "fixed_investments": [
            {
                "id": DEMO_FIXED_INVESTMENT,
                "account": DEMO_ACCOUNT,
                "plan": USDT_FIXED_PLAN_30D,
                "amount": "100",
                "created_at": 1700002000,
            }
        ],
        # The payment WhiteBIT's example shows, from an investment that ended before the
        # sandbox's books begin: 3650 USDT for the 10-day term at 10% a year.
        "interest_payments": [
            {
                "account": DEMO_ACCOUNT,
                "plan": USDT_FIXED_PLAN,
                "investment": "5f0c9e1a-7d3b-4c2e-9a8f-1b2c3d4e5f60",
                "amount": "10",
                "timestamp": 1646839596,
            }
        ],
        # An empty sub-account with one round trip of 0.5 ETH in its history.
        "sub_accounts": [
            {
                "id": DEMO_SUB_ACCOUNT,
                "account": DEMO_ACCOUNT,
                "alias": "savings",
                "email": "savings@example.com",
                "user_id": "u-12345",
                "created_at": 1641000000,
            }
        ],
        "sub_account_transfers": [
            _sub_transfer("main_to_sub", 1641081600, "0c4a1e2f-3b5d-4e6f-8a7b-9c0d1e2f3a4b"),
            _sub_transfer("sub_to_main", 1641168000, "1d5b2f3a-4c6e-4f7a-9b8c-0d1e2f3a4b5c"),
        ],
    }
