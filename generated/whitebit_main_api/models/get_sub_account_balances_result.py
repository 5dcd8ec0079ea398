from __future__ import annotations

from collections.abc import Iterator, Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

if TYPE_CHECKING:
    from ..models.get_sub_account_balances_result_additional_property_item import (
        GetSubAccountBalancesResultAdditionalPropertyItem,
    )


T = TypeVar("T", bound="GetSubAccountBalancesResult")


@_attrs_define
class GetSubAccountBalancesResult(
    Mapping[str, "list[GetSubAccountBalancesResultAdditionalPropertyItem]"]
):
    """Map from currency ticker to a list holding that currency's balances."""

    additional_properties: dict[str, list[GetSubAccountBalancesResultAdditionalPropertyItem]] = (
        _attrs_field(init=False, factory=dict)
    )

    def to_dict(self) -> dict[str, Any]:

        field_dict: dict[str, Any] = {}
        for prop_name, prop in self.additional_properties.items():
            field_dict[prop_name] = []
            for additional_property_item_data in prop:
                additional_property_item = additional_property_item_data.to_dict()
                field_dict[prop_name].append(additional_property_item)

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.get_sub_account_balances_result_additional_property_item import (
            GetSubAccountBalancesResultAdditionalPropertyItem,  # noqa: PLC0415
        )

        d = dict(src_dict)
        get_sub_account_balances_result = cls()

        additional_properties = {}
        for prop_name, prop_dict in d.items():
            additional_property = []
            _additional_property = prop_dict
            for additional_property_item_data in _additional_property:
                additional_property_item = (
                    GetSubAccountBalancesResultAdditionalPropertyItem.from_dict(
                        additional_property_item_data
                    )
                )

                additional_property.append(additional_property_item)

            additional_properties[prop_name] = additional_property

        get_sub_account_balances_result.additional_properties = additional_properties
        return get_sub_account_balances_result

    def __getitem__(self, key: str) -> list[GetSubAccountBalancesResultAdditionalPropertyItem]:
        return self.additional_properties[key]

    def __iter__(self) -> Iterator[str]:
        return iter(self.additional_properties)

    def __len__(self) -> int:
        return len(self.additional_properties)
