from __future__ import annotations

from collections.abc import AsyncIterator, Iterator

import pytest
from whitebit_main import AsyncWhiteBIT, RetryPolicy, WhiteBIT
from whitebit_main._http import _async_transport as _transport
from whitebit_sandbox import Sandbox

from tests.support import API_KEY, API_SECRET


@pytest.fixture(autouse=True)
def httpx_own_async_transport(monkeypatch: pytest.MonkeyPatch) -> None:
    """Async clients built without a transport use httpx's own in tests, which pytest-httpx
    intercepts; the aiohttp transport is tested explicitly, on loopback."""
    monkeypatch.setattr(_transport, "default_async_transport", lambda: None)


@pytest.fixture
def client() -> Iterator[WhiteBIT]:
    """A client that surfaces every answer as it is (retries are tested on their own)."""
    with WhiteBIT(API_KEY, API_SECRET, retry=RetryPolicy.none()) as wb:
        yield wb


@pytest.fixture
async def async_client() -> AsyncIterator[AsyncWhiteBIT]:
    async with AsyncWhiteBIT(API_KEY, API_SECRET, retry=RetryPolicy.none()) as wb:
        yield wb


@pytest.fixture
def sandbox(whitebit_sandbox: Sandbox) -> Sandbox:
    """A running sandbox of its own for each test: most tests change its ledger, and a
    fresh one costs ~50 ms. It comes from the package's pytest plugin (the fixture users
    get), so our tests exercise that too. It starts from `whitebit_state` (None: the
    default state); a module that needs other accounts or balances overrides that fixture,
    or marks a test with `@pytest.mark.whitebit_balances(...)`."""
    return whitebit_sandbox
