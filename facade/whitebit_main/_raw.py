"""The generated client itself, made safe to use directly: it signs and raises.

`whitebit_main_api` (the raw layer) sends whatever its endpoint functions build and hands
back documented error bodies as values (`ApiError`), or `None` for an undocumented status.
`signed_client` / `async_signed_client` give its `Client` an httpx client with the signing
hook installed and a response hook that raises this package's `WhiteBITError` for every
non-2xx answer, so a 401 can never pass as a silent `None`.
"""

from __future__ import annotations

from typing import Any

import httpx
from whitebit_main_api.client import Client

from ._calls._operations import operation_table
from ._config import Settings, build_timeout
from ._signing._auth import WhiteBITAuth
from .errors import error_from_response


def _operation_by_path() -> dict[str, str]:
    return {op.path: op.operation_id for op in operation_table().values()}


class _RaiseForError:
    """Response hook: a non-2xx answer becomes the matching WhiteBITError."""

    def __init__(self) -> None:
        self._operations = _operation_by_path()

    def check(self, response: httpx.Response) -> None:
        if 200 <= response.status_code <= 299:
            return
        path = response.request.url.path
        operation = self._operations.get(path, path)
        raise error_from_response(response, operation, path)

    def __call__(self, response: httpx.Response) -> None:
        response.read()
        self.check(response)

    async def async_check(self, response: httpx.Response) -> None:
        await response.aread()
        self.check(response)


def _http_options(
    api_key: str,
    api_secret: str,
    base_url: str | None,
    region: str | None,
    nonce_window: bool,
    timeout: httpx.Timeout | float | None,
) -> dict[str, Any]:
    """What both httpx clients are built with: checked settings, the signing hook, no
    redirects (a redirect would carry the signed request to another host)."""
    settings = Settings.build(
        api_key, api_secret, base_url=base_url, region=region, nonce_window=nonce_window
    )
    auth = WhiteBITAuth(settings.api_key, settings.api_secret, nonce_window=nonce_window)
    return {
        "base_url": settings.base_url,
        "auth": auth,
        "timeout": build_timeout(timeout),
        "follow_redirects": False,
    }


def signed_client(
    api_key: str,
    api_secret: str,
    *,
    base_url: str | None = None,
    region: str | None = None,
    nonce_window: bool = False,
    timeout: httpx.Timeout | float | None = None,
) -> Client:
    """The generated `Client` for blocking calls (`api.<tag>.<operation>.sync(client=...)`),
    signing every request and raising `WhiteBITError` on error answers. Close it with
    `with client:` or `client.get_httpx_client().close()`."""
    options = _http_options(api_key, api_secret, base_url, region, nonce_window, timeout)
    http = httpx.Client(**options, event_hooks={"response": [_RaiseForError()]})
    client = Client(base_url=options["base_url"], raise_on_unexpected_status=True)
    return client.set_httpx_client(http)


def async_signed_client(
    api_key: str,
    api_secret: str,
    *,
    base_url: str | None = None,
    region: str | None = None,
    nonce_window: bool = False,
    timeout: httpx.Timeout | float | None = None,
) -> Client:
    """The generated `Client` for asyncio (`await api.<tag>.<operation>.asyncio(client=...)`),
    signing every request and raising `WhiteBITError` on error answers. Close it with
    `async with client:`."""
    options = _http_options(api_key, api_secret, base_url, region, nonce_window, timeout)
    http = httpx.AsyncClient(**options, event_hooks={"response": [_RaiseForError().async_check]})
    client = Client(base_url=options["base_url"], raise_on_unexpected_status=True)
    return client.set_async_httpx_client(http)
