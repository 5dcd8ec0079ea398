from __future__ import annotations

from collections.abc import Mapping
from decimal import Decimal
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from .._decimal import format_decimal, parse_decimal

T = TypeVar("T", bound="FlexInvestmentHistory")


@_attrs_define
class FlexInvestmentHistory:
    """One recorded operation on a Flex investment.

    Attributes:
        created_at (int): When the operation happened, Unix time, seconds.
        plan_id (str): Identifier of the plan the operation relates to.
        investment_id (str): Identifier of the investment the operation relates to.
        currency (str): Currency of the amount.
        amount (Decimal): Sum moved or earned by the operation.
        transaction_id (str): Identifier of the transaction behind the operation.
        action_type (int): Operation kind: 1 invest, 2 reinvest, 3 withdrawal, 4 daily earning, 5 close, 6 open.
    """

    created_at: int
    plan_id: str
    investment_id: str
    currency: str
    amount: Decimal
    transaction_id: str
    action_type: int
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        created_at = self.created_at

        plan_id = self.plan_id

        investment_id = self.investment_id

        currency = self.currency

        amount = format_decimal(self.amount)

        transaction_id = self.transaction_id

        action_type = self.action_type

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "createdAt": created_at,
                "planId": plan_id,
                "investmentId": investment_id,
                "currency": currency,
                "amount": amount,
                "transaction_id": transaction_id,
                "actionType": action_type,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        created_at = d.pop("createdAt")

        plan_id = d.pop("planId")

        investment_id = d.pop("investmentId")

        currency = d.pop("currency")

        amount = parse_decimal(d.pop("amount"))

        transaction_id = d.pop("transaction_id")

        action_type = d.pop("actionType")

        flex_investment_history = cls(
            created_at=created_at,
            plan_id=plan_id,
            investment_id=investment_id,
            currency=currency,
            amount=amount,
            transaction_id=transaction_id,
            action_type=action_type,
        )

        flex_investment_history.additional_properties = d
        return flex_investment_history

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
