from __future__ import annotations

from collections.abc import Mapping
from decimal import Decimal
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from .. import _reading as _r

T = TypeVar("T", bound="FlexPlan")


@_attrs_define
class FlexPlan:
    """A Flex lending plan open to the account.

    Attributes:
        id (str): Plan identifier; pass it as plan in the other Flex calls.
        ticker (str): Currency the plan accepts.
        min_investment (Decimal): Smallest sum that can be invested, in the plan currency.
        max_investment (Decimal): Largest sum that can be invested, in the plan currency.
        max_rate (Decimal): Top interest rate the plan can pay, as a decimal string.
    """

    id: str
    ticker: str
    min_investment: Decimal
    max_investment: Decimal
    max_rate: Decimal
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)
    # The spelling each field arrived in (null included), so that to_dict() writes it back.
    _arrived: dict[str, str] = _attrs_field(init=False, factory=dict, repr=False, eq=False)

    def to_dict(self) -> dict[str, Any]:
        out: dict[str, Any] = dict(self.additional_properties)
        _r.write(out, "id", self.id, "id", self._arrived)
        _r.write(out, "ticker", self.ticker, "ticker", self._arrived)
        _r.write(
            out, "min_investment", self.min_investment, "minInvestment", self._arrived, _r.json_out
        )
        _r.write(
            out, "max_investment", self.max_investment, "maxInvestment", self._arrived, _r.json_out
        )
        _r.write(out, "max_rate", self.max_rate, "maxRate", self._arrived, _r.json_out)
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
            ticker=_r.read(d, ("ticker",), _r.text, "ticker", arrived, unfit),
            min_investment=_r.read(
                d, ("minInvestment",), _r.decimal, "min_investment", arrived, unfit
            ),
            max_investment=_r.read(
                d, ("maxInvestment",), _r.decimal, "max_investment", arrived, unfit
            ),
            max_rate=_r.read(d, ("maxRate",), _r.decimal, "max_rate", arrived, unfit),
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
