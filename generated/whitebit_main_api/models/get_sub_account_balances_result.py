from __future__ import annotations

from collections.abc import Iterator, Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from .. import _reading as _r

if TYPE_CHECKING:
    from ..models.get_sub_account_balances_result_additional_property_item import (
        GetSubAccountBalancesResultAdditionalPropertyItem,
    )


T = TypeVar("T", bound="GetSubAccountBalancesResult")


@_attrs_define
class GetSubAccountBalancesResult(
    Mapping[str, "list[GetSubAccountBalancesResultAdditionalPropertyItem]"]
):
    """Map from currency ticker to a list holding that currency's balances."""

    additional_properties: dict[str, list[GetSubAccountBalancesResultAdditionalPropertyItem]] = (
        _attrs_field(init=False, factory=dict)
    )
    # Values that arrived but do not fit the documented type, by key.
    _unfit: dict[str, Any] = _attrs_field(init=False, factory=dict, repr=False, eq=False)
    # The spelling each field arrived in (null included), so that to_dict() writes it back.
    _arrived: dict[str, str] = _attrs_field(init=False, factory=dict, repr=False, eq=False)

    def to_dict(self) -> dict[str, Any]:
        out: dict[str, Any] = {
            key: _r.json_out(value) for key, value in self.additional_properties.items()
        }
        out.update(self._unfit)
        return out

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        """Read a JSON object; never fails on a field (see `_reading`), only on a value
        that is not an object at all."""
        from ..models.get_sub_account_balances_result_additional_property_item import (
            GetSubAccountBalancesResultAdditionalPropertyItem,  # noqa: PLC0415
        )

        if not isinstance(src_dict, Mapping):
            raise TypeError(f"expected a JSON object, not {type(src_dict).__name__}")
        d = dict(src_dict)
        arrived: dict[str, str] = {}
        unfit: dict[str, Any] = {}
        obj = cls()
        obj.additional_properties = _r.read_values(
            d, _r.each(_r.model(GetSubAccountBalancesResultAdditionalPropertyItem)), unfit
        )
        obj._unfit = unfit
        obj._arrived = arrived
        return obj

    def __getitem__(self, key: str) -> list[GetSubAccountBalancesResultAdditionalPropertyItem]:
        return self.additional_properties[key]

    def __iter__(self) -> Iterator[str]:
        return iter(self.additional_properties)

    def __len__(self) -> int:
        return len(self.additional_properties)

    @property
    def unparsed(self) -> dict[str, Any]:
        """Entries that arrived but do not fit the documented type, as they came."""
        return dict(self._unfit)
