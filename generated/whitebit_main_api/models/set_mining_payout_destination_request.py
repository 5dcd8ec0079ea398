from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from .. import _reading as _r
from ..enums import PayoutDestination

T = TypeVar("T", bound="SetMiningPayoutDestinationRequest")


@_attrs_define
class SetMiningPayoutDestinationRequest:
    """New payout destination for a mining account.

    Attributes:
        account_name (str): Name of the mining account.
        destination (PayoutDestination | str): Where rewards should be sent.
        address (str | None): BTC address for payouts, up to 100 characters; required only when destination is
            external_address.
    """

    account_name: str
    destination: PayoutDestination | str
    address: str | None = None
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)
    # The spelling each field arrived in (null included), so that to_dict() writes it back.
    _arrived: dict[str, str] = _attrs_field(init=False, factory=dict, repr=False, eq=False)

    def to_dict(self) -> dict[str, Any]:
        out: dict[str, Any] = dict(self.additional_properties)
        _r.write(out, "account_name", self.account_name, "accountName", self._arrived)
        _r.write(out, "destination", self.destination, "destination", self._arrived, _r.json_out)
        _r.write(out, "address", self.address, "address", self._arrived)
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
            account_name=_r.read(d, ("accountName",), _r.text, "account_name", arrived, unfit),
            destination=_r.read(
                d,
                ("destination",),
                _r.named(PayoutDestination, _r.text),
                "destination",
                arrived,
                unfit,
            ),
            address=_r.read(d, ("address",), _r.text, "address", arrived, unfit),
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
