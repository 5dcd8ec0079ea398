"""Validate an OpenAPI file and normalise it for openapi-python-client.

Loading passes every value through one rule (scripts/spec_values.py: YAML dates become
text, NaN and infinities are refused); our additions (openapi/overlay.yaml) are merged
where the file states none of them (scripts/overlay.py). Two products come out of one
input:
- the *contract*: the spec as callers see it (transport fields removed, everything else kept),
  which the typed operations layer and the facade's input checks are built from;
- the *generator input*: the contract loosened where generated parsing would be brittle
  (no enums, no uuid/date formats, no defaults), so that an answer with a new enum value or
  an odd date never breaks a call. Values are still typed where JSON types them; decimal
  strings are declared numbers, which the generator step turns into `Decimal` fields.
"""

from __future__ import annotations

import copy
import re
from pathlib import Path
from typing import Any

import yaml
from alias_rules import ALIASES, KEYED_BY, mark_aliases, mark_keyed_by, other_spelling, states
from openapi_spec_validator import validate
from openapi_spec_validator.validation.exceptions import OpenAPIValidationError
from overlay import Overlay, Rules, default_overlay, merge_overlay
from secret_rules import mark_secrets, states_secrets
from spec_errors import SpecError
from spec_values import identifier, json_values, positive_int
from spec_walk import (
    DEFAULT_RATE_LIMIT,
    JSON_MEDIA,
    Spec,
    name_words,
    operations,
    resolve,
    resolve_pointer,
    walk_refs,
)

__all__ = ["TRANSPORT_FIELDS", "Spec", "derive_facts", "load_yaml", "operations", "prepare"]

TRANSPORT_FIELDS = frozenset({"request", "nonce", "nonceWindow"})
LOOSE_FORMATS = frozenset({"uuid", "date", "date-time"})


def load_yaml(path: Path) -> Spec:
    """Parse a YAML/JSON file into a mapping, or raise SpecError with line and column."""
    name = str(path)
    try:
        text = path.read_text(encoding="utf-8")
    except OSError as exc:
        raise SpecError(name, f"cannot read file ({exc.strerror})") from None
    try:
        data = yaml.safe_load(text)
    except yaml.MarkedYAMLError as exc:
        mark = exc.problem_mark
        where = f"{mark.line + 1}:{mark.column + 1}" if mark else ""
        raise SpecError(name, f"not valid YAML: {exc.problem}", where) from None
    except yaml.YAMLError as exc:
        raise SpecError(name, f"not valid YAML: {exc}") from None
    if not isinstance(data, dict):
        raise SpecError(name, "not an OpenAPI document (top level is not a mapping)")
    # YAML's dates, NaN and infinities: text, or one line naming the spot (spec_values).
    checked: Spec = json_values(data, name)
    return checked


def check_openapi3(spec: Spec, name: str) -> None:
    version = str(spec.get("openapi", ""))
    if not version.startswith("3."):
        found = f"swagger {spec['swagger']}" if "swagger" in spec else "no 'openapi' field"
        raise SpecError(name, f"not an OpenAPI 3 document ({found})")


def check_unique_operation_ids(spec: Spec, name: str) -> None:
    seen: dict[str, str] = {}
    for path, method, op in operations(spec):
        op_id = op.get("operationId")
        where = f"paths.{path}.{method}"
        if not isinstance(op_id, str) or not op_id:
            raise SpecError(name, "operation without operationId", where)
        if op_id in seen:
            raise SpecError(name, f"duplicate operationId {op_id!r} (also at {seen[op_id]})", where)
        seen[op_id] = where


def check_refs(spec: Spec, name: str) -> None:
    for ref, trail in walk_refs(spec, ""):
        try:
            resolve_pointer(spec, ref)
        except KeyError:
            raise SpecError(name, f"$ref to nothing: {ref}", trail) from None


