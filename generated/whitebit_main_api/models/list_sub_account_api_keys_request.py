from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

T = TypeVar("T", bound="ListSubAccountApiKeysRequest")


@_attrs_define
class ListSubAccountApiKeysRequest:
    """Sub-account filter and paging for the key listing.

    Attributes:
        sub_account_id (str | Unset): ID of the sub-account whose keys are listed.
        limit (int | Unset): Maximum number of keys to return, 1 to 100.
        offset (int | Unset): Number of keys to skip, 0 to 10000.
    """

    sub_account_id: str | Unset = UNSET
    limit: int | Unset = UNSET
    offset: int | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        sub_account_id = self.sub_account_id

        limit = self.limit

        offset = self.offset

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if sub_account_id is not UNSET:
            field_dict["subAccountId"] = sub_account_id
        if limit is not UNSET:
            field_dict["limit"] = limit
        if offset is not UNSET:
            field_dict["offset"] = offset

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        sub_account_id = d.pop("subAccountId", UNSET)

        limit = d.pop("limit", UNSET)

        offset = d.pop("offset", UNSET)

        list_sub_account_api_keys_request = cls(
            sub_account_id=sub_account_id,
            limit=limit,
            offset=offset,
        )

        list_sub_account_api_keys_request.additional_properties = d
        return list_sub_account_api_keys_request

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
