"""The decisions after each attempt of one call (retry, wait, settle, raise), in one place.

A `CallState` holds what they need: the attempt number, whether the nonce retry was used,
the lost answer being settled, the idempotency key and the call's deadline. The send loops
of `WhiteBIT` and `AsyncWhiteBIT` only drive it: they ask `begin()` before an attempt, tell
it how the attempt ended (`failed`, `answered`, `unreadable`, `looked_up`) and do what the
returned `Decision` says: wait and try again, look the key up in the history, return the
call as accepted, or raise.

Idempotent calls (the contract's x-idempotency: withdrawals with a uniqueId) are settled,
never abandoned: a lost answer is sent again with the same key, and the server either books
it (the first never arrived) or refuses the key as taken (the first was booked). A refusal
for another reason, a retry budget used up, or a wait that would outlast the deadline, is
settled by looking the key up in the history, in the time the deadline leaves: a key call
keeps a share of its deadline for that lookup, and the lookup inherits the deadline.
"""

from __future__ import annotations

import time
from collections.abc import Iterator
from contextlib import contextmanager
from contextvars import ContextVar
from dataclasses import dataclass
from typing import Final

import httpx

from .._http._answer import BodyRefused, finished
from .._signing._nonce import TurnHeldByThisLoop
from .._signing._protocol import field_key
from ..errors import (
    AnswerUnreadableError,
    IdempotencyKeyTaken,
    LoopFreezeError,
    NonceError,
    OutcomeUnknownError,
    RateLimitError,
    ServerError,
    TransportError,
    UnexpectedResponseError,
    ValidationError,
    WhiteBITError,
    error_from_response,
)
from ._operations import Operation
from ._retry import RetryPolicy, never_sent, parse_retry_after

RETRY: Final = "retry"  # wait `delay`, then the next attempt
FIND: Final = "find"  # look the key up in the history, then `looked_up()`
ACCEPTED: Final = "accepted"  # the idempotent call is booked: return it as accepted
RAISE: Final = "raise"  # raise `error` from `cause`

# Timers may fire a hair early; a timeout this close to the deadline is the deadline's.
_DEADLINE_SLACK = 0.005
# The share of a key call's deadline kept for looking the key up after a lost answer, and
# its most in seconds.
_LOOKUP_SHARE = 0.25
_LOOKUP_MOST = 5.0

# The deadline of the call whose settlement runs in this context: a lookup it makes (a call
# of its own) ends by it too, instead of starting a fresh deadline.
_outer_deadline: ContextVar[float | None] = ContextVar("whitebit_outer_deadline", default=None)


@contextmanager
def sharing_deadline(deadline: float) -> Iterator[None]:
    """Calls made inside (the settling lookup) end by `deadline` at the latest."""
    token = _outer_deadline.set(deadline)
    try:
        yield
    finally:
        _outer_deadline.reset(token)


@dataclass(frozen=True)
class Decision:
    """What the driver does next; see the module's actions."""

    action: str
    delay: float = 0.0
    error: WhiteBITError | None = None
    cause: BaseException | None = None
    reason: str = ""


