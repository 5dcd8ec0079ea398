from __future__ import annotations

from collections.abc import Mapping
from decimal import Decimal
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from .._decimal import format_decimal, parse_decimal
from ..types import Unset

T = TypeVar("T", bound="CodeInfo")


def _secret_repr(value: object) -> str:
    """repr of an `x-secret` field: whether it holds anything, never what."""
    if isinstance(value, Unset) or value is None or value in ("", [], {}):
        return repr(value)
    return "'***'"


@_attrs_define
class CodeInfo:
    """A WhiteBIT code created by the account.

    Attributes:
        amount (Decimal): Amount of currency held in the code.
        code (str): Code string that a recipient redeems.
        date (int): When the code was created; Unix time, seconds.
        status (str): Current state of the code.
        ticker (str): Ticker of the code's currency.
        external_id (str): External identifier of the code.
    """

    amount: Decimal
    code: str = _attrs_field(repr=_secret_repr)
    date: int
    status: str
    ticker: str
    external_id: str
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        amount = format_decimal(self.amount)

        code = self.code

        date = self.date

        status = self.status

        ticker = self.ticker

        external_id = self.external_id

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "amount": amount,
                "code": code,
                "date": date,
                "status": status,
                "ticker": ticker,
                "external_id": external_id,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        amount = parse_decimal(d.pop("amount"))

        code = d.pop("code")

        date = d.pop("date")

        status = d.pop("status")

        ticker = d.pop("ticker")

        external_id = d.pop("external_id")

        code_info = cls(
            amount=amount,
            code=code,
            date=date,
            status=status,
            ticker=ticker,
            external_id=external_id,
        )

        code_info.additional_properties = d
        return code_info

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
