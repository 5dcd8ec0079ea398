"""Exceptions raised by WhiteBIT clients.

Every failure of a call surfaces as a `WhiteBITError`: an answer from the server (a subclass
chosen by status and message), an answer that cannot be understood
(`UnexpectedResponseError`) or no answer at all (`TransportError`). A documented error body
is parsed by the generated `ApiError` model and kept as `exc.body`. Bad arguments are caught
before sending and raise plain `TypeError` / `ValueError`.
"""

from __future__ import annotations

import json
from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, Self

import httpx

from ._calls._json import loads_exact

if TYPE_CHECKING:
    from whitebit_main_api.models.api_error import ApiError

__all__ = [
    "AnswerUnreadableError",
    "AuthenticationError",
    "IdempotencyKeyTaken",
    "InnerValidationError",
    "LoopFreezeError",
    "NonceError",
    "NotFoundError",
    "OutcomeUnknownError",
    "PaginationError",
    "PaginationLimitError",
    "PermissionDeniedError",
    "RateLimitError",
    "ServerError",
    "TransportError",
    "UnexpectedResponseError",
    "ValidationError",
    "WhiteBITError",
]

# Messages WhiteBIT uses when it rejects a nonce: "Too many requests." (HTTP 429) is, despite
# its wording, the answer to a nonce that is not larger than the previous one; the others come
# with HTTP 401 (or 400). The same words under another status (a 5xx from a proxy, say) are not a
# nonce refusal: the server may have acted, so they never earn the nonce retry.
NONCE_STATUSES = frozenset({400, 401, 429})
_NONCE_MESSAGES = (
    "too many requests.",
    "nonce not provided.",
    "invalid noncewindow.",
)


class WhiteBITError(Exception):
    """Base of every error a call raises.

    Attributes: `status_code` (None without an answer), `code` and `message` from the error
    body, `hint` (what to check, for terse refusals such as a wrong signature), `errors`
    (field name -> messages), `body` (the error body as the generated `ApiError` model, None
    when there was none or it did not fit the documented shape), `operation` (operationId),
    `path`, the raw `response` (None without an answer), and `idempotency_key`: the key a
    call with one (`create_withdraw`, `create_withdraw_pay`) was sent with, also named in
    the message; re-send only with that same key (None for calls without one).
    """

    idempotency_key: str | None = None

    def __init__(
        self,
        message: str,
        *,
        operation: str,
        path: str,
        status_code: int | None = None,
        code: int | None = None,
        errors: Mapping[str, list[str]] | None = None,
        response: httpx.Response | None = None,
        body: ApiError | None = None,
        hint: str | None = None,
    ) -> None:
        self.message = message
        self.hint = hint
        self.operation = operation
        self.path = path
        self.status_code = status_code
        self.code = code
        self.errors: dict[str, list[str]] = dict(errors or {})
        self.response = response
        self.body = body
        super().__init__(self._render())

    def _render(self) -> str:
        status = f"HTTP {self.status_code}, " if self.status_code is not None else ""
        head = f"{self.operation} failed ({status}{self.message})"
        details = "; ".join(
            f"{field}: {', '.join(messages)}" for field, messages in self.errors.items()
        )
        text = f"{head}: {details}" if details else head
        text = f"{text}; {self.hint}" if self.hint else text
        key = self.idempotency_key
        if key is not None and repr(key) not in text:
            text = f"{text} [idempotency key {key!r}]"
        return text

    def with_key(self, key: str) -> Self:
        """This error, naming the idempotency key its call was sent with (in place)."""
        self.idempotency_key = key
        self.args = (self._render(),)
        return self

    def __reduce__(self) -> Any:
        # Pickle without the response: it holds the signed request headers.
        return (
            _rebuild,
            (
                type(self),
                self.message,
                self.operation,
                self.path,
                self.status_code,
                self.code,
                self.errors,
                self.body,
                self.hint,
                self.idempotency_key,
            ),
        )