def check_schema(spec: Spec, name: str) -> None:
    try:
        validate(spec)
    except OpenAPIValidationError as exc:
        where = ".".join(str(p) for p in getattr(exc, "path", []) or [])
        message = str(getattr(exc, "message", exc)).splitlines()[0]
        raise SpecError(name, f"invalid OpenAPI: {message}", where) from None


PARAMETER_PLACES = ("path", "query")


def parameters_of(spec: Spec, path: str, op: dict[str, Any]) -> list[dict[str, Any]]:
    """The operation's parameters with the path item's, `$ref`s followed (an operation's
    own parameter replaces the path item's of the same name and place)."""
    found: dict[tuple[str, str], dict[str, Any]] = {}
    for raw in [*(spec["paths"][path].get("parameters") or []), *(op.get("parameters") or [])]:
        param = resolve(spec, raw)
        if isinstance(param, dict):
            found[(str(param.get("name")), str(param.get("in")))] = param
    return list(found.values())


def check_parameters(spec: Spec, name: str) -> None:
    """Path and query parameters are sent as the spec places them; a header or cookie
    parameter has no place in a signed request, and a path template must name exactly the
    path parameters (the generator drops the operation otherwise)."""
    for path, method, op in operations(spec):
        where = f"paths.{path}.{method}.parameters"
        params = parameters_of(spec, path, op)
        for param in params:
            if param.get("in") not in PARAMETER_PLACES:
                raise SpecError(
                    name,
                    f"operation {op['operationId']} has parameter {param.get('name')!r} in "
                    f"{param.get('in')}; only path and query parameters are supported",
                    where,
                )
        in_path = {str(p.get("name")) for p in params if p.get("in") == "path"}
        in_template = set(re.findall(r"{([^}]*)}", path))
        if in_path != in_template:
            raise SpecError(
                name,
                f"operation {op['operationId']}: path parameters {sorted(in_path)} do not "
                f"match the path template's {sorted(in_template)}",
                where,
            )


def check_extensions(spec: Spec, name: str) -> None:
    """Our `x-` facts, where a file states them, hold what the generated code can use: a
    positive rate limit, an idempotency finder that is a method name and looks up a real
    operation by a plain field name."""
    ids = {op.get("operationId") for _path, _method, op in operations(spec)}
    for path, method, op in operations(spec):
        where = f"paths.{path}.{method}"
        if "x-rate-limit" in op:
            limit = op["x-rate-limit"]
            spot = f"{where}.x-rate-limit"
            if not isinstance(limit, dict):
                raise SpecError(name, "x-rate-limit must map requests and per_seconds", spot)
            for key in ("requests", "per_seconds"):
                positive_int(limit.get(key), name, spot, f"x-rate-limit {key}")
        if "x-idempotency" not in op:
            continue
        facts = op["x-idempotency"]
        spot = f"{where}.x-idempotency"
        if not isinstance(facts, dict) or not isinstance(facts.get("key"), str):
            raise SpecError(name, "x-idempotency needs a `key` naming a body field", spot)
        find = facts.get("find")
        if find is None:
            continue
        if not isinstance(find, dict):
            raise SpecError(name, "x-idempotency.find must be a mapping", spot)
        identifier(find.get("method"), name, f"{spot}.find.method", "finder")
        if find.get("operation") not in ids:
            raise SpecError(
                name,
                f"x-idempotency finds with an unknown operation {str(find.get('operation'))!r}",
                f"{spot}.find.operation",
            )
        if not re.fullmatch(r"[A-Za-z_][A-Za-z0-9_]*", str(find.get("filter"))):
            raise SpecError(
                name,
                f"x-idempotency filter {str(find.get('filter'))[:40]!r} is not a field name",
                f"{spot}.find.filter",
            )
        if not isinstance(find.get("fields", {}), dict):
            raise SpecError(name, "x-idempotency.find.fields must be a mapping", spot)


