from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

T = TypeVar("T", bound="CreateMiningAccountRequest")


@_attrs_define
class CreateMiningAccountRequest:
    """Parameters for a new mining account.

    Attributes:
        name (str): Account name of letters, digits and underscores, unique among the caller's accounts.
        referral_code (str | Unset): Referral code to apply at creation; optional.
    """

    name: str
    referral_code: str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        name = self.name

        referral_code = self.referral_code

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "name": name,
            }
        )
        if referral_code is not UNSET:
            field_dict["referralCode"] = referral_code

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        name = d.pop("name")

        referral_code = d.pop("referralCode", UNSET)

        create_mining_account_request = cls(
            name=name,
            referral_code=referral_code,
        )

        create_mining_account_request.additional_properties = d
        return create_mining_account_request

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
