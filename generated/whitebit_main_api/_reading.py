"""How generated models read JSON: typed where the value fits, never failing on shape.

Copied verbatim into the generated package by scripts/generate.py (a plain module, not a
template). A model's `from_dict` reads each field with `read`: the first of its known
spellings that is present is taken; absent and null both read as None; a value that does
not fit the documented type (a word where a number belongs) also reads as None and is kept,
as it came, among the model's extra keys. So an answer the server accepted is never lost
to a parsing error, and `to_dict()` writes back what arrived, under the spelling it came in.
"""

from __future__ import annotations

from collections.abc import Callable, Iterator, Mapping
from decimal import Decimal
from enum import Enum
from typing import Any, TypeVar

from ._decimal import format_decimal, parse_decimal

__all__ = [
    "Acknowledged",
    "Unfit",
    "anything",
    "boolean",
    "decimal",
    "each",
    "first_of",
    "integer",
    "json_out",
    "model",
    "one_entry",
    "read",
    "read_values",
    "text",
    "write",
]

T = TypeVar("T")
Reader = Callable[[Any], Any]


class Unfit(ValueError):
    """A JSON value is not of the kind the contract documents for its field."""


def read(
    data: dict[str, Any],
    names: tuple[str, ...],
    reader: Callable[[Any], T],
    attribute: str,
    arrived: dict[str, str],
    unfit: dict[str, Any],
) -> T | None:
    """Take the field spelled by the first of `names` present in `data` (removing it) and
    read it; None when absent, null or unfit. `arrived` records the spelling of a value
    that was read (null included); `unfit` receives an unfit value under its spelling."""
    for name in names:
        if name in data:
            raw = data.pop(name)
            break
    else:
        return None
    if raw is None:
        arrived[attribute] = name
        return None
    try:
        value = reader(raw)
    except Exception:  # any failure of a reader (RecursionError included) means "unfit"
        unfit[name] = raw
        return None
    arrived[attribute] = name
    return value


def read_values(
    data: Mapping[str, Any], reader: Callable[[Any], T], unfit: dict[str, Any]
) -> dict[str, T]:
    """The values of a map keyed by data (balances by ticker), each read; unfit ones go to
    `unfit` under their key."""
    values: dict[str, T] = {}
    for key, raw in data.items():
        try:
            values[key] = reader(raw)
        except Exception:
            unfit[key] = raw
    return values


def write(
    out: dict[str, Any],
    attribute: str,
    value: Any,
    canonical: str,
    arrived: Mapping[str, str],
    writer: Callable[[Any], Any] | None = None,
) -> None:
    """Put a field into a model's JSON: under the spelling it arrived in (else its
    canonical one); None only where a null arrived."""
    name = arrived.get(attribute, canonical)
    if value is None:
        if attribute in arrived:
            out[name] = None
        return
    out[name] = writer(value) if writer is not None else value


def anything(value: Any) -> Any:
    return value


def text(value: Any) -> str:
    """A string; a number sent where text is documented becomes its exact digits."""
    if isinstance(value, str):
        return value
    if isinstance(value, int | Decimal) and not isinstance(value, bool):
        return str(value)
    raise Unfit(f"expected text, got {type(value).__name__}")


def integer(value: Any) -> int:
    """An integer; also an integral number or a string of digits (ids and times as text)."""
    if isinstance(value, bool):
        raise Unfit("expected an integer, got a boolean")
    if isinstance(value, int):
        return value
    if isinstance(value, Decimal) and value.is_finite() and value == value.to_integral_value():
        return int(value)
    if isinstance(value, str):
        digits = value.strip()
        if 0 < len(digits) <= 40 and digits.lstrip("+-").isdigit() and digits.isascii():
            return int(digits)
    raise Unfit(f"expected an integer, got {type(value).__name__}")


_TRUE = frozenset({"1", "true"})
_FALSE = frozenset({"0", "false"})


def boolean(value: Any) -> bool:
    """A boolean; WhiteBIT also sends 0/1, "0"/"1" and "true"/"false" for flags."""
    if isinstance(value, bool):
        return value
    if isinstance(value, int) and value in (0, 1):
        return bool(value)
    if isinstance(value, str):
        word = value.strip().lower()
        if word in _TRUE:
            return True
        if word in _FALSE:
            return False
    raise Unfit(f"expected a boolean, got {value!r:.20}")


