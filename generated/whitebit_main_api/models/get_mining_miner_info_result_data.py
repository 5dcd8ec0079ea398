from __future__ import annotations

from collections.abc import Mapping
from decimal import Decimal
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from .. import _reading as _r

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
        workers (GetMiningMinerInfoResultDataWorkers | None): Worker counts by status.
    """

    fee: Decimal
    stratum: list[GetMiningMinerInfoResultDataStratumItem]
    workers: GetMiningMinerInfoResultDataWorkers | None = None
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)
    # The spelling each field arrived in (null included), so that to_dict() writes it back.
    _arrived: dict[str, str] = _attrs_field(init=False, factory=dict, repr=False, eq=False)

    def to_dict(self) -> dict[str, Any]:
        out: dict[str, Any] = dict(self.additional_properties)
        _r.write(out, "fee", self.fee, "fee", self._arrived, _r.json_out)
        _r.write(out, "stratum", self.stratum, "stratum", self._arrived, _r.json_out)
        _r.write(out, "workers", self.workers, "workers", self._arrived, _r.json_out)
        return out

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        """Read a JSON object; never fails on a field (see `_reading`), only on a value
        that is not an object at all."""
        from ..models.get_mining_miner_info_result_data_stratum_item import (
            GetMiningMinerInfoResultDataStratumItem,  # noqa: PLC0415
        )
        from ..models.get_mining_miner_info_result_data_workers import (
            GetMiningMinerInfoResultDataWorkers,  # noqa: PLC0415
        )

        if not isinstance(src_dict, Mapping):
            raise TypeError(f"expected a JSON object, not {type(src_dict).__name__}")
        d = dict(src_dict)
        arrived: dict[str, str] = {}
        unfit: dict[str, Any] = {}
        obj = cls(
            fee=_r.read(d, ("fee",), _r.decimal, "fee", arrived, unfit),
            stratum=_r.read(
                d,
                ("stratum",),
                _r.each(_r.model(GetMiningMinerInfoResultDataStratumItem)),
                "stratum",
                arrived,
                unfit,
            ),
            workers=_r.read(
                d,
                ("workers",),
                _r.model(GetMiningMinerInfoResultDataWorkers),
                "workers",
                arrived,
                unfit,
            ),
        )
        obj.additional_properties = {**d, **unfit}
        obj._arrived = arrived
        return obj

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
