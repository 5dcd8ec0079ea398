"""Reading answers: JSON whose numbers with a fraction become `Decimal`, never `float`.

Every such number is bounded before it is converted: at most `MAX_NUMBER_CHARS` characters
and an exponent within `MAX_EXPONENT` either way. Unbounded, a 40-byte `0E-300000000`
becomes a 300 MB string the first time it is written out, and `1e999999999999` a
MemoryError.
"""

from __future__ import annotations

import json
from decimal import Decimal
from typing import Any

MAX_NUMBER_CHARS = 1000
MAX_EXPONENT = 1000


def bounded_decimal(text: str) -> Decimal:
    """A JSON number's text as a Decimal; ValueError past the bounds, checked first."""
    if len(text) > MAX_NUMBER_CHARS:
        raise ValueError(f"a JSON number longer than {MAX_NUMBER_CHARS} characters")
    number = Decimal(text)  # short text: cheap, whatever its exponent
    exponent = number.as_tuple().exponent
    if (
        not isinstance(exponent, int)
        or not -MAX_EXPONENT <= exponent <= number.adjusted() <= MAX_EXPONENT
    ):
        raise ValueError(f"a JSON number with an exponent beyond {MAX_EXPONENT}: {text[:40]}")
    return number


# Built once: `json.loads(..., parse_float=...)` would build a new decoder every call.
_DECODER = json.JSONDecoder(parse_float=bounded_decimal)


def loads_exact(content: bytes) -> Any:
    """Parse a JSON document; ValueError (JSONDecodeError, UnicodeDecodeError) when it is not,
    or when a number in it is out of bounds. Like `json.loads`, the encoding (UTF-8, -16 or
    -32) is detected from the bytes."""
    text = content.decode(json.detect_encoding(content), "surrogatepass")
    return _DECODER.decode(text)
