"""What the project's templates render for each operation.

`make generate` renders three modules beside the generated client, with openapi-python-
client's own Jinja environment (scripts/generate.py):
- `operations.py` (openapi/templates/operations.py.jinja): `SyncOperations` /
  `AsyncOperations`, one typed method per operation whose keyword arguments are its path
  and query parameters and body fields and whose answer is parsed by the generated
  model's public `from_dict`;
- `_contract.py` (`_contract.py.jinja`): plain data per operation (HTTP method, path,
  parameters, statuses, rate limit, state flags, auth read from its security schemes, body
  schema trimmed to what input checks need, and where its `x-secret` fields sit in the
  request and the answer);
- `_examples.py` (`_examples.py.jinja`): the documented success answer of each operation.

This module only gathers the facts those templates need; the code they write lives in the
templates.
"""

from __future__ import annotations

import keyword
import re
from dataclasses import dataclass, field
from typing import Any

from openapi_python_client import strings
from openapi_python_client.parser import GeneratorData
from openapi_python_client.parser.openapi import Endpoint
from openapi_python_client.parser.properties import AnyProperty, ModelProperty
from openapi_python_client.parser.properties.list_property import ListProperty
from openapi_python_client.parser.properties.none import NoneProperty
from openapi_python_client.parser.properties.protocol import PropertyProtocol
from prepare_spec import parameters_of
from security_rules import JWT, auth_of
from spec_errors import SpecError
from spec_walk import (
    Spec,
    json_media,
    media_examples,
    operations,
    rate_limit,
    resolve,
    success_example,
    success_status,
)

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
    "x-aliases",
)
# The facade's exception for each documented error status (whitebit_main.errors); a test
# holds the two tables equal.
ERROR_CLASSES = {
    400: "ValidationError",
    401: "AuthenticationError",
    403: "PermissionDeniedError",
    404: "NotFoundError",
    422: "InnerValidationError",
    429: "RateLimitError",
}


def secret_kind(node: Any, where: str) -> str | None:
    """How a schema (or response) flagged `x-secret` is hidden: "redact" (whole) or "card"
    (all but the last four digits); None when it is not secret."""
    value = node.get("x-secret", False) if isinstance(node, dict) else False
    if value is False:
        return None
    if value is True:
        return "redact"
    if value == "card":
        return "card"
    raise SpecError("(spec)", f"x-secret must be true, false or card, not {value!r}", where)


def secret_paths(
    spec: Spec, node: Any, where: str, prefix: str = "", depth: int = 0
) -> dict[str, str]:
    """Every `x-secret` field in values of `node`, by path: dotted property names, `[]` for
    a list's items, `*` for every value of a map ("data[].apiSecret"); "" is the whole value.
    A flagged object is secret as a whole, so nothing below it is listed."""
    node = resolve(spec, node)
    if depth > 20 or not isinstance(node, dict):
        return {}
    kind = secret_kind(node, f"{where} {prefix or '(whole body)'}")
    if kind is not None:
        return {prefix: kind}
    found: dict[str, str] = {}
    for name, sub in (node.get("properties") or {}).items():
        found |= secret_paths(spec, sub, where, f"{prefix}.{name}" if prefix else name, depth + 1)
    if isinstance(node.get("items"), dict):
        found |= secret_paths(spec, node["items"], where, prefix + "[]", depth + 1)
    extra = node.get("additionalProperties")
    if isinstance(extra, dict):
        found |= secret_paths(spec, extra, where, f"{prefix}.*" if prefix else "*", depth + 1)
    for key in ("allOf", "oneOf", "anyOf"):
        for sub in node.get(key) or []:
            found |= secret_paths(spec, sub, where, prefix, depth + 1)
    return found


def python_name(json_name: str) -> str:
    name = strings.snake_case(json_name) or "field"
    if name[0].isdigit():
        name = f"field_{name}"
    return f"{name}_" if keyword.iskeyword(name) else name


def trim_schema(spec: Spec, node: Any, depth: int = 0) -> dict[str, Any]:
    """Resolve $refs and keep only the keys the facade's input checks read."""
    node = resolve(spec, node)
    if depth > 20 or not isinstance(node, dict):
        return {}
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


