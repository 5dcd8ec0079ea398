"""Shared test helpers: paths, the contract, and example values built from the spec."""

from __future__ import annotations

import base64
import hashlib
import hmac
import json
import re
import subprocess
import sys
from decimal import Decimal
from pathlib import Path
from typing import Any

import httpx
import pytest
import yaml

ROOT = Path(__file__).resolve().parent.parent
SPEC_PATH = ROOT / "openapi" / "main_api_v4.yaml"
UPSTREAM_DIR = ROOT.parent / "shared" / "upstream-specs"
SEED_DOC = ROOT.parent / "shared" / "seed" / "withdraw-from-flex-investment.md"

API_KEY = "test-key-4f0c"
API_SECRET = "test-secret-do-not-log-7d1e9a"


def load_spec() -> dict[str, Any]:
    data: dict[str, Any] = yaml.safe_load(SPEC_PATH.read_text(encoding="utf-8"))
    return data


def upstream_files() -> list[Path]:
    """The published upstream revisions, oldest first; skips the test when not present."""
    files = sorted(UPSTREAM_DIR.glob("main_api_v4.*.yaml")) if UPSTREAM_DIR.is_dir() else []
    if not files:
        pytest.skip("../shared/upstream-specs is not available")
    return files


def spec_operations(spec: dict[str, Any]) -> dict[str, tuple[str, dict[str, Any]]]:
    """operationId -> (path, operation)."""
    return {
        op["operationId"]: (path, op)
        for path, item in spec["paths"].items()
        for op in item.values()
        if isinstance(op, dict) and "operationId" in op
    }


def resolve(spec: dict[str, Any], node: Any) -> Any:
    while isinstance(node, dict) and "$ref" in node:
        target: Any = spec
        for part in node["$ref"][2:].split("/"):
            target = target[part]
        node = target
    return node


def example_for(spec: dict[str, Any], schema: Any, depth: int = 0) -> Any:
    """A value for `schema`: its example where the spec has one, else a typed placeholder."""
    schema = resolve(spec, schema)
    if "example" in schema:
        return schema["example"]
    if "enum" in schema:
        return schema["enum"][0]
    kind = schema.get("type", "object")
    if kind == "object" or "properties" in schema:
        props = schema.get("properties") or {}
        return {k: example_for(spec, v, depth + 1) for k, v in props.items()} if depth < 8 else {}
    if kind == "array":
        return [example_for(spec, schema.get("items") or {}, depth + 1)]
    fmt = schema.get("format")
    return {
        "integer": schema.get("minimum", 1),
        "number": 1.5,
        "boolean": True,
        "string": {
            "decimal": "1.5",
            "uuid": "8f2e9d3c-1a4b-4c2d-9e5f-6a7b8c9d0e1f",
            "date": "2026-01-31",
        }.get(fmt or "", "text"),
    }.get(kind)


def request_example(spec: dict[str, Any], op: dict[str, Any]) -> dict[str, Any]:
    """A valid body for `op`: the documented example, completed from field examples."""
    media = op.get("requestBody", {}).get("content", {}).get("application/json", {})
    schema = resolve(spec, media.get("schema", {}))
    body = dict(media.get("example") or {})
    for name in schema.get("required", []):
        if name not in body:
            body[name] = example_for(spec, schema["properties"][name])
    return body


def success_example(spec: dict[str, Any], op: dict[str, Any]) -> tuple[int, Any]:
    """(status, documented success body) of `op`; the body is built from the schema if the
    spec gives no example."""
    status, response = next((s, r) for s, r in op["responses"].items() if s.startswith("2"))
    media = (response.get("content") or {}).get("application/json")
    if media is None:
        return int(status), None
    if "example" in media:
        return int(status), media["example"]
    if media.get("examples"):
        return int(status), next(iter(media["examples"].values()))["value"]
    return int(status), example_for(spec, media["schema"])


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
