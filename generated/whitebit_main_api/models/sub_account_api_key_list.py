from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.sub_account_api_key_list_access_endpoints_item import (
        SubAccountApiKeyListAccessEndpointsItem,
    )


T = TypeVar("T", bound="SubAccountApiKeyList")


def _secret_repr(value: object) -> str:
    """repr of an `x-secret` field: whether it holds anything, never what."""
    if isinstance(value, Unset) or value is None or value in ("", [], {}):
        return repr(value)
    return "'***'"


@_attrs_define
class SubAccountApiKeyList:
    """Sub-account API key as shown in listings, with the secret blanked.

    Attributes:
        sub_account_id (str): ID of the sub-account that owns the key.
        id (str): ID of the API key; pass it as apiKeyId to the other key endpoints.
        title (str): Human-readable label of the key.
        is_enabled (bool): True while the key is active.
        api_key (str): Public key that identifies requests made with this key.
        api_secret (str): Always an empty string; the secret is only revealed when the key is created.
        type_ (str): Key type as a string: 1 allows info and trading, 2 also allows deposits and withdrawals.
        restrict_access (bool): Indicates that access restrictions apply to the key.
        access_endpoints (list[SubAccountApiKeyListAccessEndpointsItem]): Endpoints the key is allowed to call.
        last_activity (int | Unset): Time the key was last used, Unix time, seconds.
    """

    sub_account_id: str
    id: str
    title: str
    is_enabled: bool
    api_key: str
    api_secret: str = _attrs_field(repr=_secret_repr)
    type_: str
    restrict_access: bool
    access_endpoints: list[SubAccountApiKeyListAccessEndpointsItem]
    last_activity: int | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        sub_account_id = self.sub_account_id

        id = self.id

        title = self.title

        is_enabled = self.is_enabled

        api_key = self.api_key

        api_secret = self.api_secret

        type_ = self.type_

        restrict_access = self.restrict_access

        access_endpoints = []
        for access_endpoints_item_data in self.access_endpoints:
            access_endpoints_item = access_endpoints_item_data.to_dict()
            access_endpoints.append(access_endpoints_item)

        last_activity = self.last_activity

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "subAccountId": sub_account_id,
                "id": id,
                "title": title,
                "isEnabled": is_enabled,
                "apiKey": api_key,
                "apiSecret": api_secret,
                "type": type_,
                "restrictAccess": restrict_access,
                "accessEndpoints": access_endpoints,
            }
        )
        if last_activity is not UNSET:
            field_dict["lastActivity"] = last_activity

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.sub_account_api_key_list_access_endpoints_item import (
            SubAccountApiKeyListAccessEndpointsItem,  # noqa: PLC0415
        )

        d = dict(src_dict)
        sub_account_id = d.pop("subAccountId")

        id = d.pop("id")

        title = d.pop("title")

        is_enabled = d.pop("isEnabled")

        api_key = d.pop("apiKey")

        api_secret = d.pop("apiSecret")

        type_ = d.pop("type")

        restrict_access = d.pop("restrictAccess")

        access_endpoints = []
        _access_endpoints = d.pop("accessEndpoints")
        for access_endpoints_item_data in _access_endpoints:
            access_endpoints_item = SubAccountApiKeyListAccessEndpointsItem.from_dict(
                access_endpoints_item_data
            )

            access_endpoints.append(access_endpoints_item)

        last_activity = d.pop("lastActivity", UNSET)

        sub_account_api_key_list = cls(
            sub_account_id=sub_account_id,
            id=id,
            title=title,
            is_enabled=is_enabled,
            api_key=api_key,
            api_secret=api_secret,
            type_=type_,
            restrict_access=restrict_access,
            access_endpoints=access_endpoints,
            last_activity=last_activity,
        )

        sub_account_api_key_list.additional_properties = d
        return sub_account_api_key_list

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
