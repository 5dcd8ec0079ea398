"""What the sandbox answers: a `Reply`, or a `Refusal` raised anywhere in the pipeline.

Every refusal carries WhiteBIT's status, `code` and message text, so each check can stop
a request with one `raise` and the server turns it into the same JSON shape WhiteBIT uses:
`{"code": 0, "message": ..., "errors": {field: [messages]}}` (`errors` only when present).
"""

from __future__ import annotations

import json
from collections.abc import Mapping
from dataclasses import dataclass, field
from decimal import Decimal
from typing import Any

from whitebit_sandbox._core._amounts import money

VALIDATION_FAILED = "Validation failed"
INNER_VALIDATION_FAILED = "Inner validation failed"


@dataclass(frozen=True)
class Reply:
    """One HTTP answer: status, JSON body (None for an empty body) and extra headers."""

    status: int
    body: Any = None
    headers: Mapping[str, str] = field(default_factory=dict)

    def content(self) -> bytes:
        """The body bytes; compact JSON like WhiteBIT's, empty when there is no body."""
        if self.body is None:
            return b""
        return json.dumps(self.body, separators=(",", ":")).encode()


class Refusal(Exception):
    """A request the sandbox turns down, with the answer WhiteBIT would give."""

    def __init__(
        self,
        status: int,
        message: str,
        *,
        code: int = 0,
        errors: Mapping[str, list[str]] | None = None,
        headers: Mapping[str, str] | None = None,
    ) -> None:
        super().__init__(f"HTTP {status}: {message}")
        self.status = status
        self.message = message
        self.code = code
        self.errors = dict(errors) if errors else {}
        self.headers = dict(headers) if headers else {}

    def reply(self) -> Reply:
        body: dict[str, Any] = {"code": self.code, "message": self.message}
        if self.errors:
            body["errors"] = self.errors
        return Reply(self.status, body, self.headers)


def unauthorized(message: str, status: int = 401) -> Refusal:
    """An authentication failure (401, or 429 for the two nonce cases WhiteBIT answers so)."""
    return Refusal(status, message)


def invalid(field_name: str, message: str) -> Refusal:
    """HTTP 400 `Validation failed` about one field."""
    return Refusal(400, VALIDATION_FAILED, errors={field_name: [message]})


def inner(field_name: str, message: str, *, code: int = 0) -> Refusal:
    """HTTP 422 `Inner validation failed`: well-formed, but a business rule said no."""
    return Refusal(422, INNER_VALIDATION_FAILED, code=code, errors={field_name: [message]})


def not_enough_to_transfer(available: Decimal, amount: Decimal) -> Refusal:
    """WhiteBIT's 422 (code 5) for a transfer larger than the balance it comes from."""
    return inner(
        "amount",
        "You don't have such amount for transfer "
        f"(available {money(available)}, in amount: {money(amount)})",
        code=5,
    )
