from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

T = TypeVar("T", bound="GetMiningMinerInfoResultDataStratumItem")


@_attrs_define
class GetMiningMinerInfoResultDataStratumItem:
    """
    Attributes:
        url (str): Stratum server URL.
        workers_count (int): Number of workers connected through this endpoint.
    """

    url: str
    workers_count: int
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        url = self.url

        workers_count = self.workers_count

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "url": url,
                "workersCount": workers_count,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        url = d.pop("url")

        workers_count = d.pop("workersCount")

        get_mining_miner_info_result_data_stratum_item = cls(
            url=url,
            workers_count=workers_count,
        )

        get_mining_miner_info_result_data_stratum_item.additional_properties = d
        return get_mining_miner_info_result_data_stratum_item

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
