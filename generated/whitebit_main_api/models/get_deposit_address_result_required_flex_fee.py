from __future__ import annotations

from collections.abc import Mapping
from decimal import Decimal
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from .._decimal import format_decimal, parse_decimal
from ..types import UNSET, Unset

T = TypeVar("T", bound="GetDepositAddressResultRequiredFlexFee")


@_attrs_define
class GetDepositAddressResultRequiredFlexFee:
    """Percentage-based deposit fee and its bounds.

    Attributes:
        max_fee (Decimal | Unset): Largest fee the percentage rule can charge.
        min_fee (Decimal | Unset): Smallest fee the percentage rule can charge.
        percent (str | Unset): Fee as a percentage of the deposited amount.
    """

    max_fee: Decimal | Unset = UNSET
    min_fee: Decimal | Unset = UNSET
    percent: str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        max_fee: str | Unset = UNSET
        if not isinstance(self.max_fee, Unset):
            max_fee = format_decimal(self.max_fee)

        min_fee: str | Unset = UNSET
        if not isinstance(self.min_fee, Unset):
            min_fee = format_decimal(self.min_fee)

        percent = self.percent

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if max_fee is not UNSET:
            field_dict["maxFee"] = max_fee
        if min_fee is not UNSET:
            field_dict["minFee"] = min_fee
        if percent is not UNSET:
            field_dict["percent"] = percent

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        _max_fee = d.pop("maxFee", UNSET)
        max_fee: Decimal | Unset
        if isinstance(_max_fee, Unset):
            max_fee = UNSET
        else:
            max_fee = parse_decimal(_max_fee)

        _min_fee = d.pop("minFee", UNSET)
        min_fee: Decimal | Unset
        if isinstance(_min_fee, Unset):
            min_fee = UNSET
        else:
            min_fee = parse_decimal(_min_fee)

        percent = d.pop("percent", UNSET)

        get_deposit_address_result_required_flex_fee = cls(
            max_fee=max_fee,
            min_fee=min_fee,
            percent=percent,
        )

        get_deposit_address_result_required_flex_fee.additional_properties = d
        return get_deposit_address_result_required_flex_fee

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
