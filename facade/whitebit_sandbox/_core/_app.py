"""One request through the sandbox, independent of HTTP plumbing.

route (404) -> method (405) -> authentication (`_verify`) -> per-operation rate limit
(`_ratelimit`) -> body schema (`_schema`) -> what the clock's progress earned (`accrue`)
-> the operation's handler (`_registry`, gathered from the domain folders), which answers
from the books. Keeping this apart from the socket server makes the order of checks
readable in one place.
"""

from __future__ import annotations

import logging
from collections.abc import Mapping

from whitebit_main._coordination._ratelimit import ACCOUNT_LIMIT
from whitebit_main._signing._protocol import ENVELOPE_FIELDS
from whitebit_main_api._contract import OPERATIONS

from whitebit_sandbox._core._ledger import Ledger
from whitebit_sandbox._core._ratelimit import ACCOUNT_WIDE, ServerRateLimits
from whitebit_sandbox._core._registry import HANDLERS
from whitebit_sandbox._core._replies import Refusal, Reply, unauthorized
from whitebit_sandbox._core._schema import validate_body
from whitebit_sandbox._core._verify import Verifier, parse_json_object

logger = logging.getLogger("whitebit_sandbox")


def server_limits(overrides: Mapping[str, tuple[int, float]]) -> ServerRateLimits:
    """The documented limits (each operation's, and the account-wide one that every
    operation of the API host counts in), with `overrides` by operationId or ACCOUNT_WIDE."""
    limits: dict[str, tuple[int, float]] = {
        op: (facts["rate_limit"][0], facts["rate_limit"][1]) for op, facts in OPERATIONS.items()
    }
    limits[ACCOUNT_WIDE] = ACCOUNT_LIMIT
    unknown = set(overrides) - set(limits)
    if unknown:
        raise ValueError(f"limits for unknown operations: {sorted(unknown)}")
    limits.update(overrides)
    on_api_host = [op for op, facts in OPERATIONS.items() if facts.get("server") is None]
    return ServerRateLimits(limits, account_wide=on_api_host)


class SandboxApp:
    """Answers requests the way WhiteBIT's Main Account API does, from a `Ledger`."""

    def __init__(
        self,
        ledger: Ledger,
        *,
        rate_limits: bool = True,
        limits: Mapping[str, tuple[int, float]] | None = None,
    ) -> None:
        self.ledger = ledger
        self.verifier = Verifier(ledger.key_info)
        self.limiter = server_limits(limits or {}) if rate_limits else None
        self._routes = {facts["path"]: op for op, facts in OPERATIONS.items()}

    def handle(
        self, method: str, path: str, headers: Mapping[str, str], content: bytes, client: str
    ) -> Reply:
        """The answer to one request; `headers` has lower-case names."""
        try:
            return self._handle(method, path, headers, content, client)
        except Refusal as refusal:
            return refusal.reply()
        except Exception:  # a sandbox bug must not kill the connection thread silently
            logger.exception("sandbox failed on %s %s", method, path)
            return Reply(500, {"code": 0, "message": "Internal sandbox error"})

    def _handle(
        self, method: str, path: str, headers: Mapping[str, str], content: bytes, client: str
    ) -> Reply:
        operation_id = self._routes.get(path)
        if operation_id is None:
            raise Refusal(404, "Not Found")
        if method != "POST":
            raise Refusal(405, "Method Not Allowed", headers={"Allow": "POST"})
        facts = OPERATIONS[operation_id]
        if facts["auth"] == "jwt":
            # Card tokens go to the fiat gateway with the JWT from issueJwtToken.
            authorization = headers.get("authorization", "")
            if not authorization.strip():
                raise unauthorized("Unauthenticated.")
            body = parse_json_object(content)
            if body is None:
                raise Refusal(400, "Invalid payload")
            caller = self.ledger.jwt_caller(authorization)
            if caller is None:
                raise unauthorized("Unauthenticated.")
        else:
            caller, body = self.verifier.verify(path, headers, content)
        if self.limiter is not None:
            self.limiter.admit(client, operation_id)
        fields = {k: v for k, v in body.items() if k not in ENVELOPE_FIELDS}
        validate_body(facts["body"], fields)
        self.ledger.accrue()  # the clock may have moved: earnings and terms first
        return HANDLERS[operation_id](self.ledger, caller, fields)
