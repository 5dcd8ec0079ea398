from __future__ import annotations

from collections.abc import Mapping
from decimal import Decimal
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from .._decimal import format_decimal, parse_decimal

T = TypeVar("T", bound="FlexInvestment")


@_attrs_define
class FlexInvestment:
    """One of the account's positions in a Flex plan.

    Attributes:
        id (str): Investment identifier.
        plan_id (str): Identifier of the plan the investment belongs to.
        currency (str): Currency of the investment.
        invested (Decimal): Sum currently held in the investment.
        with_auto_reinvest (bool): Whether earnings are reinvested automatically.
        status (int): Investment state: 1 active, 0 closed.
        created_at (int): When the investment was opened, Unix time, seconds.
        updated_at (int): When the investment last changed, Unix time, seconds.
    """

    id: str
    plan_id: str
    currency: str
    invested: Decimal
    with_auto_reinvest: bool
    status: int
    created_at: int
    updated_at: int
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        id = self.id

        plan_id = self.plan_id

        currency = self.currency

        invested = format_decimal(self.invested)

        with_auto_reinvest = self.with_auto_reinvest

        status = self.status

        created_at = self.created_at

        updated_at = self.updated_at

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "id": id,
                "planId": plan_id,
                "currency": currency,
                "invested": invested,
                "withAutoReinvest": with_auto_reinvest,
                "status": status,
                "createdAt": created_at,
                "updatedAt": updated_at,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        id = d.pop("id")

        plan_id = d.pop("planId")

        currency = d.pop("currency")

        invested = parse_decimal(d.pop("invested"))

        with_auto_reinvest = d.pop("withAutoReinvest")

        status = d.pop("status")

        created_at = d.pop("createdAt")

        updated_at = d.pop("updatedAt")

        flex_investment = cls(
            id=id,
            plan_id=plan_id,
            currency=currency,
            invested=invested,
            with_auto_reinvest=with_auto_reinvest,
            status=status,
            created_at=created_at,
            updated_at=updated_at,
        )

        flex_investment.additional_properties = d
        return flex_investment

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
