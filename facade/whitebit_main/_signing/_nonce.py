"""Nonces: strictly increasing per API key, for every thread and task of the process.

WhiteBIT rejects a nonce that is not larger than the last one it saw for the key, so two
clients built with the same key must draw from one source. Values are Unix milliseconds;
when calls outrun the clock the source counts on from the last value instead of repeating.

With `nonceWindow` the server takes any unique nonce within WINDOW_MS of its clock instead,
so window nonces may not run away from the clock: a caller waits while the next one would be
more than AHEAD_MS ahead (in the long run about 1000 calls/s per key), and after the clock
is set back by more than the window the window sequence restarts from the clock.
"""

from __future__ import annotations

import os
import sys
import threading
import time
import weakref
from collections import deque
from collections.abc import Awaitable, Callable
from types import TracebackType
from typing import TYPE_CHECKING

import httpx

from ._protocol import NONCE_WINDOW_MS

if TYPE_CHECKING:  # imported when first needed: a sync-only program never loads asyncio
    import asyncio

WINDOW_MS = NONCE_WINDOW_MS  # the protocol's window (one home: _protocol)
# How far a window nonce may lead our clock. The server allows WINDOW_MS either way; the
# other 2 s absorb skew between our clock and the server's. It also lets a burst of about
# 3000 calls go out at once before callers are paced to one nonce per millisecond.
AHEAD_MS = 3_000
# The window sequence restarts from the clock once it leads by more than this: the clock was
# set back by more than the window. If it is right now, it was so far ahead before that the
# server refused every nonce drawn meanwhile (none is below the clock it was drawn at), so the
# restart repeats none the server holds. A smaller step back is waited out (at most 5 s).
REBASE_MS = WINDOW_MS + AHEAD_MS


class OrderingTimeout(httpx.PoolTimeout):
    """The call's deadline passed while it waited for its turn on the key; nothing was sent."""


class TurnHeldByThisLoop(OrderingTimeout):
    """A blocking call on an event loop's own thread found the key's turn held (or next
    promised) to a task of that very loop: the loop cannot run until the call returns, so
    waiting would freeze both until the deadline. Raised at once; nothing was sent."""

    def __init__(self) -> None:
        super().__init__(
            "a blocking call on the thread of a running event loop needs this API key's "
            "strict turn, which a task of that same loop holds or is next in line for: it "
            "would freeze the loop until the deadline. Use AsyncWhiteBIT (await the call) in "
            "the loop, run the blocking call in a worker thread (asyncio.to_thread), or use "
            "nonce_window=True; nothing was sent"
        )


def _loop_thread() -> int | None:
    """This thread's id when an asyncio event loop runs in it, else None (asyncio is not
    imported for it: a program that never loaded it has no loop)."""
    asyncio = sys.modules.get("asyncio")
    if asyncio is None or asyncio.events._get_running_loop() is None:
        return None
    return threading.get_ident()


def _resolve(future: asyncio.Future[bool], granted: bool) -> None:
    if not future.done():
        future.set_result(granted)


# Where a waiter stands; changed only under the KeyOrder's mutex.
_IN_LINE, _HANDED, _TAKEN, _PASSED_OVER = range(4)


class _ThreadWaiter:
    __slots__ = ("_event", "state")

    def __init__(self) -> None:
        self.state = _IN_LINE
        self._event = threading.Lock()
        self._event.acquire()  # released by `wake`

    def wait(self, timeout: float) -> bool:
        return self._event.acquire(timeout=timeout)

    def wake(self) -> bool:
        self._event.release()
        return True


class _TaskWaiter:
    __slots__ = ("future", "state", "thread")

    def __init__(self, future: asyncio.Future[bool]) -> None:
        self.state = _IN_LINE
        self.future = future
        self.thread = threading.get_ident()  # the thread its loop runs in

    def wake(self) -> bool:
        """False when the waiter's loop is closed: nobody is left to take the lock."""
        try:
            if threading.get_ident() == self.thread:
                _resolve(self.future, True)
            else:
                self.future.get_loop().call_soon_threadsafe(_resolve, self.future, True)
        except RuntimeError:
            return False
        return True


