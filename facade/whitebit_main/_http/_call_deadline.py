"""The deadline of the blocking call running in this thread, for the transport to honour.

Kept apart from `_deadline_transport` (which needs httpcore) so that importing the client
stays light; see that module for why the bound lives in the sockets.
"""

from __future__ import annotations

import time
from collections.abc import Iterator
from contextlib import contextmanager
from contextvars import ContextVar

# The running call's deadline, a time.monotonic() value; None outside a call.
_deadline: ContextVar[float | None] = ContextVar("whitebit_call_deadline", default=None)


@contextmanager
def call_deadline(deadline: float) -> Iterator[None]:
    """Bound every socket wait of this thread's call by `deadline` (time.monotonic())."""
    token = _deadline.set(deadline)
    try:
        yield
    finally:
        _deadline.reset(token)


def bounded(timeout: float | None, expired: type[Exception]) -> float | None:
    """`timeout` cut to the time left until the call's deadline; `expired` once it passed."""
    deadline = _deadline.get()
    if deadline is None:
        return timeout
    left = deadline - time.monotonic()
    if left <= 0:
        raise expired("the call's deadline passed")
    return left if timeout is None else min(timeout, left)
