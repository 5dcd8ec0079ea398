from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

T = TypeVar("T", bound="GetInterestPaymentHistoryRequest")


@_attrs_define
class GetInterestPaymentHistoryRequest:
    """Filters and paging for the list of interest payments.

    Attributes:
        plan_id (str | Unset): Return only payments from this plan.
        ticker (str | Unset): Return only payments made in this interest currency.
        limit (int | Unset): Maximum number of records to return, 1 to 100.
        offset (int | Unset): Number of records to skip before the first one returned, 0 to 10000.
    """

    plan_id: str | Unset = UNSET
    ticker: str | Unset = UNSET
    limit: int | Unset = UNSET
    offset: int | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        plan_id = self.plan_id

        ticker = self.ticker

        limit = self.limit

        offset = self.offset

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if plan_id is not UNSET:
            field_dict["planId"] = plan_id
        if ticker is not UNSET:
            field_dict["ticker"] = ticker
        if limit is not UNSET:
            field_dict["limit"] = limit
        if offset is not UNSET:
            field_dict["offset"] = offset

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        plan_id = d.pop("planId", UNSET)

        ticker = d.pop("ticker", UNSET)

        limit = d.pop("limit", UNSET)

        offset = d.pop("offset", UNSET)

        get_interest_payment_history_request = cls(
            plan_id=plan_id,
            ticker=ticker,
            limit=limit,
            offset=offset,
        )

        get_interest_payment_history_request.additional_properties = d
        return get_interest_payment_history_request

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
