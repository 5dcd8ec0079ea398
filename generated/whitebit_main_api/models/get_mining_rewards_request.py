from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from .. import _reading as _r

T = TypeVar("T", bound="GetMiningRewardsRequest")


@_attrs_define
class GetMiningRewardsRequest:
    """Filters and paging for the mining rewards list.

    Attributes:
        account (str | None): Mining account name to filter by; an unknown name yields an empty list.
        from_ (int | None): Start of the reward date window, Unix time, seconds.
        to (int | None): End of the reward date window, Unix time, seconds.
        limit (int | None): Maximum number of rewards to return, 1 to 100.
        offset (int | None): Number of rewards to skip, 0 to 10000.
    """

    account: str | None = None
    from_: int | None = None
    to: int | None = None
    limit: int | None = None
    offset: int | None = None
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)
    # The spelling each field arrived in (null included), so that to_dict() writes it back.
    _arrived: dict[str, str] = _attrs_field(init=False, factory=dict, repr=False, eq=False)

    def to_dict(self) -> dict[str, Any]:
        out: dict[str, Any] = dict(self.additional_properties)
        _r.write(out, "account", self.account, "account", self._arrived)
        _r.write(out, "from_", self.from_, "from", self._arrived)
        _r.write(out, "to", self.to, "to", self._arrived)
        _r.write(out, "limit", self.limit, "limit", self._arrived)
        _r.write(out, "offset", self.offset, "offset", self._arrived)
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
            limit=_r.read(d, ("limit",), _r.integer, "limit", arrived, unfit),
            offset=_r.read(d, ("offset",), _r.integer, "offset", arrived, unfit),
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