def _rebuild(
    cls: type[WhiteBITError],
    message: str,
    operation: str,
    path: str,
    status_code: int | None,
    code: int | None,
    errors: dict[str, list[str]],
    body: ApiError | None,
    hint: str | None,
    idempotency_key: str | None = None,
) -> WhiteBITError:
    error = cls(
        message,
        operation=operation,
        path=path,
        status_code=status_code,
        code=code,
        errors=errors,
        body=body,
        hint=hint,
    )
    return error.with_key(idempotency_key) if idempotency_key is not None else error


class ValidationError(WhiteBITError):
    """HTTP 400: the server rejected the request's fields."""


class AuthenticationError(WhiteBITError):
    """HTTP 401: key, signature, payload or nonce not accepted."""


class NonceError(AuthenticationError):
    """The nonce was rejected (stale, missing, or outside the window); not a rate limit.

    Re-sending with a fresh nonce is safe: the server did not act on the request.
    """


class PermissionDeniedError(WhiteBITError):
    """HTTP 403: the key or account may not use this operation."""


class NotFoundError(WhiteBITError):
    """HTTP 404."""


class InnerValidationError(WhiteBITError):
    """HTTP 422: well-formed request refused by a business rule (balance, limits, state)."""


class RateLimitError(WhiteBITError):
    """HTTP 429: too many requests; the server dropped this one."""

    @property
    def retry_after(self) -> float | None:
        """Seconds from a `Retry-After` header, if the server sent one."""
        value = self.response.headers.get("Retry-After") if self.response is not None else None
        try:
            return float(value) if value is not None else None
        except ValueError:
            return None


class ServerError(WhiteBITError):
    """HTTP 5xx."""


class UnexpectedResponseError(WhiteBITError):
    """An answer the contract does not describe: undocumented status, or a body that is not
    JSON or does not match the documented schema."""


class TransportError(WhiteBITError):
    """No usable answer: connection, timeout or protocol failure (wraps httpx's error)."""


class OutcomeUnknownError(TransportError):
    """A state-changing request may have reached the server but its answer was lost.

    It was not re-sent. Check the matching history operation before trying again.
    """


class AnswerUnreadableError(OutcomeUnknownError, UnexpectedResponseError):
    """The server ACCEPTED a state-changing request (a 2xx status) but its answer could not
    be read (not JSON, not the documented shape, too large, or cut off).

    The change most likely happened. It was not re-sent; check the matching history
    operation for the result.
    """


class LoopFreezeError(TransportError):
    """A blocking `WhiteBIT` call was made on the thread of a running event loop while a
    task of that loop holds (or is next in line for) the API key's strict-nonce turn:
    waiting would freeze the loop until the deadline, so it fails at once. Nothing was sent.
    Await `AsyncWhiteBIT` in the loop, run the blocking call in a worker thread, or use
    `nonce_window=True`."""


class PaginationError(WhiteBITError):
    """A walk through pages cannot go on exactly: the server repeated a page, or a page
    brought no record the walk had not seen (a server that ignores `offset`)."""


class PaginationLimitError(WhiteBITError):
    """A walk through pages reached WhiteBIT's offset cap (offset + limit <= 10000) with
    items left: nothing past the cap can be read. Narrow the set with the named filters."""


_BY_STATUS: dict[int, type[WhiteBITError]] = {
    400: ValidationError,
    401: AuthenticationError,
    403: PermissionDeniedError,
    404: NotFoundError,
    422: InnerValidationError,
    429: RateLimitError,
}


def _normalise_errors(raw: object) -> dict[str, list[str]]:
    if not isinstance(raw, Mapping):
        return {}
    out: dict[str, list[str]] = {}
    for field, value in raw.items():
        if isinstance(value, list):
            out[str(field)] = [
                v if isinstance(v, str) else json.dumps(v, default=str) for v in value
            ]
        elif isinstance(value, str):
            out[str(field)] = [value]
        else:
            out[str(field)] = [json.dumps(value, default=str)]
    return out


