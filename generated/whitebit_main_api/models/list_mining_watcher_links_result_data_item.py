from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from .. import _reading as _r

T = TypeVar("T", bound="ListMiningWatcherLinksResultDataItem")


def _secret_repr(value: object) -> str:
    """repr of an `x-secret` field: whether it holds anything, never what."""
    if value is None or value in ("", [], {}):
        return repr(value)
    return "'***'"


@_attrs_define
class ListMiningWatcherLinksResultDataItem:
    """
    Attributes:
        id (str): ID of the watcher link.
        accounts (list[str]): Mining account names the link covers.
        name (str): Name of the link.
        link (str): URL to share with watchers.
        permissions (list[str]): Sections the link exposes.
        created_at (int): Creation time of the link, Unix time, seconds.
        live_until (int | None): Expiry time of the link, Unix time, seconds; null when it does not expire.
    """

    id: str
    accounts: list[str]
    name: str
    link: str = _attrs_field(repr=_secret_repr)
    permissions: list[str]
    created_at: int
    live_until: int | None = None
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)
    # The spelling each field arrived in (null included), so that to_dict() writes it back.
    _arrived: dict[str, str] = _attrs_field(init=False, factory=dict, repr=False, eq=False)

    def to_dict(self) -> dict[str, Any]:
        out: dict[str, Any] = dict(self.additional_properties)
        _r.write(out, "id", self.id, "id", self._arrived)
        _r.write(out, "accounts", self.accounts, "accounts", self._arrived, _r.json_out)
        _r.write(out, "name", self.name, "name", self._arrived)
        _r.write(out, "link", self.link, "link", self._arrived)
        _r.write(out, "permissions", self.permissions, "permissions", self._arrived, _r.json_out)
        _r.write(out, "created_at", self.created_at, "createdAt", self._arrived)
        _r.write(out, "live_until", self.live_until, "liveUntil", self._arrived)
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
            id=_r.read(d, ("id",), _r.text, "id", arrived, unfit),
            accounts=_r.read(d, ("accounts",), _r.each(_r.text), "accounts", arrived, unfit),
            name=_r.read(d, ("name",), _r.text, "name", arrived, unfit),
            link=_r.read(d, ("link",), _r.text, "link", arrived, unfit),
            permissions=_r.read(
                d, ("permissions",), _r.each(_r.text), "permissions", arrived, unfit
            ),
            created_at=_r.read(d, ("createdAt",), _r.integer, "created_at", arrived, unfit),
            live_until=_r.read(d, ("liveUntil",), _r.integer, "live_until", arrived, unfit),
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
