"""Check and convert an operation's fields before anything is sent.

The rules come from the contract (`whitebit_main_api._contract`): JSON types, required
fields, enums, formats (decimal, uuid, date, date-time), bounds. Converting a Python value
to its JSON form happens here; the contract's value rules on that form (enum, lengths,
pattern, bounds, exclusive bounds, decimals, item counts) are walked by `_rules`, the
same walker the sandbox answers with, and the first broken one raises. A value that breaks a rule
raises TypeError (wrong kind of value) or ValueError (right kind, bad value) naming the
operation and the field. `None` means "not given" and is left out of the body.

Input is refused, never quietly rewritten: text goes out as given (a UUID in lowercase),
money in plain notation. Fields the contract leaves free-form are walked too: no NaN or
Infinity, no bytes, no lone surrogates, nothing JSON cannot carry, at most `MAX_DEPTH` deep.
"""

from __future__ import annotations

import math
import re
import uuid
from collections.abc import Mapping, Sequence
from datetime import date, datetime
from decimal import Decimal
from typing import Any

from ._money import format_decimal, shown, to_decimal
from ._rules import Violation, node_violations

Schema = Mapping[str, Any]

MAX_SAFE_INTEGER = 2**53 - 1  # beyond this, JSON parsers that read numbers as doubles drift
MAX_DEPTH = 32  # nesting of free-form values; also stops a list that contains itself
MAX_JWT_LENGTH = 8192  # a common limit on one HTTP header line

_HEX = "[0-9a-fA-F]"
_UUID = re.compile(f"{_HEX}{{8}}-{_HEX}{{4}}-{_HEX}{{4}}-{_HEX}{{4}}-{_HEX}{{12}}")
_DATE = re.compile(r"[0-9]{4}-[0-9]{2}-[0-9]{2}")
_DATE_TIME = re.compile(
    r"[0-9]{4}-[0-9]{2}-[0-9]{2}T[0-9]{2}:[0-9]{2}:[0-9]{2}(?:\.[0-9]{1,9})?"
    r"(?:Z|[+-][0-9]{2}:[0-9]{2})"
)
_SURROGATE = re.compile("[\ud800-\udfff]")
_HEADER_TEXT = re.compile("[\x20-\x7e]*")  # what an HTTP header value can carry as is


def _fail_type(where: str, expected: str, value: object) -> TypeError:
    return TypeError(f"{where} must be {expected}, not {type(value).__name__}")


def check_jwt_token(operation_id: str, token: object) -> str:
    """The `jwt_token` of a jwt-auth call, checked; errors never quote the token."""
    where = f"{operation_id}: jwt_token"
    if not isinstance(token, str):
        raise _fail_type(where, "a non-empty string", token)
    if not token.strip():
        raise ValueError(f"{where} must be a non-empty string")
    if token != token.strip():
        raise ValueError(f"{where} has leading or trailing whitespace")
    if len(token) > MAX_JWT_LENGTH:
        raise ValueError(f"{where} is longer than {MAX_JWT_LENGTH} characters")
    if not _HEADER_TEXT.fullmatch(token):
        raise ValueError(
            f"{where} may hold only printable ASCII characters (no control characters, "
            "line breaks or non-ASCII characters)"
        )
    return token


def _check_text(where: str, value: object) -> str:
    if not isinstance(value, str):
        hint = " (decode bytes first)" if isinstance(value, bytes | bytearray) else ""
        raise TypeError(f"{where} must be a string, not {type(value).__name__}{hint}")
    if _SURROGATE.search(value):
        raise ValueError(f"{where} is not valid Unicode text (it holds a lone surrogate)")
    return str.__str__(value)  # a plain str, even from a str Enum: the text JSON would send


def _check_uuid(where: str, value: object) -> str:
    if isinstance(value, uuid.UUID):
        return str(value)
    if not isinstance(value, str):
        raise _fail_type(where, "a UUID or UUID string", value)
    # uuid.UUID() would also take braces, 'urn:uuid:', '+', '_' and no hyphens, and
    # turn them into a different-looking id: only the canonical form goes out.
    if not _UUID.fullmatch(value):
        raise ValueError(
            f"{where} must be a UUID in the form 8-4-4-4-12 hex digits, got {shown(value)}"
        )
    return value.lower()


