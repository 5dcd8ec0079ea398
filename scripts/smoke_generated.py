"""Run by scripts/generate.py in a subprocess, with PYTHONPATH=<new package's folder>:facade,
before a new package replaces the old one: import it with the facade and call one operation
once over an in-process transport that answers its documented success example. Exit 0 with
nothing printed when that works; else one line on stderr saying what failed (after the
spot in the spec and a tab, when one is to blame), exit 1."""

from __future__ import annotations

import sys
from typing import Any


def _one_line(exc: BaseException) -> str:
    text = (str(exc).strip().splitlines() or [""])[0]
    return f"{type(exc).__name__}: {text}"[:300]


def _pick(operations: dict[str, dict[str, Any]]) -> str | None:
    """An operation callable without arguments: read-only first, signed first."""
    callable_ones = [
        op_id
        for op_id, facts in operations.items()
        if facts["auth"] != "jwt"
        and not any(p["required"] for p in facts.get("parameters", {}).values())
        and not facts["body"].get("required")
    ]
    callable_ones.sort(key=lambda op_id: operations[op_id]["changes_state"])
    return callable_ones[0] if callable_ones else None


def main() -> int:
    try:
        import httpx
        import whitebit_main
        from whitebit_main_api import operations as _operations
        from whitebit_main_api._contract import OPERATIONS
        from whitebit_main_api._examples import SUCCESS_EXAMPLES
    except Exception as exc:  # whatever a broken package raises on import
        print(f"the new package does not import: {_one_line(exc)}", file=sys.stderr)
        return 1
    # An operation whose method name the client itself uses (close, reconcile, ...) would be
    # silently unreachable: the client's own attribute comes first.
    for shadowed_id, facts in OPERATIONS.items():
        name = facts["method_name"]
        if getattr(whitebit_main.WhiteBIT, name) is not getattr(_operations.SyncOperations, name):
            where = f"paths.{facts['path']}.{facts['method'].lower()}"
            message = f"operation {shadowed_id}: its method name {name!r} is the client's own"
            print(f"{where}\t{message}", file=sys.stderr)
            return 1
    op_id = _pick(OPERATIONS)
    if op_id is None:
        return 0
    status, body = SUCCESS_EXAMPLES[op_id]

    def answer(request: httpx.Request) -> httpx.Response:
        return httpx.Response(status, json=body) if body is not None else httpx.Response(status)

    http = httpx.Client(transport=httpx.MockTransport(answer))
    try:
        with whitebit_main.WhiteBIT("smoke-key", "smoke-secret", http_client=http) as client:
            getattr(client, OPERATIONS[op_id]["method_name"])()
    except Exception as exc:
        print(f"calling {op_id} failed: {_one_line(exc)}", file=sys.stderr)
        return 1
    finally:
        http.close()
    return 0


if __name__ == "__main__":
    sys.exit(main())
