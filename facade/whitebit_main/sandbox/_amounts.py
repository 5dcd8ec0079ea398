"""Money inside the sandbox: Decimal only, exact arithmetic, plain strings on the wire.

Amounts are limited to 20 integer and 18 fractional digits, so every sum the ledger makes
fits the 100-digit context below; `Inexact` is trapped, so a rounding can never pass
silently: it would raise instead of losing or inventing a fraction of a coin.
"""

from __future__ import annotations

import re
from decimal import (
    Context,
    Decimal,
    DivisionByZero,
    Inexact,
    InvalidOperation,
    Overflow,
    Rounded,
)

EXACT = Context(prec=100, traps=[InvalidOperation, DivisionByZero, Overflow, Inexact, Rounded])
ZERO = Decimal(0)

_PLAIN = re.compile(r"[+-]?\d{1,20}(?:\.\d{1,18})?")


def parse_amount(value: object) -> Decimal | None:
    """A JSON amount (decimal string or number) as a Decimal; None when it is not one.

    JSON numbers arrive as int or Decimal (the body is parsed with `parse_float=Decimal`),
    never as float.
    """
    if isinstance(value, bool):
        return None
    if isinstance(value, int):
        value = str(value)
    elif isinstance(value, Decimal):
        if not value.is_finite():
            return None
        value = format(value, "f")
    if not isinstance(value, str) or not _PLAIN.fullmatch(value):
        return None
    return Decimal(value)


def money(amount: Decimal) -> str:
    """Plain decimal text without trailing zeros: Decimal('10.500') -> '10.5'."""
    if amount.is_zero():
        return "0"
    text = format(amount.normalize(EXACT), "f")
    return text


def checked(amount: object, where: str) -> Decimal:
    """Parse a seeded amount, failing loudly with the place it came from."""
    number = parse_amount(amount)
    if number is None:
        raise ValueError(f'{where}: {amount!r} is not a decimal amount (e.g. "10.5")')
    return number
