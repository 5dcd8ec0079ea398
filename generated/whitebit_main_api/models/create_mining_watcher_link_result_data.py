from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import Unset

T = TypeVar("T", bound="CreateMiningWatcherLinkResultData")


def _secret_repr(value: object) -> str:
    """repr of an `x-secret` field: whether it holds anything, never what."""
    if isinstance(value, Unset) or value is None or value in ("", [], {}):
        return repr(value)
    return "'***'"


@_attrs_define
class CreateMiningWatcherLinkResultData:
    """Created link.

    Attributes:
        id (str): ID of the watcher link.
        link (str): URL to share with watchers.
        live_until (int | None): Expiry time of the link, Unix time, seconds; null when it does not expire.
        created_at (int): Creation time of the link, Unix time, seconds.
    """

    id: str
    link: str = _attrs_field(repr=_secret_repr)
    live_until: int | None
    created_at: int
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        id = self.id

        link = self.link

        live_until: int | None
        live_until = self.live_until

        created_at = self.created_at

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "id": id,
                "link": link,
                "liveUntil": live_until,
                "createdAt": created_at,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        id = d.pop("id")

        link = d.pop("link")

        def _parse_live_until(data: object) -> int | None:
            if data is None:
                return data
            return cast(int | None, data)

        live_until = _parse_live_until(d.pop("liveUntil"))

        created_at = d.pop("createdAt")

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
