from __future__ import annotations

from collections.abc import Mapping
from decimal import Decimal
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from .._decimal import format_decimal, parse_decimal
from ..types import UNSET, Unset

T = TypeVar("T", bound="TransferBetweenBalancesRequest")


@_attrs_define
class TransferBetweenBalancesRequest:
    """Parameters of a transfer between the caller's own balances.

    Attributes:
        ticker (str): Currency to transfer.
        amount (Decimal): Amount to move; greater than zero, at most 8 decimal places, and not above the available
            balance.
        method (str | Unset): Legacy direction: deposit (main to spot), withdraw (spot to main), collateral-deposit
            (main to collateral) or collateral-withdraw (collateral to main); not needed when from and to are set.
        from_ (str | Unset): Balance to take funds from; not needed when method is set.
        to (str | Unset): Balance to put funds on, different from from; not needed when method is set.
    """

    ticker: str
    amount: Decimal
    method: str | Unset = UNSET
    from_: str | Unset = UNSET
    to: str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        ticker = self.ticker

        amount = format_decimal(self.amount)

        method = self.method

        from_ = self.from_

        to = self.to

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "ticker": ticker,
                "amount": amount,
            }
        )
        if method is not UNSET:
            field_dict["method"] = method
        if from_ is not UNSET:
            field_dict["from"] = from_
        if to is not UNSET:
            field_dict["to"] = to

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        ticker = d.pop("ticker")

        amount = parse_decimal(d.pop("amount"))

        method = d.pop("method", UNSET)

        from_ = d.pop("from", UNSET)

        to = d.pop("to", UNSET)

        transfer_between_balances_request = cls(
            ticker=ticker,
            amount=amount,
            method=method,
            from_=from_,
            to=to,
        )

        transfer_between_balances_request.additional_properties = d
        return transfer_between_balances_request

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
