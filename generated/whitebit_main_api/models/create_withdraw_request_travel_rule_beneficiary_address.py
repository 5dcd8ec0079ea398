from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

T = TypeVar("T", bound="CreateWithdrawRequestTravelRuleBeneficiaryAddress")


@_attrs_define
class CreateWithdrawRequestTravelRuleBeneficiaryAddress:
    """Recipient's physical address.

    Attributes:
        country (str | Unset): Country as a three-letter ISO 3166-1 alpha-3 code.
        city (str | Unset): City or town.
        post_code (str | Unset): Postal code.
        address_line_1 (str | Unset): Street and house number.
    """

    country: str | Unset = UNSET
    city: str | Unset = UNSET
    post_code: str | Unset = UNSET
    address_line_1: str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        country = self.country

        city = self.city

        post_code = self.post_code

        address_line_1 = self.address_line_1

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if country is not UNSET:
            field_dict["country"] = country
        if city is not UNSET:
            field_dict["city"] = city
        if post_code is not UNSET:
            field_dict["postCode"] = post_code
        if address_line_1 is not UNSET:
            field_dict["addressLine1"] = address_line_1

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        country = d.pop("country", UNSET)

        city = d.pop("city", UNSET)

        post_code = d.pop("postCode", UNSET)

        address_line_1 = d.pop("addressLine1", UNSET)

        create_withdraw_request_travel_rule_beneficiary_address = cls(
            country=country,
            city=city,
            post_code=post_code,
            address_line_1=address_line_1,
        )

        create_withdraw_request_travel_rule_beneficiary_address.additional_properties = d
        return create_withdraw_request_travel_rule_beneficiary_address

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
