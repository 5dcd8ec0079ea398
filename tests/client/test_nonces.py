"""Window nonces stay inside the server's window, waits end at the call's deadline, and a
forked child can sign at once. The clock is fake wherever time is the subject."""

from __future__ import annotations

import asyncio
import itertools
import json
import math
import os
import select
import selectors
import signal
import threading
import time
import uuid
from collections.abc import Awaitable, Callable, Coroutine

import httpx
import pytest
from whitebit_main import NonceSource, WhiteBITAuth
from whitebit_main._signing._auth import DEADLINE_EXTENSION
from whitebit_main._signing._nonce import AHEAD_MS, OrderingTimeout, nonce_source_for

SECRET = "nonce-test-secret"
URL = "http://whitebit.test/api/v4/main-account/balance"
T = 1_700_000_000_000  # a Unix time in ms


class FakeClock:
    """A wall clock that moves only when told to, or when someone sleeps on it."""

    def __init__(self, ms: int = T) -> None:
        self.ns = ms * 1_000_000
        self.slept = 0.0

    def __call__(self) -> int:
        return self.ns

    @property
    def ms(self) -> int:
        return self.ns // 1_000_000

    def set_ms(self, ms: int) -> None:
        self.ns = ms * 1_000_000

    def advance(self, seconds: float) -> None:
        self.ns += round(seconds * 1e9)

    def sleep(self, seconds: float) -> None:
        self.slept += seconds
        self.advance(seconds)

    async def async_sleep(self, seconds: float) -> None:
        self.sleep(seconds)
        await asyncio.sleep(0)  # let other tasks run, as a real sleep would


class VirtualTimeSelector(selectors.DefaultSelector):
    """Instead of waiting for the next timer, moves the fake clock to it."""

    def __init__(self, clock: FakeClock) -> None:
        super().__init__()
        self._clock = clock

    def select(self, timeout: float | None = None) -> list[tuple[selectors.SelectorKey, int]]:
        if timeout is not None and timeout > 0:
            self._clock.ns += math.ceil(timeout * 1e9)  # up, or the timer may stay ahead
        return super().select(0)


def run_in_virtual_time(clock: FakeClock, main: Coroutine[object, object, None]) -> None:
    """Run `main` on an event loop whose time is `clock` (asyncio.sleep included)."""
    loop = asyncio.SelectorEventLoop(VirtualTimeSelector(clock))
    start = clock.ns  # loop time counts from 0: a float holds it to the nanosecond
    loop.time = lambda: (clock.ns - start) / 1e9  # type: ignore[method-assign]
    try:
        loop.run_until_complete(main)
    finally:
        loop.close()


def must_not_sleep(seconds: float) -> None:
    raise AssertionError(f"blocking sleep({seconds}) on this path")


async def must_not_await_sleep(seconds: float) -> None:
    raise AssertionError(f"asyncio sleep({seconds}) on this path")


def recorder(sent: list[int]) -> Callable[[httpx.Request], httpx.Response]:
    def answer(request: httpx.Request) -> httpx.Response:
        sent.append(json.loads(request.content)["nonce"])
        return httpx.Response(200, json={})

    return answer


def at_the_lead_limit(
    clock: FakeClock,
    sleep: Callable[[float], object],
    async_sleep: Callable[[float], Awaitable[object]] = must_not_await_sleep,
) -> NonceSource:
    """A window source that has just handed out a nonce AHEAD_MS ahead of the clock."""
    source = NonceSource(clock, sleep=sleep, async_sleep=async_sleep)
    for _ in range(AHEAD_MS + 1):
        source.next_in_window()
    assert clock.slept == 0
    return source


# ---------------------------------------------------------------- window mode and the clock


