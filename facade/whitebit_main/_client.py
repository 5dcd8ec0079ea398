"""`WhiteBIT` and `AsyncWhiteBIT`: the generated typed operations bound to a signed transport.

Each operation method (from `whitebit_main_api.operations`) calls `_call`, which checks the
fields against the contract, builds one request, lets the auth hook sign it, sends it once
and turns the answer into the typed success model or a `WhiteBITError`.
"""

from __future__ import annotations

import logging
import time
from types import TracebackType
from typing import Any, Self

import httpx
from whitebit_main_api.operations import AsyncOperations, SyncOperations

from ._auth import BODY_EXTENSION, WhiteBITAuth, dump_body
from ._config import DEFAULT_TIMEOUT, Settings, from_environment
from ._operations import OPERATION_TABLE, Operation
from ._validation import build_body
from .errors import (
    OutcomeUnknownError,
    TransportError,
    UnexpectedResponseError,
    WhiteBITError,
    error_from_response,
)

logger = logging.getLogger("whitebit_main")

# Failures that prove the request never reached the server.
_NOT_SENT = (httpx.ConnectError, httpx.ConnectTimeout, httpx.PoolTimeout, httpx.UnsupportedProtocol)


class _ClientBase:
    """Settings, request building and answer handling shared by both clients."""

    _settings: Settings
    _auth: WhiteBITAuth

    def _configure(
        self,
        api_key: object,
        api_secret: object,
        base_url: object,
        region: object,
        gateway_url: object,
        nonce_window: object,
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

    @property
    def base_url(self) -> str:
        return self._settings.base_url

    def __repr__(self) -> str:
        return (
            f"{type(self).__name__}(api_key={self._settings.api_key!r}, api_secret='***', "
            f"base_url={self._settings.base_url!r})"
        )

    def __reduce__(self) -> Any:
        raise TypeError(f"{type(self).__name__} holds an API secret and cannot be pickled")

    def _operation(self, operation_id: str) -> Operation:
        try:
            return OPERATION_TABLE[operation_id]
        except KeyError:
            raise ValueError(f"unknown operation {operation_id!r}") from None

    def _build(
        self,
        http: httpx.Client | httpx.AsyncClient,
        operation: Operation,
        fields: dict[str, Any],
        jwt_token: str | None,
    ) -> tuple[httpx.Request, WhiteBITAuth | None]:
        body = build_body(operation.operation_id, operation.body, operation.arguments, fields)
        if operation.server is not None:
            host = self._settings.gateway_url or operation.server
        else:
            host = self._settings.base_url
        url = host + operation.path
        if operation.auth == "jwt":
            if not isinstance(jwt_token, str) or not jwt_token.strip():
                raise ValueError(f"{operation.operation_id}: jwt_token must be a non-empty string")
            headers = {"Content-Type": "application/json", "Authorization": jwt_token}
            return http.build_request("POST", url, content=dump_body(body), headers=headers), None
        request = http.build_request("POST", url, content=b"", extensions={BODY_EXTENSION: body})
        return request, self._auth

    def _transport_error(self, operation: Operation, exc: Exception) -> WhiteBITError:
        reason = f"{type(exc).__name__}: {exc}" if str(exc) else type(exc).__name__
        if operation.changes_state and not isinstance(exc, _NOT_SENT):
            return OutcomeUnknownError(
                f"no answer ({reason}); the request may have been applied. It was not re-sent: "
                "check the account history before trying again",
                operation=operation.operation_id,
                path=operation.path,
            )
        return TransportError(
            f"no answer ({reason})", operation=operation.operation_id, path=operation.path
        )

    def _result(self, operation: Operation, response: httpx.Response, started: float) -> Any:
        logger.debug(
            "%s %s -> HTTP %s in %.1f ms",
            operation.operation_id,
            operation.path,
            response.status_code,
            (time.perf_counter() - started) * 1000,
        )
        status = response.status_code
        if not 200 <= status <= 299:
            raise error_from_response(response, operation.operation_id, operation.path)
        if status != operation.success_status:
            # Another 2xx than documented is still a success: parse it as the documented one.
            response = httpx.Response(
                operation.success_status,
                headers=response.headers,
                content=response.content,
                request=response.request,
            )
        try:
            return operation.parse_success(response)
        except Exception as exc:  # the generated parser raises many kinds; callers get one
            raise UnexpectedResponseError(
                f"answer does not match the documented schema ({type(exc).__name__})",
                operation=operation.operation_id,
                path=operation.path,
                status_code=response.status_code,
                response=response,
            ) from exc


class WhiteBIT(_ClientBase, SyncOperations):
    """Blocking client for the WhiteBIT Main Account API V4.

    Use it as a context manager, or call `close()`. Pass `http_client=httpx.Client(...)` to
    choose transport, proxies, limits and timeouts; it is then yours to close.
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
    ) -> None:
        self._configure(api_key, api_secret, base_url, region, gateway_url, nonce_window)
        if http_client is not None and not isinstance(http_client, httpx.Client):
            raise TypeError(
                f"http_client must be an httpx.Client, not {type(http_client).__name__}"
            )
        self._owns_http = http_client is None
        self._http = (
            http_client if http_client is not None else httpx.Client(timeout=DEFAULT_TIMEOUT)
        )

    @classmethod
    def from_env(cls, **overrides: Any) -> Self:
        """A client from WHITEBIT_API_KEY, WHITEBIT_API_SECRET and optional WHITEBIT_BASE_URL."""
        return cls(**{**from_environment(), **overrides})

    def _call(
        self, operation_id: str, fields: dict[str, Any], *, jwt_token: str | None = None
    ) -> Any:
        operation = self._operation(operation_id)
        request, auth = self._build(self._http, operation, fields, jwt_token)
        started = time.perf_counter()
        try:
            response = self._http.send(request, auth=auth)
        except httpx.TransportError as exc:
            raise self._transport_error(operation, exc) from exc
        return self._result(operation, response, started)

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
    ) -> None:
        self._configure(api_key, api_secret, base_url, region, gateway_url, nonce_window)
        if http_client is not None and not isinstance(http_client, httpx.AsyncClient):
            raise TypeError(
                f"http_client must be an httpx.AsyncClient, not {type(http_client).__name__}"
            )
        self._owns_http = http_client is None
        self._http = (
            http_client if http_client is not None else httpx.AsyncClient(timeout=DEFAULT_TIMEOUT)
        )

    @classmethod
    def from_env(cls, **overrides: Any) -> Self:
        """A client from WHITEBIT_API_KEY, WHITEBIT_API_SECRET and optional WHITEBIT_BASE_URL."""
        return cls(**{**from_environment(), **overrides})

    async def _call(
        self, operation_id: str, fields: dict[str, Any], *, jwt_token: str | None = None
    ) -> Any:
        operation = self._operation(operation_id)
        request, auth = self._build(self._http, operation, fields, jwt_token)
        started = time.perf_counter()
        try:
            response = await self._http.send(request, auth=auth)
        except httpx.TransportError as exc:
            raise self._transport_error(operation, exc) from exc
        return self._result(operation, response, started)

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
