"""The coordination backend, one process: window nonces and rate-limit slots drawn from a
real redis-server on loopback, the account-wide limit in-process and in the sandbox, strict
turns held in Redis, and Redis unreachable failing before anything is sent.

(Several real processes sharing one key: test_many_processes.py.)
"""

from __future__ import annotations

import asyncio
import multiprocessing
import time
from typing import Any

import httpx
import pytest
from whitebit_main import (
    ACCOUNT_WIDE,
    AsyncWhiteBIT,
    RateLimiter,
    RedisCoordination,
    RetryPolicy,
    WhiteBIT,
    errors,
)
from whitebit_main._calls._operations import operation_table
from whitebit_main._coordination._ratelimit import SAFETY_MARGIN
from whitebit_main._coordination._redis_nonces import LEASE_GRACE
from whitebit_main._signing._nonce import AHEAD_MS, OrderingTimeout
from whitebit_sandbox import Sandbox

from tests.redis_server import RedisServer, _free_port, redis_server_fixture  # noqa: F401

KEY, SECRET = "coordination-key", "coordination-secret"
T0 = 1_900_000_000_000  # ms: a fixed clock for nonce rules


class Clock:
    def __init__(self, ms: int) -> None:
        self.ms = ms

    def __call__(self) -> int:
        return self.ms * 1_000_000


def test_window_nonces_are_unique_across_coordinations(redis_server: RedisServer) -> None:
    clock = Clock(T0)  # a clock that does not move: every nonce comes from "last + 1"
    with (
        RedisCoordination(redis_server.url, clock_ns=clock) as one,
        RedisCoordination(redis_server.url, clock_ns=clock) as other,
    ):
        sources = [one.nonce_source(KEY), other.nonce_source(KEY)]
        drawn = [sources[i % 2].next_in_window() for i in range(400)]
        assert drawn == list(range(T0, T0 + 400))
        # Another key has its own sequence, starting at the clock.
        assert one.nonce_source("another-key").next_in_window() == T0


def _draw_in_child(coordination: RedisCoordination, out: Any) -> None:
    out.put([coordination.nonce_source(KEY).next_in_window() for _ in range(50)])


def test_a_forked_child_draws_from_the_same_sequence(redis_server: RedisServer) -> None:
    forking = multiprocessing.get_context("fork")  # as a pre-forking server does
    with RedisCoordination(redis_server.url) as coordination:
        source = coordination.nonce_source(KEY)
        before = [source.next_in_window() for _ in range(50)]  # the parent's pool is in use
        out = forking.Queue()
        child = forking.Process(target=_draw_in_child, args=(coordination, out))
        child.start()
        drawn = out.get(timeout=30)
        child.join(timeout=30)
        after = [source.next_in_window() for _ in range(50)]
        out.close()
    assert child.exitcode == 0
    assert len(set(before + drawn + after)) == 150


def test_window_nonce_is_the_clock_when_the_clock_is_ahead(redis_server: RedisServer) -> None:
    clock = Clock(T0)
    with RedisCoordination(redis_server.url, clock_ns=clock) as coordination:
        source = coordination.nonce_source(KEY)
        assert [source.next_in_window() for _ in range(3)] == [T0, T0 + 1, T0 + 2]
        clock.ms = T0 + 1_000
        assert source.next_in_window() == T0 + 1_000


def test_window_nonces_never_lead_the_clock_past_the_allowance(
    redis_server: RedisServer,
) -> None:
    clock = Clock(T0 + AHEAD_MS)
    with RedisCoordination(redis_server.url, clock_ns=clock) as coordination:
        source = coordination.nonce_source(KEY)
        assert source.next_in_window() == T0 + AHEAD_MS
        clock.ms = T0  # another process's clock, AHEAD_MS behind: the next would lead it
        with pytest.raises(OrderingTimeout, match="nothing was sent"):
            source.next_in_window(deadline=time.monotonic())
        clock.ms = T0 + 1  # one millisecond later it fits
        assert source.next_in_window() == T0 + AHEAD_MS + 1


def test_strict_nonces_grow_across_coordinations(redis_server: RedisServer) -> None:
    clock = Clock(T0)
    with (
        RedisCoordination(redis_server.url, clock_ns=clock) as one,
        RedisCoordination(redis_server.url, clock_ns=clock) as other,
    ):
        drawn = [(one, other)[i % 2].nonce_source(KEY).next() for i in range(50)]
        assert drawn == list(range(T0, T0 + 50))
        clock.ms = T0 - 60_000  # a clock set back: strict nonces still only grow
        assert one.nonce_source(KEY).next() == T0 + 50


def test_the_strict_turn_is_held_by_one_process_at_a_time(redis_server: RedisServer) -> None:
    with (
        RedisCoordination(redis_server.url) as one,
        RedisCoordination(redis_server.url) as other,
    ):
        mine, theirs = one.nonce_source(KEY).in_order, other.nonce_source(KEY).in_order
        mine.hold(time.monotonic() + 5)
        with pytest.raises(OrderingTimeout, match="nothing was sent"):
            theirs.hold(time.monotonic() + 0.1)
        mine.release()
        theirs.hold(time.monotonic() + 5)  # free again
        theirs.release()


