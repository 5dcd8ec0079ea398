"""What both processes of `make bench` agree on: the one operation, its answer and the keys.

Kept apart from scripts/bench_server.py so that the benchmark's client process imports
none of the server's code (the sandbox's verifier and limiter live only in the server).
"""

from __future__ import annotations

import hashlib
import json

from whitebit_main_api._examples import SUCCESS_EXAMPLES

OPERATION = "getMainBalance"
PATH = "/api/v4/main-account/balance"
BODY = json.dumps(SUCCESS_EXAMPLES[OPERATION][1], separators=(",", ":")).encode()

KEY_PREFIX = "bench-"  # any key so named is known to the server
# Keys so named are also held to the operation's rate limit from the contract: over it, the
# server answers 429 `Too Many Attempts.` as WhiteBIT (and the sandbox) does.
LIMITED_PREFIX = "bench-limited-"


def bench_secret(api_key: str) -> str:
    """The secret the server expects for `api_key` (derived, so any fresh key works)."""
    return hashlib.sha256(b"whitebit-bench:" + api_key.encode()).hexdigest()
