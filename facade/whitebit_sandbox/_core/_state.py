"""The sandbox's records and their JSON form (seed files and dumps use the same shape).

Loading is strict: an unknown field, a duplicate id or key, a negative balance or an amount
that is not a plain decimal string fails with a message naming the place, because a
silently ignored typo in a seed file would make a test pass or fail for the wrong reason.
"""

from __future__ import annotations

import uuid
from collections.abc import Mapping
from dataclasses import dataclass, field
from decimal import Decimal
from typing import Any

from whitebit_sandbox._core._amounts import ZERO, checked, money
from whitebit_sandbox._core._defaults import (
    ACCOUNT_SECTIONS,
    DEPENDENT_SECTIONS,
    SECTIONS,
    default_state,
)
from whitebit_sandbox._core._seedread import Reader, known, uuid_text
from whitebit_sandbox.credit_line._state import CreditLine
from whitebit_sandbox.lending._fixed_state import (
    FixedInvestment,
    FixedPlan,
    fixed_investments_to_json,
    fixed_plans_to_json,
    load_fixed_investments,
    load_fixed_plans,
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

PLAN_STATUSES = ("active", "paused", "unavailable")


@dataclass
class Account:
    """One account with one API key; balances per kind (main/spot/collateral) and ticker."""

    name: str
    api_key: str
    api_secret: str = field(repr=False)
    enabled: bool
    balances: Balances


@dataclass(frozen=True)
class FlexPlan:
    """A Flex lending plan. `status` is active, paused (no new money) or unavailable."""

    id: str
    ticker: str
    min_investment: Decimal
    max_investment: Decimal
    min_withdrawal: Decimal
    max_rate: str
    status: str


@dataclass
class Investment:
    """An account's position in a Flex plan; at most one active per account and plan."""

    id: str
    account: str
    plan_id: str
    currency: str
    invested: Decimal
    auto_reinvest: bool
    active: bool
    created_at: int
    updated_at: int


@dataclass(frozen=True)
class FlexRecord:
    """One Flex operation: 1 invest, 2 reinvest, 3 withdrawal, 4 earning, 5 close, 6 open."""

    created_at: int
    account: str
    plan_id: str
    investment_id: str
    currency: str
    amount: Decimal
    transaction_id: str
    action_type: int


@dataclass
class Code:
    """A WhiteBIT code: its amount is held by the ledger until someone applies it."""

    code: str
    external_id: str
    account: str
    ticker: str
    amount: Decimal
    passphrase: str | None = field(repr=False)
    description: str | None
    created_at: int
    applied_by: str | None = None
    applied_at: int | None = None


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


def _load_plans(state: State, items: list[Any]) -> None:
    for i, item in enumerate(items):
        where = f"flex_plans[{i}]"
        r = Reader(
            where,
            item,
            {"id", "ticker", "min_investment", "max_investment"},
            {"min_withdrawal", "max_rate", "status"},
        )
        status = r.text("status", "active")
        if status not in PLAN_STATUSES:
            raise ValueError(f"{where}.status: must be one of {', '.join(PLAN_STATUSES)}")
        plan = FlexPlan(
            id=uuid_text(f"{where}.id", r.text("id")),
            ticker=r.text("ticker"),
            min_investment=r.amount("min_investment"),
            max_investment=r.amount("max_investment", positive=True),
            min_withdrawal=r.amount("min_withdrawal") if "min_withdrawal" in r.data else ZERO,
            max_rate=money(checked(r.data.get("max_rate", "0"), f"{where}.max_rate")),
            status=status,
        )
        if plan.min_investment > plan.max_investment:
            raise ValueError(f"{where}: min_investment is above max_investment")
        if plan.id in state.plans:
            raise ValueError(f"{where}.id: {plan.id} is used twice")
        state.plans[plan.id] = plan


def _load_investments(state: State, items: list[Any]) -> None:
    active: set[tuple[str, str]] = set()
    for i, item in enumerate(items):
        where = f"flex_investments[{i}]"
        r = Reader(
            where,
            item,
            {"id", "account", "plan", "invested"},
            {"currency", "auto_reinvest", "status", "created_at", "updated_at"},
        )
        plan_id = known(
            f"{where}.plan", uuid_text(f"{where}.plan", r.text("plan")), state.plans, "plan"
        )
        status = r.text("status", "active")
        if status not in ("active", "closed"):
            raise ValueError(f"{where}.status: must be active or closed")
        created = r.integer("created_at", 0)
        investment = Investment(
            id=r.text("id"),
            account=known(f"{where}.account", r.text("account"), state.accounts, "account"),
            plan_id=plan_id,
            currency=r.text("currency", state.plans[plan_id].ticker),
            invested=r.amount("invested"),
            auto_reinvest=r.flag("auto_reinvest", False),
            active=status == "active",
            created_at=created,
            updated_at=r.integer("updated_at", created),
        )
        if investment.id in state.investments:
            raise ValueError(f"{where}.id: {investment.id!r} is used twice")
        if investment.active:
            pair = (investment.account, plan_id)
            if pair in active:
                raise ValueError(f"{where}: a second active investment in the same plan")
            active.add(pair)
        state.investments[investment.id] = investment


def _load_history(state: State, items: list[Any]) -> None:
    for i, item in enumerate(items):
        where = f"flex_history[{i}]"
        r = Reader(
            where,
            item,
            {"account", "plan", "investment", "amount", "transaction_id", "action_type"},
            {"created_at", "currency"},
        )
        plan_id = known(
            f"{where}.plan", uuid_text(f"{where}.plan", r.text("plan")), state.plans, "plan"
        )
        action = r.integer("action_type")
        if action not in range(1, 7):
            raise ValueError(f"{where}.action_type: must be 1 to 6")
        state.history.append(
            FlexRecord(
                created_at=r.integer("created_at", 0),
                account=known(f"{where}.account", r.text("account"), state.accounts, "account"),
                plan_id=plan_id,
                investment_id=r.text("investment"),
                currency=r.text("currency", state.plans[plan_id].ticker),
                amount=r.amount("amount"),
                transaction_id=r.text("transaction_id"),
                action_type=action,
            )
        )


def _load_codes(state: State, items: list[Any]) -> None:
    for i, item in enumerate(items):
        where = f"codes[{i}]"
        r = Reader(
            where,
            item,
            {"code", "account", "ticker", "amount"},
            {"external_id", "passphrase", "description", "created_at", "applied_by", "applied_at"},
        )
        applied_by = r.optional_text("applied_by")
        code = Code(
            code=r.text("code"),
            external_id=r.text("external_id", str(uuid.uuid4())),
            account=known(f"{where}.account", r.text("account"), state.accounts, "account"),
            ticker=r.text("ticker"),
            amount=r.amount("amount", positive=True),
            passphrase=r.optional_text("passphrase"),
            description=r.optional_text("description"),
            created_at=r.integer("created_at", 0),
            applied_by=(
                None
                if applied_by is None
                else known(f"{where}.applied_by", applied_by, state.accounts, "account")
            ),
            applied_at=r.optional_integer("applied_at"),
        )
        if code.code in state.codes:
            raise ValueError(f"{where}.code: {code.code!r} is used twice")
        state.codes[code.code] = code


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
    _load_plans(state, merged["flex_plans"])
    _load_investments(state, merged["flex_investments"])
    _load_history(state, merged["flex_history"])
    _load_codes(state, merged["codes"])
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
        "flex_plans": [
            {
                "id": p.id,
                "ticker": p.ticker,
                "min_investment": money(p.min_investment),
                "max_investment": money(p.max_investment),
                "min_withdrawal": money(p.min_withdrawal),
                "max_rate": p.max_rate,
                "status": p.status,
            }
            for p in state.plans.values()
        ],
        "flex_investments": [
            {
                "id": inv.id,
                "account": inv.account,
                "plan": inv.plan_id,
                "currency": inv.currency,
                "invested": money(inv.invested),
                "auto_reinvest": inv.auto_reinvest,
                "status": "active" if inv.active else "closed",
                "created_at": inv.created_at,
                "updated_at": inv.updated_at,
            }
            for inv in state.investments.values()
        ],
        "flex_history": [
            {
                "created_at": rec.created_at,
                "account": rec.account,
                "plan": rec.plan_id,
                "investment": rec.investment_id,
                "currency": rec.currency,
                "amount": money(rec.amount),
                "transaction_id": rec.transaction_id,
                "action_type": rec.action_type,
            }
            for rec in state.history
        ],
        "codes": [
            {
                "code": c.code,
                "external_id": c.external_id,
                "account": c.account,
                "ticker": c.ticker,
                "amount": money(c.amount),
                "passphrase": c.passphrase,
                "description": c.description,
                "created_at": c.created_at,
                "applied_by": c.applied_by,
                "applied_at": c.applied_at,
            }
            for c in state.codes.values()
        ],
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
