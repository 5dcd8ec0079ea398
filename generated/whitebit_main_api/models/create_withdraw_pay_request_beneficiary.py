from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import Unset

T = TypeVar("T", bound="CreateWithdrawPayRequestBeneficiary")


def _secret_repr(value: object) -> str:
    """repr of an `x-secret` field: whether it holds anything, never what."""
    if isinstance(value, Unset) or value is None or value in ("", [], {}):
        return repr(value)
    return "'***'"


@_attrs_define
class CreateWithdrawPayRequestBeneficiary:
    """Recipient details for fiat withdrawals, structured as in the standard withdrawal; required for tickers USD, EUR,
    USD_VISAMASTER and EUR_VISAMASTER.

    """

    additional_properties: dict[str, Any] = _attrs_field(
        init=False, factory=dict, repr=_secret_repr
    )

    def to_dict(self) -> dict[str, Any]:

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        create_withdraw_pay_request_beneficiary = cls()

        create_withdraw_pay_request_beneficiary.additional_properties = d
        return create_withdraw_pay_request_beneficiary

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
