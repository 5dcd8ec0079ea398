"""Emit the typed operations layer that the facade binds.

Two modules are written next to the generated client:
- `_contract.py`: plain data per operation (path, success status, rate limit, state flags,
  auth, body schema trimmed to what input checks need, module of the generated parser);
- `operations.py`: `SyncOperations` / `AsyncOperations`, one typed method per operation whose
  keyword arguments are the body fields. They delegate to an abstract `_call`, which the facade
  implements once, so a new operation in the spec needs no hand-written code.
"""

from __future__ import annotations

import keyword
import pprint
import textwrap
from typing import Any

from openapi_python_client import strings
from openapi_python_client.parser import GeneratorData
from openapi_python_client.parser.openapi import Endpoint
from openapi_python_client.parser.properties import AnyProperty, ModelProperty
from openapi_python_client.parser.properties.list_property import ListProperty
from openapi_python_client.parser.properties.none import NoneProperty
from openapi_python_client.parser.properties.protocol import PropertyProtocol
from prepare_spec import Spec, operations, resolve_pointer
from spec_errors import SpecError

PACKAGE = "whitebit_main_api"
SCHEMA_KEYS = (
    "type",
    "format",
    "enum",
    "nullable",
    "minimum",
    "maximum",
    "exclusiveMinimum",
    "exclusiveMaximum",
    "minLength",
    "maxLength",
    "minItems",
    "maxItems",
    "pattern",
    "required",
)
DEFAULT_RATE_LIMIT = {"requests": 1000, "per_seconds": 10}


def _raw(value: Any) -> str:
    """Text of a generator string, trusted or not."""
    getter = getattr(value, "get_untrusted_value", None)
    return str(getter()) if getter else str(value)


def python_name(json_name: str) -> str:
    name = strings.snake_case(json_name) or "field"
    if name[0].isdigit():
        name = f"field_{name}"
    return f"{name}_" if keyword.iskeyword(name) else name


def trim_schema(spec: Spec, node: Any, depth: int = 0) -> dict[str, Any]:
    """Resolve $refs and keep only the keys the facade's input checks read."""
    if depth > 20 or not isinstance(node, dict):
        return {}
    if "$ref" in node:
        return trim_schema(spec, resolve_pointer(spec, node["$ref"]), depth + 1)
    out: dict[str, Any] = {k: node[k] for k in SCHEMA_KEYS if k in node}
    if isinstance(node.get("properties"), dict):
        out["properties"] = {
            name: trim_schema(spec, sub, depth + 1) for name, sub in node["properties"].items()
        }
        out.setdefault("type", "object")
    if isinstance(node.get("items"), dict):
        out["items"] = trim_schema(spec, node["items"], depth + 1)
    extra = node.get("additionalProperties")
    if isinstance(extra, dict):
        out["additionalProperties"] = trim_schema(spec, extra, depth + 1)
    return out


def annotation(schema: dict[str, Any]) -> str:
    """The type a caller may pass for a body field described by a trimmed schema."""
    kind = schema.get("type")
    fmt = schema.get("format")
    if "enum" in schema and kind in ("string", "integer"):
        return "Literal[" + ", ".join(repr(v) for v in schema["enum"]) + "]"
    if kind == "string":
        return {
            "decimal": "Decimal | int | str",
            "uuid": "str | UUID",
            "date": "str | date",
            "date-time": "str | datetime",
        }.get(fmt or "", "str")
    if kind == "integer":
        return "int"
    if kind == "number":
        return "Decimal | int | str"
    if kind == "boolean":
        return "bool"
    if kind == "array":
        return f"Sequence[{annotation(schema.get('items') or {})}]"
    if kind == "object" or "properties" in schema:
        return "Mapping[str, Any]"
    return "Any"


