"""Redis as the coordination backend: one key's nonces and one IP's rate limits shared by
every process, on one host or many (`coordination=RedisCoordination(url)`).

Every decision is one Lua script, so it is atomic however many processes ask at once:

- a nonce is the larger of the caller's clock and the key's last nonce plus one (window
  nonces paced, as in-process, so that they never lead the clock by more than AHEAD_MS);
  strict calls also take the key's turn, a lease in Redis (see _redis_nonces.py);
- a call's rate-limit slot is booked in its operation's window and the account-wide one
  together, on Redis's own clock, by the same rule as the in-process limiter: a call starts
  only once the call `requests` places before it has finished (or, if its process died,
  could no longer be in flight) plus the window and SAFETY_MARGIN.

A failure to reach Redis raises `CoordinationUnavailable` before anything is sent; there is
no fallback to uncoordinated nonces or limits.
"""

from __future__ import annotations

import hashlib
import os
import threading
import time
import weakref
from collections.abc import Callable, Mapping, Sequence
from types import TracebackType
from typing import TYPE_CHECKING, Any, Self

from ._ratelimit import SAFETY_MARGIN, Window

if TYPE_CHECKING:
    import redis
    import redis.asyncio

    from ._redis_nonces import RedisNonceSource

# KEYS: per window, its calls in booking order (a list of members, the last `requests`)
# and their times (a hash: member -> end ms once finished, minus the latest possible end
# while in flight; "s:" member -> start ms).
# ARGV: member, how long a call may stay in flight (ms), margin (ms), then per window its
# requests and window (ms). Returns the ms to wait before sending (on Redis's clock).
_RESERVE_SCRIPT = """
local t = redis.call('TIME')
local now = tonumber(t[1]) * 1000 + math.floor(tonumber(t[2]) / 1000)
local member, life, margin = ARGV[1], tonumber(ARGV[2]), tonumber(ARGV[3])
local start = now
for i = 1, #KEYS / 2 do
  local requests, per = tonumber(ARGV[2 + 2 * i]), tonumber(ARGV[3 + 2 * i])
  local booked = redis.call('LLEN', KEYS[2 * i - 1])
  if booked >= requests then
    local before = redis.call('LINDEX', KEYS[2 * i - 1], booked - requests)
    local ended = tonumber(redis.call('HGET', KEYS[2 * i], before) or now)
    if ended < 0 then ended = math.min(now, -ended) end
    start = math.max(start, ended + per + margin)
  end
end
for i = 1, #KEYS / 2 do
  local calls, times = KEYS[2 * i - 1], KEYS[2 * i]
  local requests, per = tonumber(ARGV[2 + 2 * i]), tonumber(ARGV[3 + 2 * i])
  redis.call('RPUSH', calls, member)
  redis.call('HSET', times, member, -(start + life), 's:' .. member, start)
  while redis.call('LLEN', calls) > requests do
    local old = redis.call('LPOP', calls)
    redis.call('HDEL', times, old, 's:' .. old)
  end
  local keep = start - now + life + per + margin
  redis.call('PEXPIRE', calls, keep)
  redis.call('PEXPIRE', times, keep)
end
return start - now
"""

# KEYS: as for reserve. ARGV: member. Marks the call finished at max(now, its start).
_FINISH_SCRIPT = """
local t = redis.call('TIME')
local now = tonumber(t[1]) * 1000 + math.floor(tonumber(t[2]) / 1000)
for i = 1, #KEYS / 2 do
  local start = redis.call('HGET', KEYS[2 * i], 's:' .. ARGV[1])
  if start then
    redis.call('HSET', KEYS[2 * i], ARGV[1], math.max(now, tonumber(start)))
  end
end
return 0
"""


class CoordinationUnavailable(Exception):
    """Redis could not be asked (down, unreachable, or refused the command); nothing was
    sent. The client turns it into `errors.CoordinationError`."""


def _import_redis() -> Any:
    try:
        import redis
    except ImportError:  # pragma: no cover - depends on the environment
        raise ImportError(
            "RedisCoordination needs redis-py: pip install 'whitebit-main[redis]'"
        ) from None
    return redis


def _redis_errors() -> tuple[type[BaseException], ...]:
    import redis

    return (redis.RedisError, OSError)


