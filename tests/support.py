"""Shared test helpers: paths, the contract, and example values built from the spec."""

from __future__ import annotations

import base64
import copy
import functools
import hashlib
import hmac
import json
import re
import subprocess
import sys
from collections.abc import Callable
from decimal import Decimal
from pathlib import Path
from typing import Any

import httpx
import pytest
import yaml
from spec_walk import json_media, media_examples, resolve, success_status, synthesize
from spec_walk import success_example as documented_success

__all__ = ["resolve"]  # re-exported: tests resolve $refs the way the spec tools do

ROOT = Path(__file__).resolve().parent.parent
SPEC_PATH = ROOT / "openapi" / "main_api_v4.yaml"
UPSTREAM_DIR = ROOT.parent / "shared" / "upstream-specs"
SEED_DOC = ROOT.parent / "shared" / "seed" / "withdraw-from-flex-investment.md"

API_KEY = "test-key-4f0c"
API_SECRET = "test-secret-do-not-log-7d1e9a"


def load_spec() -> dict[str, Any]:
    """The contract, parsed afresh (callers may change their copy)."""
    data: dict[str, Any] = yaml.safe_load(SPEC_PATH.read_text(encoding="utf-8"))
    return data


@functools.cache
def _shared_spec() -> dict[str, Any]:
    """The contract parsed once, for helpers that only read it."""
    return load_spec()


def upstream_revisions() -> list[Path]:
    """The published upstream revisions, oldest first; [] when ../shared is not there (for
    parametrizing at collection time: an empty list skips the test)."""
    return sorted(UPSTREAM_DIR.glob("main_api_v4.*.yaml")) if UPSTREAM_DIR.is_dir() else []


def upstream_files() -> list[Path]:
    """The published upstream revisions, oldest first; skips the test when not present."""
    files = upstream_revisions()
    if not files:
        pytest.skip("../shared/upstream-specs is not available")
    return files


HTTP_METHODS = frozenset({"get", "put", "post", "delete", "options", "head", "patch", "trace"})


def contract_operation_count() -> int:
    """How many operations the contract file declares: one per HTTP method of each path,
    counted without `spec_operations` (which keeps only those with an operationId)."""
    paths: dict[str, dict[str, Any]] = _shared_spec()["paths"]
    return sum(1 for item in paths.values() for key in item if key in HTTP_METHODS)


def spec_operations(spec: dict[str, Any]) -> dict[str, tuple[str, dict[str, Any]]]:
    """operationId -> (path, operation)."""
    return {
        op["operationId"]: (path, op)
        for path, item in spec["paths"].items()
        for op in item.values()
        if isinstance(op, dict) and "operationId" in op
    }


def example_for(spec: dict[str, Any], schema: Any) -> Any:
    """A value for `schema`: its example where the spec has one, else a typed placeholder."""
    return synthesize(spec, schema)


def request_example(spec: dict[str, Any], op: dict[str, Any]) -> dict[str, Any]:
    """A valid body for `op`: its documented example (the first named one if there are
    several), completed with example values for the required fields it leaves out."""
    media = json_media(op.get("requestBody")) or {}
    schema = resolve(spec, media.get("schema", {}))
    examples = media_examples(media)
    body = dict(examples[0]) if examples else {}
    for name in schema.get("required", []):
        if name not in body:
            body[name] = example_for(spec, schema["properties"][name])
    return body


def call_arguments(op_id: str) -> tuple[dict[str, Any], dict[str, Any]]:
    """(keyword arguments for the operation's method, the JSON body fields they produce),
    from the contract's documented request."""
    from whitebit_main_api._contract import OPERATIONS

    spec = _shared_spec()
    _path, op = spec_operations(spec)[op_id]
    body = copy.deepcopy(request_example(spec, op))
    names = {json_name: py for py, json_name in OPERATIONS[op_id]["arguments"].items()}
    kwargs = {names[k]: v for k, v in body.items()}
    if OPERATIONS[op_id]["auth"] == "jwt":
        kwargs["jwt_token"] = "jwt-from-issue-jwt-token"
    return kwargs, body


def success_example(spec: dict[str, Any], op: dict[str, Any]) -> tuple[int, Any]:
    """(status, documented success body) of `op`; the body is built from the schema if the
    spec gives no example."""
    return int(success_status(op)), documented_success(spec, op)


