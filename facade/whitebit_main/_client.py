"""`WhiteBIT` and `AsyncWhiteBIT`: the generated typed operations bound to a signed transport.

Each operation method (from `whitebit_main_api.operations`) calls `_call`, which checks the
fields against the contract once, then for each attempt waits for the client-side rate
limit, builds a request that the auth hook signs with a fresh nonce, sends it, and turns
the answer into the typed success model or a `WhiteBITError`. What the two clients share
(construction, options, the decisions after each attempt) is `BaseClient`; here are only
the blocking and the asyncio send loops. Each call has an overall deadline and a cap on the
answer's size; redirects are never followed.
"""

from __future__ import annotations

import time
from collections.abc import AsyncIterator, Callable, Iterator
from types import TracebackType
from typing import Any, Self, TypeVar

import httpx
from whitebit_main_api.operations import AsyncOperations, SyncOperations

from . import _transport
from ._answer import abody_chunks, aread_body, body_chunks, read_body
from ._base_client import BaseClient, more_pages
from ._call_deadline import call_deadline
from ._direct import asend_direct, environment_proxies, send_direct
from ._logging import log_request, log_retry
from ._operations import Operation
from .errors import WhiteBITError

T = TypeVar("T")
P = TypeVar("P")
I = TypeVar("I")  # noqa: E741
# The signing hook gives up on the key's ordering lock at the deadline itself; async sends
# are cut a little later, so that its clearer error (nothing was sent) comes first.
_DEADLINE_GRACE = 1.0


class WhiteBIT(BaseClient[httpx.Client], SyncOperations):
    """Blocking client for the WhiteBIT Main Account API V4.

    Use it as a context manager, or call `close()`. One method per API operation (see
    generated/whitebit_main_api/API.md); each checks its arguments, signs, sends and returns
    the typed answer or raises a `whitebit_main.errors.WhiteBITError`.

    Options (keyword-only; see `__init__`): base_url or region, gateway_url, nonce_window,
    http_client (an `httpx.Client`) or timeout, retry, rate_limit, deadline,
    max_answer_bytes.
    """

    _http_class = httpx.Client
    _direct: httpx.BaseTransport | None = None

    def _default_http(self, timeout: httpx.Timeout) -> httpx.Client:
        if environment_proxies():  # httpx applies them to a client without a transport
            return httpx.Client(timeout=timeout)
        from ._deadline_transport import DeadlineTransport  # httpcore loads with httpx's

        self._direct = transport = DeadlineTransport()
        return httpx.Client(timeout=timeout, transport=transport)

    def _send(self, request: httpx.Request, auth: httpx.Auth | None) -> httpx.Response:
        if self._direct is not None:
            return send_direct(self._direct, request, auth)
        # Never follow a redirect: it would carry the signed request elsewhere.
        return self._http.send(request, auth=auth, stream=True, follow_redirects=False)

    def _call(
        self,
        operation_id: str,
        fields: dict[str, Any],
        parse: Callable[[Any], T],
        *,
        jwt_token: str | None = None,
    ) -> T:
        operation, body = self._prepare(operation_id, fields, jwt_token)
        deadline = time.monotonic() + self._deadline
        key = self._key_of(operation, body)
        attempt, nonce_retried, last = 0, False, ""
        unsettled: WhiteBITError | None = None
        while True:
            attempt += 1
            wait, slot = self._slot(operation)
            status: int | None = None
            try:
                self._time_left(operation, deadline, wait, last)
                if wait > 0:
                    time.sleep(wait)
                request, auth = self._build(self._http, operation, body, jwt_token, deadline)
                log_request(operation_id, request, body, attempt)
                started = time.perf_counter()
                with call_deadline(deadline):
                    response = self._send(request, auth)
                    try:
                        status = response.status_code
                        limit = self._max_answer_bytes
                        content = read_body(body_chunks(response), limit, deadline)
                    finally:
                        response.close()
            except WhiteBITError:
                raise
            except Exception as exc:  # every failure of the HTTP stack, named or not
                step = self._after_send_failure(operation, exc, attempt, status, deadline)
            else:
                self._log_answer(operation_id, response, content, started)
                done, step = self._judge(operation, response, content, attempt, nonce_retried)
                if done:
                    return self._answer(operation, response, content, parse)
            finally:
                self._release(slot)
            if key is not None and step.error is not None:
                action, step, unsettled = self._settle(
                    operation, step, attempt, deadline, unsettled
                )
                if action == "accepted" or (action == "find" and self._found(operation, key)):
                    return parse(None)
                if action == "find":
                    raise self._unsettled(operation, key, step) from step.cause
            if step.error is not None:
                raise step.error from step.cause
            if step.nonce_retry:
                nonce_retried, attempt = True, attempt - 1
            last = step.reason
            self._time_left(operation, deadline, step.delay, last)
            log_retry(operation_id, step.reason, step.delay)
            if step.delay > 0:
                time.sleep(step.delay)

    def _found(self, operation: Operation, key: str) -> bool:
        """Whether the history shows the call with this key; False when it cannot tell."""
        method = self._finder(operation)
        if method is None:
            return False
        try:
            return getattr(self, method)(key) is not None
        except WhiteBITError:
            return False

    def _pages(
        self,
        operation_id: str,
        fields: dict[str, Any],
        parse: Callable[[Any], P],
        items: Callable[[P], list[I]],
        total: Callable[[P], int | None] | None,
        page_size: int | None,
    ) -> Iterator[I]:
        operation, size, cap = self._page_plan(operation_id, page_size)
        return self._walk(operation, fields, parse, items, total, size, cap)

    def _walk(
        self,
        operation: Operation,
        fields: dict[str, Any],
        parse: Callable[[Any], P],
        items: Callable[[P], list[I]],
        total: Callable[[P], int | None] | None,
        size: int,
        cap: int,
    ) -> Iterator[I]:
        offset = 0
        while True:
            limit = self._page_limit(operation, offset, size, cap)
            page = self._call(
                operation.operation_id, {**fields, "limit": limit, "offset": offset}, parse
            )
            found = items(page)
            yield from found
            offset += len(found)
            if not more_pages(len(found), limit, offset, total(page) if total else None):
                return

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


