from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

T = TypeVar("T", bound="CreateNewAddressRequest")


@_attrs_define
class CreateNewAddressRequest:
    """Parameters for generating a new deposit address.

    Attributes:
        ticker (str): Cryptocurrency to create the address for.
        network (str | Unset): Network for multi-network currencies, e.g. ERC20 or TRC20; USDT defaults to ERC20.
        type_ (str | Unset): Address format, only for BTC and LTC; bech32 when omitted.
    """

    ticker: str
    network: str | Unset = UNSET
    type_: str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        ticker = self.ticker

        network = self.network

        type_ = self.type_

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "ticker": ticker,
            }
        )
        if network is not UNSET:
            field_dict["network"] = network
        if type_ is not UNSET:
            field_dict["type"] = type_

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        ticker = d.pop("ticker")

        network = d.pop("network", UNSET)

        type_ = d.pop("type", UNSET)

        create_new_address_request = cls(
            ticker=ticker,
            network=network,
            type_=type_,
        )

        create_new_address_request.additional_properties = d
        return create_new_address_request

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
