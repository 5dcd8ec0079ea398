"""`make spec-diff OLD=<file> NEW=<file>`: what changed for callers between two spec files.

Both files go through the same preparation as `make generate`, so the report speaks of what
the generated client and the facade will look like. Exit status: 0 no breaking change,
1 breaking changes, 2 a file could not be used.
"""

from __future__ import annotations

import argparse
import sys
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

import yaml
from operation_facts import annotation, python_name, trim_schema
from prepare_spec import TRANSPORT_FIELDS, load_yaml, prepare
from spec_errors import SpecError
from spec_walk import Spec, operations, resolve


@dataclass(frozen=True)
class Field:
    """One field of a body, flattened to a dotted path ("beneficiary.address.city")."""

    kind: str
    format: str | None
    enum: tuple[Any, ...] | None
    required: bool

    def type_text(self) -> str:
        text = self.kind + (f" ({self.format})" if self.format else "")
        return text + (f" one of {list(self.enum)}" if self.enum else "")


@dataclass
class Operation:
    op_id: str
    path: str
    request: dict[str, Field]
    success_status: str
    response: dict[str, Field]
    method: str
    signature: str


@dataclass
class Report:
    breaking: list[str] = field(default_factory=list)
    additive: list[str] = field(default_factory=list)
    envelope: list[str] = field(default_factory=list)
    signatures: list[str] = field(default_factory=list)


def flatten(spec: Spec, schema: Any, prefix: str = "", depth: int = 0) -> dict[str, Field]:
    out: dict[str, Field] = {}
    schema = resolve(spec, schema)
    if not isinstance(schema, dict) or depth > 15:
        return out
    required = set(schema.get("required") or [])
    for name, sub in (schema.get("properties") or {}).items():
        path = f"{prefix}.{name}" if prefix else name
        out[path] = _field(spec, sub, name in required)
        out.update(flatten(spec, sub, path, depth + 1))
    items = schema.get("items")
    if isinstance(items, dict):
        path = f"{prefix}[]"
        out[path] = _field(spec, items, True)
        out.update(flatten(spec, items, path, depth + 1))
    extra = schema.get("additionalProperties")
    if isinstance(extra, dict) and extra:
        path = f"{prefix}.*" if prefix else "*"
        out[path] = _field(spec, extra, False)
        out.update(flatten(spec, extra, path, depth + 1))
    return out


def _field(spec: Spec, schema: Any, required: bool) -> Field:
    schema = resolve(spec, schema)
    schema = schema if isinstance(schema, dict) else {}
    kind = schema.get("type") or ("object" if "properties" in schema else "any")
    enum = tuple(schema["enum"]) if isinstance(schema.get("enum"), list) else None
    return Field(str(kind), schema.get("format"), enum, required)


def _result_name(spec: Spec, media: Any) -> str:
    schema = media.get("schema") if isinstance(media, dict) else None
    if not isinstance(schema, dict):
        return "Any"
    if "$ref" in schema:
        return str(schema["$ref"]).rsplit("/", 1)[-1]
    items = schema.get("items") or {}
    if schema.get("type") == "array" and "$ref" in items:
        return f"list[{str(items['$ref']).rsplit('/', 1)[-1]}]"
    return "Any"


def describe(spec: Spec) -> dict[str, Operation]:
    found: dict[str, Operation] = {}
    for path, _method, op in operations(spec):
        media = ((op.get("requestBody") or {}).get("content") or {}).get("application/json")
        body_schema = media.get("schema") if isinstance(media, dict) else None
        status = next(s for s in map(str, op["responses"]) if s.startswith("2"))
        success = ((op["responses"][status] or {}).get("content") or {}).get("application/json")
        trimmed = trim_schema(spec, body_schema or {})
        required = set(trimmed.get("required") or [])
        params = [
            f"{python_name(name)}: {annotation(sub)}"
            + ("" if name in required else " | None = None")
            for name, sub in sorted(
                (trimmed.get("properties") or {}).items(), key=lambda kv: kv[0] not in required
            )
        ]
        method = python_name(op["operationId"])
        found[op["operationId"]] = Operation(
            op_id=op["operationId"],
            path=path,
            request=flatten(spec, body_schema),
            success_status=status,
            response=flatten(spec, (success or {}).get("schema")),
            method=method,
            signature=f"{method}({', '.join(params)}) -> {_result_name(spec, success)}",
        )
    return found


def _wire_renames(old: dict[str, Field], new: dict[str, Field]) -> dict[str, str]:
    """Top-level fields renamed only on the wire (`unique_id` -> `uniqueId`): the facade's
    argument keeps its name, so callers see no change."""
    gone = {python_name(p): p for p in old.keys() - new.keys() if "." not in p and "[" not in p}
    came = {python_name(p): p for p in new.keys() - old.keys() if "." not in p and "[" not in p}
    return {gone[name]: came[name] for name in gone.keys() & came.keys()}


def _rename_subtree(fields: dict[str, Field], renames: dict[str, str]) -> dict[str, Field]:
    out: dict[str, Field] = {}
    for path, value in fields.items():
        head, sep, rest = path.partition(".")
        out[renames.get(head, head) + sep + rest] = value
    return out


