"""`Sandbox`: the sandbox server in a background thread, its ledger, and clients for it."""

from __future__ import annotations

import json
import threading
import time
from collections.abc import Mapping
from decimal import Decimal
from pathlib import Path
from types import TracebackType
from typing import Any, Self, Unpack

from whitebit_main._client import AsyncWhiteBIT, WhiteBIT
from whitebit_main._options import AsyncOptions, CommonOptions, SyncOptions
from whitebit_main_api._contract import OPERATIONS

from whitebit_sandbox._core._amounts import checked
from whitebit_sandbox._core._app import SandboxApp
from whitebit_sandbox._core._clock import Clock, SandboxClock
from whitebit_sandbox._core._faults import FaultKind, FaultPlan
from whitebit_sandbox._core._ledger import Ledger
from whitebit_sandbox._core._server import SandboxHTTPServer
from whitebit_sandbox.credit_line._state import CreditLine

StateSource = Mapping[str, Any] | list[Any] | str | Path | None


def load_state(source: StateSource) -> dict[str, Any]:
    """Seed data from a dict, a JSON file path, or None (the default state).

    A file may hold the full state (`accounts`, `flex_plans`, ...) or just a list of
    accounts. Numbers in it are read as Decimal, never as float.
    """
    if source is None:
        return {}
    if isinstance(source, str | Path):
        text = Path(source).read_text(encoding="utf-8")
        try:
            source = json.loads(text, parse_float=Decimal)
        except ValueError as exc:
            raise ValueError(f"{source}: not valid JSON ({exc})") from None
    if isinstance(source, list):
        return {"accounts": source}
    if not isinstance(source, Mapping):
        raise ValueError(f"sandbox state must be a JSON object, not {type(source).__name__}")
    return dict(source)


def _host_in_url(host: str) -> str:
    return f"[{host}]" if ":" in host else host


