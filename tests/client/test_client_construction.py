"""Both clients are built by one constructor (BaseClient), and `with_options` builds through
it: same checks, shared connections, nonces and rate limits, typed for mypy."""

from __future__ import annotations

import asyncio
import inspect
from pathlib import Path

import httpx
import pytest
from pytest_httpx import HTTPXMock
from whitebit_main import AsyncWhiteBIT, RateLimiter, RetryPolicy, WhiteBIT, errors
from whitebit_main._http._deadline_transport import DeadlineTransport
from whitebit_main_api._contract import OPERATIONS

from tests.support import run_mypy

BALANCE = {"USDT": {"main_balance": "1"}}


def test_both_clients_take_the_same_options() -> None:
    sync = inspect.signature(WhiteBIT.__init__).parameters
    async_ = inspect.signature(AsyncWhiteBIT.__init__).parameters
    assert list(sync) == list(async_)
    documented = WhiteBIT.__init__.__doc__ or ""
    for name in sync:
        if name != "self":
            assert f"{name}:" in documented, f"option {name} is not documented"


@pytest.mark.parametrize("kind", [WhiteBIT, AsyncWhiteBIT])
def test_a_view_is_checked_like_a_new_client(kind: type[WhiteBIT] | type[AsyncWhiteBIT]) -> None:
    client = kind("k", "s")
    try:
        with pytest.raises(ValueError, match="deadline"):
            client.with_options(deadline=-1)
        with pytest.raises(ValueError, match="max_answer_bytes"):
            client.with_options(max_answer_bytes=0)
        with pytest.raises(TypeError, match="retry"):
            client.with_options(retry=3)  # type: ignore[arg-type]
    finally:
        if isinstance(client, WhiteBIT):
            client.close()
        else:
            asyncio.run(client.aclose())


def test_a_view_shares_connections_and_limits_and_closing_it_keeps_them(
    httpx_mock: HTTPXMock,
) -> None:
    httpx_mock.add_response(json=BALANCE, is_reusable=True)
    with WhiteBIT("k", "s") as wb:
        view = wb.with_options(deadline=5, retry=RetryPolicy.none())
        assert view.retry_policy == RetryPolicy.none() and wb.retry_policy == RetryPolicy()
        assert view.base_url == wb.base_url and repr(view) == repr(wb)
        view.get_main_balance()
        view.close()
        wb.get_main_balance()  # the parent's connections are still open
        # one budget: a view's calls count against the parent's limit
        limit, per_seconds = OPERATIONS["getMainBalance"]["rate_limit"]
        for _ in range(limit - 2):
            view._limiter.reserve("getMainBalance", limit, per_seconds)  # type: ignore[union-attr]
        wait, _slot = wb._limiter.reserve("getMainBalance", limit, per_seconds)  # type: ignore[union-attr]
        assert wait > 0


async def test_one_rate_limiter_shared_by_a_blocking_and_an_asyncio_client() -> None:
    """Two clients on one key draw on the same server budget: given one limiter, the calls
    of both are counted together."""
    limiter = RateLimiter()
    limit, per_seconds = OPERATIONS["getMainBalance"]["rate_limit"]
    answer = httpx.MockTransport(lambda request: httpx.Response(200, json=BALANCE))
    with (
        httpx.Client(transport=answer) as http,
        WhiteBIT("k", "s", http_client=http, rate_limit=limiter) as wb,
    ):
        for _ in range(limit):
            wb.get_main_balance()
    async with (
        httpx.AsyncClient(transport=answer) as ahttp,
        AsyncWhiteBIT("k", "s", http_client=ahttp, rate_limit=limiter) as awb,
    ):
        wait, _slot = limiter.reserve("getMainBalance", limit, per_seconds)
        assert wait > per_seconds / 2  # the window is full: the next call would wait
        with pytest.raises(errors.TransportError, match="deadline"):
            await awb.with_options(deadline=0.2).get_main_balance()


@pytest.mark.parametrize("value", ["yes", 1, None])
def test_rate_limit_is_a_bool_or_a_limiter(value: object) -> None:
    with pytest.raises(TypeError, match="rate_limit must be a bool or a RateLimiter"):
        WhiteBIT("k", "s", rate_limit=value)  # type: ignore[arg-type]


def test_the_blocking_client_builds_its_deadline_transport_and_owns_it() -> None:
    wb = WhiteBIT("k", "s")
    http = wb._http
    assert isinstance(http._transport, DeadlineTransport)
    wb.close()
    assert http.is_closed
    with httpx.Client() as own:
        with WhiteBIT("k", "s", http_client=own):
            pass
        assert not own.is_closed  # a caller's client stays the caller's to close


TYPED = """
import httpx
from whitebit_main import AsyncWhiteBIT, RateLimiter, WhiteBIT

def build(limiter: RateLimiter) -> None:
    sync = WhiteBIT.from_env(http_client=httpx.Client(), rate_limit=limiter)
    strict: WhiteBIT = sync.with_options(deadline=5.0)
    asyncio_client: AsyncWhiteBIT = AsyncWhiteBIT.from_env(http_client=httpx.AsyncClient())
"""

MISTYPED = """
import httpx
from whitebit_main import AsyncWhiteBIT, WhiteBIT

def build() -> None:
    AsyncWhiteBIT.from_env(http_client=httpx.Client())
    WhiteBIT("k", "s", http_client=httpx.AsyncClient())
    WhiteBIT("k", "s").with_options(deadlin=5.0)
"""


@pytest.mark.slow  # runs mypy
def test_the_shared_constructor_is_typed_per_client(tmp_path: Path) -> None:
    good = run_mypy(tmp_path, TYPED)
    assert good.returncode == 0, good.stdout
    bad = run_mypy(tmp_path, MISTYPED)
    assert bad.returncode == 1
    assert 'Argument "http_client" to "from_env" of "BaseClient"' in bad.stdout
    assert 'Argument "http_client" to "WhiteBIT"' in bad.stdout
    assert 'Unexpected keyword argument "deadlin"' in bad.stdout
