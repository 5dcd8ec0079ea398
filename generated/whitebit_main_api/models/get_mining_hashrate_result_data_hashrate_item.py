from __future__ import annotations

from collections.abc import Mapping
from decimal import Decimal
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from .._decimal import format_decimal, parse_decimal
from ..types import UNSET, Unset

T = TypeVar("T", bound="GetMiningHashrateResultDataHashrateItem")


@_attrs_define
class GetMiningHashrateResultDataHashrateItem:
    """
    Attributes:
        timestamp (int): Sample time, Unix time, seconds.
        hashrate (Decimal): Hashrate measured for the sample, as a decimal string.
        reject_rate (Decimal | Unset): Share of rejected shares as a fraction, where 0.01 means 1%.
    """

    timestamp: int
    hashrate: Decimal
    reject_rate: Decimal | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        timestamp = self.timestamp

        hashrate = format_decimal(self.hashrate)

        reject_rate: str | Unset = UNSET
        if not isinstance(self.reject_rate, Unset):
            reject_rate = format_decimal(self.reject_rate)

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "timestamp": timestamp,
                "hashrate": hashrate,
            }
        )
        if reject_rate is not UNSET:
            field_dict["rejectRate"] = reject_rate

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        timestamp = d.pop("timestamp")

        hashrate = parse_decimal(d.pop("hashrate"))

        _reject_rate = d.pop("rejectRate", UNSET)
        reject_rate: Decimal | Unset
        if isinstance(_reject_rate, Unset):
            reject_rate = UNSET
        else:
            reject_rate = parse_decimal(_reject_rate)

        get_mining_hashrate_result_data_hashrate_item = cls(
            timestamp=timestamp,
            hashrate=hashrate,
            reject_rate=reject_rate,
        )

        get_mining_hashrate_result_data_hashrate_item.additional_properties = d
        return get_mining_hashrate_result_data_hashrate_item

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
