"""Our contract (openapi/main_api_v4.yaml): valid, complete, and equal in facts to the newest
upstream revision for every operation."""

from __future__ import annotations

import json
import re
from collections.abc import Iterator
from decimal import Decimal, InvalidOperation
from typing import Any

import pytest
import yaml
from openapi_spec_validator import validate

from tests.support import (
    SEED_DOC,
    contract_operation_count,
    load_spec,
    resolve,
    spec_operations,
    upstream_files,
)

TRANSPORT = {"request", "nonce", "nonceWindow"}


def shape(
    spec: dict[str, Any], schema: Any, *, drop: set[str] | None = None, required: bool = True
) -> Any:
    """Names, JSON types and (unless `required` is false) required lists of a schema, refs
    resolved, prose ignored."""
    schema = resolve(spec, schema or {})
    drop = drop or set()
    out: dict[str, Any] = {"type": schema.get("type", "object" if "properties" in schema else None)}
    if "properties" in schema:
        out["properties"] = {
            name: shape(spec, sub, required=required)
            for name, sub in schema["properties"].items()
            if name not in drop
        }
    names = sorted(set(schema.get("required", [])) - drop) if required else []
    if names:
        out["required"] = names
    if "items" in schema:
        out["items"] = shape(spec, schema["items"], required=required)
    extra = schema.get("additionalProperties")
    if isinstance(extra, dict) and extra:
        out["additionalProperties"] = shape(spec, extra, required=required)
    if schema.get("oneOf"):
        out["oneOf"] = [shape(spec, sub, required=required) for sub in schema["oneOf"]]
    return out


def extends(want: Any, have: Any) -> bool:
    """Whether the answer shape `have` holds all of `want`: the same types and fields, plus
    what the evidence added (fields upstream leaves undocumented, such as a withdrawal's
    partial amounts; a shape the live API is seen sending beside the documented one, as a
    `oneOf`). README: "Answers as WhiteBIT sends them"."""
    if want == have:
        return True
    if not isinstance(want, dict) or not isinstance(have, dict):
        return False
    if "oneOf" in have and "oneOf" not in want:
        return any(extends(want, variant) for variant in have["oneOf"])
    if want.get("type") != have.get("type"):
        return False
    props = have.get("properties") or {}
    if any(
        name not in props or not extends(sub, props[name])
        for name, sub in (want.get("properties") or {}).items()
    ):
        return False
    return all(
        key not in want or extends(want[key], have.get(key))
        for key in ("items", "additionalProperties")
    )


def body_shape(spec: dict[str, Any], op: dict[str, Any]) -> Any:
    media = op.get("requestBody", {}).get("content", {}).get("application/json")
    if media is None:
        return None
    found = shape(spec, media.get("schema"), drop=TRANSPORT)
    return found if found.get("properties") else None


def success(spec: dict[str, Any], op: dict[str, Any]) -> tuple[str, Any]:
    """Status and shape of the success answer. Its required lists are left out: ours say what
    WhiteBIT always sends, which upstream does not state (see the example tests below)."""
    status, media = success_media(op)
    schema = shape(spec, media["schema"], required=False) if media and "schema" in media else None
    return status, schema


def success_media(op: dict[str, Any]) -> tuple[str, dict[str, Any] | None]:
    """Status and JSON media of an operation's (first) success response."""
    status, response = next((s, r) for s, r in op["responses"].items() if str(s).startswith("2"))
    media: dict[str, Any] | None = (response.get("content") or {}).get("application/json")
    return str(status), media


def documented_examples(spec: dict[str, Any], media: dict[str, Any] | None) -> list[Any]:
    """Every example body a media object documents: `example`, each of `examples`, else the
    example its schema carries as a whole."""
    if not media:
        return []
    found = [media["example"]] if "example" in media else []
    found += [v["value"] for v in (media.get("examples") or {}).values() if "value" in v]
    schema = resolve(spec, media.get("schema") or {})
    if not found and isinstance(schema, dict) and "example" in schema:
        found.append(schema["example"])
    return found


def answer_schemas(spec: dict[str, Any]) -> Iterator[tuple[str, Any]]:
    """(operationId, schema) of every success answer that has a JSON schema."""
    for op_id, (_path, op) in spec_operations(spec).items():
        _status, media = success_media(op)
        if media and "schema" in media:
            yield op_id, media["schema"]