def check_success_status(spec: Spec, name: str) -> None:
    for path, method, op in operations(spec):
        codes = [str(code) for code in (op.get("responses") or {}) if str(code).startswith("2")]
        if len(codes) != 1:
            raise SpecError(
                name,
                f"operation {op['operationId']} needs exactly one 2xx response, "
                f"has {codes or 'none'}",
                f"paths.{path}.{method}.responses",
            )


def _words(name: str) -> str:
    return re.sub(r"[^a-z0-9]", "", name.lower())


def _reconcile_required(schema: dict[str, Any]) -> None:
    """Upstream sometimes requires a field it never declares (`uniqueId` beside a declared
    `unique_id`). Such a name is mapped to the declared field it spells in another case
    style; with no such field it is declared untyped, so callers can still send it."""
    props = schema.get("properties")
    required = schema.get("required")
    if not isinstance(props, dict) or not isinstance(required, list):
        return
    by_words = {_words(name): name for name in props}
    fixed: list[str] = []
    for name in required:
        if name not in props and _words(name) in by_words:
            name = by_words[_words(name)]
        elif name not in props:
            props[name] = {"description": "Required by the API; its type is not documented."}
        if name not in fixed:
            fixed.append(name)
    schema["required"] = fixed


def _strip_transport(schema: dict[str, Any]) -> None:
    props = schema.get("properties")
    if isinstance(props, dict):
        for field in TRANSPORT_FIELDS:
            props.pop(field, None)
    if isinstance(schema.get("required"), list):
        schema["required"] = [r for r in schema["required"] if r not in TRANSPORT_FIELDS]
        if not schema["required"]:
            del schema["required"]


def _strip_transport_examples(media: dict[str, Any]) -> None:
    example = media.get("example")
    if isinstance(example, dict):
        media["example"] = {k: v for k, v in example.items() if k not in TRANSPORT_FIELDS}
    for named in (media.get("examples") or {}).values():
        if isinstance(named, dict) and isinstance(named.get("value"), dict):
            named["value"] = {k: v for k, v in named["value"].items() if k not in TRANSPORT_FIELDS}


def _unique_name(schemas: dict[str, Any], wanted: str) -> str:
    name, counter = wanted, 2
    while name in schemas:
        name, counter = f"{wanted}{counter}", counter + 1
    return name


def _own_request_schema(contract: Spec, op: dict[str, Any], media: dict[str, Any]) -> Any:
    """Give the operation's body a component of its own, named `<OperationId>Request`.

    An inline body is moved into components; a body referring to a shared component that
    holds envelope fields is copied, so the shared one keeps its fields elsewhere. Either
    way the generated class is named after the operation, whatever the file's structure.
    """
    schemas = contract["components"]["schemas"]
    schema = media.get("schema")
    wanted = _pascal(op["operationId"]) + "Request"
    if not isinstance(schema, dict):
        return None
    if "$ref" in schema:
        target = resolve_pointer(contract, schema["$ref"])
        if not (
            isinstance(target, dict) and TRANSPORT_FIELDS & set(target.get("properties") or {})
        ):
            return target
        if schema["$ref"].rsplit("/", 1)[-1] == wanted:
            return target
        schema = copy.deepcopy(target)
    name = _unique_name(schemas, wanted)
    schemas[name] = schema
    media["schema"] = {"$ref": f"#/components/schemas/{name}"}
    return schema


def _own_result_schema(contract: Spec, op: dict[str, Any]) -> None:
    """Move an inline success body into components as `<OperationId>Result` (stable name)."""
    schemas = contract["components"]["schemas"]
    for status, response in (op.get("responses") or {}).items():
        if not str(status).startswith("2") or not isinstance(response, dict):
            continue
        media = (response.get("content") or {}).get(JSON_MEDIA)
        if not isinstance(media, dict):
            continue
        schema = media.get("schema")
        if not isinstance(schema, dict) or "$ref" in schema:
            continue
        if schema.get("type") == "array" and "$ref" in (schema.get("items") or {}):
            continue
        name = _unique_name(schemas, _pascal(op["operationId"]) + "Result")
        schemas[name] = schema
        media["schema"] = {"$ref": f"#/components/schemas/{name}"}


