from __future__ import annotations

from collections.abc import Mapping
from decimal import Decimal
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from .._decimal import format_decimal, parse_decimal
from ..types import UNSET, Unset

T = TypeVar("T", bound="FeeInfoWithdraw")


@_attrs_define
class FeeInfoWithdraw:
    """Fees and amount limits for withdrawals; a zero value means that setting is off.

    Attributes:
        min_flex (Decimal | Unset): Lowest fee charged per withdrawal when the percentage fee applies.
        max_flex (Decimal | Unset): Highest fee charged per withdrawal when the percentage fee applies.
        percent_flex (str | Unset): Percentage fee rate for withdrawals; zero when no percentage fee applies.
        fixed (Decimal | Unset): Flat fee charged per withdrawal.
        min_amount (Decimal | Unset): Smallest withdrawal amount accepted.
        max_amount (Decimal | Unset): Largest withdrawal amount accepted; zero means no upper limit is set.
    """

    min_flex: Decimal | Unset = UNSET
    max_flex: Decimal | Unset = UNSET
    percent_flex: str | Unset = UNSET
    fixed: Decimal | Unset = UNSET
    min_amount: Decimal | Unset = UNSET
    max_amount: Decimal | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        min_flex: str | Unset = UNSET
        if not isinstance(self.min_flex, Unset):
            min_flex = format_decimal(self.min_flex)

        max_flex: str | Unset = UNSET
        if not isinstance(self.max_flex, Unset):
            max_flex = format_decimal(self.max_flex)

        percent_flex = self.percent_flex

        fixed: str | Unset = UNSET
        if not isinstance(self.fixed, Unset):
            fixed = format_decimal(self.fixed)

        min_amount: str | Unset = UNSET
        if not isinstance(self.min_amount, Unset):
            min_amount = format_decimal(self.min_amount)

        max_amount: str | Unset = UNSET
        if not isinstance(self.max_amount, Unset):
            max_amount = format_decimal(self.max_amount)

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if min_flex is not UNSET:
            field_dict["minFlex"] = min_flex
        if max_flex is not UNSET:
            field_dict["maxFlex"] = max_flex
        if percent_flex is not UNSET:
            field_dict["percentFlex"] = percent_flex
        if fixed is not UNSET:
            field_dict["fixed"] = fixed
        if min_amount is not UNSET:
            field_dict["minAmount"] = min_amount
        if max_amount is not UNSET:
            field_dict["maxAmount"] = max_amount

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        _min_flex = d.pop("minFlex", UNSET)
        min_flex: Decimal | Unset
        if isinstance(_min_flex, Unset):
            min_flex = UNSET
        else:
            min_flex = parse_decimal(_min_flex)

        _max_flex = d.pop("maxFlex", UNSET)
        max_flex: Decimal | Unset
        if isinstance(_max_flex, Unset):
            max_flex = UNSET
        else:
            max_flex = parse_decimal(_max_flex)

        percent_flex = d.pop("percentFlex", UNSET)

        _fixed = d.pop("fixed", UNSET)
        fixed: Decimal | Unset
        if isinstance(_fixed, Unset):
            fixed = UNSET
        else:
            fixed = parse_decimal(_fixed)

        _min_amount = d.pop("minAmount", UNSET)
        min_amount: Decimal | Unset
        if isinstance(_min_amount, Unset):
            min_amount = UNSET
        else:
            min_amount = parse_decimal(_min_amount)

        _max_amount = d.pop("maxAmount", UNSET)
        max_amount: Decimal | Unset
        if isinstance(_max_amount, Unset):
            max_amount = UNSET
        else:
            max_amount = parse_decimal(_max_amount)

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
