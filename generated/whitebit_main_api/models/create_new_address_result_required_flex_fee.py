from __future__ import annotations

from collections.abc import Mapping
from decimal import Decimal
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from .._decimal import format_decimal, parse_decimal

T = TypeVar("T", bound="CreateNewAddressResultRequiredFlexFee")


@_attrs_define
class CreateNewAddressResultRequiredFlexFee:
    """Percentage-based deposit fee and its bounds.

    Attributes:
        max_fee (Decimal): Largest fee the percentage rule can charge.
        min_fee (Decimal): Smallest fee the percentage rule can charge.
        percent (Decimal): Fee as a percentage of the deposited amount.
    """

    max_fee: Decimal
    min_fee: Decimal
    percent: Decimal
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        max_fee = format_decimal(self.max_fee)

        min_fee = format_decimal(self.min_fee)

        percent = format_decimal(self.percent)

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "maxFee": max_fee,
                "minFee": min_fee,
                "percent": percent,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        max_fee = parse_decimal(d.pop("maxFee"))

        min_fee = parse_decimal(d.pop("minFee"))

        percent = parse_decimal(d.pop("percent"))

        create_new_address_result_required_flex_fee = cls(
            max_fee=max_fee,
            min_fee=min_fee,
            percent=percent,
        )

        create_new_address_result_required_flex_fee.additional_properties = d
        return create_new_address_result_required_flex_fee

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
