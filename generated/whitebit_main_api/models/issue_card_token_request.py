from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import Unset

T = TypeVar("T", bound="IssueCardTokenRequest")


def _secret_repr(value: object) -> str:
    """repr of an `x-secret` field: whether it holds anything, never what."""
    if isinstance(value, Unset) or value is None or value in ("", [], {}):
        return repr(value)
    return "'***'"


def _card_repr(value: object) -> str:
    """repr of a card number (`x-secret: card`): its last four digits only."""
    digits = "".join(c for c in str(value) if c.isdigit())
    if isinstance(value, Unset) or value is None or len(digits) < 12:
        return _secret_repr(value)
    return repr("*" * (len(digits) - 4) + digits[-4:])


@_attrs_define
class IssueCardTokenRequest:
    """Card number to turn into a card token.

    Attributes:
        card_number (str): Full payment card number.
    """

    card_number: str = _attrs_field(repr=_card_repr)
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        card_number = self.card_number

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "cardNumber": card_number,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        card_number = d.pop("cardNumber")

        issue_card_token_request = cls(
            card_number=card_number,
        )

        issue_card_token_request.additional_properties = d
        return issue_card_token_request

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