def answer_fields(spec: dict[str, Any]) -> Iterator[tuple[str, str, dict[str, Any]]]:
    """(where, name, schema) of every property reachable from a success answer, each shared
    component visited once."""
    seen: set[str] = set()

    def walk(node: Any, where: str) -> Iterator[tuple[str, str, dict[str, Any]]]:
        if isinstance(node, dict) and "$ref" in node:
            where = node["$ref"].rsplit("/", 1)[-1]
            if where in seen:
                return
            seen.add(where)
        schema = resolve(spec, node or {})
        for name, sub in (schema.get("properties") or {}).items():
            yield where, name, resolve(spec, sub)
            yield from walk(sub, f"{where}.{name}")
        if isinstance(schema.get("items"), dict):
            yield from walk(schema["items"], f"{where}[]")
        if isinstance(schema.get("additionalProperties"), dict):
            yield from walk(schema["additionalProperties"], f"{where}{{}}")

    for op_id, schema in answer_schemas(spec):
        yield from walk(schema, op_id)


@pytest.fixture(scope="module")
def ours() -> dict[str, Any]:
    return load_spec()


def test_spec_is_valid_openapi(ours: dict[str, Any]) -> None:
    validate(ours)


def test_every_operation_carries_the_facts_the_facade_needs(ours: dict[str, Any]) -> None:
    for op_id, (_path, op) in spec_operations(ours).items():
        limit = op["x-rate-limit"]
        assert limit["requests"] > 0 and limit["per_seconds"] > 0, op_id
        assert isinstance(op["x-changes-state"], bool), op_id
        assert isinstance(op["x-moves-money"], bool), op_id
        assert not op["x-moves-money"] or op["x-changes-state"], op_id
        assert op["summary"] and op["description"], op_id


def test_transport_fields_are_never_part_of_an_operation_body(ours: dict[str, Any]) -> None:
    for op_id, (_path, op) in spec_operations(ours).items():
        media = op.get("requestBody", {}).get("content", {}).get("application/json", {})
        schema = resolve(ours, media.get("schema", {}))
        assert not TRANSPORT & set(schema.get("properties", {})), op_id
        assert not TRANSPORT & set(media.get("example", {})), op_id
    assert set(ours["x-signing"]["envelope-fields"]) == TRANSPORT


def test_history_and_token_rate_limits(ours: dict[str, Any]) -> None:
    ops = spec_operations(ours)
    limits = {
        op_id: (op["x-rate-limit"]["requests"], op["x-rate-limit"]["per_seconds"])
        for op_id, (_p, op) in ops.items()
    }
    assert limits["withdrawFromFlexInvestment"] == (1000, 10)
    assert limits["getDepositWithdrawHistory"] == (200, 10)
    assert limits["getWebSocketToken"] == (10, 60)


def test_money_amounts_are_decimal_strings(ours: dict[str, Any]) -> None:
    money = 0
    for op_id, (_path, op) in spec_operations(ours).items():
        media = op.get("requestBody", {}).get("content", {}).get("application/json", {})
        props = resolve(ours, media.get("schema", {})).get("properties", {})
        if "amount" in props:
            amount = resolve(ours, props["amount"])
            assert (amount["type"], amount.get("format")) == ("string", "decimal"), op_id
            money += 1
    assert money >= 10


def test_seed_operation_examples_are_verbatim(ours: dict[str, Any]) -> None:
    """The seed document's 201, 400 and six 422 examples, as data."""
    if not SEED_DOC.is_file():
        pytest.skip("../shared/seed is not available")
    block = re.search(r"````yaml[^\n]*\n(.*?)````", SEED_DOC.read_text(), re.S)
    assert block
    seed = yaml.safe_load(block.group(1))
    seed_op = seed["paths"]["/api/v4/main-account/smart-flex/investments/withdraw"]["post"]
    _path, op = spec_operations(ours)["withdrawFromFlexInvestment"]
    for status in ("400", "422"):
        want = {
            k: v["value"]
            for k, v in seed_op["responses"][status]["content"]["application/json"][
                "examples"
            ].items()
        }
        have = {
            k: v["value"]
            for k, v in op["responses"][status]["content"]["application/json"]["examples"].items()
        }
        assert have == want
    assert len(op["responses"]["422"]["content"]["application/json"]["examples"]) == 6
    assert (
        op["responses"]["201"]["content"]["application/json"]["example"]
        == seed_op["responses"]["201"]["content"]["application/json"]["example"]
    )
    assert "403" in op["responses"]
    plan = resolve(
        ours,
        resolve(ours, op["requestBody"]["content"]["application/json"]["schema"])["properties"][
            "plan"
        ],
    )
    assert plan["format"] == "uuid"


