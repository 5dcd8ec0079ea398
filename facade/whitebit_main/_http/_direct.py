"""Sending straight to the transport when a client built its own httpx client.

`httpx.Client.send` does, on every request, work these calls never need: it merges and
extracts cookies (WhiteBIT sets none; the extraction alone is about a quarter of the
client's CPU per call), handles redirects (never followed here) and runs event hooks (a
client we built has none). So a client that built its own httpx client hands each request
to that client's transport itself, driving the signing hook's auth flow the way httpx does.
A caller's own `http_client` always goes through its `send()`: its hooks, mounts and
proxies apply. With proxies named in the environment the client builds a plain httpx
client and sends through it, so that httpx routes through them as it always does.
"""

from __future__ import annotations

import urllib.request

import httpx


def environment_proxies() -> bool:
    """Whether the environment names proxies (HTTP_PROXY, HTTPS_PROXY, ALL_PROXY...). httpx
    honours them only in a client built without a transport, and only inside send(): a
    client then builds a plain httpx client and sends through it."""
    return any(scheme != "no" for scheme in urllib.request.getproxies())


def _second_request() -> RuntimeError:
    # WhiteBITAuth's flows sign once; another request from one would be a bug, not a retry.
    return RuntimeError("the signing hook asked to send a second request")


def send_direct(
    transport: httpx.BaseTransport, request: httpx.Request, auth: httpx.Auth | None
) -> httpx.Response:
    """`request` signed by `auth` (if any) and sent; the answer's body still to be read."""
    if auth is None:
        response = transport.handle_request(request)
        response.request = request
        return response
    flow = auth.sync_auth_flow(request)
    try:
        signed = next(flow)
        response = transport.handle_request(signed)
        response.request = signed
        try:
            flow.send(response)
        except StopIteration:
            return response
        except BaseException:
            response.close()
            raise
        response.close()
        raise _second_request()
    finally:
        flow.close()  # on failure, lets the hook release the key's ordering lock


async def asend_direct(
    transport: httpx.AsyncBaseTransport, request: httpx.Request, auth: httpx.Auth | None
) -> httpx.Response:
    """`send_direct` for asyncio."""
    if auth is None:
        response = await transport.handle_async_request(request)
        response.request = request
        return response
    flow = auth.async_auth_flow(request)
    try:
        signed = await flow.__anext__()
        response = await transport.handle_async_request(signed)
        response.request = signed
        try:
            await flow.asend(response)
        except StopAsyncIteration:
            return response
        except BaseException:
            await response.aclose()
            raise
        await response.aclose()
        raise _second_request()
    finally:
        await flow.aclose()
