from __future__ import annotations

from collections.abc import Mapping
from decimal import Decimal
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from .. import _reading as _r

T = TypeVar("T", bound="CreditLine")


@_attrs_define
class CreditLine:
    """The account's active loan.

    Attributes:
        asset (str): Ticker of the loan's asset.
        amount (Decimal): Loan amount, in the loan asset.
        total_funding (Decimal): Total funding amount recorded for the loan, in the loan asset.
        current_ltv (Decimal): Loan-to-value ratio of the loan at present.
        initial_ltv (Decimal): Loan-to-value ratio set when the loan was opened.
        margin_call_ltv (Decimal): Loan-to-value level that triggers a margin call.
        liquidation_ltv (Decimal): Loan-to-value level at which the loan is liquidated.
        created_at (int): When the loan was opened; Unix time, seconds.
    """

    asset: str
    amount: Decimal
    total_funding: Decimal
    current_ltv: Decimal
    initial_ltv: Decimal
    margin_call_ltv: Decimal
    liquidation_ltv: Decimal
    created_at: int
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)
    # The spelling each field arrived in (null included), so that to_dict() writes it back.
    _arrived: dict[str, str] = _attrs_field(init=False, factory=dict, repr=False, eq=False)

    def to_dict(self) -> dict[str, Any]:
        out: dict[str, Any] = dict(self.additional_properties)
        _r.write(out, "asset", self.asset, "asset", self._arrived)
        _r.write(out, "amount", self.amount, "amount", self._arrived, _r.json_out)
        _r.write(
            out, "total_funding", self.total_funding, "totalFunding", self._arrived, _r.json_out
        )
        _r.write(out, "current_ltv", self.current_ltv, "currentLtv", self._arrived, _r.json_out)
        _r.write(out, "initial_ltv", self.initial_ltv, "initialLtv", self._arrived, _r.json_out)
        _r.write(
            out,
            "margin_call_ltv",
            self.margin_call_ltv,
            "marginCallLtv",
            self._arrived,
            _r.json_out,
        )
        _r.write(
            out,
            "liquidation_ltv",
            self.liquidation_ltv,
            "liquidationLtv",
            self._arrived,
            _r.json_out,
        )
        _r.write(out, "created_at", self.created_at, "createdAt", self._arrived)
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
            asset=_r.read(d, ("asset",), _r.text, "asset", arrived, unfit),
            amount=_r.read(d, ("amount",), _r.decimal, "amount", arrived, unfit),
            total_funding=_r.read(
                d, ("totalFunding",), _r.decimal, "total_funding", arrived, unfit
            ),
            current_ltv=_r.read(d, ("currentLtv",), _r.decimal, "current_ltv", arrived, unfit),
            initial_ltv=_r.read(d, ("initialLtv",), _r.decimal, "initial_ltv", arrived, unfit),
            margin_call_ltv=_r.read(
                d, ("marginCallLtv",), _r.decimal, "margin_call_ltv", arrived, unfit
            ),
            liquidation_ltv=_r.read(
                d, ("liquidationLtv",), _r.decimal, "liquidation_ltv", arrived, unfit
            ),
            created_at=_r.read(d, ("createdAt",), _r.integer, "created_at", arrived, unfit),
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
