from __future__ import annotations

from collections.abc import Mapping
from decimal import Decimal
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from .. import _reading as _r
from ..enums import BalanceKind, TransferMethod

T = TypeVar("T", bound="TransferBetweenBalancesRequest")


@_attrs_define
class TransferBetweenBalancesRequest:
    """Parameters of a transfer between the caller's own balances.

    Attributes:
        ticker (str): Currency to transfer.
        amount (Decimal): Amount to move; greater than zero, at most 8 decimal places, and not above the available
            balance.
        method (TransferMethod | str | None): Legacy direction: deposit (main to spot), withdraw (spot to main),
            collateral-deposit (main to collateral) or collateral-withdraw (collateral to main); not needed when from and to
            are set.
        from_ (BalanceKind | str | None): Balance to take funds from; not needed when method is set.
        to (BalanceKind | str | None): Balance to put funds on, different from from; not needed when method is set.
    """

    ticker: str
    amount: Decimal
    method: TransferMethod | str | None = None
    from_: BalanceKind | str | None = None
    to: BalanceKind | str | None = None
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)
    # The spelling each field arrived in (null included), so that to_dict() writes it back.
    _arrived: dict[str, str] = _attrs_field(init=False, factory=dict, repr=False, eq=False)

    def to_dict(self) -> dict[str, Any]:
        out: dict[str, Any] = dict(self.additional_properties)
        _r.write(out, "ticker", self.ticker, "ticker", self._arrived)
        _r.write(out, "amount", self.amount, "amount", self._arrived, _r.json_out)
        _r.write(out, "method", self.method, "method", self._arrived, _r.json_out)
        _r.write(out, "from_", self.from_, "from", self._arrived, _r.json_out)
        _r.write(out, "to", self.to, "to", self._arrived, _r.json_out)
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
            ticker=_r.read(d, ("ticker",), _r.text, "ticker", arrived, unfit),
            amount=_r.read(d, ("amount",), _r.decimal, "amount", arrived, unfit),
            method=_r.read(
                d, ("method",), _r.named(TransferMethod, _r.text), "method", arrived, unfit
            ),
            from_=_r.read(d, ("from",), _r.named(BalanceKind, _r.text), "from_", arrived, unfit),
            to=_r.read(d, ("to",), _r.named(BalanceKind, _r.text), "to", arrived, unfit),
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
