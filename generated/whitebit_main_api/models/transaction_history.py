from __future__ import annotations

from collections.abc import Mapping
from decimal import Decimal
from typing import TYPE_CHECKING, Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from .._decimal import format_decimal, parse_decimal
from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.transaction_history_confirmations_type_0 import (
        TransactionHistoryConfirmationsType0,
    )
    from ..models.transaction_history_details_type_0 import TransactionHistoryDetailsType0


T = TypeVar("T", bound="TransactionHistory")


@_attrs_define
class TransactionHistory:
    """One deposit or withdrawal record.

    Attributes:
        address (str): Address the funds were deposited to or withdrawn to.
        created_at (int): Creation time, Unix time, seconds.
        currency (str): Full name of the currency.
        ticker (str): Ticker of the currency.
        method (int): Direction: 1 for a deposit, 2 for a withdrawal.
        amount (Decimal): Transaction amount.
        description (str): Free-text description of the transaction.
        memo (str): Memo or destination tag; empty when not used.
        fee (Decimal): Fee charged for the transaction.
        status (int): Numeric status; the codes are listed in the history endpoint description.
        network (None | str): Network used, for multi-network currencies; null otherwise.
        transaction_hash (str): Blockchain transaction hash; several records may share one hash, so use transaction_id
            to tell them apart.
        transaction_id (str): Transaction UUID, unique across the system and never reused.
        details (None | TransactionHistoryDetailsType0): Extra data about the transaction, such as the amounts of a
            partially executed withdrawal; may be null.
        confirmations (None | TransactionHistoryConfirmationsType0): Blockchain confirmation progress of a crypto
            transaction; may be null.
        unique_id (None | str | Unset): Client-side unique id of the transaction, unique per user; null when none was
            given. Some answers spell it uniqueId, so it is not guaranteed under this name.
    """

    address: str
    created_at: int
    currency: str
    ticker: str
    method: int
    amount: Decimal
    description: str
    memo: str
    fee: Decimal
    status: int
    network: None | str
    transaction_hash: str
    transaction_id: str
    details: None | TransactionHistoryDetailsType0
    confirmations: None | TransactionHistoryConfirmationsType0
    unique_id: None | str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        from ..models.transaction_history_confirmations_type_0 import (
            TransactionHistoryConfirmationsType0,  # noqa: PLC0415
        )
        from ..models.transaction_history_details_type_0 import TransactionHistoryDetailsType0  # noqa: PLC0415

        address = self.address

        created_at = self.created_at

        currency = self.currency

        ticker = self.ticker

        method = self.method

        amount = format_decimal(self.amount)

        description = self.description

        memo = self.memo

        fee = format_decimal(self.fee)

        status = self.status

        network: None | str
        network = self.network

        transaction_hash = self.transaction_hash

        transaction_id = self.transaction_id

        details: dict[str, Any] | None
        if isinstance(self.details, TransactionHistoryDetailsType0):
            details = self.details.to_dict()
        else:
            details = self.details

        confirmations: dict[str, Any] | None
        if isinstance(self.confirmations, TransactionHistoryConfirmationsType0):
            confirmations = self.confirmations.to_dict()
        else:
            confirmations = self.confirmations

        unique_id: None | str | Unset
        if isinstance(self.unique_id, Unset):
            unique_id = UNSET
        else:
            unique_id = self.unique_id

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "address": address,
                "createdAt": created_at,
                "currency": currency,
                "ticker": ticker,
                "method": method,
                "amount": amount,
                "description": description,
                "memo": memo,
                "fee": fee,
                "status": status,
                "network": network,
                "transactionHash": transaction_hash,
                "transaction_id": transaction_id,
                "details": details,
                "confirmations": confirmations,
            }
        )
        if unique_id is not UNSET:
            field_dict["unique_id"] = unique_id

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.transaction_history_confirmations_type_0 import (
            TransactionHistoryConfirmationsType0,  # noqa: PLC0415
        )
        from ..models.transaction_history_details_type_0 import TransactionHistoryDetailsType0  # noqa: PLC0415

        d = dict(src_dict)
        address = d.pop("address")

        created_at = d.pop("createdAt")

        currency = d.pop("currency")

        ticker = d.pop("ticker")

        method = d.pop("method")

        amount = parse_decimal(d.pop("amount"))

        description = d.pop("description")

        memo = d.pop("memo")

        fee = parse_decimal(d.pop("fee"))

        status = d.pop("status")

        def _parse_network(data: object) -> None | str:
            if data is None:
                return data
            return cast(None | str, data)

        network = _parse_network(d.pop("network"))

        transaction_hash = d.pop("transactionHash")

        transaction_id = d.pop("transaction_id")

        def _parse_details(data: object) -> None | TransactionHistoryDetailsType0:
            if data is None:
                return data
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                details_type_0 = TransactionHistoryDetailsType0.from_dict(data)

                return details_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(None | TransactionHistoryDetailsType0, data)

        details = _parse_details(d.pop("details"))

        def _parse_confirmations(data: object) -> None | TransactionHistoryConfirmationsType0:
            if data is None:
                return data
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                confirmations_type_0 = TransactionHistoryConfirmationsType0.from_dict(data)

                return confirmations_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(None | TransactionHistoryConfirmationsType0, data)

        confirmations = _parse_confirmations(d.pop("confirmations"))

        def _parse_unique_id(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        unique_id = _parse_unique_id(d.pop("unique_id", UNSET))

        transaction_history = cls(
            address=address,
            created_at=created_at,
            currency=currency,
            ticker=ticker,
            method=method,
            amount=amount,
            description=description,
            memo=memo,
            fee=fee,
            status=status,
            network=network,
            transaction_hash=transaction_hash,
            transaction_id=transaction_id,
            details=details,
            confirmations=confirmations,
            unique_id=unique_id,
        )

        transaction_history.additional_properties = d
        return transaction_history

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
