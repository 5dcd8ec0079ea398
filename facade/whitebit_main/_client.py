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

from ._base_client import BaseClient
from ._calls._attempts import ACCEPTED, FIND, RAISE, CallState, finder, sharing_deadline
from ._calls._journal import Reconciled
from ._calls._operations import Operation
from ._calls._pages import PageWalk, with_raw
from ._coordination._redis_coordination import CoordinationUnavailable
from ._http import asend, async_http, call_deadline, send, sync_http
from ._http._answer import abody_chunks, aread_body, body_chunks, read_body
from ._http._logging import log_request, log_retry
from .errors import AnswerUnreadableError, WhiteBITError

T = TypeVar("T")
P = TypeVar("P")
I = TypeVar("I")  # noqa: E741
# The signing hook gives up on the key's ordering lock at the deadline itself; async sends
# are cut a little later, so that its clearer error (nothing was sent) comes first.
_DEADLINE_GRACE = 0.25


class WhiteBIT(BaseClient[httpx.Client], SyncOperations):
    """Blocking client for the WhiteBIT Main Account API V4.

    Use it as a context manager, or call `close()`. One method per API operation (see
    generated/whitebit_main_api/API.md); each checks its arguments, signs, sends and returns
    the typed answer or raises a `whitebit_main.errors.WhiteBITError`.

    Options (keyword-only; see `__init__`): base_url or region, gateway_url, nonce_window,
    http_client (an `httpx.Client`) or timeout, retry, rate_limit, deadline,
    max_answer_bytes, journal, coordination (a `RedisCoordination`: nonces and limits shared
    by many processes).
    """

    _http_class = httpx.Client
    _direct: httpx.BaseTransport | None = None

    def _default_http(self, timeout: httpx.Timeout) -> httpx.Client:
        http, self._direct = sync_http(timeout)
        return http

    def _send(self, request: httpx.Request, auth: httpx.Auth | None) -> httpx.Response:
        return send(self._http, self._direct, request, auth)

    def _call(
        self,
        operation_id: str,
        fields: dict[str, Any],
        parse: Callable[[Any], T],
        *,
        jwt_token: str | None = None,
    ) -> T:
        operation, body = self._prepare(operation_id, fields, jwt_token)
        state = self._start(operation, body)
        try:
            result = self._attempts(state, body, parse, jwt_token)
        except BaseException as exc:
            self._ended(state, exc)
            raise
        self._ended(state, None)
        return result

    def _attempts(
        self,
        state: CallState,
        body: dict[str, Any],
        parse: Callable[[Any], T],
        jwt_token: str | None,
    ) -> T:
        """Send until `state` decides: the driver of the decisions in _attempts.py."""
        operation = state.operation
        while True:
            wait, slot = self._slot(operation)
            status: int | None = None
            try:
                decision = state.begin(wait)
                if decision is None:
                    if wait > 0:
                        time.sleep(wait)
                    deadline = state.attempt_deadline
                    request, auth = self._build(self._http, operation, body, jwt_token, deadline)
                    log_request(operation.operation_id, request, body, state.attempt)
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
            except CoordinationUnavailable as exc:  # no nonce from Redis: nothing was sent
                state.sending = False
                raise self._coordination_error(operation, exc) from None
            except Exception as exc:  # every failure of the HTTP stack, named or not
                decision = state.failed(exc, status)
            else:
                if decision is None:
                    self._log_answer(operation.operation_id, response, content, started)
                    decision = state.answered(response, content)
                    if decision is None:
                        try:
                            return self._answer(operation, response, content, parse)
                        except AnswerUnreadableError as unreadable:
                            decision = state.unreadable(unreadable)
            finally:
                self._release(slot)
            if decision.action == FIND:
                decision = state.looked_up(*self._look_up(state))
            if decision.action == ACCEPTED:
                return parse(None)
            if decision.action == RAISE and decision.error is not None:
                raise decision.error from decision.cause
            log_retry(operation.operation_id, decision.reason, decision.delay)
            if decision.delay > 0:
                time.sleep(decision.delay)

    def _look_up(self, state: CallState) -> tuple[bool, str]:
        """Whether the history lists the call's key, looked up within its deadline; and,
        when it does not, why."""
        found, why = self._find(state.operation, state.key, state.deadline)
        return found is True, why

    def _find(
        self, operation: Operation, key: str | None, deadline: float
    ) -> tuple[bool | None, str]:
        """(True: listed, False: not listed, None: could not tell; why not listed)."""
        method = finder(operation)
        if method is None or key is None:
            return None, "no history to look the key up in"
        with sharing_deadline(deadline):
            try:
                record = getattr(self, method)(key)
            except WhiteBITError as exc:
                return None, f"the history could not be read ({exc.message})"
        return (True, "") if record is not None else (False, "the history does not list it")

    def reconcile(self) -> list[Reconciled]:
        """Settle every call left open: the journal's open entries (after a crash, a kill or
        a lost process) and this process's unsettled keys, each looked up in the history
        and reported as booked, not booked or unknown (the history could not be read; the
        entry stays open). Run it when no other process is sending with the journal."""
        reports = []
        for key, operation_id in self._to_reconcile():
            operation = self._operation(operation_id)
            found, why = self._find(operation, key, time.monotonic() + self._deadline)
            reports.append(self._reconciled(key, operation_id, found, why))
        return reports

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
        walk: PageWalk[I] = PageWalk(operation)
        read = with_raw(parse)
        while not walk.done:
            limit = self._page_limit(operation, walk.offset, size, cap)
            page_fields = {**fields, "limit": limit, "offset": walk.offset}
            raw, page = self._call(operation.operation_id, page_fields, read)
            yield from walk.take(raw, items(page), limit, total(page) if total else None)

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
        http, self._direct = async_http(timeout)
        return http

    async def _send(self, request: httpx.Request, auth: httpx.Auth | None) -> httpx.Response:
        return await asend(self._http, self._direct, request, auth)

    async def _call(
        self,
        operation_id: str,
        fields: dict[str, Any],
        parse: Callable[[Any], T],
        *,
        jwt_token: str | None = None,
    ) -> T:
        operation, body = self._prepare(operation_id, fields, jwt_token)
        state = self._start(operation, body)
        try:
            result = await self._attempts(state, body, parse, jwt_token)
        except BaseException as exc:
            self._ended(state, exc)
            raise
        self._ended(state, None)
        return result

    async def _attempts(
        self,
        state: CallState,
        body: dict[str, Any],
        parse: Callable[[Any], T],
        jwt_token: str | None,
    ) -> T:
        """Send until `state` decides: the driver of the decisions in _attempts.py."""
        import asyncio  # here, so that a sync-only program never loads asyncio

        operation = state.operation
        while True:
            wait, slot = await self._aslot(operation)
            status: int | None = None
            try:
                decision = state.begin(wait)
                if decision is None:
                    if wait > 0:
                        await asyncio.sleep(wait)
                    deadline = state.attempt_deadline
                    request, auth = self._build(self._http, operation, body, jwt_token, deadline)
                    log_request(operation.operation_id, request, body, state.attempt)
                    started = time.perf_counter()
                    # The signing hook gives up on the ordering lock at the deadline itself;
                    # the grace lets that clearer error (nothing was sent) come first.
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
            except CoordinationUnavailable as exc:  # no nonce from Redis: nothing was sent
                state.sending = False
                raise self._coordination_error(operation, exc) from None
            except Exception as exc:  # every failure of the HTTP stack, named or not
                decision = state.failed(exc, status)
            else:
                if decision is None:
                    self._log_answer(operation.operation_id, response, content, started)
                    decision = state.answered(response, content)
                    if decision is None:
                        try:
                            return self._answer(operation, response, content, parse)
                        except AnswerUnreadableError as unreadable:
                            decision = state.unreadable(unreadable)
            finally:
                await self._arelease(slot)
            if decision.action == FIND:
                decision = state.looked_up(*await self._look_up(state))
            if decision.action == ACCEPTED:
                return parse(None)
            if decision.action == RAISE and decision.error is not None:
                raise decision.error from decision.cause
            log_retry(operation.operation_id, decision.reason, decision.delay)
            if decision.delay > 0:
                await asyncio.sleep(decision.delay)

    async def _look_up(self, state: CallState) -> tuple[bool, str]:
        """Whether the history lists the call's key, looked up within its deadline; and,
        when it does not, why."""
        found, why = await self._find(state.operation, state.key, state.deadline)
        return found is True, why

    async def _find(
        self, operation: Operation, key: str | None, deadline: float
    ) -> tuple[bool | None, str]:
        """(True: listed, False: not listed, None: could not tell; why not listed)."""
        method = finder(operation)
        if method is None or key is None:
            return None, "no history to look the key up in"
        with sharing_deadline(deadline):
            try:
                record = await getattr(self, method)(key)
            except WhiteBITError as exc:
                return None, f"the history could not be read ({exc.message})"
        return (True, "") if record is not None else (False, "the history does not list it")

    async def reconcile(self) -> list[Reconciled]:
        """As `WhiteBIT.reconcile`: every open call looked up and reported."""
        reports = []
        for key, operation_id in self._to_reconcile():
            operation = self._operation(operation_id)
            found, why = await self._find(operation, key, time.monotonic() + self._deadline)
            reports.append(self._reconciled(key, operation_id, found, why))
        return reports

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
        walk: PageWalk[I] = PageWalk(operation)
        read = with_raw(parse)
        while not walk.done:
            limit = self._page_limit(operation, walk.offset, size, cap)
            page_fields = {**fields, "limit": limit, "offset": walk.offset}
            raw, page = await self._call(operation.operation_id, page_fields, read)
            for item in walk.take(raw, items(page), limit, total(page) if total else None):
                yield item

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
