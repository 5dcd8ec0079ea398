"""What callers meet of one spec file: the surface `make spec-diff` compares.

A file is read and checked like `make generate` reads it (valid OpenAPI 3, unique
operationIds, every `$ref` resolvable) and prepared into the contract (envelope fields out of
the bodies, money fields marked decimal, our `x-` facts derived). Each operation is then
described by what a caller can see of it:
- the request: HTTP method and path, every path and query parameter and every JSON body
  field (flattened to dotted paths: `beneficiary.address.city`, `items[]`, `limits.*`),
  each with its wire name, the argument it becomes and the Python type that argument takes;
- every documented answer, success and error alike, with its fields typed as the generated
  models type them (a decimal string and a JSON number are both `Decimal`);
- the security it needs, described by each scheme's type and location, never its name;
- the facade method's signature, for the report.

Spec-diff's rules live in `spec_diff.py`; this module only describes.
"""

from __future__ import annotations

import dataclasses
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from alias_rules import ALIASES
from operation_facts import ERROR_CLASSES, annotation, python_name
from overlay import default_overlay, merge_overlay
from prepare_spec import (
    TRANSPORT_FIELDS,
    check_openapi3,
    check_refs,
    check_schema,
    check_unique_operation_ids,
    load_yaml,
    to_contract,
)
from spec_errors import SpecError
from spec_walk import Spec, json_media, operations, resolve

# A file that states no security at all: WhiteBIT's private API is HMAC-signed.
SIGNED_BY_DEFAULT = frozenset(
    f"apiKey in header X-TXC-{header}" for header in ("APIKEY", "PAYLOAD", "SIGNATURE")
)
TOKEN_HEADER = "apiKey in header AUTHORIZATION"
_MAX_DEPTH = 20


@dataclass(frozen=True)
class Field:
    """One request value or answer field as a caller meets it."""

    place: str  # "body", "query", "path" (requests) or "answer"
    wire: str  # dotted path on the wire: "beneficiary.address.city", "data[].status", "*"
    python: str  # the Python type: an argument's annotation, or a model field's type
    json: str  # the declared JSON type and format: "string (decimal)", "number"
    enum: tuple[Any, ...] | None
    required: bool
    nullable: bool = False
    aliases: tuple[str, ...] = ()  # other wire spellings the client sends it under too

    @property
    def top(self) -> str:
        """The top-level wire name, which the argument or model attribute is named after."""
        return self.wire.split(".", 1)[0].split("[", 1)[0]

    @property
    def nested(self) -> bool:
        return self.top != self.wire

    @property
    def parent(self) -> str:
        """The wire path of the value holding this one ("" at the top)."""
        if self.wire.endswith("[]"):
            return self.wire[:-2]
        head, _sep, _tail = self.wire.rpartition(".")
        return head

    @property
    def last(self) -> str:
        """The last segment of the path: a name, or `[]` / `*` for list items and map values."""
        return self.wire[len(self.parent) :].lstrip(".")

    @property
    def argument(self) -> str:
        """The Python name a caller writes: the argument (a request's top-level value) or
        the model attribute (an answer field, at any depth)."""
        return python_name(self.last if self.place == "answer" else self.top)

    def describe(self) -> str:
        text = self.python + (" | None" if self.nullable else "")
        return text + (f" one of {list(self.enum)}" if self.enum else "")


@dataclass
class Operation:
    op_id: str
    method_name: str
    http_method: str
    path: str
    request: dict[tuple[str, str], Field]  # by (place, wire path)
    answers: dict[str, dict[str, Field]]  # by status ("200", "409", "default")
    security: frozenset[frozenset[str]]  # alternatives, each a set of scheme descriptions
    result: str  # what the facade method returns: a model class, `Accepted`, `Any`
    signature: str

    @property
    def success_statuses(self) -> list[str]:
        return sorted(s for s in self.answers if s.startswith("2"))

    @property
    def error_statuses(self) -> list[str]:
        return sorted(s for s in self.answers if not s.startswith("2"))


