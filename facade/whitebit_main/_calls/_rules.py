"""The contract's field rules, walked in one place for both sides of the wire.

`violations(schema, value)` yields every rule a JSON value breaks, in document order, as
`Violation`s naming the field's path, the rule and the rule's parameter. The client takes
the first one and raises before anything is sent (`_validation`); the sandbox collects
them all and answers with WhiteBIT's messages (`sandbox/_schema`). `node_violations` is
the same check for one value whose type is already known (the client converts Python
values to their JSON form first, then asks it).

Rules: required fields, JSON types (`decimal`-format strings must read as numbers),
formats (uuid, date, date-time), `enum`, `minLength`/`maxLength`, `pattern`,
`minimum`/`maximum`, `exclusiveMinimum`/`exclusiveMaximum`, `minItems`/`maxItems`, and
`x-decimals` (the most decimal places a number may have).
"""

from __future__ import annotations

import re
import uuid
from collections.abc import Iterator, Mapping
from dataclasses import dataclass
from datetime import date, datetime
from decimal import Decimal, InvalidOperation
from functools import cache
from typing import Any

Schema = Mapping[str, Any]
Path = tuple[str | int, ...]

_DATE = re.compile(r"[0-9]{4}-[0-9]{2}-[0-9]{2}")
_DATE_TIME = re.compile(
    r"[0-9]{4}-[0-9]{2}-[0-9]{2}T[0-9]{2}:[0-9]{2}:[0-9]{2}(?:\.[0-9]{1,9})?"
    r"(?:Z|[+-][0-9]{2}:[0-9]{2})"
)
_NUMBER_TEXT = re.compile(r"[+-]?(?:[0-9]+(?:\.[0-9]*)?|\.[0-9]+)")


@dataclass(frozen=True)
class Violation:
    """One broken rule: where (`path`), which (`rule`, a JSON Schema keyword or `type`,
    `format`, `required`), its parameter (`expected`) and the value found."""

    path: Path
    rule: str
    expected: Any
    value: Any = None

    @property
    def field(self) -> str:
        """The dotted field name WhiteBIT's errors use: `originator.address.city`."""
        return ".".join(str(part) for part in self.path)


@cache
def full_pattern(pattern: str) -> re.Pattern[str]:
    """`pattern` as JSON Schema means it: `$` is the very end (Python's also matches
    before a final newline)."""
    try:
        return re.compile(re.sub(r"(?<!\\)\$", r"\\Z", pattern))
    except re.error:  # a `$` inside a character class: keep the pattern as written
        return re.compile(pattern)


def as_number(value: object) -> Decimal | None:
    """A JSON number or a decimal string as a Decimal; None when it is neither."""
    if isinstance(value, bool):
        return None
    if isinstance(value, int | Decimal):
        return Decimal(value) if Decimal(value).is_finite() else None
    if isinstance(value, float):
        return Decimal(str(value)) if value == value and abs(value) != float("inf") else None
    if isinstance(value, str) and len(value) <= 64 and _NUMBER_TEXT.fullmatch(value):
        try:
            return Decimal(value)
        except InvalidOperation:  # pragma: no cover - the pattern admits only numbers
            return None
    return None


def decimal_places(number: Decimal) -> int:
    """Digits after the point, trailing zeros not counted ("1.50" has 1)."""
    exponent = number.normalize().as_tuple().exponent
    return -exponent if isinstance(exponent, int) and exponent < 0 else 0


def json_type(schema: Schema) -> str | None:
    kind = schema.get("type")
    if kind is None and "properties" in schema:
        return "object"
    return kind if isinstance(kind, str) else None


def _type_fits(kind: str | None, schema: Schema, value: object) -> bool:
    if kind == "string":
        if schema.get("format") == "decimal":
            return as_number(value) is not None
        return isinstance(value, str)
    if kind == "integer":
        return isinstance(value, int) and not isinstance(value, bool)
    if kind == "number":  # a numeric string reads as a number too, as WhiteBIT reads it
        return as_number(value) is not None
    if kind == "boolean":
        return isinstance(value, bool)
    if kind == "array":
        return isinstance(value, list)
    if kind == "object":
        return isinstance(value, Mapping)
    return True


