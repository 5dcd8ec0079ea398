from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

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

    def to_dict(self) -> dict[str, Any]:
        ticker = self.ticker

        name = self.name

        can_deposit = self.can_deposit

        can_withdraw = self.can_withdraw

        deposit = self.deposit.to_dict()

        withdraw = self.withdraw.to_dict()

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "ticker": ticker,
                "name": name,
                "can_deposit": can_deposit,
                "can_withdraw": can_withdraw,
                "deposit": deposit,
                "withdraw": withdraw,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.fee_info_deposit import FeeInfoDeposit  # noqa: PLC0415
        from ..models.fee_info_withdraw import FeeInfoWithdraw  # noqa: PLC0415

        d = dict(src_dict)
        ticker = d.pop("ticker")

        name = d.pop("name")

        can_deposit = d.pop("can_deposit")

        can_withdraw = d.pop("can_withdraw")

        deposit = FeeInfoDeposit.from_dict(d.pop("deposit"))

        withdraw = FeeInfoWithdraw.from_dict(d.pop("withdraw"))

        fee_info = cls(
            ticker=ticker,
            name=name,
            can_deposit=can_deposit,
            can_withdraw=can_withdraw,
            deposit=deposit,
            withdraw=withdraw,
        )

        fee_info.additional_properties = d
        return fee_info

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
