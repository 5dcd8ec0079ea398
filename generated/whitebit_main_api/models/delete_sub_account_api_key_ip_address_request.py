from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

T = TypeVar("T", bound="DeleteSubAccountApiKeyIpAddressRequest")


@_attrs_define
class DeleteSubAccountApiKeyIpAddressRequest:
    """IP address to take off a sub-account key allowlist.

    Attributes:
        api_key_id (str): ID of the key whose allowlist is reduced.
        ip (str): IP address to remove; it must currently be on the list.
    """

    api_key_id: str
    ip: str
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        api_key_id = self.api_key_id

        ip = self.ip

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "apiKeyId": api_key_id,
                "ip": ip,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        api_key_id = d.pop("apiKeyId")

        ip = d.pop("ip")

        delete_sub_account_api_key_ip_address_request = cls(
            api_key_id=api_key_id,
            ip=ip,
        )

        delete_sub_account_api_key_ip_address_request.additional_properties = d
        return delete_sub_account_api_key_ip_address_request

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
