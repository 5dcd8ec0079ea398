from __future__ import annotations

from collections.abc import Mapping
from decimal import Decimal
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from .._decimal import format_decimal, parse_decimal

if TYPE_CHECKING:
    from ..models.create_new_address_result_required_flex_fee import (
        CreateNewAddressResultRequiredFlexFee,
    )


T = TypeVar("T", bound="CreateNewAddressResultRequired")


@_attrs_define
class CreateNewAddressResultRequired:
    """Fees and amount limits for deposits to this address.

    Attributes:
        max_amount (Decimal): Largest deposit accepted; larger deposits are rejected.
        min_amount (Decimal): Smallest deposit accepted; smaller deposits are rejected.
        fixed_fee (Decimal): Flat fee charged per deposit.
        flex_fee (CreateNewAddressResultRequiredFlexFee): Percentage-based deposit fee and its bounds.
    """

    max_amount: Decimal
    min_amount: Decimal
    fixed_fee: Decimal
    flex_fee: CreateNewAddressResultRequiredFlexFee
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        max_amount = format_decimal(self.max_amount)

        min_amount = format_decimal(self.min_amount)

        fixed_fee = format_decimal(self.fixed_fee)

        flex_fee = self.flex_fee.to_dict()

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "maxAmount": max_amount,
                "minAmount": min_amount,
                "fixedFee": fixed_fee,
                "flexFee": flex_fee,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.create_new_address_result_required_flex_fee import (
            CreateNewAddressResultRequiredFlexFee,  # noqa: PLC0415
        )

        d = dict(src_dict)
        max_amount = parse_decimal(d.pop("maxAmount"))

        min_amount = parse_decimal(d.pop("minAmount"))

        fixed_fee = parse_decimal(d.pop("fixedFee"))

        flex_fee = CreateNewAddressResultRequiredFlexFee.from_dict(d.pop("flexFee"))

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
