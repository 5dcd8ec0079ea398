from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

if TYPE_CHECKING:
    from ..models.transaction_history import TransactionHistory


T = TypeVar("T", bound="GetDepositWithdrawHistoryResult")


@_attrs_define
class GetDepositWithdrawHistoryResult:
    """One page of deposit and withdrawal records.

    Attributes:
        limit (int): Page size that was applied.
        offset (int): Number of records that were skipped.
        records (list[TransactionHistory]): Transactions on this page, newest first.
        total (int): Total number of matching records, for computing further pages.
    """

    limit: int
    offset: int
    records: list[TransactionHistory]
    total: int
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        limit = self.limit

        offset = self.offset

        records = []
        for records_item_data in self.records:
            records_item = records_item_data.to_dict()
            records.append(records_item)

        total = self.total

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "limit": limit,
                "offset": offset,
                "records": records,
                "total": total,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.transaction_history import TransactionHistory  # noqa: PLC0415

        d = dict(src_dict)
        limit = d.pop("limit")

        offset = d.pop("offset")

        records = []
        _records = d.pop("records")
        for records_item_data in _records:
            records_item = TransactionHistory.from_dict(records_item_data)

            records.append(records_item)

        total = d.pop("total")

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