class AsyncWhiteBIT(BaseClient[httpx.AsyncClient], AsyncOperations):
    """Asyncio client for the WhiteBIT Main Account API V4: the options of `WhiteBIT`, with
    `http_client` an `httpx.AsyncClient`. Use it with `async with`, or `await aclose()`.

    For many concurrent calls with one key, pass `nonce_window=True`: requests may reach
    the server out of order, which strict nonces reject.
    """

    _http_class = httpx.AsyncClient
    _direct: httpx.AsyncBaseTransport | None = None

    def _default_http(self, timeout: httpx.Timeout) -> httpx.AsyncClient:
        if environment_proxies():  # httpx applies them to a client without a transport
            return httpx.AsyncClient(timeout=timeout)
        transport = _transport.default_async_transport() or httpx.AsyncHTTPTransport()
        self._direct = transport
        return httpx.AsyncClient(timeout=timeout, transport=transport)

    async def _send(self, request: httpx.Request, auth: httpx.Auth | None) -> httpx.Response:
        if self._direct is not None:
            return await asend_direct(self._direct, request, auth)
        # Never follow a redirect: it would carry the signed request elsewhere.
        return await self._http.send(request, auth=auth, stream=True, follow_redirects=False)

    async def _call(
        self,
        operation_id: str,
        fields: dict[str, Any],
        parse: Callable[[Any], T],
        *,
        jwt_token: str | None = None,
    ) -> T:
        import asyncio  # here, so that a sync-only program never loads asyncio

        operation, body = self._prepare(operation_id, fields, jwt_token)
        deadline = time.monotonic() + self._deadline
        key = self._key_of(operation, body)
        attempt, nonce_retried, last = 0, False, ""
        unsettled: WhiteBITError | None = None
        while True:
            attempt += 1
            wait, slot = self._slot(operation)
            status: int | None = None
            try:
                self._time_left(operation, deadline, wait, last)
                if wait > 0:
                    await asyncio.sleep(wait)
                request, auth = self._build(self._http, operation, body, jwt_token, deadline)
                log_request(operation_id, request, body, attempt)
                started = time.perf_counter()
                # The signing hook gives up on the ordering lock at the deadline itself; the
                # grace lets that clearer error (nothing was sent) come first.
                async with asyncio.timeout(deadline - time.monotonic() + _DEADLINE_GRACE):
                    response = await self._send(request, auth)
                    try:
                        status = response.status_code
                        limit = self._max_answer_bytes
                        content = await aread_body(abody_chunks(response), limit, deadline)
                    finally:
                        await response.aclose()
            except WhiteBITError:
                raise
            except Exception as exc:  # every failure of the HTTP stack, named or not
                step = self._after_send_failure(operation, exc, attempt, status, deadline)
            else:
                self._log_answer(operation_id, response, content, started)
                done, step = self._judge(operation, response, content, attempt, nonce_retried)
                if done:
                    return self._answer(operation, response, content, parse)
            finally:
                self._release(slot)
            if key is not None and step.error is not None:
                action, step, unsettled = self._settle(
                    operation, step, attempt, deadline, unsettled
                )
                if action == "accepted" or (action == "find" and await self._found(operation, key)):
                    return parse(None)
                if action == "find":
                    raise self._unsettled(operation, key, step) from step.cause
            if step.error is not None:
                raise step.error from step.cause
            if step.nonce_retry:
                nonce_retried, attempt = True, attempt - 1
            last = step.reason
            self._time_left(operation, deadline, step.delay, last)
            log_retry(operation_id, step.reason, step.delay)
            if step.delay > 0:
                await asyncio.sleep(step.delay)

    async def _found(self, operation: Operation, key: str) -> bool:
        """Whether the history shows the call with this key; False when it cannot tell."""
        method = self._finder(operation)
        if method is None:
            return False
        try:
            return await getattr(self, method)(key) is not None
        except WhiteBITError:
            return False

    def _pages(
        self,
        operation_id: str,
        fields: dict[str, Any],
        parse: Callable[[Any], P],
        items: Callable[[P], list[I]],
        total: Callable[[P], int | None] | None,
        page_size: int | None,
    ) -> AsyncIterator[I]:
        operation, size, cap = self._page_plan(operation_id, page_size)
        return self._walk(operation, fields, parse, items, total, size, cap)

    async def _walk(
        self,
        operation: Operation,
        fields: dict[str, Any],
        parse: Callable[[Any], P],
        items: Callable[[P], list[I]],
        total: Callable[[P], int | None] | None,
        size: int,
        cap: int,
    ) -> AsyncIterator[I]:
        offset = 0
        while True:
            limit = self._page_limit(operation, offset, size, cap)
            page = await self._call(
                operation.operation_id, {**fields, "limit": limit, "offset": offset}, parse
            )
            found = items(page)
            for item in found:
                yield item
            offset += len(found)
            if not more_pages(len(found), limit, offset, total(page) if total else None):
                return

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
