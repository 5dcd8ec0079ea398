from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from .. import _reading as _r

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
        email (str | None): Email of the sub-account, partly hidden.
    """

    id: str
    alias: str
    user_id: str
    status: str
    color: str
    kyc: SubAccountKyc
    permissions: SubAccountPermissions
    email: str | None = None
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)
    # The spelling each field arrived in (null included), so that to_dict() writes it back.
    _arrived: dict[str, str] = _attrs_field(init=False, factory=dict, repr=False, eq=False)

    def to_dict(self) -> dict[str, Any]:
        out: dict[str, Any] = dict(self.additional_properties)
        _r.write(out, "id", self.id, "id", self._arrived)
        _r.write(out, "alias", self.alias, "alias", self._arrived)
        _r.write(out, "user_id", self.user_id, "userId", self._arrived)
        _r.write(out, "status", self.status, "status", self._arrived)
        _r.write(out, "color", self.color, "color", self._arrived)
        _r.write(out, "kyc", self.kyc, "kyc", self._arrived, _r.json_out)
        _r.write(out, "permissions", self.permissions, "permissions", self._arrived, _r.json_out)
        _r.write(out, "email", self.email, "email", self._arrived)
        return out

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        """Read a JSON object; never fails on a field (see `_reading`), only on a value
        that is not an object at all."""
        from ..models.sub_account_kyc import SubAccountKyc  # noqa: PLC0415
        from ..models.sub_account_permissions import SubAccountPermissions  # noqa: PLC0415

        if not isinstance(src_dict, Mapping):
            raise TypeError(f"expected a JSON object, not {type(src_dict).__name__}")
        d = dict(src_dict)
        arrived: dict[str, str] = {}
        unfit: dict[str, Any] = {}
        obj = cls(
            id=_r.read(d, ("id",), _r.text, "id", arrived, unfit),
            alias=_r.read(d, ("alias",), _r.text, "alias", arrived, unfit),
            user_id=_r.read(d, ("userId",), _r.text, "user_id", arrived, unfit),
            status=_r.read(d, ("status",), _r.text, "status", arrived, unfit),
            color=_r.read(d, ("color",), _r.text, "color", arrived, unfit),
            kyc=_r.read(d, ("kyc",), _r.model(SubAccountKyc), "kyc", arrived, unfit),
            permissions=_r.read(
                d, ("permissions",), _r.model(SubAccountPermissions), "permissions", arrived, unfit
            ),
            email=_r.read(d, ("email",), _r.text, "email", arrived, unfit),
        )
        obj.additional_properties = {**d, **unfit}
        obj._arrived = arrived
        return obj

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
