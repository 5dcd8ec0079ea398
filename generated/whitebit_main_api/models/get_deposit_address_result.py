from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

if TYPE_CHECKING:
    from ..models.get_deposit_address_result_account import GetDepositAddressResultAccount
    from ..models.get_deposit_address_result_required import GetDepositAddressResultRequired


T = TypeVar("T", bound="GetDepositAddressResult")


@_attrs_define
class GetDepositAddressResult:
    """Deposit address together with the fees and limits that apply to it.

    Attributes:
        account (GetDepositAddressResultAccount): Where to send the deposit.
        required (GetDepositAddressResultRequired): Fees and amount limits for deposits to this address.
    """

    account: GetDepositAddressResultAccount
    required: GetDepositAddressResultRequired
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        account = self.account.to_dict()

        required = self.required.to_dict()

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "account": account,
                "required": required,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.get_deposit_address_result_account import GetDepositAddressResultAccount  # noqa: PLC0415
        from ..models.get_deposit_address_result_required import GetDepositAddressResultRequired  # noqa: PLC0415

        d = dict(src_dict)
        account = GetDepositAddressResultAccount.from_dict(d.pop("account"))

        required = GetDepositAddressResultRequired.from_dict(d.pop("required"))

        get_deposit_address_result = cls(
            account=account,
            required=required,
        )

        get_deposit_address_result.additional_properties = d
        return get_deposit_address_result

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