class CallState:
    """One call's attempts and the decisions after each; see the module docstring."""

    __slots__ = (
        "attempt",
        "attempt_deadline",
        "deadline",
        "fresh",
        "key",
        "last",
        "nonce_retried",
        "operation",
        "policy",
        "seconds",
        "sending",
        "unsettled",
        "url",
    )

    def __init__(
        self,
        operation: Operation,
        policy: RetryPolicy,
        seconds: float,
        key: str | None,
        url: object,
    ) -> None:
        now = time.monotonic()
        outer = _outer_deadline.get()
        self.operation = operation
        self.policy = policy
        self.seconds = seconds  # the client's deadline, for messages
        self.key = key
        self.url = url  # where the operation is sent (for the message when nobody answers)
        self.deadline = now + seconds if outer is None else min(now + seconds, outer)
        # Attempts of a key call end early enough to leave time for the lookup.
        reserve = min((self.deadline - now) * _LOOKUP_SHARE, _LOOKUP_MOST) if key else 0.0
        self.attempt_deadline = self.deadline - reserve
        self.attempt = 0
        self.nonce_retried = False
        self.last = ""  # why the previous attempt failed
        self.sending = False  # an attempt is under way: its request may be at the server
        # The first lost answer of a key call, until it is settled.
        self.unsettled: WhiteBITError | None = None
        # Whether the journal knew this key as neither booked nor open before the call (so
        # that a refusal means not booked).
        self.fresh = False

    @property
    def may_have_arrived(self) -> bool:
        """Whether a request of this call may have reached the server unanswered."""
        return self.sending or self.unsettled is not None

    # Before an attempt.

    def begin(self, wait: float) -> Decision | None:
        """None: start the attempt after `wait` (the rate limit); else what to do instead."""
        self.attempt += 1
        if time.monotonic() + wait < self.attempt_deadline:
            self.sending = True
            return None
        return self._out_of_time()

    def _out_of_time(self) -> Decision:
        if self.unsettled is not None:  # something may be booked: settle, never give up
            return Decision(FIND, reason="the deadline would pass before the next attempt")
        after = f" (last attempt: {self.last})" if self.last else ""
        error = TransportError(
            f"the call's deadline of {self.seconds:g} s would pass before the next attempt "
            f"could start; nothing more was sent{after}",
            operation=self.operation.operation_id,
            path=self.operation.path,
        )
        return Decision(RAISE, error=error)

    def _retry(self, delay: float, reason: str) -> Decision:
        self.last = reason
        if time.monotonic() + delay >= self.attempt_deadline:
            return self._out_of_time()
        return Decision(RETRY, delay=delay, reason=reason)

    # After an attempt.

    def failed(self, exc: Exception, status: int | None) -> Decision:
        """The attempt ended without a usable answer; `status` is the answer's status when
        its status line had arrived (the body then failed: cut off, undecodable, too large,
        too slow)."""
        self.sending = False
        if isinstance(exc, TurnHeldByThisLoop):
            if self.unsettled is not None:
                return self._give_up(str(exc), exc)
            freeze = LoopFreezeError(
                str(exc), operation=self.operation.operation_id, path=self.operation.path
            )
            return Decision(RAISE, error=freeze, cause=exc)
        return self._settle(self._after_send_failure(exc, status))

    def answered(self, response: httpx.Response, content: bytes) -> Decision | None:
        """None for a success answer (the driver reads it); else what to do next."""
        self.sending = False
        if 200 <= response.status_code <= 299:
            return None
        operation = self.operation
        read = finished(response, content)
        error = error_from_response(read, operation.operation_id, operation.path)
        if self.key is not None and key_taken(operation, error):
            error = IdempotencyKeyTaken.from_refusal(error, self.key)
        return self._settle(self._after_error_answer(error))

    def unreadable(self, error: AnswerUnreadableError) -> Decision:
        """A success status whose body could not be read. A key call is settled by the
        history (found: accepted); any other call raises `error`."""
        if self.key is None:
            return Decision(RAISE, error=error, cause=error.__cause__)
        self.unsettled = self.unsettled or error
        return Decision(FIND, reason=error.message)

    def looked_up(self, found: bool, why: str) -> Decision:
        """After the history lookup: accepted when it lists the key, else raise."""
        if found:
            return Decision(ACCEPTED)
        return self._give_up(why, None)

    def _give_up(self, why: str, cause: BaseException | None) -> Decision:
        lost = self.unsettled
        if isinstance(lost, AnswerUnreadableError):  # it said accepted: keep saying so
            return Decision(RAISE, error=lost, cause=lost.__cause__)
        return Decision(RAISE, error=self._unsettled_error(why), cause=cause)

    def _unsettled_error(self, why: str) -> OutcomeUnknownError:
        lost = self.unsettled
        cause = lost.message if lost is not None else "no answer"
        check = f"{finder(self.operation) or 'find_withdrawal'}({self.key!r})"
        because = f"; {why}" if why else ""
        return OutcomeUnknownError(
            f"could not settle the call with idempotency key {self.key!r} ({cause}{because});"
            f" it may have been applied; check {check}, and re-send only with the same key",
            operation=self.operation.operation_id,
            path=self.operation.path,
            status_code=lost.status_code if lost is not None else None,
        )

    @property
    def settled_as_not_booked(self) -> bool:
        """After a raised decision: True when the server certainly did not book the call
        (nothing was lost on the way: every attempt was refused or never sent)."""
        return self.unsettled is None and not self.sending

    def _settle(self, step: Decision) -> Decision:
        """For a key call whose attempt failed: send it again with the same key, accept it,
        or look it up; other calls take `step` as it is."""
        if self.key is None or step.error is None:
            return step
        error = step.error
        if self.unsettled is not None and key_taken(self.operation, error):
            return Decision(ACCEPTED)
        if isinstance(error, AnswerUnreadableError):  # a 2xx whose body was cut off
            self.unsettled = self.unsettled or error
            return Decision(FIND, reason=error.message)
        if not isinstance(error, OutcomeUnknownError):
            # A refusal after a lost answer may be about the first attempt's effect.
            return Decision(FIND) if self.unsettled is not None else step
        self.unsettled = self.unsettled or error
        if self.attempt < self.policy.max_attempts:
            delay = self.policy.delay(self.attempt)
            return self._retry(delay, f"settling a lost answer ({error.message})")
        return Decision(FIND, reason="the retry budget is used up")

    def _after_send_failure(self, exc: Exception, status: int | None) -> Decision:
        operation, policy = self.operation, self.policy
        reason = describe(exc)
        if isinstance(exc, TimeoutError | httpx.TimeoutException) and (
            time.monotonic() >= self.attempt_deadline - _DEADLINE_SLACK
        ):
            # The socket's timeout was cut to the deadline: say which limit ended the call.
            reason = f"the call's deadline of {self.seconds:g} s passed ({reason})"
        more = self.attempt < policy.max_attempts
        sent = status is not None or not (isinstance(exc, httpx.TransportError) and never_sent(exc))
        if not sent:
            if more and policy.retry_connect_errors:
                return self._retry(policy.delay(self.attempt), reason)
        elif operation.changes_state:
            accepted = status is not None and 200 <= status <= 299
            if status is not None:  # the status is in the message's head already
                reason = f"its answer could not be read ({reason})"
            elif isinstance(exc, httpx.ConnectTimeout):
                # httpx-aiohttp reports a connection lost after sending as ConnectTimeout.
                reason = f"the connection was lost after the request was sent ({reason})"
            else:
                reason = f"no answer ({reason})"
            unknown = outcome_unknown(operation, reason, status=status, accepted=accepted)
            return Decision(RAISE, error=unknown, cause=exc)
        elif isinstance(exc, BodyRefused | httpx.DecodingError):
            # An answer arrived but is not acceptable (too big, too slow, undecodable):
            # asking again would get the same.
            error: WhiteBITError = UnexpectedResponseError(
                f"answer could not be read ({reason})",
                operation=operation.operation_id,
                path=operation.path,
                status_code=status,
            )
            return Decision(RAISE, error=error, cause=exc)
        elif more and policy.retry_reads_on_server_errors:
            return self._retry(policy.delay(self.attempt), reason)
        if not sent:
            tries = f"{self.attempt} attempt{'s' if self.attempt > 1 else ''}"
            what = f"could not connect to {self.url} after {tries}; nothing was sent"
        elif status is not None:
            what = "answer could not be read"
        else:
            what = "no answer"
        error = TransportError(
            f"{what} ({reason})",
            operation=operation.operation_id,
            path=operation.path,
            status_code=status,
        )
        return Decision(RAISE, error=error, cause=exc)

    def _after_error_answer(self, error: WhiteBITError) -> Decision:
        operation, policy = self.operation, self.policy
        more = self.attempt < policy.max_attempts
        if isinstance(error, NonceError) and policy.retry_nonce_errors and not self.nonce_retried:
            # The server did not act on the request: safe to re-send, with a new nonce, at
            # once; it does not count as an attempt.
            self.nonce_retried = True
            self.attempt -= 1
            return self._retry(0.0, error.message)
        if isinstance(error, RateLimitError) and more and policy.retry_rate_limits:
            retry_after = parse_retry_after(error.response) if error.response else None
            return self._retry(policy.delay(self.attempt, retry_after), error.message)
        if isinstance(error, ServerError):
            if operation.changes_state:
                unknown = outcome_unknown(
                    operation,
                    f"the server failed ({error.message})",
                    status=error.status_code,
                    response=error.response,
                )
                return Decision(RAISE, error=unknown)
            if more and policy.retry_reads_on_server_errors:
                retry_after = parse_retry_after(error.response) if error.response else None
                return self._retry(policy.delay(self.attempt, retry_after), error.message)
        return Decision(RAISE, error=error)


