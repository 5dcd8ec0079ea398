"""WhiteBIT's signing protocol facts, one home each, for the client and the sandbox.

Every signed body carries the envelope: `request` (the path requested), `nonce` (larger
than the key's previous one) and, optionally, `nonceWindow: true` (any unique millisecond
nonce within `NONCE_WINDOW_MS` of the server's clock). The signature travels in the three
`X-TXC-*` headers. `field_key` is how field names are compared whatever their spelling.
The other facts have their own single homes: the HTTP status -> exception table is
`errors._BY_STATUS`, the contract's field rules are `_rules`.
"""

from __future__ import annotations

REQUEST_FIELD = "request"
NONCE_FIELD = "nonce"
NONCE_WINDOW_FIELD = "nonceWindow"
ENVELOPE_FIELDS = (REQUEST_FIELD, NONCE_FIELD, NONCE_WINDOW_FIELD)

NONCE_WINDOW_MS = 5_000  # the server's tolerance either way for a window nonce


def field_key(name: str) -> str:
    """A field name without its spelling: WhiteBIT writes some fields both ways
    (`unique_id` and `uniqueId`), so names are compared by this key."""
    return name.replace("_", "").lower()


API_KEY_HEADER = "X-TXC-APIKEY"
PAYLOAD_HEADER = "X-TXC-PAYLOAD"
SIGNATURE_HEADER = "X-TXC-SIGNATURE"
