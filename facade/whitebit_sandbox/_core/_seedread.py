"""Reading seed JSON strictly: every value is checked where it is read, and a mistake
names its place (`accounts[1].balances.main.BTC: must be >= 0`), because a silently
ignored typo in a seed file would make a test pass or fail for the wrong reason."""

from __future__ import annotations

import uuid
from collections.abc import Mapping
from decimal import Decimal

from whitebit_sandbox._core._amounts import checked


class Reader:
    """Reads one JSON object of a seed, remembering where it is for error messages."""

    def __init__(self, where: str, data: object, required: set[str], optional: set[str]) -> None:
        if not isinstance(data, Mapping):
            raise ValueError(f"{where}: expected an object, got {type(data).__name__}")
        unknown = sorted(set(data) - required - optional)
        if unknown:
            raise ValueError(f"{where}: unknown field(s) {', '.join(unknown)}")
        missing = sorted(required - set(data))
        if missing:
            raise ValueError(f"{where}: missing field(s) {', '.join(missing)}")
        self.where = where
        self.data = data

    def text(self, name: str, default: str | None = None) -> str:
        value = self.data.get(name, default)
        if not isinstance(value, str) or not value:
            raise ValueError(f"{self.where}.{name}: expected a non-empty string")
        return value

    def optional_text(self, name: str) -> str | None:
        value = self.data.get(name)
        return None if value is None else self.text(name)

    def string(self, name: str, default: str = "") -> str:
        """A string that may be empty (an address or memo left blank)."""
        value = self.data.get(name, default)
        if not isinstance(value, str):
            raise ValueError(f"{self.where}.{name}: expected a string")
        return value

    def flag(self, name: str, default: bool) -> bool:
        value = self.data.get(name, default)
        if not isinstance(value, bool):
            raise ValueError(f"{self.where}.{name}: expected true or false")
        return value

    def integer(self, name: str, default: int | None = None) -> int:
        value = self.data.get(name, default)
        if isinstance(value, bool) or not isinstance(value, int):
            raise ValueError(f"{self.where}.{name}: expected an integer")
        return value

    def optional_integer(self, name: str) -> int | None:
        return None if self.data.get(name) is None else self.integer(name)

    def choice(self, name: str, allowed: Mapping[int, object] | set[int], default: int) -> int:
        value = self.integer(name, default)
        if value not in allowed:
            raise ValueError(f"{self.where}.{name}: {value} is not one of {sorted(allowed)}")
        return value

    def amount(self, name: str, *, positive: bool = False, default: str | None = None) -> Decimal:
        value = checked(self.data.get(name, default), f"{self.where}.{name}")
        if value < 0 or (positive and value == 0):
            raise ValueError(f"{self.where}.{name}: must be {'>' if positive else '>='} 0")
        return value


def uuid_text(where: str, value: str) -> str:
    """A UUID in its canonical form (lower case), as ids are stored and compared."""
    try:
        return str(uuid.UUID(value))
    except ValueError:
        raise ValueError(f"{where}: {value!r} is not a UUID") from None


def known(where: str, value: str, names: Mapping[str, object], what: str) -> str:
    if value not in names:
        raise ValueError(f"{where}: no {what} {value!r}")
    return value
