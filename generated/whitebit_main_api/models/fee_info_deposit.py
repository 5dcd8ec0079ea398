from __future__ import annotations

from collections.abc import Mapping
from decimal import Decimal
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from .. import _reading as _r

T = TypeVar("T", bound="FeeInfoDeposit")


@_attrs_define
class FeeInfoDeposit:
    """Fees and amount limits for deposits; a zero value means that setting is off.

    Attributes:
        min_flex (Decimal): Lowest fee charged per deposit when the percentage fee applies.
        max_flex (Decimal): Highest fee charged per deposit when the percentage fee applies.
        percent_flex (Decimal): Percentage fee rate for deposits; zero when no percentage fee applies.
        fixed (Decimal): Flat fee charged per deposit.
        min_amount (Decimal): Smallest deposit amount accepted.
        max_amount (Decimal): Largest deposit amount accepted; zero means no upper limit is set.
    """

    min_flex: Decimal
    max_flex: Decimal
    percent_flex: Decimal
    fixed: Decimal
    min_amount: Decimal
    max_amount: Decimal
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)
    # The spelling each field arrived in (null included), so that to_dict() writes it back.
    _arrived: dict[str, str] = _attrs_field(init=False, factory=dict, repr=False, eq=False)

    def to_dict(self) -> dict[str, Any]:
        out: dict[str, Any] = dict(self.additional_properties)
        _r.write(out, "min_flex", self.min_flex, "minFlex", self._arrived, _r.json_out)
        _r.write(out, "max_flex", self.max_flex, "maxFlex", self._arrived, _r.json_out)
        _r.write(out, "percent_flex", self.percent_flex, "percentFlex", self._arrived, _r.json_out)
        _r.write(out, "fixed", self.fixed, "fixed", self._arrived, _r.json_out)
        _r.write(out, "min_amount", self.min_amount, "minAmount", self._arrived, _r.json_out)
        _r.write(out, "max_amount", self.max_amount, "maxAmount", self._arrived, _r.json_out)
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
            min_flex=_r.read(d, ("minFlex",), _r.decimal, "min_flex", arrived, unfit),
            max_flex=_r.read(d, ("maxFlex",), _r.decimal, "max_flex", arrived, unfit),
            percent_flex=_r.read(d, ("percentFlex",), _r.decimal, "percent_flex", arrived, unfit),
            fixed=_r.read(d, ("fixed",), _r.decimal, "fixed", arrived, unfit),
            min_amount=_r.read(d, ("minAmount",), _r.decimal, "min_amount", arrived, unfit),
            max_amount=_r.read(d, ("maxAmount",), _r.decimal, "max_amount", arrived, unfit),
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
