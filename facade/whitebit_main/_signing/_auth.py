"""Request signing as an httpx auth hook.

The facade hands the operation's fields to the hook through a request extension; the hook
adds the envelope (`request`, `nonce`, optional `nonceWindow`), serialises the body once,
compactly, and signs exactly the bytes it sends. A request built by other code with a JSON
body is signed the same way, so a caller's own `httpx.Client(auth=...)` works too.
"""

from __future__ import annotations

import base64
import hashlib
import hmac
import json
from collections.abc import AsyncGenerator, Generator
from typing import Any

import httpx

# The call's deadline (DEADLINE_EXTENSION, a `time.monotonic()` value): waiting for the key's
# turn (strict) or for the clock (window) ends there with OrderingTimeout, before anything is
# sent.
from .._http._answer import DEADLINE_EXTENSION
from ._nonce import KeyOrder, NonceSource, OrderingTimeout, nonce_source_for
from ._protocol import (
    API_KEY_HEADER,
    NONCE_FIELD,
    NONCE_WINDOW_FIELD,
    PAYLOAD_HEADER,
    REQUEST_FIELD,
    SIGNATURE_HEADER,
)

__all__ = ["BODY_EXTENSION", "DEADLINE_EXTENSION", "WhiteBITAuth", "dump_body"]

BODY_EXTENSION = "whitebit.body"
_REPLACED_HEADERS = frozenset({b"content-type", b"content-length"})
_API_KEY, _PAYLOAD, _SIGNATURE = (
    name.encode() for name in (API_KEY_HEADER, PAYLOAD_HEADER, SIGNATURE_HEADER)
)

# What `json.dumps(body, separators=(",", ":"))` builds on every call, built once.
_COMPACT_JSON = json.JSONEncoder(separators=(",", ":"))


def dump_body(body: dict[str, Any]) -> bytes:
    """The compact JSON form sent on the wire (and therefore signed)."""
    return _COMPACT_JSON.encode(body).encode()


class WhiteBITAuth(httpx.Auth):
    """Signs every request with an API key and secret (HMAC-SHA512 over the base64 body)."""

    requires_request_body = True

    def __init__(
        self,
        api_key: str,
        api_secret: str,
        *,
        nonce_window: bool = False,
        nonces: NonceSource | None = None,
    ) -> None:
        self.api_key = api_key
        try:
            self._api_key_header = api_key.encode("ascii")  # the header's bytes, built once
        except UnicodeEncodeError:
            raise ValueError("api_key must be ASCII: it travels in an HTTP header") from None
        self._secret = api_secret.encode()
        self.nonce_window = nonce_window
        self._nonces = nonces if nonces is not None else nonce_source_for(api_key)

    def __repr__(self) -> str:
        return f"WhiteBITAuth(api_key={self.api_key!r}, api_secret='***')"

    def __reduce__(self) -> Any:
        raise TypeError("WhiteBITAuth holds an API secret and cannot be pickled")

    def sign(self, request: httpx.Request, nonce: int | None = None) -> httpx.Request:
        """The request to send: `request` with the envelope added to its JSON body, that body
        serialised once and the signing headers set. `request` itself is left as it was.
        Without `nonce`, a strict one is drawn."""
        fields = request.extensions.get(BODY_EXTENSION)
        if fields is None:
            raw = request.content
            fields = json.loads(raw) if raw else {}
            if not isinstance(fields, dict):
                raise ValueError("a signed WhiteBIT request needs a JSON object body")
        if nonce is None:
            nonce = self._nonces.next()
        body = {**fields, REQUEST_FIELD: request.url.path, NONCE_FIELD: nonce}
        if self.nonce_window:
            body[NONCE_WINDOW_FIELD] = True
        content = dump_body(body)
        payload = base64.b64encode(content)
        signature = hmac.new(self._secret, payload, hashlib.sha512).hexdigest()
        # The original headers (Host and all, already prepared) minus the two this replaces,
        # then the signing headers: one list, so no header is looked up or set one by one.
        headers = [
            (name, value)
            for name, value in request.headers.raw
            if name.lower() not in _REPLACED_HEADERS
        ]
        headers += [
            (b"Content-Type", b"application/json"),
            (b"Content-Length", str(len(content)).encode()),
            (_API_KEY, self._api_key_header),
            (_PAYLOAD, payload),
            (_SIGNATURE, signature.encode()),
        ]
        # A stream, not `content=`: `content=` would prepare the headers all over again.
        signed = httpx.Request(
            request.method,
            request.url,
            headers=headers,
            stream=httpx.ByteStream(content),
            extensions=request.extensions,
        )
        signed.read()  # so that `signed.content` is the signed bytes, for hooks and logs
        return signed

    def auth_flow(self, request: httpx.Request) -> Generator[httpx.Request, httpx.Response, None]:
        yield self.sign(request)

    # Strict nonces must reach the server in the order they were drawn: hold the key's
    # ordering lock (one for every thread and event loop of the process) from signing until
    # the answer (or failure) comes back. With a nonce window any order is accepted, so calls
    # run concurrently, only paced so that their nonces stay inside the server's window.
    def sync_auth_flow(
        self, request: httpx.Request
    ) -> Generator[httpx.Request, httpx.Response, None]:
        if self.requires_request_body:
            request.read()
        deadline = request.extensions.get(DEADLINE_EXTENSION)
        nonces = self._nonces
        if self.nonce_window:
            try:
                nonce = nonces.next_in_window(deadline)
            except OrderingTimeout as exc:
                exc.request = request
                raise
            yield self.sign(request, nonce)
            return
        order = nonces.in_order
        if not isinstance(order, KeyOrder):  # any context manager may stand in (or turn it off)
            with order:
                yield self.sign(request)
            return
        try:
            order.hold(deadline)
        except OrderingTimeout as exc:
            exc.request = request
            raise
        try:
            yield self.sign(request)
        finally:
            order.release()

    async def async_auth_flow(
        self, request: httpx.Request
    ) -> AsyncGenerator[httpx.Request, httpx.Response]:
        if self.requires_request_body:
            await request.aread()
        deadline = request.extensions.get(DEADLINE_EXTENSION)
        nonces = self._nonces
        if self.nonce_window:
            try:
                nonce = await nonces.anext_in_window(deadline)
            except OrderingTimeout as exc:
                exc.request = request
                raise
            yield self.sign(request, nonce)
            return
        order = nonces.in_order
        if not isinstance(order, KeyOrder):
            with order:
                yield self.sign(request)
            return
        if not order.try_acquire():  # the uncontended case needs no coroutine
            try:
                await order.acquire_async(deadline)
            except OrderingTimeout as exc:
                exc.request = request
                raise
        try:
            yield self.sign(request)
        finally:
            order.release()
