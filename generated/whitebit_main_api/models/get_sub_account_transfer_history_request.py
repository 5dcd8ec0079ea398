from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from .. import _reading as _r
from ..enums import TransferDirection

T = TypeVar("T", bound="GetSubAccountTransferHistoryRequest")


@_attrs_define
class GetSubAccountTransferHistoryRequest:
    """Selects the sub-account, direction and page of transfers to return.

    Attributes:
        id (str): Identifier of the sub-account whose transfers are listed.
        direction (TransferDirection | str | None): Return only transfers going this way; omit for both directions.
        limit (int | None): Maximum number of transfers to return.
        offset (int | None): Number of transfers to skip; offset plus limit may not exceed 10000.
    """

    id: str
    direction: TransferDirection | str | None = None
    limit: int | None = None
    offset: int | None = None
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)
    # The spelling each field arrived in (null included), so that to_dict() writes it back.
    _arrived: dict[str, str] = _attrs_field(init=False, factory=dict, repr=False, eq=False)

    def to_dict(self) -> dict[str, Any]:
        out: dict[str, Any] = dict(self.additional_properties)
        _r.write(out, "id", self.id, "id", self._arrived)
        _r.write(out, "direction", self.direction, "direction", self._arrived, _r.json_out)
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
            id=_r.read(d, ("id",), _r.text, "id", arrived, unfit),
            direction=_r.read(
                d, ("direction",), _r.named(TransferDirection, _r.text), "direction", arrived, unfit
            ),
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
