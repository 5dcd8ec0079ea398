"""The facade's per-operation facts, derived for upstream files that do not state them."""

from __future__ import annotations

from pathlib import Path
from typing import Any

import pytest
from overlay import default_overlay
from prepare_spec import derive_facts, is_money_field, operations, prepare

from tests.support import SPEC_PATH, marked_fields, upstream_files, upstream_revisions


def facts(path: Path) -> dict[str, dict[str, Any]]:
    contract, _ = prepare(path, default_overlay())
    return {
        op["operationId"]: {
            "rate": (op["x-rate-limit"]["requests"], op["x-rate-limit"]["per_seconds"]),
            "changes_state": op["x-changes-state"],
            "moves_money": op["x-moves-money"],
            "jwt": op.get("x-auth") == "jwt"
            or any("FiatGatewayJwt" in r for r in op.get("security", [])),
        }
        for _p, _m, op in operations(contract)
    }


@pytest.mark.slow  # parses an upstream revision
def test_derived_facts_of_the_newest_revision_equal_our_contract() -> None:
    newest = facts(upstream_files()[-1])
    ours = facts(SPEC_PATH)
    assert newest == ours


@pytest.mark.slow  # parses an upstream revision each
@pytest.mark.parametrize("revision", upstream_revisions(), ids=lambda path: path.name)
def test_every_revision_gets_every_fact(revision: Path) -> None:
    for op_id, found in facts(revision).items():
        requests, seconds = found["rate"]
        assert requests > 0 and seconds > 0, op_id
        assert isinstance(found["changes_state"], bool), op_id


@pytest.mark.parametrize(
    ("op_id", "description", "fields", "expected"),
    [
        ("getThings", "Rate limit: 200 requests/10 sec.", [], ((200, 10), False, False)),
        ("getThings", "No limit stated.", [], ((1000, 10), False, False)),
        ("getPaymentUrl", "", ["uniqueId", "amount"], ((1000, 10), True, True)),
        ("createThing", "Rate limit: 10 requests / 60 sec", ["name"], ((10, 60), True, False)),
        ("applyVoucher", "", ["code"], ((1000, 10), True, True)),
        ("sendFunds", "", ["amount"], ((1000, 10), True, True)),
    ],
)
def test_rules(op_id: str, description: str, fields: list[str], expected: Any) -> None:
    op: dict[str, Any] = {"operationId": op_id, "description": description}
    derive_facts(op, {"properties": {f: {"type": "string"} for f in fields}})
    rate = (op["x-rate-limit"]["requests"], op["x-rate-limit"]["per_seconds"])
    assert (rate, op["x-changes-state"], op["x-moves-money"]) == expected
    source = "description" if "Rate limit" in description else "default"
    assert op["x-rate-limit-source"] == source


def test_stated_facts_win_over_rules() -> None:
    op: dict[str, Any] = {
        "operationId": "getX",
        "x-changes-state": True,
        "x-rate-limit": {"requests": 5, "per_seconds": 1},
    }
    derive_facts(op, None)
    assert op["x-changes-state"] is True and op["x-rate-limit"]["requests"] == 5


def decimal_fields(path: Path) -> set[str]:
    """Every field the prepared file marks `format: decimal`."""
    return marked_fields(path, lambda node: "" if node.get("format") == "decimal" else None)


@pytest.mark.slow  # parses an upstream revision
def test_money_rule_finds_our_decimal_fields_in_the_newest_revision() -> None:
    """Upstream marks no field decimal; the rule by name and example finds the same fields
    our contract marks, requests and answers alike, among the fields upstream declares (ours
    also declares some the evidence shows, such as a withdrawal's partial amounts)."""
    ours = decimal_fields(SPEC_PATH)
    assert any(trail.endswith(">request.amount") for trail in ours)
    newest = upstream_files()[-1]
    declared = marked_fields(newest, lambda node: "")
    assert decimal_fields(newest) == ours & declared


@pytest.mark.parametrize(
    ("name", "schema", "money"),
    [
        ("amount", {"type": "string", "example": "500.25"}, True),
        ("main_balance", {"type": "string"}, True),
        ("minInvestment", {"type": "string", "example": "10.0"}, True),
        ("fppsRate", {"type": "string"}, True),
        ("investmentId", {"type": "string", "example": "1232"}, False),
        ("amount", {"type": "string", "example": "all"}, False),
        ("amount", {"type": "integer"}, False),
        ("amount", {"type": "string", "format": "uuid"}, False),
        ("fee", {"type": "string", "enum": ["low", "high"]}, False),
        ("ticker", {"type": "string", "example": "100"}, False),
    ],
)
def test_money_rule(name: str, schema: dict[str, Any], money: bool) -> None:
    assert is_money_field(name, schema) is money
