from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

T = TypeVar("T", bound="GetFixedInvestmentsHistoryRequest")


@_attrs_define
class GetFixedInvestmentsHistoryRequest:
    """Filters and paging for the list of Fixed investments.

    Attributes:
        id (str | Unset): Return only the investment with this identifier.
        ticker (str | Unset): Return only investments in plans with this source currency.
        status (int | Unset): Return only investments in this state: 1 active, 2 closed.
        limit (int | Unset): Maximum number of records to return, 1 to 100.
        offset (int | Unset): Number of records to skip before the first one returned, 0 to 10000.
    """

    id: str | Unset = UNSET
    ticker: str | Unset = UNSET
    status: int | Unset = UNSET
    limit: int | Unset = UNSET
    offset: int | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        id = self.id

        ticker = self.ticker

        status = self.status

        limit = self.limit

        offset = self.offset

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if id is not UNSET:
            field_dict["id"] = id
        if ticker is not UNSET:
            field_dict["ticker"] = ticker
        if status is not UNSET:
            field_dict["status"] = status
        if limit is not UNSET:
            field_dict["limit"] = limit
        if offset is not UNSET:
            field_dict["offset"] = offset

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        id = d.pop("id", UNSET)

        ticker = d.pop("ticker", UNSET)

        status = d.pop("status", UNSET)

        limit = d.pop("limit", UNSET)

        offset = d.pop("offset", UNSET)

        get_fixed_investments_history_request = cls(
            id=id,
            ticker=ticker,
            status=status,
            limit=limit,
            offset=offset,
        )

        get_fixed_investments_history_request.additional_properties = d
        return get_fixed_investments_history_request

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
