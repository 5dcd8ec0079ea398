"""What both clients share: construction and options, request building, reading answers,
and what happens around a call with an idempotency key (its journal entry, its key on every
outcome).

`BaseClient` is generic over the httpx client it drives, as openai-python's `BaseClient`
is: `WhiteBIT` is a `BaseClient[httpx.Client]` and `AsyncWhiteBIT` a
`BaseClient[httpx.AsyncClient]`; each adds only its send loop and closing. Whether a failed
attempt is tried again is decided once, for both, by `_attempts.CallState`.
"""

from __future__ import annotations

import contextlib
import logging
import os
import time
from collections.abc import Callable
from typing import Any, Generic, Self, TypeVar, Unpack
from urllib.parse import quote

import httpx
from whitebit_main_api.request_types import to_wire

from ._calls._attempts import CallState, finder, key_of, key_taken, outcome_unknown
from ._calls._journal import (
    BOOKED,
    NOT_BOOKED,
    OPEN,
    UNKNOWN,
    Journal,
    Reconciled,
    UnsettledKeys,
    open_journal,
)
from ._calls._json import loads_exact
from ._calls._operations import Operation, operation_table
from ._calls._retry import RetryPolicy
from ._calls._validation import build_body, check_jwt_token
from ._config import Settings, build_timeout, deadline_from_timeout
from ._coordination._ratelimit import ACCOUNT_LIMIT, ACCOUNT_WIDE, RateLimiter, Slot, Window
from ._coordination._redis_coordination import Booking, CoordinationUnavailable, RedisCoordination
from ._http._answer import (
    DEADLINE_EXTENSION,
    DEFAULT_DEADLINE_SECONDS,
    DEFAULT_MAX_ANSWER_BYTES,
    finished,
)
from ._http._logging import log_response, logger
from ._options import ClientOptions, HttpT, environment_options
from ._signing._auth import BODY_EXTENSION, WhiteBITAuth, dump_body
from .errors import (
    CoordinationError,
    OutcomeUnknownError,
    PaginationLimitError,
    TransportError,
    UnexpectedResponseError,
    WhiteBITError,
)

T = TypeVar("T")
# When a walk through pages is given no page size and the API states no maximum.
_DEFAULT_PAGE_SIZE = 100
# The (empty) body of an unsigned request: the signing hook writes the real one.
_NO_BODY = httpx.ByteStream(b"")


