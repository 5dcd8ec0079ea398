from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

T = TypeVar("T", bound="RefundDepositRequest")


@_attrs_define
class RefundDepositRequest:
    """Refund request for a canceled deposit.

    Attributes:
        transaction_id (str): UUID of the canceled deposit, as delivered in uniqueId of the deposit.canceled webhook or
            shown in the account history.
        address (str): External address for the refund on the deposit's own network and asset; WhiteBIT addresses are
            refused, and it need not match the original sender.
    """

    transaction_id: str
    address: str
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        transaction_id = self.transaction_id

        address = self.address

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "transactionId": transaction_id,
                "address": address,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        transaction_id = d.pop("transactionId")

        address = d.pop("address")

        refund_deposit_request = cls(
            transaction_id=transaction_id,
            address=address,
        )

        refund_deposit_request.additional_properties = d
        return refund_deposit_request

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
