from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import Unset

T = TypeVar("T", bound="IssueJwtTokenResultData")


def _secret_repr(value: object) -> str:
    """repr of an `x-secret` field: whether it holds anything, never what."""
    if isinstance(value, Unset) or value is None or value in ("", [], {}):
        return repr(value)
    return "'***'"


@_attrs_define
class IssueJwtTokenResultData:
    """Token and its expiry time.

    Attributes:
        token (str): JWT to present to the Fiat Gateway API.
        expires_at (int): When the token stops being valid; Unix time, seconds.
    """

    token: str = _attrs_field(repr=_secret_repr)
    expires_at: int
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        token = self.token

        expires_at = self.expires_at

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "token": token,
                "expires_at": expires_at,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        token = d.pop("token")

        expires_at = d.pop("expires_at")

        issue_jwt_token_result_data = cls(
            token=token,
            expires_at=expires_at,
        )

        issue_jwt_token_result_data.additional_properties = d
        return issue_jwt_token_result_data

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