def outcome_unknown(
    operation: Operation,
    reason: str,
    *,
    status: int | None = None,
    response: httpx.Response | None = None,
    accepted: bool = False,
) -> OutcomeUnknownError:
    """The error for a state-changing call whose answer was lost (or, `accepted`, a 2xx
    whose body could not be read)."""
    check = operation.check_with
    hint = f"check {check}() before trying again" if check else "check the account first"
    if accepted:  # a 2xx arrived: the change most likely happened
        kind: type[OutcomeUnknownError] = AnswerUnreadableError
        said = f"the server accepted the request but {reason}; it was not re-sent: {hint}"
    else:
        kind = OutcomeUnknownError
        said = f"{reason}; the request may have been applied and was not re-sent: {hint}"
    return kind(
        said,
        operation=operation.operation_id,
        path=operation.path,
        status_code=status,
        response=response,
    )


def key_of(operation: Operation, body: dict[str, object]) -> str | None:
    """The idempotency key a call's body carries (None: not an idempotent call)."""
    facts = operation.idempotency
    value = body.get(str(facts["key"])) if facts else None
    return value if isinstance(value, str) else None


def key_taken(operation: Operation, error: WhiteBITError | None) -> bool:
    """True when `error` refuses this call's key as already used: the first was booked."""
    if not isinstance(error, ValidationError) or not operation.idempotency:
        return False
    wanted = field_key(str(operation.idempotency["key"]))
    return any(
        field_key(name) == wanted and any("already been taken" in m for m in messages)
        for name, messages in error.errors.items()
    )


def finder(operation: Operation) -> str | None:
    """The method that finds what a call with this operation's key booked."""
    found = (operation.idempotency or {}).get("find") or {}
    method = found.get("method")
    return str(method) if method else None


def describe(exc: BaseException) -> str:
    if isinstance(exc, BodyRefused):
        return exc.reason
    text = str(exc)
    return f"{type(exc).__name__}: {text}" if text else type(exc).__name__
