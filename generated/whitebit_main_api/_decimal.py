"""Decimal quantities in answers and bodies: parsed exactly, written as plain decimal strings.

Rendered by scripts/generate.py from openapi/templates/decimal_codec.py.jinja.
"""

import re
from decimal import Decimal

__all__ = ["format_decimal", "parse_decimal"]

_IS_DECIMAL_TEXT = re.compile(r"[+-]?(?:\d+(?:\.\d*)?|\.\d+)(?:[eE][+-]?\d+)?").fullmatch
# No quantity on an exchange has a thousand digits; a larger exponent is an attack on
# `format_decimal` (1E999999999 would print a billion zeros).
_MAX_EXPONENT = 1000


def parse_decimal(value: object) -> Decimal:
    """A Decimal from a JSON string or number; TypeError or ValueError for anything else.

    Clients parse JSON numbers straight into Decimal; a float handed in by other code is
    read through its shortest text form, the digits JSON carried, never its binary value.
    """
    if isinstance(value, str):
        if _IS_DECIMAL_TEXT(value) is None:
            raise ValueError(f"not a decimal number: {value[:40]!r}")
        number = Decimal(value)
    elif isinstance(value, Decimal | float) or (
        isinstance(value, int) and not isinstance(value, bool)
    ):
        number = Decimal(repr(value)) if isinstance(value, float) else Decimal(value)
        if not number.is_finite():
            raise ValueError(f"not a finite decimal number: {value!r}")
    else:
        raise TypeError(f"expected a decimal string or number, not {type(value).__name__}")
    if number and abs(number.adjusted()) > _MAX_EXPONENT:
        raise ValueError("decimal number out of range")
    return number


def format_decimal(value: Decimal) -> str:
    """Plain positional notation, never an exponent: Decimal('1E-8') -> '0.00000001'."""
    text = format(value, "f")
    return "0" if text in ("-0", "+0") else text