ERROR_SCHEMA = "ApiError"
_ERROR_COMPONENT = {
    "type": "object",
    "description": "Error body: code, message and per-field messages.",
    "required": ["message"],
    "properties": {
        "code": {"type": "integer"},
        "message": {"type": "string"},
        "errors": {
            "type": "object",
            "additionalProperties": {"type": "array", "items": {"type": "string"}},
        },
    },
}


def _shared_error_schema(contract: Spec, op: dict[str, Any]) -> None:
    """Every documented error body is parsed by the facade itself: one shared schema."""
    schemas = contract["components"]["schemas"]
    schemas.setdefault(ERROR_SCHEMA, copy.deepcopy(_ERROR_COMPONENT))
    for status, response in (op.get("responses") or {}).items():
        if str(status).startswith("2") or not isinstance(response, dict):
            continue
        media = (response.get("content") or {}).get(JSON_MEDIA)
        if isinstance(media, dict):
            media["schema"] = {"$ref": f"#/components/schemas/{ERROR_SCHEMA}"}


def derive_facts(
    op: dict[str, Any], body: dict[str, Any] | None, rules: Rules | None = None
) -> None:
    """Fill the `x-` facts the facade relies on when a file (upstream) does not state them,
    by the overlay's rules (openapi/overlay.yaml, `rules`):

    - x-rate-limit: as the description's prose states it (`rate_limit_text`), else the
      API-wide default (then x-rate-limit-source says "default").
    - x-changes-state: false only for operations named with a `read_only_prefixes` word
      whose body has none of the `key_fields` (an idempotency key means the call creates
      something).
    - x-moves-money: state-changing operations with one of the `money_fields`, or named
      with a `money_verb_prefixes` word.
    """
    rules = rules or default_overlay().rules
    if "x-rate-limit" not in op:
        found = rules.rate_limit_text.search(str(op.get("description") or ""))
        if found:
            op["x-rate-limit"] = {"requests": int(found[1]), "per_seconds": int(found[2])}
            op["x-rate-limit-source"] = "description"
        else:
            op["x-rate-limit"] = dict(DEFAULT_RATE_LIMIT)
            op["x-rate-limit-source"] = "default"
    fields = set((body or {}).get("properties") or {})
    op_id = str(op["operationId"])
    if "x-changes-state" not in op:
        op["x-changes-state"] = not (
            op_id.startswith(rules.read_only_prefixes) and not fields & set(rules.key_fields)
        )
    if "x-moves-money" not in op:
        op["x-moves-money"] = bool(op["x-changes-state"]) and (
            bool(fields & set(rules.money_fields)) or op_id.startswith(rules.money_verb_prefixes)
        )


def to_contract(spec: Spec) -> Spec:
    """The spec as callers see it, with stable names and the facade's facts filled in.

    Bodies hold only the operation's own fields (no envelope); request and success bodies
    live in components named after the operation; error bodies share one schema; missing
    `x-` facts are derived (see `derive_facts`).
    """
    contract = copy.deepcopy(spec)
    contract.setdefault("components", {}).setdefault("schemas", {})
    for _path, _method, op in operations(contract):
        content = (op.get("requestBody") or {}).get("content") or {}
        # Only JSON bodies exist on this API; other media would make the generator drop the call.
        for media_type in [m for m in content if m != JSON_MEDIA]:
            del content[media_type]
        media = content.get(JSON_MEDIA)
        body = _own_request_schema(contract, op, media) if isinstance(media, dict) else None
        if isinstance(body, dict):
            _strip_transport(body)
            _reconcile_required(body)
            if not body.get("properties") and "type" not in body:
                body["type"] = "object"
            _strip_transport_examples(media)  # type: ignore[arg-type]
        _own_result_schema(contract, op)
        _shared_error_schema(contract, op)
        derive_facts(op, body if isinstance(body, dict) else None)
    _prune_unreferenced(contract)
    _check_finders(contract)
    _check_with_per_tag(contract)
    if not _states_decimals(contract):
        mark_decimals(contract)
    if not states_secrets(contract):
        mark_secrets(contract)
    if not states(contract, ALIASES):
        mark_aliases(contract)
    if not states(contract, KEYED_BY):
        mark_keyed_by(contract)
    _send_filter_both_ways(contract)
    return contract


