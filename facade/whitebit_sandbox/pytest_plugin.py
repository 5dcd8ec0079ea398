"""pytest fixtures for testing your code against a local WhiteBIT sandbox.

Installed with whitebit-main (entry point `pytest11`), so there is nothing to enable;
`-p no:whitebit_sandbox` turns it off. Every fixture is function-scoped: each test gets a
fresh sandbox on 127.0.0.1 with a free port, stopped after the test.

    from decimal import Decimal

    import pytest
    from whitebit_main import AsyncWhiteBIT, WhiteBIT, errors
    from whitebit_sandbox import Sandbox

    def test_default_balance(whitebit_client: WhiteBIT) -> None:
        assert whitebit_client.get_main_balance(ticker="USDT")["USDT"].main_balance == 10000

    @pytest.mark.whitebit_balances({"USDT": "500", "BTC": "0.1"}, spot={"USDT": "5"})
    def test_seeded(whitebit_client: WhiteBIT) -> None:
        assert whitebit_client.get_main_balance(ticker="BTC")["BTC"].main_balance == Decimal("0.1")

    def test_answer_lost(whitebit_sandbox: Sandbox, whitebit_client: WhiteBIT) -> None:
        whitebit_sandbox.inject_fault("transferBetweenBalances", "drop")  # book, then drop
        with pytest.raises(errors.OutcomeUnknownError):
            whitebit_client.transfer_between_balances(
                from_="main", to="spot", ticker="USDT", amount="7"
            )
        assert whitebit_sandbox.ledger.balance(whitebit_sandbox.account, "USDT", "spot") == 507

    @pytest.mark.asyncio  # or anyio, or asyncio.run() in a plain test
    async def test_async(whitebit_async_client: AsyncWhiteBIT) -> None:
        async with whitebit_async_client as wb:
            assert "USDT" in await wb.get_main_balance()

Fixtures:

- `whitebit_sandbox` -> `Sandbox`: running; `.ledger` to read balances and history,
  `.inject_fault(operation_id, "drop" | "hang" | "503", times=1)` to book the next request
  and lose its answer, `.client(**overrides)` for a client with other settings
  (`retry=`, `timeout=`), `.url`, `.api_key`, `.api_secret`, `.account`.
  The names a test file needs to type these (`FaultKind`, the literal type of a fault;
  `FAULT_KINDS`, all of them; `Sandbox`, `StateSource`, `Ledger` and the demo plan ids)
  come from `whitebit_sandbox`.
- `whitebit_client` -> `WhiteBIT` bound to it, closed after the test.
- `whitebit_async_client` -> `AsyncWhiteBIT` bound to it. A plain fixture, not an async one,
  so it needs no async plugin: connections open lazily in the test's own event loop, and the
  test closes them there with `async with whitebit_async_client as wb:`. One left open is
  closed at teardown when that is still possible; otherwise the teardown fails saying so.
- `whitebit_state` -> what the sandbox starts from: None (the default state: the demo
  account with 10000 USDT, 1 BTC, 5 ETH in main and 500 USDT in spot), or anything
  `Sandbox(accounts)` takes (a state dict, a list of accounts, a JSON file path). Override it
  in a conftest.py or a test module.
- `whitebit_rate_limits` -> bool, True: the sandbox enforces WhiteBIT's per-operation rate
  limits. Override it to return False for load tests.

Marker `@pytest.mark.whitebit_balances(main, *, spot=None, collateral=None)`: the first
account of that state holds exactly these balances (ticker -> decimal string), none other.
Seeding accounts starts the account's history (deposits, investments, codes) empty.
A mistake in the marker or the state fails the test's setup with the place named.
"""

from __future__ import annotations

from collections.abc import Iterator, Mapping
from typing import TYPE_CHECKING, Any

import pytest

if TYPE_CHECKING:  # the sandbox and clients load only when a fixture is used
    from whitebit_main import AsyncWhiteBIT, WhiteBIT

    from whitebit_sandbox import Sandbox, StateSource

MARKER = "whitebit_balances"
KINDS = ("main", "spot", "collateral")


