from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

if TYPE_CHECKING:
    from ..models.get_travel_rule_vasps_result_data_vasps_item import (
        GetTravelRuleVaspsResultDataVaspsItem,
    )


T = TypeVar("T", bound="GetTravelRuleVaspsResultData")


@_attrs_define
class GetTravelRuleVaspsResultData:
    """Response payload.

    Attributes:
        vasps (list[GetTravelRuleVaspsResultDataVaspsItem]): Known VASPs.
    """

    vasps: list[GetTravelRuleVaspsResultDataVaspsItem]
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        vasps = []
        for vasps_item_data in self.vasps:
            vasps_item = vasps_item_data.to_dict()
            vasps.append(vasps_item)

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "vasps": vasps,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.get_travel_rule_vasps_result_data_vasps_item import (
            GetTravelRuleVaspsResultDataVaspsItem,  # noqa: PLC0415
        )

        d = dict(src_dict)
        vasps = []
        _vasps = d.pop("vasps")
        for vasps_item_data in _vasps:
            vasps_item = GetTravelRuleVaspsResultDataVaspsItem.from_dict(vasps_item_data)

            vasps.append(vasps_item)

        get_travel_rule_vasps_result_data = cls(
            vasps=vasps,
        )

        get_travel_rule_vasps_result_data.additional_properties = d
        return get_travel_rule_vasps_result_data

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
