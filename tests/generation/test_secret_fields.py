"""The contract flags every credential `x-secret`, and generated models never repr one."""

from __future__ import annotations

import json
import re
from collections.abc import Iterator
from typing import Any

import pytest
import whitebit_main_api.models as models
from operation_facts import secret_paths
from spec_errors import SpecError
from whitebit_main_api._contract import OPERATIONS

from tests.secret_values import SecretMaker, plant
from tests.support import example_for, load_spec

SPEC = load_spec()
SCHEMAS: dict[str, Any] = SPEC["components"]["schemas"]
# Names that say "credential"; `cardTokenSave` is a boolean switch, not a token.
CREDENTIAL_NAME = re.compile(r"secret|token|passphrase|password", re.I)


def properties(node: Any, trail: str) -> Iterator[tuple[str, str, dict[str, Any]]]:
    """(trail, name, schema) of every property declared anywhere below `node`."""
    if not isinstance(node, dict):
        return
    for name, sub in (node.get("properties") or {}).items():
        yield trail, name, sub
        yield from properties(sub, f"{trail}.{name}")
    for key in ("items", "additionalProperties"):
        yield from properties(node.get(key), f"{trail}[]")


def all_properties() -> list[tuple[str, str, dict[str, Any]]]:
    return [found for name, schema in SCHEMAS.items() for found in properties(schema, name)]


def test_every_credential_named_string_field_is_flagged() -> None:
    named = [
        (trail, name, sub)
        for trail, name, sub in all_properties()
        if CREDENTIAL_NAME.search(name) and sub.get("type") == "string"
    ]
    assert len(named) >= 6  # apiSecret twice, token, websocket_token, passphrase twice, ...
    unflagged = [f"{trail}.{name}" for trail, name, sub in named if not sub.get("x-secret")]
    assert unflagged == []


def test_every_card_number_field_is_flagged_card() -> None:
    cards = [
        (f"{trail}.{name}", sub.get("x-secret"))
        for trail, name, sub in all_properties()
        if name.lower() == "cardnumber" or (trail.endswith(".card") and name == "number")
    ]
    assert len(cards) >= 2
    assert all(kind == "card" for _, kind in cards), cards


def test_flagged_leaf_fields_are_strings() -> None:
    """The log redaction leaves a bare number alone (an error's numeric `code`): that is only
    right while every flagged field that is not an object is a string."""
    flagged = [(f"{t}.{n}", s) for t, n, s in all_properties() if s.get("x-secret")]
    assert flagged
    assert all(s.get("type") in ("string", "object") for _, s in flagged), flagged


@pytest.mark.parametrize(
    ("op_id", "side", "path", "kind"),
    [
        ("createSubAccountApiKey", "answer_secrets", "apiSecret", "redact"),
        ("issueJwtToken", "answer_secrets", "data.token", "redact"),
        ("getWebSocketToken", "answer_secrets", "websocket_token", "redact"),
        ("createCode", "request_secrets", "passphrase", "redact"),
        ("applyCode", "request_secrets", "passphrase", "redact"),
        ("issueCardToken", "request_secrets", "cardNumber", "card"),
        ("createWithdraw", "request_secrets", "beneficiary.card.number", "card"),
        ("issueCardToken", "answer_secrets", "", "redact"),
    ],
)
def test_contract_table_lists_the_known_credentials(
    op_id: str, side: str, path: str, kind: str
) -> None:
    assert OPERATIONS[op_id][side].get(path) == kind


def test_an_unknown_secret_kind_is_refused() -> None:
    schema = {"type": "object", "properties": {"pin": {"type": "string", "x-secret": "yes"}}}
    with pytest.raises(SpecError, match="x-secret must be"):
        secret_paths({}, schema, "operation demo request")


def test_secret_paths_walk_lists_maps_and_stop_at_a_secret_object() -> None:
    item = {"type": "object", "properties": {"key": {"type": "string", "x-secret": True}}}
    schema = {
        "type": "object",
        "properties": {
            "data": {"type": "array", "items": item},
            "byName": {"type": "object", "additionalProperties": item},
            "card": {"type": "object", "x-secret": True, "properties": item["properties"]},
        },
    }
    assert secret_paths({}, schema, "demo") == {
        "data[].key": "redact",
        "byName.*.key": "redact",
        "card": "redact",
    }


def flagged_schemas() -> list[str]:
    return sorted(name for name, schema in SCHEMAS.items() if secret_paths(SPEC, schema, name))


def test_the_flagged_schemas_include_requests_and_answers() -> None:
    names = flagged_schemas()
    assert {"IssueCardTokenRequest", "SubAccountApiKey", "IssueJwtTokenResult"} <= set(names)


@pytest.mark.parametrize("name", flagged_schemas())
def test_model_repr_hides_secrets_and_to_dict_keeps_them(name: str) -> None:
    schema = SCHEMAS[name]
    secrets = SecretMaker()
    data = example_for(SPEC, schema)
    for path, kind in secret_paths(SPEC, schema, name).items():
        data = plant(data, path, kind, secrets, spec=SPEC, schema=schema)
    model = getattr(models, name).from_dict(data)
    shown = repr(model)
    assert secrets.planted
    for value in secrets.planted:
        assert value not in shown
        assert value in json.dumps(model.to_dict())
    for masked in secrets.masked:
        assert masked in shown
