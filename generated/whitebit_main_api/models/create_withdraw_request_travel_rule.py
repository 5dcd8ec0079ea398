from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.create_withdraw_request_travel_rule_beneficiary import (
        CreateWithdrawRequestTravelRuleBeneficiary,
    )
    from ..models.create_withdraw_request_travel_rule_vasp_data import (
        CreateWithdrawRequestTravelRuleVaspData,
    )


T = TypeVar("T", bound="CreateWithdrawRequestTravelRule")


@_attrs_define
class CreateWithdrawRequestTravelRule:
    """Travel Rule data about the recipient; required for crypto withdrawals from EEA accounts. The older flat form (type,
    vasp, name, address) is still accepted but does not pass verification.

        Attributes:
            wallet_type (str | Unset): hosted for a wallet kept at a VASP (vaspData then required), unhosted for a self-
                custody wallet.
            beneficiary (CreateWithdrawRequestTravelRuleBeneficiary | Unset): Person or entity receiving the crypto.
            vasp_data (CreateWithdrawRequestTravelRuleVaspData | Unset): Receiving VASP; required when walletType is hosted.
                Send vaspId for a listed VASP, otherwise vaspName.
    """

    wallet_type: str | Unset = UNSET
    beneficiary: CreateWithdrawRequestTravelRuleBeneficiary | Unset = UNSET
    vasp_data: CreateWithdrawRequestTravelRuleVaspData | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        wallet_type = self.wallet_type

        beneficiary: dict[str, Any] | Unset = UNSET
        if not isinstance(self.beneficiary, Unset):
            beneficiary = self.beneficiary.to_dict()

        vasp_data: dict[str, Any] | Unset = UNSET
        if not isinstance(self.vasp_data, Unset):
            vasp_data = self.vasp_data.to_dict()

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if wallet_type is not UNSET:
            field_dict["walletType"] = wallet_type
        if beneficiary is not UNSET:
            field_dict["beneficiary"] = beneficiary
        if vasp_data is not UNSET:
            field_dict["vaspData"] = vasp_data

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.create_withdraw_request_travel_rule_beneficiary import (
            CreateWithdrawRequestTravelRuleBeneficiary,  # noqa: PLC0415
        )
        from ..models.create_withdraw_request_travel_rule_vasp_data import (
            CreateWithdrawRequestTravelRuleVaspData,  # noqa: PLC0415
        )

        d = dict(src_dict)
        wallet_type = d.pop("walletType", UNSET)

        _beneficiary = d.pop("beneficiary", UNSET)
        beneficiary: CreateWithdrawRequestTravelRuleBeneficiary | Unset
        if isinstance(_beneficiary, Unset):
            beneficiary = UNSET
        else:
            beneficiary = CreateWithdrawRequestTravelRuleBeneficiary.from_dict(_beneficiary)

        _vasp_data = d.pop("vaspData", UNSET)
        vasp_data: CreateWithdrawRequestTravelRuleVaspData | Unset
        if isinstance(_vasp_data, Unset):
            vasp_data = UNSET
        else:
            vasp_data = CreateWithdrawRequestTravelRuleVaspData.from_dict(_vasp_data)

        create_withdraw_request_travel_rule = cls(
            wallet_type=wallet_type,
            beneficiary=beneficiary,
            vasp_data=vasp_data,
        )

        create_withdraw_request_travel_rule.additional_properties = d
        return create_withdraw_request_travel_rule

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
