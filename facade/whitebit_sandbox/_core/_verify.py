"""Server-side authentication of a signed request, in the order WhiteBIT checks it.

key -> payload header present -> payload is base64 of the exact body bytes -> HMAC-SHA512
signature -> body is a JSON object -> `request` present and equal to the path -> `nonce`
present -> `nonceWindow` is a boolean -> nonce accepted. Each failure raises the `Refusal`
with WhiteBIT's status and text. A stale nonce really is answered "Too many requests."
with HTTP 429; that is WhiteBIT's wording, not a rate limit.
"""

from __future__ import annotations

import base64
import binascii
import hashlib
import heapq
import hmac
import json
import threading
import time
from collections.abc import Callable, Mapping
from dataclasses import dataclass, field
from decimal import Decimal
from typing import Any

from whitebit_main._signing._protocol import (
    API_KEY_HEADER,
    NONCE_FIELD,
    NONCE_WINDOW_FIELD,
    NONCE_WINDOW_MS,
    PAYLOAD_HEADER,
    REQUEST_FIELD,
    SIGNATURE_HEADER,
)

from whitebit_sandbox._core._replies import unauthorized

KEY_DISABLED = "This action is unauthorized. Enable your key in API settings"
NO_PAYLOAD = "Payload not provided."
BAD_PAYLOAD = "Invalid payload"
BAD_SIGNATURE = "Unauthorized request."
NO_REQUEST = "Request not provided."
NO_NONCE = "Nonce not provided."
BAD_NONCE_WINDOW = "Invalid nonceWindow."
NONCE_OUTSIDE_WINDOW = "Your nonce is more than 5 seconds lesser than the current nonce"
NONCE_REUSED = "Too many requests."

WINDOW_MS = NONCE_WINDOW_MS  # the protocol's window, kept under the name used here


@dataclass(frozen=True)
class KeyInfo:
    """What the verifier needs to know about an API key."""

    account: str
    secret: str = field(repr=False)
    enabled: bool


@dataclass(frozen=True)
class Caller:
    """The authenticated sender of a request."""

    account: str
    api_key: str


def _reject_constant(name: str) -> Any:
    raise ValueError(f"{name} is not JSON")


def parse_json_object(content: bytes) -> dict[str, Any] | None:
    """The body as a JSON object with exact decimals (no floats), or None if it is not one."""
    try:
        data = json.loads(content, parse_float=Decimal, parse_constant=_reject_constant)
    except (ValueError, UnicodeDecodeError, RecursionError):
        return None
    return data if isinstance(data, dict) else None


def _nonce_value(raw: object) -> int | None:
    """WhiteBIT takes a number; a string of digits (older clients) is accepted too."""
    if isinstance(raw, bool):
        return None
    if isinstance(raw, int):
        return raw
    if isinstance(raw, str) and raw.isascii() and raw.isdigit():
        return int(raw)
    return None


class NonceBook:
    """Per API key: the largest nonce seen, and the window nonces still inside the window.

    One lock makes "check and record" atomic, so two concurrent requests can never both be
    accepted with the same nonce.
    """

    def __init__(self, clock_ms: Callable[[], int]) -> None:
        self._clock_ms = clock_ms
        self._lock = threading.Lock()
        self._last: dict[str, int] = {}
        self._seen: dict[str, set[int]] = {}
        self._expiry: dict[str, list[int]] = {}

    def accept(self, api_key: str, nonce: int, window: bool) -> None:
        with self._lock:
            if window:
                self._accept_in_window(api_key, nonce)
            elif nonce <= self._last.get(api_key, 0):
                raise unauthorized(NONCE_REUSED, status=429)
            self._last[api_key] = max(nonce, self._last.get(api_key, 0))

    def _accept_in_window(self, api_key: str, nonce: int) -> None:
        now = self._clock_ms()
        if abs(nonce - now) > WINDOW_MS:
            raise unauthorized(NONCE_OUTSIDE_WINDOW)
        seen = self._seen.setdefault(api_key, set())
        expiry = self._expiry.setdefault(api_key, [])
        while expiry and expiry[0] < now - WINDOW_MS:  # too old to pass the check above
            seen.discard(heapq.heappop(expiry))
        if nonce in seen:
            raise unauthorized(NONCE_REUSED, status=429)
        seen.add(nonce)
        heapq.heappush(expiry, nonce)


class Verifier:
    """Checks the signature envelope of a request and returns who sent it and the body."""

    def __init__(
        self,
        lookup: Callable[[str], KeyInfo | None],
        clock_ms: Callable[[], int] | None = None,
    ) -> None:
        self._lookup = lookup
        self.nonces = NonceBook(clock_ms or (lambda: time.time_ns() // 1_000_000))

    def verify(
        self, path: str, headers: Mapping[str, str], content: bytes
    ) -> tuple[Caller, dict[str, Any]]:
        """`headers` has lower-case names. Raises `Refusal` at the first failed check."""
        api_key = headers.get(API_KEY_HEADER.lower(), "")
        info = self._lookup(api_key) if api_key else None
        if info is None or not info.enabled:
            raise unauthorized(KEY_DISABLED)
        payload = headers.get(PAYLOAD_HEADER.lower(), "").strip()
        if not payload:
            raise unauthorized(NO_PAYLOAD)
        try:
            decoded = base64.b64decode(payload, validate=True)
        except (binascii.Error, ValueError):
            decoded = None
        if decoded != content:
            raise unauthorized(BAD_PAYLOAD)
        expected = hmac.new(info.secret.encode(), payload.encode(), hashlib.sha512).hexdigest()
        signature = headers.get(SIGNATURE_HEADER.lower(), "").strip().lower()
        if not signature.isascii() or not hmac.compare_digest(expected, signature):
            raise unauthorized(BAD_SIGNATURE)
        body = parse_json_object(content)
        if body is None:
            raise unauthorized(BAD_PAYLOAD)
        if body.get(REQUEST_FIELD) in (None, ""):
            raise unauthorized(NO_REQUEST)
        if body[REQUEST_FIELD] != path:
            raise unauthorized(BAD_SIGNATURE)
        nonce = _nonce_value(body.get(NONCE_FIELD))
        if nonce is None:
            raise unauthorized(NO_NONCE)
        window = body.get(NONCE_WINDOW_FIELD, False)
        if not isinstance(window, bool):
            raise unauthorized(BAD_NONCE_WINDOW)
        self.nonces.accept(api_key, nonce, window)
        return Caller(info.account, api_key), body