class Booking:
    """One booked call in Redis: its member and windows, released by `finish`."""

    __slots__ = ("keys", "member")

    def __init__(self, member: str, keys: list[str]) -> None:
        self.member = member
        self.keys = keys


class RedisCoordination:
    """Nonces and rate limits shared through Redis by every process of a key.

    Args:
        url: the Redis server, e.g. "redis://127.0.0.1:6379/0" (redis-py's `from_url`).
        egress: the public IP (or any name for it) the processes' requests leave from:
            WhiteBIT counts limits per IP, so processes with the same `egress` share one
            budget. Default "default": every process using this Redis shares one budget,
            which is right behind one IP and merely cautious behind several.
        prefix: the first part of every Redis key this uses.
        limits: limits other than the documented ones (WhiteBIT raises them for some
            accounts): operationId (or ACCOUNT_WIDE, "*") -> (requests, per_seconds).
        socket_timeout: seconds to wait for Redis before the call fails with
            `errors.CoordinationError`.

    One object may serve many clients (sync and async, any keys); it owns its connections:
    `close()` (and, after async use, `await aclose()`) when done. Its asyncio connections
    belong to the event loop that first used them: use one object per loop. Window nonces
    follow the clock of the host that draws them, so keep the hosts' clocks synchronised
    (NTP), as WhiteBIT's 5 s window requires anyway.
    """

    def __init__(
        self,
        url: str = "redis://127.0.0.1:6379/0",
        *,
        egress: str = "default",
        prefix: str = "whitebit",
        limits: Mapping[str, tuple[int, float]] | None = None,
        socket_timeout: float = 2.0,
        clock_ns: Callable[[], int] = time.time_ns,
    ) -> None:
        if not isinstance(url, str) or not url:
            raise TypeError("url must be a Redis URL string")
        for name, value in (("egress", egress), ("prefix", prefix)):
            if not isinstance(value, str) or not value or not value.isprintable():
                raise ValueError(f"{name} must be a non-empty printable string")
        self._limits = _check_limits(limits or {})
        _import_redis()
        self._url = url
        self._egress = egress
        self._prefix = prefix
        if isinstance(socket_timeout, bool) or not isinstance(socket_timeout, int | float):
            raise TypeError("socket_timeout must be a number of seconds")
        if not 0 < socket_timeout < float("inf"):
            raise ValueError("socket_timeout must be a positive, finite number of seconds")
        self._timeout = float(socket_timeout)
        self._lock = threading.Lock()
        _every_coordination.add(self)
        self._clock_ns = clock_ns
        self._sync: redis.Redis | None = None
        self._async: redis.asyncio.Redis | None = None
        self._sources: dict[str, RedisNonceSource] = {}

    def __repr__(self) -> str:
        # The URL may carry a password: only its host part is shown.
        where = self._url.rsplit("@", 1)[-1]
        return f"RedisCoordination({where!r}, egress={self._egress!r})"

    # Connections, made on first use.

    def _client(self) -> redis.Redis:
        with self._lock:  # threads of many clients may ask first at once: one pool
            if self._sync is None:
                redis = _import_redis()
                self._sync = redis.Redis.from_url(
                    self._url,
                    socket_timeout=self._timeout,
                    socket_connect_timeout=self._timeout,
                )
            return self._sync

    def _aclient(self) -> redis.asyncio.Redis:
        if self._async is None:
            import redis.asyncio

            self._async = redis.asyncio.Redis.from_url(
                self._url,
                socket_timeout=self._timeout,
                socket_connect_timeout=self._timeout,
            )
        return self._async

    def run(self, script: str, keys: Sequence[str], args: Sequence[str | int]) -> int:
        try:
            return int(self._client().eval(script, len(keys), *keys, *args))
        except _redis_errors() as exc:
            raise CoordinationUnavailable(_why(exc)) from None

    async def arun(self, script: str, keys: Sequence[str], args: Sequence[str | int]) -> int:
        try:
            result = await self._aclient().eval(script, len(keys), *keys, *args)
        except _redis_errors() as exc:
            raise CoordinationUnavailable(_why(exc)) from None
        return int(result)

    def close(self) -> None:
        with self._lock:
            client, self._sync = self._sync, None
        if client is not None:
            client.close()

    async def aclose(self) -> None:
        if self._async is not None:
            await self._async.aclose()
            self._async = None
        self.close()

    def __enter__(self) -> Self:
        return self

    def __exit__(
        self, kind: type[BaseException] | None, exc: BaseException | None, tb: TracebackType | None
    ) -> None:
        self.close()

    async def __aenter__(self) -> Self:
        return self

    async def __aexit__(
        self, kind: type[BaseException] | None, exc: BaseException | None, tb: TracebackType | None
    ) -> None:
        await self.aclose()

    # Nonces.

    def nonce_source(self, api_key: str) -> RedisNonceSource:
        """The shared nonce source of `api_key` (one per key and object): window nonces,
        strict nonces and the key's strict turn, all in Redis."""
        from ._redis_nonces import RedisNonceSource

        with self._lock:
            source = self._sources.get(api_key)
            if source is None:
                key = f"{self._prefix}:nonce:{_digest(api_key)}"
                source = self._sources[api_key] = RedisNonceSource(self, key, self._clock_ns)
            return source

    # Rate limits.

    def limit_of(self, name: str, documented: tuple[int, float]) -> tuple[int, float]:
        """The limit this uses for an operation (or ACCOUNT_WIDE)."""
        return self._limits.get(name, documented)

    def _arguments(
        self, windows: Sequence[Window], in_flight: float
    ) -> tuple[Booking, list[str | int]]:
        member = os.urandom(9).hex()
        keys: list[str] = []
        args: list[str | int] = [member, int(in_flight * 1000) + 1, int(SAFETY_MARGIN * 1000)]
        for name, requests, per_seconds in windows:
            base = f"{self._prefix}:limit:{self._egress}:{name}"
            keys += [f"{base}:calls", f"{base}:times"]
            args += [requests, int(per_seconds * 1000)]
        return Booking(member, keys), args

    def reserve(self, windows: Sequence[Window], in_flight: float) -> tuple[float, Booking]:
        """Book one call in every window: (seconds to wait before sending, its booking).
        `in_flight`: the longest the call may take (its deadline), after which a booking
        never finished (its process died) stops holding the window."""
        booking, args = self._arguments(windows, in_flight)
        wait_ms = self.run(_RESERVE_SCRIPT, booking.keys, args)
        return wait_ms / 1000, booking

    async def areserve(self, windows: Sequence[Window], in_flight: float) -> tuple[float, Booking]:
        booking, args = self._arguments(windows, in_flight)
        wait_ms = await self.arun(_RESERVE_SCRIPT, booking.keys, args)
        return wait_ms / 1000, booking

    def finish(self, booking: Booking) -> None:
        self.run(_FINISH_SCRIPT, booking.keys, [booking.member])

    async def afinish(self, booking: Booking) -> None:
        await self.arun(_FINISH_SCRIPT, booking.keys, [booking.member])


