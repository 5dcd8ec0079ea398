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

SECTIONS = ("accounts", "flex_plans", "flex_investments", "flex_history", "codes")


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
    }
