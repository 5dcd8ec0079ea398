from __future__ import annotations

from collections.abc import Mapping
from decimal import Decimal
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from .._decimal import format_decimal, parse_decimal

T = TypeVar("T", bound="CreateFixedInvestmentRequest")


@_attrs_define
class CreateFixedInvestmentRequest:
    """Parameters for investing in a Fixed plan.

    Attributes:
        plan_id (str): Identifier of the plan to invest in.
        amount (Decimal): Amount of the plan's source currency to invest.
    """

    plan_id: str
    amount: Decimal
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        plan_id = self.plan_id

        amount = format_decimal(self.amount)

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "planId": plan_id,
                "amount": amount,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        plan_id = d.pop("planId")

        amount = parse_decimal(d.pop("amount"))

        create_fixed_investment_request = cls(
            plan_id=plan_id,
            amount=amount,
        )

        create_fixed_investment_request.additional_properties = d
        return create_fixed_investment_request

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
