"""DEBUG logging of each request and answer, with signing headers and secrets redacted.

Logged through the `whitebit_main` logger: operation, URL, attempt, the operation's own
fields (never the envelope or headers that carry the payload or signature), status, time,
and the start of the answer. Nothing here ever formats the API secret.

Fields the contract flags `x-secret` are hidden as well. Each operation's `request_secrets`
and `answer_secrets` (whitebit_main_api._contract) say where they sit, as paths such as
"beneficiary.card.number" or "data[].apiSecret" ("" is the whole answer), and how: "redact"
logs '***', "card" only the last four digits. The answer of an operation with secrets is
logged from its parsed, redacted JSON, never from its raw bytes. Nothing is computed unless
DEBUG is on.
"""

from __future__ import annotations

import json
import logging
from collections.abc import Mapping
from numbers import Number
from typing import Any, TypeAlias

import httpx

from .._calls._json import loads_exact
from .._calls._operations import operation_table

logger = logging.getLogger("whitebit_main")

REDACTED_HEADERS = frozenset({"x-txc-payload", "x-txc-signature", "authorization"})
BODY_PREVIEW = 500
REDACTED = "***"

# A compiled set of secret paths: a kind ("redact"/"card") hides the whole value; a dict
# maps a key ("*": every key) to the rule for its value. Lists are walked item by item.
Rule: TypeAlias = "str | dict[str, Rule]"

_rules: dict[str, tuple[Rule, Rule]] = {}


def redacted_headers(headers: httpx.Headers) -> dict[str, str]:
    return {
        name: ("<redacted>" if name.lower() in REDACTED_HEADERS else value)
        for name, value in headers.items()
    }


def compile_paths(paths: Mapping[str, str]) -> Rule:
    """The rule for contract paths; `[]` steps are dropped, since lists are walked anyway."""
    root: dict[str, Rule] = {}
    for path, kind in paths.items():
        steps = [step for step in path.replace("[]", "").split(".") if step]
        if not steps:
            return kind
        node = root
        for step in steps[:-1]:
            child = node.setdefault(step, {})
            if isinstance(child, str):  # an enclosing value is already hidden whole
                break
            node = child
        else:
            node[steps[-1]] = kind
    return root


def _rules_for(operation_id: str) -> tuple[Rule, Rule]:
    """(request rule, answer rule) of an operation; compiled on first use."""
    found = _rules.get(operation_id)
    if found is None:
        operation = operation_table().get(operation_id)
        if operation is None:
            return {}, {}
        found = compile_paths(operation.request_secrets), compile_paths(operation.answer_secrets)
        _rules[operation_id] = found
    return found


def mask_card(value: object) -> str:
    """A card number with all but its last four digits starred; '***' if it is not one."""
    digits = "".join(c for c in str(value) if c.isdigit())
    if len(digits) < 12:
        return REDACTED
    return "*" * (len(digits) - 4) + digits[-4:]


def _hide(value: Any, kind: str, inside: bool = False) -> Any:
    if isinstance(value, dict):  # a secret object or list: its shape stays, its values go
        return {key: _hide(item, kind, True) for key, item in value.items()}
    if isinstance(value, list):
        return [_hide(item, kind, True) for item in value]
    if value is None or isinstance(value, bool):
        return value
    # Flagged fields are strings; a bare number under the same name (an error body's
    # numeric `code` where createCode answers its code) is not the secret.
    if not inside and isinstance(value, Number):
        return value
    return mask_card(value) if kind == "card" else REDACTED


def redact(value: Any, rule: Rule) -> Any:
    """A copy of `value` (parsed JSON or request fields) with what `rule` covers hidden."""
    if isinstance(rule, str):
        return _hide(value, rule)
    if not rule:
        return value
    if isinstance(value, list):
        return [redact(item, rule) for item in value]
    if not isinstance(value, dict):
        return value
    out = dict(value)
    for key, sub in rule.items():
        if key == "*":
            out = {name: redact(item, sub) for name, item in out.items()}
        elif key in out:
            out[key] = redact(out[key], sub)
    return out


def answer_preview(operation_id: str, content: bytes) -> str:
    """The start of an answer as logged: raw for an operation without secret answer fields,
    else its redacted JSON, or a note when it is not JSON."""
    rule = _rules_for(operation_id)[1]
    if not rule or not content:
        return content[:BODY_PREVIEW].decode("utf-8", "replace")
    try:
        shown = json.dumps(redact(loads_exact(content), rule), ensure_ascii=False, default=str)
    except (ValueError, RecursionError):
        return f"<{len(content)} bytes, not JSON: not shown, the answer may hold secrets>"
    return shown[:BODY_PREVIEW]


def log_request(
    operation_id: str, request: httpx.Request, fields: dict[str, Any], attempt: int
) -> None:
    if logger.isEnabledFor(logging.DEBUG):
        shown = redact(fields, _rules_for(operation_id)[0])
        logger.debug(
            "-> %s attempt %d: POST %s fields=%s",
            operation_id,
            attempt,
            request.url,
            json.dumps(shown, default=str),
        )


def log_response(operation_id: str, response: httpx.Response, elapsed_ms: float) -> None:
    if logger.isEnabledFor(logging.DEBUG):
        logger.debug(
            "<- %s: HTTP %s in %.1f ms headers=%s body=%s",
            operation_id,
            response.status_code,
            elapsed_ms,
            redacted_headers(response.headers),
            answer_preview(operation_id, response.content),
        )


def log_retry(operation_id: str, reason: str, delay: float) -> None:
    logger.debug("retrying %s in %.2f s: %s", operation_id, delay, reason)
