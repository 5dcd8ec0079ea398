"""Money in, money out: Decimal, int or decimal string in; plain decimal string on the wire."""

from __future__ import annotations

import re
from decimal import Decimal, InvalidOperation

_DECIMAL_TEXT = re.compile(r"[+-]?(?:\d+(?:\.\d*)?|\.\d+)(?:[eE][+-]?\d+)?")


def to_decimal(value: object, what: str) -> Decimal:
    """Parse a money value; TypeError for floats and other types, ValueError for bad values."""
    if isinstance(value, bool) or not isinstance(value, Decimal | int | str):
        kind = type(value).__name__
        hint = " (floats lose cents: pass Decimal or a string)" if isinstance(value, float) else ""
        raise TypeError(f"{what} must be a Decimal, int or decimal string, not {kind}{hint}")
    if isinstance(value, str):
        if not _DECIMAL_TEXT.fullmatch(value):
            raise ValueError(f"{what} must be a decimal number, got {value!r}")
        try:
            number = Decimal(value)
        except InvalidOperation:  # pragma: no cover - the pattern admits only valid text
            raise ValueError(f"{what} must be a decimal number, got {value!r}") from None
    else:
        number = Decimal(value)
    if not number.is_finite():
        raise ValueError(f"{what} must be finite, got {value}")
    return number


def format_decimal(number: Decimal) -> str:
    """Plain positional notation, never an exponent: Decimal('1E-8') -> '0.00000001'."""
    text = format(number, "f")
    return "0" if text in ("-0", "+0") else text
