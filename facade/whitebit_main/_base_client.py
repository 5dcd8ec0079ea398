"""What both clients share: construction and options, request building, and the decisions
about an attempt's outcome (retry, settle, raise).

`BaseClient` is generic over the httpx client it drives, as openai-python's `BaseClient`
is: `WhiteBIT` is a `BaseClient[httpx.Client]` and `AsyncWhiteBIT` a
`BaseClient[httpx.AsyncClient]`; each adds only its send loop and closing. Whether a failed
attempt is tried again is decided here, once, for both (`_after_send_failure` and
`_after_error_answer`).
"""

from __future__ import annotations

import logging
import time
from collections.abc import Callable
from dataclasses import dataclass
from typing import Any, Generic, Self, TypeVar, Unpack

import httpx

from ._answer import (
    DEADLINE_EXTENSION,
    DEFAULT_DEADLINE_SECONDS,
    DEFAULT_MAX_ANSWER_BYTES,
    BodyRefused,
    finished,
)
from ._auth import BODY_EXTENSION, WhiteBITAuth, dump_body
from ._config import Settings, build_timeout
from ._json import loads_exact
from ._logging import log_response, logger
from ._operations import Operation, operation_table
from ._options import ClientOptions, HttpT, environment_options
from ._ratelimit import RateLimiter, Slot
from ._retry import RetryPolicy, never_sent, parse_retry_after
from ._validation import build_body, check_jwt_token
from .errors import (
    AnswerUnreadableError,
    NonceError,
    OutcomeUnknownError,
    PaginationLimitError,
    RateLimitError,
    ServerError,
    TransportError,
    UnexpectedResponseError,
    ValidationError,
    WhiteBITError,
    error_from_response,
)

T = TypeVar("T")
# When a walk through pages is given no page size and the API states no maximum.
_DEFAULT_PAGE_SIZE = 100
# The (empty) body of an unsigned request: the signing hook writes the real one.
_NO_BODY = httpx.ByteStream(b"")
# Timers may fire a hair early; a timeout this close to the deadline is the deadline's.
_DEADLINE_SLACK = 0.005


@dataclass(frozen=True)
class Step:
    """What to do after a failed attempt: wait `delay` and try again, or raise `error`."""

    delay: float = 0.0
    error: WhiteBITError | None = None
    cause: BaseException | None = None
    nonce_retry: bool = False
    reason: str = ""


_SUCCESS = Step()  # what `_judge` returns with True: nothing to do


