"""One walker for the contract's field rules: the client raises on the first violation,
the sandbox collects every one in WhiteBIT's words, and the two always agree on whether a
value is acceptable, for every rule including exclusive bounds and decimals."""

from __future__ import annotations

from decimal import Decimal
from typing import Any

import pytest
from whitebit_main._calls._rules import violations
from whitebit_main._calls._validation import check_value
from whitebit_sandbox._core._schema import body_errors

SCHEMA: dict[str, Any] = {
    "type": "object",
    "required": ["amount", "kind"],
    "properties": {
        "amount": {"type": "string", "format": "decimal", "exclusiveMinimum": 0,
                   "maximum": 1000, "x-decimals": 2},
        "rate": {"type": "number", "exclusiveMaximum": 1},
        "kind": {"type": "string", "enum": ["a", "b"]},
        "name": {"type": "string", "minLength": 2, "maxLength": 4, "pattern": "^[a-z]+$"},
        "ids": {"type": "array", "maxItems": 2, "items": {"type": "string", "format": "uuid"}},
        "limit": {"type": "integer", "minimum": 1, "maximum": 100},
    },
}  # fmt: skip
GOOD: dict[str, Any] = {"amount": "10.25", "kind": "a"}
ID = "0d7b66ff-1909-4938-ab7a-d16d9a64dcd5"


@pytest.mark.parametrize(
    ("change", "field", "rule", "server_text"),
    [
        ({"amount": "0"}, "amount", "exclusiveMinimum", "The amount must be greater than 0."),
        ({"amount": "1000.01"}, "amount", "maximum", "The amount may not be greater than 1000."),
        ({"amount": "1.255"}, "amount", "x-decimals",
         "The amount may have at most 2 decimal places."),
        ({"rate": Decimal(1)}, "rate", "exclusiveMaximum", "The rate must be less than 1."),
        ({"kind": "c"}, "kind", "enum", "The selected kind is invalid."),
        ({"name": "a"}, "name", "minLength", "The name must be at least 2 characters."),
        ({"name": "abcde"}, "name", "maxLength",
         "The name may not be greater than 4 characters."),
        ({"name": "AB"}, "name", "pattern", "The name format is invalid."),
        ({"ids": [ID, ID, ID]}, "ids", "maxItems", "The ids may not have more than 2 items."),
        ({"limit": 0}, "limit", "minimum", "The limit must be at least 1."),
    ],
)  # fmt: skip
def test_both_sides_refuse_by_the_same_rule(
    change: dict[str, Any], field: str, rule: str, server_text: str
) -> None:
    body = {**GOOD, **change}
    (found,) = list(violations(SCHEMA, body))
    assert (found.field, found.rule) == (field, rule)
    assert body_errors(SCHEMA, body) == {field: [server_text]}
    with pytest.raises(ValueError, match=f"^x\\.{field} "):
        check_value("x", SCHEMA, body)  # the client: the same rule, before sending


def test_a_good_body_passes_both_sides() -> None:
    body = {**GOOD, "rate": Decimal("0.5"), "name": "ab", "ids": [ID], "limit": 100}
    assert list(violations(SCHEMA, body)) == []
    assert body_errors(SCHEMA, body) == {}
    assert check_value("x", SCHEMA, body)["amount"] == "10.25"


def test_the_sandbox_collects_every_violation_the_client_stops_at_the_first() -> None:
    body = {"amount": "abc", "name": "A", "ids": ["nope"], "limit": True}
    assert body_errors(SCHEMA, body) == {
        "kind": ["The kind field is required."],
        "amount": ["The amount must be a number."],
        "name": ["The name must be at least 2 characters.", "The name format is invalid."],
        "ids.0": ["The selected ids.0 is invalid."],
        "limit": ["The limit must be an integer."],
    }
    with pytest.raises((TypeError, ValueError)):
        check_value("x", SCHEMA, body)


def test_client_messages_say_the_rule() -> None:
    def refusal(change: dict[str, Any]) -> str:
        with pytest.raises(ValueError) as caught:
            check_value("x", SCHEMA, {**GOOD, **change})
        return str(caught.value)

    assert refusal({"amount": "0"}) == "x.amount must be > 0, got 0"
    assert refusal({"amount": "1.255"}) == "x.amount may have at most 2 decimal places, got '1.255'"
    assert refusal({"rate": Decimal("1.0")}) == "x.rate must be < 1, got 1.0"
