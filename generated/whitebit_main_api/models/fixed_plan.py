from __future__ import annotations

from collections.abc import Mapping
from decimal import Decimal
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from .._decimal import format_decimal, parse_decimal

T = TypeVar("T", bound="FixedPlan")


@_attrs_define
class FixedPlan:
    """A Fixed crypto lending plan.

    Attributes:
        id (str): Identifier of the plan.
        ticker (str): Ticker of the source currency that is invested.
        status (int): Plan state: 1 active, 2 no capacity left, 3 inactive, 4 paused.
        percent (Decimal): Interest rate of the plan, in percent.
        duration (int): Length of the investment term, in minutes.
        interest_ticker (str): Ticker of the currency in which interest is paid.
        interest_ratio (Decimal): Rate of the interest currency against the source currency; source-currency interest
            divided by it gives the payout, and it is 1 when both currencies match.
        min_investment (Decimal): Smallest amount accepted for one investment.
        max_investment (Decimal): Largest amount accepted for one investment.
        max_possible_investment (Decimal): Largest amount the plan can accept right now, given its remaining capacity.
    """

    id: str
    ticker: str
    status: int
    percent: Decimal
    duration: int
    interest_ticker: str
    interest_ratio: Decimal
    min_investment: Decimal
    max_investment: Decimal
    max_possible_investment: Decimal
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        id = self.id

        ticker = self.ticker

        status = self.status

        percent = format_decimal(self.percent)

        duration = self.duration

        interest_ticker = self.interest_ticker

        interest_ratio = format_decimal(self.interest_ratio)

        min_investment = format_decimal(self.min_investment)

        max_investment = format_decimal(self.max_investment)

        max_possible_investment = format_decimal(self.max_possible_investment)

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "id": id,
                "ticker": ticker,
                "status": status,
                "percent": percent,
                "duration": duration,
                "interestTicker": interest_ticker,
                "interestRatio": interest_ratio,
                "minInvestment": min_investment,
                "maxInvestment": max_investment,
                "maxPossibleInvestment": max_possible_investment,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        id = d.pop("id")

        ticker = d.pop("ticker")

        status = d.pop("status")

        percent = parse_decimal(d.pop("percent"))

        duration = d.pop("duration")

        interest_ticker = d.pop("interestTicker")

        interest_ratio = parse_decimal(d.pop("interestRatio"))

        min_investment = parse_decimal(d.pop("minInvestment"))

        max_investment = parse_decimal(d.pop("maxInvestment"))

        max_possible_investment = parse_decimal(d.pop("maxPossibleInvestment"))

        fixed_plan = cls(
            id=id,
            ticker=ticker,
            status=status,
            percent=percent,
            duration=duration,
            interest_ticker=interest_ticker,
            interest_ratio=interest_ratio,
            min_investment=min_investment,
            max_investment=max_investment,
            max_possible_investment=max_possible_investment,
        )

        fixed_plan.additional_properties = d
        return fixed_plan

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
