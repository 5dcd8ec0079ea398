from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

T = TypeVar("T", bound="GetSubAccountTransferHistoryRequest")


@_attrs_define
class GetSubAccountTransferHistoryRequest:
    """Selects the sub-account, direction and page of transfers to return.

    Attributes:
        id (str): Identifier of the sub-account whose transfers are listed.
        direction (str | Unset): Return only transfers going this way; omit for both directions.
        limit (int | Unset): Maximum number of transfers to return.
        offset (int | Unset): Number of transfers to skip; offset plus limit may not exceed 10000.
    """

    id: str
    direction: str | Unset = UNSET
    limit: int | Unset = UNSET
    offset: int | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        id = self.id

        direction = self.direction

        limit = self.limit

        offset = self.offset

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "id": id,
            }
        )
        if direction is not UNSET:
            field_dict["direction"] = direction
        if limit is not UNSET:
            field_dict["limit"] = limit
        if offset is not UNSET:
            field_dict["offset"] = offset

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        id = d.pop("id")

        direction = d.pop("direction", UNSET)

        limit = d.pop("limit", UNSET)

        offset = d.pop("offset", UNSET)

        get_sub_account_transfer_history_request = cls(
            id=id,
            direction=direction,
            limit=limit,
            offset=offset,
        )

        get_sub_account_transfer_history_request.additional_properties = d
        return get_sub_account_transfer_history_request

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