@dataclass
class Result:
    """How an operation's answer is typed and parsed.

    `kind` is "model" (parse with `cls.from_dict`), "models" (a list of them), "ack" (an
    acknowledgement without data: `Acknowledged`), "json" (no
    documented model: the JSON as it came), "secret" (no documented model, but the contract
    marks the whole answer secret: the JSON wrapped so that its repr hides it), "none" (no
    body) or "accepted" (an idempotent call: the answer is the key it was sent with).
    """

    kind: str
    type_text: str
    model: str | None = None
    module: str | None = None


def _result(prop: PropertyProtocol | None) -> Result:
    if prop is None or isinstance(prop, NoneProperty):
        return Result("none", "None")
    if isinstance(prop, ModelProperty):
        name = str(prop.class_info.name)
        return Result("model", name, name, str(prop.class_info.module_name))
    if isinstance(prop, ListProperty) and isinstance(prop.inner_property, ModelProperty):
        inner = _result(prop.inner_property)
        return Result("models", f"list[{inner.type_text}]", inner.model, inner.module)
    if isinstance(prop, AnyProperty):
        return Result("json", "Any")
    return Result("json", prop.get_type_string(no_optional=True).as_unembedded_code())


def says_nothing(spec: Spec, schema: Any, examples: list[Any] | None = None) -> bool:
    """True for a schema that only allows an empty list or an empty object (or a choice of
    those), or a list of undescribed items documented only by `[]` (upstream's way): the
    answer acknowledges, it holds nothing."""
    schema = resolve(spec, schema)
    if not isinstance(schema, dict):
        return False
    variants = schema.get("oneOf") or schema.get("anyOf")
    if variants:
        return all(says_nothing(spec, v) for v in variants)
    if schema.get("type") == "array":
        undescribed = not resolve(spec, schema.get("items") or {})
        only_empty = bool(examples) and all(e == [] for e in examples or [])
        return schema.get("maxItems") == 0 or (undescribed and only_empty)
    if schema.get("type") == "object":
        return schema.get("maxProperties") == 0 and not schema.get("properties")
    return False


@dataclass
class Argument:
    name: str
    json_name: str
    annotation: str
    required: bool
    description: str
    rules: str = ""
    location: str = "body"  # or "path", "query"


def rules(schema: dict[str, Any]) -> str:
    """The contract's checks on a field, in words (for the API reference)."""
    found = []
    fmt = schema.get("format")
    if fmt:
        found.append({"decimal": "decimal, not negative"}.get(str(fmt), str(fmt)))
    if "enum" in schema:
        found.append("one of " + ", ".join(f"`{v!r}`" for v in schema["enum"]))
    for key, word in (("minimum", ">="), ("maximum", "<=")):
        if key in schema:
            found.append(f"{word} {schema[key]}")
    if "minLength" in schema or "maxLength" in schema:
        low, high = schema.get("minLength", 0), schema.get("maxLength")
        found.append(f"{low} to {high} characters" if high else f"at least {low} characters")
    if "pattern" in schema:
        found.append(f"matches `{schema['pattern']}`")
    if schema.get("type") == "array" and "items" in schema:
        inner = rules(schema["items"])
        found.append("list" + (f" of ({inner})" if inner else ""))
    if schema.get("type") == "object" and schema.get("properties"):
        found.append("object: " + ", ".join(f"`{n}`" for n in schema["properties"]))
    return "; ".join(found)


@dataclass
class DocumentedError:
    """One documented error status: its exception and the messages its examples show."""

    status: int
    exception: str
    description: str
    cases: list[str] = field(default_factory=list)


def _error_cases(media: dict[str, Any] | None) -> list[str]:
    cases: list[str] = []
    for example in media_examples(media):
        if not isinstance(example, dict):
            continue
        errors = example.get("errors")
        if isinstance(errors, dict) and errors:
            for name, messages in errors.items():
                listed = messages if isinstance(messages, list) else [messages]
                cases.extend(f"{name}: {message}" for message in listed)
        elif example.get("message"):
            cases.append(str(example["message"]))
    return list(dict.fromkeys(cases))


