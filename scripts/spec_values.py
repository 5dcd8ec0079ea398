"""The one rule for spec values that reach generated code: JSON values, identifiers, counts.

A spec is read with YAML, which types more than JSON does: an unquoted `2026-09-01` is a
date, `.nan` and `.inf` are floats JSON cannot carry. Every value of the file passes
`json_values` right after loading: dates become the text the author wrote (ISO form),
NaN and infinities are refused, anything else JSON has no form for (binary, sets) too.
Names the templates write as code (a finder method, its filter argument) must be plain
Python identifiers, and counts (a rate limit) positive integers. Each refusal is one
`SpecError` line naming the spot, as a dotted path into the spec.
"""

from __future__ import annotations

import datetime
import keyword
import math
import re
from typing import Any

from spec_errors import SpecError

_IDENTIFIER = re.compile(r"[a-z_][a-z0-9_]*")
_MAX_DEPTH = 200


def json_values(node: Any, file: str, where: str = "", depth: int = 0) -> Any:
    """`node` with dates as ISO text and every key a string; SpecError for a value JSON
    cannot carry."""
    if depth > _MAX_DEPTH:
        raise SpecError(file, "nested too deeply", where)
    if isinstance(node, dict):
        return {
            str(key): json_values(value, file, _join(where, str(key)), depth + 1)
            for key, value in node.items()
        }
    if isinstance(node, list):
        return [json_values(v, file, f"{where}[{i}]", depth + 1) for i, v in enumerate(node)]
    if isinstance(node, datetime.date):  # datetime too: both are what the author typed
        return node.isoformat()
    if isinstance(node, float) and not math.isfinite(node):
        word = "NaN" if math.isnan(node) else "an infinity"
        raise SpecError(file, f"{word} has no JSON form (quote it if it is text)", where)
    if node is None or isinstance(node, str | int | float):
        return node
    raise SpecError(file, f"a {type(node).__name__} value has no JSON form", where)


def identifier(value: Any, file: str, where: str, what: str) -> str:
    """`value` if it is a lower-case Python identifier that is no keyword and no dunder."""
    text = value if isinstance(value, str) else ""
    if (
        not _IDENTIFIER.fullmatch(text)
        or keyword.iskeyword(text)
        or text.startswith("__")
        or len(text) > 100
    ):
        raise SpecError(file, f"{what} {str(value)[:40]!r} is not a valid method name", where)
    return text


def positive_int(value: Any, file: str, where: str, what: str) -> int:
    if isinstance(value, bool) or not isinstance(value, int) or value < 1:
        raise SpecError(file, f"{what} must be a positive integer, not {value!r}", where)
    return value


def _join(where: str, key: str) -> str:
    return f"{where}.{key}" if where else key
