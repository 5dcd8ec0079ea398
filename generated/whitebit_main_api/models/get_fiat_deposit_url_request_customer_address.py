from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

T = TypeVar("T", bound="GetFiatDepositUrlRequestCustomerAddress")


@_attrs_define
class GetFiatDepositUrlRequestCustomerAddress:
    """Payer's billing address.

    Attributes:
        line1 (str | Unset): First address line; required for USD or EUR through VISAMASTER.
        line2 (str | Unset): Second address line; optional.
        city (str | Unset): City; required for USD or EUR through VISAMASTER.
        zip_code (str | Unset): Postal code; required for USD or EUR through VISAMASTER.
        country_code (str | Unset): Two-letter country code; required for USD or EUR through VISAMASTER.
    """

    line1: str | Unset = UNSET
    line2: str | Unset = UNSET
    city: str | Unset = UNSET
    zip_code: str | Unset = UNSET
    country_code: str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        line1 = self.line1

        line2 = self.line2

        city = self.city

        zip_code = self.zip_code

        country_code = self.country_code

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if line1 is not UNSET:
            field_dict["line1"] = line1
        if line2 is not UNSET:
            field_dict["line2"] = line2
        if city is not UNSET:
            field_dict["city"] = city
        if zip_code is not UNSET:
            field_dict["zipCode"] = zip_code
        if country_code is not UNSET:
            field_dict["countryCode"] = country_code

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        line1 = d.pop("line1", UNSET)

        line2 = d.pop("line2", UNSET)

        city = d.pop("city", UNSET)

        zip_code = d.pop("zipCode", UNSET)

        country_code = d.pop("countryCode", UNSET)

        get_fiat_deposit_url_request_customer_address = cls(
            line1=line1,
            line2=line2,
            city=city,
            zip_code=zip_code,
            country_code=country_code,
        )

        get_fiat_deposit_url_request_customer_address.additional_properties = d
        return get_fiat_deposit_url_request_customer_address

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
