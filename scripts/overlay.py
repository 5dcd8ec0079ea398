"""Our additions to WhiteBIT's spec, as data (openapi/overlay.yaml): loaded, checked, merged.

`load_overlay` reads the file and checks its shape (only known sections and keys);
`merge_overlay` sets its per-operation and per-tag `x-` facts on a spec where the spec
states none, after checking that each operation, tag and field it names exists there. The
`rules` section is read by prepare_spec and secret_rules for files that state no facts.
Every problem is one SpecError line naming the overlay entry.
"""

from __future__ import annotations

import copy
import functools
import re
from dataclasses import dataclass
from pathlib import Path
from typing import Any

import yaml
from spec_errors import SpecError
from spec_values import json_values
from spec_walk import json_media, operations, resolve

Spec = dict[str, Any]

OVERLAY = Path(__file__).resolve().parent.parent / "openapi" / "overlay.yaml"
OPERATION_KEYS = frozenset(
    {"x-idempotency", "x-auth", "x-rate-limit", "x-changes-state", "x-moves-money"}
)
TAG_KEYS = frozenset({"x-check-with"})
RULE_LISTS = (
    "read_only_prefixes",
    "key_fields",
    "money_fields",
    "money_verb_prefixes",
    "money_words",
    "secret_last_words",
    "secret_names",
    "answer_secret_names",
    "answer_top_secret_names",
    "secret_objects",
    "keyed_by_fields",
)


@dataclass(frozen=True)
class Rules:
    rate_limit_text: re.Pattern[str]
    read_only_prefixes: tuple[str, ...]
    key_fields: tuple[str, ...]
    money_fields: tuple[str, ...]
    money_verb_prefixes: tuple[str, ...]
    money_words: frozenset[str]
    secret_last_words: frozenset[str]
    secret_names: frozenset[str]
    answer_secret_names: frozenset[str]
    answer_top_secret_names: frozenset[str]
    secret_objects: frozenset[str]
    keyed_by_fields: tuple[str, ...]


@dataclass(frozen=True)
class Overlay:
    file: str
    operations: dict[str, dict[str, Any]]
    tags: dict[str, dict[str, Any]]
    rules: Rules


def _mapping(value: Any, file: str, where: str) -> dict[str, Any]:
    if value is None:
        return {}
    if not isinstance(value, dict):
        raise SpecError(file, "must be a mapping", where)
    return value


def _known(entry: dict[str, Any], keys: frozenset[str], file: str, where: str) -> None:
    for key in entry:
        if key not in keys:
            raise SpecError(file, f"unknown key {key!r} (known: {', '.join(sorted(keys))})", where)


def _rules(raw: dict[str, Any], file: str) -> Rules:
    _known(raw, frozenset({"rate_limit_text", *RULE_LISTS}), file, "rules")
    lists: dict[str, tuple[str, ...]] = {}
    for name in RULE_LISTS:
        value = raw.get(name, [])
        if not isinstance(value, list) or not all(isinstance(v, str) for v in value):
            raise SpecError(file, "must be a list of words", f"rules.{name}")
        lists[name] = tuple(value)
    try:
        pattern = re.compile(str(raw.get("rate_limit_text", r"(?!)")), re.IGNORECASE)
    except re.error as exc:
        raise SpecError(file, f"not a regular expression: {exc}", "rules.rate_limit_text") from None
    if pattern.groups != 2:
        raise SpecError(file, "needs two groups: requests, seconds", "rules.rate_limit_text")
    return Rules(
        rate_limit_text=pattern,
        read_only_prefixes=lists["read_only_prefixes"],
        key_fields=lists["key_fields"],
        money_fields=lists["money_fields"],
        money_verb_prefixes=lists["money_verb_prefixes"],
        money_words=frozenset(lists["money_words"]),
        secret_last_words=frozenset(lists["secret_last_words"]),
        secret_names=frozenset(lists["secret_names"]),
        answer_secret_names=frozenset(lists["answer_secret_names"]),
        answer_top_secret_names=frozenset(lists["answer_top_secret_names"]),
        secret_objects=frozenset(lists["secret_objects"]),
        keyed_by_fields=lists["keyed_by_fields"],
    )