def _format_fits(fmt: object, text: str) -> bool:
    try:
        if fmt == "uuid":
            uuid.UUID(text)
        elif fmt == "date":
            return _DATE.fullmatch(text) is not None and bool(date.fromisoformat(text))
        elif fmt == "date-time":
            return _DATE_TIME.fullmatch(text) is not None and bool(datetime.fromisoformat(text))
    except ValueError:
        return False
    return True


def _in_enum(value: object, enum: list[Any]) -> bool:
    # By type as well as value: 1.0 == 1 and True == 1, but JSON tells them apart.
    return any(type(value) is type(allowed) and value == allowed for allowed in enum)


def _bounds(path: Path, schema: Schema, number: Decimal, value: object) -> Iterator[Violation]:
    low, high = schema.get("minimum"), schema.get("maximum")
    above, below = schema.get("exclusiveMinimum"), schema.get("exclusiveMaximum")
    if low is not None and number < Decimal(str(low)):
        yield Violation(path, "minimum", low, value)
    if high is not None and number > Decimal(str(high)):
        yield Violation(path, "maximum", high, value)
    if above is not None and not isinstance(above, bool) and number <= Decimal(str(above)):
        yield Violation(path, "exclusiveMinimum", above, value)
    if below is not None and not isinstance(below, bool) and number >= Decimal(str(below)):
        yield Violation(path, "exclusiveMaximum", below, value)
    places = schema.get("x-decimals")
    if places is not None and decimal_places(number) > places:
        yield Violation(path, "x-decimals", places, value)


def node_violations(path: Path, schema: Schema, value: object) -> Iterator[Violation]:
    """The rules one value of the right JSON type breaks (not its children's)."""
    enum = schema.get("enum")
    if enum is not None and not _in_enum(value, enum):
        yield Violation(path, "enum", enum, value)
    if isinstance(value, str):
        fmt = schema.get("format")
        if fmt == "decimal":
            number = as_number(value)
            if number is not None:
                yield from _bounds(path, schema, number, value)
            return
        if fmt is not None and not _format_fits(fmt, value):
            yield Violation(path, "format", fmt, value)
        low, high = schema.get("minLength"), schema.get("maxLength")
        if low is not None and len(value) < low:
            yield Violation(path, "minLength", low, value)
        if high is not None and len(value) > high:
            yield Violation(path, "maxLength", high, value)
        pattern = schema.get("pattern")
        if pattern and not full_pattern(pattern).search(value):
            yield Violation(path, "pattern", pattern, value)
    elif isinstance(value, int | float | Decimal) and not isinstance(value, bool):
        number = as_number(value)
        if number is not None:
            yield from _bounds(path, schema, number, value)
    elif isinstance(value, list):
        low, high = schema.get("minItems"), schema.get("maxItems")
        if low is not None and len(value) < low:
            yield Violation(path, "minItems", low, value)
        if high is not None and len(value) > high:
            yield Violation(path, "maxItems", high, value)


def violations(schema: Schema, value: object, path: Path = ()) -> Iterator[Violation]:
    """Every rule `value` (a JSON value, as parsed) breaks, children included, in document
    order. A value of the wrong type yields only its `type` violation; `None` counts as
    absent, as WhiteBIT treats null; keys the schema does not describe are not checked."""
    kind = json_type(schema)
    if not _type_fits(kind, schema, value):
        decimal = kind == "string" and schema.get("format") == "decimal"
        yield Violation(path, "type", "number" if decimal else kind, value)
        return
    yield from node_violations(path, schema, value)
    if isinstance(value, Mapping):
        props: Mapping[str, Schema] = schema.get("properties") or {}
        for required in schema.get("required") or ():
            if value.get(required) is None:
                yield Violation((*path, required), "required", True)
        for key, item in value.items():
            if key in props and item is not None:
                yield from violations(props[key], item, (*path, key))
    elif isinstance(value, list):
        items: Schema = schema.get("items") or {}
        for index, item in enumerate(value):
            if item is not None:
                yield from violations(items, item, (*path, index))