@pytest.mark.slow  # parses an upstream revision
def test_covers_every_operation_of_the_newest_upstream_revision(ours: dict[str, Any]) -> None:
    newest = upstream_files()[-1]
    upstream = yaml.safe_load(newest.read_text(encoding="utf-8"))
    theirs, mine = spec_operations(upstream), spec_operations(ours)
    problems: list[str] = []
    for op_id, (path, op) in theirs.items():
        if op_id not in mine:
            problems.append(f"{op_id}: missing")
            continue
        my_path, my_op = mine[op_id]
        checks = {
            "path": (path, my_path),
            "tags": (op.get("tags"), my_op.get("tags")),
            "request fields": (body_shape(upstream, op), body_shape(ours, my_op)),
            "success": (success(upstream, op), success(ours, my_op)),
            "statuses": (sorted(op["responses"]), sorted(my_op["responses"])),
        }
        for what, (want, have) in checks.items():
            same = (
                extends(want[1], have[1]) and want[0] == have[0]
                if what == "success"
                else want == have
            )
            if not same:
                problems.append(
                    f"{op_id}: {what} differ: {json.dumps(want)[:300]} != {json.dumps(have)[:300]}"
                )
    extra = sorted(set(mine) - set(theirs))
    assert not problems, "\n".join(problems)
    assert not extra, f"operations not in {newest.name}: {extra}"
    assert len(theirs) == len(mine) == contract_operation_count()


# -- answers: required fields, example values and decimals --------------------------------

JSON_TYPES: dict[str, tuple[type, ...]] = {
    "string": (str,),
    "integer": (int,),
    "number": (int, float),
    "boolean": (bool,),
    "array": (list,),
    "object": (dict,),
}
# Older upstream spellings of fields our contract names as the newest revision does.
OLDER_NAMES: dict[str, tuple[str, ...]] = {
    "unique_id": ("uniqueId",),
    "transaction_id": ("transactionId",),
}


def json_type_is(value: Any, kind: str) -> bool:
    if isinstance(value, bool) and kind != "boolean":
        return False
    return isinstance(value, JSON_TYPES[kind])


def problems_in(spec: dict[str, Any], node: Any, value: Any, where: str) -> list[str]:
    """Where `value` breaks `node`: required fields, JSON types, null, enums, decimal strings."""
    schema = resolve(spec, node or {})
    if value is None:
        return [] if schema.get("nullable") else [f"{where}: null but not nullable"]
    kind = schema.get("type")
    if kind is None and ("properties" in schema or "additionalProperties" in schema):
        kind = "object"
    if kind is not None and not json_type_is(value, kind):
        return [f"{where}: {type(value).__name__} where the schema says {kind}"]
    found: list[str] = []
    if "enum" in schema and value not in schema["enum"]:
        found.append(f"{where}: {value!r} not in {schema['enum']}")
    if kind == "string" and schema.get("format") == "decimal":
        try:
            if not Decimal(value).is_finite():
                found.append(f"{where}: {value!r} is not a finite decimal")
        except InvalidOperation:
            found.append(f"{where}: {value!r} is not a decimal")
    if isinstance(value, list) and isinstance(schema.get("items"), dict):
        for i, item in enumerate(value):
            found += problems_in(spec, schema["items"], item, f"{where}[{i}]")
    if isinstance(value, dict):
        props = schema.get("properties") or {}
        extra = schema.get("additionalProperties")
        found += [
            f"{where}: {name} missing" for name in schema.get("required", []) if name not in value
        ]
        for key, sub in value.items():
            if key in props:
                found += problems_in(spec, props[key], sub, f"{where}.{key}")
            elif isinstance(extra, dict):
                found += problems_in(spec, extra, sub, f"{where}{{{key}}}")
            elif props:
                found.append(f"{where}: {key} is not a documented field")
    return found


