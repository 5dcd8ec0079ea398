"""The sandbox's whole state and its JSON form (seed files and dumps use the same shape).

Each domain folder defines its own records and their loaders; this module holds the
accounts, puts the domains' sections together and loads them in dependency order.

Loading is strict: an unknown field, a duplicate id or key, a negative balance or an amount
that is not a plain decimal string fails with a message naming the place, because a
silently ignored typo in a seed file would make a test pass or fail for the wrong reason.
"""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass, field
from typing import Any

from whitebit_sandbox._core._defaults import (
    ACCOUNT_SECTIONS,
    DEPENDENT_SECTIONS,
    SECTIONS,
    default_state,
)
from whitebit_sandbox._core._seedread import Reader
from whitebit_sandbox.codes._state import Code, codes_to_json, load_codes
from whitebit_sandbox.credit_line._state import CreditLine
from whitebit_sandbox.lending._fixed_state import (
    FixedInvestment,
    FixedPlan,
    fixed_investments_to_json,
    fixed_plans_to_json,
    load_fixed_investments,
    load_fixed_plans,
)
from whitebit_sandbox.lending._flex_state import (
    FlexPlan,
    FlexRecord,
    Investment,
    flex_history_to_json,
    flex_investments_to_json,
    flex_plans_to_json,
    load_flex_history,
    load_flex_investments,
    load_flex_plans,
)
from whitebit_sandbox.lending._interest_state import (
    InterestPayment,
    interest_payments_to_json,
    load_interest_payments,
)
from whitebit_sandbox.mining._state import MiningAccount, MiningReward, WatcherLink
from whitebit_sandbox.subaccounts._keys_state import SubApiKey, SubWithdrawal
from whitebit_sandbox.subaccounts._state import (
    SubAccount,
    SubTransfer,
    load_sub_accounts,
    load_sub_transfers,
    sub_accounts_to_json,
    sub_transfers_to_json,
)
from whitebit_sandbox.tokens._state import IssuedToken
from whitebit_sandbox.wallet._balances import Balances, balances_to_json, read_balances
from whitebit_sandbox.wallet._deposits_state import ExpressToken
from whitebit_sandbox.wallet._transactions_state import (
    Transaction,
    load_transactions,
    transactions_to_json,
)


@dataclass
class Account:
    """One account with one API key; balances per kind (main/spot/collateral) and ticker."""

    name: str
    api_key: str
    api_secret: str = field(repr=False)
    enabled: bool
    balances: Balances


@dataclass
class State:
    """Everything the ledger holds, keyed for lookups."""

    accounts: dict[str, Account] = field(default_factory=dict)  # by name
    plans: dict[str, FlexPlan] = field(default_factory=dict)  # by id
    investments: dict[str, Investment] = field(default_factory=dict)  # by id, oldest first
    history: list[FlexRecord] = field(default_factory=list)  # oldest first
    codes: dict[str, Code] = field(default_factory=dict)  # by code, oldest first
    transactions: list[Transaction] = field(default_factory=list)  # oldest first
    fixed_plans: dict[str, FixedPlan] = field(default_factory=dict)  # by id
    fixed_investments: dict[str, FixedInvestment] = field(default_factory=dict)  # oldest first
    interest_payments: list[InterestPayment] = field(default_factory=list)  # oldest first
    sub_accounts: dict[str, SubAccount] = field(default_factory=dict)  # by id, oldest first
    sub_transfers: list[SubTransfer] = field(default_factory=list)  # oldest first
    # Kept while the sandbox runs, not in seed files or dumps:
    # (account, ticker, network) -> the deposit addresses given out, the current one last
    deposit_addresses: dict[tuple[str, str, str | None], list[str]] = field(default_factory=dict)
    refunds: dict[str, str] = field(default_factory=dict)  # deposit id -> refund address
    fiat_invoices: dict[tuple[str, str], str] = field(default_factory=dict)  # -> url
    express_tokens: dict[tuple[str, str], ExpressToken] = field(default_factory=dict)
    api_keys: dict[str, SubApiKey] = field(default_factory=dict)  # by id, oldest first
    sub_withdrawals: dict[str, SubWithdrawal] = field(default_factory=dict)  # oldest first
    kyc_links: dict[str, str] = field(default_factory=dict)  # link token -> sub-account
    jwt_tokens: dict[str, IssuedToken] = field(default_factory=dict, repr=False)
    websocket_tokens: dict[str, tuple[str, IssuedToken]] = field(
        default_factory=dict, repr=False
    )  # account -> (token, issue)
    card_tokens: dict[str, tuple[str, str]] = field(default_factory=dict, repr=False)
    mining_accounts: dict[str, MiningAccount] = field(default_factory=dict)  # by name
    watcher_links: dict[str, WatcherLink] = field(default_factory=dict)  # by id
    mining_rewards: list[MiningReward] = field(default_factory=list)  # oldest first
    credit_lines: dict[str, CreditLine] = field(default_factory=dict)  # by account
    travel_rule: dict[str, dict[str, Any]] = field(default_factory=dict)  # deposit -> data


