from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from .. import _reading as _r
from ..enums import PayoutDestination

T = TypeVar("T", bound="GetMiningPayoutDestinationResult")


@_attrs_define
class GetMiningPayoutDestinationResult:
    """Current payout destination of a mining account.

    Attributes:
        payout_destination (PayoutDestination | str): Where rewards are sent: main_balance or external_address.
        external_address (str | None): BTC address receiving payouts; null when rewards go to the main balance.
    """

    payout_destination: PayoutDestination | str
    external_address: str | None = None
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)
    # The spelling each field arrived in (null included), so that to_dict() writes it back.
    _arrived: dict[str, str] = _attrs_field(init=False, factory=dict, repr=False, eq=False)

    def to_dict(self) -> dict[str, Any]:
        out: dict[str, Any] = dict(self.additional_properties)
        _r.write(
            out,
            "payout_destination",
            self.payout_destination,
            "payoutDestination",
            self._arrived,
            _r.json_out,
        )
        _r.write(out, "external_address", self.external_address, "externalAddress", self._arrived)
        return out

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        """Read a JSON object; never fails on a field (see `_reading`), only on a value
        that is not an object at all."""
        if not isinstance(src_dict, Mapping):
            raise TypeError(f"expected a JSON object, not {type(src_dict).__name__}")
        d = dict(src_dict)
        arrived: dict[str, str] = {}
        unfit: dict[str, Any] = {}
        obj = cls(
            payout_destination=_r.read(
                d,
                ("payoutDestination",),
                _r.named(PayoutDestination, _r.text),
                "payout_destination",
                arrived,
                unfit,
            ),
            external_address=_r.read(
                d, ("externalAddress",), _r.text, "external_address", arrived, unfit
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
