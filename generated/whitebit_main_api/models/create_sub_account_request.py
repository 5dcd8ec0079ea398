from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.create_sub_account_request_permissions import CreateSubAccountRequestPermissions


T = TypeVar("T", bound="CreateSubAccountRequest")


@_attrs_define
class CreateSubAccountRequest:
    """Parameters for creating a sub-account.

    Attributes:
        alias (str): Display name to give the new sub-account.
        permissions (CreateSubAccountRequestPermissions): Balances the new sub-account is allowed to use.
        email (str | Unset): Email for the sub-account; required unless shareKyc is true.
        share_kyc (bool | Unset): Set to true to reuse the main account's KYC instead of separate verification.
    """

    alias: str
    permissions: CreateSubAccountRequestPermissions
    email: str | Unset = UNSET
    share_kyc: bool | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        alias = self.alias

        permissions = self.permissions.to_dict()

        email = self.email

        share_kyc = self.share_kyc

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "alias": alias,
                "permissions": permissions,
            }
        )
        if email is not UNSET:
            field_dict["email"] = email
        if share_kyc is not UNSET:
            field_dict["shareKyc"] = share_kyc

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.create_sub_account_request_permissions import (
            CreateSubAccountRequestPermissions,  # noqa: PLC0415
        )

        d = dict(src_dict)
        alias = d.pop("alias")

        permissions = CreateSubAccountRequestPermissions.from_dict(d.pop("permissions"))

        email = d.pop("email", UNSET)

        share_kyc = d.pop("shareKyc", UNSET)

        create_sub_account_request = cls(
            alias=alias,
            permissions=permissions,
            email=email,
            share_kyc=share_kyc,
        )

        create_sub_account_request.additional_properties = d
        return create_sub_account_request

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
