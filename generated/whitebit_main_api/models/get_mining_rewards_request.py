from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

T = TypeVar("T", bound="GetMiningRewardsRequest")


@_attrs_define
class GetMiningRewardsRequest:
    """Filters and paging for the mining rewards list.

    Attributes:
        account (str | Unset): Mining account name to filter by; an unknown name yields an empty list.
        from_ (int | Unset): Start of the reward date window, Unix time, seconds.
        to (int | Unset): End of the reward date window, Unix time, seconds.
        limit (int | Unset): Maximum number of rewards to return, 1 to 100.
        offset (int | Unset): Number of rewards to skip, 0 to 10000.
    """

    account: str | Unset = UNSET
    from_: int | Unset = UNSET
    to: int | Unset = UNSET
    limit: int | Unset = UNSET
    offset: int | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        account = self.account

        from_ = self.from_

        to = self.to

        limit = self.limit

        offset = self.offset

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if account is not UNSET:
            field_dict["account"] = account
        if from_ is not UNSET:
            field_dict["from"] = from_
        if to is not UNSET:
            field_dict["to"] = to
        if limit is not UNSET:
            field_dict["limit"] = limit
        if offset is not UNSET:
            field_dict["offset"] = offset

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        account = d.pop("account", UNSET)

        from_ = d.pop("from", UNSET)

        to = d.pop("to", UNSET)

        limit = d.pop("limit", UNSET)

        offset = d.pop("offset", UNSET)

        get_mining_rewards_request = cls(
            account=account,
            from_=from_,
            to=to,
            limit=limit,
            offset=offset,
        )

        get_mining_rewards_request.additional_properties = d
        return get_mining_rewards_request

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
