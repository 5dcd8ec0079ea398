"""Fresh secret values planted at the contract's secret paths, to search for them later."""

from __future__ import annotations

import secrets
from typing import Any

from tests.support import resolve


class SecretMaker:
    """Makes unique values and remembers them (and the masked form each card should log)."""

    def __init__(self) -> None:
        self.planted: list[str] = []
        self.masked: list[str] = []

    def _card_number(self) -> str:
        number = f"4{secrets.randbelow(10**11):011d}{len(self.planted) + 1000:04d}"
        self.planted.append(number)
        return number

    def value(self, kind: str) -> str:
        if kind == "card":
            number = self._card_number()
            self.masked.append("*" * 12 + number[-4:])
            return number
        text = f"Sk{len(self.planted):02d}{secrets.token_hex(6)}"  # fits passphrase rules
        self.planted.append(text)
        return text

    def whole(self) -> dict[str, Any]:
        """An object for a value that is secret as a whole (its fields are undocumented)."""
        return {"token": self.value("redact"), "card": {"number": self._card_number()}}


def steps(path: str) -> list[str]:
    """A contract path ("data[].apiSecret") as steps: names, "[]" (items) and "*" (values)."""
    found: list[str] = []
    for part in path.split(".") if path else []:
        name = part.replace("[]", "")
        found += ([name] if name else []) + ["[]"] * part.count("[]")
    return found


def _schema_at(spec: dict[str, Any], schema: Any, trail: list[str]) -> dict[str, Any]:
    node = resolve(spec, schema or {})
    for step in trail:
        if step == "[]":
            node = node.get("items") or {}
        elif step == "*":
            node = node.get("additionalProperties") or {}
        else:
            node = (node.get("properties") or {}).get(step) or {}
        node = resolve(spec, node)
    return node if isinstance(node, dict) else {}


def plant(
    data: Any,
    path: str,
    kind: str,
    maker: SecretMaker,
    *,
    spec: dict[str, Any] | None = None,
    schema: Any = None,
) -> Any:
    """`data` with fresh secrets at `path`: in every item of a list and value of a map, and
    an object of them where the path (or its schema) is a whole object."""
    trail = steps(path)
    whole = not trail or _schema_at(spec or {}, schema, trail).get("type") == "object"

    def put(value: Any, rest: list[str]) -> Any:
        if not rest:
            return maker.whole() if whole else maker.value(kind)
        step, more = rest[0], rest[1:]
        if step == "[]":
            return [
                put(item, more) for item in (value if isinstance(value, list) and value else [{}])
            ]
        if step == "*":
            entries = value if isinstance(value, dict) and value else {"KEY": {}}
            return {key: put(item, more) for key, item in entries.items()}
        out = dict(value) if isinstance(value, dict) else {}
        out[step] = put(out.get(step), more)
        return out

    return put(data, trail)
