"""What the typed operations hand back and how they read answers: plain code, no spec data.

Copied verbatim into the generated package by scripts/generate.py (a plain module, not a
template); `operations.py` imports it and re-exports the public names.
"""

from __future__ import annotations

from collections.abc import Callable, Mapping
from dataclasses import dataclass
from typing import Any, TypeVar
from uuid import uuid4

__all__ = [
    "Accepted",
    "SecretAnswer",
    "accepted",
    "as_json",
    "carries_key",
    "list_of",
    "new_idempotency_key",
    "nothing",
]

T = TypeVar("T")


@dataclass(frozen=True)
class Accepted:
    """The answer to an idempotent call the server accepted: the key it was sent with, by
    which its record is found in the history."""

    unique_id: str


class SecretAnswer:
    """An answer the contract marks secret without documenting its fields (a card token,
    say): the JSON as it came, kept out of reprs, str() and tracebacks' locals display.
    Read it with `.reveal()` where it is really needed."""

    __slots__ = ("_value",)

    def __init__(self, value: Any) -> None:
        self._value = value

    def reveal(self) -> Any:
        """The answer's JSON as the server sent it."""
        return self._value

    def __repr__(self) -> str:
        return "SecretAnswer(<redacted>)"

    __str__ = __repr__

    def __eq__(self, other: object) -> bool:
        return isinstance(other, SecretAnswer) and other._value == self._value

    __hash__ = None  # type: ignore[assignment]

    def __reduce__(self) -> Any:
        # Pickling would write the secret out; refuse, as for the clients.
        raise TypeError("a SecretAnswer is not pickled: it holds a secret")


def new_idempotency_key() -> str:
    """A fresh idempotency key for one logical call, kept across all of its attempts."""
    return str(uuid4())


def accepted(key: str) -> Callable[[Any], Accepted]:
    """A parser for an idempotent call's answer: WhiteBIT sends nothing useful back."""

    def parse(data: Any) -> Accepted:
        return Accepted(key)

    return parse


def carries_key(record: Mapping[str, Any], name: str, key: str) -> bool:
    """True when a history record holds `key` under `name` or its other spelling
    (`unique_id` and `uniqueId` both occur)."""
    wanted = name.replace("_", "").lower()
    return any(k.replace("_", "").lower() == wanted and v == key for k, v in record.items())


def list_of(parse: Callable[[Mapping[str, Any]], T]) -> Callable[[Any], list[T]]:
    """A parser for a JSON list whose items `parse` reads."""

    def parse_list(data: Any) -> list[T]:
        if not isinstance(data, list):
            raise TypeError(f"expected a list, not {type(data).__name__}")
        return [parse(item) for item in data]

    return parse_list


def as_json(data: Any) -> Any:
    """An answer without a documented model: its JSON as it came."""
    return data


def nothing(data: Any) -> None:
    """An answer documented without a body."""
    return None