class TypeRef:
    """Python type of a generated success model, plus the imports it needs."""

    def __init__(self, prop: PropertyProtocol) -> None:
        self.imports: set[str] = set()
        self.text = self._describe(prop)

    def _describe(self, prop: PropertyProtocol) -> str:
        if isinstance(prop, NoneProperty):
            return "None"
        if isinstance(prop, ModelProperty):
            name = prop.class_info.name
            self.imports.add(f"from .models.{prop.class_info.module_name} import {name}")
            return str(name)
        if isinstance(prop, ListProperty):
            return f"list[{self._describe(prop.inner_property)}]"
        if isinstance(prop, AnyProperty):
            return "Any"
        return str(prop.get_type_string(no_optional=True))


def docstring(text: str, indent: str) -> str:
    safe = text.replace("\\", "\\\\").replace('"""', '\\"\\"\\"').strip()
    lines = [line.rstrip() for line in safe.splitlines()]
    body = f"\n{indent}".join(lines)
    return f'{indent}"""{body}\n{indent}"""' if len(lines) > 1 else f'{indent}"""{body}"""'


class OperationModel:
    """Everything emitted for one operation."""

    def __init__(self, spec: Spec, path: str, op: dict[str, Any], endpoint: Endpoint) -> None:
        self.operation_id: str = op["operationId"]
        self.method_name = python_name(self.operation_id)
        self.path = path
        self.summary = str(op.get("summary") or self.operation_id)
        self.description = str(op.get("description") or "")
        media = ((op.get("requestBody") or {}).get("content") or {}).get("application/json") or {}
        self.body = trim_schema(spec, media.get("schema") or {"type": "object"})
        self.body.setdefault("type", "object")
        props: dict[str, Any] = self.body.get("properties") or {}
        raw_props = self._raw_properties(spec, media.get("schema") or {})
        required = set(self.body.get("required") or [])
        self.fields: list[tuple[str, str, str, bool, str]] = []
        seen: dict[str, str] = {}
        for json_name, sub in props.items():
            name = python_name(json_name)
            if name in seen or name in ("self",):
                raise SpecError(
                    "(spec)",
                    f"fields {seen.get(name)!r} and {json_name!r} both map to argument {name!r}",
                    f"operation {self.operation_id}",
                )
            seen[name] = json_name
            text = str((raw_props.get(json_name) or {}).get("description") or "").strip()
            self.fields.append((name, json_name, annotation(sub), json_name in required, text))
        success = [r for r in endpoint.responses.patterns if str(r.status_code.pattern)[:1] == "2"]
        statuses = [str(code) for code in op.get("responses") or {}]
        self.success_status = int(next(s for s in statuses if s.startswith("2")))
        self.error_statuses = sorted(int(s) for s in statuses if s.isdigit() and s[0] in "345")
        self.result = TypeRef(success[0].prop) if success else None
        success_media = (op["responses"][str(self.success_status)] or {}).get("content") or {}
        # Without a documented body the facade hands back whatever JSON arrives (or None).
        self.success_schema = "schema" in (success_media.get("application/json") or {})
        self.example = success_example(spec, op, self.success_status)
        self.tag = str((op.get("tags") or ["default"])[0])
        tag = str(endpoint.tags[0]) if endpoint.tags else "default"
        module = str(strings.PythonIdentifier(_raw(endpoint.name), "field_"))
        self.module = f"{PACKAGE}.api.{tag}.{module}"
        limit = op.get("x-rate-limit") or DEFAULT_RATE_LIMIT
        self.rate_limit = (int(limit["requests"]), int(limit["per_seconds"]))
        self.changes_state = bool(op.get("x-changes-state", True))
        self.moves_money = bool(op.get("x-moves-money", False))
        security = op.get("security", spec.get("security") or [])
        schemes = {name for requirement in security or [] for name in requirement}
        jwt = op.get("x-auth") == "jwt" or "FiatGatewayJwt" in schemes
        self.auth = "jwt" if jwt else "signature"
        servers = op.get("servers") or []
        self.server = servers[0]["url"] if servers else None

    @staticmethod
    def _raw_properties(spec: Spec, schema: dict[str, Any]) -> dict[str, Any]:
        while "$ref" in schema:
            schema = resolve_pointer(spec, schema["$ref"])
        props = schema.get("properties")
        return props if isinstance(props, dict) else {}

    def contract_entry(self) -> dict[str, Any]:
        return {
            "operation_id": self.operation_id,
            "method_name": self.method_name,
            "tag": self.tag,
            "path": self.path,
            "success_status": self.success_status,
            "error_statuses": tuple(self.error_statuses),
            "rate_limit": self.rate_limit,
            "changes_state": self.changes_state,
            "moves_money": self.moves_money,
            "auth": self.auth,
            "server": self.server,
            "parser_module": self.module,
            "success_schema": self.success_schema,
            "arguments": {name: json_name for name, json_name, *_ in self.fields},
            "body": self.body,
        }

    def method(self, is_async: bool) -> str:
        result = self.result.text if self.result else "None"
        params = ["self"]
        ordered = sorted(self.fields, key=lambda f: not f[3])  # required first
        for name, _json, ann, required, _text in ordered:
            params.append(f"{name}: {ann}" if required else f"{name}: {ann} | None = None")
        if self.auth == "jwt":
            params.append("jwt_token: str")
        if len(params) > 1:
            params.insert(1, "*")
        args = ", ".join(f'"{json_name}": {name}' for name, json_name, *_ in self.fields)
        doc = [self.summary.rstrip(".") + ".", ""]
        if self.description:
            doc += [textwrap.fill(" ".join(self.description.split()), 88), ""]
        limit, period = self.rate_limit
        flags = (
            "changes state; never re-sent after a lost answer"
            if self.changes_state
            else ("read-only; safe to retry")
        )
        doc.append(f"POST {self.path} ({self.operation_id}):")
        doc.append(f"{limit} requests / {period} s; {flags}.")
        if self.fields or self.auth == "jwt":
            doc += ["", "Args:"]
            for name, _json, _ann, required, text in ordered:
                note = text.splitlines()[0] if text else ""
                doc.append(f"    {name}: {'' if required else '(optional) '}{note}".rstrip())
            if self.auth == "jwt":
                doc.append("    jwt_token: token from issue_jwt_token (data.token).")
        call_args = f'"{self.operation_id}", {{{args}}}'
        if self.auth == "jwt":
            call_args += ", jwt_token=jwt_token"
        keyword_async = "async " if is_async else ""
        awaited = "await " if is_async else ""
        lines = [
            f"    {keyword_async}def {self.method_name}({', '.join(params)}) -> {result}:",
            docstring("\n".join(doc), "        "),
        ]
        if result == "None":
            lines.append(f"        {awaited}self._call({call_args})")
        else:
            lines.append(f'        return cast("{result}", {awaited}self._call({call_args}))')
        return "\n".join(lines)


