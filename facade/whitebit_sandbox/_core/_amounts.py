"""Money inside the sandbox: Decimal only, exact arithmetic, plain strings on the wire.

Amounts are limited to 20 integer and 18 fractional digits, so every sum the ledger makes
fits the 100-digit context below; `Inexact` is trapped, so a rounding can never pass
silently: it would raise instead of losing or inventing a fraction of a coin.
"""

from __future__ import annotations

import re
from decimal import (
    ROUND_DOWN,
    Context,
    Decimal,
    DivisionByZero,
    Inexact,
    InvalidOperation,
    Overflow,
    Rounded,
)

EXACT = Context(prec=100, traps=[InvalidOperation, DivisionByZero, Overflow, Inexact, Rounded])
# Payouts the sandbox computes (interest, earnings, rewards) are cut down to what the
# currency can book, never rounded up: the one place a rounding is meant.
PAYOUT = Context(prec=100, rounding=ROUND_DOWN, traps=[InvalidOperation, DivisionByZero, Overflow])
DAY = 86400  # seconds; payouts fall due per whole day of the sandbox clock
ZERO = Decimal(0)

_PLAIN = re.compile(r"[+-]?[0-9]{1,20}(?:\.[0-9]{1,18})?")
# The longest text _PLAIN can match: longer text is refused before any regex or conversion.
_LONGEST = 40


def parse_amount(value: object) -> Decimal | None:
    """A JSON amount (decimal string or number) as a Decimal; None when it is not one.

    JSON numbers arrive as int or Decimal (the body is parsed with `parse_float=Decimal`),
    never as float. Digits and exponent are checked before anything is written out, so a
    short request cannot cost much memory or time.
    """
    if isinstance(value, bool):
        return None
    if isinstance(value, int):
        if value.bit_length() > 70:  # more than 20 digits; str() of a huge int is slow
            return None
        value = str(value)
    elif isinstance(value, Decimal):
        # Bounded by digits and exponent before it is written out: `1e400000000` would
        # otherwise become a 400 MB string, and `1e999999999999` a MemoryError.
        if not value.is_finite():
            return None
        _sign, digits, exponent = value.as_tuple()
        if not isinstance(exponent, int) or not -18 <= exponent <= 20 or len(digits) > 38:
            return None
        value = format(value, "f")
    if not isinstance(value, str) or len(value) > _LONGEST or not _PLAIN.fullmatch(value):
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
