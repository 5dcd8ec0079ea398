"""Typed nested request fields: the facts `request_types.py.jinja` renders.

A body field that is an object (a sub-account's `permissions`, a withdrawal's
`beneficiary`) gets a TypedDict whose keys are snake_case (`spot_enabled`), and, when some
key is spelled otherwise on the wire, a twin keyed by the wire names (`spotEnabled`): the
argument's type is the union of the two, so a checker verifies either spelling, and the
generated `to_wire()` renames snake_case keys to the wire names before the facade checks
the body. Required keys are `Required[...]` (the contract's `required`).

Names: the schema's `x-type-name`, else its component name, else the operation and the
path to the field (`EditSubAccountApiKeyUrlsItem`). A field the contract leaves free-form
may be typed as another with `x-typed-as` (withdraw-pay's beneficiary: "structured as in
the standard withdrawal"); `Input` is appended to a name a
generated model has (`SubAccountPermissionsInput`: the answer's type is
`SubAccountPermissions`). A name is used by one shape only.
"""

from __future__ import annotations

import json
from dataclasses import dataclass, field
from typing import Any

import enums
from operation_facts import OperationFacts, annotation, python_name, trim_schema
from spec_errors import SpecError
from spec_walk import Spec, json_media, operations, resolve, resolve_pointer

TYPE_NAME = "x-type-name"
TYPED_AS = "x-typed-as"  # a free-form field typed as another field (a JSON pointer)


@dataclass
class TypedField:
    key: str  # the key in this variant
    annotation: str
    required: bool


@dataclass
class TypedDictType:
    """One TypedDict to render (a snake_case one or its wire-named twin)."""

    name: str
    fields: list[TypedField]
    description: str
    twin_of: str | None = None  # the snake_case type this wire-named one mirrors


@dataclass
class RequestTypes:
    """Every nested request type, the argument annotations they replace, and the renames
    `to_wire()` applies: operation id -> body field -> rename tree."""

    types: list[TypedDictType] = field(default_factory=list)
    wire_names: dict[str, dict[str, Any]] = field(default_factory=dict)

    @property
    def names(self) -> list[str]:
        return [t.name for t in self.types]


def _pascal(text: str) -> str:
    return "".join(w[:1].upper() + w[1:] for w in python_name(text).split("_") if w)


