from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

T = TypeVar("T", bound="UpdateFlexAutoReinvestmentRequest")


@_attrs_define
class UpdateFlexAutoReinvestmentRequest:
    """Parameters for switching Flex auto-reinvestment.

    Attributes:
        plan (str): Identifier of the Flex plan whose investment is updated (UUID).
        enabled (bool | Unset): true turns auto-reinvestment on, false turns it off; false when omitted.
    """

    plan: str
    enabled: bool | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        plan = self.plan

        enabled = self.enabled

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "plan": plan,
            }
        )
        if enabled is not UNSET:
            field_dict["enabled"] = enabled

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        plan = d.pop("plan")

        enabled = d.pop("enabled", UNSET)

        update_flex_auto_reinvestment_request = cls(
            plan=plan,
            enabled=enabled,
        )

        update_flex_auto_reinvestment_request.additional_properties = d
        return update_flex_auto_reinvestment_request

    @property
    def additional_keys(self) -> list[str]:
        return list(self.additional_properties.keys())

    def __getitem__(self, key: str) -> Any:
        return self.additional_properties[key]

    def __setitem__(self, key: str, value: Any) -> None:
        self.additional_properties[key] = value

    def __delitem__(self, key: str) -> None:
        del self.additional_properties[key]

    def __contains__(self, key: str) -> bool:
        return key in self.additional_properties
