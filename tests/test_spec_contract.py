"""Our contract (openapi/main_api_v4.yaml): valid, complete, and equal in facts to the newest
upstream revision for every operation."""

from __future__ import annotations

import json
import re
from typing import Any

import pytest
import yaml
from openapi_spec_validator import validate

from tests.support import SEED_DOC, load_spec, resolve, spec_operations, upstream_files

TRANSPORT = {"request", "nonce", "nonceWindow"}


def shape(spec: dict[str, Any], schema: Any, *, drop: set[str] | None = None) -> Any:
    """Names, JSON types and required lists of a schema, refs resolved, prose ignored."""
    schema = resolve(spec, schema or {})
    drop = drop or set()
    out: dict[str, Any] = {"type": schema.get("type", "object" if "properties" in schema else None)}
    if "properties" in schema:
        out["properties"] = {
            name: shape(spec, sub) for name, sub in schema["properties"].items() if name not in drop
        }
    required = sorted(set(schema.get("required", [])) - drop)
    if required:
        out["required"] = required
    if "items" in schema:
        out["items"] = shape(spec, schema["items"])
    extra = schema.get("additionalProperties")
    if isinstance(extra, dict) and extra:
        out["additionalProperties"] = shape(spec, extra)
    return out


def body_shape(spec: dict[str, Any], op: dict[str, Any]) -> Any:
    media = op.get("requestBody", {}).get("content", {}).get("application/json")
    if media is None:
        return None
    found = shape(spec, media.get("schema"), drop=TRANSPORT)
    return found if found.get("properties") else None


def success(spec: dict[str, Any], op: dict[str, Any]) -> tuple[str, Any]:
    status, response = next((s, r) for s, r in op["responses"].items() if s.startswith("2"))
    media = (response.get("content") or {}).get("application/json")
    return status, shape(spec, media["schema"]) if media and "schema" in media else None


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
            if want != have:
                problems.append(
                    f"{op_id}: {what} differ: {json.dumps(want)[:300]} != {json.dumps(have)[:300]}"
                )
    extra = sorted(set(mine) - set(theirs))
    assert not problems, "\n".join(problems)
    assert not extra, f"operations not in {newest.name}: {extra}"
    assert len(theirs) == len(mine) == 65