def test_window_nonces_at_10000_calls_per_second_never_lead_the_clock_by_over_3_s() -> None:
    clock = FakeClock()
    source = NonceSource(clock, sleep=clock.sleep, async_sleep=must_not_await_sleep)
    drawn = []
    for _ in range(20_000):
        nonce = source.next_in_window()
        assert 0 <= nonce - clock.ms <= AHEAD_MS
        drawn.append(nonce)
        clock.advance(0.0001)
    assert all(a < b for a, b in itertools.pairwise(drawn))
    # 3000 went out at once, the rest were paced to one per millisecond of the clock.
    assert drawn[-1] == T + 19_999
    assert 16.9 < (clock.ms - T) / 1000 < 17.1
    assert clock.slept > 14


def test_50_async_callers_at_the_limit_await_in_turn_without_blocking_or_herding() -> None:
    clock = FakeClock()
    sleeps = 0

    async def counted_sleep(seconds: float) -> None:
        nonlocal sleeps
        sleeps += 1
        await asyncio.sleep(seconds)

    source = at_the_lead_limit(clock, sleep=must_not_sleep, async_sleep=counted_sleep)
    drawn: list[int] = []

    async def caller() -> None:
        for _ in range(100):
            nonce = await source.anext_in_window()
            assert 0 < nonce - clock.ms <= AHEAD_MS
            drawn.append(nonce)

    async def callers() -> None:
        await asyncio.gather(*(caller() for _ in range(50)))

    run_in_virtual_time(clock, callers())
    assert sorted(drawn) == list(range(T + AHEAD_MS + 1, T + AHEAD_MS + 5_001))
    assert 4.99 < (clock.ms - T) / 1000 < 5.1  # one nonce per millisecond
    # Each caller slept about once per nonce; waking all 50 at every slot would be 50 times.
    assert sleeps < 2 * 5_000


def test_window_follows_the_clock_back_after_a_correction_strict_never_goes_back() -> None:
    clock = FakeClock()
    window = NonceSource(clock, sleep=must_not_sleep)
    strict = NonceSource(clock, sleep=must_not_sleep)
    assert window.next_in_window() == strict.next() == T
    clock.set_ms(T + 3_600_000)  # the clock jumps an hour ahead...
    assert window.next_in_window() == strict.next() == T + 3_600_000
    clock.set_ms(T + 1_000)  # ...and is corrected
    assert window.next_in_window() == T + 1_000  # inside the server's window again
    assert window.next_in_window() == T + 1_001
    assert strict.next() == T + 3_600_001  # the server remembers the highest strict nonce


def test_a_far_ahead_strict_nonce_does_not_drag_the_window_sequence_with_it() -> None:
    clock = FakeClock()
    source = NonceSource(clock, sleep=must_not_sleep)
    clock.set_ms(T + 3_600_000)
    source.next()
    clock.set_ms(T)
    assert source.next() == T + 3_600_001  # strict: still above everything handed out
    assert source.next_in_window() == T  # window: follows the clock
    assert source.next() == T + 3_600_002


def test_a_step_back_within_the_window_is_waited_out_not_restarted() -> None:
    clock = FakeClock()
    source = at_the_lead_limit(clock, sleep=clock.sleep)  # last nonce: T + 3000
    clock.set_ms(T - 4_999)  # the server, if it agreed with the clock before, holds T..T+3000
    assert source.next_in_window() == T + 3_001
    assert clock.slept == pytest.approx(5.0)
    assert clock.ms == T + 1


def test_a_step_back_beyond_the_window_restarts_from_the_clock() -> None:
    clock = FakeClock()
    source = at_the_lead_limit(clock, sleep=must_not_sleep)
    clock.set_ms(T - 5_001)
    assert source.next_in_window() == T - 5_001
    assert source.next_in_window() == T - 5_000


# ---------------------------------------------------------------- the wait inside the auth flow


