"""Request fields every stateful handler reads the same way: a ticker, an amount, a page.

Bodies reaching a handler have passed the contract's schema check, so types are known;
these add WhiteBIT's own rules on top (ticker form, paging minima, the 10000-record cap).
"""

from __future__ import annotations

import re
from collections.abc import Mapping, Sequence
from decimal import Decimal
from typing import Any, TypeVar

from whitebit_sandbox._core._amounts import parse_amount
from whitebit_sandbox._core._replies import VALIDATION_FAILED, Refusal, invalid

Fields = Mapping[str, Any]
T = TypeVar("T")

_TICKER = re.compile(r"[A-Z0-9][A-Z0-9_]{1,19}")
PAGING_CAP = 10000
SMALLEST_TRANSFER = Decimal("0.00000001")
# WhiteBIT's text for the deposit/withdraw history; its docs give no field or status, so
# it comes as the 400 `Validation failed` on `offset` that WhiteBIT's validator uses.
OFFSET_TOO_BIG = "Offset is too big. Please use offset + limit less than 10000."


def ticker(fields: Fields, name: str = "ticker") -> str:
    value = str(fields[name])
    if not _TICKER.fullmatch(value):
        raise invalid(name, "The selected ticker is invalid.")
    return value


def amount(fields: Fields, name: str = "amount") -> Decimal:
    """The amount as a Decimal (the schema check has already proved it parses)."""
    number = parse_amount(fields[name])
    if number is None:  # defensive: a handler called without the schema check
        raise invalid(name, f"The {name} must be a number.")
    return number


def transfer_amount(fields: Fields) -> Decimal:
    """The amount of a transfer between balances or accounts, at least WhiteBIT's minimum."""
    number = amount(fields)
    if number < SMALLEST_TRANSFER:
        raise invalid("amount", f"The amount must be at least {SMALLEST_TRANSFER:f}.")
    return number


def page(
    items: Sequence[T], fields: Fields, default_limit: int, *, capped: bool = False
) -> tuple[list[T], int, int]:
    """One page of `items` with WhiteBIT's limit/offset rules, and the limit/offset used.

    `capped` operations refuse to page past record 10000 (offset + limit above it)."""
    limit = fields.get("limit")
    offset = fields.get("offset")
    limit = default_limit if limit is None else limit
    offset = 0 if offset is None else offset
    errors: dict[str, list[str]] = {}
    if limit < 1:
        errors["limit"] = ["The limit must be at least 1."]
    if offset < 0:
        errors["offset"] = ["The offset must be at least 0."]
    if errors:
        raise Refusal(400, VALIDATION_FAILED, errors=errors)
    if capped and offset + limit > PAGING_CAP:
        raise invalid("offset", OFFSET_TOO_BIG)
    return list(items[offset : offset + limit]), limit, offset
