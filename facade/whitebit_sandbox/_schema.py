"""Server-side check of a request body against the contract's body schema.

It answers the way WhiteBIT's (Laravel) validator does: every problem of every field is
collected, and the request fails with HTTP 400 `Validation failed` and
`errors: {field: ["The field field is required.", ...]}`. Unknown fields are ignored, as
WhiteBIT ignores them. The client-side checks of the facade are a different thing: they
raise before sending; this module is what a server says to any client.
"""

from __future__ import annotations

import re
import uuid
from collections.abc import Mapping
from datetime import date
from decimal import Decimal
from typing import Any

from ._amounts import parse_amount
from ._replies import VALIDATION_FAILED, Refusal

Schema = Mapping[str, Any]
Errors = dict[str, list[str]]

_CAMEL = re.compile(r"(?<=[a-z0-9])(?=[A-Z])")


def human(name: str) -> str:
    """A field name as Laravel prints it: `investmentStatus` -> `investment status`."""
    return _CAMEL.sub("_", name).lower().replace("_", " ")


def _is_number(value: object) -> bool:
    return (isinstance(value, int | Decimal) and not isinstance(value, bool)) or (
        isinstance(value, str) and parse_amount(value) is not None
    )


def _check_type(name: str, schema: Schema, value: object) -> str | None:
    """The message for a value of the wrong JSON type (None when the type fits)."""
    kind = schema.get("type")
    if kind is None and "properties" in schema:
        kind = "object"
    label = human(name)
    if kind == "string":
        if schema.get("format") == "decimal":
            ok = parse_amount(value) is not None
            return None if ok else f"The {label} must be a number."
        return None if isinstance(value, str) else f"The {label} must be a string."
    if kind == "integer":
        ok = isinstance(value, int) and not isinstance(value, bool)
        return None if ok else f"The {label} must be an integer."
    if kind == "number":
        return None if _is_number(value) else f"The {label} must be a number."
    if kind == "boolean":
        return None if isinstance(value, bool) else f"The {label} field must be true or false."
    if kind == "array":
        return None if isinstance(value, list) else f"The {label} must be an array."
    if kind == "object":
        return None if isinstance(value, dict) else f"The {label} must be an object."
    return None


def _check_string_rules(label: str, schema: Schema, value: str) -> list[str]:
    problems: list[str] = []
    fmt = schema.get("format")
    if fmt == "uuid":
        try:
            uuid.UUID(value)
        except ValueError:
            problems.append(f"The selected {label} is invalid.")
    elif fmt == "date":
        try:
            date.fromisoformat(value)
        except ValueError:
            problems.append(f"The {label} is not a valid date.")
    low, high = schema.get("minLength"), schema.get("maxLength")
    if low is not None and len(value) < low:
        problems.append(f"The {label} must be at least {low} characters.")
    if high is not None and len(value) > high:
        problems.append(f"The {label} may not be greater than {high} characters.")
    pattern = schema.get("pattern")
    if pattern and not re.search(pattern, value):
        problems.append(f"The {label} format is invalid.")
    return problems


def _check_rules(name: str, schema: Schema, value: Any) -> list[str]:
    """Messages for a value of the right type that breaks an enum, format or bound."""
    label = human(name)
    problems: list[str] = []
    enum = schema.get("enum")
    if enum is not None and value not in enum:
        problems.append(f"The selected {label} is invalid.")
    if isinstance(value, str) and schema.get("format") != "decimal":
        problems.extend(_check_string_rules(label, schema, value))
    if isinstance(value, int) and not isinstance(value, bool):
        low, high = schema.get("minimum"), schema.get("maximum")
        if low is not None and value < low:
            problems.append(f"The {label} must be at least {low}.")
        if high is not None and value > high:
            problems.append(f"The {label} may not be greater than {high}.")
    if isinstance(value, list):
        low, high = schema.get("minItems"), schema.get("maxItems")
        if low is not None and len(value) < low:
            problems.append(f"The {label} must have at least {low} items.")
        if high is not None and len(value) > high:
            problems.append(f"The {label} may not have more than {high} items.")
    return problems


def _check_value(name: str, schema: Schema, value: Any, errors: Errors) -> None:
    wrong_type = _check_type(name, schema, value)
    if wrong_type is not None:
        errors.setdefault(name, []).append(wrong_type)
        return
    problems = _check_rules(name, schema, value)
    if problems:
        errors.setdefault(name, []).extend(problems)
    if isinstance(value, dict):
        _check_object(name + ".", schema, value, errors)
    elif isinstance(value, list):
        items = schema.get("items") or {}
        for index, item in enumerate(value):
            if item is not None:
                _check_value(f"{name}.{index}", items, item, errors)


def _check_object(prefix: str, schema: Schema, body: Mapping[str, Any], errors: Errors) -> None:
    props: Mapping[str, Schema] = schema.get("properties") or {}
    for required in schema.get("required") or ():
        if body.get(required) is None:
            errors.setdefault(prefix + required, []).append(
                f"The {human(prefix + required)} field is required."
            )
    for key, value in body.items():
        if key in props and value is not None:
            _check_value(prefix + key, props[key], value, errors)


def body_errors(schema: Schema, body: Mapping[str, Any]) -> Errors:
    """Field name -> messages for everything wrong with `body` (empty when it is fine)."""
    errors: Errors = {}
    _check_object("", schema, body, errors)
    return errors


def validate_body(schema: Schema, body: Mapping[str, Any]) -> None:
    """Raise the 400 `Validation failed` refusal WhiteBIT gives for a malformed body."""
    errors = body_errors(schema, body)
    if errors:
        raise Refusal(400, VALIDATION_FAILED, errors=errors)
