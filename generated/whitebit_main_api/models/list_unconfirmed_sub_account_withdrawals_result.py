from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

if TYPE_CHECKING:
    from ..models.list_unconfirmed_sub_account_withdrawals_result_data_item import (
        ListUnconfirmedSubAccountWithdrawalsResultDataItem,
    )


T = TypeVar("T", bound="ListUnconfirmedSubAccountWithdrawalsResult")


@_attrs_define
class ListUnconfirmedSubAccountWithdrawalsResult:
    """One page of sub-account withdrawals waiting for main-account approval.

    Attributes:
        data (list[ListUnconfirmedSubAccountWithdrawalsResultDataItem]): Pending withdrawals on this page, newest first.
        limit (int): Limit used for this page.
        offset (int): Offset used for this page.
    """

    data: list[ListUnconfirmedSubAccountWithdrawalsResultDataItem]
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
        from ..models.list_unconfirmed_sub_account_withdrawals_result_data_item import (
            ListUnconfirmedSubAccountWithdrawalsResultDataItem,  # noqa: PLC0415
        )

        d = dict(src_dict)
        data = []
        _data = d.pop("data")
        for data_item_data in _data:
            data_item = ListUnconfirmedSubAccountWithdrawalsResultDataItem.from_dict(data_item_data)

            data.append(data_item)

        limit = d.pop("limit")

        offset = d.pop("offset")

        list_unconfirmed_sub_account_withdrawals_result = cls(
            data=data,
            limit=limit,
            offset=offset,
        )

        list_unconfirmed_sub_account_withdrawals_result.additional_properties = d
        return list_unconfirmed_sub_account_withdrawals_result

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