def _documented_errors(op: dict[str, Any]) -> list[DocumentedError]:
    found = []
    for status, response in sorted((op.get("responses") or {}).items(), key=lambda s: str(s[0])):
        code = str(status)
        if not code.isdigit() or code[0] not in "45" or not isinstance(response, dict):
            continue
        number = int(code)
        exception = ERROR_CLASSES.get(number, "ServerError" if number >= 500 else "WhiteBITError")
        description = " ".join(str(response.get("description") or "").split())
        found.append(
            DocumentedError(number, exception, description, _error_cases(json_media(response)))
        )
    return found


@dataclass
class Paging:
    """How to walk an operation's pages: which list of the answer holds the items, whether
    the answer counts them (`total`), and the largest page and offset the API allows."""

    items: str  # attribute of the result model
    item_type: str
    item_module: str
    total: bool
    max_limit: int | None
    max_offset: int | None
    filters: list[str]  # the other arguments: what narrows the set


# The answer lists that hold a page's items, in the order they are looked for.
_ITEM_LISTS = ("records", "data")


def _paging(op: OperationFacts, prop: PropertyProtocol | None) -> Paging | None:
    names = {a.json_name for a in op.arguments}
    if not {"limit", "offset"} <= names or not isinstance(prop, ModelProperty):
        return None
    # Optional lists too: an answer without them reads as an empty page.
    fields = {
        _raw(p.name): p
        for p in [*(prop.required_properties or []), *(prop.optional_properties or [])]
    }
    for name in _ITEM_LISTS:
        found = fields.get(name)
        if isinstance(found, ListProperty) and isinstance(found.inner_property, ModelProperty):
            schema = {
                **(op.body.get("properties") or {}),
                **{name: p["schema"] for name, p in op.parameters.items()},
            }
            total = fields.get("total")
            return Paging(
                items=str(found.python_name),
                item_type=str(found.inner_property.class_info.name),
                item_module=str(found.inner_property.class_info.module_name),
                total=total is not None and "int" in total.get_type_string().as_unembedded_code(),
                max_limit=(schema.get("limit") or {}).get("maximum"),
                max_offset=(schema.get("offset") or {}).get("maximum"),
                filters=[a.name for a in op.arguments if a.json_name not in ("limit", "offset")],
            )
    return None


@dataclass
class Finder:
    """A generated lookup of what an idempotent call did: `method(key)` asks the history
    operation for the record carrying the key."""

    method: str
    history: OperationFacts
    filter: str
    fields: dict[str, Any]


