"""The sandbox's books: balances, lending, codes, deposits, withdrawals and sub-accounts,
behind one lock.

Every operation checks its rules and applies its effect while holding the same lock, so a
check can never be overtaken by a concurrent change (no double spending, no unique id
booked twice), and every movement debits exactly what it credits: `totals()` per ticker
only grows by a deposit, paid interest, a Flex earning or a mining reward, and only
shrinks when a withdrawal is settled (or a sub-account's approved);
in between, money moves between balances, sub-accounts, investments, codes waiting to be
applied and pending withdrawals. Arithmetic runs in an exact Decimal context that raises
rather than rounds. The ledger holds the lock and the clock; the rules live in the domain
folders: withdrawals in `wallet._withdrawals`, Flex lending in `lending._flex` (with the
ledger's index of latest investments), Fixed lending in `lending._fixed` and
`lending._interest`, codes in `codes._rules`, sub-accounts in `subaccounts._rules`. The
other domains (deposit addresses, sub-account keys, tokens,
mining, credit line, Travel Rule) run their rules through `books()`; their records live
while the sandbox runs and are not part of `dump()`.

Business-rule failures raise `Refusal` with WhiteBIT's status, code, field and text.
Reads return copies or immutable records, so callers never see a record change under them.
"""

from __future__ import annotations

import copy
import secrets
import threading
import time
import uuid
from collections.abc import Callable, Iterator, Mapping
from contextlib import AbstractContextManager, contextmanager
from decimal import Decimal, localcontext
from typing import Any, TypeVar

from whitebit_sandbox._core._amounts import EXACT, ZERO
from whitebit_sandbox._core._defaults import DEMO_ACCOUNT, DEMO_SUB_ACCOUNT
from whitebit_sandbox._core._replies import not_enough_to_transfer
from whitebit_sandbox._core._state import (
    Account,
    State,
    account_of,
    seen_tickers,
    state_from_json,
    state_to_json,
)
from whitebit_sandbox._core._verify import Caller, KeyInfo
from whitebit_sandbox.codes import _rules as _codes
from whitebit_sandbox.codes._state import Code
from whitebit_sandbox.credit_line import _rules as _credit_line
from whitebit_sandbox.credit_line._state import CreditLine
from whitebit_sandbox.lending import _fixed, _flex, _flex_earnings, _interest
from whitebit_sandbox.lending._fixed_state import ACTIVE, FixedInvestment, FixedPlan
from whitebit_sandbox.lending._flex_state import FlexPlan, FlexRecord, Investment
from whitebit_sandbox.lending._interest_state import InterestPayment
from whitebit_sandbox.mining import _rules as _mining
from whitebit_sandbox.subaccounts import _keys as _subaccount_keys
from whitebit_sandbox.subaccounts import _rules as _subaccounts
from whitebit_sandbox.subaccounts._keys_state import UNCONFIRMED, SubWithdrawal
from whitebit_sandbox.subaccounts._rules import Settings
from whitebit_sandbox.subaccounts._state import SubAccount, SubTransfer
from whitebit_sandbox.tokens import _rules as _jwt
from whitebit_sandbox.wallet import _withdrawals as _wallet
from whitebit_sandbox.wallet._balances import BALANCE_KINDS
from whitebit_sandbox.wallet._currencies import Currency, known_currency
from whitebit_sandbox.wallet._transactions_state import DEPOSIT, Transaction
from whitebit_sandbox.wallet._transactions_state import new_transaction_id as new_record_id
from whitebit_sandbox.wallet._withdrawals import WithdrawalRequest

R = TypeVar("R")


def newest_first(records: list[R], when: Callable[[R], int]) -> list[R]:
    """`records` (in booking order) by time, newest first; ties: the latest booked first."""
    order = sorted(range(len(records)), key=lambda i: (when(records[i]), i), reverse=True)
    return [records[i] for i in order]