def assert_signed(
    request: httpx.Request, path: str, *, key: str = API_KEY, secret: str = API_SECRET
) -> dict[str, Any]:
    """Check the WhiteBIT signature of a captured request; return its JSON body."""
    payload = base64.b64encode(request.content).decode()
    assert request.headers["X-TXC-APIKEY"] == key
    assert request.headers["X-TXC-PAYLOAD"] == payload
    expected = hmac.new(secret.encode(), payload.encode(), hashlib.sha512).hexdigest()
    assert request.headers["X-TXC-SIGNATURE"] == expected
    assert request.headers["Content-Type"] == "application/json"
    assert request.url.path == path
    body: dict[str, Any] = json.loads(request.content)
    assert body["request"] == path
    assert isinstance(body["nonce"], int) and not isinstance(body["nonce"], bool)
    return body


_DECIMAL_TEXT = re.compile(r"[+-]?(?:\d+(?:\.\d*)?|\.\d+)")


def decimal_view(value: Any) -> Any:
    """`value` with every number and decimal-looking string as a Decimal, so that a parsed
    answer written back ("0.002", Decimal) compares equal to the example ("+0.002", 0.002)."""
    if isinstance(value, dict):
        return {k: decimal_view(v) for k, v in value.items()}
    if isinstance(value, list):
        return [decimal_view(v) for v in value]
    if isinstance(value, str) and _DECIMAL_TEXT.fullmatch(value):
        return Decimal(value)
    if isinstance(value, int | float | Decimal) and not isinstance(value, bool):
        return Decimal(str(value))
    return value


def result_type(op_id: str) -> Any:
    """The return type the typed operations layer declares for `op_id`, resolved."""
    import typing

    import whitebit_main_api.models as models
    from whitebit_main_api import operations
    from whitebit_main_api._contract import OPERATIONS

    method = getattr(operations.SyncOperations, OPERATIONS[op_id]["method_name"])
    namespace = {**{name: getattr(models, name) for name in models.__all__}, **vars(operations)}
    return typing.get_type_hints(method, globalns=namespace)["return"]


def run_mypy(tmp_path: Path, source: str) -> subprocess.CompletedProcess[str]:
    snippet = tmp_path / "snippet.py"
    snippet.write_text(source)
    return subprocess.run(
        [
            sys.executable,
            "-m",
            "mypy",
            "--strict",
            "--no-incremental",
            "--config-file",
            str(ROOT / "pyproject.toml"),
            str(snippet),
        ],
        capture_output=True,
        text=True,
        cwd=ROOT,
        check=False,
    )


def marked_fields(path: Path, mark: Callable[[dict[str, Any]], str | None]) -> set[str]:
    """`operation>request.field...` / `operation>answer...` (lists as `[]`) for every schema
    of the prepared file at `path` (and every success response itself) that `mark` names,
    each followed by what `mark` said: the places a spec-preparation rule flags."""
    from prepare_spec import operations, prepare  # scripts/: tests that use it import it too

    contract, _ = prepare(path)
    found: set[str] = set()

    def visit(node: Any, trail: str, depth: int = 0) -> None:
        node = resolve(contract, node)
        if not isinstance(node, dict) or depth > 20:
            return
        said = mark(node)
        if said is not None:
            found.add(f"{trail}{said}")
        for name, sub in (node.get("properties") or {}).items():
            visit(sub, f"{trail}.{name}", depth + 1)
        for key in ("items", "additionalProperties"):
            visit(node.get(key), f"{trail}[]", depth + 1)

    for _path, _method, op in operations(contract):
        op_id = op["operationId"]
        visit((json_media(op.get("requestBody")) or {}).get("schema"), f"{op_id}>request")
        answer = op["responses"][success_status(op)]
        said = mark(answer)
        if said is not None:
            found.add(f"{op_id}>answer{said}")
        visit((json_media(answer) or {}).get("schema"), f"{op_id}>answer")
    return found


def withdrawal_record(unique_id: str, spelling: str = "unique_id") -> dict[str, Any]:
    """One pending USDT withdrawal as the deposit/withdraw history lists it (the key under
    `spelling`: WhiteBIT's files have used `unique_id` and `uniqueId`)."""
    return {
        "address": "0x1",
        spelling: unique_id,
        "createdAt": 1,
        "currency": "Tether",
        "ticker": "USDT",
        "method": 2,
        "amount": "5",
        "description": "",
        "memo": "",
        "fee": "1",
        "status": 15,
        "network": None,
        "transactionHash": "",
        "transaction_id": "4ea9d7a7-1c0c-4a5b-8a6b-1f3c0f0b8e21",
        "details": None,
        "confirmations": None,
    }


def history_page(*records: dict[str, Any]) -> httpx.Response:
    """A deposit/withdraw history answer holding `records`, all on one page."""
    page = {"limit": 100, "offset": 0, "records": list(records), "total": len(records)}
    return httpx.Response(200, json=page)
