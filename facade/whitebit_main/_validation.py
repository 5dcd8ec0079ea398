"""Check and convert an operation's fields before anything is sent.

The rules come from the contract (`whitebit_main_api._contract`): JSON types, required
fields, enums, formats (decimal, uuid, date, date-time), bounds. A value that breaks a rule
raises TypeError (wrong kind of value) or ValueError (right kind, bad value) naming the
operation and the field. `None` means "not given" and is left out of the body.
"""

from __future__ import annotations

import math
import re
import uuid
from collections.abc import Mapping, Sequence
from datetime import date, datetime
from typing import Any

from ._money import format_decimal, to_decimal

Schema = Mapping[str, Any]


def _fail_type(where: str, expected: str, value: object) -> TypeError:
    return TypeError(f"{where} must be {expected}, not {type(value).__name__}")


def _check_string(where: str, schema: Schema, value: object) -> str:
    fmt = schema.get("format")
    if fmt == "decimal":
        number = to_decimal(value, where)
        if number < 0:
            raise ValueError(f"{where} must not be negative, got {format_decimal(number)}")
        return format_decimal(number)
    if fmt == "uuid":
        if isinstance(value, uuid.UUID):
            return str(value)
        if not isinstance(value, str):
            raise _fail_type(where, "a UUID or UUID string", value)
        try:
            return str(uuid.UUID(value))
        except ValueError:
            raise ValueError(f"{where} must be a UUID, got {value!r}") from None
    if fmt == "date":
        if isinstance(value, datetime):
            raise _fail_type(where, "a date or 'YYYY-MM-DD' string", value)
        if isinstance(value, date):
            return value.isoformat()
        if not isinstance(value, str):
            raise _fail_type(where, "a date or 'YYYY-MM-DD' string", value)
        try:
            return date.fromisoformat(value).isoformat()
        except ValueError:
            raise ValueError(f"{where} must be a date 'YYYY-MM-DD', got {value!r}") from None
    if fmt == "date-time" and isinstance(value, datetime):
        return value.isoformat()
    if not isinstance(value, str):
        raise _fail_type(where, "a string", value)
    _check_length(where, schema, value)
    pattern = schema.get("pattern")
    if pattern and not re.search(pattern, value):
        raise ValueError(f"{where} must match {pattern!r}, got {value!r}")
    return value


def _check_length(where: str, schema: Schema, value: str) -> None:
    low, high = schema.get("minLength"), schema.get("maxLength")
    if low is not None and len(value) < low:
        raise ValueError(f"{where} must be at least {low} characters long")
    if high is not None and len(value) > high:
        raise ValueError(f"{where} must be at most {high} characters long, got {len(value)}")


def _check_bounds(where: str, schema: Schema, value: int | float) -> None:
    low, high = schema.get("minimum"), schema.get("maximum")
    if low is not None and value < low:
        raise ValueError(f"{where} must be >= {low}, got {value}")
    if high is not None and value > high:
        raise ValueError(f"{where} must be <= {high}, got {value}")


def _check_integer(where: str, schema: Schema, value: object) -> int:
    if isinstance(value, bool) or not isinstance(value, int):
        raise _fail_type(where, "an int", value)
    _check_bounds(where, schema, value)
    return value


def _check_number(where: str, schema: Schema, value: object) -> Any:
    if isinstance(value, float):
        if not math.isfinite(value):
            raise ValueError(f"{where} must be finite, got {value}")
        _check_bounds(where, schema, value)
        return value
    number = to_decimal(value, where)
    _check_bounds(where, schema, float(number))
    return format_decimal(number)


def _check_array(where: str, schema: Schema, value: object) -> list[Any]:
    if isinstance(value, str | bytes) or not isinstance(value, Sequence):
        raise _fail_type(where, "a list", value)
    low, high = schema.get("minItems"), schema.get("maxItems")
    if low is not None and len(value) < low:
        raise ValueError(f"{where} must hold at least {low} items")
    if high is not None and len(value) > high:
        raise ValueError(f"{where} must hold at most {high} items")
    items = schema.get("items") or {}
    return [check_value(f"{where}[{i}]", items, item) for i, item in enumerate(value)]


def _as_mapping(where: str, value: object) -> Mapping[str, Any]:
    to_dict = getattr(value, "to_dict", None)
    if callable(to_dict) and not isinstance(value, Mapping):
        value = to_dict()
    if not isinstance(value, Mapping):
        raise _fail_type(where, "a mapping", value)
    return value


def check_object(where: str, schema: Schema, value: object) -> dict[str, Any]:
    """Check a JSON object; unknown keys of nested objects pass through unchanged."""
    mapping = _as_mapping(where, value)
    props: Mapping[str, Schema] = schema.get("properties") or {}
    extra: Schema | None = schema.get("additionalProperties")
    out: dict[str, Any] = {}
    for key, item in mapping.items():
        if not isinstance(key, str):
            raise _fail_type(f"{where} key", "a string", key)
        if item is None:
            continue
        sub = props.get(key, extra)
        out[key] = check_value(f"{where}.{key}", sub, item) if sub is not None else item
    missing = [name for name in schema.get("required") or () if name not in out]
    if missing:
        raise ValueError(f"{where} is missing required field(s): {', '.join(missing)}")
    return out


def check_value(where: str, schema: Schema, value: object) -> Any:
    """Check one value against its trimmed schema and return its JSON form."""
    enum = schema.get("enum")
    kind = schema.get("type")
    if kind == "string":
        result: Any = _check_string(where, schema, value)
    elif kind == "integer":
        result = _check_integer(where, schema, value)
    elif kind == "number":
        result = _check_number(where, schema, value)
    elif kind == "boolean":
        if not isinstance(value, bool):
            raise _fail_type(where, "a bool", value)
        result = value
    elif kind == "array":
        result = _check_array(where, schema, value)
    elif kind == "object" or "properties" in schema:
        result = check_object(where, schema, value)
    else:
        result = value
    if enum is not None and result not in enum:
        allowed = ", ".join(repr(v) for v in enum)
        raise ValueError(f"{where} must be one of {allowed}, got {value!r}")
    return result


def build_body(
    operation_id: str,
    schema: Schema,
    arguments: Mapping[str, str],
    fields: Mapping[str, Any],
) -> dict[str, Any]:
    """The JSON body of one call from the method's keyword arguments (JSON names as keys)."""
    props: Mapping[str, Schema] = schema.get("properties") or {}
    required = set(schema.get("required") or ())
    python_names = {json_name: name for name, json_name in arguments.items()}
    body: dict[str, Any] = {}
    for json_name, value in fields.items():
        name = python_names.get(json_name, json_name)
        where = f"{operation_id}: {name}"
        if value is None:
            if json_name in required:
                raise TypeError(f"{where} is required")
            continue
        body[json_name] = check_value(where, props.get(json_name) or {}, value)
    return body
