from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

T = TypeVar("T", bound="ListMiningWatcherLinksResultDataItem")


@_attrs_define
class ListMiningWatcherLinksResultDataItem:
    """
    Attributes:
        id (str | Unset): ID of the watcher link.
        accounts (list[str] | Unset): Mining account names the link covers.
        name (str | Unset): Name of the link.
        link (str | Unset): URL to share with watchers.
        permissions (list[str] | Unset): Sections the link exposes.
        live_until (int | None | Unset): Expiry time of the link, Unix time, seconds; null when it does not expire.
        created_at (int | Unset): Creation time of the link, Unix time, seconds.
    """

    id: str | Unset = UNSET
    accounts: list[str] | Unset = UNSET
    name: str | Unset = UNSET
    link: str | Unset = UNSET
    permissions: list[str] | Unset = UNSET
    live_until: int | None | Unset = UNSET
    created_at: int | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        id = self.id

        accounts: list[str] | Unset = UNSET
        if not isinstance(self.accounts, Unset):
            accounts = self.accounts

        name = self.name

        link = self.link

        permissions: list[str] | Unset = UNSET
        if not isinstance(self.permissions, Unset):
            permissions = self.permissions

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
        if accounts is not UNSET:
            field_dict["accounts"] = accounts
        if name is not UNSET:
            field_dict["name"] = name
        if link is not UNSET:
            field_dict["link"] = link
        if permissions is not UNSET:
            field_dict["permissions"] = permissions
        if live_until is not UNSET:
            field_dict["liveUntil"] = live_until
        if created_at is not UNSET:
            field_dict["createdAt"] = created_at

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        id = d.pop("id", UNSET)

        accounts = cast(list[str], d.pop("accounts", UNSET))

        name = d.pop("name", UNSET)

        link = d.pop("link", UNSET)

        permissions = cast(list[str], d.pop("permissions", UNSET))

        def _parse_live_until(data: object) -> int | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(int | None | Unset, data)

        live_until = _parse_live_until(d.pop("liveUntil", UNSET))

        created_at = d.pop("createdAt", UNSET)

        list_mining_watcher_links_result_data_item = cls(
            id=id,
            accounts=accounts,
            name=name,
            link=link,
            permissions=permissions,
            live_until=live_until,
            created_at=created_at,
        )

        list_mining_watcher_links_result_data_item.additional_properties = d
        return list_mining_watcher_links_result_data_item

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
