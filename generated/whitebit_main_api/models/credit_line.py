from __future__ import annotations

from collections.abc import Mapping
from decimal import Decimal
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from .._decimal import format_decimal, parse_decimal

T = TypeVar("T", bound="CreditLine")


@_attrs_define
class CreditLine:
    """The account's active loan.

    Attributes:
        asset (str): Ticker of the loan's asset.
        amount (Decimal): Loan amount, in the loan asset.
        total_funding (Decimal): Total funding amount recorded for the loan, in the loan asset.
        current_ltv (Decimal): Loan-to-value ratio of the loan at present.
        initial_ltv (Decimal): Loan-to-value ratio set when the loan was opened.
        margin_call_ltv (Decimal): Loan-to-value level that triggers a margin call.
        liquidation_ltv (Decimal): Loan-to-value level at which the loan is liquidated.
        created_at (int): When the loan was opened; Unix time, seconds.
    """

    asset: str
    amount: Decimal
    total_funding: Decimal
    current_ltv: Decimal
    initial_ltv: Decimal
    margin_call_ltv: Decimal
    liquidation_ltv: Decimal
    created_at: int
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        asset = self.asset

        amount = format_decimal(self.amount)

        total_funding = format_decimal(self.total_funding)

        current_ltv = format_decimal(self.current_ltv)

        initial_ltv = format_decimal(self.initial_ltv)

        margin_call_ltv = format_decimal(self.margin_call_ltv)

        liquidation_ltv = format_decimal(self.liquidation_ltv)

        created_at = self.created_at

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "asset": asset,
                "amount": amount,
                "totalFunding": total_funding,
                "currentLtv": current_ltv,
                "initialLtv": initial_ltv,
                "marginCallLtv": margin_call_ltv,
                "liquidationLtv": liquidation_ltv,
                "createdAt": created_at,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        asset = d.pop("asset")

        amount = parse_decimal(d.pop("amount"))

        total_funding = parse_decimal(d.pop("totalFunding"))

        current_ltv = parse_decimal(d.pop("currentLtv"))

        initial_ltv = parse_decimal(d.pop("initialLtv"))

        margin_call_ltv = parse_decimal(d.pop("marginCallLtv"))

        liquidation_ltv = parse_decimal(d.pop("liquidationLtv"))

        created_at = d.pop("createdAt")

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
