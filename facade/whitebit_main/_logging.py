"""DEBUG logging of each request and answer, with the signing headers redacted.

Logged through the `whitebit_main` logger: operation, URL, attempt, the operation's own
fields (never the envelope or headers that carry the payload or signature), status, time,
and the start of the answer. Nothing here ever formats the secret.
"""

from __future__ import annotations

import json
import logging
from typing import Any

import httpx

logger = logging.getLogger("whitebit_main")

REDACTED_HEADERS = frozenset({"x-txc-payload", "x-txc-signature", "authorization"})
BODY_PREVIEW = 500


def redacted_headers(headers: httpx.Headers) -> dict[str, str]:
    return {
        name: ("<redacted>" if name.lower() in REDACTED_HEADERS else value)
        for name, value in headers.items()
    }


def log_request(
    operation_id: str, request: httpx.Request, fields: dict[str, Any], attempt: int
) -> None:
    if logger.isEnabledFor(logging.DEBUG):
        logger.debug(
            "-> %s attempt %d: POST %s fields=%s",
            operation_id,
            attempt,
            request.url,
            json.dumps(fields, default=str),
        )


def log_response(operation_id: str, response: httpx.Response, elapsed_ms: float) -> None:
    if logger.isEnabledFor(logging.DEBUG):
        preview = response.content[:BODY_PREVIEW].decode("utf-8", "replace")
        logger.debug(
            "<- %s: HTTP %s in %.1f ms headers=%s body=%s",
            operation_id,
            response.status_code,
            elapsed_ms,
            redacted_headers(response.headers),
            preview,
        )


def log_retry(operation_id: str, reason: str, delay: float) -> None:
    logger.debug("retrying %s in %.2f s: %s", operation_id, delay, reason)