class BaseClient(Generic[HttpT]):
    """Settings, request building and the retry decision shared by both clients; a
    subclass names its httpx client class and builds its default one.
    """

    _http_class: type[HttpT]
    _http: HttpT
    # The transport of an httpx client this client built, when requests go straight to it
    # (see _direct.py); None: through the httpx client's send().
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
            timeout: seconds, or an `httpx.Timeout`; default connect 5 s, read 30 s.
            retry: a `RetryPolicy`; default 3 attempts with WhiteBIT's backoff, never re-sending
                a state-changing call whose request may have arrived. `RetryPolicy.none()`
                turns retries off.
            rate_limit: keep each operation's documented rate limit client-side: True (default,
                a limiter of this client's own), False (off), or a `RateLimiter` to share one
                budget between clients of the same key (sync and async alike).
            deadline: seconds one call may take as a whole, waits and retries included
                (default 60).
            max_answer_bytes: the largest decoded answer accepted (default 8 MiB).
        """
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
        )
        self._retry = _check_retry(retry)
        self._limiter = _check_rate_limit(rate_limit)
        self._urls: dict[str, httpx.URL] = {}
        self._operation_table = operation_table()
        self._owns_http = http_client is None
        if http_client is None:
            self._http = self._default_http(build_timeout(timeout))
        else:
            self._http = _check_http_client(http_client, self._http_class, timeout)
        # Per operation, the unsigned request httpx builds, for a client sending directly.
        self._templates: dict[str, httpx.Request] = {}

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
        built through the constructor: it shares connections, nonces and rate limits with
        this one, and closing it does not close them."""
        settings = self._settings
        return type(self)(
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
        )

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
        body = build_body(operation.operation_id, operation.body, operation.arguments, fields)
        if operation.auth == "jwt":
            check_jwt_token(operation.operation_id, jwt_token)
        return operation, body

    def _slot(self, operation: Operation) -> tuple[float, Slot | None]:
        """Seconds to wait for the rate limit, and the slot to release after the call."""
        if self._limiter is None:
            return 0.0, None
        requests, seconds = operation.rate_limit
        return self._limiter.reserve(operation.operation_id, requests, seconds)

    def _release(self, slot: Slot | None) -> None:
        if slot is not None and self._limiter is not None:
            self._limiter.finish(slot)

    def _url(self, operation: Operation) -> httpx.URL:
        url = self._urls.get(operation.operation_id)
        if url is None:
            if operation.server is not None:
                host = self._settings.gateway_url or operation.server
            else:
                host = self._settings.base_url
            # Parsed once per operation: httpx parses a str URL again on every request.
            url = self._urls[operation.operation_id] = httpx.URL(host + operation.path)
        return url

    def _build(
        self,
        http: httpx.Client | httpx.AsyncClient,
        operation: Operation,
        body: dict[str, Any],
        jwt_token: str | None,
        deadline: float,
    ) -> tuple[httpx.Request, WhiteBITAuth | None]:
        url = self._url(operation)
        if operation.auth == "jwt":
            headers = {"Content-Type": "application/json", "Authorization": str(jwt_token)}
            request = http.build_request("POST", url, content=dump_body(body), headers=headers)
            return request, None
        extensions: dict[str, Any] = {BODY_EXTENSION: body, DEADLINE_EXTENSION: deadline}
        if self._direct is None:
            request = http.build_request("POST", url, content=b"", extensions=extensions)
        else:
            # Built once per operation by httpx (Host, the client's headers, its timeout),
            # then copied: a stream, not `content=`, so that nothing is prepared again.
            template = self._templates.get(operation.operation_id)
            if template is None:
                template = http.build_request("POST", url, content=b"")
                self._templates[operation.operation_id] = template
            extensions.update(template.extensions)
            request = httpx.Request(
                "POST", url, headers=template.headers, stream=_NO_BODY, extensions=extensions
            )
        return request, self._auth

    def _outcome_unknown(
        self,
        operation: Operation,
        reason: str,
        *,
        status: int | None = None,
        response: httpx.Response | None = None,
        accepted: bool = False,
    ) -> OutcomeUnknownError:
        check = operation.check_with
        hint = f"check {check}() before trying again" if check else "check the account first"
        if accepted:  # a 2xx arrived: the change most likely happened
            kind: type[OutcomeUnknownError] = AnswerUnreadableError
            said = f"the server accepted the request but {reason}; it was not re-sent: {hint}"
        else:
            kind = OutcomeUnknownError
            said = f"{reason}; the request may have been applied and was not re-sent: {hint}"
        return kind(
            said,
            operation=operation.operation_id,
            path=operation.path,
            status_code=status,
            response=response,
        )

    def _time_left(self, operation: Operation, deadline: float, wait: float, last: str) -> None:
        """Refuse to start an attempt that cannot begin before the call's deadline; `last` is
        why the previous attempt failed, if one did."""
        if time.monotonic() + wait >= deadline:
            after = f" (last attempt: {last})" if last else ""
            raise TransportError(
                f"the call's deadline of {self._deadline:g} s would pass before the next "
                f"attempt could start; nothing more was sent{after}",
                operation=operation.operation_id,
                path=operation.path,
            )

    def _after_send_failure(
        self,
        operation: Operation,
        exc: Exception,
        attempt: int,
        status: int | None,
        deadline: float,
    ) -> Step:
        """What to do when an attempt ended without a usable answer.

        `status` is the answer's status when its status line had arrived (the body then
        failed: cut off, undecodable, too large, too slow).
        """
        reason = _describe(exc)
        if isinstance(exc, TimeoutError | httpx.TimeoutException) and (
            time.monotonic() >= deadline - _DEADLINE_SLACK
        ):
            # The socket's timeout was cut to the deadline: say which limit ended the call.
            reason = f"the call's deadline of {self._deadline:g} s passed ({reason})"
        policy = self._retry
        more = attempt < policy.max_attempts
        sent = status is not None or not (isinstance(exc, httpx.TransportError) and never_sent(exc))
        if not sent:
            if more and policy.retry_connect_errors:
                return Step(delay=policy.delay(attempt), reason=reason)
        elif operation.changes_state:
            accepted = status is not None and 200 <= status <= 299
            if status is not None:  # the status is in the message's head already
                reason = f"its answer could not be read ({reason})"
            elif isinstance(exc, httpx.ConnectTimeout):
                # httpx-aiohttp reports a connection lost after sending as ConnectTimeout.
                reason = f"the connection was lost after the request was sent ({reason})"
            else:
                reason = f"no answer ({reason})"
            unknown = self._outcome_unknown(operation, reason, status=status, accepted=accepted)
            return Step(error=unknown, cause=exc)
        elif isinstance(exc, BodyRefused | httpx.DecodingError):
            # An answer arrived but is not acceptable (too big, too slow, undecodable):
            # asking again would get the same.
            error: WhiteBITError = UnexpectedResponseError(
                f"answer could not be read ({reason})",
                operation=operation.operation_id,
                path=operation.path,
                status_code=status,
            )
            return Step(error=error, cause=exc)
        elif more and policy.retry_reads_on_server_errors:
            return Step(delay=policy.delay(attempt), reason=reason)
        if not sent:
            url = self._urls.get(operation.operation_id, self._settings.base_url)
            tries = f"{attempt} attempt{'s' if attempt > 1 else ''}"
            what = f"could not connect to {url} after {tries}; nothing was sent"
        elif status is not None:
            what = "answer could not be read"
        else:
            what = "no answer"
        error = TransportError(
            f"{what} ({reason})",
            operation=operation.operation_id,
            path=operation.path,
            status_code=status,
        )
        return Step(error=error, cause=exc)

    def _after_error_answer(
        self, operation: Operation, error: WhiteBITError, attempt: int, nonce_retried: bool
    ) -> Step:
        policy = self._retry
        more = attempt < policy.max_attempts
        if isinstance(error, NonceError) and policy.retry_nonce_errors and not nonce_retried:
            # The server did not act on the request: safe to re-send, with a new nonce.
            return Step(nonce_retry=True, reason=error.message)
        if isinstance(error, RateLimitError) and more and policy.retry_rate_limits:
            retry_after = parse_retry_after(error.response) if error.response else None
            return Step(delay=policy.delay(attempt, retry_after), reason=error.message)
        if isinstance(error, ServerError):
            if operation.changes_state:
                return Step(
                    error=self._outcome_unknown(
                        operation,
                        f"the server failed ({error.message})",
                        status=error.status_code,
                        response=error.response,
                    )
                )
            if more and policy.retry_reads_on_server_errors:
                retry_after = parse_retry_after(error.response) if error.response else None
                return Step(delay=policy.delay(attempt, retry_after), reason=error.message)
        return Step(error=error)

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
                raise self._outcome_unknown(
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

    def _judge(
        self,
        operation: Operation,
        response: httpx.Response,
        content: bytes,
        attempt: int,
        nonce_retried: bool,
    ) -> tuple[bool, Step]:
        """(True, _) for a success answer; else (False, what to do next)."""
        if 200 <= response.status_code <= 299:
            return True, _SUCCESS
        read = finished(response, content)
        error = error_from_response(read, operation.operation_id, operation.path)
        return False, self._after_error_answer(operation, error, attempt, nonce_retried)

    # Idempotent calls (the contract's x-idempotency: withdrawals with a uniqueId). A lost
    # answer is settled, not abandoned: the call is sent again with the same key, and the
    # server either books it (the first never arrived) or refuses the key as taken (the
    # first was booked). A refusal for another reason, or no answer within the budget, is
    # settled by looking the key up in the history.

    def _key_of(self, operation: Operation, body: dict[str, Any]) -> str | None:
        facts = operation.idempotency
        value = body.get(str(facts["key"])) if facts else None
        return value if isinstance(value, str) else None

    def _key_taken(self, operation: Operation, error: WhiteBITError | None) -> bool:
        """True when `error` refuses this call's key as already used: the first was booked."""
        if not isinstance(error, ValidationError) or not operation.idempotency:
            return False
        wanted = _words(str(operation.idempotency["key"]))
        return any(
            _words(name) == wanted and any("already been taken" in m for m in messages)
            for name, messages in error.errors.items()
        )

    def _settle(
        self,
        operation: Operation,
        step: Step,
        attempt: int,
        deadline: float,
        unsettled: WhiteBITError | None,
    ) -> tuple[str, Step, WhiteBITError | None]:
        """For an idempotent call whose attempt failed: the action, the step to take and the
        lost answer being settled (None until one was). Actions: "accepted" (the call is
        booked), "resend" (wait as the step says), "find" (look the key up), or "raise"
        (not ours to settle: `step.error` stands)."""
        error = step.error
        if isinstance(error, AnswerUnreadableError) or (
            unsettled is not None and self._key_taken(operation, error)
        ):
            return "accepted", step, unsettled
        if not isinstance(error, OutcomeUnknownError):
            # A refusal after a lost answer may be about the first attempt's effect.
            return ("find" if unsettled is not None else "raise"), step, unsettled
        policy = self._retry
        delay = policy.delay(attempt)
        if attempt < policy.max_attempts and time.monotonic() + delay < deadline:
            resend = Step(delay=delay, reason=f"settling a lost answer ({error.message})")
            return "resend", resend, unsettled or error
        return "find", step, unsettled

    def _unsettled(self, operation: Operation, key: str, step: Step) -> WhiteBITError:
        cause = step.error.message if step.error is not None else step.reason
        finder = (operation.idempotency or {}).get("find") or {}
        method = finder.get("method")
        check = f"{method}({key!r})" if method else "the history"
        return OutcomeUnknownError(
            f"could not settle the call with idempotency key {key!r} ({cause}); it may "
            f"have been applied; check {check}, and re-send only with the same key",
            operation=operation.operation_id,
            path=operation.path,
            status_code=step.error.status_code if step.error is not None else None,
        )

    def _finder(self, operation: Operation) -> str | None:
        finder = (operation.idempotency or {}).get("find") or {}
        method = finder.get("method")
        return str(method) if method else None

    # Walking pages (limit/offset operations).

    def _page_plan(self, operation_id: str, page_size: int | None) -> tuple[Operation, int, int]:
        """The operation, the page size to ask for, and the offset cap (0: none)."""
        operation = self._operation(operation_id)
        props = operation.body.get("properties") or {}
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


def _words(name: str) -> str:
    return name.replace("_", "").lower()


def more_pages(got: int, asked: int, offset: int, total: int | None) -> bool:
    if total is not None:
        return offset < total and got > 0
    return got == asked


def _describe(exc: BaseException) -> str:
    if isinstance(exc, BodyRefused):
        return exc.reason
    text = str(exc)
    return f"{type(exc).__name__}: {text}" if text else type(exc).__name__


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


def _check_retry(retry: object) -> RetryPolicy:
    if retry is None:
        return RetryPolicy()
    if not isinstance(retry, RetryPolicy):
        raise TypeError(f"retry must be a RetryPolicy, not {type(retry).__name__}")
    return retry
