from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

if TYPE_CHECKING:
    from ..models.edit_sub_account_request_permissions import EditSubAccountRequestPermissions


T = TypeVar("T", bound="EditSubAccountRequest")


@_attrs_define
class EditSubAccountRequest:
    """New settings for an existing sub-account.

    Attributes:
        id (str): Identifier of the sub-account to change.
        alias (str): New display name for the sub-account.
        permissions (EditSubAccountRequestPermissions): Balances the sub-account is allowed to use after the change.
    """

    id: str
    alias: str
    permissions: EditSubAccountRequestPermissions
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        id = self.id

        alias = self.alias

        permissions = self.permissions.to_dict()

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "id": id,
                "alias": alias,
                "permissions": permissions,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.edit_sub_account_request_permissions import EditSubAccountRequestPermissions  # noqa: PLC0415

        d = dict(src_dict)
        id = d.pop("id")

        alias = d.pop("alias")

        permissions = EditSubAccountRequestPermissions.from_dict(d.pop("permissions"))

        edit_sub_account_request = cls(
            id=id,
            alias=alias,
            permissions=permissions,
        )

        edit_sub_account_request.additional_properties = d
        return edit_sub_account_request

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
