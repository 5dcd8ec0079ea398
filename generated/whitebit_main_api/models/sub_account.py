from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.sub_account_kyc import SubAccountKyc
    from ..models.sub_account_permissions import SubAccountPermissions


T = TypeVar("T", bound="SubAccount")


@_attrs_define
class SubAccount:
    """A sub-account owned by the main account, with its KYC and permission settings.

    Attributes:
        id (str): Identifier of the sub-account.
        alias (str): Display name chosen for the sub-account.
        user_id (str): Identifier of the user linked to the sub-account.
        status (str): Current state of the sub-account, for example active.
        color (str): Colour tag of the sub-account as a hex RGB code.
        kyc (SubAccountKyc): Identity-verification settings of the sub-account.
        permissions (SubAccountPermissions): Balances the sub-account is allowed to use.
        email (str | Unset): Email of the sub-account, partly hidden.
    """

    id: str
    alias: str
    user_id: str
    status: str
    color: str
    kyc: SubAccountKyc
    permissions: SubAccountPermissions
    email: str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        id = self.id

        alias = self.alias

        user_id = self.user_id

        status = self.status

        color = self.color

        kyc = self.kyc.to_dict()

        permissions = self.permissions.to_dict()

        email = self.email

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "id": id,
                "alias": alias,
                "userId": user_id,
                "status": status,
                "color": color,
                "kyc": kyc,
                "permissions": permissions,
            }
        )
        if email is not UNSET:
            field_dict["email"] = email

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.sub_account_kyc import SubAccountKyc  # noqa: PLC0415
        from ..models.sub_account_permissions import SubAccountPermissions  # noqa: PLC0415

        d = dict(src_dict)
        id = d.pop("id")

        alias = d.pop("alias")

        user_id = d.pop("userId")

        status = d.pop("status")

        color = d.pop("color")

        kyc = SubAccountKyc.from_dict(d.pop("kyc"))

        permissions = SubAccountPermissions.from_dict(d.pop("permissions"))

        email = d.pop("email", UNSET)

        sub_account = cls(
            id=id,
            alias=alias,
            user_id=user_id,
            status=status,
            color=color,
            kyc=kyc,
            permissions=permissions,
            email=email,
        )

        sub_account.additional_properties = d
        return sub_account

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
