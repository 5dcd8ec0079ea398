"""Reading answers: JSON whose numbers with a fraction become `Decimal`, never `float`."""

from __future__ import annotations

import json
from decimal import Decimal
from typing import Any

# Built once: `json.loads(..., parse_float=Decimal)` would build a new decoder every call.
_DECODER = json.JSONDecoder(parse_float=Decimal)


def loads_exact(content: bytes) -> Any:
    """Parse a JSON document; ValueError (JSONDecodeError, UnicodeDecodeError) when it is not.
    Like `json.loads`, the encoding (UTF-8, -16 or -32) is detected from the bytes."""
    text = content.decode(json.detect_encoding(content), "surrogatepass")
    return _DECODER.decode(text)
