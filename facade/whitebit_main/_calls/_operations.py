"""The facade's view of the contract: one `Operation` per operationId."""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass, field
from functools import cached_property
from typing import Any


@dataclass(frozen=True)
class Operation:
    """Facts about one API operation that the client acts on."""

    operation_id: str
    method_name: str
    tag: str
    path: str
    success_status: int
    error_statuses: tuple[int, ...]
    rate_limit: tuple[int, int]
    changes_state: bool
    moves_money: bool
    auth: str
    server: str | None
    arguments: Mapping[str, str]
    body: Mapping[str, Any] = field(repr=False)
    # Where the contract's `x-secret` fields sit: path -> "redact" or "card" (see _logging).
    request_secrets: Mapping[str, str] = field(default_factory=dict, repr=False)
    answer_secrets: Mapping[str, str] = field(default_factory=dict, repr=False)
    # The contract's `x-idempotency`: the body field the server refuses to see twice, and
    # how to find what a call with it did (None: not idempotent).
    idempotency: Mapping[str, Any] | None = field(default=None, repr=False)
    # The method that shows whether a state-changing call took effect (the contract's
    # x-check-with on the operation's tag), for when its answer was lost.
    check_with: str | None = None
    # How the request goes out: the HTTP method, whether the spec documents a JSON body
    # (a signed request always carries one: the signature covers it), and the path and
    # query parameters by name: {"in": "path" | "query", "required": bool, "schema": {...}}.
    method: str = "POST"
    request_body: bool = True
    parameters: Mapping[str, Mapping[str, Any]] = field(default_factory=dict, repr=False)

    @cached_property
    def inputs(self) -> Mapping[str, Any]:
        """The schema every argument is checked against: the body's, with the parameters
        added as fields (their names never collide: the generator refuses that)."""
        if not self.parameters:
            return self.body
        props = dict(self.body.get("properties") or {})
        required = list(self.body.get("required") or ())
        for name, param in self.parameters.items():
            props[name] = param["schema"]
            if param["required"]:
                required.append(name)
        return {**self.body, "properties": props, "required": required}


def load_operations() -> dict[str, Operation]:
    from whitebit_main_api._contract import OPERATIONS  # a big module: loaded when needed

    return {op_id: Operation(**facts) for op_id, facts in OPERATIONS.items()}


_table: dict[str, Operation] | None = None


def operation_table() -> dict[str, Operation]:
    """Every operation by operationId, loaded on first use (by the first client built)."""
    global _table
    if _table is None:
        _table = load_operations()
    return _table
