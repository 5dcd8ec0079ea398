from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.create_withdraw_request_travel_rule_beneficiary_address import (
        CreateWithdrawRequestTravelRuleBeneficiaryAddress,
    )


T = TypeVar("T", bound="CreateWithdrawRequestTravelRuleBeneficiary")


@_attrs_define
class CreateWithdrawRequestTravelRuleBeneficiary:
    """Person or entity receiving the crypto.

    Attributes:
        type_ (str | Unset): individual for a natural person, entity for a legal entity.
        first_name (str | Unset): Recipient's first name; required when type is individual.
        last_name (str | Unset): Recipient's last name; required when type is individual.
        full_name (str | Unset): Registered name of the entity; required when type is entity.
        residence_country (str | Unset): Recipient's country of residence as a three-letter ISO 3166-1 alpha-3 code.
        address (CreateWithdrawRequestTravelRuleBeneficiaryAddress | Unset): Recipient's physical address.
    """

    type_: str | Unset = UNSET
    first_name: str | Unset = UNSET
    last_name: str | Unset = UNSET
    full_name: str | Unset = UNSET
    residence_country: str | Unset = UNSET
    address: CreateWithdrawRequestTravelRuleBeneficiaryAddress | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        type_ = self.type_

        first_name = self.first_name

        last_name = self.last_name

        full_name = self.full_name

        residence_country = self.residence_country

        address: dict[str, Any] | Unset = UNSET
        if not isinstance(self.address, Unset):
            address = self.address.to_dict()

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if type_ is not UNSET:
            field_dict["type"] = type_
        if first_name is not UNSET:
            field_dict["firstName"] = first_name
        if last_name is not UNSET:
            field_dict["lastName"] = last_name
        if full_name is not UNSET:
            field_dict["fullName"] = full_name
        if residence_country is not UNSET:
            field_dict["residenceCountry"] = residence_country
        if address is not UNSET:
            field_dict["address"] = address

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.create_withdraw_request_travel_rule_beneficiary_address import (
            CreateWithdrawRequestTravelRuleBeneficiaryAddress,  # noqa: PLC0415
        )

        d = dict(src_dict)
        type_ = d.pop("type", UNSET)

        first_name = d.pop("firstName", UNSET)

        last_name = d.pop("lastName", UNSET)

        full_name = d.pop("fullName", UNSET)

        residence_country = d.pop("residenceCountry", UNSET)

        _address = d.pop("address", UNSET)
        address: CreateWithdrawRequestTravelRuleBeneficiaryAddress | Unset
        if isinstance(_address, Unset):
            address = UNSET
        else:
            address = CreateWithdrawRequestTravelRuleBeneficiaryAddress.from_dict(_address)

        create_withdraw_request_travel_rule_beneficiary = cls(
            type_=type_,
            first_name=first_name,
            last_name=last_name,
            full_name=full_name,
            residence_country=residence_country,
            address=address,
        )

        create_withdraw_request_travel_rule_beneficiary.additional_properties = d
        return create_withdraw_request_travel_rule_beneficiary

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
