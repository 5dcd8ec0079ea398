from __future__ import annotations

from collections.abc import Mapping
from decimal import Decimal
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from .._decimal import format_decimal, parse_decimal

T = TypeVar("T", bound="FeeInfoWithdraw")


@_attrs_define
class FeeInfoWithdraw:
    """Fees and amount limits for withdrawals; a zero value means that setting is off.

    Attributes:
        min_flex (Decimal): Lowest fee charged per withdrawal when the percentage fee applies.
        max_flex (Decimal): Highest fee charged per withdrawal when the percentage fee applies.
        percent_flex (Decimal): Percentage fee rate for withdrawals; zero when no percentage fee applies.
        fixed (Decimal): Flat fee charged per withdrawal.
        min_amount (Decimal): Smallest withdrawal amount accepted.
        max_amount (Decimal): Largest withdrawal amount accepted; zero means no upper limit is set.
    """

    min_flex: Decimal
    max_flex: Decimal
    percent_flex: Decimal
    fixed: Decimal
    min_amount: Decimal
    max_amount: Decimal
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        min_flex = format_decimal(self.min_flex)

        max_flex = format_decimal(self.max_flex)

        percent_flex = format_decimal(self.percent_flex)

        fixed = format_decimal(self.fixed)

        min_amount = format_decimal(self.min_amount)

        max_amount = format_decimal(self.max_amount)

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "minFlex": min_flex,
                "maxFlex": max_flex,
                "percentFlex": percent_flex,
                "fixed": fixed,
                "minAmount": min_amount,
                "maxAmount": max_amount,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        min_flex = parse_decimal(d.pop("minFlex"))

        max_flex = parse_decimal(d.pop("maxFlex"))

        percent_flex = parse_decimal(d.pop("percentFlex"))

        fixed = parse_decimal(d.pop("fixed"))

        min_amount = parse_decimal(d.pop("minAmount"))

        max_amount = parse_decimal(d.pop("maxAmount"))

        fee_info_withdraw = cls(
            min_flex=min_flex,
            max_flex=max_flex,
            percent_flex=percent_flex,
            fixed=fixed,
            min_amount=min_amount,
            max_amount=max_amount,
        )

        fee_info_withdraw.additional_properties = d
        return fee_info_withdraw

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