class _Builder:
    def __init__(self, spec: Spec, found: RequestTypes, reserved: set[str]) -> None:
        self.spec = spec
        self.found = found
        # type name -> the shape it was made for; the generated models' names are taken.
        self.shapes: dict[str, str] = {name: "" for name in reserved}

    def _name(self, raw: Any, resolved: dict[str, Any], fallback: str, shape: str) -> str:
        ref = raw.get("$ref") if isinstance(raw, dict) else None
        named = [resolved.get(TYPE_NAME), ref.rsplit("/", 1)[-1] if ref else None, fallback]
        # A name a generated model has (an answer's SubAccountPermissions) gets `Input`.
        candidates = [n for name in named if name for n in (name, f"{name}Input")]
        for candidate in candidates:
            usable = isinstance(candidate, str) and candidate.isidentifier()
            if usable and self.shapes.get(str(candidate), shape) == shape:
                return str(candidate)
        number = 2
        while self.shapes.get(f"{fallback}{number}", shape) != shape:
            number += 1
        return f"{fallback}{number}"

    def value(
        self, raw: Any, trimmed: dict[str, Any], name: str, depth: int = 0
    ) -> tuple[str, dict[str, Any]]:
        """The annotation of a value and its rename tree ({} when nothing is renamed)."""
        resolved = resolve(self.spec, raw)
        resolved = resolved if isinstance(resolved, dict) else {}
        typed_as = resolved.get(TYPED_AS)
        if isinstance(typed_as, str) and depth < 8:
            # Free-form in the contract, typed as the field it points to (the body check
            # stays as the contract says; the keys are still renamed to the wire).
            try:
                target = resolve_pointer(self.spec, typed_as)
            except KeyError:
                raise SpecError("(spec)", f"{TYPED_AS} {typed_as!r} leads nowhere") from None
            return self.value(target, trim_schema(self.spec, target), name, depth + 1)
        props = trimmed.get("properties")
        if trimmed.get("type") == "array" and isinstance(trimmed.get("items"), dict):
            inner, tree = self.value(resolved.get("items") or {}, trimmed["items"], f"{name}Item")
            return f"Sequence[{inner}]", ({"items": tree} if tree else {})
        if not isinstance(props, dict) or not props:
            return enums.annotation_of(resolved, trimmed) or annotation(trimmed), {}
        return self.object(resolved, raw, trimmed, name)

    def object(
        self, resolved: dict[str, Any], raw: Any, trimmed: dict[str, Any], fallback: str
    ) -> tuple[str, dict[str, Any]]:
        shape = json.dumps(trimmed, sort_keys=True, default=str)
        name = self._name(raw, resolved, fallback, shape)
        known = self.shapes.get(name) == shape
        raw_props = resolved.get("properties") or {}
        required = set(trimmed.get("required") or ())
        keys: dict[str, str] = {}
        nested: dict[str, Any] = {}
        snake_fields: list[TypedField] = []
        wire_fields: list[TypedField] = []
        for wire, sub in trimmed["properties"].items():
            key = python_name(wire)
            # Two wire names with one snake_case spelling: that key keeps its wire name.
            if key != wire and (list(map(python_name, trimmed["properties"])).count(key) > 1):
                key = wire
            if key != wire and key in trimmed["properties"]:
                key = wire
            kind, tree = self.value(raw_props.get(wire) or {}, sub, f"{name}{_pascal(wire)}")
            if key != wire:
                keys[key] = wire
            if tree:
                nested[wire] = tree
            snake_fields.append(TypedField(key, kind, wire in required))
            wire_fields.append(TypedField(wire, kind, wire in required))
        twin = f"{name}Wire" if keys else None
        if not known:
            self.shapes[name] = shape
            text = " ".join(str(resolved.get("description") or "").split())
            self.found.types.append(TypedDictType(name, snake_fields, text))
            if twin is not None:
                self.shapes[twin] = shape
                self.found.types.append(TypedDictType(twin, wire_fields, text, twin_of=name))
        tree = {k: v for k, v in (("keys", keys), ("fields", nested)) if v}
        return (f"{name} | {twin}" if twin else name), tree


def _raw_bodies(contract: Spec) -> dict[str, dict[str, Any]]:
    bodies = {}
    for _path, _method, op in operations(contract):
        media = json_media(op.get("requestBody")) or {}
        schema = resolve(contract, media.get("schema") or {})
        bodies[str(op.get("operationId"))] = schema if isinstance(schema, dict) else {}
    return bodies


def build_request_types(
    contract: Spec, facts: list[OperationFacts], reserved: set[str]
) -> RequestTypes:
    """The nested request types of every operation; the typed arguments' annotations are
    set on `facts` (an object field's `Mapping[str, Any]` becomes its TypedDicts, an
    enumeration's literals accept its named constants too). `reserved`: names taken by the
    generated models."""
    found = RequestTypes()
    builder = _Builder(contract, found, reserved)
    bodies = _raw_bodies(contract)
    for op in facts:
        raw_props = bodies.get(op.operation_id, {}).get("properties") or {}
        props = op.body.get("properties") or {}
        for arg in op.arguments:
            trimmed = props.get(arg.json_name) or {}
            base = _pascal(op.method_name) + _pascal(arg.json_name)
            kind, tree = builder.value(raw_props.get(arg.json_name) or {}, trimmed, base)
            arg.annotation = kind
            if tree:
                found.wire_names.setdefault(op.operation_id, {})[arg.json_name] = tree
    return found