def test_a_dead_holders_turn_ends_with_its_lease(redis_server: RedisServer) -> None:
    with (
        RedisCoordination(redis_server.url) as one,
        RedisCoordination(redis_server.url) as other,
    ):
        # Held for a call with 0.2 s left and never released: its process died.
        one.nonce_source(KEY).in_order.hold(time.monotonic() + 0.2)
        turn = other.nonce_source(KEY).in_order
        asked = time.monotonic()
        turn.hold(time.monotonic() + 10)
        waited = time.monotonic() - asked
        turn.release()
    assert waited < 0.2 + LEASE_GRACE + 0.5  # the lease, not the other's deadline of 10 s


def test_options_are_checked() -> None:
    with pytest.raises(TypeError, match="coordination must be a RedisCoordination"):
        WhiteBIT(KEY, SECRET, nonce_window=True, coordination="redis://x")  # type: ignore[arg-type]
    coordination = RedisCoordination("redis://127.0.0.1:1/0")
    with pytest.raises(ValueError, match="counted in Redis"):
        WhiteBIT(
            KEY, SECRET, nonce_window=True, coordination=coordination, rate_limit=RateLimiter()
        )
    with pytest.raises(ValueError, match="egress"):
        RedisCoordination(egress="")
    with pytest.raises(ValueError, match="requests must be a positive int"):
        RedisCoordination(limits={ACCOUNT_WIDE: (0, 10)})
    assert "secret" not in repr(RedisCoordination("redis://:secret@127.0.0.1:6379/0"))


def _counting_transport(seen: list[httpx.Request]) -> httpx.MockTransport:
    def answer(request: httpx.Request) -> httpx.Response:
        seen.append(request)
        return httpx.Response(200, json={})

    return httpx.MockTransport(answer)


@pytest.mark.parametrize("rate_limit", [True, False])
def test_redis_unreachable_fails_before_sending(rate_limit: bool) -> None:
    seen: list[httpx.Request] = []
    nowhere = f"redis://127.0.0.1:{_free_port()}/0"  # nothing listens there
    with (
        RedisCoordination(nowhere, socket_timeout=0.5) as coordination,
        httpx.Client(transport=_counting_transport(seen)) as http,
        WhiteBIT(
            KEY,
            SECRET,
            nonce_window=True,
            coordination=coordination,
            rate_limit=rate_limit,
            http_client=http,
        ) as client,
        pytest.raises(errors.CoordinationError, match="Redis could not be reached") as raised,
    ):
        client.get_main_balance(ticker="USDT")
    assert "nothing was sent" in str(raised.value)
    assert raised.value.operation == "getMainBalance"
    assert seen == []  # no fallback to uncoordinated nonces or limits


async def test_redis_unreachable_fails_before_sending_async() -> None:
    seen: list[httpx.Request] = []
    nowhere = f"redis://127.0.0.1:{_free_port()}/0"
    async with (
        RedisCoordination(nowhere, socket_timeout=0.5) as coordination,
        httpx.AsyncClient(transport=_counting_transport(seen)) as http,
        AsyncWhiteBIT(
            KEY, SECRET, nonce_window=True, coordination=coordination, http_client=http
        ) as client,
    ):
        with pytest.raises(errors.CoordinationError, match="nothing was sent"):
            await client.get_main_balance(ticker="USDT")
    assert seen == []


def test_one_egress_shares_one_budget(redis_server: RedisServer) -> None:
    windows = [("getMainBalance", 1000, 10.0), (ACCOUNT_WIDE, 3, 10.0)]
    with (
        RedisCoordination(redis_server.url) as one,
        RedisCoordination(redis_server.url) as other,
        RedisCoordination(redis_server.url, egress="203.0.113.9") as elsewhere,
    ):
        waits = [one.reserve(windows, 60)[0] for _ in range(2)]
        waits.append(other.reserve([("getFees", 1000, 10.0), (ACCOUNT_WIDE, 3, 10.0)], 60)[0])
        assert waits == [0, 0, 0]
        # The fourth call of this egress, whatever its operation and process, waits for
        # the first to leave the account-wide window (it is still in flight: from now).
        wait, _ = other.reserve(windows, 60)
        assert 10 <= wait <= 10 + SAFETY_MARGIN + 0.01
        # Another IP has its own budget.
        assert elsewhere.reserve(windows, 60)[0] == 0


def test_an_operations_own_limit_is_shared_too(redis_server: RedisServer) -> None:
    with (
        RedisCoordination(redis_server.url) as one,
        RedisCoordination(redis_server.url) as other,
    ):
        history = [("getDepositWithdrawHistory", 2, 10.0), (ACCOUNT_WIDE, 1000, 10.0)]
        first, _ = one.reserve(history, 60)
        second, booking = other.reserve(history, 60)
        other.finish(booking)
        assert (first, second) == (0, 0)
        assert one.reserve(history, 60)[0] >= 10  # its third: over the operation's limit
        assert one.reserve([("getFees", 1000, 10.0), (ACCOUNT_WIDE, 1000, 10.0)], 60)[0] == 0


