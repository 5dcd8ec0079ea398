from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

T = TypeVar("T", bound="GetMiningHashrateRequest")


@_attrs_define
class GetMiningHashrateRequest:
    """Mining account and time window for the hashrate history.

    Attributes:
        account (str): Name of the mining account.
        from_ (int | Unset): Start of the window, Unix time, seconds.
        to (int | Unset): End of the window, Unix time, seconds.
        interval (str | Unset): Spacing between samples: 5m, 1h or 24h.
    """

    account: str
    from_: int | Unset = UNSET
    to: int | Unset = UNSET
    interval: str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        account = self.account

        from_ = self.from_

        to = self.to

        interval = self.interval

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "account": account,
            }
        )
        if from_ is not UNSET:
            field_dict["from"] = from_
        if to is not UNSET:
            field_dict["to"] = to
        if interval is not UNSET:
            field_dict["interval"] = interval

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        account = d.pop("account")

        from_ = d.pop("from", UNSET)

        to = d.pop("to", UNSET)

        interval = d.pop("interval", UNSET)

        get_mining_hashrate_request = cls(
            account=account,
            from_=from_,
            to=to,
            interval=interval,
        )

        get_mining_hashrate_request.additional_properties = d
        return get_mining_hashrate_request

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
