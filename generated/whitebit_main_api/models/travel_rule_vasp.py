from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

T = TypeVar("T", bound="TravelRuleVasp")


@_attrs_define
class TravelRuleVasp:
    """Counterparty VASP; needed for hosted wallets and identified by either vaspId or vaspName.

    Attributes:
        vasp_id (str | Unset): Identifier from the Travel Rule VASP list; use it when the VASP is listed.
        vasp_name (str | Unset): Name of the VASP in free text; use it when the VASP is not listed.
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

        travel_rule_vasp = cls(
            vasp_id=vasp_id,
            vasp_name=vasp_name,
        )

        travel_rule_vasp.additional_properties = d
        return travel_rule_vasp

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