def test_calls_booked_in_the_same_millisecond_keep_their_order(
    redis_server: RedisServer,
) -> None:
    window = [("getMainBalance", 3, 10.0)]
    with RedisCoordination(redis_server.url) as coordination:
        first, *later = [coordination.reserve(window, 60)[1] for _ in range(3)]
        for booking in later:  # the two later calls finish; the first is still in flight
            coordination.finish(booking)
        time.sleep(0.2)
        # The call three places before the next is the first, which may arrive as late as
        # now: a whole window from now, not from when the later two finished.
        wait, _ = coordination.reserve(window, 60)
        assert wait >= 10
        coordination.finish(first)


def test_a_booking_never_finished_holds_its_window_only_for_its_lease(
    redis_server: RedisServer,
) -> None:
    window = [("getMainBalance", 1, 0.2)]
    with RedisCoordination(redis_server.url) as coordination:
        coordination.reserve(window, in_flight=0.1)  # its process dies: never finished
        time.sleep(0.4)  # past its lease (0.1 s) and the window after it (0.2 s + margin)
        wait, booking = coordination.reserve(window, in_flight=0.1)
        assert wait == 0
        coordination.finish(booking)
        # A finished call holds the window from when it finished.
        wait, _ = coordination.reserve(window, in_flight=0.1)
        assert 0.2 <= wait <= 0.2 + SAFETY_MARGIN + 0.01


def test_limits_given_replace_the_documented_ones(redis_server: RedisServer) -> None:
    limits = {ACCOUNT_WIDE: (50, 1.0), "getMainBalance": (7, 2)}
    with RedisCoordination(redis_server.url, limits=limits) as coordination:
        client = WhiteBIT(KEY, SECRET, nonce_window=True, coordination=coordination)
        with client:
            table = operation_table()
            assert client._windows(table["getMainBalance"]) == [
                ("getMainBalance", 7, 2.0),
                (ACCOUNT_WIDE, 50, 1.0),
            ]
            assert client._windows(table["getFees"])[0] == ("getFees", 1000, 10)


def test_in_process_limiter_counts_the_account_wide_limit() -> None:
    now = [0.0]
    limiter = RateLimiter(clock=lambda: now[0])
    table = operation_table()
    with WhiteBIT(KEY, SECRET, rate_limit=limiter) as client:
        balance = client._windows(table["getMainBalance"])
        fees = client._windows(table["getFees"])
        assert balance[-1] == (ACCOUNT_WIDE, 1000, 10)
        card = next(op for op in table.values() if op.server is not None)
        assert [name for name, *_ in client._windows(card)] == [card.operation_id]
    waits = [limiter.reserve_all(balance if i % 2 else fees)[0] for i in range(1000)]
    assert set(waits) == {0}
    # Neither operation is near its own 1000: the 1001st waits for the account's window.
    wait, _ = limiter.reserve_all(balance)
    assert wait == pytest.approx(10 + SAFETY_MARGIN)


def test_the_sandbox_counts_the_account_wide_limit() -> None:
    with (
        Sandbox(limits={ACCOUNT_WIDE: (2, 60)}) as sandbox,
        sandbox.client(rate_limit=False, retry=RetryPolicy.none()) as client,
    ):
        client.get_main_balance(ticker="USDT")
        client.get_fees()
        with pytest.raises(errors.RateLimitError):
            client.get_main_balance(ticker="USDT")
    with pytest.raises(ValueError, match="unknown operations"):
        Sandbox(limits={"noSuchOperation": (1, 1)})


@pytest.mark.parametrize("window", [True, False], ids=["window", "strict"])
def test_calls_through_redis_reach_the_sandbox(redis_server: RedisServer, window: bool) -> None:
    with (
        Sandbox() as sandbox,
        RedisCoordination(redis_server.url) as coordination,
        sandbox.client(nonce_window=window, coordination=coordination) as client,
        client.with_options(retry=RetryPolicy.none()) as view,
    ):
        for _ in range(5):
            assert client.get_main_balance(ticker="USDT") is not None
        assert view.get_fees() is not None  # a view shares the backend


@pytest.mark.parametrize("window", [True, False], ids=["window", "strict"])
async def test_async_calls_through_redis(redis_server: RedisServer, window: bool) -> None:
    with Sandbox() as sandbox:
        async with (
            RedisCoordination(redis_server.url) as coordination,
            sandbox.async_client(
                nonce_window=window, coordination=coordination, retry=RetryPolicy.none()
            ) as client,
        ):
            answers = await asyncio.gather(
                *(client.get_main_balance(ticker="USDT") for _ in range(30))
            )
            assert len(answers) == 30