@dataclass
class Surface:
    operations: dict[str, Operation]
    envelope: dict[str, set[str]]  # declared JSON type of each signing envelope field
    schemes: dict[str, str] = field(default_factory=dict)  # scheme name -> description


def error_class(status: str) -> str:
    """The facade exception a documented error status raises."""
    if not status.isdigit():
        return "WhiteBITError"
    number = int(status)
    return ERROR_CLASSES.get(number, "ServerError" if number >= 500 else "WhiteBITError")


def load_surface(path: Path) -> Surface:
    """Read, check and describe one file; SpecError (one line) when it cannot be used."""
    name = str(path)
    raw = load_yaml(path)
    check_openapi3(raw, name)
    check_unique_operation_ids(raw, name)
    check_refs(raw, name)
    check_schema(raw, name)
    # Our additions, as `make generate` merges them: the same facts on both sides (e.g. the
    # card gateway's token auth), so only what the file itself changed is reported.
    merge_overlay(raw, default_overlay(), lenient=True)
    return describe(raw, name)


def describe(raw: Spec, name: str) -> Surface:
    """The surface of a checked spec (`raw` is not changed)."""
    envelope = envelope_types(raw)
    contract = to_contract(raw)
    schemes = {
        scheme_name: scheme_text(scheme)
        for scheme_name, scheme in sorted(
            ((contract.get("components") or {}).get("securitySchemes") or {}).items()
        )
    }
    found: dict[str, Operation] = {}
    for path, method, op in operations(contract):
        found[op["operationId"]] = _operation(contract, name, schemes, path, method, op)
    return Surface(found, envelope, schemes)


def _operation(
    spec: Spec, name: str, schemes: dict[str, str], path: str, method: str, op: dict[str, Any]
) -> Operation:
    where = f"paths.{path}.{method}"
    body = (json_media(resolve(spec, op.get("requestBody"))) or {}).get("schema")
    request = {
        ("body", f.wire): f
        for f in flatten(spec, body, "body").values()
        if f.top not in TRANSPORT_FIELDS  # the signing envelope, even in a shared body
    }
    for param in parameters(spec, path, op):
        request[(param.place, param.wire)] = param
    key = (op.get("x-idempotency") or {}).get("key")
    if key and ("body", key) in request:
        # The client makes up an idempotency key when the caller gives none.
        request[("body", key)] = _optional(request[("body", key)])
    answers = {
        str(status): flatten(
            spec, (json_media(resolve(spec, response)) or {}).get("schema"), "answer"
        )
        for status, response in (op.get("responses") or {}).items()
        if isinstance(response, dict)
    }
    security = security_of(spec, name, schemes, op, where)
    method_name = python_name(op["operationId"])
    result = _result_name(op)
    return Operation(
        op_id=op["operationId"],
        method_name=method_name,
        http_method=method.upper(),
        path=path,
        request=request,
        answers=answers,
        security=security,
        result=result,
        signature=_signature(method_name, request, security, result),
    )


def _optional(value: Field) -> Field:
    return dataclasses.replace(value, required=False)


def flatten(
    spec: Spec,
    schema: Any,
    place: str,
    prefix: str = "",
    chain: frozenset[str] = frozenset(),
) -> dict[str, Field]:
    """Every field below `schema`, by dotted wire path; `[]` for a list's items, `*` for
    every value of a map. A schema that contains itself (`$ref` back up the chain) is
    listed once, not expanded again, and depth is bounded, so no file makes this explode."""
    out: dict[str, Field] = {}
    ref = schema.get("$ref") if isinstance(schema, dict) else None
    if isinstance(ref, str):
        if ref in chain:
            return out
        chain = chain | {ref}
    schema = resolve(spec, schema)
    if not isinstance(schema, dict) or prefix.count(".") + prefix.count("[]") > _MAX_DEPTH:
        return out
    required = set(schema.get("required") or [])
    children: list[tuple[str, Any, bool]] = [
        (f"{prefix}.{name}" if prefix else str(name), sub, name in required)
        for name, sub in (schema.get("properties") or {}).items()
    ]
    if isinstance(schema.get("items"), dict):
        children.append((f"{prefix}[]", schema["items"], True))
    extra = schema.get("additionalProperties")
    if isinstance(extra, dict) and extra:
        children.append((f"{prefix}.*" if prefix else "*", extra, False))
    for path, sub, is_required in children:
        out[path] = make_field(spec, sub, place, path, is_required)
        out.update(flatten(spec, sub, place, path, chain))
    return out


