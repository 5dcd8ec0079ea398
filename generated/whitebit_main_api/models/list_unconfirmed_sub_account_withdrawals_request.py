from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

T = TypeVar("T", bound="ListUnconfirmedSubAccountWithdrawalsRequest")


@_attrs_define
class ListUnconfirmedSubAccountWithdrawalsRequest:
    """Paging and filter options for pending sub-account withdrawals.

    Attributes:
        limit (int | Unset): Maximum number of withdrawals to return.
        offset (int | Unset): Number of withdrawals to skip before the page starts.
        sub_account_id (str | Unset): Show only withdrawals of this sub-account; omit to include all sub-accounts.
    """

    limit: int | Unset = UNSET
    offset: int | Unset = UNSET
    sub_account_id: str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        limit = self.limit

        offset = self.offset

        sub_account_id = self.sub_account_id

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if limit is not UNSET:
            field_dict["limit"] = limit
        if offset is not UNSET:
            field_dict["offset"] = offset
        if sub_account_id is not UNSET:
            field_dict["subAccountId"] = sub_account_id

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        limit = d.pop("limit", UNSET)

        offset = d.pop("offset", UNSET)

        sub_account_id = d.pop("subAccountId", UNSET)

        list_unconfirmed_sub_account_withdrawals_request = cls(
            limit=limit,
            offset=offset,
            sub_account_id=sub_account_id,
        )

        list_unconfirmed_sub_account_withdrawals_request.additional_properties = d
        return list_unconfirmed_sub_account_withdrawals_request

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
