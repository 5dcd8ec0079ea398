from __future__ import annotations

from collections.abc import Mapping
from decimal import Decimal
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from .._decimal import format_decimal, parse_decimal
from ..types import UNSET, Unset

T = TypeVar("T", bound="CreateFlexInvestmentRequest")


@_attrs_define
class CreateFlexInvestmentRequest:
    """Parameters for putting funds into a Flex plan.

    Attributes:
        plan (str): Identifier of the Flex plan to invest in (UUID).
        amount (Decimal): Sum to invest, in the plan currency; must lie between the plan's minimum and maximum.
        with_reinvest (bool | Unset): Whether earnings are reinvested automatically; false when omitted.
    """

    plan: str
    amount: Decimal
    with_reinvest: bool | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        plan = self.plan

        amount = format_decimal(self.amount)

        with_reinvest = self.with_reinvest

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "plan": plan,
                "amount": amount,
            }
        )
        if with_reinvest is not UNSET:
            field_dict["withReinvest"] = with_reinvest

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        plan = d.pop("plan")

        amount = parse_decimal(d.pop("amount"))

        with_reinvest = d.pop("withReinvest", UNSET)

        create_flex_investment_request = cls(
            plan=plan,
            amount=amount,
            with_reinvest=with_reinvest,
        )

        create_flex_investment_request.additional_properties = d
        return create_flex_investment_request

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