def test_every_success_example_matches_its_answer_schema(ours: dict[str, Any]) -> None:
    problems: list[str] = []
    checked = 0
    for op_id, (_path, op) in spec_operations(ours).items():
        _status, media = success_media(op)
        if not media or "schema" not in media:
            continue
        for example in documented_examples(ours, media):
            problems += problems_in(ours, media["schema"], example, op_id)
            checked += 1
    for where, name, schema in answer_fields(ours):
        if "example" in schema:
            problems += problems_in(ours, schema, schema["example"], f"{where}.{name} (example)")
    assert checked >= 50
    assert not problems, "\n".join(problems)


def missing_required(spec: dict[str, Any], node: Any, value: Any, where: str) -> Iterator[str]:
    """Fields `node` marks required that `value` (an upstream example) lacks, at any depth;
    an older spelling of a field counts as the field."""
    schema = resolve(spec, node or {})
    if isinstance(value, list) and isinstance(schema.get("items"), dict):
        for i, item in enumerate(value):
            yield from missing_required(spec, schema["items"], item, f"{where}[{i}]")
    if not isinstance(value, dict):
        return
    props = schema.get("properties") or {}
    for name in schema.get("required", []):
        if not any(n in value for n in (name, *OLDER_NAMES.get(name, ()))):
            yield f"{where}: {name}"
    for key, sub in value.items():
        name = next((n for n, old in OLDER_NAMES.items() if key in old and n in props), key)
        if name in props:
            yield from missing_required(spec, props[name], sub, f"{where}.{name}")
        elif isinstance(schema.get("additionalProperties"), dict):
            yield from missing_required(spec, schema["additionalProperties"], sub, f"{where}{{}}")


def load_yaml(path: Any) -> dict[str, Any]:
    loader = getattr(yaml, "CSafeLoader", yaml.SafeLoader)
    data: dict[str, Any] = yaml.load(path.read_text(encoding="utf-8"), Loader=loader)
    return data


@pytest.mark.slow  # parses every upstream revision
def test_required_answer_fields_are_in_every_upstream_success_example(
    ours: dict[str, Any],
) -> None:
    """A field our answers mark required appears wherever any upstream revision documents a
    success example holding its parent object."""
    answers = dict(answer_schemas(ours))
    problems: list[str] = []
    checked = 0
    for file in upstream_files():
        upstream = load_yaml(file)
        for op_id, (_path, op) in spec_operations(upstream).items():
            if op_id not in answers:
                continue
            _status, media = success_media(op)
            for example in documented_examples(upstream, media):
                problems += [
                    f"{file.name}: {gap}"
                    for gap in missing_required(ours, answers[op_id], example, op_id)
                ]
                checked += 1
    assert checked >= 500
    assert not problems, "\n".join(problems)


QUANTITY_WORDS = {
    "amount",
    "fee",
    "balance",
    "invested",
    "rate",
    "hashrate",
    "percent",
    "ratio",
    "ltv",
    "reward",
    "paid",
}
QUANTITY_PREFIXES = {"min", "max", "total"}
NOT_QUANTITY_ENDINGS = {"currency", "ticker", "id", "time", "at", "address", "hash", "name"}


def is_decimal_name(name: str) -> bool:
    """True for names of decimal quantities: amount, fee, balance, rate, percent, ratio, ltv,
    reward ..., or min*/max*/total* values; never for tickers, ids, times or addresses."""
    words = [w.lower() for w in re.findall(r"[A-Z]?[a-z]+|[A-Z]+(?![a-z])|\d+", name)]
    if not words or words[-1] in NOT_QUANTITY_ENDINGS:
        return False
    return bool(QUANTITY_WORDS & set(words)) or words[0] in QUANTITY_PREFIXES


def test_answer_quantities_are_decimal(ours: dict[str, Any]) -> None:
    quantities = [
        (f"{where}.{name}", schema)
        for where, name, schema in answer_fields(ours)
        if is_decimal_name(name) and schema.get("type") == "string"
    ]
    assert quantities
    assert not [w for w, s in quantities if s.get("format") != "decimal"]
    assert is_decimal_name("main_balance") and is_decimal_name("maxPossibleInvestment")
    assert not is_decimal_name("rewardCurrency") and not is_decimal_name("interestTicker")
    stray = [
        f"{where}.{name}"
        for where, name, schema in answer_fields(ours)
        if schema.get("format") == "decimal" and schema.get("type") != "string"
    ]
    assert not stray
