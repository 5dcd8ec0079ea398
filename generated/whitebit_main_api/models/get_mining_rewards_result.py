from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.mining_reward import MiningReward


T = TypeVar("T", bound="GetMiningRewardsResult")


@_attrs_define
class GetMiningRewardsResult:
    """Page of mining rewards.

    Attributes:
        data (list[MiningReward]): Rewards on this page, newest first.
        offset (int | Unset): Number of skipped rewards applied to the request.
        limit (int | Unset): Page size applied to the request.
    """

    data: list[MiningReward]
    offset: int | Unset = UNSET
    limit: int | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        data = []
        for data_item_data in self.data:
            data_item = data_item_data.to_dict()
            data.append(data_item)

        offset = self.offset

        limit = self.limit

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "data": data,
            }
        )
        if offset is not UNSET:
            field_dict["offset"] = offset
        if limit is not UNSET:
            field_dict["limit"] = limit

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.mining_reward import MiningReward  # noqa: PLC0415

        d = dict(src_dict)
        data = []
        _data = d.pop("data")
        for data_item_data in _data:
            data_item = MiningReward.from_dict(data_item_data)

            data.append(data_item)

        offset = d.pop("offset", UNSET)

        limit = d.pop("limit", UNSET)

        get_mining_rewards_result = cls(
            data=data,
            offset=offset,
            limit=limit,
        )

        get_mining_rewards_result.additional_properties = d
        return get_mining_rewards_result

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
