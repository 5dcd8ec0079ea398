from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

if TYPE_CHECKING:
    from ..models.sub_account_api_key_list import SubAccountApiKeyList


T = TypeVar("T", bound="ListSubAccountApiKeysResult")


@_attrs_define
class ListSubAccountApiKeysResult:
    """Page of sub-account API keys.

    Attributes:
        limit (int): Page size applied to the request.
        offset (int): Number of skipped keys applied to the request.
        data (list[SubAccountApiKeyList]): Keys on this page, newest first.
    """

    limit: int
    offset: int
    data: list[SubAccountApiKeyList]
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        limit = self.limit

        offset = self.offset

        data = []
        for data_item_data in self.data:
            data_item = data_item_data.to_dict()
            data.append(data_item)

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "limit": limit,
                "offset": offset,
                "data": data,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.sub_account_api_key_list import SubAccountApiKeyList  # noqa: PLC0415

        d = dict(src_dict)
        limit = d.pop("limit")

        offset = d.pop("offset")

        data = []
        _data = d.pop("data")
        for data_item_data in _data:
            data_item = SubAccountApiKeyList.from_dict(data_item_data)

            data.append(data_item)

        list_sub_account_api_keys_result = cls(
            limit=limit,
            offset=offset,
            data=data,
        )

        list_sub_account_api_keys_result.additional_properties = d
        return list_sub_account_api_keys_result

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
