from __future__ import annotations

from collections.abc import Mapping
from decimal import Decimal
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from .._decimal import format_decimal, parse_decimal

T = TypeVar("T", bound="CreateExpressWithdrawTokenRequest")


@_attrs_define
class CreateExpressWithdrawTokenRequest:
    """Parameters of an Express Withdraw payment.

    Attributes:
        ticker (str): Cryptocurrency to charge; it must allow withdrawals, and fiat tickers are refused.
        amount (Decimal): Amount to charge; its USDT equivalent may not exceed 10,000 (error 191).
        external_id (str): Partner's order or invoice reference, unique per account; it makes the call idempotent, and
            an already paid one is refused with error 19.
    """

    ticker: str
    amount: Decimal
    external_id: str
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        ticker = self.ticker

        amount = format_decimal(self.amount)

        external_id = self.external_id

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "ticker": ticker,
                "amount": amount,
                "externalId": external_id,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        ticker = d.pop("ticker")

        amount = parse_decimal(d.pop("amount"))

        external_id = d.pop("externalId")

        create_express_withdraw_token_request = cls(
            ticker=ticker,
            amount=amount,
            external_id=external_id,
        )

        create_express_withdraw_token_request.additional_properties = d
        return create_express_withdraw_token_request

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