_DECIMAL_TEXT = re.compile(r"[+-]?(?:\d+(?:\.\d*)?|\.\d+)")


def _last_word(name: str) -> str:
    words = name_words(name)
    return words[-1] if words else ""


def is_money_field(name: str, schema: dict[str, Any]) -> bool:
    """A string field whose name says quantity and whose example, if any, is a decimal."""
    if schema.get("type") != "string" or "format" in schema or "enum" in schema:
        return False
    example = schema.get("example")
    if example is not None and not _DECIMAL_TEXT.fullmatch(str(example)):
        return False
    return _last_word(name) in default_overlay().rules.money_words


def _states_decimals(node: Any) -> bool:
    """True when some schema of the file says `format: decimal` (then it says so everywhere)."""
    if isinstance(node, dict):
        return node.get("format") == "decimal" or any(map(_states_decimals, node.values()))
    if isinstance(node, list):
        return any(map(_states_decimals, node))
    return False


def mark_decimals(contract: Spec) -> None:
    """Give money fields `format: decimal` in a file that marks none (upstream's files):
    requests then take `Decimal` and answers parse into `Decimal`. See `is_money_field`."""

    def visit(node: Any, depth: int) -> None:
        if not isinstance(node, dict) or depth > 30:
            return
        for name, sub in (node.get("properties") or {}).items():
            if isinstance(sub, dict) and "$ref" not in sub and is_money_field(name, sub):
                sub["format"] = "decimal"
            visit(sub, depth + 1)
        for key in ("items", "additionalProperties"):
            visit(node.get(key), depth + 1)
        for key in ("allOf", "oneOf", "anyOf"):
            for sub in node.get(key) or []:
                visit(sub, depth + 1)

    for schema in contract["components"]["schemas"].values():
        visit(schema, 0)


def _check_with_per_tag(contract: Spec) -> None:
    """Drop a tag's `x-check-with` (the file's or the overlay's) that names an operation
    the file does not have."""
    ids = {op["operationId"] for _path, _method, op in operations(contract)}
    for tag in contract.setdefault("tags", []):
        if isinstance(tag, dict) and "x-check-with" in tag and tag["x-check-with"] not in ids:
            del tag["x-check-with"]


def _check_finders(contract: Spec) -> None:
    """An `x-idempotency.find` must name a history operation that has the filter field; a
    file that spells it the other way (`uniqueId` / `unique_id`) is followed, one that has
    neither loses the finder (the key alone still makes re-sending safe)."""
    bodies = {}
    for _path, _method, op in operations(contract):
        media = ((op.get("requestBody") or {}).get("content") or {}).get(JSON_MEDIA) or {}
        schema = media.get("schema") or {}
        while isinstance(schema, dict) and "$ref" in schema:
            schema = resolve_pointer(contract, schema["$ref"])
        bodies[op["operationId"]] = set((schema or {}).get("properties") or {})
    for _path, _method, op in operations(contract):
        find = (op.get("x-idempotency") or {}).get("find")
        if not isinstance(find, dict):
            continue
        fields = bodies.get(str(find.get("operation")), set())
        spelled = {_words(name): name for name in fields}.get(_words(str(find.get("filter"))))
        if spelled is None:
            del op["x-idempotency"]["find"]
        else:
            find["filter"] = spelled


