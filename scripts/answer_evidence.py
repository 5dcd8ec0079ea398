"""What the known answers of the live API say about our contract's answer schemas.

Evidence is every answer body we know of: the bodies other clients of the live API hold
(tests/evidence/answers.json: WhiteBIT's Go and PHP SDKs, JKorf's WhiteBit.Net, WhiteBIT's
docs; hand-written mocks are kept there but are no evidence of what the server sends), the
2xx examples of every upstream revision (../shared/upstream-specs, when present) and our
contract's own examples. The rule of the contract: an answer field is `required` only where
every known answer carries it, and not null; a field seen null is `nullable`; a spelling
seen beside the contract's is in the field's `x-aliases`.

`python scripts/answer_evidence.py` lists where the contract breaks that rule;
`--fix` rewrites openapi/main_api_v4.yaml to follow it (dropping `required`, adding
`nullable` and `x-aliases`); tests/generation/test_answer_evidence.py holds it to the rule.
"""

from __future__ import annotations

import argparse
import json
import sys
from collections.abc import Iterator
from dataclasses import dataclass
from pathlib import Path
from typing import Any

import yaml
from alias_rules import ALIASES, KEYED_BY, other_spelling
from spec_walk import Spec, json_media, media_examples, operations, resolve, success_status

ROOT = Path(__file__).resolve().parent.parent
CONTRACT = ROOT / "openapi" / "main_api_v4.yaml"
EVIDENCE = ROOT / "tests" / "evidence" / "answers.json"
# The JSON names other clients' models read, per model and operation.
NAMES = ROOT / "tests" / "evidence" / "json_names.json"
UPSTREAM = ROOT.parent / "shared" / "upstream-specs"
# Mocks somebody wrote by hand show what a test needed, not what the server sends.
WEAK_KINDS = frozenset({"hand-written"})
_MAX_DEPTH = 30


@dataclass(frozen=True)
class Body:
    operation: str
    body: Any
    source: str


@dataclass(frozen=True)
class Finding:
    """What one body says against one schema: `kind` is "missing", "null" or "spelled"."""

    schema: int  # id() of the schema dict in the loaded contract
    field: str
    kind: str
    spelling: str
    source: str


def load_contract(path: Path = CONTRACT) -> Spec:
    data: Spec = yaml.safe_load(path.read_text(encoding="utf-8"))
    return data


def collected(path: Path = EVIDENCE, *, weak: bool = False) -> list[dict[str, Any]]:
    """The collected entries with a 2xx status (hand-written ones only with `weak`)."""
    entries: list[dict[str, Any]] = json.loads(path.read_text(encoding="utf-8"))
    return [
        e
        for e in entries
        if 200 <= int(e["status"]) <= 299 and (weak or e["kind"] not in WEAK_KINDS)
    ]


def upstream_bodies(folder: Path = UPSTREAM) -> Iterator[Body]:
    for file in sorted(folder.glob("main_api_v4.*.yaml")) if folder.is_dir() else []:
        try:
            spec = yaml.safe_load(file.read_text(encoding="utf-8"))
        except yaml.YAMLError:
            continue
        for _path, _method, op in operations(spec):
            for status, response in (op.get("responses") or {}).items():
                if str(status).startswith("2"):
                    for example in media_examples(json_media(response)):
                        yield Body(str(op.get("operationId")), example, file.name)


def contract_bodies(contract: Spec) -> Iterator[Body]:
    for _path, _method, op in operations(contract):
        media = json_media(op["responses"][success_status(op)])
        for example in media_examples(media):
            yield Body(op["operationId"], example, "openapi/main_api_v4.yaml")


def every_body(contract: Spec) -> list[Body]:
    found = [Body(e["operation"], e["body"], e["source"]) for e in collected()]
    return [*found, *upstream_bodies(), *contract_bodies(contract)]


def answer_schema(contract: Spec, operation_id: str) -> tuple[Any, str | None]:
    """(the success schema of an operation, the request field its map is keyed by)."""
    for _path, _method, op in operations(contract):
        if op["operationId"] == operation_id:
            response = op["responses"][success_status(op)]
            media = json_media(response) or {}
            return media.get("schema"), response.get(KEYED_BY)
    return None, None


def one_entry(schema: Any, body: Any) -> Any:
    """A one-entry answer of a map keyed by data, put under a placeholder key."""
    if (
        isinstance(schema, dict)
        and not schema.get("properties")
        and isinstance(schema.get("additionalProperties"), dict)
        and isinstance(body, dict)
        and any(not isinstance(v, dict | list) for v in body.values())
    ):
        return {"(the ticker asked for)": body}
    return body


def findings(contract: Spec, item: Body) -> list[Finding]:
    schema, keyed_by = answer_schema(contract, item.operation)
    if schema is None:
        return []
    schema = resolve(contract, schema)
    body = one_entry(schema, item.body) if keyed_by else item.body
    found: list[Finding] = []
    _walk(contract, schema, body, item.source, found, 0)
    return found


def _object_variant(contract: Spec, schema: dict[str, Any]) -> dict[str, Any]:
    """The object among a oneOf/anyOf (`details`: an object or null)."""
    for key in ("oneOf", "anyOf"):
        for sub in schema.get(key) or []:
            sub = resolve(contract, sub)
            if isinstance(sub, dict) and (sub.get("properties") or sub.get("type") == "object"):
                return sub
    return schema


