from __future__ import annotations

from collections.abc import Mapping
from decimal import Decimal
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from .._decimal import format_decimal, parse_decimal
from ..types import UNSET, Unset

T = TypeVar("T", bound="CreditLine")


@_attrs_define
class CreditLine:
    """The account's active loan.

    Attributes:
        asset (str | Unset): Ticker of the loan's asset.
        amount (Decimal | Unset): Loan amount, in the loan asset.
        total_funding (Decimal | Unset): Total funding amount recorded for the loan, in the loan asset.
        current_ltv (str | Unset): Loan-to-value ratio of the loan at present.
        initial_ltv (str | Unset): Loan-to-value ratio set when the loan was opened.
        margin_call_ltv (str | Unset): Loan-to-value level that triggers a margin call.
        liquidation_ltv (str | Unset): Loan-to-value level at which the loan is liquidated.
        created_at (int | Unset): When the loan was opened; Unix time, seconds.
    """

    asset: str | Unset = UNSET
    amount: Decimal | Unset = UNSET
    total_funding: Decimal | Unset = UNSET
    current_ltv: str | Unset = UNSET
    initial_ltv: str | Unset = UNSET
    margin_call_ltv: str | Unset = UNSET
    liquidation_ltv: str | Unset = UNSET
    created_at: int | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        asset = self.asset

        amount: str | Unset = UNSET
        if not isinstance(self.amount, Unset):
            amount = format_decimal(self.amount)

        total_funding: str | Unset = UNSET
        if not isinstance(self.total_funding, Unset):
            total_funding = format_decimal(self.total_funding)

        current_ltv = self.current_ltv

        initial_ltv = self.initial_ltv

        margin_call_ltv = self.margin_call_ltv

        liquidation_ltv = self.liquidation_ltv

        created_at = self.created_at

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if asset is not UNSET:
            field_dict["asset"] = asset
        if amount is not UNSET:
            field_dict["amount"] = amount
        if total_funding is not UNSET:
            field_dict["totalFunding"] = total_funding
        if current_ltv is not UNSET:
            field_dict["currentLtv"] = current_ltv
        if initial_ltv is not UNSET:
            field_dict["initialLtv"] = initial_ltv
        if margin_call_ltv is not UNSET:
            field_dict["marginCallLtv"] = margin_call_ltv
        if liquidation_ltv is not UNSET:
            field_dict["liquidationLtv"] = liquidation_ltv
        if created_at is not UNSET:
            field_dict["createdAt"] = created_at

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        asset = d.pop("asset", UNSET)

        _amount = d.pop("amount", UNSET)
        amount: Decimal | Unset
        if isinstance(_amount, Unset):
            amount = UNSET
        else:
            amount = parse_decimal(_amount)

        _total_funding = d.pop("totalFunding", UNSET)
        total_funding: Decimal | Unset
        if isinstance(_total_funding, Unset):
            total_funding = UNSET
        else:
            total_funding = parse_decimal(_total_funding)

        current_ltv = d.pop("currentLtv", UNSET)

        initial_ltv = d.pop("initialLtv", UNSET)

        margin_call_ltv = d.pop("marginCallLtv", UNSET)

        liquidation_ltv = d.pop("liquidationLtv", UNSET)

        created_at = d.pop("createdAt", UNSET)

        credit_line = cls(
            asset=asset,
            amount=amount,
            total_funding=total_funding,
            current_ltv=current_ltv,
            initial_ltv=initial_ltv,
            margin_call_ltv=margin_call_ltv,
            liquidation_ltv=liquidation_ltv,
            created_at=created_at,
        )

        credit_line.additional_properties = d
        return credit_line

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
