"""`WhiteBIT` and `AsyncWhiteBIT`: the generated typed operations bound to a signed transport.

Each operation method (from `whitebit_main_api.operations`) calls `_call`, which checks the
fields against the contract once, then for each attempt waits for the client-side rate
limit, builds a request that the auth hook signs with a fresh nonce, sends it, and turns
the answer into the typed success model or a `WhiteBITError`. Whether a failed attempt is
tried again is decided in one place for both clients (`_after_transport_failure` and
`_after_error_answer`).
"""

from __future__ import annotations

import time
from collections.abc import Callable
from dataclasses import dataclass
from types import TracebackType
from typing import Any, Self, TypeVar

import httpx
from whitebit_main_api.operations import AsyncOperations, SyncOperations

from . import _transport
from ._auth import BODY_EXTENSION, WhiteBITAuth, dump_body
from ._config import Settings, build_timeout, from_environment
from ._json import loads_exact
from ._logging import log_request, log_response, log_retry
from ._operations import Operation, operation_table
from ._ratelimit import RateLimiter, Slot
from ._retry import RetryPolicy, never_sent, parse_retry_after
from ._validation import build_body
from .errors import (
    NonceError,
    OutcomeUnknownError,
    RateLimitError,
    ServerError,
    TransportError,
    UnexpectedResponseError,
    WhiteBITError,
    error_from_response,
)

T = TypeVar("T")

# Where to look when a state-changing call's outcome is unknown, by the operation's tag.
_CHECK_WITH = {
    "Withdraw": "get_deposit_withdraw_history",
    "Deposit": "get_deposit_withdraw_history",
    "Main Account": "get_deposit_withdraw_history",
    "Transfer": "get_main_balance",
    "Codes": "get_codes_history",
    "Crypto Lending - Fixed": "get_fixed_investments_history",
    "Crypto Lending - Flex": "get_flex_investment_history",
    "Sub-Account": "get_sub_account_transfer_history",
}


@dataclass(frozen=True)
class _Step:
    """What to do after a failed attempt: wait `delay` and try again, or raise `error`."""

    delay: float = 0.0
    error: WhiteBITError | None = None
    cause: BaseException | None = None
    nonce_retry: bool = False
    reason: str = ""


_SUCCESS = _Step()  # what `_judge` returns with True: nothing to do