class KeyOrder:
    """A key's process-wide order: one FIFO lock for threads and for tasks of any event loop.

    Threads block (`acquire`, `hold`, `with`); tasks await (`acquire_async`, `async with`)
    without blocking their loop. A release hands the lock straight to the longest waiter, so
    sync and async callers take turns in arrival order and nobody can barge in between.
    """

    __slots__ = ("_held", "_loop_thread", "_mutex", "_waiters")

    def __init__(self) -> None:
        self._reset()

    def _reset(self) -> None:
        self._mutex = threading.Lock()
        self._held = False
        # The thread of the event loop whose task holds the lock (None: a thread holds it,
        # or nobody): a blocking caller on that thread would wait for ever.
        self._loop_thread: int | None = None
        self._waiters: deque[_ThreadWaiter | _TaskWaiter] = deque()

    def locked(self) -> bool:
        return self._held

    def try_acquire(self) -> bool:
        """Acquire if free, never waiting (for tasks: the holder is noted as a loop's task
        when a loop runs in this thread)."""
        with self._mutex:
            if self._held:
                return False
            self._held = True
            self._loop_thread = _loop_thread()
            return True

    def acquire(self, blocking: bool = True, timeout: float = -1) -> bool:
        """As `threading.Lock.acquire`."""
        with self._mutex:
            if not self._held:
                self._held = True
                self._loop_thread = None
                return True
            if not blocking:
                return False
            self._refuse_to_freeze()
            waiter = _ThreadWaiter()
            self._waiters.append(waiter)
        return waiter.wait(timeout) or self._give_up(waiter)

    def hold(self, deadline: float | None = None) -> None:
        """Acquire, waiting at most until `deadline` (a `time.monotonic()` value);
        TurnHeldByThisLoop at once when waiting could only freeze this thread's loop."""
        with self._mutex:
            if not self._held:
                self._held = True
                self._loop_thread = None
                return
            self._refuse_to_freeze()
            waiter = _ThreadWaiter()
            self._waiters.append(waiter)
        timeout = -1.0 if deadline is None else max(0.0, deadline - time.monotonic())
        if not (waiter.wait(timeout) or self._give_up(waiter)):
            raise _late_for_turn()

    async def acquire_async(self, deadline: float | None = None) -> None:
        """Acquire without blocking the running loop, waiting at most until `deadline`."""
        import asyncio

        loop = asyncio.get_running_loop()
        with self._mutex:
            if not self._held:
                self._held = True
                self._loop_thread = threading.get_ident()
                return
            waiter = _TaskWaiter(loop.create_future())
            self._waiters.append(waiter)
        timer = None
        if deadline is not None:
            delay = max(0.0, deadline - time.monotonic())
            timer = loop.call_later(delay, _resolve, waiter.future, False)
        try:
            granted = await waiter.future
        except BaseException:  # cancelled: a lock handed to a task that is gone is passed on
            if self._give_up(waiter):
                self.release()
            raise
        finally:
            if timer is not None:
                timer.cancel()
        if not (granted or self._give_up(waiter)):
            raise _late_for_turn()

    def _refuse_to_freeze(self) -> None:
        """Called by a blocking waiter under the mutex: if a task of a loop running in this
        thread holds the lock or waits ahead in line, only this thread could run it."""
        me = threading.get_ident()
        if self._loop_thread == me or any(
            isinstance(waiter, _TaskWaiter) and waiter.thread == me for waiter in self._waiters
        ):
            raise TurnHeldByThisLoop()

    def _give_up(self, waiter: _ThreadWaiter | _TaskWaiter) -> bool:
        """Leave the line; True if the lock was handed over meanwhile (the waiter owns it)."""
        with self._mutex:
            if waiter.state == _HANDED:
                waiter.state = _TAKEN
                return True
            if waiter.state == _IN_LINE:
                self._waiters.remove(waiter)
            return False

    def release(self) -> None:
        while True:
            with self._mutex:
                if not self._held:
                    raise RuntimeError("release of an unheld KeyOrder")
                if not self._waiters:
                    self._held = False
                    self._loop_thread = None
                    return
                waiter = self._waiters.popleft()
                waiter.state = _HANDED
                self._loop_thread = waiter.thread if isinstance(waiter, _TaskWaiter) else None
            if waiter.wake():
                return
            with self._mutex:  # its loop is closed: pass the lock on, unless it took it
                if waiter.state == _TAKEN:  # (a task destroyed meanwhile releases it itself)
                    return
                waiter.state = _PASSED_OVER

    def __enter__(self) -> KeyOrder:
        self.acquire()
        return self

    def __exit__(
        self, kind: type[BaseException] | None, exc: BaseException | None, tb: TracebackType | None
    ) -> None:
        self.release()

    async def __aenter__(self) -> KeyOrder:
        if not self.try_acquire():
            await self.acquire_async()
        return self

    async def __aexit__(
        self, kind: type[BaseException] | None, exc: BaseException | None, tb: TracebackType | None
    ) -> None:
        self.release()


def _late_for_turn() -> OrderingTimeout:
    return OrderingTimeout(
        "the call's deadline passed while it waited for its turn on this API key "
        "(strict nonces go one call at a time); nothing was sent"
    )