def pytest_configure(config: pytest.Config) -> None:
    config.addinivalue_line(
        "markers",
        f"{MARKER}(main, *, spot=None, collateral=None): the whitebit_sandbox account starts "
        "with exactly these balances (ticker -> decimal string)",
    )


def _marked_balances(mark: pytest.Mark) -> dict[str, dict[str, Any]]:
    """The marker's balances per kind, every kind present; a misuse raises ValueError."""
    if len(mark.args) > 1:
        raise ValueError("takes one positional argument, the main balances")
    given = dict(mark.kwargs)
    if mark.args:
        if "main" in given:
            raise ValueError("main balances given twice (positional and main=)")
        given["main"] = mark.args[0]
    unknown = sorted(set(given) - set(KINDS))
    if unknown:
        raise ValueError(f"unknown balance kind(s) {', '.join(unknown)}; use {', '.join(KINDS)}")
    if not given:
        raise ValueError("no balances given: whitebit_balances({'USDT': '100'})")
    for kind, tickers in given.items():
        if tickers is not None and not isinstance(tickers, Mapping):
            raise ValueError(f"{kind}: expected a dict of ticker -> amount, not {tickers!r}")
    return {kind: dict(given.get(kind) or {}) for kind in KINDS}


def _seed(source: StateSource, mark: pytest.Mark | None) -> dict[str, Any]:
    """The sandbox's starting state: `source`, with the marker's balances applied."""
    from whitebit_sandbox import default_state, load_state

    state = load_state(source)
    if mark is None:
        return state
    try:
        balances = _marked_balances(mark)
    except ValueError as exc:
        raise ValueError(f"@pytest.mark.{MARKER}: {exc}") from None
    accounts = state.get("accounts") or default_state()["accounts"]
    if not isinstance(accounts, list) or not accounts or not isinstance(accounts[0], Mapping):
        raise ValueError(f"@pytest.mark.{MARKER}: the state has no first account to seed")
    first = {**accounts[0], "balances": balances}
    return {**state, "accounts": [first, *accounts[1:]]}


@pytest.fixture
def whitebit_state() -> StateSource:
    """The state `whitebit_sandbox` starts from; None is the sandbox's default state."""
    return None


@pytest.fixture
def whitebit_rate_limits() -> bool:
    """Whether `whitebit_sandbox` enforces WhiteBIT's rate limits; override to switch off."""
    return True


@pytest.fixture
def whitebit_sandbox(
    whitebit_state: StateSource, whitebit_rate_limits: bool, request: pytest.FixtureRequest
) -> Iterator[Sandbox]:
    """A running sandbox on 127.0.0.1, stopped after the test."""
    from whitebit_sandbox import Sandbox

    mark = request.node.get_closest_marker(MARKER)
    try:
        sandbox = Sandbox(_seed(whitebit_state, mark), rate_limits=whitebit_rate_limits)
    except ValueError as exc:
        mistake = str(exc)
    else:
        mistake = ""
    if mistake:  # failed outside the except block, so the report is this one line
        pytest.fail(f"whitebit_sandbox state: {mistake}", pytrace=False)
    with sandbox:
        yield sandbox


@pytest.fixture
def whitebit_client(whitebit_sandbox: Sandbox) -> Iterator[WhiteBIT]:
    """A `WhiteBIT` client for `whitebit_sandbox`, closed after the test."""
    with whitebit_sandbox.client() as client:
        yield client


@pytest.fixture
def whitebit_async_client(whitebit_sandbox: Sandbox) -> Iterator[AsyncWhiteBIT]:
    """An `AsyncWhiteBIT` for `whitebit_sandbox`; close it in the test with `async with`."""
    import asyncio

    client = whitebit_sandbox.async_client()
    yield client
    # Closing an already closed client does nothing; one left open may hold connections of
    # the test's event loop, which is gone by now, and then cannot be closed cleanly.
    try:
        asyncio.run(client.aclose())
    except RuntimeError as exc:
        mistake = str(exc)
    else:
        return
    pytest.fail(
        "whitebit_async_client was left open and cannot be closed outside the test's "
        f"event loop ({mistake}): use `async with whitebit_async_client as wb:` in the test",
        pytrace=False,
    )
