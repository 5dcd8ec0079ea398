from __future__ import annotations

from collections.abc import Mapping
from decimal import Decimal
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from .._decimal import format_decimal, parse_decimal
from ..types import UNSET, Unset

T = TypeVar("T", bound="FlexInvestment")


@_attrs_define
class FlexInvestment:
    """One of the account's positions in a Flex plan.

    Attributes:
        id (str | Unset): Investment identifier.
        plan_id (str | Unset): Identifier of the plan the investment belongs to.
        currency (str | Unset): Currency of the investment.
        invested (Decimal | Unset): Sum currently held in the investment.
        with_auto_reinvest (bool | Unset): Whether earnings are reinvested automatically.
        status (int | Unset): Investment state: 1 active, 0 closed.
        created_at (int | Unset): When the investment was opened, Unix time, seconds.
        updated_at (int | Unset): When the investment last changed, Unix time, seconds.
    """

    id: str | Unset = UNSET
    plan_id: str | Unset = UNSET
    currency: str | Unset = UNSET
    invested: Decimal | Unset = UNSET
    with_auto_reinvest: bool | Unset = UNSET
    status: int | Unset = UNSET
    created_at: int | Unset = UNSET
    updated_at: int | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        id = self.id

        plan_id = self.plan_id

        currency = self.currency

        invested: str | Unset = UNSET
        if not isinstance(self.invested, Unset):
            invested = format_decimal(self.invested)

        with_auto_reinvest = self.with_auto_reinvest

        status = self.status

        created_at = self.created_at

        updated_at = self.updated_at

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if id is not UNSET:
            field_dict["id"] = id
        if plan_id is not UNSET:
            field_dict["planId"] = plan_id
        if currency is not UNSET:
            field_dict["currency"] = currency
        if invested is not UNSET:
            field_dict["invested"] = invested
        if with_auto_reinvest is not UNSET:
            field_dict["withAutoReinvest"] = with_auto_reinvest
        if status is not UNSET:
            field_dict["status"] = status
        if created_at is not UNSET:
            field_dict["createdAt"] = created_at
        if updated_at is not UNSET:
            field_dict["updatedAt"] = updated_at

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        id = d.pop("id", UNSET)

        plan_id = d.pop("planId", UNSET)

        currency = d.pop("currency", UNSET)

        _invested = d.pop("invested", UNSET)
        invested: Decimal | Unset
        if isinstance(_invested, Unset):
            invested = UNSET
        else:
            invested = parse_decimal(_invested)

        with_auto_reinvest = d.pop("withAutoReinvest", UNSET)

        status = d.pop("status", UNSET)

        created_at = d.pop("createdAt", UNSET)

        updated_at = d.pop("updatedAt", UNSET)

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
