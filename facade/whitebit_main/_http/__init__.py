"""The client's one way to the network, and the only place that leans on httpx's insides.

The speed targets need two things httpx does not offer publicly: sending straight to the
transport with the signing hook's auth flow driven by hand (`_direct`), and a blocking
transport whose sockets honour the call's deadline (`_deadline_transport`, httpx's own
`HTTPTransport` with another httpcore network backend). Both are fenced in here: the rest
of the package builds its httpx client with `sync_http` / `async_http` and sends with
`send` / `asend`. `RELIED_ON` names every httpx and httpcore attribute this relies on
beyond the documented API; `tests/client/test_http_fence.py` resolves each, so an httpx upgrade
that moves one fails there, loudly, in one place.
"""

from __future__ import annotations

from typing import Final

import httpx

from . import _async_transport
from ._call_deadline import call_deadline
from ._direct import asend_direct, environment_proxies, send_direct

__all__ = ["RELIED_ON", "asend", "async_http", "call_deadline", "send", "sync_http"]

# Dotted names beyond httpx's documented API that `_direct` and `_deadline_transport` use.
RELIED_ON: Final = (
    "httpx.Auth.sync_auth_flow",
    "httpx.Auth.async_auth_flow",
    "httpx.BaseTransport.handle_request",
    "httpx.AsyncBaseTransport.handle_async_request",
    "httpx.HTTPTransport.handle_request",
    "httpx.HTTPTransport.close",
    "httpx.Response.request",
    "httpx.create_ssl_context",
    "httpcore.ConnectionPool",
    "httpcore.NetworkBackend.connect_tcp",
    "httpcore.NetworkBackend.connect_unix_socket",
    "httpcore.NetworkBackend.sleep",
    "httpcore.NetworkStream.read",
    "httpcore.NetworkStream.write",
    "httpcore.NetworkStream.close",
    "httpcore.NetworkStream.start_tls",
    "httpcore.NetworkStream.get_extra_info",
    "httpcore.SyncBackend",
    "httpcore.ReadTimeout",
    "httpcore.WriteTimeout",
    "httpcore.ConnectTimeout",
)
# The private attribute: HTTPTransport's connection pool, which `_deadline_transport`
# builds itself (HTTPTransport.handle_request sends through `self._pool`).
RELIED_ON_PRIVATE: Final = ("httpx.HTTPTransport._pool",)


def sync_http(timeout: httpx.Timeout) -> tuple[httpx.Client, httpx.BaseTransport | None]:
    """The blocking client's own httpx client, and the transport to send to directly (None:
    send through the client, as when the environment names proxies, which httpx applies
    only to a client it builds without a transport)."""
    if environment_proxies():
        return httpx.Client(timeout=timeout), None
    from ._deadline_transport import DeadlineTransport  # httpcore loads with httpx's

    transport = DeadlineTransport()
    return httpx.Client(timeout=timeout, transport=transport), transport


def async_http(
    timeout: httpx.Timeout,
) -> tuple[httpx.AsyncClient, httpx.AsyncBaseTransport | None]:
    """`sync_http` for asyncio: aiohttp behind httpx's interface when that extra is there."""
    if environment_proxies():
        return httpx.AsyncClient(timeout=timeout), None
    transport = _async_transport.default_async_transport() or httpx.AsyncHTTPTransport()
    return httpx.AsyncClient(timeout=timeout, transport=transport), transport


def send(
    http: httpx.Client,
    direct: httpx.BaseTransport | None,
    request: httpx.Request,
    auth: httpx.Auth | None,
) -> httpx.Response:
    """`request`, signed by `auth`, sent; the answer's body is still to be read."""
    if direct is not None:
        return send_direct(direct, request, auth)
    # Never follow a redirect: it would carry the signed request elsewhere.
    return http.send(request, auth=auth, stream=True, follow_redirects=False)


async def asend(
    http: httpx.AsyncClient,
    direct: httpx.AsyncBaseTransport | None,
    request: httpx.Request,
    auth: httpx.Auth | None,
) -> httpx.Response:
    """`send` for asyncio."""
    if direct is not None:
        return await asend_direct(direct, request, auth)
    return await http.send(request, auth=auth, stream=True, follow_redirects=False)
