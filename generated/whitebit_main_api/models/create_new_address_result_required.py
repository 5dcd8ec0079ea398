from __future__ import annotations

from collections.abc import Mapping
from decimal import Decimal
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from .._decimal import format_decimal, parse_decimal
from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.create_new_address_result_required_flex_fee import (
        CreateNewAddressResultRequiredFlexFee,
    )


T = TypeVar("T", bound="CreateNewAddressResultRequired")


@_attrs_define
class CreateNewAddressResultRequired:
    """Fees and amount limits for deposits to this address.

    Attributes:
        max_amount (Decimal | Unset): Largest deposit accepted; larger deposits are rejected.
        min_amount (Decimal | Unset): Smallest deposit accepted; smaller deposits are rejected.
        fixed_fee (Decimal | Unset): Flat fee charged per deposit.
        flex_fee (CreateNewAddressResultRequiredFlexFee | Unset): Percentage-based deposit fee and its bounds.
    """

    max_amount: Decimal | Unset = UNSET
    min_amount: Decimal | Unset = UNSET
    fixed_fee: Decimal | Unset = UNSET
    flex_fee: CreateNewAddressResultRequiredFlexFee | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        max_amount: str | Unset = UNSET
        if not isinstance(self.max_amount, Unset):
            max_amount = format_decimal(self.max_amount)

        min_amount: str | Unset = UNSET
        if not isinstance(self.min_amount, Unset):
            min_amount = format_decimal(self.min_amount)

        fixed_fee: str | Unset = UNSET
        if not isinstance(self.fixed_fee, Unset):
            fixed_fee = format_decimal(self.fixed_fee)

        flex_fee: dict[str, Any] | Unset = UNSET
        if not isinstance(self.flex_fee, Unset):
            flex_fee = self.flex_fee.to_dict()

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if max_amount is not UNSET:
            field_dict["maxAmount"] = max_amount
        if min_amount is not UNSET:
            field_dict["minAmount"] = min_amount
        if fixed_fee is not UNSET:
            field_dict["fixedFee"] = fixed_fee
        if flex_fee is not UNSET:
            field_dict["flexFee"] = flex_fee

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.create_new_address_result_required_flex_fee import (
            CreateNewAddressResultRequiredFlexFee,  # noqa: PLC0415
        )

        d = dict(src_dict)
        _max_amount = d.pop("maxAmount", UNSET)
        max_amount: Decimal | Unset
        if isinstance(_max_amount, Unset):
            max_amount = UNSET
        else:
            max_amount = parse_decimal(_max_amount)

        _min_amount = d.pop("minAmount", UNSET)
        min_amount: Decimal | Unset
        if isinstance(_min_amount, Unset):
            min_amount = UNSET
        else:
            min_amount = parse_decimal(_min_amount)

        _fixed_fee = d.pop("fixedFee", UNSET)
        fixed_fee: Decimal | Unset
        if isinstance(_fixed_fee, Unset):
            fixed_fee = UNSET
        else:
            fixed_fee = parse_decimal(_fixed_fee)

        _flex_fee = d.pop("flexFee", UNSET)
        flex_fee: CreateNewAddressResultRequiredFlexFee | Unset
        if isinstance(_flex_fee, Unset):
            flex_fee = UNSET
        else:
            flex_fee = CreateNewAddressResultRequiredFlexFee.from_dict(_flex_fee)

        create_new_address_result_required = cls(
            max_amount=max_amount,
            min_amount=min_amount,
            fixed_fee=fixed_fee,
            flex_fee=flex_fee,
        )

        create_new_address_result_required.additional_properties = d
        return create_new_address_result_required

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