def _decode(response: httpx.Response) -> dict[str, Any] | None:
    try:
        data = loads_exact(response.content)
    except (ValueError, RecursionError):
        return None
    return data if isinstance(data, dict) else None


def _typed_body(
    body: dict[str, Any] | None, code: int | None, errors: dict[str, list[str]]
) -> ApiError | None:
    """The error body as the generated model, when it has the documented shape."""
    if body is None:
        return None
    if not isinstance(body.get("message"), str):  # the one field every error body has
        return None
    if body.get("code") is not None and code is None:
        return None
    from whitebit_main_api.models.api_error import ApiError  # loaded with the first error

    try:
        return ApiError.from_dict({**body, "errors": errors} if "errors" in body else body)
    except (TypeError, ValueError, KeyError, AttributeError):
        return None


# What to do about WhiteBIT's authentication refusals, beside their terse texts.
_AUTH_HINTS = {
    "unauthorized request.": "the signature did not match: check the API secret",
    "invalid payload": "the payload did not match the body: check for a proxy rewriting it",
    "payload not provided.": "no signature headers arrived: check for a proxy dropping them",
    "this action is unauthorized. enable your key in api settings": (
        "check that the API key is enabled and this machine's IP is allowed"
    ),
}


def _int_code(value: object) -> int | None:
    return value if isinstance(value, int) and not isinstance(value, bool) else None


def error_from_response(response: httpx.Response, operation: str, path: str) -> WhiteBITError:
    """The exception for a non-success answer."""
    status = response.status_code
    body = _decode(response)
    message = body.get("message") if body else None
    code = _int_code(body.get("code")) if body else None
    errors = _normalise_errors(body.get("errors")) if body else {}
    typed = _typed_body(body, code, errors)
    if not isinstance(message, str) or not message:
        message = httpx.codes.get_reason_phrase(status) or "error"
        if body is None and response.content:
            message += " (body is not JSON)"
    hint = _AUTH_HINTS.get(message.lower()) if status in (401, 403) else None
    cls: type[WhiteBITError]
    if status in NONCE_STATUSES and (
        message.lower() in _NONCE_MESSAGES or "nonce" in message.lower()
    ):
        cls = NonceError
    elif status in _BY_STATUS and (body is not None or status not in (400, 422)):
        cls = _BY_STATUS[status]
    elif 500 <= status <= 599:
        cls = ServerError
    else:
        cls = UnexpectedResponseError
    return cls(
        message,
        operation=operation,
        path=path,
        status_code=status,
        code=code,
        errors=errors,
        response=response,
        body=typed,
        hint=hint,
    )


class CoordinationError(WhiteBITError):
    """The shared coordination backend (`RedisCoordination`) could not be asked for a
    nonce or a rate-limit slot: Redis is down, unreachable or refused the command. Nothing
    was sent: without the backend, nonces and limits would no longer be coordinated with
    the other processes of the key, so the client never falls back to guessing them."""


__all__ += ["CoordinationError"]  # apart from the list above: merges stay simple


# --- issue 23: a reused idempotency key -------------------------------------------------


class IdempotencyKeyTaken(ValidationError):
    """HTTP 400: the call's idempotency key (`unique_id`) was used before, so the server
    booked nothing this time. A `ValidationError` still (handlers of that keep working);
    `key` is the key refused. If the earlier call with it was yours, it was booked: look it
    up (`find_withdrawal(key)`) instead of sending again; else make up a new key."""

    @property
    def key(self) -> str | None:
        """The idempotency key the server refused as taken."""
        return self.idempotency_key

    @classmethod
    def from_refusal(cls, error: WhiteBITError, key: str) -> IdempotencyKeyTaken:
        """The refusal `error` (a ValidationError naming the key as taken) as this class."""
        taken = cls(
            error.message,
            operation=error.operation,
            path=error.path,
            status_code=error.status_code,
            code=error.code,
            errors=error.errors,
            response=error.response,
            body=error.body,
            hint=error.hint,
        )
        return taken.with_key(key)
