from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.get_fiat_deposit_url_request_customer_address import (
        GetFiatDepositUrlRequestCustomerAddress,
    )


T = TypeVar("T", bound="GetFiatDepositUrlRequestCustomer")


@_attrs_define
class GetFiatDepositUrlRequestCustomer:
    """Payer details; required for USD or EUR through VISAMASTER.

    Attributes:
        first_name (str | Unset): Payer's billing first name; required for USD or EUR through VISAMASTER.
        last_name (str | Unset): Payer's billing last name; required for USD or EUR through VISAMASTER.
        email (str | Unset): Payer's billing email address; required for USD or EUR through VISAMASTER.
        birth_date (str | Unset): Payer's date of birth as YYYY-MM-DD (payer must be at least 18); required for USD or
            EUR through VISAMASTER.
        address (GetFiatDepositUrlRequestCustomerAddress | Unset): Payer's billing address.
    """

    first_name: str | Unset = UNSET
    last_name: str | Unset = UNSET
    email: str | Unset = UNSET
    birth_date: str | Unset = UNSET
    address: GetFiatDepositUrlRequestCustomerAddress | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        first_name = self.first_name

        last_name = self.last_name

        email = self.email

        birth_date = self.birth_date

        address: dict[str, Any] | Unset = UNSET
        if not isinstance(self.address, Unset):
            address = self.address.to_dict()

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if first_name is not UNSET:
            field_dict["firstName"] = first_name
        if last_name is not UNSET:
            field_dict["lastName"] = last_name
        if email is not UNSET:
            field_dict["email"] = email
        if birth_date is not UNSET:
            field_dict["birthDate"] = birth_date
        if address is not UNSET:
            field_dict["address"] = address

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.get_fiat_deposit_url_request_customer_address import (
            GetFiatDepositUrlRequestCustomerAddress,  # noqa: PLC0415
        )

        d = dict(src_dict)
        first_name = d.pop("firstName", UNSET)

        last_name = d.pop("lastName", UNSET)

        email = d.pop("email", UNSET)

        birth_date = d.pop("birthDate", UNSET)

        _address = d.pop("address", UNSET)
        address: GetFiatDepositUrlRequestCustomerAddress | Unset
        if isinstance(_address, Unset):
            address = UNSET
        else:
            address = GetFiatDepositUrlRequestCustomerAddress.from_dict(_address)

        get_fiat_deposit_url_request_customer = cls(
            first_name=first_name,
            last_name=last_name,
            email=email,
            birth_date=birth_date,
            address=address,
        )

        get_fiat_deposit_url_request_customer.additional_properties = d
        return get_fiat_deposit_url_request_customer

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
