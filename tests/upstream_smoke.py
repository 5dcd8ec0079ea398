"""Run in a subprocess against a freshly generated package (PYTHONPATH=<out>:facade):
call every operation, sync and async, against its documented success example through the
facade, and print a JSON report {operation: return annotation}. Every money field is passed
as a `Decimal`, and no parsed answer may hold a float. Exit 1 on any failure."""

from __future__ import annotations

import asyncio
import json
import sys
from decimal import Decimal
from typing import Any

import attrs
import httpx
from whitebit_main import AsyncWhiteBIT, WhiteBIT
from whitebit_main_api import operations
from whitebit_main_api._contract import OPERATIONS
from whitebit_main_api._examples import SUCCESS_EXAMPLES


def answer(request: httpx.Request) -> httpx.Response:
    op_id = request.headers["X-Test-Operation"]
    status, body = SUCCESS_EXAMPLES[op_id]
    return httpx.Response(status, json=body) if body is not None else httpx.Response(status)


def arguments(facts: dict[str, Any]) -> dict[str, Any]:
    """Required arguments with values the contract accepts."""
    values: dict[str, Any] = {}
    body = facts["body"]
    names = {json_name: name for name, json_name in facts["arguments"].items()}
    for json_name, schema in (body.get("properties") or {}).items():
        if json_name in body.get("required", []) or schema.get("format") == "decimal":
            values[names[json_name]] = sample(schema)
    if facts["auth"] == "jwt":
        values["jwt_token"] = "token"
    return values


def sample(schema: dict[str, Any]) -> Any:
    if "enum" in schema:
        return schema["enum"][0]
    kind, fmt = schema.get("type"), schema.get("format")
    if kind == "string":
        return {
            "decimal": Decimal("12.34"),
            "uuid": "8f2e9d3c-1a4b-4c2d-9e5f-6a7b8c9d0e1f",
            "date": "2026-01-31",
        }.get(fmt or "", "x" * max(1, schema.get("minLength", 1)))
    if kind == "integer":
        return max(1, schema.get("minimum", 1))
    if kind == "number":
        return Decimal("12.34")
    if kind == "boolean":
        return True
    if kind == "array":
        return [sample(schema.get("items") or {})] * max(1, schema.get("minItems", 1))
    props = schema.get("properties") or {}
    return {k: sample(props[k]) for k in schema.get("required", [])}


def floats_in(value: Any) -> list[str]:
    """Where a parsed answer holds a float (money must be Decimal)."""
    if attrs.has(type(value)):
        value = attrs.asdict(value, recurse=True)
    if isinstance(value, float):
        return [repr(value)]
    if isinstance(value, dict):
        return [f"{k}: {f}" for k, v in value.items() for f in floats_in(v)]
    if isinstance(value, list | tuple):
        return [f for item in value for f in floats_in(item)]
    return []


def main() -> int:
    sync_http = httpx.Client(transport=httpx.MockTransport(answer))
    async_http = httpx.AsyncClient(transport=httpx.MockTransport(answer))
    try:
        with WhiteBIT("k", "s", http_client=sync_http) as sync:
            return check_every_operation(sync, AsyncWhiteBIT("k", "s", http_client=async_http))
    finally:
        sync_http.close()
        # the AsyncWhiteBIT holds nothing but this given http client, closed here
        asyncio.run(async_http.aclose())


def check_every_operation(sync: WhiteBIT, async_client: AsyncWhiteBIT) -> int:
    report: dict[str, str] = {}
    for op_id, facts in OPERATIONS.items():
        headers = {"X-Test-Operation": op_id}
        sync._http.headers.update(headers)
        async_client._http.headers.update(headers)
        name = facts["method_name"]
        kwargs = arguments(facts)
        first = getattr(sync, name)(**kwargs)
        second = asyncio.run(getattr(async_client, name)(**kwargs))
        if type(first) is not type(second):
            print(f"{op_id}: sync and async results differ", file=sys.stderr)
            return 1
        if "amount" in facts["body"].get("properties", {}) and "amount" not in kwargs:
            print(f"{op_id}: amount is not a decimal field", file=sys.stderr)
            return 1
        floats = floats_in(first)
        if floats:
            print(f"{op_id}: floats in the answer: {floats[:3]}", file=sys.stderr)
            return 1
        report[op_id] = str(getattr(operations.SyncOperations, name).__annotations__["return"])
    print(json.dumps(report))
    return 0


if __name__ == "__main__":
    sys.exit(main())
