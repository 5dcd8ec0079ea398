from __future__ import annotations

from collections.abc import Mapping
from decimal import Decimal
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from .._decimal import format_decimal, parse_decimal

T = TypeVar("T", bound="SubAccountTransferRequest")


@_attrs_define
class SubAccountTransferRequest:
    """Parameters of a transfer between the main account and a sub-account.

    Attributes:
        id (str): Identifier of the sub-account taking part in the transfer.
        direction (str): main_to_sub sends funds to the sub-account; sub_to_main returns them.
        amount (Decimal): Quantity to move; the smallest accepted value is 0.00000001.
        ticker (str): Ticker of the currency to move.
    """

    id: str
    direction: str
    amount: Decimal
    ticker: str
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        id = self.id

        direction = self.direction

        amount = format_decimal(self.amount)

        ticker = self.ticker

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "id": id,
                "direction": direction,
                "amount": amount,
                "ticker": ticker,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        id = d.pop("id")

        direction = d.pop("direction")

        amount = parse_decimal(d.pop("amount"))

        ticker = d.pop("ticker")

        sub_account_transfer_request = cls(
            id=id,
            direction=direction,
            amount=amount,
            ticker=ticker,
        )

        sub_account_transfer_request.additional_properties = d
        return sub_account_transfer_request

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
