from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

T = TypeVar("T", bound="GetMiningWorkerHashrateRequest")


@_attrs_define
class GetMiningWorkerHashrateRequest:
    """Worker and time window for the hashrate history.

    Attributes:
        account (str): Name of the mining account, up to 255 characters.
        worker (str): Worker name within the account, up to 255 characters.
        interval (str | Unset): Spacing between samples: 5m, 1h or 24h.
        from_ (int | Unset): Start of the window, Unix time, seconds; must not be in the future.
        to (int | Unset): End of the window, Unix time, seconds; must not be in the future.
    """

    account: str
    worker: str
    interval: str | Unset = UNSET
    from_: int | Unset = UNSET
    to: int | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        account = self.account

        worker = self.worker

        interval = self.interval

        from_ = self.from_

        to = self.to

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "account": account,
                "worker": worker,
            }
        )
        if interval is not UNSET:
            field_dict["interval"] = interval
        if from_ is not UNSET:
            field_dict["from"] = from_
        if to is not UNSET:
            field_dict["to"] = to

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        account = d.pop("account")

        worker = d.pop("worker")

        interval = d.pop("interval", UNSET)

        from_ = d.pop("from", UNSET)

        to = d.pop("to", UNSET)

        get_mining_worker_hashrate_request = cls(
            account=account,
            worker=worker,
            interval=interval,
            from_=from_,
            to=to,
        )

        get_mining_worker_hashrate_request.additional_properties = d
        return get_mining_worker_hashrate_request

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
