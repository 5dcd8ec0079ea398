"""The generated layer carries the contract's meaning, and the facade uses it through public
names only."""

from __future__ import annotations

import ast
import inspect

from whitebit_main_api import operations
from whitebit_main_api._contract import OPERATIONS

from tests.support import ROOT, load_spec, spec_operations

FACADE = ROOT / "facade" / "whitebit_main"
# Generated modules the facade may import although their names start with "_": the tables
# the project's own templates render for it.
OWN_TABLES = {"whitebit_main_api._contract", "whitebit_main_api._examples"}


def test_every_documented_error_is_in_the_raises_section() -> None:
    spec = load_spec()
    for op_id, (_path, op) in spec_operations(spec).items():
        doc = inspect.getdoc(getattr(operations.SyncOperations, OPERATIONS[op_id]["method_name"]))
        assert doc is not None, op_id
        statuses = [s for s in op["responses"] if s[0] in "45"]
        if not statuses:
            continue
        raises = doc.split("Raises:", 1)[1]
        for status in statuses:
            assert f"HTTP {status}" in raises, (op_id, status)


def test_the_seed_operation_documents_its_refusals() -> None:
    doc = inspect.getdoc(operations.AsyncOperations.withdraw_from_flex_investment) or ""
    raises = " ".join(doc.split("Raises:", 1)[1].split())
    assert "errors.ValidationError: HTTP 400" in raises
    assert "plan: The selected plan is invalid." in raises
    assert "errors.InnerValidationError: HTTP 422" in raises
    for case in (
        "amount: Investment does not exist",
        "investment: Cannot withdraw from closed investment",
        "amount: Withdraw amount is too small",
        "amount: Withdraw amount exceeds total invested",
        "minAmountLeft: Amount left < min investment",
        "amount: Cannot withdraw amount < min possible",
    ):
        assert case in raises
    assert "errors.PermissionDeniedError: HTTP 403" in raises


def private_uses(source: str) -> list[str]:
    """What `source` takes from the generated package by a private name."""
    tree = ast.parse(source)
    found: list[str] = []
    for node in ast.walk(tree):
        if isinstance(node, ast.ImportFrom) and (node.module or "").startswith("whitebit_main_api"):
            module = node.module or ""
            parts = module.split(".")
            if module not in OWN_TABLES and any(p.startswith("_") for p in parts):
                found.append(f"imports {module}")
            found += [f"imports {module}.{a.name}" for a in node.names if a.name.startswith("_")]
        elif isinstance(node, ast.Attribute) and node.attr in ("_parse_response", "_content"):
            found.append(f"uses .{node.attr}")
        elif isinstance(node, ast.Constant) and node.value == "_parse_response":
            found.append("names _parse_response")
    return found


def test_the_facade_reaches_generated_code_through_public_names_only() -> None:
    problems = [
        f"{path.relative_to(ROOT)}: {use}"
        for path in sorted(FACADE.rglob("*.py"))
        for use in private_uses(path.read_text(encoding="utf-8"))
    ]
    assert problems == []


def test_the_private_use_check_sees_the_old_ways() -> None:
    old = (
        "from whitebit_main_api.api.flex.withdraw import _parse_response\n"
        "from whitebit_main_api._internal import helper\n"
        "from whitebit_main_api._contract import OPERATIONS\n"
        "def sign(request):\n    request._content = b''\n"
    )
    assert private_uses(old) == [
        "imports whitebit_main_api.api.flex.withdraw._parse_response",
        "imports whitebit_main_api._internal",
        "uses ._content",
    ]


def test_the_api_reference_documents_every_method() -> None:
    reference = (ROOT / "generated" / "whitebit_main_api" / "API.md").read_text(encoding="utf-8")
    for facts in OPERATIONS.values():
        section = reference.split(f"### `{facts['method_name']}`\n", 1)[1].split("\n### ", 1)[0]
        assert f"({facts['operation_id']})" in section
        requests, seconds = facts["rate_limit"]
        assert f"{requests} requests / {seconds} s" in section
        for argument in facts["arguments"]:
            assert f"| `{argument}` |" in section, (facts["operation_id"], argument)
        for status in facts["error_statuses"]:
            assert f"HTTP {status}" in section
        assert ("moves money" in section) == facts["moves_money"]


def test_every_history_hint_of_the_contract_is_a_read_only_method() -> None:
    methods = {facts["method_name"]: facts for facts in OPERATIONS.values()}
    hinted = [facts for facts in OPERATIONS.values() if facts["check_with"]]
    assert hinted
    for facts in hinted:
        assert methods[facts["check_with"]]["changes_state"] is False, facts["operation_id"]
    withdraw = OPERATIONS["createWithdraw"]["check_with"]
    assert withdraw == "get_deposit_withdraw_history"