class Ledger:
    """Thread-safe sandbox state. Seed it with `Ledger(state_json)`; read it back with `dump()`."""

    def __init__(
        self,
        state: Mapping[str, Any] | None = None,
        *,
        clock: Callable[[], float] = time.time,
    ) -> None:
        self._state: State = state_from_json(state or {})
        self._clock = clock
        self._start = int(clock())  # the books begin: no earning or term before this
        self._paid_until: dict[str, int] = {}  # Flex investment id -> earnings paid up to
        self.jwt_key = secrets.token_bytes(32)  # signs the JWTs this sandbox issues
        demo_sub = self._state.sub_accounts.get(DEMO_SUB_ACCOUNT)
        if demo_sub is not None and demo_sub.account == DEMO_ACCOUNT:
            _subaccount_keys.seed_demo(self._state, DEMO_SUB_ACCOUNT, DEMO_ACCOUNT, self._start)
        self._lock = threading.Lock()
        self._by_key = {a.api_key: a.name for a in self._state.accounts.values()}
        self._latest = _flex.latest_index(self._state)

    @contextmanager
    def _books(self) -> Iterator[State]:
        """Hold the lock, with exact arithmetic, for one check-and-apply step."""
        with self._lock, localcontext(EXACT):
            yield self._state

    def _now(self) -> int:
        return int(self._clock())

    def books(self) -> AbstractContextManager[State]:
        """The state under the lock, for one check-and-apply step of a domain's rules
        (the handlers of deposits, API keys, mining, ...)."""
        return self._books()

    def jwt_caller(self, authorization: str) -> Caller | None:
        """The caller a fiat-gateway request's JWT names, if the sandbox issued it and it
        has not expired."""
        with self._books() as state:
            account = _jwt.jwt_account(state, authorization, self._now())
        return None if account is None else Caller(account, "jwt")

    def currency(self, ticker: str) -> Currency:
        """The currency's facts, or WhiteBIT's refusal of a ticker the sandbox does not know."""
        with self._books() as state:
            return known_currency(ticker, seen_tickers(state))

    def now(self) -> int:
        """The sandbox's time, Unix seconds (its clock, real or moved by a test)."""
        return self._now()

    def accrue(self) -> None:
        """Book what the clock's progress has earned: Flex daily earnings and the end of
        every Fixed term that has run out, each at the moment it fell due."""
        with self._books() as state:
            now = self._now()
            _flex_earnings.pay_due(state, self._paid_until, self._start, now)
            _interest.end_due_terms(state, self._start, now)
            _mining.pay_due(state, now)

    # -- keys and balances -------------------------------------------------------------

    def key_info(self, api_key: str) -> KeyInfo | None:
        """The account behind an API key, for the request verifier."""
        with self._books() as state:
            name = self._by_key.get(api_key)
            if name is None:
                return None
            account = state.accounts[name]
            return KeyInfo(account.name, account.api_secret, account.enabled)

    def _account(self, state: State, name: str) -> Account:
        return account_of(state, name)

    def balance(self, account: str, ticker: str, kind: str = "main") -> Decimal:
        """One balance (zero when never held)."""
        if kind not in BALANCE_KINDS:
            raise ValueError(f"kind must be one of {', '.join(BALANCE_KINDS)}")
        with self._books() as state:
            return self._account(state, account).balances[kind].get(ticker, ZERO)

    def main_balances(self, account: str) -> dict[str, Decimal]:
        with self._books() as state:
            return dict(sorted(self._account(state, account).balances["main"].items()))

    def transfer(
        self, account: str, ticker: str, amount: Decimal, source: str, target: str
    ) -> None:
        """Move `amount` of `ticker` between two of the account's balances."""
        with self._books() as state:
            balances = self._account(state, account).balances
            available = balances[source].get(ticker, ZERO)
            if amount > available:
                raise not_enough_to_transfer(available, amount)
            balances[source][ticker] = available - amount
            balances[target][ticker] = balances[target].get(ticker, ZERO) + amount

    def totals(self) -> dict[str, Decimal]:
        """Per ticker: every balance, active investment, unapplied code and pending
        withdrawal: what the exchange holds."""
        out: dict[str, Decimal] = {}
        with self._books() as state:
            for account in state.accounts.values():
                for kind in BALANCE_KINDS:
                    for ticker, amount in account.balances[kind].items():
                        out[ticker] = out.get(ticker, ZERO) + amount
            for inv in state.investments.values():
                if inv.active:
                    out[inv.currency] = out.get(inv.currency, ZERO) + inv.invested
            for code in state.codes.values():
                if code.applied_by is None:
                    out[code.ticker] = out.get(code.ticker, ZERO) + code.amount
            for tx in state.transactions:
                if tx.held:
                    out[tx.ticker] = out.get(tx.ticker, ZERO) + tx.amount
            for fixed in state.fixed_investments.values():
                if fixed.status == ACTIVE:
                    ticker = state.fixed_plans[fixed.plan_id].ticker
                    out[ticker] = out.get(ticker, ZERO) + fixed.amount
            for held in state.sub_withdrawals.values():
                if held.status == UNCONFIRMED:
                    out[held.ticker] = out.get(held.ticker, ZERO) + held.amount
            for sub in state.sub_accounts.values():
                for kind in BALANCE_KINDS:
                    for ticker, amount in sub.balances[kind].items():
                        out[ticker] = out.get(ticker, ZERO) + amount
        return dict(sorted(out.items()))

    def dump(self) -> dict[str, Any]:
        """The whole state as JSON-able data (the same shape seed files use)."""
        with self._books() as state:
            return state_to_json(state)

    # -- Flex lending ------------------------------------------------------------------

    def flex_plans(self) -> list[FlexPlan]:
        """Plans open to investors (paused and unavailable ones are not listed)."""
        with self._books() as state:
            return [p for p in state.plans.values() if p.status == "active"]

    def invest(
        self, account: str, plan_id: str, amount: Decimal, with_reinvest: bool | None
    ) -> str:
        """Move `amount` from the main balance into the plan; returns the transaction id."""
        with self._books() as state:
            return _flex.invest(
                state, self._latest, account, plan_id, amount, with_reinvest, self._now()
            )

    def withdraw(self, account: str, plan_id: str, amount: Decimal) -> str:
        """Move `amount` from the investment back to the main balance (the seed operation)."""
        with self._books() as state:
            return _flex.withdraw(state, self._latest, account, plan_id, amount, self._now())

    def close(self, account: str, plan_id: str) -> str:
        """Pay out everything held in the investment and close it."""
        with self._books() as state:
            return _flex.close(state, self._latest, account, plan_id, self._now())

    def set_auto_reinvest(self, account: str, plan_id: str, enabled: bool) -> None:
        with self._books() as state:
            _flex.set_auto_reinvest(state, self._latest, account, plan_id, enabled, self._now())

    def investments(self, account: str) -> list[Investment]:
        """The account's investments, newest first."""
        with self._books() as state:
            mine = [copy.copy(i) for i in state.investments.values() if i.account == account]
        return mine[::-1]

    def flex_history(self, account: str) -> list[FlexRecord]:
        """The account's Flex operations, newest first."""
        with self._books() as state:
            return [r for r in reversed(state.history) if r.account == account]

    # -- codes -------------------------------------------------------------------------

    def create_code(
        self,
        account: str,
        ticker: str,
        amount: Decimal,
        passphrase: str | None,
        description: str | None,
    ) -> Code:
        """Take `amount` from the main balance and hold it in a new code."""
        with self._books() as state:
            now = self._now()
            code = _codes.create(state, account, ticker, amount, passphrase, description, now)
            return copy.copy(code)

    def apply_code(self, account: str, code_text: str, passphrase: str | None) -> Code:
        """Credit a code's amount to the main balance of `account`, exactly once."""
        with self._books() as state:
            return copy.copy(_codes.apply(state, account, code_text, passphrase, self._now()))

    def codes_created_by(self, account: str) -> list[Code]:
        """Codes the account created, newest first."""
        with self._books() as state:
            mine = [copy.copy(c) for c in state.codes.values() if c.account == account]
        return mine[::-1]

    def code_events(self, account: str) -> list[tuple[Decimal, int, Code]]:
        """(signed amount, time, code) for codes the account created or applied, newest first."""
        events: list[tuple[int, int, Decimal, Code]] = []
        with self._books() as state:
            for order, code in enumerate(state.codes.values()):
                if code.account == account:
                    events.append((code.created_at, 2 * order, -code.amount, copy.copy(code)))
                if code.applied_by == account and code.applied_at is not None:
                    events.append((code.applied_at, 2 * order + 1, code.amount, copy.copy(code)))
        events.sort(key=lambda event: (event[0], event[1]), reverse=True)
        return [(amount, when, code) for when, _order, amount, code in events]

    # -- deposits and withdrawals ------------------------------------------------------

    def deposit(
        self,
        account: str,
        ticker: str,
        amount: Decimal,
        *,
        address: str,
        memo: str = "",
        network: str | None = None,
        status: int = 3,
        transaction_hash: str = "",
    ) -> Transaction:
        """Record a deposit arriving from outside; a successful one (3, 7) is credited."""
        with self._books() as state:
            self._account(state, account)
            tx = Transaction(
                account=account,
                method=DEPOSIT,
                ticker=ticker,
                amount=amount,
                fee=ZERO,
                address=address,
                memo=memo,
                network=network,
                unique_id=None,
                status=status,
                created_at=self._now(),
                transaction_id=new_record_id(),
                transaction_hash=transaction_hash or uuid.uuid4().hex * 2,
            )
            return _wallet.deposit(state, tx)

    def create_withdrawal(self, account: str, request: WithdrawalRequest) -> Transaction:
        """Book a withdrawal (createWithdraw / createWithdrawPay): debit it, record it."""
        with self._books() as state:
            self._account(state, account)
            return _wallet.withdraw(state, account, request, self._now())

    def settle_withdrawal(self, account: str, unique_id: str, status: int) -> Transaction:
        """Move a withdrawal on (3 success, 4 canceled and refunded, ...)."""
        with self._books() as state:
            return _wallet.settle(state, account, unique_id, status)

    def transactions(self, account: str) -> list[Transaction]:
        """The account's deposits and withdrawals, newest first (ties: latest booked first)."""
        with self._books() as state:
            mine = [tx for tx in state.transactions if tx.account == account]
        return newest_first(mine, lambda tx: tx.created_at)  # immutable records: no copies

    # -- Fixed lending -----------------------------------------------------------------

    def fixed_plans(self) -> list[tuple[FixedPlan, int, Decimal]]:
        """(plan, status now, room left) for every plan."""
        with self._books() as state:
            return [
                (p, _fixed.plan_status(state, p), _fixed.room_left(state, p))
                for p in state.fixed_plans.values()
            ]

    def invest_fixed(self, account: str, plan_id: str, amount: Decimal) -> str:
        """Open a Fixed investment from the main balance; returns its id."""
        with self._books() as state:
            self._account(state, account)
            return _fixed.invest(state, account, plan_id, amount, self._now())

    def close_fixed(self, account: str, investment_id: str) -> None:
        with self._books() as state:
            _fixed.close(state, account, investment_id, self._now())

    def fixed_investments(self, account: str) -> list[FixedInvestment]:
        """The account's Fixed investments, newest first."""
        with self._books() as state:
            mine = [copy.copy(i) for i in state.fixed_investments.values() if i.account == account]
        return mine[::-1]

    def pay_interest(self, account: str, investment_id: str | None) -> dict[str, Decimal]:
        """End Fixed terms (`_interest.end_terms`); the interest paid, by investment id."""
        with self._books() as state:
            self._account(state, account)
            return _interest.end_terms(state, account, investment_id, self._now())

    def fixed_plan_id(self, plan_id: str) -> str:
        """The known Fixed plan's id in canonical form, or WhiteBIT's 400 on `planId`."""
        with self._books() as state:
            return _fixed.find_plan(state, plan_id).id

    def interest_payments(self, account: str) -> list[InterestPayment]:
        """The account's Fixed interest payments, newest first (ties: latest booked first)."""
        with self._books() as state:
            mine = [p for p in state.interest_payments if p.account == account]
        return newest_first(mine, lambda p: p.timestamp)  # immutable records: no copies

    # -- sub-accounts ------------------------------------------------------------------

    def create_sub_account(
        self, account: str, settings: Settings, email: str | None, share_kyc: bool
    ) -> SubAccount:
        with self._books() as state:
            self._account(state, account)
            made = _subaccounts.create(state, account, settings, email, share_kyc, self._now())
            return copy.deepcopy(made)

    def edit_sub_account(self, account: str, sub_id: str, settings: Settings) -> None:
        with self._books() as state:
            _subaccounts.edit(state, account, sub_id, settings)

    def block_sub_account(self, account: str, sub_id: str, blocked: bool) -> None:
        with self._books() as state:
            _subaccounts.set_blocked(state, account, sub_id, blocked)

    def delete_sub_account(self, account: str, sub_id: str) -> None:
        with self._books() as state:
            _subaccounts.delete(state, account, sub_id)

    def sub_accounts(self, account: str) -> list[SubAccount]:
        """The account's sub-accounts, oldest first, as copies."""
        with self._books() as state:
            mine = [s for s in state.sub_accounts.values() if s.account == account]
            return copy.deepcopy(mine)

    def sub_account(self, account: str, sub_id: str) -> SubAccount:
        """One of the account's sub-accounts (a copy), or WhiteBIT's 400 on `id`."""
        with self._books() as state:
            return copy.deepcopy(_subaccounts.find(state, account, sub_id))

    def transfer_sub_account(
        self, account: str, sub_id: str, direction: str, ticker: str, amount: Decimal
    ) -> SubTransfer:
        """Move money between the account's main balance and a sub-account's."""
        with self._books() as state:
            return _subaccounts.transfer(
                state, account, sub_id, direction, ticker, amount, self._now()
            )

    def request_sub_account_withdrawal(
        self, account: str, sub_id: str, ticker: str, amount: Decimal, address: str
    ) -> SubWithdrawal:
        """A sub-account's withdrawal that waits for the main account's approval."""
        with self._books() as state:
            return copy.copy(
                _subaccount_keys.request_withdrawal(
                    state, account, sub_id, ticker, amount, address, self._now()
                )
            )

    def open_credit_line(self, account: str, line: CreditLine) -> None:
        with self._books() as state:
            self._account(state, account)
            _credit_line.open_line(state, account, line)

    def connect_miner(self, account: str, name: str, worker: str, hashrate: Decimal) -> None:
        """A worker joins the account's mining account `name` (as a rig on stratum would)."""
        with self._books() as state:
            _mining.connect(state, account, name, worker, hashrate, self._now())

    def sub_account_transfers(self, account: str, sub_id: str) -> list[SubTransfer]:
        """Transfers with one sub-account, newest first (ties: latest booked first)."""
        with self._books() as state:
            sub = _subaccounts.find(state, account, sub_id)
            mine = [t for t in state.sub_transfers if t.sub_account == sub.id]
        return newest_first(mine, lambda t: t.created_at)  # immutable records: no copies
