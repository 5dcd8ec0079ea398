"""Server-side check of a request body against the contract's body schema.

The rules are the ones the client checks too, walked by `whitebit_main._calls._rules`; this module
only words them the way WhiteBIT's (Laravel) validator does: every problem of every field
is collected, and the request fails with HTTP 400 `Validation failed` and
`errors: {field: ["The field field is required.", ...]}`. Unknown fields are ignored, as
WhiteBIT ignores them.
"""

from __future__ import annotations

import re
from collections.abc import Mapping
from typing import Any

from whitebit_main._calls._rules import Violation, violations

from whitebit_sandbox._core._replies import VALIDATION_FAILED, Refusal

Schema = Mapping[str, Any]
Errors = dict[str, list[str]]

_CAMEL = re.compile(r"(?<=[a-z0-9])(?=[A-Z])")
_TYPE_TEXT = {
    "string": "The {label} must be a string.",
    "integer": "The {label} must be an integer.",
    "number": "The {label} must be a number.",
    "boolean": "The {label} field must be true or false.",
    "array": "The {label} must be an array.",
    "object": "The {label} must be an object.",
}
_RULE_TEXT = {
    "required": "The {label} field is required.",
    "enum": "The selected {label} is invalid.",
    "minLength": "The {label} must be at least {expected} characters.",
    "maxLength": "The {label} may not be greater than {expected} characters.",
    "pattern": "The {label} format is invalid.",
    "minimum": "The {label} must be at least {expected}.",
    "maximum": "The {label} may not be greater than {expected}.",
    "exclusiveMinimum": "The {label} must be greater than {expected}.",
    "exclusiveMaximum": "The {label} must be less than {expected}.",
    "minItems": "The {label} must have at least {expected} items.",
    "maxItems": "The {label} may not have more than {expected} items.",
    "x-decimals": "The {label} may have at most {expected} decimal places.",
}
_FORMAT_TEXT = {
    "uuid": "The selected {label} is invalid.",
    "date": "The {label} is not a valid date.",
    "date-time": "The {label} is not a valid date.",
}


def human(name: str) -> str:
    """A field name as Laravel prints it: `investmentStatus` -> `investment status`."""
    return _CAMEL.sub("_", name).lower().replace("_", " ")


def message(violation: Violation) -> str:
    """WhiteBIT's text for one broken rule."""
    label = human(violation.field)
    if violation.rule == "type":
        return _TYPE_TEXT.get(str(violation.expected), "The {label} is invalid.").format(
            label=label
        )
    if violation.rule == "format":
        return _FORMAT_TEXT.get(str(violation.expected), "The {label} format is invalid.").format(
            label=label
        )
    return _RULE_TEXT[violation.rule].format(label=label, expected=violation.expected)


def body_errors(schema: Schema, body: Mapping[str, Any]) -> Errors:
    """Field name -> messages for everything wrong with `body` (empty when it is fine)."""
    errors: Errors = {}
    for violation in violations(schema, body):
        errors.setdefault(violation.field, []).append(message(violation))
    return errors


def validate_body(schema: Schema, body: Mapping[str, Any]) -> None:
    """Raise the 400 `Validation failed` refusal WhiteBIT gives for a malformed body."""
    errors = body_errors(schema, body)
    if errors:
        raise Refusal(400, VALIDATION_FAILED, errors=errors)