def test_sync_window_call_sleeps_until_its_nonce_fits() -> None:
    clock = FakeClock()
    source = at_the_lead_limit(clock, sleep=clock.sleep, async_sleep=must_not_await_sleep)
    sent: list[int] = []
    auth = WhiteBITAuth("k", SECRET, nonce_window=True, nonces=source)
    with httpx.Client(transport=httpx.MockTransport(recorder(sent)), auth=auth) as http:
        http.post(URL, json={})
    assert sent == [T + AHEAD_MS + 1]
    assert clock.slept == pytest.approx(0.001)


async def test_async_window_call_awaits_until_its_nonce_fits() -> None:
    clock = FakeClock()
    source = at_the_lead_limit(clock, sleep=must_not_sleep, async_sleep=clock.async_sleep)
    sent: list[int] = []
    auth = WhiteBITAuth("k", SECRET, nonce_window=True, nonces=source)
    async with httpx.AsyncClient(transport=httpx.MockTransport(recorder(sent)), auth=auth) as http:
        await http.post(URL, json={})
    assert sent == [T + AHEAD_MS + 1]
    assert clock.slept == pytest.approx(0.001)


def test_sync_window_wait_past_the_deadline_fails_at_once_unsent() -> None:
    clock = FakeClock()
    source = at_the_lead_limit(clock, sleep=must_not_sleep)
    clock.set_ms(T - 1_500)  # the next nonce needs 1.5 s of clock; the call has 0.2 s
    sent: list[int] = []
    auth = WhiteBITAuth("k", SECRET, nonce_window=True, nonces=source)
    with httpx.Client(transport=httpx.MockTransport(recorder(sent)), auth=auth) as http:
        deadline = time.monotonic() + 0.2
        with pytest.raises(OrderingTimeout) as caught:
            http.post(URL, json={}, extensions={DEADLINE_EXTENSION: deadline})
    assert isinstance(caught.value, httpx.PoolTimeout)
    assert caught.value.request.url == URL
    assert sent == []


async def test_async_window_wait_past_the_deadline_fails_at_once_unsent() -> None:
    clock = FakeClock()
    source = at_the_lead_limit(clock, sleep=must_not_sleep, async_sleep=must_not_await_sleep)
    clock.set_ms(T - 1_500)
    sent: list[int] = []
    auth = WhiteBITAuth("k", SECRET, nonce_window=True, nonces=source)
    async with httpx.AsyncClient(transport=httpx.MockTransport(recorder(sent)), auth=auth) as http:
        deadline = time.monotonic() + 0.2
        with pytest.raises(OrderingTimeout):
            await http.post(URL, json={}, extensions={DEADLINE_EXTENSION: deadline})
    assert sent == []


# ---------------------------------------------------------------- strict: the turn and the deadline


class HeldByAThread:
    """The key's ordering lock held by another thread until `let_go`."""

    def __init__(self, source: NonceSource) -> None:
        self._held, self._done = threading.Event(), threading.Event()
        self._thread = threading.Thread(target=self._hold, args=(source,))

    def _hold(self, source: NonceSource) -> None:
        with source.in_order:
            self._held.set()
            self._done.wait(10)

    def __enter__(self) -> HeldByAThread:
        self._thread.start()
        assert self._held.wait(5)
        return self

    def __exit__(self, *exc: object) -> None:
        self.let_go()

    def let_go(self) -> None:
        self._done.set()
        self._thread.join(5)


def test_sync_strict_call_gives_up_its_turn_at_the_deadline() -> None:
    source = NonceSource()
    sent: list[int] = []
    auth = WhiteBITAuth("k", SECRET, nonces=source)
    with httpx.Client(transport=httpx.MockTransport(recorder(sent)), auth=auth) as http:
        with HeldByAThread(source) as holder:
            started = time.monotonic()
            with pytest.raises(OrderingTimeout) as caught:
                http.post(URL, json={}, extensions={DEADLINE_EXTENSION: started + 0.2})
            assert 0.19 < time.monotonic() - started < 2.0
            holder.let_go()
        assert caught.value.request.url == URL
        assert sent == []
        assert not source.in_order.locked()  # the timed-out caller left the line
        http.post(URL, json={}, extensions={DEADLINE_EXTENSION: time.monotonic() + 2})
    assert len(sent) == 1


