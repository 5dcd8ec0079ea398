from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

T = TypeVar("T", bound="CreateWithdrawRequestBeneficiaryBank")


@_attrs_define
class CreateWithdrawRequestBeneficiaryBank:
    """Recipient's bank, for bank-rail payouts that target an account number instead of an IBAN.

    Attributes:
        routing_number (str | Unset): Bank routing code for the destination country, such as ABA, BSB or sort code.
        name (str | Unset): Name of the bank.
        address (str | Unset): Postal address of the bank.
        country (str | Unset): Country of the bank as an ISO code.
    """

    routing_number: str | Unset = UNSET
    name: str | Unset = UNSET
    address: str | Unset = UNSET
    country: str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        routing_number = self.routing_number

        name = self.name

        address = self.address

        country = self.country

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if routing_number is not UNSET:
            field_dict["routingNumber"] = routing_number
        if name is not UNSET:
            field_dict["name"] = name
        if address is not UNSET:
            field_dict["address"] = address
        if country is not UNSET:
            field_dict["country"] = country

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        routing_number = d.pop("routingNumber", UNSET)

        name = d.pop("name", UNSET)

        address = d.pop("address", UNSET)

        country = d.pop("country", UNSET)

        create_withdraw_request_beneficiary_bank = cls(
            routing_number=routing_number,
            name=name,
            address=address,
            country=country,
        )

        create_withdraw_request_beneficiary_bank.additional_properties = d
        return create_withdraw_request_beneficiary_bank

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
