from __future__ import annotations

from collections.abc import Mapping
from decimal import Decimal
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from .._decimal import format_decimal, parse_decimal
from ..types import UNSET, Unset

T = TypeVar("T", bound="SubAccountTransfer")


@_attrs_define
class SubAccountTransfer:
    """One transfer between the main account and a sub-account.

    Attributes:
        transaction_id (str): Identifier of the transfer; equals the value returned by the transfer call.
        direction (str): Which way the funds moved, main_to_sub or sub_to_main.
        currency (str): Ticker of the currency moved.
        amount (Decimal): Quantity moved, in the transferred currency.
        created_at (int): When the transfer was made, Unix time, seconds.
        id (str | Unset): Older name for transaction_id, holding the same value.
    """

    transaction_id: str
    direction: str
    currency: str
    amount: Decimal
    created_at: int
    id: str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        transaction_id = self.transaction_id

        direction = self.direction

        currency = self.currency

        amount = format_decimal(self.amount)

        created_at = self.created_at

        id = self.id

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "transaction_id": transaction_id,
                "direction": direction,
                "currency": currency,
                "amount": amount,
                "createdAt": created_at,
            }
        )
        if id is not UNSET:
            field_dict["id"] = id

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        transaction_id = d.pop("transaction_id")

        direction = d.pop("direction")

        currency = d.pop("currency")

        amount = parse_decimal(d.pop("amount"))

        created_at = d.pop("createdAt")

        id = d.pop("id", UNSET)

        sub_account_transfer = cls(
            transaction_id=transaction_id,
            direction=direction,
            currency=currency,
            amount=amount,
            created_at=created_at,
            id=id,
        )

        sub_account_transfer.additional_properties = d
        return sub_account_transfer

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
