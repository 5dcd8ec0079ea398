from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

T = TypeVar("T", bound="SetMiningPayoutDestinationResult")


@_attrs_define
class SetMiningPayoutDestinationResult:
    """Payout destination saved for the mining account.

    Attributes:
        payout_destination (str): Where rewards are now sent: main_balance or external_address.
        external_address (None | str): BTC address receiving payouts; null when rewards go to the main balance.
    """

    payout_destination: str
    external_address: None | str
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        payout_destination = self.payout_destination

        external_address: None | str
        external_address = self.external_address

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "payoutDestination": payout_destination,
                "externalAddress": external_address,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        payout_destination = d.pop("payoutDestination")

        def _parse_external_address(data: object) -> None | str:
            if data is None:
                return data
            return cast(None | str, data)

        external_address = _parse_external_address(d.pop("externalAddress"))

        set_mining_payout_destination_result = cls(
            payout_destination=payout_destination,
            external_address=external_address,
        )

        set_mining_payout_destination_result.additional_properties = d
        return set_mining_payout_destination_result

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
