from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

if TYPE_CHECKING:
    from ..models.sub_account_transfer import SubAccountTransfer


T = TypeVar("T", bound="GetSubAccountTransferHistoryResult")


@_attrs_define
class GetSubAccountTransferHistoryResult:
    """One page of transfers, newest first.

    Attributes:
        offset (int): Offset used for this page.
        limit (int): Limit used for this page.
        data (list[SubAccountTransfer]): Transfers on this page; fewer than limit means no more pages.
    """

    offset: int
    limit: int
    data: list[SubAccountTransfer]
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        offset = self.offset

        limit = self.limit

        data = []
        for data_item_data in self.data:
            data_item = data_item_data.to_dict()
            data.append(data_item)

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "offset": offset,
                "limit": limit,
                "data": data,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.sub_account_transfer import SubAccountTransfer  # noqa: PLC0415

        d = dict(src_dict)
        offset = d.pop("offset")

        limit = d.pop("limit")

        data = []
        _data = d.pop("data")
        for data_item_data in _data:
            data_item = SubAccountTransfer.from_dict(data_item_data)

            data.append(data_item)

        get_sub_account_transfer_history_result = cls(
            offset=offset,
            limit=limit,
            data=data,
        )

        get_sub_account_transfer_history_result.additional_properties = d
        return get_sub_account_transfer_history_result

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
