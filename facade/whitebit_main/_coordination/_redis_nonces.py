"""One API key's nonces in Redis, for every process that signs with it.

Window mode: each nonce is drawn by one script, the larger of the caller's clock and the
key's last nonce plus one, paced like in-process window nonces (never more than AHEAD_MS
ahead of the clock).

Strict mode: WhiteBIT needs every nonce larger than the last one it *received*, so a
request must also arrive before the next one is signed. A strict call therefore holds the
key's turn from signing until its answer: first this process's KeyOrder (its threads and
tasks queue there, in order), then a lease in Redis (`SET NX PX`) that lasts until the
call's deadline (plus a grace) at most. The holder releases it with its answer; if its
process dies the lease runs out by itself, so the others wait at most until the dead call's
deadline. Waiting processes ask again every few milliseconds (not in arrival order).
"""

from __future__ import annotations

import contextlib
import os
import time
from collections.abc import Callable
from typing import TYPE_CHECKING

from .._signing._nonce import AHEAD_MS, REBASE_MS, KeyOrder, NonceSource, _late_for_turn, _pause
from ._redis_coordination import CoordinationUnavailable

if TYPE_CHECKING:
    from ._redis_coordination import RedisCoordination

# KEYS[1]: the key's last nonce. ARGV: the caller's clock (ms), how far ahead of it a nonce
# may go, how far ahead the last may be before the sequence restarts from the clock, and
# the key's lifetime in ms (0: for ever). Returns the nonce, or minus the ms to wait.
_NONCE_SCRIPT = """
local now = tonumber(ARGV[1])
local last = tonumber(redis.call('GET', KEYS[1]) or '0')
local value = now
if now <= last and last - now <= tonumber(ARGV[3]) then
  value = last + 1
  if value - now > tonumber(ARGV[2]) then
    return now - (value - tonumber(ARGV[2]))
  end
end
if tonumber(ARGV[4]) > 0 then
  redis.call('SET', KEYS[1], value, 'PX', tonumber(ARGV[4]))
else
  redis.call('SET', KEYS[1], value)
end
return value
"""
# Strict nonces only ever grow (the server remembers the last one for ever).
_NEVER = 10**15

_TAKE_SCRIPT = """
if redis.call('SET', KEYS[1], ARGV[1], 'NX', 'PX', tonumber(ARGV[2])) then return 1 end
return 0
"""
_GIVE_SCRIPT = """
if redis.call('GET', KEYS[1]) == ARGV[1] then redis.call('DEL', KEYS[1]) return 1 end
return 0
"""
# A lease outlasts its call's deadline by this much: the client cuts its request by then.
LEASE_GRACE = 0.5
# The lease of a request signed without a deadline (a caller's own httpx client).
DEFAULT_LEASE = 60.0
_FIRST_PAUSE, _LONGEST_PAUSE = 0.0005, 0.005


def _lease_ms(deadline: float | None) -> int:
    left = DEFAULT_LEASE if deadline is None else deadline - time.monotonic()
    return max(1, int((left + LEASE_GRACE) * 1000))


class RedisTurn(KeyOrder):
    """A key's strict turn across processes: this process's KeyOrder, then the lease."""

    def __init__(self, coordination: RedisCoordination, key: str) -> None:
        self._coordination = coordination
        self._key = key
        super().__init__()

    def _reset(self) -> None:
        super()._reset()
        self._token: str | None = None  # a forked child holds none of its parent's leases

    def try_acquire(self) -> bool:
        return False  # never without Redis: callers go through hold() or acquire_async()

    def hold(self, deadline: float | None = None) -> None:
        super().hold(deadline)
        try:
            self._take(deadline)
        except BaseException:
            super().release()
            raise

    async def acquire_async(self, deadline: float | None = None) -> None:
        await super().acquire_async(deadline)
        try:
            await self._atake(deadline)
        except BaseException:
            super().release()
            raise

    def _take(self, deadline: float | None) -> None:
        token, pause = os.urandom(9).hex(), _FIRST_PAUSE
        while not self._coordination.run(_TAKE_SCRIPT, [self._key], [token, _lease_ms(deadline)]):
            pause = self._next_pause(pause, deadline)
            time.sleep(pause)
        self._token = token

    async def _atake(self, deadline: float | None) -> None:
        import asyncio

        token, pause = os.urandom(9).hex(), _FIRST_PAUSE
        while not await self._coordination.arun(
            _TAKE_SCRIPT, [self._key], [token, _lease_ms(deadline)]
        ):
            pause = self._next_pause(pause, deadline)
            await asyncio.sleep(pause)
        self._token = token

    @staticmethod
    def _next_pause(pause: float, deadline: float | None) -> float:
        if deadline is not None and time.monotonic() + pause > deadline:
            raise _late_for_turn()
        return min(pause * 2, _LONGEST_PAUSE)

    def release(self) -> None:
        """Give the lease back (a blocking round trip, also for tasks: it is one short
        command), then this process's turn."""
        token, self._token = self._token, None
        try:
            if token is not None:
                # Redis gone: the lease runs out by itself at the call's deadline.
                with contextlib.suppress(CoordinationUnavailable):
                    self._coordination.run(_GIVE_SCRIPT, [self._key], [token])
        finally:
            super().release()

    def __enter__(self) -> RedisTurn:
        self.hold()
        return self

    async def __aenter__(self) -> RedisTurn:
        await self.acquire_async()
        return self


class RedisNonceSource(NonceSource):
    """The nonces of one key drawn from Redis: unique and ordered across every process."""

    def __init__(
        self, coordination: RedisCoordination, key: str, clock_ns: Callable[[], int]
    ) -> None:
        super().__init__(clock_ns)
        self._coordination = coordination
        self._key = key
        self.in_order = RedisTurn(coordination, f"{key}:turn")

    def _window_args(self) -> list[str | int]:
        return [self._clock_ns() // 1_000_000, AHEAD_MS, REBASE_MS, 2 * REBASE_MS]

    def _draw_in_window(self) -> int:
        return self._coordination.run(_NONCE_SCRIPT, [self._key], self._window_args())

    async def anext_in_window(self, deadline: float | None = None) -> int:
        import asyncio

        while True:
            value = await self._coordination.arun(_NONCE_SCRIPT, [self._key], self._window_args())
            if value > 0:
                return value
            await asyncio.sleep(_pause(-value, deadline))

    def next(self) -> int:
        """A strict nonce, larger than any drawn for the key by any process (sign with it
        only while holding `in_order`, so that it also arrives in order)."""
        now = self._clock_ns() // 1_000_000
        return self._coordination.run(_NONCE_SCRIPT, [self._key], [now, _NEVER, _NEVER, 0])
