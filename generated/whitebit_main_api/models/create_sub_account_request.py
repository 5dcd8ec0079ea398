from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from .. import _reading as _r

if TYPE_CHECKING:
    from ..models.create_sub_account_request_permissions import CreateSubAccountRequestPermissions


T = TypeVar("T", bound="CreateSubAccountRequest")


@_attrs_define
class CreateSubAccountRequest:
    """Parameters for creating a sub-account.

    Attributes:
        alias (str): Display name to give the new sub-account.
        permissions (CreateSubAccountRequestPermissions): Balances the new sub-account is allowed to use.
        email (str | None): Email for the sub-account; required unless shareKyc is true.
        share_kyc (bool | None): Set to true to reuse the main account's KYC instead of separate verification.
    """

    alias: str
    permissions: CreateSubAccountRequestPermissions
    email: str | None = None
    share_kyc: bool | None = None
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)
    # The spelling each field arrived in (null included), so that to_dict() writes it back.
    _arrived: dict[str, str] = _attrs_field(init=False, factory=dict, repr=False, eq=False)

    def to_dict(self) -> dict[str, Any]:
        out: dict[str, Any] = dict(self.additional_properties)
        _r.write(out, "alias", self.alias, "alias", self._arrived)
        _r.write(out, "permissions", self.permissions, "permissions", self._arrived, _r.json_out)
        _r.write(out, "email", self.email, "email", self._arrived)
        _r.write(out, "share_kyc", self.share_kyc, "shareKyc", self._arrived)
        return out

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        """Read a JSON object; never fails on a field (see `_reading`), only on a value
        that is not an object at all."""
        from ..models.create_sub_account_request_permissions import (
            CreateSubAccountRequestPermissions,  # noqa: PLC0415
        )

        if not isinstance(src_dict, Mapping):
            raise TypeError(f"expected a JSON object, not {type(src_dict).__name__}")
        d = dict(src_dict)
        arrived: dict[str, str] = {}
        unfit: dict[str, Any] = {}
        obj = cls(
            alias=_r.read(d, ("alias",), _r.text, "alias", arrived, unfit),
            permissions=_r.read(
                d,
                ("permissions",),
                _r.model(CreateSubAccountRequestPermissions),
                "permissions",
                arrived,
                unfit,
            ),
            email=_r.read(d, ("email",), _r.text, "email", arrived, unfit),
            share_kyc=_r.read(d, ("shareKyc",), _r.boolean, "share_kyc", arrived, unfit),
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
