"""Named constants for the contract's enumerations: the facts `enums.py.jinja` renders.

A schema names its enumeration with `x-enum-class` (the class: `FixedStatus`) and its
members with `x-enum-names` (one per value, in the order of `enum`; string values may go
without: `main_to_sub` is MAIN_TO_SUB). A field the contract does not restrict (an answer's
status, where a new code must not break reading) lists the known values in
`x-enum-values`. Integers become an IntEnum, strings a StrEnum, so a member is the plain
value too: accepted wherever the literal is (`Literal[1, 2] | FixedStatus`) and sent as the
value; answers read a known value as its member and keep any other value as it came.
"""

from __future__ import annotations

import keyword
import re
from dataclasses import dataclass
from typing import Any

from spec_errors import SpecError
from spec_walk import Spec

CLASS = "x-enum-class"
NAMES = "x-enum-names"
VALUES = "x-enum-values"
DESCRIPTION = "x-enum-description"  # the class's docstring, where the field's would not do
_MAX_DEPTH = 40


@dataclass
class Enumeration:
    name: str
    base: str  # "IntEnum" or "StrEnum"
    members: list[tuple[str, Any]]
    description: str


def _member_name(value: Any) -> str:
    name = re.sub(r"[^0-9A-Za-z]+", "_", str(value)).strip("_").upper()
    if not name or name[0].isdigit() or keyword.iskeyword(name):
        raise SpecError("(spec)", f"value {value!r} needs a name in {NAMES}")
    return name


def enumeration(schema: Any, where: str = "") -> Enumeration | None:
    """The named enumeration a (resolved) schema declares, or None."""
    if not isinstance(schema, dict) or not schema.get(CLASS):
        return None
    name = str(schema[CLASS])
    values = schema.get("enum") or schema.get(VALUES) or []
    kinds = {type(v) for v in values}
    if not values or not (kinds == {int} or kinds == {str}):
        raise SpecError("(spec)", f"{CLASS} {name} needs integer or string values", where)
    names = schema.get(NAMES) or [_member_name(v) for v in values]
    if not name.isidentifier() or len(names) != len(values) or len(set(names)) != len(names):
        raise SpecError("(spec)", f"{CLASS} {name}: one distinct name per value", where)
    if any(not str(n).isidentifier() or keyword.iskeyword(str(n)) for n in names):
        raise SpecError("(spec)", f"{CLASS} {name}: member names must be identifiers", where)
    base = "IntEnum" if kinds == {int} else "StrEnum"
    text = " ".join(str(schema.get(DESCRIPTION) or schema.get("description") or "").split())
    return Enumeration(name, base, [(str(n), v) for n, v in zip(names, values, strict=True)], text)


def _join(seen: Enumeration, other: Enumeration, where: str) -> None:
    """Fields sharing a class may allow different values (WhiteBIT widens or narrows one
    field's enum and not the other's): the class holds every member of them all, each
    field's own Literal still says what that field allows. One value with two names, one
    name for two values, or ints beside strings is an error."""
    if seen.base != other.base:
        raise SpecError("(spec)", f"{CLASS} {seen.name} mixes integer and string values", where)
    by_value = {value: name for name, value in seen.members}
    by_name = {name: value for name, value in seen.members}
    for name, value in other.members:
        if by_value.get(value, name) != name or by_name.get(name, value) != value:
            raise SpecError(
                "(spec)", f"{CLASS} {seen.name}: {value!r} named two ways ({name})", where
            )
        if value not in by_value:
            seen.members.append((name, value))
            by_value[value], by_name[name] = name, value


def collect(spec: Spec) -> list[Enumeration]:
    """Every named enumeration of the document, once each, by name; fields that share a
    class give it the members of them all (see `_join`)."""
    found: dict[str, Enumeration] = {}

    def walk(node: Any, where: str, depth: int) -> None:
        if depth > _MAX_DEPTH:
            return
        if isinstance(node, dict):
            known = enumeration(node, where)
            if known is not None:
                seen = found.setdefault(known.name, known)
                if seen is not known:
                    _join(seen, known, where)
            for key, value in node.items():
                walk(value, f"{where}/{key}", depth + 1)
        elif isinstance(node, list):
            for index, value in enumerate(node):
                walk(value, f"{where}[{index}]", depth + 1)

    walk(spec, "#", 0)
    return sorted(found.values(), key=lambda e: e.name)


def annotation_of(schema: Any, trimmed: dict[str, Any]) -> str | None:
    """A request field's type when its schema names an enumeration: the literals and the
    class (`Literal[1, 2] | FixedStatus`); None for any other field."""
    known = enumeration(schema)
    if known is None:
        return None
    allowed = trimmed.get("enum")
    if allowed:
        return "Literal[" + ", ".join(repr(v) for v in allowed) + "] | " + known.name
    return ("int" if known.base == "IntEnum" else "str") + " | " + known.name
