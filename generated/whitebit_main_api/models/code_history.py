from __future__ import annotations

from collections.abc import Mapping
from decimal import Decimal
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from .._decimal import format_decimal, parse_decimal
from ..types import UNSET, Unset

T = TypeVar("T", bound="CodeHistory")


@_attrs_define
class CodeHistory:
    """One entry in the account's code history.

    Attributes:
        amount (Decimal | Unset): Signed balance change: negative for a code the account created, positive for a code it
            redeemed.
        code (str | Unset): Code string the entry refers to.
        date (int | Unset): Redemption time for a redeemed code, creation time for a created one; Unix time, seconds.
        status (str | Unset): Current state of the code.
        ticker (str | Unset): Ticker of the code's currency.
        external_id (str | Unset): External identifier of the code.
    """

    amount: Decimal | Unset = UNSET
    code: str | Unset = UNSET
    date: int | Unset = UNSET
    status: str | Unset = UNSET
    ticker: str | Unset = UNSET
    external_id: str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        amount: str | Unset = UNSET
        if not isinstance(self.amount, Unset):
            amount = format_decimal(self.amount)

        code = self.code

        date = self.date

        status = self.status

        ticker = self.ticker

        external_id = self.external_id

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if amount is not UNSET:
            field_dict["amount"] = amount
        if code is not UNSET:
            field_dict["code"] = code
        if date is not UNSET:
            field_dict["date"] = date
        if status is not UNSET:
            field_dict["status"] = status
        if ticker is not UNSET:
            field_dict["ticker"] = ticker
        if external_id is not UNSET:
            field_dict["external_id"] = external_id

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        _amount = d.pop("amount", UNSET)
        amount: Decimal | Unset
        if isinstance(_amount, Unset):
            amount = UNSET
        else:
            amount = parse_decimal(_amount)

        code = d.pop("code", UNSET)

        date = d.pop("date", UNSET)

        status = d.pop("status", UNSET)

        ticker = d.pop("ticker", UNSET)

        external_id = d.pop("external_id", UNSET)

        code_history = cls(
            amount=amount,
            code=code,
            date=date,
            status=status,
            ticker=ticker,
            external_id=external_id,
        )

        code_history.additional_properties = d
        return code_history

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
