"""Walking an OpenAPI document: the helpers every spec tool and test shares.

One home for `$ref` resolution, the list of operations, example synthesis and the API's
default rate limit, so that prepare, the generator's template data, spec-diff and the tests
all read a spec the same way.
"""

from __future__ import annotations

import re
from typing import Any

Spec = dict[str, Any]

HTTP_METHODS = ("get", "put", "post", "delete", "options", "head", "patch", "trace")
JSON_MEDIA = "application/json"
# WhiteBIT's documented limit for every private main-account endpoint without its own.
DEFAULT_RATE_LIMIT = {"requests": 1000, "per_seconds": 10}
# A `$ref` chain longer than this is a cycle, not a schema.
_MAX_REF_HOPS = 50


def operations(spec: Spec) -> list[tuple[str, str, dict[str, Any]]]:
    """(path, method, operation) for every operation, in document order."""
    found = []
    for path, item in (spec.get("paths") or {}).items():
        if not isinstance(item, dict):
            continue
        for method in HTTP_METHODS:
            op = item.get(method)
            if isinstance(op, dict):
                found.append((path, method, op))
    return found


def walk_refs(node: Any, trail: str = "") -> list[tuple[str, str]]:
    """Every `$ref` below `node` with the dotted trail that leads to it."""
    refs: list[tuple[str, str]] = []
    if isinstance(node, dict):
        ref = node.get("$ref")
        if isinstance(ref, str):
            refs.append((ref, trail))
        for key, value in node.items():
            refs.extend(walk_refs(value, f"{trail}.{key}" if trail else str(key)))
    elif isinstance(node, list):
        for index, value in enumerate(node):
            refs.extend(walk_refs(value, f"{trail}[{index}]"))
    return refs


def resolve_pointer(spec: Spec, ref: str) -> Any:
    """Follow a local JSON pointer ('#/components/schemas/X'); KeyError when it leads nowhere."""
    if not ref.startswith("#/"):
        raise KeyError(ref)
    node: Any = spec
    for part in ref[2:].split("/"):
        part = part.replace("~1", "/").replace("~0", "~")
        if not isinstance(node, dict) or part not in node:
            raise KeyError(ref)
        node = node[part]
    return node


def resolve(spec: Spec, node: Any) -> Any:
    """`node` with its `$ref` chain followed to the schema it names."""
    hops = 0
    while isinstance(node, dict) and "$ref" in node and hops < _MAX_REF_HOPS:
        node, hops = resolve_pointer(spec, node["$ref"]), hops + 1
    return node


def json_media(container: Any) -> dict[str, Any] | None:
    """The application/json media object of a request body or response, if any."""
    media = ((container or {}).get("content") or {}).get(JSON_MEDIA)
    return media if isinstance(media, dict) else None


def success_status(op: dict[str, Any]) -> str:
    """The operation's one 2xx status (prepare checks there is exactly one)."""
    return next(s for s in map(str, op.get("responses") or {}) if s.startswith("2"))


def rate_limit(op: dict[str, Any]) -> tuple[int, int]:
    """(requests, per seconds) of an operation; the API-wide default when it states none."""
    limit = op.get("x-rate-limit") or DEFAULT_RATE_LIMIT
    return int(limit["requests"]), int(limit["per_seconds"])


# Placeholders by format for strings the spec gives no example of: valid for the format.
_STRING_PLACEHOLDERS = {
    "decimal": "1.5",
    "uuid": "8f2e9d3c-1a4b-4c2d-9e5f-6a7b8c9d0e1f",
    "date": "2026-01-31",
    "date-time": "2026-01-31T12:00:00Z",
}


def synthesize(spec: Spec, schema: Any, depth: int = 0) -> Any:
    """A value for `schema`: its example where the spec has one, else a typed placeholder
    that satisfies its format and minimum (answers and bodies the spec gives no example of)."""
    schema = resolve(spec, schema)
    if not isinstance(schema, dict):
        return None
    if "example" in schema:
        return schema["example"]
    if schema.get("enum"):
        return schema["enum"][0]
    kind = schema.get("type", "object")
    if kind == "object" or "properties" in schema:
        props = schema.get("properties") or {}
        if depth >= 8:
            return {}
        return {name: synthesize(spec, sub, depth + 1) for name, sub in props.items()}
    if kind == "array":
        return [synthesize(spec, schema.get("items") or {}, depth + 1)]
    if kind == "string":
        return _STRING_PLACEHOLDERS.get(str(schema.get("format")), "text")
    return {"integer": schema.get("minimum", 1), "number": 1.5, "boolean": True}.get(kind)


def media_examples(media: dict[str, Any] | None) -> list[Any]:
    """Every example value a media object documents (`example` and named `examples`)."""
    if not isinstance(media, dict):
        return []
    found = [media["example"]] if "example" in media else []
    for named in (media.get("examples") or {}).values():
        if isinstance(named, dict) and "value" in named:
            found.append(named["value"])
    return found


def success_example(spec: Spec, op: dict[str, Any]) -> Any:
    """The documented success body of `op` (its first example), or one built from the schema."""
    media = json_media(op["responses"][success_status(op)])
    if media is None:
        return None
    examples = media_examples(media)
    return examples[0] if examples else synthesize(spec, media.get("schema") or {})


def name_words(name: str) -> list[str]:
    """A field name's words, lower case: `main_balance`, `mainBalance` -> main, balance."""
    return [w.lower() for w in re.findall(r"[A-Z]?[a-z0-9]+|[A-Z]+(?![a-z])", name)]
