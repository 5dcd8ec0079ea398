from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

T = TypeVar("T", bound="CreateMiningWatcherLinkResultData")


@_attrs_define
class CreateMiningWatcherLinkResultData:
    """Created link.

    Attributes:
        id (str | Unset): ID of the watcher link.
        link (str | Unset): URL to share with watchers.
        live_until (int | None | Unset): Expiry time of the link, Unix time, seconds; null when it does not expire.
        created_at (int | Unset): Creation time of the link, Unix time, seconds.
    """

    id: str | Unset = UNSET
    link: str | Unset = UNSET
    live_until: int | None | Unset = UNSET
    created_at: int | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        id = self.id

        link = self.link

        live_until: int | None | Unset
        if isinstance(self.live_until, Unset):
            live_until = UNSET
        else:
            live_until = self.live_until

        created_at = self.created_at

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if id is not UNSET:
            field_dict["id"] = id
        if link is not UNSET:
            field_dict["link"] = link
        if live_until is not UNSET:
            field_dict["liveUntil"] = live_until
        if created_at is not UNSET:
            field_dict["createdAt"] = created_at

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        id = d.pop("id", UNSET)

        link = d.pop("link", UNSET)

        def _parse_live_until(data: object) -> int | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(int | None | Unset, data)

        live_until = _parse_live_until(d.pop("liveUntil", UNSET))

        created_at = d.pop("createdAt", UNSET)

        create_mining_watcher_link_result_data = cls(
            id=id,
            link=link,
            live_until=live_until,
            created_at=created_at,
        )

        create_mining_watcher_link_result_data.additional_properties = d
        return create_mining_watcher_link_result_data

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
