from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from .. import _reading as _r
from ..enums import WatcherLinkLifetime

T = TypeVar("T", bound="CreateMiningWatcherLinkRequest")


@_attrs_define
class CreateMiningWatcherLinkRequest:
    """Settings for a new watcher link.

    Attributes:
        accounts (list[str]): Mining account names the link covers; at least one.
        name (str): Link name of letters, digits and underscores, up to 255 characters.
        permissions (list[str]): Sections the link exposes: dashboard, rewards and/or workers.
        live_until (WatcherLinkLifetime | str): How long the link stays valid: 1h, 24h, 7d or always.
    """

    accounts: list[str]
    name: str
    permissions: list[str]
    live_until: WatcherLinkLifetime | str
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)
    # The spelling each field arrived in (null included), so that to_dict() writes it back.
    _arrived: dict[str, str] = _attrs_field(init=False, factory=dict, repr=False, eq=False)

    def to_dict(self) -> dict[str, Any]:
        out: dict[str, Any] = dict(self.additional_properties)
        _r.write(out, "accounts", self.accounts, "accounts", self._arrived, _r.json_out)
        _r.write(out, "name", self.name, "name", self._arrived)
        _r.write(out, "permissions", self.permissions, "permissions", self._arrived, _r.json_out)
        _r.write(out, "live_until", self.live_until, "liveUntil", self._arrived, _r.json_out)
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
            accounts=_r.read(d, ("accounts",), _r.each(_r.text), "accounts", arrived, unfit),
            name=_r.read(d, ("name",), _r.text, "name", arrived, unfit),
            permissions=_r.read(
                d, ("permissions",), _r.each(_r.text), "permissions", arrived, unfit
            ),
            live_until=_r.read(
                d,
                ("liveUntil",),
                _r.named(WatcherLinkLifetime, _r.text),
                "live_until",
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
