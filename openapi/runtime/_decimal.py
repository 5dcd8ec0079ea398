"""Decimal quantities in answers and bodies: parsed exactly, written as plain decimal strings.

Copied verbatim into the generated package by scripts/generate.py (a plain module).
"""

import re
from decimal import Decimal

__all__ = ["format_decimal", "parse_decimal"]

_IS_DECIMAL_TEXT = re.compile(
    r"[+-]?(?:[0-9]+(?:\.[0-9]*)?|\.[0-9]+)(?:[eE](?P<exponent>[+-]?[0-9]+))?"
).fullmatch
# No quantity on an exchange has a thousand digits or an exponent past a thousand. Both are
# checked before anything is converted: '1E999999999' would print a billion zeros, and
# '0E-300000000' (zero, with three hundred million places) a 300 MB string.
_MAX_DIGITS = 1000
_MAX_EXPONENT = 1000
# The longest text that can hold a number within those bounds (sign, point, 'E-1000').
_MAX_TEXT = _MAX_DIGITS + 8
# The most bits an int of at most _MAX_DIGITS digits has.
_MAX_INT_BITS = 3322


def _out_of_range() -> ValueError:
    return ValueError(
        f"decimal number out of range (more than {_MAX_DIGITS} digits or an exponent past "
        f"{_MAX_EXPONENT})"
    )


def _check_text(value: str) -> None:
    """Refuse a decimal text that is too long or whose exponent is too large, unconverted."""
    if len(value) > _MAX_TEXT:
        raise _out_of_range()
    match = _IS_DECIMAL_TEXT(value)
    if match is None:
        raise ValueError(f"not a decimal number: {value[:40]!r}")
    exponent = match["exponent"]
    if exponent is not None and len(exponent.lstrip("+-").lstrip("0")) > 5:
        raise _out_of_range()


def _check_number(number: Decimal) -> None:
    """Digits and exponent of a finite Decimal: zero is bounded too (its exponent alone
    decides how long it is when written out)."""
    _sign, digits, exponent = number.as_tuple()
    if not isinstance(exponent, int):
        raise ValueError("not a finite decimal number")
    if len(digits) > _MAX_DIGITS or exponent < -_MAX_EXPONENT or number.adjusted() > _MAX_EXPONENT:
        raise _out_of_range()


def parse_decimal(value: object) -> Decimal:
    """A Decimal from a JSON string or number; TypeError or ValueError for anything else.

    Clients parse JSON numbers straight into Decimal; a float handed in by other code is
    read through its shortest text form, the digits JSON carried, never its binary value.
    """
    if isinstance(value, str):
        _check_text(value)
        number = Decimal(value)
    elif isinstance(value, Decimal):
        if not value.is_finite():
            raise ValueError(f"not a finite decimal number: {value!r}")
        number = value
    elif isinstance(value, float):
        number = Decimal(repr(value))
        if not number.is_finite():
            raise ValueError(f"not a finite decimal number: {value!r}")
    elif isinstance(value, int) and not isinstance(value, bool):
        if value.bit_length() > _MAX_INT_BITS:  # before converting: a huge int is slow
            raise _out_of_range()
        number = Decimal(value)
    else:
        raise TypeError(f"expected a decimal string or number, not {type(value).__name__}")
    _check_number(number)
    return number


def format_decimal(value: Decimal) -> str:
    """Plain positional notation, never an exponent: Decimal('1E-8') -> '0.00000001'."""
    text = format(value, "f")
    return "0" if text in ("-0", "+0") else text
