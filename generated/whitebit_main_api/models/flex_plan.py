from __future__ import annotations

from collections.abc import Mapping
from decimal import Decimal
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from .._decimal import format_decimal, parse_decimal
from ..types import UNSET, Unset

T = TypeVar("T", bound="FlexPlan")


@_attrs_define
class FlexPlan:
    """A Flex lending plan open to the account.

    Attributes:
        id (str | Unset): Plan identifier; pass it as plan in the other Flex calls.
        ticker (str | Unset): Currency the plan accepts.
        min_investment (Decimal | Unset): Smallest sum that can be invested, in the plan currency.
        max_investment (Decimal | Unset): Largest sum that can be invested, in the plan currency.
        max_rate (str | Unset): Top interest rate the plan can pay, as a decimal string.
    """

    id: str | Unset = UNSET
    ticker: str | Unset = UNSET
    min_investment: Decimal | Unset = UNSET
    max_investment: Decimal | Unset = UNSET
    max_rate: str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        id = self.id

        ticker = self.ticker

        min_investment: str | Unset = UNSET
        if not isinstance(self.min_investment, Unset):
            min_investment = format_decimal(self.min_investment)

        max_investment: str | Unset = UNSET
        if not isinstance(self.max_investment, Unset):
            max_investment = format_decimal(self.max_investment)

        max_rate = self.max_rate

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if id is not UNSET:
            field_dict["id"] = id
        if ticker is not UNSET:
            field_dict["ticker"] = ticker
        if min_investment is not UNSET:
            field_dict["minInvestment"] = min_investment
        if max_investment is not UNSET:
            field_dict["maxInvestment"] = max_investment
        if max_rate is not UNSET:
            field_dict["maxRate"] = max_rate

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        id = d.pop("id", UNSET)

        ticker = d.pop("ticker", UNSET)

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

        max_rate = d.pop("maxRate", UNSET)

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