class BaseClient(Generic[HttpT]):
    """Settings, request building and the retry decision shared by both clients; a
    subclass names its httpx client class and builds its default one.
    """

    _http_class: type[HttpT]
    _http: HttpT
    # The transport of an httpx client this client built, when requests go straight to it
    # (see _http/_direct.py); None: through the httpx client's send().
    _direct: httpx.BaseTransport | httpx.AsyncBaseTransport | None = None

    def __init__(
        self,
        api_key: str,
        api_secret: str,
        *,
        base_url: str | None = None,
        region: str | None = None,
        gateway_url: str | None = None,
        nonce_window: bool = False,
        http_client: HttpT | None = None,
        timeout: httpx.Timeout | float | None = None,
        retry: RetryPolicy | None = None,
        rate_limit: bool | RateLimiter = True,
        deadline: float | None = None,
        max_answer_bytes: int | None = None,
        journal: str | os.PathLike[str] | Journal | None = None,
        coordination: RedisCoordination | None = None,
    ) -> None:
        """A client for one API key; it checks every option here, before anything is sent.

        Args:
            api_key: the API key (X-TXC-APIKEY); visible ASCII only.
            api_secret: the key's secret, used to sign; never shown in reprs, logs or errors.
            base_url: where the API lives, `scheme://host[:port]` (the sandbox, a proxy);
                default https://whitebit.com. Not with `region`.
            region: "global" (whitebit.com) or "eu" (whitebit.eu).
            gateway_url: where the fiat card gateway (issue_card_token) lives, if not its
                documented host.
            nonce_window: sign with `nonceWindow: true`: the server accepts any unique nonce
                within about 5 s, so many calls may be in flight at once on one key.
            http_client: your own httpx client (transport, proxies, limits, timeouts): an
                `httpx.Client` for `WhiteBIT`, an `httpx.AsyncClient` for `AsyncWhiteBIT`; it
                stays yours to close. Not with `timeout`.
            timeout: seconds, or an `httpx.Timeout`; default connect 5 s, read 30 s. Given
                without `deadline`, it is the deadline too (its longest phase): the whole
                call, waits and retries included, ends by it.
            retry: a `RetryPolicy`; default 3 attempts with WhiteBIT's backoff, never re-sending
                a state-changing call whose request may have arrived. `RetryPolicy.none()`
                turns retries off.
            rate_limit: keep each operation's documented rate limit client-side: True (default,
                a limiter of this client's own), False (off), or a `RateLimiter` to share one
                budget between clients of the same key (sync and async alike).
            deadline: seconds one call may take as a whole, waits, retries and the settling
                of a lost answer included (default 60, or `timeout` when only that is given).
            max_answer_bytes: the largest decoded answer accepted (default 8 MiB).
            journal: a SQLite file (path) or a `Journal`: every call with an idempotency key
                is recorded there before it is sent and marked when settled; `reconcile()`
                settles what a crash or a kill left open. Its writes are synchronous (a few
                milliseconds each, on AsyncWhiteBIT too).
            coordination: where nonces and rate limits are shared. None (default): within
                this process (every client of a key, every thread and event loop). A
                `RedisCoordination`: with every process using that Redis, on any host
                (nonces drawn there, strict calls taking the key's turn there, every limit
                counted there per egress IP). Redis unreachable: `errors.CoordinationError`,
                nothing sent.
        """
        self._coordination = _check_coordination(coordination, rate_limit)
        if deadline is None and http_client is None:
            # Only `timeout` given: the call as a whole ends by it too (a trickling server
            # could otherwise hold a `timeout=2` call for the default deadline's minute).
            deadline = (
                deadline_from_timeout(build_timeout(timeout)) if timeout is not None else None
            )
        self._deadline = _positive("deadline", deadline, DEFAULT_DEADLINE_SECONDS)
        self._max_answer_bytes = int(
            _positive("max_answer_bytes", max_answer_bytes, DEFAULT_MAX_ANSWER_BYTES)
        )
        self._settings = Settings.build(
            api_key,
            api_secret,
            base_url=base_url,
            region=region,
            gateway_url=gateway_url,
            nonce_window=nonce_window,
        )
        self._auth = WhiteBITAuth(
            self._settings.api_key,
            self._settings.api_secret,
            nonce_window=self._settings.nonce_window,
            nonces=(
                self._coordination.nonce_source(self._settings.api_key)
                if self._coordination is not None
                else None
            ),
        )
        self._retry = _check_retry(retry)
        limiter = _check_rate_limit(rate_limit)
        self._limiter = limiter if self._coordination is None else None
        # Limits counted in Redis: with a coordination backend and rate_limit=True.
        self._shared_limits = self._coordination is not None and rate_limit is True
        self._urls: dict[str, httpx.URL] = {}
        self._operation_table = operation_table()
        self._owns_http = http_client is None
        if http_client is None:
            self._http = self._default_http(build_timeout(timeout))
        else:
            self._http = _check_http_client(http_client, self._http_class, timeout)
        # Per operation, the unsigned request httpx builds, for a client sending directly.
        self._templates: dict[str, httpx.Request] = {}
        self._journal = open_journal(journal) if journal is not None else None
        self._unsettled = UnsettledKeys()

    def _default_http(self, timeout: httpx.Timeout) -> HttpT:
        """The httpx client this client builds (and owns) when the caller brings none."""
        raise NotImplementedError

    @classmethod
    def from_env(cls, **overrides: Unpack[ClientOptions[HttpT]]) -> Self:
        """A client from WHITEBIT_API_KEY, WHITEBIT_API_SECRET and optional WHITEBIT_BASE_URL;
        keyword arguments (the constructor's options) override or add to them."""
        options: ClientOptions[HttpT] = {**environment_options(), **overrides}
        return cls(**options)

    @property
    def base_url(self) -> str:
        return self._settings.base_url

    @property
    def retry_policy(self) -> RetryPolicy:
        return self._retry

    def with_options(
        self,
        *,
        retry: RetryPolicy | None = None,
        deadline: float | None = None,
        max_answer_bytes: int | None = None,
    ) -> Self:
        """A view of this client with other call options (None: as this client has it),
        built through the constructor: it shares connections, nonces, rate limits, the
        journal and the record of unsettled keys with this one, and closing it does not
        close them."""
        settings = self._settings
        view = type(self)(
            settings.api_key,
            settings.api_secret,
            base_url=settings.base_url,
            gateway_url=settings.gateway_url,
            nonce_window=settings.nonce_window,
            http_client=self._http,
            retry=retry if retry is not None else self._retry,
            rate_limit=self._limiter if self._limiter is not None else False,
            deadline=deadline if deadline is not None else self._deadline,
            max_answer_bytes=(
                max_answer_bytes if max_answer_bytes is not None else self._max_answer_bytes
            ),
            journal=self._journal,
            coordination=self._coordination,
        )
        view._shared_limits = self._shared_limits
        view._unsettled = self._unsettled
        return view

    @property
    def journal(self) -> Journal | None:
        """The journal given as `journal=` (None without one)."""
        return self._journal

    def unsettled_keys(self) -> dict[str, str]:
        """Idempotency key -> operationId of this client's calls (and its views') that ended
        without a known outcome in this process: an answer lost and not settled, or a
        cancellation, timeout or interrupt after the request had left. Each may have been
        booked: `reconcile()` settles them, or re-send with the same key."""
        return dict(self._unsettled.items())

    def __repr__(self) -> str:
        settings = getattr(self, "_settings", None)  # None while (or if) construction failed
        if settings is None:
            return f"{type(self).__name__}(<not configured>)"
        return (
            f"{type(self).__name__}(api_key={settings.api_key!r}, api_secret='***', "
            f"base_url={settings.base_url!r})"
        )

    def __reduce__(self) -> Any:
        raise TypeError(f"{type(self).__name__} holds an API secret and cannot be pickled")

    def _operation(self, operation_id: str) -> Operation:
        try:
            return self._operation_table[operation_id]
        except KeyError:
            raise ValueError(f"unknown operation {operation_id!r}") from None

    def _prepare(
        self, operation_id: str, fields: dict[str, Any], jwt_token: str | None
    ) -> tuple[Operation, dict[str, Any]]:
        operation = self._operation(operation_id)
        if self._http.is_closed:  # httpx would say so only once the request was under way
            raise TransportError(
                "the client is closed; nothing was sent",
                operation=operation.operation_id,
                path=operation.path,
            )
        fields = to_wire(operation.operation_id, fields)  # nested snake_case keys -> wire
        body = build_body(operation.operation_id, operation.inputs, operation.arguments, fields)
        if operation.auth == "jwt":
            check_jwt_token(operation.operation_id, jwt_token)
        return operation, body

    def _windows(self, operation: Operation) -> list[Window]:
        """The limits a call counts in: its operation's and, on the API host, the
        account-wide one (limits a RedisCoordination was given take their place)."""
        coordination = self._coordination
        own: tuple[int, float] = operation.rate_limit
        windows: list[Window] = []
        documented = ((operation.operation_id, own), (ACCOUNT_WIDE, ACCOUNT_LIMIT))
        for name, limit in documented:
            if name == ACCOUNT_WIDE and operation.server is not None:
                continue  # another host (the card gateway): not counted with the API's
            if coordination is not None:
                limit = coordination.limit_of(name, limit)
            windows.append((name, limit[0], limit[1]))
        return windows

    def _slot(self, operation: Operation) -> tuple[float, Slot | Booking | None]:
        """Seconds to wait for the rate limit, and the slot to release after the call."""
        if self._shared_limits and self._coordination is not None:
            try:
                return self._coordination.reserve(self._windows(operation), self._deadline)
            except CoordinationUnavailable as exc:
                raise self._coordination_error(operation, exc) from None
        if self._limiter is None:
            return 0.0, None
        return self._limiter.reserve_all(self._windows(operation))

    def _release(self, slot: Slot | Booking | None) -> None:
        if isinstance(slot, Booking) and self._coordination is not None:
            # Unfinished, a booking holds its window only until its deadline passes.
            with contextlib.suppress(CoordinationUnavailable):
                self._coordination.finish(slot)
        elif isinstance(slot, Slot) and self._limiter is not None:
            self._limiter.finish(slot)

    async def _aslot(self, operation: Operation) -> tuple[float, Slot | Booking | None]:
        """As `_slot`, asking Redis without blocking the event loop."""
        if self._shared_limits and self._coordination is not None:
            try:
                return await self._coordination.areserve(self._windows(operation), self._deadline)
            except CoordinationUnavailable as exc:
                raise self._coordination_error(operation, exc) from None
        return self._slot(operation)

    async def _arelease(self, slot: Slot | Booking | None) -> None:
        if isinstance(slot, Booking) and self._coordination is not None:
            with contextlib.suppress(CoordinationUnavailable):
                await self._coordination.afinish(slot)
        else:
            self._release(slot)

    def _coordination_error(
        self, operation: Operation, exc: CoordinationUnavailable
    ) -> CoordinationError:
        return CoordinationError(
            f"{exc}; nonces and rate limits are shared through it with the key's other "
            "processes, so nothing was sent",
            operation=operation.operation_id,
            path=operation.path,
        )

    def _url(self, operation: Operation) -> httpx.URL:
        url = self._urls.get(operation.operation_id)
        if url is None:
            # Parsed once per operation: httpx parses a str URL again on every request.
            url = self._urls[operation.operation_id] = httpx.URL(
                self._host(operation) + operation.path
            )
        return url

    def _host(self, operation: Operation) -> str:
        if operation.server is not None:
            return self._settings.gateway_url or operation.server
        return self._settings.base_url

    def _build(
        self,
        http: httpx.Client | httpx.AsyncClient,
        operation: Operation,
        body: dict[str, Any],
        jwt_token: str | None,
        deadline: float,
    ) -> tuple[httpx.Request, WhiteBITAuth | None]:
        if operation.parameters:
            url, body = self._placed(operation, body)
        else:
            url = self._url(operation)
        method = operation.method
        if operation.auth != "signature":
            headers = {"Authorization": str(jwt_token)} if operation.auth == "jwt" else {}
            if not operation.request_body:
                return http.build_request(method, url, headers=headers), None
            headers["Content-Type"] = "application/json"
            request = http.build_request(method, url, content=dump_body(body), headers=headers)
            return request, None
        extensions: dict[str, Any] = {BODY_EXTENSION: body, DEADLINE_EXTENSION: deadline}
        if self._direct is None or operation.parameters:
            request = http.build_request(method, url, content=b"", extensions=extensions)
        else:
            # Built once per operation by httpx (Host, the client's headers, its timeout),
            # then copied: a stream, not `content=`, so that nothing is prepared again.
            template = self._templates.get(operation.operation_id)
            if template is None:
                template = http.build_request(method, url, content=b"")
                self._templates[operation.operation_id] = template
            extensions.update(template.extensions)
            request = httpx.Request(
                method, url, headers=template.headers, stream=_NO_BODY, extensions=extensions
            )
        return request, self._auth

    def _placed(
        self, operation: Operation, fields: dict[str, Any]
    ) -> tuple[httpx.URL, dict[str, Any]]:
        """The URL with the call's path and query parameters in place, and the body fields
        left over. Path values are percent-encoded whole: a `/` in one stays in its segment."""
        path = operation.path
        query: list[tuple[str, str]] = []
        body: dict[str, Any] = {}
        for name, value in fields.items():
            param = operation.parameters.get(name)
            if param is None:
                body[name] = value
            elif param["in"] == "path":
                path = path.replace("{" + name + "}", quote(_query_text(value), safe=""))
            elif isinstance(value, list):
                query.extend((name, _query_text(item)) for item in value)
            else:
                query.append((name, _query_text(value)))
        url = httpx.URL(self._host(operation) + path, params=query or None)
        return url, body

    def _answer(
        self,
        operation: Operation,
        response: httpx.Response,
        content: bytes,
        parse: Callable[[Any], T],
    ) -> T:
        """The answer's JSON read by `parse` (a generated model's `from_dict`); any 2xx counts
        as success. A body that does not fit raises UnexpectedResponseError, or, for a call
        that changes state, AnswerUnreadableError: the server did accept it."""
        try:
            return parse(loads_exact(content) if content else None)
        except Exception as exc:  # parsers raise many kinds (and RecursionError); callers get one
            reason = f"answer does not match the documented schema ({type(exc).__name__})"
            if operation.changes_state:
                raise outcome_unknown(
                    operation,
                    f"its {reason}",
                    status=response.status_code,
                    response=finished(response, content),
                    accepted=True,
                ) from exc
            raise UnexpectedResponseError(
                reason,
                operation=operation.operation_id,
                path=operation.path,
                status_code=response.status_code,
                response=finished(response, content),
            ) from exc

    # Around each call: its state, and what its end means for a key.

    def _start(self, operation: Operation, body: dict[str, Any]) -> CallState:
        """The call's state; a call with a key is journalled before anything is sent."""
        key = key_of(operation, body)
        state = CallState(operation, self._retry, self._deadline, key, self._url(operation))
        if key is not None and self._journal is not None:
            state.fresh = self._journal.opened(key, operation.operation_id, body)
        return state

    def _ended(self, state: CallState, exc: BaseException | None) -> None:
        """Book-keeping at a key call's end: the journal, the record of unsettled keys, and
        the key on whatever is raised (as `idempotency_key` and in the message of a
        WhiteBITError, as a note on anything else: cancellation, timeouts, interrupts)."""
        key = state.key
        if key is None:
            return
        operation = state.operation.operation_id
        if exc is None:
            self._settled(key, BOOKED)
        elif isinstance(exc, WhiteBITError):
            exc.with_key(key)
            if isinstance(exc, OutcomeUnknownError):
                self._unsettled.add(key, operation)
            elif (
                state.settled_as_not_booked and state.fresh and not key_taken(state.operation, exc)
            ):
                # Refused, or never sent. (A key refused as taken on the first attempt was
                # booked by someone: its entry stays open for reconcile() to look up.)
                self._settled(key, NOT_BOOKED)
        elif state.may_have_arrived:
            method = finder(state.operation) or "find_withdrawal"
            exc.add_note(
                f"whitebit_main: {operation} with idempotency key {key!r} was interrupted "
                f"after its request was sent; it may have been booked: check "
                f"{method}({key!r}) or client.reconcile(), and re-send only with the same key"
            )
            self._unsettled.add(key, operation)
        elif state.fresh:
            self._settled(key, NOT_BOOKED)

    def _settled(self, key: str, outcome: str) -> None:
        if self._journal is not None:
            self._journal.settle(key, outcome)
        if outcome == BOOKED:
            self._unsettled.discard(key)

    def _to_reconcile(self) -> list[tuple[str, str]]:
        """(key, operationId) of every call to settle: the journal's open entries and the
        keys this process left unsettled."""
        found = dict(self._unsettled.items())
        if self._journal is not None:
            found.update((e.key, e.operation) for e in self._journal.entries(OPEN))
        return list(found.items())

    def _reconciled(self, key: str, operation_id: str, found: bool | None, why: str) -> Reconciled:
        """Mark one looked-up key: found (booked), not listed (not booked) or unknown."""
        if found is None:
            return Reconciled(key, operation_id, UNKNOWN, why)
        outcome = BOOKED if found else NOT_BOOKED
        if self._journal is not None:
            self._journal.settle(key, outcome)
        self._unsettled.discard(key)
        return Reconciled(key, operation_id, outcome, why)

    # Walking pages (limit/offset operations).

    def _page_plan(self, operation_id: str, page_size: int | None) -> tuple[Operation, int, int]:
        """The operation, the page size to ask for, and the offset cap (0: none)."""
        operation = self._operation(operation_id)
        props = operation.inputs.get("properties") or {}
        largest = (props.get("limit") or {}).get("maximum")
        cap = (props.get("offset") or {}).get("maximum") or 0
        if page_size is None:
            return operation, int(largest or _DEFAULT_PAGE_SIZE), int(cap)
        if isinstance(page_size, bool) or not isinstance(page_size, int):
            raise TypeError(f"page_size must be an int, not {type(page_size).__name__}")
        if page_size < 1 or (largest is not None and page_size > largest):
            raise ValueError(f"page_size must be from 1 to {largest}, got {page_size}")
        return operation, page_size, int(cap)

    def _page_limit(self, operation: Operation, offset: int, size: int, cap: int) -> int:
        """The next page's limit; WhiteBIT refuses offset + limit past its cap."""
        if not cap:
            return size
        room = cap - offset
        if room <= 0:
            filters = [a for a, j in operation.arguments.items() if j not in ("limit", "offset")]
            raise PaginationLimitError(
                f"WhiteBIT serves at most {cap} records by offset and more remain; narrow the "
                f"set with {', '.join(filters) or 'its filters'}",
                operation=operation.operation_id,
                path=operation.path,
            )
        return min(size, room)

    def _log_answer(
        self, operation_id: str, response: httpx.Response, content: bytes, started: float
    ) -> None:
        if logger.isEnabledFor(logging.DEBUG):
            elapsed = (time.perf_counter() - started) * 1000
            log_response(operation_id, finished(response, content), elapsed)


