"""WhiteBIT's files flag no secret field; the rules of scripts/secret_rules.py flag the
same fields our contract does, so a client regenerated from WhiteBIT's newest file keeps
API secrets, tokens, codes and card numbers out of reprs and logs."""

from __future__ import annotations

from pathlib import Path
from typing import Any

import pytest
from secret_rules import secret_kind

from tests.support import SPEC_PATH, marked_fields, upstream_files


def secret_fields(path: Path) -> set[str]:
    """Every place the prepared file flags `x-secret`, with its kind (`=True`, `=card`)."""
    return marked_fields(path, lambda node: f"={node['x-secret']}" if "x-secret" in node else None)


@pytest.mark.slow  # parses an upstream revision
def test_secret_rules_find_our_secret_fields_in_the_newest_revision() -> None:
    files = upstream_files()
    ours = secret_fields(SPEC_PATH)
    assert "createSubAccountApiKey>answer.apiSecret=True" in ours
    assert "issueCardToken>answer=True" in ours
    assert secret_fields(files[-1]) == ours


@pytest.mark.parametrize(
    ("name", "schema", "parent", "answer", "top", "kind"),
    [
        ("apiSecret", {"type": "string"}, "", True, True, True),
        ("websocket_token", {"type": "string"}, "", True, True, True),
        ("cardToken", {"type": "string"}, "beneficiary", False, False, True),
        ("passphrase", {"type": "string"}, "", False, True, True),
        ("code", {"type": "string"}, "", False, True, True),
        ("cardNumber", {"type": "string"}, "", False, True, "card"),
        ("number", {"type": "string"}, "card", False, False, "card"),
        ("number", {"type": "string"}, "address", False, False, None),
        ("url", {"type": "string"}, "", True, True, True),
        ("url", {"type": "string"}, "stratum", True, False, None),
        ("url", {"type": "string"}, "", False, True, None),
        ("link", {"type": "string"}, "data", True, False, True),
        ("successLink", {"type": "string"}, "", False, True, None),
        ("countryCode", {"type": "string"}, "address", False, False, None),
        ("referralCode", {"type": "string"}, "", False, True, None),
        ("beneficiary", {"type": "object"}, "", False, True, True),
        ("beneficiary", {"type": "object", "properties": {"name": {}}}, "", False, True, None),
        ("code", {"type": "integer"}, "", True, True, None),
        ("ticker", {"type": "string"}, "", True, True, None),
        ("tokenCount", {"type": "string"}, "", True, True, None),
    ],
)
def test_secret_rule(
    name: str, schema: dict[str, Any], parent: str, answer: bool, top: bool, kind: Any
) -> None:
    assert secret_kind(name, schema, parent, answer, top) == kind
