from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

T = TypeVar("T", bound="GetMiningMinerInfoResultDataWorkers")


@_attrs_define
class GetMiningMinerInfoResultDataWorkers:
    """Worker counts by status.

    Attributes:
        online (int): Number of workers currently online.
        offline (int): Number of workers currently offline.
        low (int): Number of workers reporting low hashrate.
    """

    online: int
    offline: int
    low: int
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        online = self.online

        offline = self.offline

        low = self.low

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "online": online,
                "offline": offline,
                "low": low,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        online = d.pop("online")

        offline = d.pop("offline")

        low = d.pop("low")

        get_mining_miner_info_result_data_workers = cls(
            online=online,
            offline=offline,
            low=low,
        )

        get_mining_miner_info_result_data_workers.additional_properties = d
        return get_mining_miner_info_result_data_workers

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
