from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import Unset

T = TypeVar("T", bound="CreateExpressWithdrawTokenResult")


def _secret_repr(value: object) -> str:
    """repr of an `x-secret` field: whether it holds anything, never what."""
    if isinstance(value, Unset) or value is None or value in ("", [], {}):
        return repr(value)
    return "'***'"


@_attrs_define
class CreateExpressWithdrawTokenResult:
    """Confirmation link and expiry of a new Express Withdraw token.

    Attributes:
        url (str): Confirmation link (WhiteBIT web page or a deep link configured for the partner) with the token in its
            token query parameter; treat it as opaque.
        expire_at (str): Token expiry as YYYY-MM-DD HH:MM:SS in UTC, 90 seconds after creation.
    """

    url: str = _attrs_field(repr=_secret_repr)
    expire_at: str
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        url = self.url

        expire_at = self.expire_at

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "url": url,
                "expireAt": expire_at,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        url = d.pop("url")

        expire_at = d.pop("expireAt")

        create_express_withdraw_token_result = cls(
            url=url,
            expire_at=expire_at,
        )

        create_express_withdraw_token_result.additional_properties = d
        return create_express_withdraw_token_result

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
