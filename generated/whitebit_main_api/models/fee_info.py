from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from .. import _reading as _r

if TYPE_CHECKING:
    from ..models.fee_info_deposit import FeeInfoDeposit
    from ..models.fee_info_withdraw import FeeInfoWithdraw


T = TypeVar("T", bound="FeeInfo")


@_attrs_define
class FeeInfo:
    """Deposit and withdrawal fees and limits for one currency.

    Attributes:
        ticker (str): Ticker of the currency.
        name (str): Full name of the currency.
        can_deposit (bool): Whether deposits of this currency are currently possible.
        can_withdraw (bool): Whether withdrawals of this currency are currently possible.
        deposit (FeeInfoDeposit): Fees and amount limits for deposits; a zero value means that setting is off.
        withdraw (FeeInfoWithdraw): Fees and amount limits for withdrawals; a zero value means that setting is off.
    """

    ticker: str
    name: str
    can_deposit: bool
    can_withdraw: bool
    deposit: FeeInfoDeposit
    withdraw: FeeInfoWithdraw
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)
    # The spelling each field arrived in (null included), so that to_dict() writes it back.
    _arrived: dict[str, str] = _attrs_field(init=False, factory=dict, repr=False, eq=False)

    def to_dict(self) -> dict[str, Any]:
        out: dict[str, Any] = dict(self.additional_properties)
        _r.write(out, "ticker", self.ticker, "ticker", self._arrived)
        _r.write(out, "name", self.name, "name", self._arrived)
        _r.write(out, "can_deposit", self.can_deposit, "can_deposit", self._arrived)
        _r.write(out, "can_withdraw", self.can_withdraw, "can_withdraw", self._arrived)
        _r.write(out, "deposit", self.deposit, "deposit", self._arrived, _r.json_out)
        _r.write(out, "withdraw", self.withdraw, "withdraw", self._arrived, _r.json_out)
        return out

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        """Read a JSON object; never fails on a field (see `_reading`), only on a value
        that is not an object at all."""
        from ..models.fee_info_deposit import FeeInfoDeposit  # noqa: PLC0415
        from ..models.fee_info_withdraw import FeeInfoWithdraw  # noqa: PLC0415

        if not isinstance(src_dict, Mapping):
            raise TypeError(f"expected a JSON object, not {type(src_dict).__name__}")
        d = dict(src_dict)
        arrived: dict[str, str] = {}
        unfit: dict[str, Any] = {}
        obj = cls(
            ticker=_r.read(d, ("ticker",), _r.text, "ticker", arrived, unfit),
            name=_r.read(d, ("name",), _r.text, "name", arrived, unfit),
            can_deposit=_r.read(d, ("can_deposit",), _r.boolean, "can_deposit", arrived, unfit),
            can_withdraw=_r.read(d, ("can_withdraw",), _r.boolean, "can_withdraw", arrived, unfit),
            deposit=_r.read(d, ("deposit",), _r.model(FeeInfoDeposit), "deposit", arrived, unfit),
            withdraw=_r.read(
                d, ("withdraw",), _r.model(FeeInfoWithdraw), "withdraw", arrived, unfit
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