def build_models(contract: Spec, data: GeneratorData) -> list[OperationModel]:
    endpoints: dict[str, Endpoint] = {}
    for collection in data.endpoint_collections_by_tag.values():
        for endpoint in collection.endpoints:
            endpoints[f"{_raw(endpoint.path)} {endpoint.method}"] = endpoint
    models = []
    names: dict[str, str] = {}
    for path, method, op in operations(contract):
        found = endpoints.get(f"{path} {method}")
        if found is None:
            raise SpecError("(spec)", f"the generator dropped operation {op['operationId']}", path)
        model = OperationModel(contract, path, op, found)
        if model.method_name in names:
            raise SpecError(
                "(spec)",
                f"operations {names[model.method_name]} and {model.operation_id} "
                f"share the method name {model.method_name}",
            )
        names[model.method_name] = model.operation_id
        models.append(model)
    return models


def synthesize(spec: Spec, schema: Any, depth: int = 0) -> Any:
    """A value for `schema` from its examples, for operations the spec gives no example."""
    while isinstance(schema, dict) and "$ref" in schema:
        schema = resolve_pointer(spec, schema["$ref"])
    if not isinstance(schema, dict) or depth > 12:
        return None
    if "example" in schema:
        return schema["example"]
    if schema.get("enum"):
        return schema["enum"][0]
    kind = schema.get("type", "object")
    if kind == "array":
        return [synthesize(spec, schema.get("items") or {}, depth + 1)]
    if kind == "object":
        props = schema.get("properties") or {}
        return {name: synthesize(spec, sub, depth + 1) for name, sub in props.items()}
    fallback = {"integer": 0, "number": 0, "boolean": False, "string": ""}
    return fallback.get(kind)


