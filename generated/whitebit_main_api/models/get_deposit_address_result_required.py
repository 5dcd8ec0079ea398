from __future__ import annotations

from collections.abc import Mapping
from decimal import Decimal
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from .._decimal import format_decimal, parse_decimal

if TYPE_CHECKING:
    from ..models.get_deposit_address_result_required_flex_fee import (
        GetDepositAddressResultRequiredFlexFee,
    )


T = TypeVar("T", bound="GetDepositAddressResultRequired")


@_attrs_define
class GetDepositAddressResultRequired:
    """Fees and amount limits for deposits to this address.

    Attributes:
        fixed_fee (Decimal): Flat fee charged per deposit.
        flex_fee (GetDepositAddressResultRequiredFlexFee): Percentage-based deposit fee and its bounds.
        max_amount (Decimal): Largest deposit accepted; larger deposits are rejected.
        min_amount (Decimal): Smallest deposit accepted; smaller deposits are rejected.
    """

    fixed_fee: Decimal
    flex_fee: GetDepositAddressResultRequiredFlexFee
    max_amount: Decimal
    min_amount: Decimal
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        fixed_fee = format_decimal(self.fixed_fee)

        flex_fee = self.flex_fee.to_dict()

        max_amount = format_decimal(self.max_amount)

        min_amount = format_decimal(self.min_amount)

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "fixedFee": fixed_fee,
                "flexFee": flex_fee,
                "maxAmount": max_amount,
                "minAmount": min_amount,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.get_deposit_address_result_required_flex_fee import (
            GetDepositAddressResultRequiredFlexFee,  # noqa: PLC0415
        )

        d = dict(src_dict)
        fixed_fee = parse_decimal(d.pop("fixedFee"))

        flex_fee = GetDepositAddressResultRequiredFlexFee.from_dict(d.pop("flexFee"))

        max_amount = parse_decimal(d.pop("maxAmount"))

        min_amount = parse_decimal(d.pop("minAmount"))

        get_deposit_address_result_required = cls(
            fixed_fee=fixed_fee,
            flex_fee=flex_fee,
            max_amount=max_amount,
            min_amount=min_amount,
        )

        get_deposit_address_result_required.additional_properties = d
        return get_deposit_address_result_required

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
