"""Deposits and withdrawals on the books: the rules WhiteBIT applies, in its order.

Called by the ledger with its lock held, so a check and its effect are one step. The
order follows WhiteBIT's answers: request validation (400: the unique id, the amount's
decimals) before business rules (422 with their codes: too small, not above the fee, not
enough balance). A refused withdrawal leaves no trace, so its unique id stays free.
"""

from __future__ import annotations

from dataclasses import dataclass, replace
from decimal import Decimal

from whitebit_sandbox._core._amounts import ZERO, money
from whitebit_sandbox._core._replies import inner, invalid
from whitebit_sandbox._core._state import State, seen_tickers
from whitebit_sandbox.wallet._currencies import (
    Currency,
    check_address,
    check_decimals,
    decimals,
    known_currency,
    network_of,
)
from whitebit_sandbox.wallet._deposits import own_addresses
from whitebit_sandbox.wallet._transactions_state import (
    CANCELED,
    DEPOSIT,
    DEPOSIT_STATUSES,
    FINAL_WITHDRAWAL,
    PENDING,
    SUCCESSFUL,
    WITHDRAWAL,
    WITHDRAWAL_STATUSES,
    Transaction,
    new_transaction_id,
)

UNIQUE_ID_TAKEN = "The unique id has already been taken."


@dataclass(frozen=True)
class WithdrawalRequest:
    """The fields of createWithdraw / createWithdrawPay the books care about."""

    ticker: str
    amount: Decimal
    address: str
    unique_id: str
    memo: str = ""
    network: str | None = None
    fee_on_top: bool = False  # createWithdrawPay: amount is what the recipient gets


def find_withdrawal(state: State, account: str, unique_id: str) -> Transaction | None:
    for tx in state.transactions:
        if tx.account == account and tx.method == WITHDRAWAL and tx.unique_id == unique_id:
            return tx
    return None


def _check_request(state: State, request: WithdrawalRequest) -> tuple[Currency, str | None]:
    """The currency and network of a withdrawal, or the refusal of its form (400) or of
    its address (422 code 2)."""
    facts = known_currency(request.ticker, seen_tickers(state))
    network = network_of(facts, request.network)
    if facts.memo and not request.memo:
        raise invalid("memo", "The memo field is required.")
    if facts.precision == 0 and decimals(request.amount) > 0:  # WhiteBIT's code 7
        raise inner("amount", "Amount should be integer", code=7)
    check_decimals(facts, request.amount)
    if not facts.fiat:
        check_address(facts, network, request.address)
        if request.address in own_addresses(state):  # WhiteBIT's code 9
            raise inner("address", "The address is a WhiteBIT deposit address", code=9)
    return facts, network


def _check_amount(
    facts: Currency, request: WithdrawalRequest, available: Decimal
) -> tuple[Decimal, Decimal]:
    """(debit, fee) for a well-formed request, or the refusal WhiteBIT gives."""
    amount, fee = request.amount, facts.withdraw_fee
    if amount <= 0 or amount < facts.min_withdraw:
        raise inner(
            "amount", f"Amount is too small: the minimum is {money(facts.min_withdraw)}", code=3
        )
    if not request.fee_on_top and amount <= fee:
        raise inner("amount", f"Amount must be greater than the fee ({money(fee)})", code=6)
    debit = amount + fee if request.fee_on_top else amount
    if debit > available:
        raise inner(
            "amount", f"Not enough money, {facts.name} balance = {money(available)}", code=5
        )
    return debit, fee


def withdraw(state: State, account: str, request: WithdrawalRequest, now: int) -> Transaction:
    """Take the withdrawal off the main balance and record it as pending."""
    if find_withdrawal(state, account, request.unique_id) is not None:
        raise invalid("uniqueId", UNIQUE_ID_TAKEN)
    facts, network = _check_request(state, request)
    main = state.accounts[account].balances["main"]
    available = main.get(request.ticker, ZERO)
    debit, fee = _check_amount(facts, request, available)
    main[request.ticker] = available - debit
    tx = Transaction(
        account=account,
        method=WITHDRAWAL,
        ticker=request.ticker,
        amount=debit,
        fee=fee,
        address=request.address,
        memo=request.memo,
        network=network,
        unique_id=request.unique_id,
        status=PENDING,
        created_at=now,
        transaction_id=new_transaction_id(),
        transaction_hash="",  # nothing on chain while pending
    )
    state.transactions.append(tx)
    return tx


def deposit(state: State, tx: Transaction) -> Transaction:
    """Record an arriving deposit; a successful one is credited to the main balance."""
    if tx.method != DEPOSIT or tx.amount <= 0:
        raise ValueError("a deposit needs method 1 and an amount above 0")
    if tx.status not in DEPOSIT_STATUSES:
        raise ValueError(f"deposit status must be one of {sorted(DEPOSIT_STATUSES)}")
    if tx.status in SUCCESSFUL:
        main = state.accounts[tx.account].balances["main"]
        main[tx.ticker] = main.get(tx.ticker, ZERO) + tx.amount
    state.transactions.append(tx)
    return tx


def settle(state: State, account: str, unique_id: str, status: int) -> Transaction:
    """Move a withdrawal to a new status; canceling gives the money back."""
    tx = find_withdrawal(state, account, unique_id)
    if tx is None:
        raise KeyError(f"no withdrawal {unique_id!r} of {account!r}")
    index = state.transactions.index(tx)
    if status not in WITHDRAWAL_STATUSES:
        raise ValueError(f"withdrawal status must be one of {sorted(WITHDRAWAL_STATUSES)}")
    if tx.status in FINAL_WITHDRAWAL:
        raise ValueError(f"withdrawal {unique_id!r} is final (status {tx.status})")
    if status == CANCELED:
        main = state.accounts[account].balances["main"]
        main[tx.ticker] = main.get(tx.ticker, ZERO) + tx.amount
    state.transactions[index] = replace(tx, status=status)
    return state.transactions[index]
