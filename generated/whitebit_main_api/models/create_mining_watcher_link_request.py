from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

T = TypeVar("T", bound="CreateMiningWatcherLinkRequest")


@_attrs_define
class CreateMiningWatcherLinkRequest:
    """Settings for a new watcher link.

    Attributes:
        accounts (list[str]): Mining account names the link covers; at least one.
        name (str): Link name of letters, digits and underscores, up to 255 characters.
        permissions (list[str]): Sections the link exposes: dashboard, rewards and/or workers.
        live_until (str): How long the link stays valid: 1h, 24h, 7d or always.
    """

    accounts: list[str]
    name: str
    permissions: list[str]
    live_until: str
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        accounts = self.accounts

        name = self.name

        permissions = self.permissions

        live_until = self.live_until

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "accounts": accounts,
                "name": name,
                "permissions": permissions,
                "liveUntil": live_until,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        accounts = cast(list[str], d.pop("accounts"))

        name = d.pop("name")

        permissions = cast(list[str], d.pop("permissions"))

        live_until = d.pop("liveUntil")

        create_mining_watcher_link_request = cls(
            accounts=accounts,
            name=name,
            permissions=permissions,
            live_until=live_until,
        )

        create_mining_watcher_link_request.additional_properties = d
        return create_mining_watcher_link_request

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
