"""JWTs for the fiat gateway, websocket tokens and card tokens: issued from state, checked
against it, with the ledger's lock held.

A JWT is a real HS256 token (header.payload.signature) signed with a key the sandbox makes
at start, naming the account and expiring `JWT_SECONDS` after issue on the sandbox clock;
the card-token endpoint accepts only such a token, unexpired, in `Authorization` (with or
without `Bearer `). Card numbers must pass the Luhn check, as payment cards do.
"""

from __future__ import annotations

import base64
import hashlib
import hmac
import json
import re
import secrets

from whitebit_sandbox._core._replies import Refusal
from whitebit_sandbox._core._state import State
from whitebit_sandbox.tokens._state import IssuedToken

JWT_SECONDS = 3600
WEBSOCKET_SECONDS = 24 * 3600
_CARD = re.compile(r"[0-9]{12,19}")


def _b64(data: bytes) -> str:
    return base64.urlsafe_b64encode(data).rstrip(b"=").decode()


def issue_jwt(state: State, signing_key: bytes, account: str, now: int) -> tuple[str, int]:
    """A fresh JWT for `account` and its expiry."""
    expires = now + JWT_SECONDS
    header = _b64(json.dumps({"alg": "HS256", "typ": "JWT"}, separators=(",", ":")).encode())
    claims = {"sub": account, "iat": now, "exp": expires, "jti": secrets.token_hex(8)}
    payload = _b64(json.dumps(claims, separators=(",", ":")).encode())
    signed = f"{header}.{payload}"
    signature = _b64(hmac.new(signing_key, signed.encode(), hashlib.sha256).digest())
    token = f"{signed}.{signature}"
    state.jwt_tokens[token] = IssuedToken(account, expires)
    return token, expires


def jwt_account(state: State, authorization: str, now: int) -> str | None:
    """The account an `Authorization` header's JWT was issued to, if it is valid now."""
    token = authorization.strip()
    if token.lower().startswith("bearer "):
        token = token[7:].strip()
    issued = state.jwt_tokens.get(token)
    if issued is None or issued.expires_at <= now:
        return None
    return issued.account


def websocket_token(state: State, account: str, now: int) -> str:
    """The account's websocket token: the same one until it expires, then a new one."""
    current = state.websocket_tokens.get(account)
    if current is not None and current[1].expires_at > now:
        return current[0]
    token = secrets.token_hex(20)
    state.websocket_tokens[account] = (token, IssuedToken(account, now + WEBSOCKET_SECONDS))
    return token


def _luhn(number: str) -> bool:
    total = 0
    for i, digit in enumerate(int(d) for d in reversed(number)):
        doubled = digit * 2 if i % 2 else digit
        total += doubled - 9 if doubled > 9 else doubled
    return total % 10 == 0


def tokenise_card(state: State, account: str, card_number: str) -> str:
    if not _CARD.fullmatch(card_number) or not _luhn(card_number):
        raise Refusal(
            422, "Validation failed", code=1,
            errors={"cardNumber": ["The cardNumber field is invalid."]},
        )  # fmt: skip
    token = secrets.token_hex(16)
    state.card_tokens[token] = (account, card_number[-4:])
    return token
