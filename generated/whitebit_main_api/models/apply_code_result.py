from __future__ import annotations

from collections.abc import Mapping
from decimal import Decimal
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from .._decimal import format_decimal, parse_decimal

T = TypeVar("T", bound="ApplyCodeResult")


@_attrs_define
class ApplyCodeResult:
    """Outcome of redeeming a code.

    Attributes:
        message (str): Confirmation text.
        ticker (str): Ticker of the currency credited.
        amount (Decimal): Amount credited to the main balance.
        external_id (str): External identifier of the redeemed code.
    """

    message: str
    ticker: str
    amount: Decimal
    external_id: str
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        message = self.message

        ticker = self.ticker

        amount = format_decimal(self.amount)

        external_id = self.external_id

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "message": message,
                "ticker": ticker,
                "amount": amount,
                "external_id": external_id,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        message = d.pop("message")

        ticker = d.pop("ticker")

        amount = parse_decimal(d.pop("amount"))

        external_id = d.pop("external_id")

        apply_code_result = cls(
            message=message,
            ticker=ticker,
            amount=amount,
            external_id=external_id,
        )

        apply_code_result.additional_properties = d
        return apply_code_result

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