def success_example(spec: Spec, op: dict[str, Any], status: int) -> Any:
    """The documented success body of `op` (its first example), or one built from the schema."""
    media = ((op["responses"][str(status)] or {}).get("content") or {}).get("application/json")
    if not isinstance(media, dict):
        return None
    if "example" in media:
        return media["example"]
    named = media.get("examples") or {}
    for example in named.values():
        if isinstance(example, dict) and "value" in example:
            return example["value"]
    return synthesize(spec, media.get("schema") or {})


HEADER = (
    '"""{doc}\n\nEmitted by scripts/emit_operations.py from the spec; do not edit by hand.\n"""\n\n'
)


def _render_table(doc: str, name: str, annotation: str, table: dict[str, Any]) -> str:
    return (
        HEADER.format(doc=doc)
        + "from typing import Any, Final\n\n"
        + f"{name}: Final[{annotation}] = "
        + pprint.pformat(table, width=100, sort_dicts=False)
        + "\n"
    )


def render_contract(models: list[OperationModel]) -> str:
    return _render_table(
        "Per-operation facts of the API contract, as plain data.",
        "OPERATIONS",
        "dict[str, dict[str, Any]]",
        {m.operation_id: m.contract_entry() for m in models},
    )


def render_examples(models: list[OperationModel]) -> str:
    return _render_table(
        "Documented success answer of every operation: (status, JSON body).",
        "SUCCESS_EXAMPLES",
        "dict[str, tuple[int, Any]]",
        {m.operation_id: (m.success_status, m.example) for m in models},
    )


def render_operations(models: list[OperationModel]) -> str:
    imports = sorted({line for m in models if m.result for line in m.result.imports})
    out = [
        HEADER.format(doc="Typed operations: one method per API operation, sync and async."),
        "from __future__ import annotations\n",
        "from abc import ABC, abstractmethod",
        "from collections.abc import Mapping, Sequence",
        "from datetime import date, datetime",
        "from decimal import Decimal",
        f"from typing import {'TYPE_CHECKING, ' if imports else ''}Any, Literal, cast",
        "from uuid import UUID\n",
        *(["if TYPE_CHECKING:", *(f"    {line}" for line in imports), ""] if imports else []),
        "__all__ = ['AsyncOperations', 'SyncOperations']\n",
    ]
    for is_async, cls in ((False, "SyncOperations"), (True, "AsyncOperations")):
        kind = "async" if is_async else "blocking"
        out.append(f"\nclass {cls}(ABC):")
        out.append(f'    """Every operation of the API as a {kind} method; `_call` sends it."""\n')
        out.append("    @abstractmethod")
        prefix = "async " if is_async else ""
        out.append(
            f"    {prefix}def _call(self, operation_id: str, fields: dict[str, Any], "
            "*, jwt_token: str | None = None) -> Any:"
        )
        out.append('        """Validate `fields`, sign, send and parse one operation."""\n')
        for model in models:
            out.append(model.method(is_async) + "\n")
    # Keep names referenced so ruff does not drop imports used only in some specs.
    out.append("_ANNOTATION_TYPES = (Mapping, Sequence, date, datetime, Decimal, Literal, UUID)")
    return "\n".join(out) + "\n"
