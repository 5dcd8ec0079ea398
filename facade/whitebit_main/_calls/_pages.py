"""Walking a limit/offset history exactly: each record once, and a walk that always ends.

Records have no guaranteed id, so a record is known by its full JSON (canonical: keys
sorted). A record booked at the head of the list between two pages shifts the next page by
one: the record seen at the end of one page comes again at the start of the next, and is
skipped. A page that brings nothing new (a server ignoring `offset`) stops the walk with
`PaginationError` instead of walking for ever. The walk ends when the data says so: the
answer's `total` is reached, or a page is empty or shorter than the page size the server
says it used (its own `limit`, when it clamps the one asked for).
"""

from __future__ import annotations

import json
from collections.abc import Callable
from typing import Any, Generic, TypeVar

from ..errors import PaginationError
from ._operations import Operation

P = TypeVar("P")
I = TypeVar("I")  # noqa: E741


def with_raw(parse: Callable[[Any], P]) -> Callable[[Any], tuple[Any, P]]:
    """A parser giving the answer's JSON as it came beside `parse`'s model of it."""

    def read(data: Any) -> tuple[Any, P]:
        return data, parse(data)

    return read


def identity(record: object) -> str:
    """A record's full JSON, canonical, for recognising it on another page."""
    to_dict = getattr(record, "to_dict", None)
    data = to_dict() if callable(to_dict) else record
    return json.dumps(data, sort_keys=True, separators=(",", ":"), default=str)


def _count(raw: Any, name: str) -> int | None:
    """A non-negative integer the answer states about itself (`limit`, `total`), else None."""
    value = raw.get(name) if isinstance(raw, dict) else None
    if isinstance(value, bool) or not isinstance(value, int) or value < 0:
        return None
    return value


class PageWalk(Generic[I]):
    """Where a walk stands: the next offset, what it has seen, and whether it is done."""

    def __init__(self, operation: Operation) -> None:
        self.operation = operation
        self.offset = 0
        self.done = False
        self._seen: set[str] = set()

    def take(self, raw: Any, found: list[I], asked: int, total: object) -> list[I]:
        """The records of one page not yielded before; `raw` is the answer's JSON, `asked`
        the limit sent, `total` what the answer's model says (its raw `total` comes
        first)."""
        new: list[I] = []
        on_this_page: set[str] = set()
        for record in found:
            known = identity(record)
            if known in self._seen:
                continue
            on_this_page.add(known)  # the same record twice on one page: both are kept
            new.append(record)
        if found and not new:
            raise PaginationError(
                f"page at offset {self.offset} brought no record not seen before: the server "
                "repeats pages (it may ignore offset), so the walk cannot go on exactly",
                operation=self.operation.operation_id,
                path=self.operation.path,
            )
        self._seen |= on_this_page
        self.offset += len(found)
        stated_total = _count(raw, "total")
        if stated_total is None and isinstance(total, int) and not isinstance(total, bool):
            stated_total = total
        if stated_total is not None:
            self.done = not found or self.offset >= stated_total
        else:
            used = _count(raw, "limit")
            page = min(asked, used) if used else asked
            self.done = len(found) < page
        return new