class OperationFacts:
    """Everything the templates render for one operation."""

    def __init__(
        self, spec: Spec, path: str, method: str, op: dict[str, Any], endpoint: Endpoint
    ) -> None:
        self.operation_id: str = op["operationId"]
        self.method_name = python_name(self.operation_id)
        self.path = path
        self.http_method = method.upper()
        where = f"paths.{path}.{method}"
        self.summary = str(op.get("summary") or self.operation_id).strip().rstrip(".") + "."
        self.description = " ".join(str(op.get("description") or "").split())
        media = json_media(op.get("requestBody")) or {}
        self.request_body = "requestBody" in op
        self.body = trim_schema(spec, media.get("schema") or {"type": "object"})
        self.body.setdefault("type", "object")
        self.parameters = self._parameters(spec, path, op)
        self.arguments = self._arguments(spec, media.get("schema") or {}, where)
        status = success_status(op)
        self.success_status = int(status)
        self.errors = _documented_errors(op)
        success = [r for r in endpoint.responses.patterns if str(r.status_code.pattern)[:1] == "2"]
        success_media = json_media(op["responses"][status]) or {}
        documented = "schema" in success_media
        # Without a documented body the facade hands back whatever JSON arrives (or None).
        self.result = _result(success[0].prop) if success and documented else Result("json", "Any")
        if documented and says_nothing(
            spec, success_media["schema"], media_examples(success_media)
        ):
            # An empty list or object (as WhiteBIT acknowledges a transfer): nothing to read,
            # but what a server sends anyway is kept.
            self.result = Result("ack", "Acknowledged")
        self.paging = _paging(self, success[0].prop if success and documented else None)
        self.idempotency: dict[str, Any] | None = op.get("x-idempotency")
        key = (self.idempotency or {}).get("key")
        self.key_argument = next((a for a in self.arguments if a.json_name == key), None)
        if self.idempotency and self.key_argument is None:
            raise SpecError(
                "(spec)", f"x-idempotency key {key!r} is not a body field", self.operation_id
            )
        if self.key_argument is not None:
            # The client makes up the key when the caller gives none, and answers with it.
            self.key_argument.required = False
            self.key_argument.description = (
                "idempotency key; a new one is made up when omitted. "
                + self.key_argument.description
            ).strip()
            self.arguments.sort(key=lambda a: not a.required)
            self.result = Result("accepted", "Accepted")
        self.finder: Finder | None = None
        # An answer keyed by data that may come as the one entry a request field named.
        keyed_by = op["responses"][status].get("x-keyed-by")
        self.keyed_by = next((a for a in self.arguments if a.json_name == keyed_by), None)
        self.example = success_example(spec, op)
        named = f"operation {self.operation_id}"
        self.request_secrets = secret_paths(spec, media.get("schema") or {}, f"{named} request")
        answer = op["responses"][status]
        answer_schema = (json_media(answer) or {}).get("schema") or {}
        # A flag on the response itself marks an answer whose fields are not documented.
        whole = secret_kind(answer, f"{named} answer")
        self.answer_secrets = (
            {"": whole} if whole else secret_paths(spec, answer_schema, f"{named} answer")
        )
        if whole and self.result.kind == "json":
            # Undocumented fields cannot be redacted one by one: the whole answer is wrapped.
            self.result = Result("secret", "SecretAnswer")
        self.tag = str((op.get("tags") or ["default"])[0])
        checks = {t.get("name"): t.get("x-check-with") for t in spec.get("tags") or []}
        check = checks.get(self.tag)
        # The method to call when a state-changing call's answer was lost.
        self.check_with = python_name(str(check)) if check else None
        self.rate_limit = rate_limit(op)
        self.changes_state = bool(op.get("x-changes-state", True))
        self.moves_money = bool(op.get("x-moves-money", False))
        # By the schemes' type and location (security_rules), not their names.
        self.auth = JWT if op.get("x-auth") == JWT else auth_of(spec, op, f"{where}.security")
        servers = op.get("servers") or []
        self.server = servers[0]["url"] if servers else None

    def _parameters(self, spec: Spec, path: str, op: dict[str, Any]) -> dict[str, Any]:
        """Path and query parameters by name: place, required, schema (trimmed)."""
        found: dict[str, Any] = {}
        for param in parameters_of(spec, path, op):
            found[str(param["name"])] = {
                "in": str(param["in"]),
                "required": bool(param.get("required")) or param["in"] == "path",
                "schema": trim_schema(spec, param.get("schema") or {}),
                "description": str(param.get("description") or ""),
            }
        return found

    def _arguments(self, spec: Spec, schema: dict[str, Any], where: str) -> list[Argument]:
        raw = resolve(spec, schema)
        raw_props = raw.get("properties") if isinstance(raw, dict) else None
        raw_props = raw_props if isinstance(raw_props, dict) else {}
        required = set(self.body.get("required") or [])
        inputs = [
            (json_name, param["in"], param["schema"], param["required"], param["description"])
            for json_name, param in self.parameters.items()
        ]
        for json_name, sub in (self.body.get("properties") or {}).items():
            text = str((raw_props.get(json_name) or {}).get("description") or "")
            inputs.append((json_name, "body", sub, json_name in required, text))
        found: list[Argument] = []
        seen: dict[str, str] = {}
        for json_name, location, sub, is_required, text in inputs:
            name = python_name(json_name)
            if name in seen or name in ("self", "jwt_token"):
                raise SpecError(
                    "(spec)",
                    f"fields {seen.get(name, name)!r} and {json_name!r} both map to argument "
                    f"{name!r}",
                    where,
                )
            seen[name] = json_name
            text = text.strip()
            first_line = text.splitlines()[0] if text else ""
            found.append(
                Argument(
                    name, json_name, annotation(sub), is_required, first_line, rules(sub), location
                )
            )
        return sorted(found, key=lambda a: not a.required)  # required first, stable

    @property
    def behaviour(self) -> str:
        return retry_rule(self)

    def contract_entry(self) -> dict[str, Any]:
        return {
            "operation_id": self.operation_id,
            "method_name": self.method_name,
            "tag": self.tag,
            "path": self.path,
            "method": self.http_method,
            "request_body": self.request_body,
            "parameters": {
                name: {"in": p["in"], "required": p["required"], "schema": p["schema"]}
                for name, p in self.parameters.items()
            },
            "success_status": self.success_status,
            "error_statuses": tuple(e.status for e in self.errors),
            "rate_limit": self.rate_limit,
            "changes_state": self.changes_state,
            "moves_money": self.moves_money,
            "auth": self.auth,
            "server": self.server,
            "arguments": {a.name: a.json_name for a in self.arguments},
            "body": self.body,
            "request_secrets": self.request_secrets,
            "answer_secrets": self.answer_secrets,
            "idempotency": self.idempotency,
            "check_with": self.check_with,
        }