def _pause(ms: int, deadline: float | None) -> float:
    """Seconds to wait for the clock; OrderingTimeout at once if the deadline would pass."""
    seconds = ms / 1000
    if deadline is not None and time.monotonic() + seconds > deadline:
        raise OrderingTimeout(
            "the call's deadline would pass before its nonce fits the server's window "
            "(over about 1000 calls/s on this API key); nothing was sent"
        )
    return seconds


class NonceSource:
    """Hands out millisecond nonces for one key; safe across threads, tasks and forks.

    `next()` draws a strict nonce: larger than any handed out before. `next_in_window()` and
    `anext_in_window()` draw window nonces: unique, at most AHEAD_MS ahead of the clock,
    waiting (by `sleep` or `async_sleep`) until the clock allows the next one.

    It also owns the key's *ordering* lock `in_order` (a KeyOrder). Strict nonces must not
    only be drawn in order but reach the server in order, so a strict-mode request holds it
    from drawing its nonce until its answer arrives, whichever thread or loop it runs in.
    """

    def __init__(
        self,
        clock_ns: Callable[[], int] = time.time_ns,
        *,
        sleep: Callable[[float], object] = time.sleep,
        async_sleep: Callable[[float], Awaitable[object]] | None = None,
    ) -> None:
        self._clock_ns = clock_ns
        self._sleep = sleep
        self._async_sleep = async_sleep
        self._lock = threading.Lock()
        self._last = 0  # the window sequence (strict nonces near the clock join it)
        self._high = 0  # the highest nonce handed out: strict nonces go above it
        self._wake_at = 0  # clock ms at which the last window waiter was told to try again
        self.in_order = KeyOrder()
        _every_source.add(self)

    def async_in_order(self) -> KeyOrder:
        """The ordering lock, for `async with` (the same one threads use)."""
        return self.in_order

    def next(self) -> int:
        now = self._clock_ns() // 1_000_000
        with self._lock:
            value = now if now > self._high else self._high + 1
            self._high = value
            # A strict nonce far ahead of the clock (the clock was set back) must not drag
            # the window sequence out of the server's window with it.
            if value - now <= WINDOW_MS:
                self._last = value
            return value

    def _draw_in_window(self) -> int:
        """A window nonce, or minus the milliseconds to wait before asking again."""
        now = self._clock_ns() // 1_000_000
        with self._lock:
            last = self._last
            if now > last or last - now > REBASE_MS:
                value = now
            else:
                value = last + 1
                if value - now > AHEAD_MS:
                    # One waiter per millisecond slot, in turn: waking every waiter at every
                    # slot would cost far more than the calls themselves.
                    wake = value - AHEAD_MS
                    if wake <= self._wake_at <= now + REBASE_MS:
                        wake = self._wake_at + 1
                    self._wake_at = wake
                    return now - wake
            self._last = value
            if value > self._high:
                self._high = value
            return value

    def next_in_window(self, deadline: float | None = None) -> int:
        """A window nonce; sleeps while it would lead the clock by more than AHEAD_MS."""
        value = self._draw_in_window()
        while value < 0:
            self._sleep(_pause(-value, deadline))
            value = self._draw_in_window()
        return value

    async def anext_in_window(self, deadline: float | None = None) -> int:
        """As `next_in_window`, awaiting instead of blocking the loop."""
        value = self._draw_in_window()
        if value > 0:
            return value
        sleep = self._async_sleep
        if sleep is None:
            import asyncio

            sleep = asyncio.sleep
        while value < 0:
            await sleep(_pause(-value, deadline))
            value = self._draw_in_window()
        return value

    def _after_fork(self) -> None:
        # The forking thread is the child's only one: a lock another thread held at the fork
        # would stay held for ever. The nonces themselves carry on, still increasing.
        self._lock = threading.Lock()
        if isinstance(self.in_order, KeyOrder):
            self.in_order._reset()


_sources: dict[str, NonceSource] = {}
_sources_lock = threading.Lock()
_every_source: weakref.WeakSet[NonceSource] = weakref.WeakSet()


def nonce_source_for(api_key: str) -> NonceSource:
    """The process-wide source for `api_key` (created on first use)."""
    with _sources_lock:
        source = _sources.get(api_key)
        if source is None:
            source = _sources[api_key] = NonceSource()
        return source


def _reset_after_fork() -> None:
    global _sources_lock
    _sources_lock = threading.Lock()
    for source in list(_every_source):
        source._after_fork()


if hasattr(os, "register_at_fork"):  # POSIX only
    os.register_at_fork(after_in_child=_reset_after_fork)
