from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from .. import _reading as _r
from ..enums import HashrateInterval

T = TypeVar("T", bound="GetMiningHashrateRequest")


@_attrs_define
class GetMiningHashrateRequest:
    """Mining account and time window for the hashrate history.

    Attributes:
        account (str): Name of the mining account.
        from_ (int | None): Start of the window, Unix time, seconds.
        to (int | None): End of the window, Unix time, seconds.
        interval (HashrateInterval | str | None): Spacing between samples: 5m, 1h or 24h.
    """

    account: str
    from_: int | None = None
    to: int | None = None
    interval: HashrateInterval | str | None = None
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)
    # The spelling each field arrived in (null included), so that to_dict() writes it back.
    _arrived: dict[str, str] = _attrs_field(init=False, factory=dict, repr=False, eq=False)

    def to_dict(self) -> dict[str, Any]:
        out: dict[str, Any] = dict(self.additional_properties)
        _r.write(out, "account", self.account, "account", self._arrived)
        _r.write(out, "from_", self.from_, "from", self._arrived)
        _r.write(out, "to", self.to, "to", self._arrived)
        _r.write(out, "interval", self.interval, "interval", self._arrived, _r.json_out)
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
            account=_r.read(d, ("account",), _r.text, "account", arrived, unfit),
            from_=_r.read(d, ("from",), _r.integer, "from_", arrived, unfit),
            to=_r.read(d, ("to",), _r.integer, "to", arrived, unfit),
            interval=_r.read(
                d, ("interval",), _r.named(HashrateInterval, _r.text), "interval", arrived, unfit
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
