from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

T = TypeVar("T", bound="CreateSubAccountApiKeyRequest")


@_attrs_define
class CreateSubAccountApiKeyRequest:
    """Parameters for a new sub-account API key.

    Attributes:
        type_ (int): Key type: 1 for info and trading, 2 adds deposits and withdrawals.
        sub_account_id (str): ID of the sub-account that will own the key.
        title (str): Label for the new key.
    """

    type_: int
    sub_account_id: str
    title: str
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        type_ = self.type_

        sub_account_id = self.sub_account_id

        title = self.title

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "type": type_,
                "subAccountId": sub_account_id,
                "title": title,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        type_ = d.pop("type")

        sub_account_id = d.pop("subAccountId")

        title = d.pop("title")

        create_sub_account_api_key_request = cls(
            type_=type_,
            sub_account_id=sub_account_id,
            title=title,
        )

        create_sub_account_api_key_request.additional_properties = d
        return create_sub_account_api_key_request

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
