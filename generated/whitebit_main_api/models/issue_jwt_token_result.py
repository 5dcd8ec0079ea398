from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

if TYPE_CHECKING:
    from ..models.issue_jwt_token_result_data import IssueJwtTokenResultData


T = TypeVar("T", bound="IssueJwtTokenResult")


@_attrs_define
class IssueJwtTokenResult:
    """A newly issued Fiat Gateway token.

    Attributes:
        data (IssueJwtTokenResultData): Token and its expiry time.
    """

    data: IssueJwtTokenResultData
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        data = self.data.to_dict()

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "data": data,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.issue_jwt_token_result_data import IssueJwtTokenResultData  # noqa: PLC0415

        d = dict(src_dict)
        data = IssueJwtTokenResultData.from_dict(d.pop("data"))

        issue_jwt_token_result = cls(
            data=data,
        )

        issue_jwt_token_result.additional_properties = d
        return issue_jwt_token_result

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
