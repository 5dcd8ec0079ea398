from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

T = TypeVar("T", bound="GetUserFlexInvestmentsRequest")


@_attrs_define
class GetUserFlexInvestmentsRequest:
    """Filters and paging for listing the account's Flex investments.

    Attributes:
        limit (int | Unset): Maximum number of investments to return.
        offset (int | Unset): Number of investments to skip.
        ticker (str | Unset): Only return investments in this currency.
        plan (str | Unset): Only return investments in this plan (UUID).
        investment (str | Unset): Only return the investment with this identifier.
        investment_status (int | Unset): Only return investments in this state: 1 active, 0 closed.
    """

    limit: int | Unset = UNSET
    offset: int | Unset = UNSET
    ticker: str | Unset = UNSET
    plan: str | Unset = UNSET
    investment: str | Unset = UNSET
    investment_status: int | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        limit = self.limit

        offset = self.offset

        ticker = self.ticker

        plan = self.plan

        investment = self.investment

        investment_status = self.investment_status

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if limit is not UNSET:
            field_dict["limit"] = limit
        if offset is not UNSET:
            field_dict["offset"] = offset
        if ticker is not UNSET:
            field_dict["ticker"] = ticker
        if plan is not UNSET:
            field_dict["plan"] = plan
        if investment is not UNSET:
            field_dict["investment"] = investment
        if investment_status is not UNSET:
            field_dict["investmentStatus"] = investment_status

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        limit = d.pop("limit", UNSET)

        offset = d.pop("offset", UNSET)

        ticker = d.pop("ticker", UNSET)

        plan = d.pop("plan", UNSET)

        investment = d.pop("investment", UNSET)

        investment_status = d.pop("investmentStatus", UNSET)

        get_user_flex_investments_request = cls(
            limit=limit,
            offset=offset,
            ticker=ticker,
            plan=plan,
            investment=investment,
            investment_status=investment_status,
        )

        get_user_flex_investments_request.additional_properties = d
        return get_user_flex_investments_request

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
