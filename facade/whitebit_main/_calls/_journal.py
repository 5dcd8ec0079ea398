"""A durable record of money calls, for settling them after a crash (`journal=` option).

Each call with an idempotency key (`create_withdraw`, `create_withdraw_pay`) is written to a
SQLite file before its first byte is sent: key, operation, body (the operation's own fields,
secrets redacted; never the signed envelope) and time. When the call ends it is marked
`booked` (accepted), `not booked` (refused, or never sent) or left `open` (its outcome is
unknown: a lost answer, a cancellation, a kill). `reconcile()` on a client looks every open
entry up in the history and marks it. Each write is committed at once (SQLite's own
durability), so a process killed at any moment leaves either no entry (nothing was sent) or
an open one.
"""

from __future__ import annotations

import json
import os
import threading
import time
from dataclasses import dataclass
from typing import TYPE_CHECKING, Any, Final

from .._http._logging import _rules_for, redact

if TYPE_CHECKING:  # loaded by the first Journal: clients without one never import sqlite3
    import sqlite3

OPEN: Final = "open"
BOOKED: Final = "booked"
NOT_BOOKED: Final = "not booked"
UNKNOWN: Final = "unknown"  # reported by reconcile(); the entry stays open

_SCHEMA = """
CREATE TABLE IF NOT EXISTS calls (
    key TEXT PRIMARY KEY,
    operation TEXT NOT NULL,
    body TEXT NOT NULL,
    opened REAL NOT NULL,
    state TEXT NOT NULL,
    settled REAL
)
"""


@dataclass(frozen=True)
class JournalEntry:
    """One money call as the journal holds it; `state` is open, booked or not booked."""

    key: str
    operation: str
    body: dict[str, Any]
    opened: float  # Unix time
    state: str
    settled: float | None


@dataclass(frozen=True)
class Reconciled:
    """What `reconcile()` found for one unsettled call: `outcome` is "booked", "not booked"
    (the history does not list the key: re-sending it with the same key is safe) or
    "unknown" (the history could not be read: `detail` says why; try again later)."""

    key: str
    operation: str
    outcome: str
    detail: str = ""


class Journal:
    """The journal file: safe for the threads and tasks of one process, and for several
    processes (SQLite locks the file). Clients open it from `journal=` (a path or a Journal).
    """

    def __init__(self, path: str | os.PathLike[str]) -> None:
        import sqlite3

        self.path = os.fspath(path)
        self._lock = threading.Lock()
        # Autocommit: every write is durable when execute() returns.
        self._db: sqlite3.Connection = sqlite3.connect(
            self.path, check_same_thread=False, isolation_level=None, timeout=30
        )
        with self._lock:
            self._db.execute(_SCHEMA)

    def __repr__(self) -> str:
        return f"Journal({self.path!r})"

    def __reduce__(self) -> Any:
        raise TypeError("a Journal holds an open database connection and cannot be pickled")

    def opened(self, key: str, operation: str, fields: dict[str, Any]) -> bool:
        """Record a call about to be sent; True when the key was not known as booked or
        open before (so that a refusal of this call means it was not booked)."""
        body = json.dumps(redact(fields, _rules_for(operation)[0]), default=str, sort_keys=True)
        with self._lock:
            row = self._db.execute("SELECT state FROM calls WHERE key = ?", (key,)).fetchone()
            if row is not None and row[0] == BOOKED:
                return False
            self._db.execute(
                "INSERT INTO calls (key, operation, body, opened, state) VALUES (?, ?, ?, ?, ?) "
                "ON CONFLICT(key) DO UPDATE SET operation = excluded.operation, "
                "body = excluded.body, opened = excluded.opened, state = excluded.state, "
                "settled = NULL",
                (key, operation, body, time.time(), OPEN),
            )
            return row is None or row[0] == NOT_BOOKED

    def settle(self, key: str, state: str) -> None:
        """Mark a call booked or not booked (a booked one stays booked)."""
        with self._lock:
            self._db.execute(
                "UPDATE calls SET state = ?, settled = ? WHERE key = ? AND state != ?",
                (state, time.time(), key, BOOKED),
            )

    def entry(self, key: str) -> JournalEntry | None:
        with self._lock:
            row = self._db.execute(
                "SELECT key, operation, body, opened, state, settled FROM calls WHERE key = ?",
                (key,),
            ).fetchone()
        return _entry(row) if row is not None else None

    def entries(self, state: str | None = None) -> list[JournalEntry]:
        """Every entry (or those in `state`), oldest first."""
        query = "SELECT key, operation, body, opened, state, settled FROM calls"
        with self._lock:
            if state is None:
                rows = self._db.execute(query + " ORDER BY opened").fetchall()
            else:
                where = query + " WHERE state = ? ORDER BY opened"
                rows = self._db.execute(where, (state,)).fetchall()
        return [_entry(row) for row in rows]

    def close(self) -> None:
        with self._lock:
            self._db.close()

    def __enter__(self) -> Journal:
        return self

    def __exit__(self, *exc_info: object) -> None:
        self.close()


def _entry(row: tuple[Any, ...]) -> JournalEntry:
    key, operation, body, opened, state, settled = row
    return JournalEntry(key, operation, json.loads(body), opened, state, settled)


def open_journal(journal: object) -> Journal | None:
    """A client's `journal=` option: None, a path, or a Journal to share."""
    if journal is None or isinstance(journal, Journal):
        return journal
    if isinstance(journal, str | os.PathLike):
        return Journal(journal)
    raise TypeError(f"journal must be a path or a Journal, not {type(journal).__name__}")


class UnsettledKeys:
    """The keys of this process's calls that ended without a known outcome (a lost answer
    not settled, a cancellation, a timeout, an interrupt), by key -> operationId; shared by a
    client and its with_options() views."""

    def __init__(self) -> None:
        self._lock = threading.Lock()
        self._keys: dict[str, str] = {}

    def add(self, key: str, operation: str) -> None:
        with self._lock:
            self._keys[key] = operation

    def discard(self, key: str) -> None:
        with self._lock:
            self._keys.pop(key, None)

    def items(self) -> list[tuple[str, str]]:
        with self._lock:
            return list(self._keys.items())