def account_of(state: State, name: str) -> Account:
    """The named account; a KeyError naming it when the sandbox has no such account."""
    try:
        return state.accounts[name]
    except KeyError:
        raise KeyError(f"no sandbox account {name!r}") from None


def _load_accounts(state: State, items: list[Any]) -> None:
    keys: set[str] = set()
    for i, item in enumerate(items):
        r = Reader(
            f"accounts[{i}]", item, {"name", "api_key", "api_secret"}, {"enabled", "balances"}
        )
        account = Account(
            name=r.text("name"),
            api_key=r.text("api_key"),
            api_secret=r.text("api_secret"),
            enabled=r.flag("enabled", True),
            balances=read_balances(f"accounts[{i}].balances", r.data.get("balances")),
        )
        if account.name in state.accounts:
            raise ValueError(f"accounts[{i}].name: {account.name!r} is used twice")
        if account.api_key in keys:
            raise ValueError(f"accounts[{i}].api_key: used by two accounts")
        keys.add(account.api_key)
        state.accounts[account.name] = account


def state_from_json(data: Mapping[str, Any]) -> State:
    """A `State` from seed JSON; sections it leaves out keep their default content (the
    demo account's records only when the accounts are the default ones too)."""
    if not isinstance(data, Mapping):
        raise ValueError(f"sandbox state: expected a JSON object, got {type(data).__name__}")
    unknown = sorted(set(data) - set(SECTIONS))
    if unknown:
        raise ValueError(f"sandbox state: unknown section(s) {', '.join(unknown)}")
    defaults = default_state()
    if "accounts" in data:  # the demo's records do not come without the demo account
        defaults.update({name: [] for name in ACCOUNT_SECTIONS})
    for name, dependents in DEPENDENT_SECTIONS.items():
        if name in data:
            defaults.update({dependent: [] for dependent in dependents})
    merged = {**defaults, **data}
    for name in SECTIONS:
        if not isinstance(merged[name], list):
            raise ValueError(f"{name}: expected a list")
    state = State()
    _load_accounts(state, merged["accounts"])
    state.plans = load_flex_plans(merged["flex_plans"])
    state.investments = load_flex_investments(
        merged["flex_investments"], state.plans, state.accounts
    )
    state.history = load_flex_history(merged["flex_history"], state.plans, state.accounts)
    state.codes = load_codes(merged["codes"], state.accounts)
    state.transactions = load_transactions(merged["transactions"], state.accounts)
    state.fixed_plans = load_fixed_plans(merged["fixed_plans"])
    state.fixed_investments = load_fixed_investments(
        merged["fixed_investments"], state.fixed_plans, state.accounts
    )
    state.interest_payments = load_interest_payments(
        merged["interest_payments"], state.fixed_plans, state.fixed_investments, state.accounts
    )
    state.sub_accounts = load_sub_accounts(merged["sub_accounts"], state.accounts)
    state.sub_transfers = load_sub_transfers(merged["sub_account_transfers"], state.sub_accounts)
    return state


def state_to_json(state: State) -> dict[str, Any]:
    """The JSON form of `state`; `state_from_json` of it gives the same state back."""
    return {
        "accounts": [
            {
                "name": a.name,
                "api_key": a.api_key,
                "api_secret": a.api_secret,
                "enabled": a.enabled,
                "balances": balances_to_json(a.balances),
            }
            for a in state.accounts.values()
        ],
        "flex_plans": flex_plans_to_json(state.plans),
        "flex_investments": flex_investments_to_json(state.investments),
        "flex_history": flex_history_to_json(state.history),
        "codes": codes_to_json(state.codes),
        "transactions": transactions_to_json(state.transactions),
        "fixed_plans": fixed_plans_to_json(state.fixed_plans),
        "fixed_investments": fixed_investments_to_json(state.fixed_investments),
        "interest_payments": interest_payments_to_json(state.interest_payments),
        "sub_accounts": sub_accounts_to_json(state.sub_accounts),
        "sub_account_transfers": sub_transfers_to_json(state.sub_transfers),
    }


def seen_tickers(state: State) -> set[str]:
    """Every ticker the state holds somewhere: balances, plans, history, codes."""
    seen: set[str] = set()
    holdings = [a.balances for a in state.accounts.values()]
    holdings += [s.balances for s in state.sub_accounts.values()]
    for balances in holdings:
        for kind in balances.values():
            seen.update(kind)
    seen.update(p.ticker for p in state.plans.values())
    seen.update(p.ticker for p in state.fixed_plans.values())
    seen.update(p.interest_ticker for p in state.fixed_plans.values())
    seen.update(tx.ticker for tx in state.transactions)
    seen.update(c.ticker for c in state.codes.values())
    return seen