def load_overlay(path: Path = OVERLAY) -> Overlay:
    """The overlay at `path`, its shape checked. Raises SpecError."""
    file = str(path)
    try:
        raw = yaml.safe_load(path.read_text(encoding="utf-8"))
    except OSError as exc:
        raise SpecError(file, f"cannot read file ({exc.strerror})") from None
    except yaml.YAMLError as exc:
        raise SpecError(file, f"not valid YAML: {str(exc).splitlines()[0]}") from None
    data = _mapping(json_values(raw, file), file, "")
    _known(data, frozenset({"operations", "tags", "rules"}), file, "")
    ops = _mapping(data.get("operations"), file, "operations")
    for op_id, entry in ops.items():
        _known(
            _mapping(entry, file, f"operations.{op_id}"),
            OPERATION_KEYS,
            file,
            f"operations.{op_id}",
        )
    tags = _mapping(data.get("tags"), file, "tags")
    for name, entry in tags.items():
        _known(_mapping(entry, file, f"tags.{name}"), TAG_KEYS, file, f"tags.{name}")
    return Overlay(file, ops, tags, _rules(_mapping(data.get("rules"), file, "rules"), file))


@functools.cache
def default_overlay() -> Overlay:
    """The project's openapi/overlay.yaml, loaded once per process."""
    return load_overlay(OVERLAY)


def _words(name: str) -> str:
    return re.sub(r"[^a-z0-9]", "", name.lower())


def _body_fields(spec: Spec, op: dict[str, Any]) -> set[str]:
    schema = resolve(spec, (json_media(op.get("requestBody")) or {}).get("schema"))
    props = schema.get("properties") if isinstance(schema, dict) else None
    return set(props) if isinstance(props, dict) else set()


def _spelled(fields: set[str], wanted: str) -> str | None:
    """`wanted` as the file spells it (`uniqueId` / `unique_id`), or None."""
    return {_words(f): f for f in fields}.get(_words(wanted))


def merge_overlay(spec: Spec, overlay: Overlay, *, lenient: bool = False) -> None:
    """Set the overlay's facts on `spec` where it states none; SpecError naming the overlay
    entry for an operation, tag or field `spec` does not have. `lenient` (spec-diff, which
    compares a file that may have dropped what the overlay names) skips such entries."""
    file = overlay.file
    by_id = {op.get("operationId"): op for _path, _method, op in operations(spec)}
    for op_id, entry in overlay.operations.items():
        where = f"operations.{op_id}"
        op = by_id.get(op_id)
        if op is None:
            if lenient:
                continue
            raise SpecError(file, f"the spec has no operation {op_id!r}", where)
        for key, value in entry.items():
            value = copy.deepcopy(value)
            if key == "x-idempotency":  # checked even where the file's own fact wins
                try:
                    value = _idempotency(spec, op, value, by_id, file, f"{where}.{key}")
                except SpecError:
                    if lenient:
                        continue
                    raise
            op.setdefault(key, value)  # the file states it: its word wins
    tags = spec.setdefault("tags", [])
    known = {t.get("name"): t for t in tags if isinstance(t, dict)}
    used = {tag for _path, _method, op in operations(spec) for tag in op.get("tags") or []}
    for name, entry in overlay.tags.items():
        if name not in known and name not in used:
            if lenient:
                continue
            raise SpecError(file, f"the spec has no tag {name!r}", f"tags.{name}")
        tag = known.get(name)
        if tag is None:
            tag = {"name": name}
            tags.append(tag)
        for key, value in entry.items():
            if key == "x-check-with" and value not in by_id:
                if lenient:
                    continue
                raise SpecError(file, f"the spec has no operation {value!r}", f"tags.{name}.{key}")
            tag.setdefault(key, value)


def _idempotency(
    spec: Spec,
    op: dict[str, Any],
    value: Any,
    by_id: dict[Any, dict[str, Any]],
    file: str,
    where: str,
) -> dict[str, Any]:
    """An overlay `x-idempotency` with its key and filter in the file's spelling."""
    if not isinstance(value, dict) or not isinstance(value.get("key"), str):
        raise SpecError(file, "needs a `key` naming a body field", where)
    key = _spelled(_body_fields(spec, op), value["key"])
    if key is None:
        raise SpecError(file, f"the operation has no body field {value['key']!r}", f"{where}.key")
    value["key"] = key
    find = value.get("find")
    if isinstance(find, dict):
        history = by_id.get(find.get("operation"))
        if history is None:
            raise SpecError(
                file, f"the spec has no operation {find.get('operation')!r}", f"{where}.find"
            )
        spelled = _spelled(_body_fields(spec, history), str(find.get("filter")))
        if spelled is None:
            raise SpecError(
                file,
                f"{find.get('operation')} has no body field {find.get('filter')!r}",
                f"{where}.find.filter",
            )
        find["filter"] = spelled
    return value
