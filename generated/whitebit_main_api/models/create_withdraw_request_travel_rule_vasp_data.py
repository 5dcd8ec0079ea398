from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

T = TypeVar("T", bound="CreateWithdrawRequestTravelRuleVaspData")


@_attrs_define
class CreateWithdrawRequestTravelRuleVaspData:
    """Receiving VASP; required when walletType is hosted. Send vaspId for a listed VASP, otherwise vaspName.

    Attributes:
        vasp_id (str | Unset): VASP id from the Travel Rule VASP list.
        vasp_name (str | Unset): VASP name, for a VASP missing from the list.
    """

    vasp_id: str | Unset = UNSET
    vasp_name: str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        vasp_id = self.vasp_id

        vasp_name = self.vasp_name

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if vasp_id is not UNSET:
            field_dict["vaspId"] = vasp_id
        if vasp_name is not UNSET:
            field_dict["vaspName"] = vasp_name

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        vasp_id = d.pop("vaspId", UNSET)

        vasp_name = d.pop("vaspName", UNSET)

        create_withdraw_request_travel_rule_vasp_data = cls(
            vasp_id=vasp_id,
            vasp_name=vasp_name,
        )

        create_withdraw_request_travel_rule_vasp_data.additional_properties = d
        return create_withdraw_request_travel_rule_vasp_data

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
