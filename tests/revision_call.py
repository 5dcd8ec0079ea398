"""Run in a subprocess against a regenerated package (PYTHONPATH=<out>:facade:<repo root>):
serve the operation's documented success answer on a loopback server, make one call
through the facade, and print a JSON report of the request the server read and of the
answer. Argument: the call as JSON {"method_name", "kwargs", "gone"}."""

from __future__ import annotations

import json
import socket
import sys
from decimal import Decimal
from typing import Any
from urllib.parse import parse_qsl, urlsplit

import attrs
from whitebit_main import RetryPolicy, WhiteBIT
from whitebit_main_api._contract import OPERATIONS
from whitebit_main_api._examples import SUCCESS_EXAMPLES

from tests.scripted_server import scripted


def floats_in(value: Any) -> list[str]:
    if attrs.has(type(value)):
        value = attrs.asdict(value, recurse=True)
    if isinstance(value, float):
        return [repr(value)]
    if isinstance(value, dict):
        return [f for v in value.values() for f in floats_in(v)]
    if isinstance(value, list | tuple):
        return [f for item in value for f in floats_in(item)]
    return []


def decimals_in(value: Any) -> list[str]:
    if attrs.has(type(value)):
        value = attrs.asdict(value, recurse=True)
    if isinstance(value, Decimal):
        return [str(value)]
    if isinstance(value, dict):
        return [d for v in value.values() for d in decimals_in(v)]
    if isinstance(value, list | tuple):
        return [d for item in value for d in decimals_in(item)]
    return []


def request_report(raw: bytes) -> dict[str, Any]:
    head, _, body = raw.partition(b"\r\n\r\n")
    lines = head.decode("latin-1").split("\r\n")
    method, target, _version = lines[0].split(" ", 2)
    headers = {}
    for line in lines[1:]:
        name, _, value = line.partition(":")
        headers[name.strip().lower()] = value.strip()
    parts = urlsplit(target)
    return {
        "method": method,
        "path": parts.path,
        "query": dict(parse_qsl(parts.query)),
        "headers": headers,
        "body": json.loads(body) if body else None,
    }


def main() -> int:
    call = json.loads(sys.argv[1])
    by_method = {facts["method_name"]: op_id for op_id, facts in OPERATIONS.items()}
    report: dict[str, Any] = {}
    if call.get("gone"):
        report["gone_still_there"] = hasattr(WhiteBIT, call["gone"])
    if not call.get("method_name"):
        print(json.dumps(report))
        return 0
    op_id = by_method[call["method_name"]]
    status, example = SUCCESS_EXAMPLES[op_id]
    answer = json.dumps(example).encode() if example is not None else b""

    def reply(conn: socket.socket, _request: bytes) -> None:
        head = f"HTTP/1.1 {status} OK\r\nContent-Type: application/json\r\n"
        conn.sendall(f"{head}Content-Length: {len(answer)}\r\n\r\n".encode() + answer)

    with scripted(reply) as server:
        with WhiteBIT(
            "k-revision",
            "s-revision",
            base_url=server.url,
            gateway_url=server.url,
            retry=RetryPolicy.none(),
        ) as client:
            result = getattr(client, call["method_name"])(**call["kwargs"])
        report["requests"] = [request_report(raw) for raw in server.requests]
    report["result_type"] = type(result).__name__
    report["floats"] = floats_in(result)
    report["decimals"] = decimals_in(result)
    print(json.dumps(report))
    return 0


if __name__ == "__main__":
    sys.exit(main())
