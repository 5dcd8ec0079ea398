from __future__ import annotations

from collections.abc import Mapping
from decimal import Decimal
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from .._decimal import format_decimal, parse_decimal
from ..types import UNSET, Unset

T = TypeVar("T", bound="FixedPlan")


@_attrs_define
class FixedPlan:
    """A Fixed crypto lending plan.

    Attributes:
        id (str | Unset): Identifier of the plan.
        ticker (str | Unset): Ticker of the source currency that is invested.
        status (int | Unset): Plan state: 1 active, 2 no capacity left, 3 inactive, 4 paused.
        percent (str | Unset): Interest rate of the plan, in percent.
        duration (int | Unset): Length of the investment term, in minutes.
        interest_ticker (str | Unset): Ticker of the currency in which interest is paid.
        interest_ratio (str | Unset): Rate of the interest currency against the source currency; source-currency
            interest divided by it gives the payout, and it is 1 when both currencies match.
        min_investment (Decimal | Unset): Smallest amount accepted for one investment.
        max_investment (Decimal | Unset): Largest amount accepted for one investment.
        max_possible_investment (Decimal | Unset): Largest amount the plan can accept right now, given its remaining
            capacity.
    """

    id: str | Unset = UNSET
    ticker: str | Unset = UNSET
    status: int | Unset = UNSET
    percent: str | Unset = UNSET
    duration: int | Unset = UNSET
    interest_ticker: str | Unset = UNSET
    interest_ratio: str | Unset = UNSET
    min_investment: Decimal | Unset = UNSET
    max_investment: Decimal | Unset = UNSET
    max_possible_investment: Decimal | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        id = self.id

        ticker = self.ticker

        status = self.status

        percent = self.percent

        duration = self.duration

        interest_ticker = self.interest_ticker

        interest_ratio = self.interest_ratio

        min_investment: str | Unset = UNSET
        if not isinstance(self.min_investment, Unset):
            min_investment = format_decimal(self.min_investment)

        max_investment: str | Unset = UNSET
        if not isinstance(self.max_investment, Unset):
            max_investment = format_decimal(self.max_investment)

        max_possible_investment: str | Unset = UNSET
        if not isinstance(self.max_possible_investment, Unset):
            max_possible_investment = format_decimal(self.max_possible_investment)

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if id is not UNSET:
            field_dict["id"] = id
        if ticker is not UNSET:
            field_dict["ticker"] = ticker
        if status is not UNSET:
            field_dict["status"] = status
        if percent is not UNSET:
            field_dict["percent"] = percent
        if duration is not UNSET:
            field_dict["duration"] = duration
        if interest_ticker is not UNSET:
            field_dict["interestTicker"] = interest_ticker
        if interest_ratio is not UNSET:
            field_dict["interestRatio"] = interest_ratio
        if min_investment is not UNSET:
            field_dict["minInvestment"] = min_investment
        if max_investment is not UNSET:
            field_dict["maxInvestment"] = max_investment
        if max_possible_investment is not UNSET:
            field_dict["maxPossibleInvestment"] = max_possible_investment

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        id = d.pop("id", UNSET)

        ticker = d.pop("ticker", UNSET)

        status = d.pop("status", UNSET)

        percent = d.pop("percent", UNSET)

        duration = d.pop("duration", UNSET)

        interest_ticker = d.pop("interestTicker", UNSET)

        interest_ratio = d.pop("interestRatio", UNSET)

        _min_investment = d.pop("minInvestment", UNSET)
        min_investment: Decimal | Unset
        if isinstance(_min_investment, Unset):
            min_investment = UNSET
        else:
            min_investment = parse_decimal(_min_investment)

        _max_investment = d.pop("maxInvestment", UNSET)
        max_investment: Decimal | Unset
        if isinstance(_max_investment, Unset):
            max_investment = UNSET
        else:
            max_investment = parse_decimal(_max_investment)

        _max_possible_investment = d.pop("maxPossibleInvestment", UNSET)
        max_possible_investment: Decimal | Unset
        if isinstance(_max_possible_investment, Unset):
            max_possible_investment = UNSET
        else:
            max_possible_investment = parse_decimal(_max_possible_investment)

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
