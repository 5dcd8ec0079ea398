from __future__ import annotations

from collections.abc import Mapping
from decimal import Decimal
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from .._decimal import format_decimal, parse_decimal

T = TypeVar("T", bound="ListUnconfirmedSubAccountWithdrawalsResultDataItem")


@_attrs_define
class ListUnconfirmedSubAccountWithdrawalsResultDataItem:
    """
    Attributes:
        id (str): Identifier of the withdrawal; pass it to the confirm endpoint.
        sub_account_id (str): Identifier of the sub-account that requested the withdrawal.
        currency (str): Ticker of the currency being withdrawn.
        amount (Decimal): Quantity to withdraw, without trailing zeros.
        created_at (int): When the withdrawal was requested, Unix time, seconds.
    """

    id: str
    sub_account_id: str
    currency: str
    amount: Decimal
    created_at: int
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        id = self.id

        sub_account_id = self.sub_account_id

        currency = self.currency

        amount = format_decimal(self.amount)

        created_at = self.created_at

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "id": id,
                "subAccountId": sub_account_id,
                "currency": currency,
                "amount": amount,
                "createdAt": created_at,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        id = d.pop("id")

        sub_account_id = d.pop("subAccountId")

        currency = d.pop("currency")

        amount = parse_decimal(d.pop("amount"))

        created_at = d.pop("createdAt")

        list_unconfirmed_sub_account_withdrawals_result_data_item = cls(
            id=id,
            sub_account_id=sub_account_id,
            currency=currency,
            amount=amount,
            created_at=created_at,
        )

        list_unconfirmed_sub_account_withdrawals_result_data_item.additional_properties = d
        return list_unconfirmed_sub_account_withdrawals_result_data_item

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
