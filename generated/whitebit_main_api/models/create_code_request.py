from __future__ import annotations

from collections.abc import Mapping
from decimal import Decimal
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from .._decimal import format_decimal, parse_decimal
from ..types import UNSET, Unset

T = TypeVar("T", bound="CreateCodeRequest")


def _secret_repr(value: object) -> str:
    """repr of an `x-secret` field: whether it holds anything, never what."""
    if isinstance(value, Unset) or value is None or value in ("", [], {}):
        return repr(value)
    return "'***'"


@_attrs_define
class CreateCodeRequest:
    """Parameters for creating a WhiteBIT code.

    Attributes:
        ticker (str): Ticker of the currency to put in the code.
        amount (Decimal): Amount to lock in the code; above zero, at most 18 decimal places, no more than 1e17 and no
            more than the main balance.
        passphrase (str | Unset): Optional secret the redeemer must supply; Latin letters, digits and symbols only, no
            spaces, up to 25 characters.
        description (str | Unset): Private note on the code, shown only to its creator, up to 280 characters.
    """

    ticker: str
    amount: Decimal
    passphrase: str | Unset = _attrs_field(default=UNSET, repr=_secret_repr)
    description: str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        ticker = self.ticker

        amount = format_decimal(self.amount)

        passphrase = self.passphrase

        description = self.description

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "ticker": ticker,
                "amount": amount,
            }
        )
        if passphrase is not UNSET:
            field_dict["passphrase"] = passphrase
        if description is not UNSET:
            field_dict["description"] = description

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        ticker = d.pop("ticker")

        amount = parse_decimal(d.pop("amount"))

        passphrase = d.pop("passphrase", UNSET)

        description = d.pop("description", UNSET)

        create_code_request = cls(
            ticker=ticker,
            amount=amount,
            passphrase=passphrase,
            description=description,
        )

        create_code_request.additional_properties = d
        return create_code_request

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
