"""The protocol's facts have one home (`whitebit_main._signing._protocol`): the signer, the
sandbox's verifier and the spec tools read the same envelope fields and nonce window.
Modules that keep a name of their own for a fact are held to that home here."""

from __future__ import annotations

import json
from typing import Any

import httpx
from prepare_spec import TRANSPORT_FIELDS
from whitebit_main._signing import _nonce, _protocol
from whitebit_main._signing._auth import WhiteBITAuth
from whitebit_sandbox._core import _verify


def test_every_module_uses_the_protocols_window_and_envelope() -> None:
    assert _verify.WINDOW_MS == _nonce.WINDOW_MS == _protocol.NONCE_WINDOW_MS == 5_000
    assert set(TRANSPORT_FIELDS) == set(_protocol.ENVELOPE_FIELDS)


def test_the_signer_writes_the_protocols_fields_and_headers() -> None:
    auth = WhiteBITAuth("key", "secret", nonce_window=True)
    request = httpx.Request("POST", "https://whitebit.com/api/v4/main-account/balance", json={})
    signed = next(auth.sync_auth_flow(request))
    body: dict[str, Any] = json.loads(signed.read())
    assert set(body) == set(_protocol.ENVELOPE_FIELDS)
    assert body[_protocol.REQUEST_FIELD] == "/api/v4/main-account/balance"
    for header in (_protocol.API_KEY_HEADER, _protocol.PAYLOAD_HEADER, _protocol.SIGNATURE_HEADER):
        assert signed.headers[header]


def test_field_names_compare_whatever_their_spelling() -> None:
    assert _protocol.field_key("unique_id") == _protocol.field_key("uniqueId")
    assert _protocol.field_key("unique_id") != _protocol.field_key("uniqueIds")
