from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.transaction_history import TransactionHistory


T = TypeVar("T", bound="GetDepositWithdrawHistoryResult")


@_attrs_define
class GetDepositWithdrawHistoryResult:
    """One page of deposit and withdrawal records.

    Attributes:
        limit (int | Unset): Page size that was applied.
        offset (int | Unset): Number of records that were skipped.
        records (list[TransactionHistory] | Unset): Transactions on this page, newest first.
        total (int | Unset): Total number of matching records, for computing further pages.
    """

    limit: int | Unset = UNSET
    offset: int | Unset = UNSET
    records: list[TransactionHistory] | Unset = UNSET
    total: int | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        limit = self.limit

        offset = self.offset

        records: list[dict[str, Any]] | Unset = UNSET
        if not isinstance(self.records, Unset):
            records = []
            for records_item_data in self.records:
                records_item = records_item_data.to_dict()
                records.append(records_item)

        total = self.total

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if limit is not UNSET:
            field_dict["limit"] = limit
        if offset is not UNSET:
            field_dict["offset"] = offset
        if records is not UNSET:
            field_dict["records"] = records
        if total is not UNSET:
            field_dict["total"] = total

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.transaction_history import TransactionHistory  # noqa: PLC0415

        d = dict(src_dict)
        limit = d.pop("limit", UNSET)

        offset = d.pop("offset", UNSET)

        _records = d.pop("records", UNSET)
        records: list[TransactionHistory] | Unset = UNSET
        if _records is not UNSET:
            records = []
            for records_item_data in _records:
                records_item = TransactionHistory.from_dict(records_item_data)

                records.append(records_item)

        total = d.pop("total", UNSET)

        get_deposit_withdraw_history_result = cls(
            limit=limit,
            offset=offset,
            records=records,
            total=total,
        )

        get_deposit_withdraw_history_result.additional_properties = d
        return get_deposit_withdraw_history_result

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
