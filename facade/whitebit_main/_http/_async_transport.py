"""Which HTTP transport the async client builds when the caller brings none.

httpx's own async connection pool is slow under many concurrent requests; with the
`aiohttp` extra installed (`pip install whitebit-main[aiohttp]`) AsyncWhiteBIT sends through
aiohttp instead, behind the same httpx interface, so signing, hooks and errors are unchanged.
"""

from __future__ import annotations

import importlib.util

import httpx

LIMITS = httpx.Limits(max_connections=100, max_keepalive_connections=50)


def aiohttp_available() -> bool:
    return importlib.util.find_spec("httpx_aiohttp") is not None


def default_async_transport() -> httpx.AsyncBaseTransport | None:
    """An aiohttp-backed transport when the extra is installed, else None (httpx's own)."""
    if not aiohttp_available():
        return None
    from httpx_aiohttp import AiohttpTransport

    transport: httpx.AsyncBaseTransport = AiohttpTransport(limits=LIMITS)
    return transport