def decimal(value: Any) -> Decimal:
    """A decimal quantity from a JSON string or number (see _decimal.parse_decimal)."""
    if isinstance(value, bool):
        raise Unfit("expected a decimal, got a boolean")
    return parse_decimal(value)


class _Model:
    """Reads a JSON object into one generated model class."""

    __slots__ = ("cls",)

    def __init__(self, cls: Any) -> None:
        self.cls = cls

    def __call__(self, value: Any) -> Any:
        if not isinstance(value, Mapping):
            raise Unfit(f"expected an object, got {type(value).__name__}")
        return self.cls.from_dict(value)


def model(cls: Any) -> Reader:
    return _Model(cls)


def each(reader: Reader) -> Reader:
    """A list whose items `reader` reads; unfit as a whole if any item is."""

    def read_list(value: Any) -> list[Any]:
        if not isinstance(value, list):
            raise Unfit(f"expected a list, got {type(value).__name__}")
        return [reader(item) for item in value]

    return read_list


def json_out(value: Any) -> Any:
    """A typed field's value as JSON: models by `to_dict()`, decimals as plain decimal
    strings, named constants as their plain value, lists item by item."""
    if isinstance(value, Decimal):
        return format_decimal(value)
    if isinstance(value, Enum):
        return value.value
    if isinstance(value, list):
        return [json_out(item) for item in value]
    to_dict = getattr(value, "to_dict", None)
    return to_dict() if callable(to_dict) else value


def named(cls: Any, reader: Reader) -> Reader:
    """A field the contract names an enumeration of: the member for a known value, the
    value as `reader` reads it for any other (a new status code must not break reading)."""

    def read_named(value: Any) -> Any:
        plain = reader(value)
        try:
            return cls(plain)
        except ValueError:
            return plain

    return read_named


def first_of(*readers: Reader) -> Reader:
    """The first reading that fits (a documented union of kinds)."""

    def read_union(value: Any) -> Any:
        for reader in readers:
            try:
                return reader(value)
            except Exception:
                continue
        raise Unfit("fits none of the documented kinds")

    return read_union


def one_entry(key: str | None, parse: Callable[[Any], T]) -> Callable[[Any], T]:
    """A parser for an answer keyed by data (balances by ticker) that the server may send as
    the one entry alone when the request named it (`{"main_balance": "0"}` for one
    ticker): that entry is read into the same mapping, under the key asked for."""

    def parse_answer(data: Any) -> T:
        if (
            key is not None
            and isinstance(data, Mapping)
            and key not in data
            and any(not isinstance(value, Mapping | list) for value in data.values())
        ):
            data = {key: data}
        return parse(data)

    return parse_answer


class Acknowledged(Mapping[str, Any]):
    """The answer of a call that WhiteBIT acknowledges without data (an empty list, or an
    empty object): the call succeeded. Whatever keys a server sends anyway are kept
    (`ack["transactionId"]`); `to_dict()` gives the JSON back as it came."""

    __slots__ = ("_data", "_sent")

    def __init__(self, data: Mapping[str, Any] | None = None) -> None:
        self._data = dict(data or {})
        self._sent: Any = self._data

    @classmethod
    def from_dict(cls, data: Any) -> Acknowledged:
        if data is None or (isinstance(data, list) and not data):
            ack = cls()
            ack._sent = [] if data is not None else None
            return ack
        if not isinstance(data, Mapping):
            raise TypeError(f"expected an empty list or an object, not {type(data).__name__}")
        return cls(data)

    def to_dict(self) -> Any:
        """The answer's JSON as it came: `[]`, `{}` or the object a server sent."""
        return dict(self._data) if isinstance(self._sent, dict) else self._sent

    def __getitem__(self, key: str) -> Any:
        return self._data[key]

    def __iter__(self) -> Iterator[str]:
        return iter(self._data)

    def __len__(self) -> int:
        return len(self._data)

    def __repr__(self) -> str:
        return f"Acknowledged({self._data!r})" if self._data else "Acknowledged()"

    def __eq__(self, other: object) -> bool:
        return isinstance(other, Acknowledged) and other._data == self._data

    __hash__ = None  # type: ignore[assignment]