def retry_rule(op: OperationFacts) -> str:
    """The docstring's sentence on what the client does after a lost answer, from the rule
    the facade applies to this operation (whitebit_main._calls._attempts)."""
    if not op.changes_state:
        return "read-only: re-sent after a lost answer or a server error (safe to retry)"
    if op.key_argument is not None:
        key = op.key_argument.name
        find = (op.idempotency or {}).get("find") or {}
        looked_up = f" or looked up with {find['method']}()" if find.get("method") else ""
        return (
            f"changes state; settled with its idempotency key `{key}` after a lost answer: "
            f"re-sent with the same key{looked_up}"
        )
    check = f": check {op.check_with}() before trying again" if op.check_with else ""
    return f"changes state; never re-sent after a lost answer{check}"


def build_facts(contract: Spec, data: GeneratorData) -> list[OperationFacts]:
    endpoints: dict[str, Endpoint] = {}
    for collection in data.endpoint_collections_by_tag.values():
        for endpoint in collection.endpoints:
            endpoints[f"{_shape(_raw(endpoint.path))} {endpoint.method}"] = endpoint
    found = []
    names: dict[str, str] = {}
    for path, method, op in operations(contract):
        found_endpoint = endpoints.get(f"{_shape(path)} {method}")
        if found_endpoint is None:
            raise SpecError("(spec)", f"the generator dropped operation {op['operationId']}", path)
        facts = OperationFacts(contract, path, method, op, found_endpoint)
        if facts.method_name in names:
            raise SpecError(
                "(spec)",
                f"operations {names[facts.method_name]} and {facts.operation_id} "
                f"share the method name {facts.method_name}",
            )
        names[facts.method_name] = facts.operation_id
        found.append(facts)
    by_id = {f.operation_id: f for f in found}
    for facts in found:
        find = (facts.idempotency or {}).get("find")
        if not find:
            continue
        history = by_id.get(str(find["operation"]))
        if history is None:
            raise SpecError("(spec)", f"x-idempotency finds with {find}", facts.operation_id)
        if history.paging is None:
            # The history's answer does not promise its record list (upstream files mark no
            # answer field required): the key still makes re-sending safe, but no finder.
            facts.idempotency = {k: v for k, v in (facts.idempotency or {}).items() if k != "find"}
            continue
        if str(find["method"]) in names:
            raise SpecError(
                "(spec)",
                f"x-idempotency finder {find['method']} has the name of operation "
                f"{names[str(find['method'])]}'s method",
                facts.operation_id,
            )
        facts.finder = Finder(
            str(find["method"]), history, str(find["filter"]), dict(find.get("fields") or {})
        )
    return found


def finders(facts: list[OperationFacts]) -> list[Finder]:
    """Each lookup method once, however many operations share it."""
    seen: dict[str, Finder] = {}
    for f in facts:
        if f.finder is not None:
            seen.setdefault(f.finder.method, f.finder)
    return list(seen.values())


def _shape(path: str) -> str:
    """A path template without its parameter names (the generator renames them)."""
    return re.sub(r"{[^}]*}", "{}", path)


def _raw(value: Any) -> str:
    """Text of a generator string, trusted or not."""
    getter = getattr(value, "get_untrusted_value", None)
    return str(getter()) if getter else str(value)