def _check_date(where: str, value: object) -> str:
    if isinstance(value, datetime):
        raise _fail_type(where, "a date or 'YYYY-MM-DD' string", value)
    if isinstance(value, date):
        return value.isoformat()
    if not isinstance(value, str):
        raise _fail_type(where, "a date or 'YYYY-MM-DD' string", value)
    # fromisoformat alone also takes '20240101' and '2024-W01-1'.
    try:
        if _DATE.fullmatch(value):
            date.fromisoformat(value)
            return str.__str__(value)
    except ValueError:
        pass
    raise ValueError(f"{where} must be a real date 'YYYY-MM-DD', got {shown(value)}")


def _check_date_time(where: str, value: object) -> str:
    if isinstance(value, datetime):
        if value.utcoffset() is None:
            raise ValueError(f"{where} must be a timezone-aware datetime")
        return value.isoformat()
    if not isinstance(value, str):
        raise _fail_type(where, "a datetime or RFC 3339 string", value)
    try:
        if _DATE_TIME.fullmatch(value):
            datetime.fromisoformat(value)
            return str.__str__(value)
    except ValueError:
        pass
    raise ValueError(
        f"{where} must be an RFC 3339 date-time 'YYYY-MM-DDTHH:MM:SS[.ffffff](Z|+HH:MM)', "
        f"got {shown(value)}"
    )


def _check_string(where: str, schema: Schema, value: object) -> str:
    fmt = schema.get("format")
    if fmt == "decimal":
        number = to_decimal(value, where)
        if number < 0:
            raise ValueError(f"{where} must not be negative, got {format_decimal(number)}")
        return format_decimal(number)
    if fmt == "uuid":
        return _check_uuid(where, value)
    if fmt == "date":
        return _check_date(where, value)
    if fmt == "date-time":
        return _check_date_time(where, value)
    return _check_text(where, value)


def _shown_number(value: object) -> str:
    return format_decimal(value) if isinstance(value, Decimal) else str(value)


def _rule_message(where: str, broken: Violation, given: object) -> str:
    """The client's wording of a rule the walker (`_rules`) found broken."""
    rule, expected, value = broken.rule, broken.expected, broken.value
    if rule == "enum":
        allowed = ", ".join(repr(v) for v in expected)
        return f"{where} must be one of {allowed}, got {shown(given)}"
    if rule == "minLength":
        return f"{where} must be at least {expected} characters long"
    if rule == "maxLength":
        return f"{where} must be at most {expected} characters long, got {len(value)}"
    if rule == "pattern":
        return f"{where} must match {expected!r}, got {shown(value)}"
    if rule == "minItems":
        return f"{where} must hold at least {expected} items"
    if rule == "maxItems":
        return f"{where} must hold at most {expected} items"
    if rule == "x-decimals":
        return f"{where} may have at most {expected} decimal places, got {shown(given)}"
    signs = {"minimum": ">=", "maximum": "<=", "exclusiveMinimum": ">", "exclusiveMaximum": "<"}
    if rule in signs:
        return f"{where} must be {signs[rule]} {expected}, got {_shown_number(value)}"
    return f"{where} breaks the contract's {rule} rule ({expected!r}), got {shown(given)}"


def _check_rules(where: str, schema: Schema, value: object, given: object) -> None:
    """Raise on the first rule of the contract `value` (already in JSON form) breaks."""
    broken = next(node_violations((), schema, value), None)
    if broken is not None:
        raise ValueError(_rule_message(where, broken, given))


def _safe_int(where: str, value: int) -> int:
    if abs(value) > MAX_SAFE_INTEGER:
        raise ValueError(f"{where} must be between -(2**53 - 1) and 2**53 - 1")
    return int.__int__(value)  # a plain int, even from an IntEnum: the number JSON would send


def _check_integer(where: str, schema: Schema, value: object) -> int:
    if isinstance(value, bool) or not isinstance(value, int):
        raise _fail_type(where, "an int", value)
    return _safe_int(where, value)


