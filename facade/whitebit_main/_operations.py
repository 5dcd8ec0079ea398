"""The facade's view of the contract: one `Operation` per operationId, and its parser."""

from __future__ import annotations

import importlib
from collections.abc import Callable, Mapping
from dataclasses import dataclass, field
from functools import cached_property
from typing import Any

import httpx
from whitebit_main_api.client import Client


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
    parser_module: str
    success_schema: bool
    arguments: Mapping[str, str]
    body: Mapping[str, Any] = field(repr=False)

    @cached_property
    def parse_success(self) -> Callable[[httpx.Response], Any]:
        """The generated parser for the success answer (imported on first use)."""
        if not self.success_schema:
            return _undocumented_body
        module = importlib.import_module(self.parser_module)
        parse: Callable[..., Any] = module._parse_response
        client = Client(base_url="http://parser.invalid")

        def parse_response(response: httpx.Response) -> Any:
            return parse(client=client, response=response)

        return parse_response


def _undocumented_body(response: httpx.Response) -> Any:
    """A success whose body the contract does not describe: its JSON as is, or None."""
    return response.json() if response.content else None


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
