from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

T = TypeVar("T", bound="SubAccountKyc")


@_attrs_define
class SubAccountKyc:
    """Identity-verification settings of the sub-account.

    Attributes:
        share_kyc (bool): True when the sub-account reuses the main account's KYC.
        kyc_status (str): Verification state of the sub-account.
    """

    share_kyc: bool
    kyc_status: str
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        share_kyc = self.share_kyc

        kyc_status = self.kyc_status

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "shareKyc": share_kyc,
                "kycStatus": kyc_status,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        share_kyc = d.pop("shareKyc")

        kyc_status = d.pop("kycStatus")

        sub_account_kyc = cls(
            share_kyc=share_kyc,
            kyc_status=kyc_status,
        )

        sub_account_kyc.additional_properties = d
        return sub_account_kyc

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
