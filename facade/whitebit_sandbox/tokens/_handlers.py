"""JWT, websocket token and card token: request in, `tokens._rules` under the lock, JSON out."""

from __future__ import annotations

from collections.abc import Callable

from whitebit_sandbox._core._fields import Fields
from whitebit_sandbox._core._ledger import Ledger
from whitebit_sandbox._core._replies import Reply
from whitebit_sandbox._core._verify import Caller
from whitebit_sandbox.tokens import _rules as _jwt

Handler = Callable[[Ledger, Caller, Fields], Reply]


def issue_jwt_token(ledger: Ledger, caller: Caller, fields: Fields) -> Reply:
    now = ledger.now()
    with ledger.books() as state:
        token, expires = _jwt.issue_jwt(state, ledger.jwt_key, caller.account, now)
    return Reply(200, {"data": {"token": token, "expires_at": expires}})


def get_web_socket_token(ledger: Ledger, caller: Caller, fields: Fields) -> Reply:
    now = ledger.now()
    with ledger.books() as state:
        return Reply(200, {"websocket_token": _jwt.websocket_token(state, caller.account, now)})


def issue_card_token(ledger: Ledger, caller: Caller, fields: Fields) -> Reply:
    with ledger.books() as state:
        _jwt.tokenise_card(state, caller.account, fields["cardNumber"])
    return Reply(201)  # as documented: 201 and no body


JWT_HANDLERS: dict[str, Handler] = {
    "issueJwtToken": issue_jwt_token,
    "getWebSocketToken": get_web_socket_token,
    "issueCardToken": issue_card_token,
}
