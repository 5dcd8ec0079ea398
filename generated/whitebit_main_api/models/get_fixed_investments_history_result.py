from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.investment import Investment


T = TypeVar("T", bound="GetFixedInvestmentsHistoryResult")


@_attrs_define
class GetFixedInvestmentsHistoryResult:
    """A page of Fixed investments.

    Attributes:
        offset (int | Unset): Offset that was applied.
        limit (int | Unset): Page size that was applied.
        records (list[Investment] | Unset): Investments on this page.
    """

    offset: int | Unset = UNSET
    limit: int | Unset = UNSET
    records: list[Investment] | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        offset = self.offset

        limit = self.limit

        records: list[dict[str, Any]] | Unset = UNSET
        if not isinstance(self.records, Unset):
            records = []
            for records_item_data in self.records:
                records_item = records_item_data.to_dict()
                records.append(records_item)

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if offset is not UNSET:
            field_dict["offset"] = offset
        if limit is not UNSET:
            field_dict["limit"] = limit
        if records is not UNSET:
            field_dict["records"] = records

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.investment import Investment  # noqa: PLC0415

        d = dict(src_dict)
        offset = d.pop("offset", UNSET)

        limit = d.pop("limit", UNSET)

        _records = d.pop("records", UNSET)
        records: list[Investment] | Unset = UNSET
        if _records is not UNSET:
            records = []
            for records_item_data in _records:
                records_item = Investment.from_dict(records_item_data)

                records.append(records_item)

        get_fixed_investments_history_result = cls(
            offset=offset,
            limit=limit,
            records=records,
        )

        get_fixed_investments_history_result.additional_properties = d
        return get_fixed_investments_history_result

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