def _compare_request(op: str, old: dict[str, Field], new: dict[str, Field], report: Report) -> None:
    renames = _wire_renames(old, new)
    for old_name, new_name in sorted(renames.items()):
        report.additive.append(
            f"{op}: request field `{old_name}` is sent as `{new_name}` "
            f"(argument {python_name(new_name)} unchanged)"
        )
    old = _rename_subtree(old, renames)
    for path in sorted(old.keys() - new.keys()):
        report.breaking.append(f"{op}: request field `{path}` removed")
    for path in sorted(new.keys() - old.keys()):
        target = report.breaking if new[path].required and "." not in path else report.additive
        state = "required" if new[path].required else "optional"
        target.append(f"{op}: request field `{path}` added ({state}, {new[path].type_text()})")
    for path in sorted(old.keys() & new.keys()):
        was, now = old[path], new[path]
        if (was.kind, was.format) != (now.kind, now.format):
            report.breaking.append(
                f"{op}: request field `{path}` retyped {was.type_text()} -> {now.type_text()}"
            )
        elif was.enum != now.enum:
            lost = set(was.enum or ()) - set(now.enum or ()) if now.enum else set()
            target = report.breaking if lost or (now.enum and not was.enum) else report.additive
            target.append(f"{op}: request field `{path}` values {was.enum} -> {now.enum}")
        if was.required != now.required:
            if now.required:
                report.breaking.append(f"{op}: request field `{path}` is now required")
            else:
                report.additive.append(f"{op}: request field `{path}` is now optional")


def _compare_response(
    op: str, old: dict[str, Field], new: dict[str, Field], report: Report
) -> None:
    for path in sorted(old.keys() - new.keys()):
        report.breaking.append(f"{op}: response field `{path}` removed")
    for path in sorted(new.keys() - old.keys()):
        report.additive.append(f"{op}: response field `{path}` added ({new[path].type_text()})")
    for path in sorted(old.keys() & new.keys()):
        was, now = old[path], new[path]
        if was.kind != now.kind:
            report.breaking.append(
                f"{op}: response field `{path}` retyped {was.kind} -> {now.kind}"
            )


def envelope_types(raw: Spec) -> dict[str, set[str]]:
    """Declared JSON type of each envelope field across the file's operation bodies."""
    types: dict[str, set[str]] = {name: set() for name in sorted(TRANSPORT_FIELDS)}
    for _path, _method, op in operations(raw):
        media = ((op.get("requestBody") or {}).get("content") or {}).get("application/json")
        schema = resolve(raw, media.get("schema") if isinstance(media, dict) else None)
        props = schema.get("properties") if isinstance(schema, dict) else None
        for name, sub in (props or {}).items():
            if name in types:
                types[name].add(str(resolve(raw, sub).get("type", "any")))
    return types


def compare(old_path: Path, new_path: Path) -> Report:
    old_spec, _ = prepare(old_path)
    new_spec, _ = prepare(new_path)
    old_ops, new_ops = describe(old_spec), describe(new_spec)
    report = Report()
    for op_id in sorted(old_ops.keys() - new_ops.keys()):
        report.breaking.append(f"{op_id}: operation removed (method {old_ops[op_id].method})")
    for op_id in sorted(new_ops.keys() - old_ops.keys()):
        report.additive.append(f"{op_id}: new operation {new_ops[op_id].path}")
        report.signatures.append(f"+ {new_ops[op_id].signature}")
    for op_id in sorted(old_ops.keys() & new_ops.keys()):
        was, now = old_ops[op_id], new_ops[op_id]
        if was.path != now.path:
            report.breaking.append(f"{op_id}: path {was.path} -> {now.path}")
        if was.success_status != now.success_status:
            report.breaking.append(
                f"{op_id}: success status {was.success_status} -> {now.success_status}"
            )
        _compare_request(op_id, was.request, now.request, report)
        _compare_response(op_id, was.response, now.response, report)
        if was.signature != now.signature:
            report.signatures.append(f"~ {now.signature}\n    was {was.signature}")
    old_env, new_env = envelope_types(load_yaml(old_path)), envelope_types(load_yaml(new_path))
    for name in sorted(TRANSPORT_FIELDS):
        if old_env[name] != new_env[name]:
            report.envelope.append(
                f"`{name}` declared as {sorted(old_env[name]) or 'absent'} -> "
                f"{sorted(new_env[name]) or 'absent'}"
            )
    return report


def render(report: Report, old: Path, new: Path) -> str:
    lines = [f"Spec diff: {old} -> {new}", ""]
    sections = [
        ("BREAKING (callers must change code)", report.breaking),
        ("ADDITIVE (existing code keeps working)", report.additive),
        ("SIGNING ENVELOPE (handled by the client; no caller change)", report.envelope),
        ("FACADE METHODS WHOSE SIGNATURE CHANGES", report.signatures),
    ]
    for title, entries in sections:
        lines.append(f"{title}: {len(entries)}")
        lines.extend(f"  {entry}" for entry in entries)
        lines.append("")
    verdict = (
        f"{len(report.breaking)} breaking change(s): review them before shipping."
        if report.breaking
        else "No breaking changes."
    )
    lines.append(verdict)
    return "\n".join(lines)


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description="Report what changed between two spec files.")
    parser.add_argument("old", type=Path)
    parser.add_argument("new", type=Path)
    args = parser.parse_args(argv)
    try:
        report = compare(args.old, args.new)
    except (SpecError, yaml.YAMLError) as exc:
        print(f"error: {exc}", file=sys.stderr)
        return 2
    print(render(report, args.old, args.new))
    return 1 if report.breaking else 0


if __name__ == "__main__":
    sys.exit(main())