def _finite(where: str, value: float) -> float:
    if not math.isfinite(value):
        raise ValueError(f"{where} must be finite, got {value}")
    return float.__float__(value)


def _check_number(where: str, schema: Schema, value: object) -> Any:
    if isinstance(value, float):
        finite = _finite(where, value)
        _check_rules(where, schema, finite, value)
        return finite
    number = to_decimal(value, where)
    _check_rules(where, schema, number, value)
    return format_decimal(number)


def _check_array(where: str, schema: Schema, value: object) -> list[Any]:
    if isinstance(value, str | bytes | bytearray) or not isinstance(value, Sequence):
        raise _fail_type(where, "a list", value)
    _check_rules(where, {k: v for k, v in schema.items() if k != "enum"}, list(value), value)
    items = schema.get("items") or {}
    return [check_value(f"{where}[{i}]", items, item) for i, item in enumerate(value)]


def _as_mapping(where: str, value: object) -> Mapping[str, Any]:
    to_dict = getattr(value, "to_dict", None)
    if callable(to_dict) and not isinstance(value, Mapping):
        value = to_dict()
    if not isinstance(value, Mapping):
        raise _fail_type(where, "a mapping", value)
    return value


def _check_free(where: str, value: object, depth: int = 0) -> Any:
    """A value the contract leaves free-form: any JSON value, checked all the way down."""
    if depth > MAX_DEPTH:
        raise ValueError(f"{where} is nested more than {MAX_DEPTH} levels deep")
    if value is None or isinstance(value, bool):
        return value
    if isinstance(value, int):
        return _safe_int(where, value)
    if isinstance(value, float):
        return _finite(where, value)
    if isinstance(value, Decimal):
        return format_decimal(to_decimal(value, where))
    if isinstance(value, str | bytes | bytearray):
        return _check_text(where, value)
    if isinstance(value, Sequence):
        return [_check_free(f"{where}[{i}]", item, depth + 1) for i, item in enumerate(value)]
    if isinstance(value, Mapping) or callable(getattr(value, "to_dict", None)):
        return check_object(where, {}, value, depth + 1)
    raise _fail_type(where, "a JSON value (str, int, float, bool, Decimal, list or mapping)", value)


def check_object(where: str, schema: Schema, value: object, depth: int = 0) -> dict[str, Any]:
    """Check a JSON object; keys the schema does not describe are checked as free-form."""
    mapping = _as_mapping(where, value)
    props: Mapping[str, Schema] = schema.get("properties") or {}
    extra: Schema | bool | None = schema.get("additionalProperties")
    out: dict[str, Any] = {}
    for key, item in mapping.items():
        if not isinstance(key, str):
            raise _fail_type(f"{where} key", "a string", key)
        key = _check_text(f"{where} key", key)
        if item is None:
            continue
        if key not in props and extra is False:
            raise ValueError(f"{where} has an unknown field {shown(key)}")
        sub = props.get(key, extra)
        if isinstance(sub, Mapping) and sub:
            out[key] = check_value(f"{where}.{key}", sub, item)
        else:
            out[key] = _check_free(f"{where}.{key}", item, depth)
    missing = [name for name in schema.get("required") or () if name not in out]
    if missing:
        raise ValueError(f"{where} is missing required field(s): {', '.join(missing)}")
    return out


def check_value(where: str, schema: Schema, value: object) -> Any:
    """Check one value against its trimmed schema and return its JSON form."""
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
        result = _check_free(where, value)
    if kind not in ("number", "array"):  # those two were checked before conversion
        _check_rules(where, schema, result, value)
    elif "enum" in schema:
        _check_rules(where, {"enum": schema["enum"]}, result, value)
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
        schema_of_field = props.get(json_name) or {}
        body[json_name] = check_value(where, schema_of_field, value)
        # The contract's other spellings of the field (`x-aliases`): sent too, so the server
        # reads it whichever spelling it expects.
        for alias in schema_of_field.get("x-aliases") or ():
            body.setdefault(alias, body[json_name])
    return body
