"""The facade's per-operation facts, derived for upstream files that do not state them."""

from __future__ import annotations

from pathlib import Path
from typing import Any

import pytest
from prepare_spec import derive_facts, operations, prepare

from tests.support import SPEC_PATH, upstream_files


def facts(path: Path) -> dict[str, dict[str, Any]]:
    contract, _ = prepare(path)
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


def test_derived_facts_of_the_newest_revision_equal_our_contract() -> None:
    newest = facts(upstream_files()[-1])
    ours = facts(SPEC_PATH)
    assert newest == ours


@pytest.mark.parametrize("index", range(20))
def test_every_revision_gets_every_fact(index: int) -> None:
    files = upstream_files()
    for op_id, found in facts(files[index]).items():
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
