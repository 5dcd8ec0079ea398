from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

T = TypeVar("T", bound="TravelRuleAddress")


@_attrs_define
class TravelRuleAddress:
    """Physical address used in Travel Rule data.

    Attributes:
        country (str): Country as a three-letter ISO 3166-1 alpha-3 code.
        city (str): City or town.
        address_line_1 (str): Street and house number.
        post_code (str | Unset): Postal code; optional.
    """

    country: str
    city: str
    address_line_1: str
    post_code: str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        country = self.country

        city = self.city

        address_line_1 = self.address_line_1

        post_code = self.post_code

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "country": country,
                "city": city,
                "addressLine1": address_line_1,
            }
        )
        if post_code is not UNSET:
            field_dict["postCode"] = post_code

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        country = d.pop("country")

        city = d.pop("city")

        address_line_1 = d.pop("addressLine1")

        post_code = d.pop("postCode", UNSET)

        travel_rule_address = cls(
            country=country,
            city=city,
            address_line_1=address_line_1,
            post_code=post_code,
        )

        travel_rule_address.additional_properties = d
        return travel_rule_address

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