class _ClientBase:
    """Settings, request building and the retry decision shared by both clients."""

    _settings: Settings
    _auth: WhiteBITAuth
    _retry: RetryPolicy
    _limiter: RateLimiter | None
    _owns_http: bool
    _urls: dict[str, httpx.URL]
    _operation_table: dict[str, Operation]

    def _configure(
        self,
        api_key: object,
        api_secret: object,
        base_url: object,
        region: object,
        gateway_url: object,
        nonce_window: object,
        retry: object,
        rate_limit: object,
    ) -> None:
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
        if not isinstance(rate_limit, bool):
            raise TypeError(f"rate_limit must be a bool, not {type(rate_limit).__name__}")
        self._limiter = RateLimiter() if rate_limit else None
        self._urls = {}
        self._operation_table = operation_table()

    @property
    def base_url(self) -> str:
        return self._settings.base_url

    @property
    def retry_policy(self) -> RetryPolicy:
        return self._retry

    def with_options(self, *, retry: RetryPolicy | None = None) -> Self:
        """A view of this client with other call options; it shares connections, nonces and
        rate limits with this one, and closing it does not close them."""
        clone = object.__new__(type(self))  # not copy.copy: pickling hooks refuse clients
        clone.__dict__.update(self.__dict__)
        clone._owns_http = False
        if retry is not None:
            clone._retry = _check_retry(retry)
        return clone

    def __repr__(self) -> str:
        return (
            f"{type(self).__name__}(api_key={self._settings.api_key!r}, api_secret='***', "
            f"base_url={self._settings.base_url!r})"
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
        body = build_body(operation.operation_id, operation.body, operation.arguments, fields)
        if operation.auth == "jwt" and (not isinstance(jwt_token, str) or not jwt_token.strip()):
            raise ValueError(f"{operation.operation_id}: jwt_token must be a non-empty string")
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

    def _build(
        self,
        http: httpx.Client | httpx.AsyncClient,
        operation: Operation,
        body: dict[str, Any],
        jwt_token: str | None,
    ) -> tuple[httpx.Request, WhiteBITAuth | None]:
        url = self._urls.get(operation.operation_id)
        if url is None:
            if operation.server is not None:
                host = self._settings.gateway_url or operation.server
            else:
                host = self._settings.base_url
            # Parsed once per operation: httpx parses a str URL again on every request.
            url = self._urls[operation.operation_id] = httpx.URL(host + operation.path)
        if operation.auth == "jwt":
            headers = {"Content-Type": "application/json", "Authorization": str(jwt_token)}
            return http.build_request("POST", url, content=dump_body(body), headers=headers), None
        request = http.build_request("POST", url, content=b"", extensions={BODY_EXTENSION: body})
        return request, self._auth

    def _outcome_unknown(
        self,
        operation: Operation,
        reason: str,
        *,
        status: int | None = None,
        response: httpx.Response | None = None,
    ) -> OutcomeUnknownError:
        check = _CHECK_WITH.get(operation.tag)
        hint = f"check {check}() before trying again" if check else "check the account first"
        return OutcomeUnknownError(
            f"{reason}; the request may have been applied and was not re-sent: {hint}",
            operation=operation.operation_id,
            path=operation.path,
            status_code=status,
            response=response,
        )

    def _after_transport_failure(
        self, operation: Operation, exc: httpx.TransportError, attempt: int
    ) -> _Step:
        reason = f"{type(exc).__name__}: {exc}" if str(exc) else type(exc).__name__
        policy = self._retry
        more = attempt < policy.max_attempts
        if never_sent(exc):
            if more and policy.retry_connect_errors:
                return _Step(delay=policy.delay(attempt), reason=reason)
        elif operation.changes_state:
            return _Step(error=self._outcome_unknown(operation, f"no answer ({reason})"), cause=exc)
        elif more and policy.retry_reads_on_server_errors:
            return _Step(delay=policy.delay(attempt), reason=reason)
        error = TransportError(
            f"no answer ({reason})", operation=operation.operation_id, path=operation.path
        )
        return _Step(error=error, cause=exc)

    def _after_error_answer(
        self, operation: Operation, error: WhiteBITError, attempt: int, nonce_retried: bool
    ) -> _Step:
        policy = self._retry
        more = attempt < policy.max_attempts
        if isinstance(error, NonceError) and policy.retry_nonce_errors and not nonce_retried:
            # The server did not act on the request: safe to re-send, with a new nonce.
            return _Step(nonce_retry=True, reason=error.message)
        if isinstance(error, RateLimitError) and more and policy.retry_rate_limits:
            retry_after = parse_retry_after(error.response) if error.response else None
            return _Step(delay=policy.delay(attempt, retry_after), reason=error.message)
        if isinstance(error, ServerError):
            if operation.changes_state:
                return _Step(
                    error=self._outcome_unknown(
                        operation,
                        f"HTTP {error.status_code} ({error.message})",
                        status=error.status_code,
                        response=error.response,
                    )
                )
            if more and policy.retry_reads_on_server_errors:
                retry_after = parse_retry_after(error.response) if error.response else None
                return _Step(delay=policy.delay(attempt, retry_after), reason=error.message)
        return _Step(error=error)

    def _answer(
        self, operation: Operation, response: httpx.Response, parse: Callable[[Any], T]
    ) -> T:
        """The answer's JSON read by `parse` (a generated model's `from_dict`); any 2xx counts
        as success. Raises UnexpectedResponseError for a body that does not fit."""
        try:
            return parse(loads_exact(response.content) if response.content else None)
        except Exception as exc:  # parsers raise many kinds (and RecursionError); callers get one
            raise UnexpectedResponseError(
                f"answer does not match the documented schema ({type(exc).__name__})",
                operation=operation.operation_id,
                path=operation.path,
                status_code=response.status_code,
                response=response,
            ) from exc

    def _judge(
        self, operation: Operation, response: httpx.Response, attempt: int, nonce_retried: bool
    ) -> tuple[bool, _Step]:
        """(True, _) for a success answer; else (False, what to do next)."""
        if 200 <= response.status_code <= 299:
            return True, _SUCCESS
        error = error_from_response(response, operation.operation_id, operation.path)
        return False, self._after_error_answer(operation, error, attempt, nonce_retried)


async def _sleep(seconds: float) -> None:
    import asyncio  # here, so that a sync-only program never loads asyncio

    await asyncio.sleep(seconds)


def _check_http_client(http_client: object, kind: type, timeout: object) -> bool:
    """Validate a caller's http client; True when the client must build (and own) its own."""
    if http_client is None:
        return True
    if not isinstance(http_client, kind):
        name = f"httpx.{kind.__name__}"
        raise TypeError(f"http_client must be an {name}, not {type(http_client).__name__}")
    if timeout is not None:
        raise ValueError("set the timeout on your http_client, not both")
    return False


def _check_retry(retry: object) -> RetryPolicy:
    if retry is None:
        return RetryPolicy()
    if not isinstance(retry, RetryPolicy):
        raise TypeError(f"retry must be a RetryPolicy, not {type(retry).__name__}")
    return retry


class WhiteBIT(_ClientBase, SyncOperations):
    """Blocking client for the WhiteBIT Main Account API V4.

    Use it as a context manager, or call `close()`. Pass `http_client=httpx.Client(...)` to
    choose transport, proxies, limits and timeouts; it is then yours to close. `retry`
    sets the retry policy, `rate_limit=False` turns off client-side rate limiting.
    """

    def __init__(
        self,
        api_key: str,
        api_secret: str,
        *,
        base_url: str | None = None,
        region: str | None = None,
        gateway_url: str | None = None,
        nonce_window: bool = False,
        http_client: httpx.Client | None = None,
        timeout: httpx.Timeout | float | None = None,
        retry: RetryPolicy | None = None,
        rate_limit: bool = True,
    ) -> None:
        self._configure(
            api_key, api_secret, base_url, region, gateway_url, nonce_window, retry, rate_limit
        )
        self._owns_http = _check_http_client(http_client, httpx.Client, timeout)
        self._http = (
            http_client if http_client is not None else httpx.Client(timeout=build_timeout(timeout))
        )

    @classmethod
    def from_env(cls, **overrides: Any) -> Self:
        """A client from WHITEBIT_API_KEY, WHITEBIT_API_SECRET and optional WHITEBIT_BASE_URL."""
        return cls(**{**from_environment(), **overrides})

    def _call(
        self,
        operation_id: str,
        fields: dict[str, Any],
        parse: Callable[[Any], T],
        *,
        jwt_token: str | None = None,
    ) -> T:
        operation, body = self._prepare(operation_id, fields, jwt_token)
        attempt, nonce_retried = 0, False
        while True:
            attempt += 1
            wait, slot = self._slot(operation)
            try:
                if wait > 0:
                    time.sleep(wait)
                request, auth = self._build(self._http, operation, body, jwt_token)
                log_request(operation_id, request, body, attempt)
                started = time.perf_counter()
                response = self._http.send(request, auth=auth)
            except httpx.TransportError as exc:
                step = self._after_transport_failure(operation, exc, attempt)
            else:
                log_response(operation_id, response, (time.perf_counter() - started) * 1000)
                done, step = self._judge(operation, response, attempt, nonce_retried)
                if done:
                    return self._answer(operation, response, parse)
            finally:
                self._release(slot)
            if step.error is not None:
                raise step.error from step.cause
            if step.nonce_retry:
                nonce_retried, attempt = True, attempt - 1
            log_retry(operation_id, step.reason, step.delay)
            if step.delay > 0:
                time.sleep(step.delay)

    def close(self) -> None:
        if self._owns_http:
            self._http.close()

    def __enter__(self) -> Self:
        return self

    def __exit__(
        self,
        exc_type: type[BaseException] | None,
        exc: BaseException | None,
        tb: TracebackType | None,
    ) -> None:
        self.close()


class AsyncWhiteBIT(_ClientBase, AsyncOperations):
    """Asyncio client for the WhiteBIT Main Account API V4 (same settings as `WhiteBIT`).

    For many concurrent calls with one key, pass `nonce_window=True`: requests may reach
    the server out of order, which strict nonces reject.
    """

    def __init__(
        self,
        api_key: str,
        api_secret: str,
        *,
        base_url: str | None = None,
        region: str | None = None,
        gateway_url: str | None = None,
        nonce_window: bool = False,
        http_client: httpx.AsyncClient | None = None,
        timeout: httpx.Timeout | float | None = None,
        retry: RetryPolicy | None = None,
        rate_limit: bool = True,
    ) -> None:
        self._configure(
            api_key, api_secret, base_url, region, gateway_url, nonce_window, retry, rate_limit
        )
        self._owns_http = _check_http_client(http_client, httpx.AsyncClient, timeout)
        self._http = (
            http_client
            if http_client is not None
            else httpx.AsyncClient(
                timeout=build_timeout(timeout), transport=_transport.default_async_transport()
            )
        )

    @classmethod
    def from_env(cls, **overrides: Any) -> Self:
        """A client from WHITEBIT_API_KEY, WHITEBIT_API_SECRET and optional WHITEBIT_BASE_URL."""
        return cls(**{**from_environment(), **overrides})

    async def _call(
        self,
        operation_id: str,
        fields: dict[str, Any],
        parse: Callable[[Any], T],
        *,
        jwt_token: str | None = None,
    ) -> T:
        operation, body = self._prepare(operation_id, fields, jwt_token)
        attempt, nonce_retried = 0, False
        while True:
            attempt += 1
            wait, slot = self._slot(operation)
            try:
                if wait > 0:
                    await _sleep(wait)
                request, auth = self._build(self._http, operation, body, jwt_token)
                log_request(operation_id, request, body, attempt)
                started = time.perf_counter()
                response = await self._http.send(request, auth=auth)
            except httpx.TransportError as exc:
                step = self._after_transport_failure(operation, exc, attempt)
            else:
                log_response(operation_id, response, (time.perf_counter() - started) * 1000)
                done, step = self._judge(operation, response, attempt, nonce_retried)
                if done:
                    return self._answer(operation, response, parse)
            finally:
                self._release(slot)
            if step.error is not None:
                raise step.error from step.cause
            if step.nonce_retry:
                nonce_retried, attempt = True, attempt - 1
            log_retry(operation_id, step.reason, step.delay)
            if step.delay > 0:
                await _sleep(step.delay)

    async def aclose(self) -> None:
        if self._owns_http:
            await self._http.aclose()

    async def __aenter__(self) -> Self:
        return self

    async def __aexit__(
        self,
        exc_type: type[BaseException] | None,
        exc: BaseException | None,
        tb: TracebackType | None,
    ) -> None:
        await self.aclose()
