from __future__ import annotations

from collections.abc import Mapping
from decimal import Decimal
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from .._decimal import format_decimal, parse_decimal

T = TypeVar("T", bound="GetMiningWorkerHashrateResultDataHashratesItem")


@_attrs_define
class GetMiningWorkerHashrateResultDataHashratesItem:
    """
    Attributes:
        time (int): Sample time, Unix time, seconds.
        hashrate (Decimal): Hashrate for the sample, in TH/s.
    """

    time: int
    hashrate: Decimal
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        time = self.time

        hashrate = format_decimal(self.hashrate)

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "time": time,
                "hashrate": hashrate,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        time = d.pop("time")

        hashrate = parse_decimal(d.pop("hashrate"))

        get_mining_worker_hashrate_result_data_hashrates_item = cls(
            time=time,
            hashrate=hashrate,
        )

        get_mining_worker_hashrate_result_data_hashrates_item.additional_properties = d
        return get_mining_worker_hashrate_result_data_hashrates_item

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
