"""Injected faults: the request is applied, then its answer is lost.

For testing what a client does on its worst day: the sandbox books the operation as usual
and then, instead of answering, drops the connection, hangs past the client's timeout, or
answers 503 like an overloaded gateway. Each injected fault is used up by one request.
"""

from __future__ import annotations

import threading
from collections import deque
from typing import Literal

FaultKind = Literal["drop", "hang", "503"]
KINDS: tuple[FaultKind, ...] = ("drop", "hang", "503")


class FaultPlan:
    """Pending faults per request path, taken in order, safe across server threads."""

    def __init__(self) -> None:
        self._lock = threading.Lock()
        self._pending: dict[str, deque[FaultKind]] = {}

    def add(self, path: str, kind: FaultKind, times: int = 1) -> None:
        if kind not in KINDS:
            raise ValueError(f"fault must be one of {', '.join(KINDS)}, got {kind!r}")
        if times < 1:
            raise ValueError("times must be at least 1")
        with self._lock:
            self._pending.setdefault(path, deque()).extend([kind] * times)

    def take(self, path: str) -> FaultKind | None:
        with self._lock:
            pending = self._pending.get(path)
            return pending.popleft() if pending else None

    def clear(self) -> None:
        with self._lock:
            self._pending.clear()
