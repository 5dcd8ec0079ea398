from __future__ import annotations

from collections.abc import Mapping
from decimal import Decimal
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from .._decimal import format_decimal, parse_decimal

T = TypeVar("T", bound="WithdrawFromFlexInvestmentRequest")


@_attrs_define
class WithdrawFromFlexInvestmentRequest:
    """Parameters for a partial withdrawal from a Flex investment.

    Attributes:
        plan (str): Identifier of the Flex plan whose investment is withdrawn from (UUID).
        amount (Decimal): Sum to take out, in the plan currency.
    """

    plan: str
    amount: Decimal
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        plan = self.plan

        amount = format_decimal(self.amount)

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "plan": plan,
                "amount": amount,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        plan = d.pop("plan")

        amount = parse_decimal(d.pop("amount"))

        withdraw_from_flex_investment_request = cls(
            plan=plan,
            amount=amount,
        )

        withdraw_from_flex_investment_request.additional_properties = d
        return withdraw_from_flex_investment_request

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