def _argument_schema(spec: Spec, schema: Any, depth: int = 0) -> dict[str, Any]:
    """What `annotation` reads of a schema: its type and format, and its items' (resolved);
    the enum is left out (spec-diff compares it value by value)."""
    schema = resolve(spec, schema)
    if not isinstance(schema, dict) or depth > 5:
        return {}
    out = {k: schema[k] for k in ("type", "format") if k in schema}
    if "properties" in schema:
        out["properties"] = {}
    if isinstance(schema.get("items"), dict):
        out["items"] = _argument_schema(spec, schema["items"], depth + 1)
    return out


def make_field(spec: Spec, schema: Any, place: str, wire: str, required: bool) -> Field:
    schema = resolve(spec, schema)
    schema = schema if isinstance(schema, dict) else {}
    enum = tuple(schema["enum"]) if isinstance(schema.get("enum"), list) else None
    if place == "answer":
        python = answer_type(schema)
    else:
        python = annotation(_argument_schema(spec, schema))
    aliases = schema.get(ALIASES)
    kind = str(schema.get("type") or ("object" if "properties" in schema else "any"))
    return Field(
        place,
        wire,
        python,
        kind + (f" ({schema['format']})" if schema.get("format") else ""),
        enum,
        required,
        bool(schema.get("nullable")),
        tuple(str(a) for a in aliases) if isinstance(aliases, list) else (),
    )


def answer_type(schema: dict[str, Any]) -> str:
    """The type a generated model gives an answer field. Enums, uuid and date formats are
    dropped for parsing (an unknown value never breaks a call), and every decimal string or
    JSON number is `Decimal`."""
    kind, fmt = schema.get("type"), schema.get("format")
    if kind == "number" or (kind == "string" and fmt == "decimal"):
        return "Decimal"
    simple = {"string": "str", "integer": "int", "boolean": "bool", "array": "list"}
    if isinstance(kind, str) and kind in simple:
        return simple[kind]
    if schema.get("properties"):
        return "model"
    if kind == "object" or "additionalProperties" in schema:
        return "mapping"
    return "Any"


def parameters(spec: Spec, path: str, op: dict[str, Any]) -> list[Field]:
    """The operation's path and query parameters (its own replace the path item's)."""
    found: dict[tuple[str, str], Field] = {}
    item = (spec.get("paths") or {}).get(path) or {}
    for raw in [*(item.get("parameters") or []), *(op.get("parameters") or [])]:
        param = resolve(spec, raw)
        if not isinstance(param, dict):
            continue
        place, wire = str(param.get("in")), str(param.get("name"))
        value = make_field(
            spec, param.get("schema") or {}, place, wire, bool(param.get("required"))
        )
        found[(place, wire)] = value
    return list(found.values())


def scheme_text(scheme: Any) -> str:
    """A security scheme by what it is and where it travels: "apiKey in header X-TXC-APIKEY",
    "http bearer". Header names are case-insensitive: upper case."""
    if not isinstance(scheme, dict):
        return "undefined scheme"
    kind = str(scheme.get("type"))
    if kind == "apiKey":
        place = str(scheme.get("in"))
        key = str(scheme.get("name"))
        return f"apiKey in {place} {key.upper() if place == 'header' else key}"
    if kind == "http":
        return f"http {str(scheme.get('scheme')).lower()}"
    return kind


