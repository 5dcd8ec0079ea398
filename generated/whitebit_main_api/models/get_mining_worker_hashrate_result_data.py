from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

if TYPE_CHECKING:
    from ..models.get_mining_worker_hashrate_result_data_hashrates_item import (
        GetMiningWorkerHashrateResultDataHashratesItem,
    )


T = TypeVar("T", bound="GetMiningWorkerHashrateResultData")


@_attrs_define
class GetMiningWorkerHashrateResultData:
    """Worker hashrate payload.

    Attributes:
        hashrates (list[GetMiningWorkerHashrateResultDataHashratesItem]): Samples over the requested window.
    """

    hashrates: list[GetMiningWorkerHashrateResultDataHashratesItem]
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        hashrates = []
        for hashrates_item_data in self.hashrates:
            hashrates_item = hashrates_item_data.to_dict()
            hashrates.append(hashrates_item)

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "hashrates": hashrates,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.get_mining_worker_hashrate_result_data_hashrates_item import (
            GetMiningWorkerHashrateResultDataHashratesItem,  # noqa: PLC0415
        )

        d = dict(src_dict)
        hashrates = []
        _hashrates = d.pop("hashrates")
        for hashrates_item_data in _hashrates:
            hashrates_item = GetMiningWorkerHashrateResultDataHashratesItem.from_dict(
                hashrates_item_data
            )

            hashrates.append(hashrates_item)

        get_mining_worker_hashrate_result_data = cls(
            hashrates=hashrates,
        )

        get_mining_worker_hashrate_result_data.additional_properties = d
        return get_mining_worker_hashrate_result_data

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
