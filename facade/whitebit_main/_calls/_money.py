"""Money in, money out: Decimal, int or decimal string in; plain decimal string on the wire.

Bounds: at most `MAX_INTEGER_DIGITS` digits before the point and `MAX_FRACTION_DIGITS`
after it, once written out in plain notation, and at most `MAX_TEXT` characters as text; a
zero is bounded by its exponent like any other number. No asset needs more, and without a bound
'1e99999999' would be written out as a 100 MB string.
"""

from __future__ import annotations

import re
from decimal import Decimal, InvalidOperation

MAX_INTEGER_DIGITS = 40
MAX_FRACTION_DIGITS = 20
# The longest amount text taken at all, checked before it is parsed: the bounds above fit
# in 62 characters, so this leaves room for an exponent and leading zeros, no more.
MAX_TEXT = 100

# ASCII digits only: `\d` and Decimal() also take Arabic-Indic or fullwidth digits.
_DECIMAL_TEXT = re.compile(r"[+-]?(?:[0-9]+(?:\.[0-9]*)?|\.[0-9]+)(?:[eE][+-]?[0-9]+)?")
_SHOWN = 40  # characters of a refused value quoted in an error


def shown(value: object) -> str:
    """repr of a refused value, cut short so that a huge value cannot flood the error."""
    text = repr(value)
    return text if len(text) <= _SHOWN else f"{text[:_SHOWN]}... ({len(text)} characters)"


def to_decimal(value: object, what: str) -> Decimal:
    """Parse a money value; TypeError for floats and other types, ValueError for bad values."""
    if isinstance(value, bool) or not isinstance(value, Decimal | int | str):
        kind = type(value).__name__
        hint = " (floats lose cents: pass Decimal or a string)" if isinstance(value, float) else ""
        raise TypeError(f"{what} must be a Decimal, int or decimal string, not {kind}{hint}")
    if isinstance(value, str):
        if len(value) > MAX_TEXT:
            raise ValueError(f"{what} is longer than {MAX_TEXT} characters, got {shown(value)}")
        if not _DECIMAL_TEXT.fullmatch(value):
            raise ValueError(f"{what} must be a decimal number, got {shown(value)}")
        try:
            number = Decimal(value)
        except InvalidOperation:  # an exponent beyond what Decimal can hold
            raise ValueError(f"{what} is too large or too long, got {shown(value)}") from None
    elif isinstance(value, int) and abs(value) >= 10**MAX_INTEGER_DIGITS:
        # Checked before Decimal(): a huge int is slow to convert.
        raise ValueError(f"{what} has more than {MAX_INTEGER_DIGITS} digits before the point")
    else:
        number = Decimal(value)
    if not number.is_finite():
        raise ValueError(f"{what} must be finite, got {value}")
    _check_size(number, what)
    return number


def _check_size(number: Decimal, what: str) -> None:
    """Digit counts from the (digits, exponent) form, without writing the number out."""
    _sign, digits, exponent = number.as_tuple()
    if not isinstance(exponent, int):  # pragma: no cover - callers pass finite numbers
        raise ValueError(f"{what} must be finite")
    if exponent < -MAX_FRACTION_DIGITS:
        raise ValueError(
            f"{what} has more than {MAX_FRACTION_DIGITS} digits after the point: round it first"
        )
    if number and len(digits) + exponent > MAX_INTEGER_DIGITS:
        raise ValueError(f"{what} has more than {MAX_INTEGER_DIGITS} digits before the point")


def format_decimal(number: Decimal) -> str:
    """Plain positional notation, never an exponent: Decimal('1E-8') -> '0.00000001'."""
    text = format(number, "f")
    return "0" if text in ("-0", "+0") else text


_PLAIN_MAX_EXPONENT = 1000


def plain(amount: Decimal | int | str) -> str:
    """An amount as plain text, as a person (or a spreadsheet) reads it: never an exponent.

    `str(Decimal("0.000000000000000001"))` is '1E-18'; `plain()` writes
    '0.000000000000000001'. The digits after the point stay as they came ('1.50' stays
    '1.50'); a negative zero is '0'. Floats are refused (they carry binary noise), as are
    NaN and infinities.
    """
    if isinstance(amount, bool) or not isinstance(amount, Decimal | int | str):
        raise TypeError(
            f"plain() takes a Decimal, int or decimal string, not {type(amount).__name__}"
        )
    if isinstance(amount, str):
        if len(amount) > MAX_TEXT or not _DECIMAL_TEXT.fullmatch(amount.strip()):
            raise ValueError(f"plain() takes a decimal number, got {shown(amount)}")
        amount = Decimal(amount.strip())
    number = Decimal(amount)
    if not number.is_finite():
        raise ValueError(f"plain() takes a finite amount, got {number}")
    if abs(number.adjusted()) > _PLAIN_MAX_EXPONENT:  # '1E+99999999' would be 100 MB of text
        raise ValueError(f"plain() takes an amount below 1E+{_PLAIN_MAX_EXPONENT}, got {number}")
    return format_decimal(number)
