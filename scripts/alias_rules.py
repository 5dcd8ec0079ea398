"""Other spellings of answer fields, and one-entry answers, for a spec file that states
neither (WhiteBIT's own files).

WhiteBIT spells some fields both ways over time and across endpoints (`transaction_id` and
`transactionId`, `unique_id` and `uniqueId`), and its SDKs read the camelCase ones. Our
contract lists every spelling seen in `x-aliases`; for a file that lists none,
`mark_aliases` gives every multi-word field of an answer its other case spelling, so a
regenerated client reads whichever arrives. Request bodies are left alone: an alias there
means "send under this name too", which only the contract decides (and `prepare_spec` for
the idempotency key's history filter).

`mark_keyed_by` flags the answers keyed by data that name a `ticker` field in the request
(the main balance): WhiteBIT documents the one-ticker answer as the entry alone.
"""

from __future__ import annotations

from typing import Any

from overlay import default_overlay
from spec_walk import JSON_MEDIA, name_words, operations, resolve

Spec = dict[str, Any]
ALIASES = "x-aliases"
KEYED_BY = "x-keyed-by"
_MAX_DEPTH = 30


def camel(name: str) -> str:
    words = name_words(name)
    return words[0] + "".join(w.capitalize() for w in words[1:]) if words else name


def snake(name: str) -> str:
    return "_".join(name_words(name)) or name


def other_spelling(name: str) -> str | None:
    """`transaction_id` <-> `transactionId`; None for one-word names."""
    if len(name_words(name)) < 2:
        return None
    other = camel(name) if "_" in name else snake(name)
    return other if other != name else None


def states(node: Any, key: str) -> bool:
    """True when some mapping in the file holds `key` (then the file says it everywhere)."""
    if isinstance(node, dict):
        return key in node or any(states(v, key) for v in node.values())
    if isinstance(node, list):
        return any(states(v, key) for v in node)
    return False


def _schemas_below(spec: Spec, node: Any, seen: dict[int, Any], depth: int = 0) -> None:
    node = resolve(spec, node)
    if depth > _MAX_DEPTH or not isinstance(node, dict) or id(node) in seen:
        return
    seen[id(node)] = node
    for sub in (node.get("properties") or {}).values():
        _schemas_below(spec, sub, seen, depth + 1)
    for key in ("items", "additionalProperties"):
        if isinstance(node.get(key), dict):
            _schemas_below(spec, node[key], seen, depth + 1)
    for key in ("allOf", "oneOf", "anyOf"):
        for sub in node.get(key) or []:
            _schemas_below(spec, sub, seen, depth + 1)


def _media_schemas(op: dict[str, Any], answers: bool) -> list[Any]:
    if not answers:
        media = ((op.get("requestBody") or {}).get("content") or {}).get(JSON_MEDIA) or {}
        return [media.get("schema")]
    found = []
    for status, response in (op.get("responses") or {}).items():
        if str(status).startswith("2") and isinstance(response, dict):
            media = (response.get("content") or {}).get(JSON_MEDIA) or {}
            found.append(media.get("schema"))
    return found


def mark_aliases(contract: Spec) -> None:
    """Give every multi-word property of an answer schema its other spelling (see module
    doc), skipping schemas that requests use too."""
    answers: dict[int, Any] = {}
    requests: dict[int, Any] = {}
    for _path, _method, op in operations(contract):
        for schema in _media_schemas(op, answers=True):
            _schemas_below(contract, schema, answers)
        for schema in _media_schemas(op, answers=False):
            _schemas_below(contract, schema, requests)
    for key, schema in answers.items():
        if key in requests:
            continue
        props = schema.get("properties")
        if not isinstance(props, dict):
            continue
        for name, sub in props.items():
            other = other_spelling(str(name))
            if isinstance(sub, dict) and "$ref" not in sub and other and other not in props:
                sub[ALIASES] = [other]


def mark_keyed_by(contract: Spec) -> None:
    """Flag map answers whose request names one of the overlay's `keyed_by_fields`
    (`ticker`; see module doc)."""
    wanted = default_overlay().rules.keyed_by_fields
    for _path, _method, op in operations(contract):
        body = resolve(contract, _media_schemas(op, answers=False)[0])
        fields = (body.get("properties") or {}) if isinstance(body, dict) else {}
        key = next((name for name in wanted if name in fields), None)
        if key is None:
            continue
        for status, response in (op.get("responses") or {}).items():
            if not str(status).startswith("2") or not isinstance(response, dict):
                continue
            media = (response.get("content") or {}).get(JSON_MEDIA) or {}
            schema = resolve(contract, media.get("schema"))
            if (
                isinstance(schema, dict)
                and not schema.get("properties")
                and isinstance(schema.get("additionalProperties"), dict)
            ):
                response.setdefault(KEYED_BY, key)
