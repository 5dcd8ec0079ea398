from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

T = TypeVar("T", bound="SubmitTravelRuleDepositVerificationResultData")


@_attrs_define
class SubmitTravelRuleDepositVerificationResultData:
    """Response payload.

    Attributes:
        unique_id (str): External id of the deposit.
        status (str): Review status: normally submitted, occasionally approved at once, or another status from the
            review provider.
    """

    unique_id: str
    status: str
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        unique_id = self.unique_id

        status = self.status

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "uniqueId": unique_id,
                "status": status,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        unique_id = d.pop("uniqueId")

        status = d.pop("status")

        submit_travel_rule_deposit_verification_result_data = cls(
            unique_id=unique_id,
            status=status,
        )

        submit_travel_rule_deposit_verification_result_data.additional_properties = d
        return submit_travel_rule_deposit_verification_result_data

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
