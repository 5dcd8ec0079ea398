"""The generator's facts for typed nested fields and named constants (scripts/enums.py,
scripts/request_types.py) and what they render."""

from __future__ import annotations

from typing import Any

import enums
import pytest
from spec_errors import SpecError
from whitebit_main import enums as named
from whitebit_main import inputs
from whitebit_main_api import operations


def test_string_members_are_named_from_their_values_and_integers_from_the_contract() -> None:
    found = enums.enumeration(
        {"x-enum-class": "Lane", "type": "string", "enum": ["main_to_sub", "collateral-deposit"]}
    )
    assert found is not None and found.base == "StrEnum"
    assert found.members == [
        ("MAIN_TO_SUB", "main_to_sub"),
        ("COLLATERAL_DEPOSIT", "collateral-deposit"),
    ]
    kind = {"x-enum-class": "Kind", "enum": [1, 2], "x-enum-names": ["ONE", "TWO"]}
    assert enums.annotation_of(kind, {"enum": [1, 2]}) == "Literal[1, 2] | Kind"
    open_set = {"x-enum-class": "Kind", "x-enum-values": [1, 2], "x-enum-names": ["ONE", "TWO"]}
    assert enums.annotation_of(open_set, {"type": "integer"}) == "int | Kind"
    assert enums.annotation_of({"enum": [1]}, {"enum": [1]}) is None


@pytest.mark.parametrize(
    ("schema", "message"),
    [
        ({"x-enum-class": "K", "enum": [1, 2], "x-enum-names": ["ONE"]}, "one distinct name"),
        ({"x-enum-class": "K", "enum": [1, 2]}, "needs a name in x-enum-names"),
        ({"x-enum-class": "K", "enum": [1, "a"], "x-enum-names": ["A", "B"]}, "integer or string"),
        ({"x-enum-class": "K", "enum": ["5m"]}, "needs a name"),
        ({"x-enum-class": "K", "enum": [1], "x-enum-names": ["class"]}, "identifiers"),
    ],
)
def test_a_bad_enumeration_is_a_spec_error(schema: dict[str, Any], message: str) -> None:
    with pytest.raises(SpecError, match=message):
        enums.enumeration(schema)


def test_fields_sharing_a_class_give_it_every_member() -> None:
    # One field's enum widened (or narrowed) and the other's not: the class holds both.
    spec = {
        "a": {"x-enum-class": "K", "enum": ["x", "y"]},
        "b": {"x-enum-class": "K", "enum": ["y", "z"]},
    }
    (known,) = enums.collect(spec)
    assert known.members == [("X", "x"), ("Y", "y"), ("Z", "z")]


@pytest.mark.parametrize(
    ("other", "message"),
    [
        ({"x-enum-class": "K", "enum": [1], "x-enum-names": ["UNO"]}, "named two ways"),
        ({"x-enum-class": "K", "enum": [2], "x-enum-names": ["ONE"]}, "named two ways"),
        ({"x-enum-class": "K", "enum": ["one"]}, "mixes integer and string"),
    ],
)
def test_a_shared_class_whose_fields_disagree_is_a_spec_error(
    other: dict[str, Any], message: str
) -> None:
    spec = {"a": {"x-enum-class": "K", "enum": [1], "x-enum-names": ["ONE"]}, "b": other}
    with pytest.raises(SpecError, match=message):
        enums.collect(spec)


def test_required_keys_are_required_and_shared_shapes_share_a_type() -> None:
    permissions = inputs.SubAccountPermissionsInput
    assert permissions.__required_keys__ == {"spot_enabled", "collateral_enabled"}
    assert inputs.SubAccountPermissionsInputWire.__required_keys__ == {
        "spotEnabled",
        "collateralEnabled",
    }
    assert "residence_country" in inputs.TravelRuleOriginatorInput.__required_keys__
    create = operations.SyncOperations.create_sub_account.__annotations__["permissions"]
    edit = operations.SyncOperations.edit_sub_account.__annotations__["permissions"]
    assert create == edit == "SubAccountPermissionsInput | SubAccountPermissionsInputWire"


def test_every_named_constant_is_its_plain_value() -> None:
    assert named.FixedStatus.ACTIVE == 1 and named.FixedStatus(2) is named.FixedStatus.CLOSED
    assert named.TransactionMethod.WITHDRAWAL == 2
    assert named.HashrateInterval.ONE_DAY == "24h"
    for name in named.__all__:
        for member in getattr(named, name):
            assert type(member.value) in (int, str)