async def test_async_strict_call_gives_up_its_turn_at_the_deadline() -> None:
    source = NonceSource()
    sent: list[int] = []
    auth = WhiteBITAuth("k", SECRET, nonces=source)
    async with httpx.AsyncClient(transport=httpx.MockTransport(recorder(sent)), auth=auth) as http:
        with HeldByAThread(source) as holder:
            started = time.monotonic()
            with pytest.raises(OrderingTimeout):
                await http.post(URL, json={}, extensions={DEADLINE_EXTENSION: started + 0.2})
            assert 0.19 < time.monotonic() - started < 2.0
            holder.let_go()
        assert sent == []
        assert not source.in_order.locked()
        await http.post(URL, json={}, extensions={DEADLINE_EXTENSION: time.monotonic() + 2})
    assert len(sent) == 1


# ---------------------------------------------------------------- fork


def _calls_in_the_child(api_key: str) -> list[int]:
    sent: list[int] = []
    auth = WhiteBITAuth(api_key, SECRET)
    with httpx.Client(transport=httpx.MockTransport(recorder(sent)), auth=auth) as http:
        http.post(URL, json={})

    async def one_async_call() -> None:
        transport = httpx.MockTransport(recorder(sent))
        async with httpx.AsyncClient(transport=transport, auth=auth) as http:
            await http.post(URL, json={})

    asyncio.run(one_async_call())
    return sent


def _reap(pid: int, seconds: float) -> None:
    """Wait for our child; kill it if it is still running after `seconds`."""
    end = time.monotonic() + seconds
    while time.monotonic() < end:
        if os.waitpid(pid, os.WNOHANG)[0] == pid:
            return
        time.sleep(0.01)
    os.kill(pid, signal.SIGKILL)
    os.waitpid(pid, 0)


@pytest.mark.skipif(not hasattr(os, "fork"), reason="needs os.fork")
@pytest.mark.filterwarnings("ignore:.*fork.*:DeprecationWarning")
def test_a_child_forked_during_a_strict_call_signs_at_once() -> None:
    api_key = f"fork-{uuid.uuid4().hex}"
    order = nonce_source_for(api_key).in_order
    arrived, answer = threading.Event(), threading.Event()
    in_flight: list[int] = []

    def slow(request: httpx.Request) -> httpx.Response:
        in_flight.append(json.loads(request.content)["nonce"])
        arrived.set()
        answer.wait(10)
        return httpx.Response(200, json={})

    def call() -> None:
        auth = WhiteBITAuth(api_key, SECRET)
        with httpx.Client(transport=httpx.MockTransport(slow), auth=auth) as http:
            http.post(URL, json={})

    callers = [threading.Thread(target=call) for _ in range(2)]
    callers[0].start()  # holds the key's turn until `answer`...
    assert arrived.wait(5)
    callers[1].start()  # ...and this one waits in line behind it
    while not order._waiters:
        time.sleep(0.001)

    read_end, write_end = os.pipe()
    pid = os.fork()
    if pid == 0:  # the child: neither caller exists here
        code = 1
        try:
            os.close(read_end)
            os.write(write_end, json.dumps(_calls_in_the_child(api_key)).encode())
            code = 0
        finally:
            os._exit(code)
    os.close(write_end)
    try:
        ready, _, _ = select.select([read_end], [], [], 5.0)
        report = os.read(read_end, 4096) if ready else b""
    finally:
        os.close(read_end)
        _reap(pid, 2.0)
        answer.set()
        for caller in callers:
            caller.join(5)
    assert report, "the forked child did not finish its calls within 5 s"
    child = json.loads(report)
    assert len(child) == 2
    assert in_flight[0] < child[0] < child[1]  # the child's nonces carry on increasing
