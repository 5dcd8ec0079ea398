from __future__ import annotations

from collections.abc import Iterator, Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

if TYPE_CHECKING:
    from ..models.get_main_balance_result_additional_property import (
        GetMainBalanceResultAdditionalProperty,
    )


T = TypeVar("T", bound="GetMainBalanceResult")


@_attrs_define
class GetMainBalanceResult(Mapping[str, "GetMainBalanceResultAdditionalProperty"]):
    """Object keyed by currency ticker, each value holding that currency's main balance."""

    additional_properties: dict[str, GetMainBalanceResultAdditionalProperty] = _attrs_field(
        init=False, factory=dict
    )

    def to_dict(self) -> dict[str, Any]:

        field_dict: dict[str, Any] = {}
        for prop_name, prop in self.additional_properties.items():
            field_dict[prop_name] = prop.to_dict()

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.get_main_balance_result_additional_property import (
            GetMainBalanceResultAdditionalProperty,  # noqa: PLC0415
        )

        d = dict(src_dict)
        get_main_balance_result = cls()

        additional_properties = {}
        for prop_name, prop_dict in d.items():
            additional_property = GetMainBalanceResultAdditionalProperty.from_dict(prop_dict)

            additional_properties[prop_name] = additional_property

        get_main_balance_result.additional_properties = additional_properties
        return get_main_balance_result

    def __getitem__(self, key: str) -> GetMainBalanceResultAdditionalProperty:
        return self.additional_properties[key]

    def __iter__(self) -> Iterator[str]:
        return iter(self.additional_properties)

    def __len__(self) -> int:
        return len(self.additional_properties)
