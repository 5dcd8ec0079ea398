from __future__ import annotations

from collections.abc import Mapping
from decimal import Decimal
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from .._decimal import format_decimal, parse_decimal

T = TypeVar("T", bound="FlexPlan")


@_attrs_define
class FlexPlan:
    """A Flex lending plan open to the account.

    Attributes:
        id (str): Plan identifier; pass it as plan in the other Flex calls.
        ticker (str): Currency the plan accepts.
        min_investment (Decimal): Smallest sum that can be invested, in the plan currency.
        max_investment (Decimal): Largest sum that can be invested, in the plan currency.
        max_rate (Decimal): Top interest rate the plan can pay, as a decimal string.
    """

    id: str
    ticker: str
    min_investment: Decimal
    max_investment: Decimal
    max_rate: Decimal
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        id = self.id

        ticker = self.ticker

        min_investment = format_decimal(self.min_investment)

        max_investment = format_decimal(self.max_investment)

        max_rate = format_decimal(self.max_rate)

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "id": id,
                "ticker": ticker,
                "minInvestment": min_investment,
                "maxInvestment": max_investment,
                "maxRate": max_rate,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        id = d.pop("id")

        ticker = d.pop("ticker")

        min_investment = parse_decimal(d.pop("minInvestment"))

        max_investment = parse_decimal(d.pop("maxInvestment"))

        max_rate = parse_decimal(d.pop("maxRate"))

        flex_plan = cls(
            id=id,
            ticker=ticker,
            min_investment=min_investment,
            max_investment=max_investment,
            max_rate=max_rate,
        )

        flex_plan.additional_properties = d
        return flex_plan

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