def security_of(
    spec: Spec, name: str, schemes: dict[str, str], op: dict[str, Any], where: str
) -> frozenset[frozenset[str]]:
    """The ways `op` may be authorised: each alternative a set of scheme descriptions."""
    if op.get("x-auth") == "jwt":
        # Our fact for the fiat gateway operation, which upstream files give no security
        # of its own: a token header, whatever `security` says (as the generator reads it).
        return frozenset({frozenset({TOKEN_HEADER})})
    security = op["security"] if "security" in op else spec.get("security")
    if security is None:
        return frozenset({SIGNED_BY_DEFAULT})
    if not isinstance(security, list):
        raise SpecError(name, "security must be a list of requirements", f"{where}.security")
    if not security:
        return frozenset({frozenset()})  # `security: []`: sent without credentials
    alternatives = set()
    for requirement in security:
        if not isinstance(requirement, dict):
            raise SpecError(name, "a security requirement must be a mapping", f"{where}.security")
        for scheme_name in requirement:
            if scheme_name not in schemes:
                raise SpecError(
                    name, f"security names an undefined scheme {scheme_name!r}", f"{where}.security"
                )
        alternatives.add(frozenset(schemes[s] for s in requirement))
    return frozenset(alternatives)


def security_label(alternative: frozenset[str]) -> str:
    """An alternative in words: "HMAC signature", "token in Authorization header", ..."""
    if not alternative:
        return "no credentials"
    if all(s.startswith("apiKey in header X-TXC-") for s in alternative):
        return (
            "HMAC signature (" + ", ".join(s.rsplit(" ", 1)[-1] for s in sorted(alternative)) + ")"
        )
    if alternative in ({TOKEN_HEADER}, {"http bearer"}):
        return "token in Authorization header"
    return " + ".join(sorted(alternative))


def takes_token(security: frozenset[frozenset[str]]) -> bool:
    """Whether the method needs a `jwt_token` argument: no signed alternative, a token one."""
    labels = {security_label(a) for a in security}
    return "token in Authorization header" in labels and not any(
        label.startswith("HMAC") for label in labels
    )


def _signature(
    method_name: str,
    request: dict[tuple[str, str], Field],
    security: frozenset[frozenset[str]],
    result: str,
) -> str:
    top = [f for f in request.values() if not f.nested]
    ordered = sorted(top, key=lambda f: not f.required)  # required first, stable
    params = []
    for value in ordered:
        typed = "Literal[" + ", ".join(map(repr, value.enum)) + "]" if value.enum else value.python
        params.append(f"{value.argument}: {typed}" + ("" if value.required else " | None = None"))
    if takes_token(security):
        params.append("jwt_token: str")
    return f"{method_name}({', '.join(params)}) -> {result}"


def _result_name(op: dict[str, Any]) -> str:
    if op.get("x-idempotency"):
        # The client answers an idempotent call with the key it was sent with.
        return "Accepted"
    success = [r for s, r in (op.get("responses") or {}).items() if str(s).startswith("2")]
    media = json_media(success[0]) if success else None
    schema = media.get("schema") if media else None
    if not isinstance(schema, dict):
        return "Any"
    if "$ref" in schema:
        return str(schema["$ref"]).rsplit("/", 1)[-1]
    items = schema.get("items") or {}
    if schema.get("type") == "array" and "$ref" in items:
        return f"list[{str(items['$ref']).rsplit('/', 1)[-1]}]"
    return "Any"


def envelope_types(raw: Spec) -> dict[str, set[str]]:
    """Declared JSON type of each envelope field across the file's operation bodies."""
    types: dict[str, set[str]] = {name: set() for name in sorted(TRANSPORT_FIELDS)}
    for _path, _method, op in operations(raw):
        schema = resolve(raw, (json_media(op.get("requestBody")) or {}).get("schema"))
        props = schema.get("properties") if isinstance(schema, dict) else None
        for name, sub in (props or {}).items():
            if name in types:
                sub = resolve(raw, sub)
                types[name].add(str(sub.get("type", "any")) if isinstance(sub, dict) else "any")
    return types