def _walk(
    contract: Spec, schema: Any, value: Any, source: str, found: list[Finding], depth: int
) -> None:
    schema = resolve(contract, schema)
    if depth > _MAX_DEPTH or not isinstance(schema, dict) or value is None:
        return
    schema = _object_variant(contract, schema)
    if isinstance(value, list) and isinstance(schema.get("items"), dict):
        for item in value:
            _walk(contract, schema["items"], item, source, found, depth + 1)
        return
    if not isinstance(value, dict):
        return
    props = schema.get("properties") or {}
    required = set(schema.get("required") or [])
    for name, sub in props.items():
        sub_schema = resolve(contract, sub)
        spellings = [name, *((sub_schema or {}).get(ALIASES) or [])]
        other = other_spelling(name)
        present = next((s for s in spellings if s in value), None)
        if present is None and other is not None and other in value:
            found.append(Finding(id(schema), name, "spelled", other, source))
            present = other
        if present is None:
            if name in required:
                found.append(Finding(id(schema), name, "missing", name, source))
            continue
        if value[present] is None:
            if not (sub_schema or {}).get("nullable") or name in required:
                found.append(Finding(id(schema), name, "null", present, source))
            continue
        _walk(contract, sub, value[present], source, found, depth + 1)
    extra = schema.get("additionalProperties")
    if not props and isinstance(extra, dict):
        for item in value.values():
            _walk(contract, extra, item, source, found, depth + 1)


def name_findings(contract: Spec, path: Path = NAMES) -> list[Finding]:
    """Spellings other clients read beside ours (a model's names, for its operation)."""
    entries: dict[str, dict[str, Any]] = json.loads(path.read_text(encoding="utf-8"))
    found: list[Finding] = []
    for entry in entries.values():
        names = set(entry.get("names") or [])
        for operation in [entry.get("operation"), *(entry.get("also_operations") or [])]:
            schema, _keyed_by = answer_schema(contract, str(operation))
            nodes: dict[int, Any] = {}
            _objects_below(contract, schema, nodes, 0)
            for node in nodes.values():
                props = node.get("properties") or {}
                for name, sub in props.items():
                    other = other_spelling(name)
                    known = (resolve(contract, sub) or {}).get(ALIASES) or []
                    if other and other in names and other not in props and other not in known:
                        found.append(Finding(id(node), name, "spelled", other, entry["source"]))
    return found


def _objects_below(contract: Spec, schema: Any, found: dict[int, Any], depth: int) -> None:
    schema = resolve(contract, schema)
    if depth > _MAX_DEPTH or not isinstance(schema, dict) or id(schema) in found:
        return
    found[id(schema)] = schema
    subs = list((schema.get("properties") or {}).values())
    subs += [schema.get(k) for k in ("items", "additionalProperties")]
    subs += [*(schema.get("oneOf") or []), *(schema.get("anyOf") or [])]
    for sub in subs:
        _objects_below(contract, sub, found, depth + 1)


def all_findings(contract: Spec) -> list[Finding]:
    found = [f for item in every_body(contract) for f in findings(contract, item)]
    return found + name_findings(contract)


def apply(contract: Spec, found: list[Finding]) -> int:
    """Make the contract follow the rule for `found`; the number of changes."""
    schemas = _schemas_by_id(contract)
    changes = 0
    for f in found:
        schema = schemas[f.schema]
        prop = resolve(contract, schema["properties"][f.field])
        if f.kind in ("missing", "null") and f.field in (schema.get("required") or []):
            schema["required"].remove(f.field)
            if not schema["required"]:
                del schema["required"]
            changes += 1
        if f.kind == "null" and isinstance(prop, dict) and not prop.get("nullable"):
            prop["nullable"] = True
            changes += 1
        if f.kind == "spelled" and isinstance(prop, dict):
            aliases = prop.setdefault(ALIASES, [])
            if f.spelling not in aliases:
                aliases.append(f.spelling)
                changes += 1
    return changes


def _schemas_by_id(node: Any, found: dict[int, Any] | None = None) -> dict[int, Any]:
    found = {} if found is None else found
    if isinstance(node, dict):
        found[id(node)] = node
        for value in node.values():
            _schemas_by_id(value, found)
    elif isinstance(node, list):
        for value in node:
            _schemas_by_id(value, found)
    return found


class _Dumper(yaml.SafeDumper):
    """Writes the contract as it is kept: block style for text over several lines."""


def _text(dumper: yaml.SafeDumper, value: str) -> yaml.Node:
    style = "|" if "\n" in value else None
    return dumper.represent_scalar("tag:yaml.org,2002:str", value, style=style)


_Dumper.add_representer(str, _text)


def write_contract(contract: Spec, path: Path = CONTRACT) -> None:
    header = "".join(
        line for line in path.read_text(encoding="utf-8").splitlines(True) if line[:1] == "#"
    )
    text = yaml.dump(contract, Dumper=_Dumper, sort_keys=False, allow_unicode=True, width=100)
    path.write_text(header + text, encoding="utf-8")


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0] if __doc__ else None)
    parser.add_argument("--fix", action="store_true", help="rewrite the contract to the rule")
    args = parser.parse_args(argv)
    contract = load_contract()
    found = all_findings(contract)
    for f in sorted({(f.field, f.kind, f.spelling, f.source) for f in found}):
        print(f"{f[0]}: {f[1]} ({f[2]}) in {f[3]}")
    if args.fix:
        # Findings point into this loaded tree: apply, then check nothing is left.
        changes = apply(contract, found)
        write_contract(contract)
        print(f"{changes} change(s) written to {CONTRACT}")
        return 0
    return 1 if found else 0


if __name__ == "__main__":
    sys.exit(main())
