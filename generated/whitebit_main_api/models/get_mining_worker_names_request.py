from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

T = TypeVar("T", bound="GetMiningWorkerNamesRequest")


@_attrs_define
class GetMiningWorkerNamesRequest:
    """Mining account and paging for the worker name list.

    Attributes:
        account (str): Name of the mining account, up to 255 characters.
        offset (int | Unset): Number of names to skip, 0 to 10000.
        limit (int | Unset): Maximum number of names to return, 1 to 100.
    """

    account: str
    offset: int | Unset = UNSET
    limit: int | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        account = self.account

        offset = self.offset

        limit = self.limit

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "account": account,
            }
        )
        if offset is not UNSET:
            field_dict["offset"] = offset
        if limit is not UNSET:
            field_dict["limit"] = limit

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        account = d.pop("account")

        offset = d.pop("offset", UNSET)

        limit = d.pop("limit", UNSET)

        get_mining_worker_names_request = cls(
            account=account,
            offset=offset,
            limit=limit,
        )

        get_mining_worker_names_request.additional_properties = d
        return get_mining_worker_names_request

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
