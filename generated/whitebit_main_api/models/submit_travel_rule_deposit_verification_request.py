from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.travel_rule_originator import TravelRuleOriginator
    from ..models.travel_rule_vasp import TravelRuleVasp


T = TypeVar("T", bound="SubmitTravelRuleDepositVerificationRequest")


@_attrs_define
class SubmitTravelRuleDepositVerificationRequest:
    """Originator data for a deposit held for Travel Rule verification.

    Attributes:
        unique_id (str): External id of the deposit, as shown in the deposit/withdraw history.
        wallet_type (str): hosted if sent from a wallet kept at a VASP (vaspData then required), unhosted for a self-
            custody wallet.
        originator (TravelRuleOriginator): Sender of a deposit, described as the Travel Rule requires.
        vasp_data (TravelRuleVasp | Unset): Counterparty VASP; needed for hosted wallets and identified by either vaspId
            or vaspName.
    """

    unique_id: str
    wallet_type: str
    originator: TravelRuleOriginator
    vasp_data: TravelRuleVasp | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        unique_id = self.unique_id

        wallet_type = self.wallet_type

        originator = self.originator.to_dict()

        vasp_data: dict[str, Any] | Unset = UNSET
        if not isinstance(self.vasp_data, Unset):
            vasp_data = self.vasp_data.to_dict()

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "uniqueId": unique_id,
                "walletType": wallet_type,
                "originator": originator,
            }
        )
        if vasp_data is not UNSET:
            field_dict["vaspData"] = vasp_data

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.travel_rule_originator import TravelRuleOriginator  # noqa: PLC0415
        from ..models.travel_rule_vasp import TravelRuleVasp  # noqa: PLC0415

        d = dict(src_dict)
        unique_id = d.pop("uniqueId")

        wallet_type = d.pop("walletType")

        originator = TravelRuleOriginator.from_dict(d.pop("originator"))

        _vasp_data = d.pop("vaspData", UNSET)
        vasp_data: TravelRuleVasp | Unset
        if isinstance(_vasp_data, Unset):
            vasp_data = UNSET
        else:
            vasp_data = TravelRuleVasp.from_dict(_vasp_data)

        submit_travel_rule_deposit_verification_request = cls(
            unique_id=unique_id,
            wallet_type=wallet_type,
            originator=originator,
            vasp_data=vasp_data,
        )

        submit_travel_rule_deposit_verification_request.additional_properties = d
        return submit_travel_rule_deposit_verification_request

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
