"""Reading answers: JSON whose numbers with a fraction become `Decimal`, never `float`."""

from __future__ import annotations

import json
from decimal import Decimal
from functools import partial
from typing import Any

# `json.loads` with the float hook bound once: JSON numbers such as 0.1 keep their digits.
_loads = partial(json.loads, parse_float=Decimal)


def loads_exact(content: bytes) -> Any:
    """Parse a JSON document; ValueError (JSONDecodeError, UnicodeDecodeError) when it is not."""
    return _loads(content)