_every_coordination: weakref.WeakSet[RedisCoordination] = weakref.WeakSet()


def _reset_after_fork() -> None:
    # A lock another thread held at the fork would stay held in the child for ever (redis-py
    # itself opens new connections in a child).
    for coordination in list(_every_coordination):
        coordination._lock = threading.Lock()


if hasattr(os, "register_at_fork"):  # POSIX only
    os.register_at_fork(after_in_child=_reset_after_fork)


def _digest(api_key: str) -> str:
    # Redis keys name the API key by a hash: a key listing shows no credentials.
    return hashlib.sha256(api_key.encode()).hexdigest()[:24]


def _why(exc: BaseException) -> str:
    return f"Redis could not be reached or refused the command ({type(exc).__name__}: {exc})"


def _check_limits(limits: Mapping[str, tuple[int, float]]) -> dict[str, tuple[int, float]]:
    checked = {}
    for name, limit in limits.items():
        if not isinstance(name, str) or not isinstance(limit, tuple) or len(limit) != 2:
            raise TypeError("limits maps an operationId (or '*') to (requests, per_seconds)")
        requests, seconds = limit
        if isinstance(requests, bool) or not isinstance(requests, int) or requests < 1:
            raise ValueError(f"limits[{name!r}]: requests must be a positive int")
        if isinstance(seconds, bool) or not isinstance(seconds, int | float) or not seconds > 0:
            raise ValueError(f"limits[{name!r}]: per_seconds must be a positive number")
        checked[name] = (requests, float(seconds))
    return checked