def _query_text(value: object) -> str:
    """A checked field's value as URL text: JSON's spelling of booleans and null."""
    if isinstance(value, bool):
        return "true" if value else "false"
    return "" if value is None else str(value)


def _positive(name: str, value: object, default: float) -> float:
    if value is None:
        return default
    if isinstance(value, bool) or not isinstance(value, int | float):
        raise TypeError(f"{name} must be a number, not {type(value).__name__}")
    if not value > 0 or value == float("inf"):
        raise ValueError(f"{name} must be a positive, finite number, got {value}")
    return float(value)


def _check_http_client(http_client: object, kind: type[HttpT], timeout: object) -> HttpT:
    """A caller's own http client, checked."""
    if not isinstance(http_client, kind):
        name = f"httpx.{kind.__name__}"
        raise TypeError(f"http_client must be an {name}, not {type(http_client).__name__}")
    if timeout is not None:
        raise ValueError("set the timeout on your http_client, not both")
    return http_client


def _check_rate_limit(rate_limit: object) -> RateLimiter | None:
    if isinstance(rate_limit, RateLimiter):
        return rate_limit
    if not isinstance(rate_limit, bool):
        name = type(rate_limit).__name__
        raise TypeError(f"rate_limit must be a bool or a RateLimiter, not {name}")
    return RateLimiter() if rate_limit else None


def _check_coordination(coordination: object, rate_limit: object) -> RedisCoordination | None:
    if coordination is None:
        return None
    if not isinstance(coordination, RedisCoordination):
        name = type(coordination).__name__
        raise TypeError(f"coordination must be a RedisCoordination or None, not {name}")
    if isinstance(rate_limit, RateLimiter):
        raise ValueError(
            "rate_limit=RateLimiter(...) counts in this process only; with coordination= "
            "the limits are counted in Redis: pass rate_limit=True (or False to turn them off)"
        )
    return coordination


def _check_retry(retry: object) -> RetryPolicy:
    if retry is None:
        return RetryPolicy()
    if not isinstance(retry, RetryPolicy):
        raise TypeError(f"retry must be a RetryPolicy, not {type(retry).__name__}")
    return retry
