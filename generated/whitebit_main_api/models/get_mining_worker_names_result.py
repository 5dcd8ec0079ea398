from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.get_mining_worker_names_result_data import GetMiningWorkerNamesResultData


T = TypeVar("T", bound="GetMiningWorkerNamesResult")


@_attrs_define
class GetMiningWorkerNamesResult:
    """Page of online worker names.

    Attributes:
        data (GetMiningWorkerNamesResultData): Worker list payload.
        limit (int | Unset): Page size applied to the request.
        offset (int | Unset): Number of skipped names applied to the request.
    """

    data: GetMiningWorkerNamesResultData
    limit: int | Unset = UNSET
    offset: int | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        data = self.data.to_dict()

        limit = self.limit

        offset = self.offset

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "data": data,
            }
        )
        if limit is not UNSET:
            field_dict["limit"] = limit
        if offset is not UNSET:
            field_dict["offset"] = offset

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.get_mining_worker_names_result_data import GetMiningWorkerNamesResultData  # noqa: PLC0415

        d = dict(src_dict)
        data = GetMiningWorkerNamesResultData.from_dict(d.pop("data"))

        limit = d.pop("limit", UNSET)

        offset = d.pop("offset", UNSET)

        get_mining_worker_names_result = cls(
            data=data,
            limit=limit,
            offset=offset,
        )

        get_mining_worker_names_result.additional_properties = d
        return get_mining_worker_names_result

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
