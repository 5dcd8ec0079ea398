from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

if TYPE_CHECKING:
    from ..models.flex_investment_history import FlexInvestmentHistory


T = TypeVar("T", bound="GetFlexPaymentHistoryResult")


@_attrs_define
class GetFlexPaymentHistoryResult:
    """A page of Flex daily earning records.

    Attributes:
        data (list[FlexInvestmentHistory]): Earning records matching the filters; actionType is always 4.
        limit (int): Page size that was applied.
        offset (int): Number of items that were skipped.
    """

    data: list[FlexInvestmentHistory]
    limit: int
    offset: int
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        data = []
        for data_item_data in self.data:
            data_item = data_item_data.to_dict()
            data.append(data_item)

        limit = self.limit

        offset = self.offset

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "data": data,
                "limit": limit,
                "offset": offset,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.flex_investment_history import FlexInvestmentHistory  # noqa: PLC0415

        d = dict(src_dict)
        data = []
        _data = d.pop("data")
        for data_item_data in _data:
            data_item = FlexInvestmentHistory.from_dict(data_item_data)

            data.append(data_item)

        limit = d.pop("limit")

        offset = d.pop("offset")

        get_flex_payment_history_result = cls(
            data=data,
            limit=limit,
            offset=offset,
        )

        get_flex_payment_history_result.additional_properties = d
        return get_flex_payment_history_result

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