def _send_filter_both_ways(contract: Spec) -> None:
    """The history filter for an idempotency key goes out under both spellings: WhiteBIT's
    newest file says `unique_id`, its SDKs and every earlier file `uniqueId`, and a filter
    the server does not read would return other records (the finder still checks the key)."""
    by_id = {op["operationId"]: op for _path, _method, op in operations(contract)}
    for _path, _method, op in operations(contract):
        find = (op.get("x-idempotency") or {}).get("find")
        history = by_id.get(str((find or {}).get("operation")))
        if not isinstance(find, dict) or history is None:
            continue
        media = ((history.get("requestBody") or {}).get("content") or {}).get(JSON_MEDIA) or {}
        body = resolve(contract, media.get("schema"))
        field = ((body or {}).get("properties") or {}).get(find.get("filter"))
        other = other_spelling(str(find.get("filter")))
        if isinstance(field, dict) and other and other not in field.get(ALIASES, []):
            field[ALIASES] = [*field.get(ALIASES, []), other]


def _prune_unreferenced(contract: Spec) -> None:
    """Drop component schemas no operation reaches: they would only add unused models."""
    schemas: dict[str, Any] = contract["components"]["schemas"]
    prefix = "#/components/schemas/"
    reached: set[str] = set()
    pending = [ref for ref, _ in walk_refs(contract.get("paths") or {}, "")]
    while pending:
        ref = pending.pop()
        name = ref[len(prefix) :] if ref.startswith(prefix) else None
        if name is None or name in reached or name not in schemas:
            continue
        reached.add(name)
        pending.extend(sub for sub, _ in walk_refs(schemas[name], ""))
    for name in [n for n in schemas if n not in reached]:
        del schemas[name]


def _loosen(node: Any) -> Any:
    if isinstance(node, dict):
        if node.get("type") == "string" and node.get("format") == "decimal":
            # A JSON number to the generator, so its model field becomes a Decimal (see
            # scripts/decimals.py); the wire form stays the contract's decimal string.
            node = {k: v for k, v in node.items() if k != "format"} | {"type": "number"}
        loose = {}
        for key, value in node.items():
            if key in ("enum", "default", "example", "examples"):
                continue
            if key == "format" and value in LOOSE_FORMATS:
                continue
            loose[key] = _loosen(value)
        return loose
    if isinstance(node, list):
        return [_loosen(v) for v in node]
    return node


def to_generator_input(contract: Spec) -> Spec:
    """The contract without enums, defaults, examples and uuid/date formats, with decimal
    strings declared as numbers (see module doc)."""
    loose = copy.deepcopy(contract)
    for _path, _method, op in operations(loose):
        for response in (op.get("responses") or {}).values():
            for media in ((response or {}).get("content") or {}).values():
                if isinstance(media, dict):
                    media.pop("example", None)
                    media.pop("examples", None)
        op.pop("x-codeSamples", None)
    components = loose.get("components") or {}
    if "schemas" in components:
        components["schemas"] = _loosen(components["schemas"])
    for _path, _method, op in operations(loose):
        if "requestBody" in op:
            op["requestBody"] = _loosen(op["requestBody"])
        for status, response in list((op.get("responses") or {}).items()):
            op["responses"][status] = _loosen(response)
    return loose


def _pascal(name: str) -> str:
    parts = re.split(r"[^0-9A-Za-z]+", name)
    return "".join(p[:1].upper() + p[1:] for p in parts if p)


def prepare(path: Path, overlay: Overlay | None = None) -> tuple[Spec, Spec]:
    """Load and check `path`, merge `overlay` onto it (`make generate` gives the project's,
    openapi/overlay.yaml; None: the file as it is); return (contract, generator input).
    Raises SpecError."""
    name = str(path)
    spec = load_yaml(path)
    check_openapi3(spec, name)
    check_unique_operation_ids(spec, name)
    check_refs(spec, name)
    check_schema(spec, name)
    check_success_status(spec, name)
    check_parameters(spec, name)
    if overlay is not None:
        merge_overlay(spec, overlay)
    check_extensions(spec, name)
    contract = to_contract(spec)
    return contract, to_generator_input(contract)
