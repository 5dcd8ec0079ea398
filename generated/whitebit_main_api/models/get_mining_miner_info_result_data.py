from __future__ import annotations

from collections.abc import Mapping
from decimal import Decimal
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from .._decimal import format_decimal, parse_decimal
from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.get_mining_miner_info_result_data_stratum_item import (
        GetMiningMinerInfoResultDataStratumItem,
    )
    from ..models.get_mining_miner_info_result_data_workers import (
        GetMiningMinerInfoResultDataWorkers,
    )


T = TypeVar("T", bound="GetMiningMinerInfoResultData")


@_attrs_define
class GetMiningMinerInfoResultData:
    """Miner info payload.

    Attributes:
        fee (Decimal): Pool fee as a percentage.
        stratum (list[GetMiningMinerInfoResultDataStratumItem]): Stratum endpoints used by the account's workers.
        workers (GetMiningMinerInfoResultDataWorkers | Unset): Worker counts by status.
    """

    fee: Decimal
    stratum: list[GetMiningMinerInfoResultDataStratumItem]
    workers: GetMiningMinerInfoResultDataWorkers | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        fee = format_decimal(self.fee)

        stratum = []
        for stratum_item_data in self.stratum:
            stratum_item = stratum_item_data.to_dict()
            stratum.append(stratum_item)

        workers: dict[str, Any] | Unset = UNSET
        if not isinstance(self.workers, Unset):
            workers = self.workers.to_dict()

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "fee": fee,
                "stratum": stratum,
            }
        )
        if workers is not UNSET:
            field_dict["workers"] = workers

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.get_mining_miner_info_result_data_stratum_item import (
            GetMiningMinerInfoResultDataStratumItem,  # noqa: PLC0415
        )
        from ..models.get_mining_miner_info_result_data_workers import (
            GetMiningMinerInfoResultDataWorkers,  # noqa: PLC0415
        )

        d = dict(src_dict)
        fee = parse_decimal(d.pop("fee"))

        stratum = []
        _stratum = d.pop("stratum")
        for stratum_item_data in _stratum:
            stratum_item = GetMiningMinerInfoResultDataStratumItem.from_dict(stratum_item_data)

            stratum.append(stratum_item)

        _workers = d.pop("workers", UNSET)
        workers: GetMiningMinerInfoResultDataWorkers | Unset
        if isinstance(_workers, Unset):
            workers = UNSET
        else:
            workers = GetMiningMinerInfoResultDataWorkers.from_dict(_workers)

        get_mining_miner_info_result_data = cls(
            fee=fee,
            stratum=stratum,
            workers=workers,
        )

        get_mining_miner_info_result_data.additional_properties = d
        return get_mining_miner_info_result_data

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