class Sandbox:
    """The sandbox server, in this process, as a context manager.

    `accounts` seeds the state (dict, list of accounts, or path to a JSON file). The first
    account's key is `api_key` / `api_secret`; `client()` and `async_client()` return
    facade clients pointed at the sandbox with it. `rate_limits=False` turns off the
    per-operation limits (for load tests); everything else stays as strict as WhiteBIT.
    `limits` replaces documented limits: operationId (or "*", the account-wide one) ->
    (requests, per_seconds), for an account with raised limits or a quick test.
    `clock` is where the books read the time (Unix seconds): the real clock by default, or
    a `SandboxClock` that `advance()` moves, so Flex earnings and Fixed terms fall due.
    """

    def __init__(
        self,
        accounts: StateSource = None,
        *,
        host: str = "127.0.0.1",
        port: int = 0,
        rate_limits: bool = True,
        limits: Mapping[str, tuple[int, float]] | None = None,
        clock: Clock | None = None,
    ) -> None:
        self.clock: Clock = clock if clock is not None else time.time
        self.ledger = Ledger(load_state(accounts), clock=self.clock)
        self._app = SandboxApp(self.ledger, rate_limits=rate_limits, limits=limits)
        self._faults = FaultPlan()
        self._address = (host, port)
        self._server: SandboxHTTPServer | None = None
        self._thread: threading.Thread | None = None
        first = self.ledger.dump()["accounts"]
        if not first:
            raise ValueError("the sandbox needs at least one account")
        self.account: str = first[0]["name"]
        self.api_key: str = first[0]["api_key"]
        self._secret: str = first[0]["api_secret"]

    @property
    def api_secret(self) -> str:
        return self._secret

    def __repr__(self) -> str:
        where = self.url if self._server is not None else "stopped"
        return f"Sandbox({where}, api_key={self.api_key!r}, api_secret='***')"

    @property
    def url(self) -> str:
        """`http://127.0.0.1:PORT` while running."""
        if self._server is None:
            raise RuntimeError("the sandbox is not running: use `with Sandbox() as sb:`")
        host, port = self._server.server_address[:2]
        return f"http://{_host_in_url(str(host))}:{port}"

    def start(self) -> Self:
        """Bind the port and serve from a background thread."""
        if self._server is not None:
            raise RuntimeError("the sandbox is already running")
        server = SandboxHTTPServer(self._address, self._app, self._faults)
        thread = threading.Thread(
            target=server.serve_forever,
            kwargs={"poll_interval": 0.05},
            name="whitebit-sandbox",
            daemon=True,
        )
        thread.start()
        self._server, self._thread = server, thread
        return self

    def stop(self) -> None:
        """Stop serving, close open connections and wait for every server thread."""
        server, thread = self._server, self._thread
        self._server = self._thread = None
        if server is not None:
            server.stop()
        if thread is not None:
            thread.join()

    def inject_fault(self, operation_id: str, kind: FaultKind, *, times: int = 1) -> None:
        """Apply the next `times` requests of `operation_id`, then lose their answers:
        "drop" closes the connection, "hang" waits past a short client timeout and drops,
        "503" answers Service Unavailable. The ledger books each request as usual."""
        if operation_id not in OPERATIONS:
            raise ValueError(f"unknown operation {operation_id!r}")
        self._faults.add(OPERATIONS[operation_id]["path"], kind, times)

    def deposit(
        self,
        ticker: str,
        amount: Decimal | str | int,
        *,
        account: str | None = None,
        address: str | None = None,
        memo: str = "",
        network: str | None = None,
        status: int = 3,
    ) -> str:
        """A deposit arriving from outside, listed by the deposit/withdraw history; a
        successful one (status 3, the default, or 7) is credited to the main balance.
        Returns its transaction_id. The account defaults to `self.account`."""
        return self.ledger.deposit(
            account or self.account,
            ticker,
            checked(amount, "deposit amount"),
            address=address if address is not None else f"sandbox-{ticker.lower()}-address",
            memo=memo,
            network=network,
            status=status,
        ).transaction_id

    def settle_withdrawal(
        self, unique_id: str, status: int = 3, *, account: str | None = None
    ) -> None:
        """Move a pending withdrawal on, as WhiteBIT's processing would: 3 successful,
        4 canceled (the amount goes back to the main balance), or another documented code."""
        self.ledger.settle_withdrawal(account or self.account, unique_id, status)

    def sub_account_withdrawal(
        self,
        sub_account: str,
        ticker: str,
        amount: Decimal | str | int,
        *,
        address: str = "",
        account: str | None = None,
    ) -> str:
        """A withdrawal the sub-account asks for, as its own key would: the amount is held
        from the sub-account's main balance until the main account approves it with
        `confirm_sub_account_withdrawal` (listed meanwhile by
        `list_unconfirmed_sub_account_withdrawals`). Returns its id."""
        return self.ledger.request_sub_account_withdrawal(
            account or self.account,
            sub_account,
            ticker,
            checked(amount, "withdrawal amount"),
            address,
        ).id

    def open_credit_line(
        self,
        asset: str,
        amount: Decimal | str | int,
        *,
        total_funding: Decimal | str | int = 0,
        current_ltv: Decimal | str | int = 0,
        initial_ltv: Decimal | str | int = 60,
        margin_call_ltv: Decimal | str | int = 75,
        liquidation_ltv: Decimal | str | int = 85,
        account: str | None = None,
    ) -> None:
        """Give the account an active credit line, as WhiteBIT support would open one:
        `get_credit_line_info` answers its terms from now on (LTVs in percent). The
        sandbox records the terms only; no balance moves."""
        self.ledger.open_credit_line(
            account or self.account,
            CreditLine(
                asset,
                checked(amount, "amount"),
                checked(total_funding, "total_funding"),
                checked(current_ltv, "current_ltv"),
                checked(initial_ltv, "initial_ltv"),
                checked(margin_call_ltv, "margin_call_ltv"),
                checked(liquidation_ltv, "liquidation_ltv"),
                self.ledger.now(),
            ),
        )

    def connect_miner(
        self,
        mining_account: str,
        worker: str,
        hashrate: Decimal | str | int = "100",
        *,
        account: str | None = None,
    ) -> None:
        """A mining worker connects to one of the account's mining accounts (created with
        `create_mining_account`) with a steady hashrate in TH/s, as a rig on stratum
        would: it is listed from now on, shows in the hashrate history, and each whole
        day on the sandbox clock pays its rewards."""
        self.ledger.connect_miner(
            account or self.account, mining_account, worker, checked(hashrate, "hashrate")
        )

    def pay_interest(
        self, investment_id: str | None = None, *, account: str | None = None
    ) -> dict[str, Decimal]:
        """End the term of the account's active Fixed investments now, as WhiteBIT does
        when a term expires: each one's interest is credited to the main balance in its
        plan's interest currency and listed by `get_interest_payment_history`, its amount
        goes back to the main balance, and it closes (closing early pays no interest).

        A term earns `amount * percent / 100 * duration / 525600` (the plan's percent read
        as a yearly rate, its duration in minutes), divided by the plan's interest ratio and
        rounded down to the interest currency's decimals. `investment_id` ends that one
        investment only (KeyError if the account has no such investment, ValueError if it
        is closed). Returns the interest paid, by investment id. The account defaults to
        `self.account`."""
        return self.ledger.pay_interest(account or self.account, investment_id)

    def advance(self, seconds: float) -> None:
        """Let `seconds` pass on the sandbox's `SandboxClock` and book what fell due in
        them: each whole day of every open Flex investment pays its earning, and each
        Fixed term that ran out pays its interest and returns its amount."""
        if not isinstance(self.clock, SandboxClock):
            raise TypeError(
                "advance() needs Sandbox(clock=SandboxClock()): the real clock moves by itself"
            )
        self.clock.advance(seconds)
        self.ledger.accrue()

    def _settings(self) -> CommonOptions:
        return {
            "api_key": self.api_key,
            "api_secret": self._secret,
            "base_url": self.url,
            "gateway_url": self.url,
        }

    def client(self, **overrides: Unpack[SyncOptions]) -> WhiteBIT:
        """A `WhiteBIT` client for this sandbox; keyword arguments (the client's options,
        type-checked) override its settings."""
        options: SyncOptions = {**self._settings(), **overrides}
        return WhiteBIT(**options)

    def async_client(self, **overrides: Unpack[AsyncOptions]) -> AsyncWhiteBIT:
        """An `AsyncWhiteBIT` client for this sandbox (same overrides as `client`)."""
        options: AsyncOptions = {**self._settings(), **overrides}
        return AsyncWhiteBIT(**options)

    def __enter__(self) -> Self:
        return self.start()

    def __exit__(
        self,
        exc_type: type[BaseException] | None,
        exc: BaseException | None,
        tb: TracebackType | None,
    ) -> None:
        self.stop()
